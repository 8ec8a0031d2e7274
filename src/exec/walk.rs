//! The walk: every action of a plan in order, each by its kind; the read-only pass of
//! `plan --out` (`facts`) is the same walk, stopped before the first change.

use super::*;

impl<T: Transport> Executor<'_, T> {
    /// Run the read-only steps that come before the first change (and the load balancer
    /// preflight) and return what they found: the same walk as a run, stopped before the
    /// first change, quiet, unaudited. Connects, changes nothing, takes no lock.
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
        self.facts = Some(Vec::new());
        let result = self.walk(plan).await;
        self.transport.close().await;
        result.map(|()| self.facts.take().unwrap_or_default())
    }

    pub(super) async fn walk(&mut self, plan: &Plan) -> Result<()> {
        let total = plan.actions.len();
        let mut next = 0;
        for (i, action) in plan.actions.iter().enumerate() {
            if i < next {
                continue; // ran in the fan-out group before
            }
            if self.facts.is_some() && !action.kind().read_only() {
                break; // the read-only pass ends at the first change
            }
            let group = self.fan_out_group(plan, i);
            if group.len() > 1 {
                next = group.last().map_or(i, |(j, _)| j + 1);
                self.fan_out(plan, &group).await?;
                continue;
            }
            let host = action.host().unwrap_or("local");
            self.ui.header(action.number, total, action.label(), host, &action.title);
            if let Some(state) = self.resumed(i, action)? {
                self.states[i] = state;
                continue;
            }
            self.journal_state(i, crate::journal::ActionState::Started)?;
            let state = match &action.what {
                What::Wait(wait) => self.wait(plan, i, action, wait).await,
                What::Gate(_) => {
                    if let Some(m) = &action.message {
                        self.ui.info(m);
                    }
                    self.ask(action, "Go on?").map(|()| State::Done)
                }
                What::Poll(p) => self.poll(plan, i, action, p).await,
                What::LbCheck(c) => self.lb_check(action, c).await,
                What::LbDrain(s) => self.lb_set(action, s, AdminState::Draining).await,
                What::LbDisable(s) => self.lb_set(action, s, AdminState::Disabled).await,
                What::LbEnable(s) => self.lb_set(action, s, AdminState::Active).await,
                What::LbBan(b) => self.lb_ban(action, b, true).await,
                What::LbUnban(b) => self.lb_ban(action, b, false).await,
                What::LbRate(r) => self.lb_rate(action, r).await,
                What::LbJoin(s) => self.lb_member(action, s, true).await,
                What::LbLeave(s) => self.lb_member(action, s, false).await,
                What::WaitDrained(w) => self.wait_drained(plan, i, action, w).await,
                What::WaitUp(w) => self.wait_up(action, w).await,
                What::ConfirmName(c) => self.confirm_name(action, c),
                What::Local(l) => self.local(plan, i, action, l).await,
                What::Precondition(r) | What::Read(r) | What::Check(r) | What::Run(r) => {
                    self.remote(action, r).await
                }
            };
            let state = match state {
                Ok(s) => s,
                Err(e) => {
                    if !matches!(e, Error::NotConfirmed { .. } | Error::Interrupted { .. }) {
                        self.states[i] = State::Failed;
                        // A change whose connection was lost may have taken effect on the
                        // host all the same: the journal keeps it `started`, so that `resume`
                        // checks (or asks) before running it again.
                        let unknown = action.changes && matches!(e, Error::ConnectionLost { .. });
                        self.journal_state(
                            i,
                            if unknown {
                                crate::journal::ActionState::Started
                            } else {
                                crate::journal::ActionState::Failed
                            },
                        )?;
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
    pub(super) fn with_step(&self, action: &Action, e: Error) -> Error {
        match e {
            Error::LoadBalancer(message) => Error::LbStep {
                host: action.host().unwrap_or("the load balancer").to_string(),
                step: step_name(action),
                message,
            },
            other => other,
        }
    }

    pub(super) fn interrupted(&self, plan: &Plan, i: usize) -> Error {
        let after = (0..=i)
            .rev()
            .find(|&j| self.states[j] != State::NotRun)
            .map(|j| step_name(&plan.actions[j]));
        Error::Interrupted { after }
    }

    pub(super) async fn wait(
        &mut self,
        plan: &Plan,
        i: usize,
        action: &Action,
        wait: &Wait,
    ) -> Result<State> {
        let secs = wait.seconds;
        let _busy = signals::Busy::enter();
        if !self.ui.countdown(&action.title, Duration::from_secs(secs)).await {
            return Err(self.interrupted(plan, i));
        }
        Ok(State::Done)
    }

    pub(super) async fn poll(
        &mut self,
        plan: &Plan,
        i: usize,
        action: &Action,
        p: &Poll,
    ) -> Result<State> {
        let command = self.sent_line(Some(&p.host), &p.command)?;
        let timeout = Duration::from_secs(p.seconds);
        let interval = Duration::from_millis(p.interval_ms.unwrap_or(1000).max(50));
        self.ui.command(&command);
        let started = Instant::now();
        // `min_wait` seconds after step `since` completed, with a countdown.
        let anchor = p.since.as_ref().and_then(|s| self.completed.get(s).copied());
        let min_wait = Duration::from_secs(p.min_wait.unwrap_or(0));
        let timeout = timeout
            .max(min_wait.saturating_sub(anchor.map_or(Duration::ZERO, |a| a.elapsed())) + timeout);
        let bar = self.ui.bar(&action.title, timeout);
        if let Some(a) = anchor {
            self.ui.info(&format!(
                "at least {}s after step {} ({}s to go)",
                min_wait.as_secs(),
                p.since.as_deref().unwrap_or(""),
                min_wait.saturating_sub(a.elapsed()).as_secs()
            ));
        }
        let mut last_line = Instant::now();
        loop {
            let (out, took) = self.run_remote(action, &p.host, &command, false).await?;
            if p.note && (out.success() || started.elapsed() >= timeout) {
                self.keep_note(action, &p.host, &command, &out);
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
                    host: p.host.clone(),
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
}
