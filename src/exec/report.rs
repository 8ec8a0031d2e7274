//! The report after a failure (where every action and host stands) and the incident note.

use super::*;

impl<T: Transport> Executor<'_, T> {
    /// Where every action stands, and for load balancer runs every host, after a failure,
    /// an interruption or findings.
    pub(super) async fn report(&mut self, plan: &Plan) {
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
            errln!("  {:>3}. {:<28} {:<24} {}", a.number, s, a.host().unwrap_or("local"), a.title);
        }
        if !plan.actions.iter().any(|a| a.kind().uses_lb()) {
            return;
        }
        let pool = match self.lb.as_mut() {
            Some(c) => c.pool().await.ok().flatten(),
            None => None,
        };
        errln!("\nHosts:");
        let mut seen: Vec<&str> = Vec::new();
        for (host, node) in plan.actions.iter().filter_map(|a| Some((a.host()?, a.node()?))) {
            if seen.contains(&host) {
                continue;
            }
            seen.push(host);
            let last = plan
                .actions
                .iter()
                .zip(&self.states)
                .rfind(|(b, s)| b.host() == Some(host) && **s != State::NotRun)
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

    /// A resumed run that stopped before its first step (no connection, no sudo, the lock):
    /// this attempt changed nothing, and the run stands where the journal says. Said with
    /// every action's state, as after any other failure, so that the operator is not left
    /// with a bare connection error about a run that has already changed hosts.
    pub(super) fn report_unchanged_resume(&self, plan: &Plan) {
        use crate::journal::ActionState as A;
        let Some(j) = self.journal.as_ref().filter(|_| self.resume) else { return };
        if j.states.iter().all(|s| *s == A::Pending) {
            return;
        }
        errln!(
            "\nState of the run {} (unchanged: this attempt stopped before its first step; `hgmo-ctl resume` continues it):",
            self.run_id
        );
        for (a, s) in plan.actions.iter().zip(&j.states) {
            let s = match s {
                A::Pending => "not run",
                A::Started => "STARTED (effect unknown)",
                A::Done if a.changes => "done (changed)",
                A::Done => "done",
                A::Skipped => "skipped (already in place)",
                A::Failed => "FAILED",
            };
            errln!("  {:>3}. {:<28} {:<24} {}", a.number, s, a.host().unwrap_or("local"), a.title);
        }
    }

    /// The incident note: what was done where, with the outputs kept by `note` steps, for
    /// the bug report the guide asks for. Owner-only, under the state folder.
    pub(super) fn write_note(
        &self,
        plan: &Plan,
        result: &Result<()>,
    ) -> std::io::Result<std::path::PathBuf> {
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
}
