//! Walks a plan: connects to every target first (read-only), then runs each action in
//! order, asking before each change, recording each executed action in the audit log, and
//! stopping at the first failure with a report of where every action stands.

use std::io::IsTerminal;
use std::time::{Duration, Instant};

use crate::audit::{self, Audit, Record};
use crate::error::{Error, Result};
use crate::plan::{Action, Plan};
use crate::runbook::StepKind;
use crate::signals;
use crate::terminal::{Answer, Ui};
use crate::transport::{RemoteError, RemoteOutput, Transport};

pub struct Options {
    pub yes: bool,
    pub run_id: String,
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
    opts: Options,
    yes_to_all: bool,
    states: Vec<State>,
    findings: Vec<String>,
}

impl<'a, T: Transport> Executor<'a, T> {
    pub fn new(transport: T, ui: &'a Ui, opts: Options) -> Result<Self> {
        Ok(Executor {
            transport,
            procedure: String::new(),
            ui,
            audit: Audit::open()?,
            yes_to_all: opts.yes,
            opts,
            states: Vec::new(),
            findings: Vec::new(),
        })
    }

    pub async fn execute(mut self, plan: &Plan) -> Result<()> {
        self.states = vec![State::NotRun; plan.actions.len()];
        self.procedure = plan.procedure.clone();
        let asks = plan.actions.iter().any(|a| a.changes || a.kind == StepKind::Gate);
        if asks && !self.opts.yes && !std::io::stdin().is_terminal() {
            return Err(Error::NoTerminal);
        }
        eprintln!(
            "hgmo-ctl: {} ({}), run {}, {} steps",
            plan.title,
            plan.procedure,
            self.opts.run_id,
            plan.actions.len()
        );
        let hosts: Vec<String> = plan.targets.iter().map(|h| h.name.clone()).collect();
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
        let result = self.walk(plan).await;
        self.transport.close().await;
        match result {
            Ok(()) if !self.findings.is_empty() => {
                self.report(plan);
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
                eprintln!(
                    "hgmo-ctl: done: {} steps, {changed} change(s) made; audit log {}",
                    plan.actions.len(),
                    self.audit.path.display()
                );
                Ok(())
            }
            Err(e) => {
                self.report(plan);
                Err(e)
            }
        }
    }

    async fn walk(&mut self, plan: &Plan) -> Result<()> {
        let total = plan.actions.len();
        for (i, action) in plan.actions.iter().enumerate() {
            let host = action.host.as_deref().unwrap_or("local");
            self.ui.header(action.number, total, action.label(), host, &action.title);
            let state = match action.kind {
                StepKind::Wait => 'wait: {
                    let secs = action.seconds.unwrap_or(0);
                    let _busy = signals::Busy::enter();
                    if !self.ui.countdown(&action.title, Duration::from_secs(secs)).await {
                        break 'wait Err(self.interrupted(plan, i));
                    }
                    Ok(State::Done)
                }
                StepKind::Gate => {
                    if let Some(m) = &action.message {
                        self.ui.info(m);
                    }
                    self.ask(action, "Go on?").map(|()| State::Done)
                }
                StepKind::Poll => self.poll(plan, action).await,
                _ => self.remote(plan, action).await,
            };
            let state = match state {
                Ok(s) => s,
                Err(e) => {
                    if !matches!(e, Error::NotConfirmed { .. } | Error::Interrupted { .. }) {
                        self.states[i] = State::Failed;
                    }
                    return Err(e);
                }
            };
            self.states[i] = state;
            if signals::interrupted() {
                return Err(self.interrupted(plan, i));
            }
        }
        Ok(())
    }

    fn interrupted(&self, plan: &Plan, i: usize) -> Error {
        let after = (0..=i)
            .rev()
            .find(|&j| self.states[j] != State::NotRun)
            .map(|j| format!("{} ({})", plan.actions[j].number, plan.actions[j].step));
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
            Answer::No => {
                self.log(action, action.command.as_deref(), "not confirmed", None, Duration::ZERO)?;
                Err(Error::NotConfirmed {
                    step: format!("{} ({})", action.number, action.step),
                    host: action.host.clone().unwrap_or_else(|| "local".into()),
                })
            }
        }
    }

    async fn run_remote(
        &mut self,
        action: &Action,
        command: &str,
    ) -> Result<(RemoteOutput, Duration)> {
        let host = action.host.clone().expect("remote actions have a host");
        let ui = self.ui;
        let sink = move |stream, line: &str| ui.remote_line(&host, stream, line);
        let started = Instant::now();
        let result = {
            let _busy = signals::Busy::enter();
            let h = action.host.as_deref().unwrap_or_default();
            self.transport.run(h, command, &sink).await
        };
        let took = started.elapsed();
        match result {
            Ok(out) => Ok((out, took)),
            Err(e) => {
                self.log(action, Some(command), "lost", None, took)?;
                Err(match e {
                    RemoteError::Connect(m) => Error::Connect {
                        host: action.host.clone().unwrap_or_default(),
                        step: step_name(action),
                        message: m,
                    },
                    other => Error::ConnectionLost {
                        host: action.host.clone().unwrap_or_default(),
                        step: step_name(action),
                        command: command.to_string(),
                        message: other.to_string(),
                    },
                })
            }
        }
    }

    async fn remote(&mut self, _plan: &Plan, action: &Action) -> Result<State> {
        let command = action.command.clone().expect("remote actions have a command");
        if let Some(unless) = &action.unless {
            if self.ui.verbose {
                self.ui.command(unless);
            }
            let (out, took) = self.run_remote(action, unless).await?;
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
        let (out, took) = self.run_remote(action, &command).await?;
        let host = action.host.clone().unwrap_or_default();
        if out.success() {
            self.log(action, Some(&command), "ok", out.status, took)?;
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

    async fn poll(&mut self, plan: &Plan, action: &Action) -> Result<State> {
        let command = action.command.clone().expect("poll actions have a command");
        let timeout = Duration::from_secs(action.seconds.unwrap_or(60));
        let interval = Duration::from_secs(action.interval.unwrap_or(1).max(1));
        self.ui.command(&command);
        let started = Instant::now();
        let bar = self.ui.bar(&action.title, timeout);
        loop {
            let (out, took) = self.run_remote(action, &command).await?;
            if out.success() {
                self.log(action, Some(&command), "ok", out.status, took)?;
                if let Some(b) = bar {
                    b.finish_and_clear();
                }
                return Ok(State::Done);
            }
            if started.elapsed() >= timeout {
                self.log(action, Some(&command), "failed", out.status, took)?;
                if let Some(b) = bar {
                    b.abandon();
                }
                return Err(Error::StepFailed {
                    host: action.host.clone().unwrap_or_default(),
                    step: step_name(action),
                    command,
                    status: format!("{} after waiting {}s", out.status_text(), timeout.as_secs()),
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
                let i = (action.number - 1).saturating_sub(1);
                return Err(self.interrupted(plan, i));
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
        let operator = self.audit.operator.clone();
        self.audit.write(&Record {
            time: audit::now_rfc3339(),
            operator: &operator,
            run_id: &self.opts.run_id,
            procedure: &self.procedure,
            step: &action.step,
            host: action.host.as_deref(),
            command,
            outcome,
            exit_status: status,
            duration_ms: audit::millis(took),
        })
    }

    /// Where every action stands, after a failure or with findings.
    fn report(&self, plan: &Plan) {
        eprintln!("\nState of the run {}:", self.opts.run_id);
        for (a, s) in plan.actions.iter().zip(&self.states) {
            let s = match s {
                State::NotRun => "not run",
                State::Done if a.changes => "done (changed)",
                State::Done => "done",
                State::Skipped => "skipped (already in place)",
                State::Finding => "FINDING",
                State::Failed => "FAILED",
            };
            eprintln!(
                "  {:>3}. {:<28} {:<24} {}",
                a.number,
                s,
                a.host.as_deref().unwrap_or("local"),
                a.title
            );
        }
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
