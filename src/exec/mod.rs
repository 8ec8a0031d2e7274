//! Walks a plan: connects to every target first (read-only), then runs each action in
//! order, asking before each change, recording each executed action in the audit log, and
//! stopping at the first failure with a report of where every action and host stands.

use std::collections::HashMap;
use std::io::IsTerminal;
use std::time::{Duration, Instant};

use crate::action::{Confirm, LbCheck, LbSet, LbWait, Local, Poll, Remote, Wait, What};
use crate::audit::{self, Audit, Record};
use crate::error::{Error, Result};
use crate::lb::{self, AdminState, NodeStatus};
use crate::plan::{Action, Plan};
use crate::runbook::StepKind;
use crate::signals;
use crate::terminal::{Answer, Ui};
use crate::transport::{RemoteError, RemoteOutput, Transport};

mod fanout;
mod lbsteps;
mod local;
pub(crate) mod lock;
mod remote;
mod report;
mod resume;
#[cfg(test)]
mod tests;
mod undo;
mod walk;

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
    /// Whole outputs of `keep` steps, for `{<name}`.
    kept: HashMap<String, String>,
    /// When this run began (before connecting): `--break-lock` never breaks a lock taken
    /// after that.
    began: std::time::SystemTime,
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
    /// The read-only pass (`facts`): what each step found, in plan order.
    facts: Option<Vec<Fact>>,
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
        Ok(Executor::with_audit(transport, ui, opts, Audit::open()?))
    }

    /// An executor that writes `audit` (the unit tests' own).
    fn with_audit(transport: T, ui: &'a Ui, opts: Options, audit: Audit) -> Self {
        Executor {
            transport,
            procedure: String::new(),
            ui,
            audit,
            run_id: opts.run_id,
            yes: opts.yes,
            yes_to_all: opts.yes,
            lb: opts.lb,
            min_in_service: opts.min_in_service,
            states: Vec::new(),
            findings: Vec::new(),
            captures: HashMap::new(),
            kept: HashMap::new(),
            began: std::time::SystemTime::now(),
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
            facts: None,
        }
    }

    pub async fn execute(mut self, plan: &Plan) -> Result<()> {
        self.states = vec![State::NotRun; plan.actions.len()];
        self.procedure = plan.procedure.clone();
        self.params = plan.params.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        let asks = plan.actions.iter().any(|a| a.changes || a.kind() == StepKind::Gate);
        let tty = self.ui.can_ask();
        if asks && !self.yes && !tty {
            return Err(Error::NoTerminal);
        }
        let manual_lb = matches!(self.lb, Some(lb::Client::Manual(_)))
            && plan.actions.iter().any(|a| a.kind().uses_lb());
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
            self.report_unchanged_resume(plan);
            return Err(Error::Connect {
                host,
                step: "connect (before any step)".into(),
                message: e.to_string(),
            });
        }
        if let Err(e) = self.check_privilege(plan).await {
            self.transport.close().await;
            self.report_unchanged_resume(plan);
            return Err(e);
        }
        if let Err(e) = self.acquire_lock(plan).await {
            self.transport.close().await;
            self.report_unchanged_resume(plan);
            return Err(e);
        }
        if let Some(j) = &mut self.journal {
            j.outcome = "running".into();
            self.captures.extend(j.captures.clone());
            self.kept.extend(j.kept.clone());
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

    fn ask(&mut self, action: &Action, question: &str) -> Result<()> {
        if self.yes_to_all {
            return Ok(());
        }
        // Nothing has run while the operator decides: a run killed at the prompt must not
        // leave the action `started` (resume would ask whether it took effect).
        use crate::journal::ActionState as A;
        let i = action.number.wrapping_sub(1);
        let journaled = self.journal.as_ref().is_some_and(|j| j.states.get(i) == Some(&A::Started));
        if journaled {
            self.journal_state(i, A::Pending)?;
        }
        let answer = self.ui.confirm(question);
        if journaled && matches!(answer, Answer::Yes | Answer::All) {
            self.journal_state(i, A::Started)?;
        }
        match answer {
            Answer::Yes => Ok(()),
            Answer::All => {
                self.yes_to_all = true;
                Ok(())
            }
            Answer::No if signals::interrupted() => Err(Error::Interrupted { after: None }),
            Answer::No => {
                self.log(action, action.command(), "not confirmed", None, Duration::ZERO)?;
                Err(Error::NotConfirmed {
                    step: step_name(action),
                    host: action.host().unwrap_or("local").to_string(),
                })
            }
        }
    }

    /// Post to the webhook; a failure is only a warning.
    async fn announce(&self, text: String) {
        if let Some(n) = &self.notify {
            if let Err(e) = n.post(&text).await {
                self.ui.warn(&format!("notification not sent: {e}"));
            }
        }
    }

    /// Every host whose lines go through sudo (the plan's, and the lock's host) is checked
    /// before the first step: a host where sudo would ask for a password that was not given
    /// stops the run here, before any change, naming the host.
    async fn check_privilege(&mut self, plan: &Plan) -> Result<()> {
        use crate::privilege::uses_sudo;
        let mut hosts: Vec<String> = Vec::new();
        for a in &plan.actions {
            let Some(h) = a.host() else { continue };
            if a.uses_sudo() && !hosts.iter().any(|x| x == h) {
                hosts.push(h.to_string());
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
                self.audit.begin_batch();
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
                self.audit.end_batch()
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

    fn log(
        &mut self,
        action: &Action,
        command: Option<&str>,
        outcome: &str,
        status: Option<i32>,
        took: Duration,
    ) -> Result<()> {
        if self.facts.is_some() {
            return Ok(()); // the read-only pass of `plan --out` is not a run
        }
        let (step, host) = (action.step.clone(), action.host().map(String::from));
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
