//! Fan-out: the actions of one step on several hosts, run at once.

use super::*;

impl<T: Transport> Executor<'_, T> {
    /// The fan-out group that starts at action `i`: the following actions of the same step
    /// on other hosts, when none of them needs a question, a probe first, or a value from
    /// another (the hosts of a rolling batch, or a step on every mirror). Fewer than two:
    /// no group.
    pub(super) fn fan_out_group<'p>(&self, plan: &'p Plan, i: usize) -> Vec<(usize, &'p Remote)> {
        let grouped = |a: &'p Action| -> Option<&'p Remote> {
            let r = a.remote()?;
            let alone = r.unless.is_some()
                || r.capture.is_some()
                || r.note
                || (a.changes && !self.yes_to_all)
                || self.resume;
            (!alone).then_some(r)
        };
        let first = &plan.actions[i];
        let Some(r) = grouped(first) else { return Vec::new() };
        let mut group = vec![(i, r)];
        for (j, a) in plan.actions.iter().enumerate().skip(i + 1) {
            if a.step != first.step || a.kind() != first.kind() {
                break;
            }
            match grouped(a) {
                Some(r) if !group.iter().any(|(_, g)| g.host == r.host) => group.push((j, r)),
                _ => break,
            }
        }
        group
    }

    /// Run the actions of one step on several hosts at once (each host's output is shown
    /// as it arrives, prefixed with the host). Every host's result is recorded; the first
    /// failure, in plan order, stops the run after the group.
    pub(super) async fn fan_out(&mut self, plan: &Plan, group: &[(usize, &Remote)]) -> Result<()> {
        use crate::journal::ActionState as A;
        let total = plan.actions.len();
        let mut jobs = Vec::with_capacity(group.len());
        for &(i, r) in group {
            let a = &plan.actions[i];
            self.ui.header(a.number, total, a.label(), &r.host, &a.title);
            let command = self.sent_line(Some(&r.host), &r.command)?;
            self.ui.command(&command);
            jobs.push((r.host.clone(), command));
        }
        for &(i, _) in group {
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
        // The group's audit records go to disk together: one sync for the step, not one a host.
        self.audit.begin_batch();
        for ((&(i, r), result), (_, command)) in group.iter().zip(results).zip(jobs) {
            let a = &plan.actions[i];
            let state = match result {
                Ok(out) => self.settle(a, r, command, out, took),
                Err(e) => Err(self.lost(a, &r.host, &command, e, took)),
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
        let audited = self.audit.end_batch();
        self.journal_save()?;
        audited?;
        if let Some(e) = first_error {
            return Err(e);
        }
        let last = group.last().map_or(0, |(i, _)| *i);
        if signals::interrupted() {
            return Err(self.interrupted(plan, last));
        }
        Ok(())
    }
}
