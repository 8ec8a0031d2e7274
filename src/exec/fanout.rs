//! Fan-out: the actions of one step on several hosts, run at once.

use super::*;

impl<T: Transport> Executor<'_, T> {
    /// Where a fan-out group that starts at action `i` ends: the following actions of the
    /// same step on other hosts, when none of them needs a question, a probe first, or a
    /// value from another (the hosts of a rolling batch, or a step on every mirror).
    pub(super) fn fan_out_end(&self, plan: &Plan, i: usize) -> usize {
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
    pub(super) async fn fan_out(
        &mut self,
        plan: &Plan,
        range: std::ops::Range<usize>,
    ) -> Result<()> {
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
}
