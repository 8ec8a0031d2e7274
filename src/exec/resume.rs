//! The journal and `resume`: each action's state recorded before and after it runs, and
//! what an interrupted run's journal says about each action.

use super::*;

impl<T: Transport> Executor<'_, T> {
    /// Record an action's state in the journal (fsynced) before and after it runs.
    pub(super) fn journal_state(
        &mut self,
        i: usize,
        state: crate::journal::ActionState,
    ) -> Result<()> {
        self.journal_set(i, state);
        self.journal_save()
    }

    /// An action that ended without error (done, skipped or a finding): its state, its
    /// journal entry (written by the next `journal_save`) and its time for `since` waits.
    pub(super) fn finished(&mut self, i: usize, action: &Action, state: State) {
        use crate::journal::ActionState as A;
        self.states[i] = state;
        self.journal_set(i, if state == State::Skipped { A::Skipped } else { A::Done });
        self.completed.insert(action.step.clone(), Instant::now());
    }

    /// Record an action's state in the journal without writing it yet (see `journal_save`).
    pub(super) fn journal_set(&mut self, i: usize, state: crate::journal::ActionState) {
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

    pub(super) fn journal_save(&mut self) -> Result<()> {
        let Some(j) = &mut self.journal else { return Ok(()) };
        j.captures = self.captures.clone();
        j.kept = self.kept.clone();
        j.save()
    }

    /// On resume: what the journal says about action `i`. `Some(state)` when it is not to run
    /// again; `None` when it runs (again).
    pub(super) fn resumed(&mut self, i: usize, action: &Action) -> Result<Option<State>> {
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
                    || action.idempotent()
                    || matches!(
                        action.what,
                        What::LbDrain(_)
                            | What::LbDisable(_)
                            | What::LbEnable(_)
                            | What::LbBan(_)
                            | What::LbUnban(_)
                            | What::LbRate(_)
                            | What::LbJoin(_)
                            | What::LbLeave(_)
                    )
                    || action.unless().is_some()
                    || action.kind() == StepKind::ConfirmName;
                if safe {
                    self.ui.info(if action.idempotent() {
                        "interrupted here: running it again (running it twice does no harm)"
                    } else {
                        "interrupted here: running it again (it checks the real state first)"
                    });
                    return Ok(None);
                }
                self.ui.warn(&format!(
                    "this step was running when the run stopped; whether it took effect on {} cannot be told from here",
                    action.host().unwrap_or("local")
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
}
