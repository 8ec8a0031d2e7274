//! Walks a plan: connects to every target first (read-only), then runs each action in
//! order, asking before each change, recording each executed action in the audit log, and
//! stopping at the first failure with a report of where every action and host stands.

use std::collections::HashMap;
use std::io::IsTerminal;
use std::time::{Duration, Instant};

use crate::audit::{self, Audit, Record};
use crate::error::{Error, Result};
use crate::lb::{self, AdminState, NodeStatus};
use crate::plan::{Action, Plan};
use crate::runbook::StepKind;
use crate::signals;
use crate::terminal::{Answer, Ui};
use crate::transport::{RemoteError, RemoteOutput, Transport};

/// Takes the run's lock on the master: created atomically (noclobber); a lock that exists is
/// printed and exits 75.
pub const LOCK_TAKE_SCRIPT: &str = r#"set -C; if ( printf '%s' "$2" > "$1" ) 2>/dev/null; then exit 0; fi; if [ -e "$1" ]; then cat -- "$1" || exit 1; exit 75; fi; printf '%s' "$2" > "$1" && exit 0; exit 1"#;

/// Removes the lock, only if it is still this run's.
pub const LOCK_RELEASE_SCRIPT: &str = r#"grep -qx "run=$2" "$1" && rm -f -- "$1""#;

pub struct Options {
    pub yes: bool,
    pub run_id: String,
    /// The load balancer, for plans with load balancer steps.
    pub lb: Option<lb::Client>,
    /// `[loadbalancer] min_in_service`; default: every node of the pool but one.
    pub min_in_service: Option<usize>,
    /// The lock on the master's shared storage, for runs that change something:
    /// (host, path).
    pub lock: Option<(String, String)>,
    pub break_lock: bool,
    pub notify: Option<crate::notify::Notifier>,
    /// The run's journal (real runs); with `resume`, its completed actions are not repeated.
    pub journal: Option<crate::journal::Journal>,
    pub resume: bool,
    /// `[ssh] become`: how the run's own helpers (the lock) become root.
    pub become_method: crate::privilege::Become,
}

/// What a read-only step found, recorded in a reviewed plan.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Fact {
    pub step: String,
    pub host: String,
    pub status: Option<i32>,
    pub output: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    NotRun,
    Done,
    Skipped,
    Finding,
    Failed,
}

pub struct Executor<'a, T: Transport> {
    transport: T,
    procedure: String,
    ui: &'a Ui,
    audit: Audit,
    run_id: String,
    yes: bool,
    yes_to_all: bool,
    lb: Option<lb::Client>,
    min_in_service: Option<usize>,
    states: Vec<State>,
    findings: Vec<String>,
    captures: HashMap<String, String>,
    params: HashMap<String, String>,
    /// When each step (by id) last completed, for `since` waits.
    completed: HashMap<String, Instant>,
    /// Outputs kept for the incident note: (host, title, command, output).
    notes: Vec<(String, String, String, String)>,
    lock: Option<(String, String)>,
    break_lock: bool,
    locked: bool,
    notify: Option<crate::notify::Notifier>,
    journal: Option<crate::journal::Journal>,
    resume: bool,
    become_method: crate::privilege::Become,
}

/// What to do when a drain wait times out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum OnTimeout {
    Wait,
    Back,
    Proceed,
}

impl<'a, T: Transport> Executor<'a, T> {
    pub fn new(transport: T, ui: &'a Ui, opts: Options) -> Result<Self> {
        Ok(Executor {
            transport,
            procedure: String::new(),
            ui,
            audit: Audit::open()?,
            run_id: opts.run_id,
            yes: opts.yes,
            yes_to_all: opts.yes,
            lb: opts.lb,
            min_in_service: opts.min_in_service,
            states: Vec::new(),
            findings: Vec::new(),
            captures: HashMap::new(),
            params: HashMap::new(),
            completed: HashMap::new(),
            notes: Vec::new(),
            lock: opts.lock,
            break_lock: opts.break_lock,
            locked: false,
            notify: opts.notify,
            journal: opts.journal,
            resume: opts.resume,
            become_method: opts.become_method,
        })
    }

    pub async fn execute(mut self, plan: &Plan) -> Result<()> {
        self.states = vec![State::NotRun; plan.actions.len()];
        self.procedure = plan.procedure.clone();
        self.params = plan.params.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        let asks = plan.actions.iter().any(|a| a.changes || a.kind == StepKind::Gate);
        let tty = std::io::stdin().is_terminal();
        if asks && !self.yes && !tty {
            return Err(Error::NoTerminal);
        }
        let manual_lb = matches!(self.lb, Some(lb::Client::Manual(_)))
            && plan.actions.iter().any(|a| a.lb.is_some());
        if manual_lb && !tty {
            return Err(Error::Usage(
                "[loadbalancer] kind = \"manual\" needs an operator at a terminal to make each change in the UI".into(),
            ));
        }
        errln!(
            "hgmo-ctl: {} ({}), run {}, {} steps",
            plan.title,
            plan.procedure,
            self.run_id,
            plan.actions.len()
        );
        let mut hosts: Vec<String> = plan.targets.iter().map(|h| h.name.clone()).collect();
        if plan.changes() == 0 {
            self.lock = None;
        }
        if let Some((h, _)) = &self.lock {
            if !hosts.contains(h) {
                hosts.push(h.clone());
            }
        }
        let connected = {
            let _busy = signals::Busy::enter();
            self.transport.connect(&hosts).await
        };
        if let Err((host, e)) = connected {
            self.transport.close().await;
            return Err(Error::Connect {
                host,
                step: "connect (before any step)".into(),
                message: e.to_string(),
            });
        }
        if let Err(e) = self.check_privilege(plan).await {
            self.transport.close().await;
            return Err(e);
        }
        if let Err(e) = self.acquire_lock(plan).await {
            self.transport.close().await;
            return Err(e);
        }
        if let Some(j) = &mut self.journal {
            j.outcome = "running".into();
            self.captures.extend(j.captures.clone());
            j.save()?;
        }
        self.announce(crate::notify::start_text(
            &self.audit.operator.clone(),
            &plan.title,
            &plan.procedure,
            &self.run_id,
            &plan.targets.iter().map(|h| h.name.clone()).collect::<Vec<_>>(),
        ))
        .await;
        let mut result = self.walk(plan).await;
        if result.is_err() {
            if let Err(e) = self.offer_undo(plan).await {
                self.ui.error(&format!("undo failed: {e}"));
                result = result.map_err(|orig| Error::UndoFailed {
                    original: orig.to_string(),
                    undo: e.to_string(),
                });
            }
        }
        self.release_lock().await;
        if let Some(j) = &mut self.journal {
            j.outcome = match &result {
                Ok(()) if self.findings.is_empty() => "succeeded".into(),
                Ok(()) => "findings".into(),
                Err(Error::Interrupted { .. }) => "interrupted".into(),
                Err(_) => "failed".into(),
            };
            if let Err(e) = j.save() {
                self.ui.warn(&format!("could not write the journal: {e}"));
            }
        }
        let outcome = result.as_ref().map(|_| ()).map_err(|e| e.to_string());
        let outcome = match (&outcome, self.findings.is_empty()) {
            (Ok(()), false) => Err(format!("{} check(s) failed", self.findings.len())),
            _ => outcome,
        };
        self.announce(crate::notify::end_text(
            &self.audit.operator.clone(),
            &plan.title,
            &plan.procedure,
            &self.run_id,
            &outcome,
        ))
        .await;
        self.transport.close().await;
        if !self.notes.is_empty() {
            match self.write_note(plan, &result) {
                Ok(path) => errln!("hgmo-ctl: incident note written to {}", path.display()),
                Err(e) => self.ui.warn(&format!("could not write the incident note: {e}")),
            }
        }
        match result {
            Ok(()) if !self.findings.is_empty() => {
                self.report(plan).await;
                Err(Error::Findings(format!(
                    "{} check(s) failed:\n  {}",
                    self.findings.len(),
                    self.findings.join("\n  ")
                )))
            }
            Ok(()) => {
                let changed = self
                    .states
                    .iter()
                    .zip(&plan.actions)
                    .filter(|(s, a)| **s == State::Done && a.changes)
                    .count();
                errln!(
                    "hgmo-ctl: done: {} steps, {changed} change(s) made; audit log {}",
                    plan.actions.len(),
                    self.audit.path.display()
                );
                Ok(())
            }
            Err(e) => {
                self.report(plan).await;
                Err(e)
            }
        }
    }

    /// Run the read-only steps that come before the first change (and the load balancer
    /// preflight) and return what they found. Connects, changes nothing, takes no lock.
    pub async fn facts(mut self, plan: &Plan) -> Result<Vec<Fact>> {
        self.states = vec![State::NotRun; plan.actions.len()];
        self.procedure = plan.procedure.clone();
        self.params = plan.params.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        let hosts: Vec<String> = plan.targets.iter().map(|h| h.name.clone()).collect();
        if let Err((host, e)) = self.transport.connect(&hosts).await {
            self.transport.close().await;
            return Err(Error::Connect {
                host,
                step: "connect (plan)".into(),
                message: e.to_string(),
            });
        }
        if let Err(e) = self.check_privilege(plan).await {
            self.transport.close().await;
            return Err(e);
        }
        let mut out = Vec::new();
        let mut result = Ok(());
        for action in plan.actions.iter().take_while(|a| {
            matches!(
                a.kind,
                StepKind::Precondition | StepKind::Read | StepKind::Check | StepKind::LbCheck
            )
        }) {
            let host = action.host.clone().unwrap_or_else(|| "the load balancer".into());
            if action.kind == StepKind::LbCheck {
                match self.lb()?.pool().await {
                    Ok(Some(pool)) => {
                        let text: Vec<String> = pool
                            .iter()
                            .map(|n| format!("{} {} {:?}", n.node, n.admin.as_str(), n.health))
                            .collect();
                        out.push(Fact {
                            step: action.step.clone(),
                            host,
                            status: Some(0),
                            output: text.join("\n") + "\n",
                        });
                    }
                    Ok(None) => {}
                    Err(e) => {
                        result = Err(e);
                        break;
                    }
                }
                continue;
            }
            let command =
                match self.sent_line(action, action.command.as_deref().unwrap_or_default()) {
                    Ok(c) => c,
                    Err(e) => {
                        result = Err(e);
                        break;
                    }
                };
            let (r, _) = match self.run_remote(action, &command, false).await {
                Ok(x) => x,
                Err(e) => {
                    result = Err(e);
                    break;
                }
            };
            if action.kind == StepKind::Precondition && !r.success() {
                result = Err(Error::Precondition {
                    host: host.clone(),
                    step: step_name(action),
                    message: action.message.clone().unwrap_or_else(|| "precondition failed".into()),
                });
                break;
            }
            if let (Some(name), true) = (&action.capture, r.success()) {
                let value = r.stdout.trim().to_string();
                if !crate::safety::plain_value(&value) {
                    result = Err(Error::StepFailed {
                        host: host.clone(),
                        step: step_name(action),
                        command: command.clone(),
                        status: format!("0, but its output {value:?} is not a plain value"),
                    });
                    break;
                }
                self.captures.insert(name.clone(), value);
            }
            out.push(Fact {
                step: action.step.clone(),
                host,
                status: r.status,
                output: r.stdout.clone(),
            });
        }
        self.transport.close().await;
        result.map(|()| out)
    }

    /// Record an action's state in the journal (fsynced) before and after it runs.
    fn journal_state(&mut self, i: usize, state: crate::journal::ActionState) -> Result<()> {
        self.journal_set(i, state);
        self.journal_save()
    }

    /// An action that ended without error (done, skipped or a finding): its state, its
    /// journal entry (written by the next `journal_save`) and its time for `since` waits.
    fn finished(&mut self, i: usize, action: &Action, state: State) {
        use crate::journal::ActionState as A;
        self.states[i] = state;
        self.journal_set(i, if state == State::Skipped { A::Skipped } else { A::Done });
        self.completed.insert(action.step.clone(), Instant::now());
    }

    /// Record an action's state in the journal without writing it yet (see `journal_save`).
    fn journal_set(&mut self, i: usize, state: crate::journal::ActionState) {
        let Some(j) = &mut self.journal else { return };
        j.states[i] = state;
        if matches!(state, crate::journal::ActionState::Done | crate::journal::ActionState::Skipped)
        {
            j.completed_at[i] = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .ok()
                .map(|d| d.as_secs());
        }
    }

    fn journal_save(&mut self) -> Result<()> {
        let Some(j) = &mut self.journal else { return Ok(()) };
        j.captures = self.captures.clone();
        j.save()
    }

    /// On resume: what the journal says about action `i`. `Some(state)` when it is not to run
    /// again; `None` when it runs (again).
    fn resumed(&mut self, i: usize, action: &Action) -> Result<Option<State>> {
        use crate::journal::ActionState as A;
        if !self.resume {
            return Ok(None);
        }
        let Some(j) = &self.journal else { return Ok(None) };
        let (state, at) = (j.states[i], j.completed_at[i]);
        match state {
            A::Done | A::Skipped => {
                if let Some(secs) = at {
                    let ago = std::time::SystemTime::now()
                        .duration_since(std::time::UNIX_EPOCH)
                        .map(|d| d.as_secs().saturating_sub(secs))
                        .unwrap_or(0);
                    let when = Instant::now()
                        .checked_sub(Duration::from_secs(ago))
                        .unwrap_or_else(Instant::now);
                    self.completed.insert(action.step.clone(), when);
                }
                self.ui.info("done in the interrupted run: not repeated");
                Ok(Some(if state == A::Done { State::Done } else { State::Skipped }))
            }
            A::Started => {
                // Its real state is unknown. Read-only steps, load balancer changes (which read
                // the node first) and changes with an `unless` probe are safe to run again.
                let safe = !action.changes
                    || action.idempotent
                    || action.lb.is_some()
                    || action.unless.is_some()
                    || action.kind == StepKind::ConfirmName;
                if safe {
                    self.ui.info(if action.idempotent {
                        "interrupted here: running it again (running it twice does no harm)"
                    } else {
                        "interrupted here: running it again (it checks the real state first)"
                    });
                    return Ok(None);
                }
                self.ui.warn(&format!(
                    "this step was running when the run stopped; whether it took effect on {} cannot be told from here",
                    action.host.as_deref().unwrap_or("local")
                ));
                if !std::io::stdin().is_terminal() {
                    return Err(Error::Usage(format!(
                        "resume needs an operator at a terminal to say whether step {} took effect",
                        step_name(action)
                    )));
                }
                let took = dialoguer::Input::<String>::new()
                    .with_prompt("Did it take effect? [d]one, skip it / [r]un it again")
                    .validate_with(|s: &String| -> std::result::Result<(), &str> {
                        match s.trim() {
                            "d" | "done" | "r" | "run" => Ok(()),
                            _ => Err("answer d or r"),
                        }
                    })
                    .interact_text()
                    .unwrap_or_default();
                crate::terminal::restore_cursor();
                Ok(if took.trim().starts_with('d') { Some(State::Done) } else { None })
            }
            A::Pending | A::Failed => Ok(None),
        }
    }

    async fn walk(&mut self, plan: &Plan) -> Result<()> {
        let total = plan.actions.len();
        let mut next = 0;
        for (i, action) in plan.actions.iter().enumerate() {
            if i < next {
                continue; // ran in the fan-out group before
            }
            let end = self.fan_out_end(plan, i);
            if end > i + 1 {
                next = end;
                self.fan_out(plan, i..end).await?;
                continue;
            }
            let host = action.host.as_deref().unwrap_or("local");
            self.ui.header(action.number, total, action.label(), host, &action.title);
            if let Some(state) = self.resumed(i, action)? {
                self.states[i] = state;
                continue;
            }
            self.journal_state(i, crate::journal::ActionState::Started)?;
            let state = match action.kind {
                StepKind::Wait => self.wait(plan, i, action).await,
                StepKind::Gate => {
                    if let Some(m) = &action.message {
                        self.ui.info(m);
                    }
                    self.ask(action, "Go on?").map(|()| State::Done)
                }
                StepKind::Poll => self.poll(plan, i, action).await,
                StepKind::LbCheck => self.lb_check(action).await,
                StepKind::LbDrain => self.lb_set(action, AdminState::Draining).await,
                StepKind::LbDisable => self.lb_set(action, AdminState::Disabled).await,
                StepKind::LbEnable => self.lb_set(action, AdminState::Active).await,
                StepKind::WaitDrained => self.wait_drained(plan, i, action).await,
                StepKind::WaitUp => self.wait_up(action).await,
                StepKind::ConfirmName => self.confirm_name(action),
                StepKind::Local => self.local(plan, i, action).await,
                StepKind::Precondition | StepKind::Read | StepKind::Check | StepKind::Run => {
                    self.remote(action).await
                }
            };
            let state = match state {
                Ok(s) => s,
                Err(e) => {
                    if !matches!(e, Error::NotConfirmed { .. } | Error::Interrupted { .. }) {
                        self.states[i] = State::Failed;
                        self.journal_state(i, crate::journal::ActionState::Failed)?;
                    } else if matches!(e, Error::NotConfirmed { .. }) {
                        self.journal_state(i, crate::journal::ActionState::Pending)?;
                    }
                    return Err(self.with_step(action, e));
                }
            };
            self.finished(i, action, state);
            self.journal_save()?;
            if signals::interrupted() {
                return Err(self.interrupted(plan, i));
            }
        }
        Ok(())
    }

    /// Name the step and host in a load balancer error.
    fn with_step(&self, action: &Action, e: Error) -> Error {
        match e {
            Error::LoadBalancer(message) => Error::LbStep {
                host: action.host.clone().unwrap_or_else(|| "the load balancer".into()),
                step: step_name(action),
                message,
            },
            other => other,
        }
    }

    fn interrupted(&self, plan: &Plan, i: usize) -> Error {
        let after = (0..=i)
            .rev()
            .find(|&j| self.states[j] != State::NotRun)
            .map(|j| step_name(&plan.actions[j]));
        Error::Interrupted { after }
    }

    fn ask(&mut self, action: &Action, question: &str) -> Result<()> {
        if self.yes_to_all {
            return Ok(());
        }
        match self.ui.confirm(question) {
            Answer::Yes => Ok(()),
            Answer::All => {
                self.yes_to_all = true;
                Ok(())
            }
            Answer::No if signals::interrupted() => Err(Error::Interrupted { after: None }),
            Answer::No => {
                self.log(action, action.command.as_deref(), "not confirmed", None, Duration::ZERO)?;
                Err(Error::NotConfirmed {
                    step: step_name(action),
                    host: action.host.clone().unwrap_or_else(|| "local".into()),
                })
            }
        }
    }

    /// A remote action's line exactly as it is sent to its host: `{=name}` values filled in,
    /// and sudo's password form on a host that asks for one.
    fn sent_line(&self, action: &Action, template: &str) -> Result<String> {
        let line = self.substitute(template)?;
        Ok(match &action.host {
            Some(h) => self.transport.as_sent(h, &line),
            None => line,
        })
    }

    /// Replace `{=name}` with values read earlier in this run.
    fn substitute(&self, command: &str) -> Result<String> {
        let mut out = command.to_string();
        while let Some(start) = out.find("{=") {
            let end = out[start..].find('}').map(|e| start + e).ok_or_else(|| Error::Runbook {
                name: self.procedure.clone(),
                message: format!("unterminated {{= in {command}"),
            })?;
            let name = &out[start + 2..end];
            let value = self.captures.get(name).ok_or_else(|| Error::Runbook {
                name: self.procedure.clone(),
                message: format!("{{={name}}} was not read by an earlier step"),
            })?;
            out.replace_range(start..=end, value);
        }
        Ok(out)
    }

    async fn run_remote(
        &mut self,
        action: &Action,
        command: &str,
        echo: bool,
    ) -> Result<(RemoteOutput, Duration)> {
        let host = action.host.clone().expect("remote actions have a host");
        let ui = self.ui;
        let shown = host.clone();
        let sink = move |stream, line: &str| {
            if echo {
                ui.remote_line(&shown, stream, line)
            }
        };
        let started = Instant::now();
        let result = {
            let _busy = signals::Busy::enter();
            self.transport.run(&host, command, &sink).await
        };
        let took = started.elapsed();
        match result {
            Ok(out) => Ok((out, took)),
            Err(e) => Err(self.lost(action, command, e, took)),
        }
    }

    /// A remote command whose connection failed: logged, and named by host, step and command.
    fn lost(&mut self, action: &Action, command: &str, e: RemoteError, took: Duration) -> Error {
        let host = action.host.clone().unwrap_or_default();
        if let Err(log) = self.log(action, Some(command), "lost", None, took) {
            return log;
        }
        match e {
            RemoteError::Connect(m) => Error::Connect { host, step: step_name(action), message: m },
            other => Error::ConnectionLost {
                host,
                step: step_name(action),
                command: command.to_string(),
                message: other.to_string(),
            },
        }
    }

    /// Where a fan-out group that starts at action `i` ends: the following actions of the
    /// same step on other hosts, when none of them needs a question, a probe first, or a
    /// value from another (the hosts of a rolling batch, or a step on every mirror).
    fn fan_out_end(&self, plan: &Plan, i: usize) -> usize {
        let first = &plan.actions[i];
        let alone = |a: &Action| {
            !matches!(
                a.kind,
                StepKind::Read | StepKind::Check | StepKind::Precondition | StepKind::Run
            ) || a.host.is_none()
                || a.unless.is_some()
                || a.capture.is_some()
                || a.note
                || (a.changes && !self.yes_to_all)
                || self.resume
        };
        if alone(first) {
            return i + 1;
        }
        let mut hosts = vec![first.host.as_deref()];
        let mut end = i + 1;
        while let Some(a) = plan.actions.get(end) {
            if a.step != first.step
                || a.kind != first.kind
                || alone(a)
                || hosts.contains(&a.host.as_deref())
            {
                break;
            }
            hosts.push(a.host.as_deref());
            end += 1;
        }
        end
    }

    /// Run the actions of one step on several hosts at once (each host's output is shown
    /// as it arrives, prefixed with the host). Every host's result is recorded; the first
    /// failure, in plan order, stops the run after the group.
    async fn fan_out(&mut self, plan: &Plan, range: std::ops::Range<usize>) -> Result<()> {
        use crate::journal::ActionState as A;
        let total = plan.actions.len();
        let mut jobs = Vec::with_capacity(range.len());
        for i in range.clone() {
            let a = &plan.actions[i];
            let host = a.host.clone().expect("fan-out actions have a host");
            self.ui.header(a.number, total, a.label(), &host, &a.title);
            let command = self.sent_line(a, a.command.as_deref().expect("remote actions"))?;
            self.ui.command(&command);
            jobs.push((host, command));
        }
        for i in range.clone() {
            self.journal_set(i, A::Started);
        }
        self.journal_save()?;
        let ui = self.ui;
        let sink = move |host: &str, stream, line: &str| ui.remote_line(host, stream, line);
        let started = Instant::now();
        let results = {
            let _busy = signals::Busy::enter();
            self.transport.run_each(&jobs, &sink).await
        };
        let took = started.elapsed();
        let mut first_error = None;
        for ((i, result), (_, command)) in range.clone().zip(results).zip(jobs) {
            let a = &plan.actions[i];
            let state = match result {
                Ok(out) => self.settle(a, command, out, took),
                Err(e) => Err(self.lost(a, &command, e, took)),
            };
            match state {
                Ok(state) => self.finished(i, a, state),
                Err(e) => {
                    self.states[i] = State::Failed;
                    self.journal_set(i, A::Failed);
                    if first_error.is_none() {
                        first_error = Some(self.with_step(a, e));
                    }
                }
            }
        }
        self.journal_save()?;
        if let Some(e) = first_error {
            return Err(e);
        }
        if signals::interrupted() {
            return Err(self.interrupted(plan, range.end - 1));
        }
        Ok(())
    }

    async fn remote(&mut self, action: &Action) -> Result<State> {
        let command = self
            .sent_line(action, action.command.as_deref().expect("remote actions have a command"))?;
        if let Some(unless) = &action.unless {
            let unless = &self.sent_line(action, unless)?;
            if self.ui.verbose {
                self.ui.command(unless);
            }
            let (out, took) = self.run_remote(action, unless, false).await?;
            let outcome = if out.success() { "skipped" } else { "ok" };
            self.log(action, Some(unless), outcome, out.status, took)?;
            if out.success() {
                self.ui.info(&format!("skipped: already in place (`{unless}` succeeded)"));
                return Ok(State::Skipped);
            }
        }
        self.ui.command(&command);
        if action.changes {
            self.ask(
                action,
                &format!("Run this on {}?", action.host.as_deref().unwrap_or("local")),
            )?;
        }
        let (out, took) = self.run_remote(action, &command, true).await?;
        self.settle(action, command, out, took)
    }

    /// What a remote step's answer means: done, a finding, or a failure (logged either way).
    fn settle(
        &mut self,
        action: &Action,
        command: String,
        out: RemoteOutput,
        took: Duration,
    ) -> Result<State> {
        let host = action.host.clone().unwrap_or_default();
        if action.note {
            self.keep_note(action, &command, &out);
        }
        if out.success() {
            self.log(action, Some(&command), "ok", out.status, took)?;
            if let Some(name) = &action.capture {
                let value = out.stdout.trim().to_string();
                if !crate::safety::plain_value(&value) {
                    return Err(Error::StepFailed {
                        host,
                        step: step_name(action),
                        command,
                        status: format!("0, but its output {value:?} is not a plain value"),
                    });
                }
                self.captures.insert(name.clone(), value);
            }
            return Ok(State::Done);
        }
        match action.kind {
            StepKind::Precondition => {
                self.log(action, Some(&command), "refused", out.status, took)?;
                Err(Error::Precondition {
                    host,
                    step: step_name(action),
                    message: action.message.clone().unwrap_or_else(|| "precondition failed".into()),
                })
            }
            StepKind::Check => {
                self.log(action, Some(&command), "finding", out.status, took)?;
                let m = action.message.clone().unwrap_or_else(|| format!("{host}: check failed"));
                self.ui.warn(&m);
                self.findings.push(m);
                Ok(State::Finding)
            }
            _ => {
                self.log(action, Some(&command), "failed", out.status, took)?;
                if let Some(f) = &action.on_failure {
                    self.ui.error(&format!("what to do: {f}"));
                }
                Err(Error::StepFailed {
                    host,
                    step: step_name(action),
                    command,
                    status: with_last_line(out.status_text(), &out.stderr),
                })
            }
        }
    }

    async fn wait(&mut self, plan: &Plan, i: usize, action: &Action) -> Result<State> {
        let secs = action.seconds.unwrap_or(0);
        let _busy = signals::Busy::enter();
        if !self.ui.countdown(&action.title, Duration::from_secs(secs)).await {
            return Err(self.interrupted(plan, i));
        }
        Ok(State::Done)
    }

    async fn poll(&mut self, plan: &Plan, i: usize, action: &Action) -> Result<State> {
        let command = self
            .sent_line(action, action.command.as_deref().expect("poll actions have a command"))?;
        let timeout = Duration::from_secs(action.seconds.unwrap_or(60));
        let interval = Duration::from_millis(action.interval_ms.unwrap_or(1000).max(50));
        self.ui.command(&command);
        let started = Instant::now();
        // `min_wait` seconds after step `since` completed, with a countdown.
        let anchor = action.since.as_ref().and_then(|s| self.completed.get(s).copied());
        let min_wait = Duration::from_secs(action.min_wait.unwrap_or(0));
        let timeout = timeout
            .max(min_wait.saturating_sub(anchor.map_or(Duration::ZERO, |a| a.elapsed())) + timeout);
        let bar = self.ui.bar(&action.title, timeout);
        if let Some(a) = anchor {
            self.ui.info(&format!(
                "at least {}s after step {} ({}s to go)",
                min_wait.as_secs(),
                action.since.as_deref().unwrap_or(""),
                min_wait.saturating_sub(a.elapsed()).as_secs()
            ));
        }
        let mut last_line = Instant::now();
        loop {
            let (out, took) = self.run_remote(action, &command, false).await?;
            if action.note && (out.success() || started.elapsed() >= timeout) {
                self.keep_note(action, &command, &out);
            }
            let waited_enough = anchor.is_none_or(|a| a.elapsed() >= min_wait);
            if !waited_enough
                && last_line.elapsed()
                    >= Duration::from_secs(if self.ui.interactive { 3600 } else { 5 })
            {
                last_line = Instant::now();
                let left = min_wait.saturating_sub(anchor.map_or(Duration::ZERO, |a| a.elapsed()));
                self.ui.plain(&format!(
                    "{}: condition {}, {}s of the wait left",
                    action.title,
                    if out.success() { "met" } else { "not yet met" },
                    left.as_secs()
                ));
            }
            if let (Some(b), Some(a)) = (&bar, anchor) {
                b.set_message(format!(
                    "{} ({}s of the wait left)",
                    action.title,
                    min_wait.saturating_sub(a.elapsed()).as_secs()
                ));
            }
            if out.success() && waited_enough {
                self.log(action, Some(&command), "ok", out.status, started.elapsed())?;
                if let Some(b) = bar {
                    b.finish_and_clear();
                }
                self.ui.info(&format!("ok after {:.1}s", started.elapsed().as_secs_f64()));
                return Ok(State::Done);
            }
            if started.elapsed() >= timeout {
                self.log(action, Some(&command), "failed", out.status, took)?;
                if let Some(b) = bar {
                    b.abandon();
                }
                if let Some(f) = &action.on_failure {
                    self.ui.error(&format!("what to do: {f}"));
                }
                return Err(Error::StepFailed {
                    host: action.host.clone().unwrap_or_default(),
                    step: step_name(action),
                    command,
                    status: format!(
                        "{} after waiting {}s",
                        with_last_line(out.status_text(), &out.stderr),
                        timeout.as_secs()
                    ),
                });
            }
            if let Some(b) = &bar {
                b.set_position(started.elapsed().as_secs());
            } else {
                self.ui.plain(&format!(
                    "{}: not yet ({}s)",
                    action.title,
                    started.elapsed().as_secs()
                ));
            }
            {
                let _busy = signals::Busy::enter();
                tokio::time::sleep(interval).await;
            }
            if signals::interrupted() {
                return Err(self.interrupted(plan, i));
            }
        }
    }

    /// A command on the operator's machine, in its own process group (so a terminal Ctrl-C
    /// is ours to handle): on Ctrl-C it is sent SIGINT and the run stops when it returns.
    async fn local(&mut self, plan: &Plan, i: usize, action: &Action) -> Result<State> {
        use tokio::io::AsyncBufReadExt;
        let command =
            self.substitute(action.command.as_deref().expect("local actions have a command"))?;
        self.ui.command(&command);
        if action.changes {
            self.ask(action, "Run this here?")?;
        }
        let started = Instant::now();
        let _busy = signals::Busy::enter();
        let mut child = tokio::process::Command::new("sh")
            .arg("-c")
            .arg(&command)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .process_group(0)
            .spawn()
            .map_err(|e| Error::io(format!("cannot run `{command}` locally"), e))?;
        let pid = child.id();
        let mut out = tokio::io::BufReader::new(child.stdout.take().expect("piped")).lines();
        let mut err = tokio::io::BufReader::new(child.stderr.take().expect("piped")).lines();
        let (mut stdout, mut stderr) = (String::new(), String::new());
        let (mut out_done, mut err_done, mut forwarded) = (false, false, false);
        let mut tick = tokio::time::interval(Duration::from_millis(200));
        while !(out_done && err_done) {
            tokio::select! {
                line = out.next_line(), if !out_done => match line {
                    Ok(Some(l)) => { self.ui.remote_line("local", crate::transport::Stream::Stdout, &l); stdout.push_str(&l); stdout.push('\n'); }
                    _ => out_done = true,
                },
                line = err.next_line(), if !err_done => match line {
                    Ok(Some(l)) => { self.ui.remote_line("local", crate::transport::Stream::Stderr, &l); stderr.push_str(&l); stderr.push('\n'); }
                    _ => err_done = true,
                },
                _ = tick.tick() => {
                    if signals::interrupted() && !forwarded {
                        forwarded = true;
                        if let Some(p) = pid {
                            // SAFETY: kill(2) on the child's process group.
                            unsafe { libc::kill(-(p as i32), libc::SIGINT) };
                        }
                    }
                }
            }
        }
        let status = child.wait().await.map_err(|e| Error::io(format!("`{command}`"), e))?;
        let took = started.elapsed();
        self.log(
            action,
            Some(&command),
            if status.success() { "ok" } else { "failed" },
            status.code(),
            took,
        )?;
        if forwarded {
            return Err(self.interrupted(plan, i.saturating_sub(1)));
        }
        if !status.success() {
            if let Some(f) = &action.on_failure {
                self.ui.error(&format!("what to do: {f}"));
            }
            return Err(Error::StepFailed {
                host: "local".into(),
                step: step_name(action),
                command,
                status: with_last_line(
                    status.code().map_or("a signal".into(), |c| c.to_string()),
                    &stderr,
                ),
            });
        }
        if let Some(name) = &action.capture {
            let value = stdout
                .lines()
                .rev()
                .find(|l| !l.trim().is_empty())
                .unwrap_or("")
                .trim()
                .to_string();
            if !crate::safety::plain_value(&value) {
                return Err(Error::StepFailed {
                    host: "local".into(),
                    step: step_name(action),
                    command,
                    status: format!("0, but its last line {value:?} is not a plain value"),
                });
            }
            self.captures.insert(name.clone(), value);
        }
        Ok(State::Done)
    }

    /// Post to the webhook; a failure is only a warning.
    async fn announce(&self, text: String) {
        if let Some(n) = &self.notify {
            if let Err(e) = n.post(&text).await {
                self.ui.warn(&format!("notification not sent: {e}"));
            }
        }
    }

    /// A helper of the run's own (the lock), run as root the inventory's way.
    fn as_root(&self, command: &str) -> String {
        crate::privilege::line(self.become_method, Some(crate::privilege::ROOT), command)
    }

    /// Every host whose lines go through sudo (the plan's, and the lock's host) is checked
    /// before the first step: a host where sudo would ask for a password that was not given
    /// stops the run here, before any change, naming the host.
    async fn check_privilege(&mut self, plan: &Plan) -> Result<()> {
        use crate::privilege::uses_sudo;
        let mut hosts: Vec<String> = Vec::new();
        for a in &plan.actions {
            let Some(h) = &a.host else { continue };
            if a.uses_sudo() && !hosts.contains(h) {
                hosts.push(h.clone());
            }
        }
        if let Some((h, _)) = &self.lock {
            if plan.changes() > 0 && uses_sudo(&self.as_root("true")) && !hosts.contains(h) {
                hosts.push(h.clone());
            }
        }
        let started = Instant::now();
        let checked = {
            let _busy = signals::Busy::enter();
            self.transport.check_privilege(&hosts).await
        };
        match checked {
            Ok(asked) => {
                for h in &asked {
                    self.ui.info(&format!(
                        "{h}: sudo asks for a password there: its lines run as `{}…` with the password (-K) on standard input",
                        crate::privilege::WITH_PASSWORD
                    ));
                }
                for h in &hosts {
                    let probe = match asked.contains(h) {
                        true => crate::privilege::PROBE_WITH_PASSWORD,
                        false => crate::privilege::PROBE,
                    };
                    self.log_raw(
                        "sudo check",
                        Some(h),
                        Some(probe),
                        "ok",
                        Some(0),
                        started.elapsed(),
                    )?;
                }
                Ok(())
            }
            Err((host, crate::transport::PrivilegeError::Remote(e))) => Err(Error::Connect {
                host,
                step: "sudo check (before any step)".into(),
                message: e.to_string(),
            }),
            Err((host, e)) => {
                let _ = self.log_raw(
                    "sudo check",
                    Some(&host),
                    Some(crate::privilege::PROBE),
                    "refused",
                    None,
                    started.elapsed(),
                );
                Err(Error::Privilege { host, message: e.to_string() })
            }
        }
    }

    /// Take the lock on the master's shared storage (atomic create, refusing to overwrite),
    /// naming operator, run, procedure and start time. A lock held by someone else refuses
    /// the run, unless `--break-lock` (which asks, and is audited).
    async fn acquire_lock(&mut self, plan: &Plan) -> Result<()> {
        let Some((host, path)) = self.lock.clone() else { return Ok(()) };
        let content = format!(
            "operator={}\nrun={}\nprocedure={}\nstarted={}\nfrom={}\n",
            self.audit.operator,
            self.run_id,
            plan.procedure,
            audit::now_rfc3339(),
            std::env::var("HOSTNAME").unwrap_or_else(|_| "unknown".into())
        );
        // Created atomically (noclobber); a lock that exists is read back (exit 75); any
        // other failure (permission denied, a missing folder, a full disk) is tried once more
        // so that the shell says why, and reported as such.
        let take = self.as_root(&crate::quote::command_line(&[
            "sh",
            "-c",
            LOCK_TAKE_SCRIPT,
            "-",
            &path,
            &content,
        ]));
        for attempt in 0..2 {
            let started = Instant::now();
            let out = {
                let _busy = signals::Busy::enter();
                self.transport.run(&host, &take, &|_, _| {}).await
            }
            .map_err(|e| Error::Connect {
                host: host.clone(),
                step: "lock".into(),
                message: e.to_string(),
            })?;
            match out.status {
                Some(0) => {
                    self.log_raw(
                        "lock",
                        Some(&host),
                        Some(&format!("create {path}")),
                        "ok",
                        Some(0),
                        started.elapsed(),
                    )?;
                    self.locked = true;
                    signals::set_cleanup(
                        self.transport.release_argv(&host, &self.release_command(&path)),
                    );
                    return Ok(());
                }
                Some(75) => {
                    let field = |k: &str| {
                        out.stdout
                            .lines()
                            .find_map(|l| l.strip_prefix(&format!("{k}=")))
                            .unwrap_or("?")
                            .to_string()
                    };
                    let holder = format!(
                        "{} since {} (run {}, {})",
                        field("operator"),
                        field("started"),
                        field("run"),
                        field("procedure")
                    );
                    if field("run") == self.run_id {
                        // Left by this very run (killed, now resumed): it is ours.
                        self.locked = true;
                        signals::set_cleanup(
                            self.transport.release_argv(&host, &self.release_command(&path)),
                        );
                        self.log_raw(
                            "lock",
                            Some(&host),
                            Some(&format!("keep {path} (this run's)")),
                            "ok",
                            Some(75),
                            started.elapsed(),
                        )?;
                        return Ok(());
                    }
                    if attempt == 0 && self.break_lock {
                        self.ui.warn(&format!("{path} on {host} is held by {holder}"));
                        let yes = self.yes
                            || matches!(
                                self.ui.confirm("Break that lock and take it?"),
                                Answer::Yes | Answer::All
                            );
                        if !yes {
                            return Err(Error::Locked { host, path, holder });
                        }
                        let rm =
                            self.as_root(&crate::quote::command_line(&["rm", "-f", "--", &path]));
                        let out =
                            self.transport.run(&host, &rm, &|_, _| {}).await.map_err(|e| {
                                Error::Connect {
                                    host: host.clone(),
                                    step: "break lock".into(),
                                    message: e.to_string(),
                                }
                            })?;
                        self.log_raw(
                            "break-lock",
                            Some(&host),
                            Some(&format!("rm {path} (held by {holder})")),
                            if out.success() { "ok" } else { "failed" },
                            out.status,
                            Duration::ZERO,
                        )?;
                        continue;
                    }
                    self.log_raw(
                        "lock",
                        Some(&host),
                        Some(&format!("create {path}")),
                        "refused",
                        Some(75),
                        started.elapsed(),
                    )?;
                    return Err(Error::Locked { host, path, holder });
                }
                _ => {
                    let _ = self.log_raw(
                        "lock",
                        Some(&host),
                        Some(&format!("create {path}")),
                        "failed",
                        out.status,
                        started.elapsed(),
                    );
                    return Err(Error::LockFailed {
                        host,
                        path,
                        message: with_last_line(
                            format!("exit status {}", out.status_text()),
                            &out.stderr,
                        ),
                    });
                }
            }
        }
        unreachable!("the second attempt returns")
    }

    fn release_command(&self, path: &str) -> String {
        self.as_root(&crate::quote::command_line(&[
            "sh",
            "-c",
            LOCK_RELEASE_SCRIPT,
            "-",
            path,
            &self.run_id,
        ]))
    }

    /// Remove the lock, only if it is still this run's.
    async fn release_lock(&mut self) {
        if !self.locked {
            return;
        }
        let Some((host, path)) = self.lock.clone() else { return };
        signals::set_cleanup(None);
        let cmd = self.release_command(&path);
        let ok = matches!(self.transport.run(&host, &cmd, &|_, _| {}).await, Ok(o) if o.success());
        if !ok {
            self.ui.warn(&format!(
                "could not release the lock {path} on {host}; remove it once nothing runs"
            ));
        }
        let _ = self.log_raw(
            "unlock",
            Some(&host),
            Some(&format!("rm {path}")),
            if ok { "ok" } else { "failed" },
            None,
            Duration::ZERO,
        );
        self.locked = false;
    }

    fn keep_note(&mut self, action: &Action, command: &str, out: &RemoteOutput) {
        let mut text = out.stdout.clone();
        if !out.stderr.trim().is_empty() {
            text.push_str(&out.stderr);
        }
        text.push_str(&format!("(exit status {})\n", out.status_text()));
        self.notes.push((
            action.host.clone().unwrap_or_else(|| "local".into()),
            action.title.clone(),
            command.to_string(),
            crate::quote::escape_control(&text).replace("\\n", "\n"),
        ));
    }

    /// The incident note: what was done where, with the outputs kept by `note` steps, for
    /// the bug report the guide asks for. Owner-only, under the state folder.
    fn write_note(&self, plan: &Plan, result: &Result<()>) -> std::io::Result<std::path::PathBuf> {
        use std::fmt::Write as _;
        use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
        let dir = audit::state_dir().join("incidents");
        std::fs::DirBuilder::new().recursive(true).mode(0o700).create(&dir)?;
        let path = dir.join(format!("{}-{}.md", self.run_id, plan.procedure));
        let mut s = String::new();
        let _ = writeln!(s, "# Incident note: {} ({})\n", plan.title, plan.procedure);
        let _ = writeln!(
            s,
            "- run: {}\n- operator: {}\n- written: {}",
            self.run_id,
            self.audit.operator,
            audit::now_rfc3339()
        );
        for (k, v) in &plan.params {
            let _ = writeln!(s, "- {k}: {v}");
        }
        let _ = writeln!(
            s,
            "- outcome: {}\n",
            match result {
                Ok(()) => "completed".to_string(),
                Err(e) => format!("stopped: {e}"),
            }
        );
        for (host, title, command, output) in &self.notes {
            let _ = writeln!(s, "## {host}: {title}\n\n```\n$ {command}\n{output}```\n");
        }
        let mut f = std::fs::OpenOptions::new()
            .create(true)
            .write(true)
            .truncate(true)
            .mode(0o600)
            .open(&path)?;
        std::io::Write::write_all(&mut f, s.as_bytes())?;
        Ok(path)
    }

    /// A typed confirmation: the operator types the expected value (or passes it with
    /// `--confirm`).
    fn confirm_name(&mut self, action: &Action) -> Result<State> {
        let expected = action.expect.clone().unwrap_or_default();
        if let Some(m) = &action.message {
            self.ui.info(m);
        }
        let given = self.params.get("confirm").filter(|v| !v.is_empty()).cloned();
        let typed = match given {
            Some(v) => v,
            None if std::io::stdin().is_terminal() => {
                let r = dialoguer::Input::<String>::new()
                    .with_prompt(format!("Type {expected} to go on"))
                    .allow_empty(true)
                    .interact_text();
                crate::terminal::restore_cursor();
                r.unwrap_or_default()
            }
            None => {
                return Err(Error::Usage(format!(
                    "this step needs the operator to type {expected}: run on a terminal, or pass --confirm {expected}"
                )))
            }
        };
        if typed.trim() != expected {
            self.log(action, None, "not confirmed", None, Duration::ZERO)?;
            return Err(Error::NotConfirmed {
                step: step_name(action),
                host: action.host.clone().unwrap_or_else(|| "local".into()),
            });
        }
        self.log(action, None, "ok", None, Duration::ZERO)?;
        Ok(State::Done)
    }

    /// After a failure or interruption: if a step with an `undo` completed and no
    /// `no_return` step has started, offer the undo (in reverse order).
    async fn offer_undo(&mut self, plan: &Plan) -> Result<()> {
        let started_no_return =
            plan.actions.iter().zip(&self.states).any(|(a, s)| a.no_return && *s != State::NotRun);
        let undoable: Vec<&Action> = plan
            .actions
            .iter()
            .zip(&self.states)
            .filter(|(a, s)| a.undo.is_some() && **s == State::Done)
            .map(|(a, _)| a)
            .collect();
        if undoable.is_empty() {
            return Ok(());
        }
        if started_no_return {
            self.ui.warn("the run stopped after its point of no return: nothing is undone; see the state below");
            return Ok(());
        }
        for action in undoable.into_iter().rev() {
            let undo = self.sent_line(action, action.undo.as_deref().expect("filtered"))?;
            let host = action.host.clone().unwrap_or_default();
            self.ui.warn(&format!(
                "step {} changed {host}; it can be undone with: {undo}",
                step_name(action)
            ));
            let yes = if std::io::stdin().is_terminal() {
                matches!(
                    self.ui.confirm(&format!("Undo it on {host} now?")),
                    Answer::Yes | Answer::All
                )
            } else {
                false
            };
            if !yes {
                self.ui.warn(&format!("not undone: run `{undo}` on {host} to undo it by hand"));
                continue;
            }
            let (out, took) = self.run_remote(action, &undo, true).await?;
            self.log(
                action,
                Some(&undo),
                if out.success() { "undone" } else { "undo failed" },
                out.status,
                took,
            )?;
            if !out.success() {
                return Err(Error::StepFailed {
                    host,
                    step: format!("undo of {}", step_name(action)),
                    command: undo,
                    status: with_last_line(out.status_text(), &out.stderr),
                });
            }
            self.ui.info(&format!("undone on {host}"));
        }
        Ok(())
    }

    fn lb(&mut self) -> Result<&mut lb::Client> {
        self.lb.as_mut().ok_or_else(|| Error::LoadBalancer("no load balancer client".into()))
    }

    fn show_pool(&self, pool: &[NodeStatus]) {
        for n in pool {
            self.ui.info(&format!(
                "{:<24} {:<9} {}",
                n.node,
                n.admin.as_str(),
                match n.health {
                    lb::Health::Up => "up",
                    lb::Health::Down => "DOWN",
                    lb::Health::Unknown => "unknown",
                }
            ));
        }
    }

    /// Preflight: the pool holds every target, each is in service (or adopted), and each
    /// batch can be drained without going below the minimum in service.
    async fn lb_check(&mut self, action: &Action) -> Result<State> {
        let started = Instant::now();
        let adopt = self.params.get("adopt").is_some_and(|v| v == "true");
        let Some(pool) = self.lb()?.pool().await? else {
            self.ui.warn("manual load balancer: check in its UI that every node is in service before going on");
            return Ok(State::Done);
        };
        self.show_pool(&pool);
        let refuse = |message: String| Error::Precondition {
            host: "the load balancer".into(),
            step: step_name(action),
            message,
        };
        for node in &action.batch_nodes {
            let Some(n) = pool.iter().find(|n| &n.node == node) else {
                return Err(refuse(format!("node {node} is not in the load balancer pool")));
            };
            if n.admin != AdminState::Active && !adopt {
                return Err(refuse(format!(
                    "node {node} is already {} (drained by someone else?); rerun with --adopt-drained to take it over and put it back at the end",
                    n.admin.as_str()
                )));
            }
        }
        for batch in &action.batches {
            if let Err(crate::safety::Shortfall { left, min }) =
                crate::safety::capacity(&pool, batch, self.min_in_service)
            {
                return Err(refuse(format!(
                    "taking {} out would leave {left} node(s) in service, fewer than the minimum of {min} \
                     ([loadbalancer] min_in_service; default: all but one)",
                    batch.join(" + ")
                )));
            }
        }
        self.log(action, Some("read pool"), "ok", Some(0), started.elapsed())?;
        Ok(State::Done)
    }

    async fn lb_set(&mut self, action: &Action, state: AdminState) -> Result<State> {
        let node = action.node.clone().expect("load balancer actions have a node");
        let request = action.lb.as_ref().map(ToString::to_string).unwrap_or_default();
        self.ui.command(&request);
        if state == AdminState::Draining {
            // Capacity again, right before the change: the pool may have moved since.
            let configured = self.min_in_service;
            if let Some(pool) = self.lb()?.pool().await? {
                if let Err(crate::safety::Shortfall { left, min }) =
                    crate::safety::capacity(&pool, &action.batch_nodes, configured)
                {
                    self.show_pool(&pool);
                    return Err(Error::Precondition {
                        host: action.host.clone().unwrap_or_default(),
                        step: step_name(action),
                        message: format!(
                            "draining {} now would leave {left} node(s) in service, fewer than the minimum of {min}",
                            action.batch_nodes.join(" + ")
                        ),
                    });
                }
            }
        }
        self.ask(action, &format!("{} {node}?", verb(state)))?;
        let started = Instant::now();
        let changed = {
            let _busy = signals::Busy::enter();
            self.lb()?.set_state(&node, state).await
        };
        match changed {
            Ok(changed) => {
                self.log(
                    action,
                    Some(&request),
                    if changed { "ok" } else { "skipped" },
                    Some(0),
                    started.elapsed(),
                )?;
                if !changed {
                    self.ui.info(&format!("{node} already {}", state.as_str()));
                    return Ok(State::Skipped);
                }
                Ok(State::Done)
            }
            Err(e) => {
                self.log(action, Some(&request), "failed", None, started.elapsed())?;
                Err(e)
            }
        }
    }

    fn drain_policy(&self) -> OnTimeout {
        match self.params.get("on_drain_timeout").map(String::as_str) {
            Some("wait") => OnTimeout::Wait,
            Some("proceed") => OnTimeout::Proceed,
            Some("back") => OnTimeout::Back,
            _ if !std::io::stdin().is_terminal() => OnTimeout::Back,
            _ => {
                let answer = dialoguer::Input::<String>::new()
                    .with_prompt("The drain timed out: [w]ait longer / put it [b]ack and stop / [p]roceed anyway")
                    .validate_with(|s: &String| -> std::result::Result<(), &str> {
                        match s.trim() {
                            "w" | "wait" | "b" | "back" | "p" | "proceed" => Ok(()),
                            _ => Err("answer w, b or p"),
                        }
                    })
                    .interact_text();
                crate::terminal::restore_cursor();
                match answer.as_deref().map(str::trim) {
                    Ok("w") | Ok("wait") => OnTimeout::Wait,
                    Ok("p") | Ok("proceed") => OnTimeout::Proceed,
                    _ => OnTimeout::Back,
                }
            }
        }
    }

    /// Put a drained node back after the operator chose so (timeout or Ctrl-C).
    async fn put_back(&mut self, action: &Action, node: &str) -> Result<()> {
        let request = crate::lb::LbRequest {
            method: "set".into(),
            target: node.to_string(),
            body: "active".into(),
        }
        .to_string();
        let started = Instant::now();
        let r = self.lb()?.set_state(node, AdminState::Active).await;
        self.log(
            action,
            Some(&request),
            if r.is_ok() { "ok" } else { "failed" },
            None,
            started.elapsed(),
        )?;
        r.map(|_| self.ui.info(&format!("{node} is back in service")))
    }

    async fn wait_drained(&mut self, plan: &Plan, i: usize, action: &Action) -> Result<State> {
        let node = action.node.clone().expect("drain waits have a node");
        let host = action.host.clone().expect("drain waits have a host");
        let command = action
            .command
            .clone()
            .unwrap_or_else(|| crate::quote::command_line(&crate::apache::status_command()));
        let timeout = Duration::from_secs(action.seconds.unwrap_or(300));
        let interval = Duration::from_millis(action.interval_ms.unwrap_or(1000).max(50));
        let needed = action.quiet.unwrap_or(3).max(1);
        // Readings come fast (50 ms) while the node reads idle or has been busy only briefly,
        // and back off to the step's interval while requests stay in flight; the quiet streak must also outlast the
        // load balancer's counter lag (vTM counts per second).
        let fast = Duration::from_millis(50).min(interval);
        let lag = self.lb.as_ref().map(|c| c.counter_lag()).unwrap_or_default();
        let mut backoff = fast;
        let mut busy_readings = 0u32;
        let mut streak_start: Option<Instant> = None;
        self.ui.command(&command);
        let mut started = Instant::now();
        let first = Instant::now();
        let bar = self.ui.bar(&action.title, timeout);
        let mut streak = 0;
        let mut readings = 0u32;
        // The whole wait is one busy section: Ctrl-C is noticed between readings, and then
        // the operator is asked whether to put the node back.
        let busy = signals::Busy::enter();
        loop {
            let lbc = self.lb()?.connections(&node).await?;
            let (out, _) = self.run_remote(action, &command, false).await?;
            readings += 1;
            let apache = if out.success() {
                crate::apache::in_flight(&out.stdout)
            } else {
                Err(with_last_line(
                    format!("server-status failed ({})", out.status_text()),
                    &out.stderr,
                ))
            };
            let quiet = lbc.is_none_or(|c| c.in_flight == 0) && apache == Ok(0);
            streak = if quiet { streak + 1 } else { 0 };
            if quiet {
                streak_start.get_or_insert_with(Instant::now);
                busy_readings = 0;
                backoff = fast;
            } else {
                streak_start = None;
                // A short request (a health check) ends within a few fast readings; only a
                // longer drain backs off.
                busy_readings += 1;
                if busy_readings > 10 {
                    backoff = (backoff * 2).min(interval);
                }
            }
            let msg = format!(
                "load balancer: {}; httpd: {}; quiet {streak}/{needed}",
                lbc.map(|c| format!("{} in flight, {} connections", c.in_flight, c.total))
                    .unwrap_or_else(|| "not readable (manual)".into()),
                match &apache {
                    Ok(n) => format!("{n} busy"),
                    Err(e) => e.clone(),
                }
            );
            match &bar {
                Some(b) => {
                    b.set_message(msg.clone());
                    b.set_position(started.elapsed().as_secs().min(timeout.as_secs()));
                }
                None => self.ui.plain(&msg),
            }
            if streak >= needed && streak_start.is_some_and(|t| t.elapsed() >= lag) {
                if let Some(b) = bar {
                    b.finish_and_clear();
                }
                self.ui.info(&format!(
                    "drained after {:.1}s ({readings} readings): {msg}",
                    first.elapsed().as_secs_f64()
                ));
                self.log(action, Some(&command), "ok", out.status, first.elapsed())?;
                return Ok(State::Done);
            }
            if signals::interrupted() {
                if let Some(b) = &bar {
                    b.abandon();
                }
                drop(busy);
                let back = std::io::stdin().is_terminal()
                    && matches!(
                        self.ui.confirm(&format!(
                            "Interrupted while {host} drains. Put {node} back in service?"
                        )),
                        Answer::Yes | Answer::All
                    );
                if back {
                    self.put_back(action, &node).await?;
                }
                self.log(action, Some(&command), "interrupted", None, first.elapsed())?;
                return Err(self.interrupted(plan, i.saturating_sub(1)));
            }
            if started.elapsed() >= timeout {
                if let Some(b) = &bar {
                    b.suspend(|| ());
                }
                self.ui.warn(&format!("{host} did not drain within {}s: {msg}", timeout.as_secs()));
                let policy = self.drain_policy();
                match policy {
                    OnTimeout::Wait => {
                        self.ui.info("waiting another round");
                        started = Instant::now();
                    }
                    OnTimeout::Proceed => {
                        self.ui.warn(&format!(
                            "going on with {host} although requests may still be in flight"
                        ));
                        self.log(
                            action,
                            Some(&command),
                            "timeout, proceeding",
                            out.status,
                            first.elapsed(),
                        )?;
                        return Ok(State::Done);
                    }
                    OnTimeout::Back => {
                        self.put_back(action, &node).await?;
                        self.log(
                            action,
                            Some(&command),
                            "timeout, put back",
                            out.status,
                            first.elapsed(),
                        )?;
                        return Err(Error::StepFailed {
                            host,
                            step: step_name(action),
                            command,
                            status: format!(
                                "drain timed out after {}s; {node} was put back in service",
                                timeout.as_secs()
                            ),
                        });
                    }
                }
            }
            tokio::time::sleep(backoff).await;
        }
    }

    async fn wait_up(&mut self, action: &Action) -> Result<State> {
        let node = action.node.clone().expect("up waits have a node");
        let timeout = Duration::from_secs(action.seconds.unwrap_or(60));
        let interval = Duration::from_millis(action.interval_ms.unwrap_or(200).max(50));
        let started = Instant::now();
        loop {
            let status = self.lb()?.node(&node).await?;
            let Some(status) = status else {
                self.ui.info("manual load balancer: check in its UI that the node shows up");
                return Ok(State::Done);
            };
            if status.in_service() {
                self.ui
                    .info(&format!("{node} is up after {:.1}s", started.elapsed().as_secs_f64()));
                self.log(action, Some("read node state"), "ok", Some(0), started.elapsed())?;
                return Ok(State::Done);
            }
            if started.elapsed() >= timeout {
                self.log(action, Some("read node state"), "failed", None, started.elapsed())?;
                if let Some(f) = &action.on_failure {
                    self.ui.error(&format!("what to do: {f}"));
                }
                return Err(Error::LoadBalancer(format!(
                    "{node} is {} and {:?} after {}s",
                    status.admin.as_str(),
                    status.health,
                    timeout.as_secs()
                )));
            }
            let _busy = signals::Busy::enter();
            tokio::time::sleep(interval).await;
        }
    }

    fn log(
        &mut self,
        action: &Action,
        command: Option<&str>,
        outcome: &str,
        status: Option<i32>,
        took: Duration,
    ) -> Result<()> {
        let (step, host) = (action.step.clone(), action.host.clone());
        self.log_raw(&step, host.as_deref(), command, outcome, status, took)
    }

    fn log_raw(
        &mut self,
        step: &str,
        host: Option<&str>,
        command: Option<&str>,
        outcome: &str,
        status: Option<i32>,
        took: Duration,
    ) -> Result<()> {
        let operator = self.audit.operator.clone();
        self.audit.write(&Record {
            time: audit::now_rfc3339(),
            operator: &operator,
            run_id: &self.run_id,
            procedure: &self.procedure,
            step,
            host,
            command,
            outcome,
            exit_status: status,
            duration_ms: audit::millis(took),
        })
    }

    /// Where every action stands, and for load balancer runs every host, after a failure,
    /// an interruption or findings.
    async fn report(&mut self, plan: &Plan) {
        errln!("\nState of the run {}:", self.run_id);
        for (a, s) in plan.actions.iter().zip(&self.states) {
            let s = match s {
                State::NotRun => "not run",
                State::Done if a.changes => "done (changed)",
                State::Done => "done",
                State::Skipped => "skipped (already in place)",
                State::Finding => "FINDING",
                State::Failed => "FAILED",
            };
            errln!(
                "  {:>3}. {:<28} {:<24} {}",
                a.number,
                s,
                a.host.as_deref().unwrap_or("local"),
                a.title
            );
        }
        if !plan.actions.iter().any(|a| a.kind.uses_lb()) {
            return;
        }
        let pool = match self.lb.as_mut() {
            Some(c) => c.pool().await.ok().flatten(),
            None => None,
        };
        errln!("\nHosts:");
        let mut seen: Vec<&str> = Vec::new();
        for a in plan.actions.iter().filter(|a| a.node.is_some()) {
            let host = a.host.as_deref().unwrap_or_default();
            if seen.contains(&host) {
                continue;
            }
            seen.push(host);
            let node = a.node.as_deref().unwrap_or_default();
            let last = plan
                .actions
                .iter()
                .zip(&self.states)
                .rfind(|(b, s)| b.host.as_deref() == Some(host) && **s != State::NotRun)
                .map(|(b, s)| {
                    format!("{} {}", b.step, if *s == State::Failed { "FAILED" } else { "done" })
                })
                .unwrap_or_else(|| "untouched by this run".into());
            let lb = pool
                .as_ref()
                .and_then(|p| p.iter().find(|n| n.node == node))
                .map(|n| format!("{} / {:?}", n.admin.as_str(), n.health))
                .unwrap_or_else(|| "load balancer state not readable".into());
            errln!("  {host:<24} {node:<22} load balancer: {lb:<20} this run: {last}");
        }
    }
}

fn verb(state: AdminState) -> &'static str {
    match state {
        AdminState::Active => "Put back in service",
        AdminState::Draining => "Drain",
        AdminState::Disabled => "Take out of service",
    }
}

/// The status, and the last line the command wrote to stderr, if any.
fn with_last_line(status: String, stderr: &str) -> String {
    match stderr.lines().rev().find(|l| !l.trim().is_empty()) {
        Some(l) => format!("{status} ({})", crate::quote::escape_control(l.trim())),
        None => status,
    }
}

fn step_name(action: &Action) -> String {
    format!("{} ({})", action.number, action.step)
}
