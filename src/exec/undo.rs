//! Undo: after a failure, the changes made so far are offered for undoing, newest first.

use super::*;

impl<T: Transport> Executor<'_, T> {
    /// After a failure or interruption: if a step with an `undo` completed and no
    /// `no_return` step has started, offer the undo (in reverse order).
    pub(super) async fn offer_undo(&mut self, plan: &Plan) -> Result<()> {
        let started_no_return =
            plan.actions.iter().zip(&self.states).any(|(a, s)| a.no_return && *s != State::NotRun);
        // (the action, its host, its undo)
        let undoable: Vec<(&Action, &str, &str)> = plan
            .actions
            .iter()
            .zip(&self.states)
            .filter(|(_, s)| **s == State::Done)
            .filter_map(|(a, _)| {
                let r = a.remote()?;
                Some((a, r.host.as_str(), r.undo.as_deref()?))
            })
            .collect();
        if undoable.is_empty() {
            return Ok(());
        }
        if started_no_return {
            self.ui.warn("the run stopped after its point of no return: nothing is undone; see the state below");
            return Ok(());
        }
        for (action, host, undo) in undoable.into_iter().rev() {
            let undo = self.sent_line(Some(host), undo)?;
            let host = host.to_string();
            self.ui.warn(&format!(
                "step {} changed {host}; it can be undone with: {undo}",
                step_name(action)
            ));
            let yes = if self.ui.can_ask() {
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
            let (out, took) = self.run_remote(action, &host, &undo, true).await?;
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
}
