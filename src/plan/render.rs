//! A plan as text (the terminal), Markdown (a change-advisory review) and JSON: the one
//! renderer of every command's plan.

use std::fmt::Write as _;

use super::{Plan, Poll, What};
use crate::quote;

impl Plan {
    pub fn render_text(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "Plan: {} ({})", self.title, self.procedure);
        let _ = writeln!(s, "Guide section: {}", self.guide);
        let _ = writeln!(s, "Inventory: {}", self.inventory);
        if !self.params.is_empty() {
            let ps: Vec<String> =
                self.params.iter().map(|(k, v)| format!("{k}={}", quote::quote(v))).collect();
            let _ = writeln!(s, "Parameters: {}", ps.join(" "));
        }
        let hosts: Vec<String> = self
            .targets
            .iter()
            .map(|h| format!("{} ({}, ssh {})", h.name, h.roles.join("+"), h.ssh))
            .collect();
        let _ = writeln!(s, "Targets: {}", hosts.join(", "));
        for a in &self.assumptions {
            let _ = writeln!(s, "Note: {a}");
        }
        let _ = writeln!(
            s,
            "{} steps, {} of them change something (each asks for confirmation)\n",
            self.actions.len(),
            self.changes()
        );
        for a in &self.actions {
            let host = a.host().unwrap_or("local");
            let _ = writeln!(s, "{:>3}. [{}] {}: {}", a.number, a.label(), host, a.title);
            if let Some(c) = a.command() {
                let _ = writeln!(s, "       $ {c}");
            }
            if let What::LbDrain(l)
            | What::LbDisable(l)
            | What::LbEnable(l)
            | What::LbJoin(l)
            | What::LbLeave(l) = &a.what
            {
                let _ = writeln!(s, "       {}", l.lb);
            }
            if let What::LbBan(b) | What::LbUnban(b) = &a.what {
                let _ = writeln!(s, "       {}", b.lb);
            }
            if let What::LbRate(r) = &a.what {
                let _ = writeln!(s, "       {}", r.lb);
            }
            if let Some(u) = a.unless() {
                let _ = writeln!(s, "       skipped if: {u}");
            }
            if let What::Poll(Poll { min_wait: Some(m), since: Some(since), .. }) = &a.what {
                let _ = writeln!(s, "       and at least {m}s after step {since} (countdown)");
            }
            if let Some(u) = a.undo() {
                let _ = writeln!(
                    s,
                    "       undo (offered if the run stops before the point of no return): {u}"
                );
            }
            if a.no_return {
                let _ = writeln!(s, "       point of no return: from here on nothing is undone");
            }
            if let What::ConfirmName(c) = &a.what {
                let _ = writeln!(s, "       the operator types: {}", c.expect);
            }
            if let Some(sec) = a.seconds() {
                let _ = writeln!(s, "       for up to {sec}s");
            }
            if let What::LbCheck(c) = &a.what {
                if !c.batches.is_empty() {
                    let b: Vec<String> = c.batches.iter().map(|b| b.join("+")).collect();
                    let _ = writeln!(s, "       batches: {}", b.join(", "));
                }
            }
            if let Some(m) = &a.message {
                let _ = writeln!(s, "       if it fails: {m}");
            }
            if let Some(f) = &a.on_failure {
                let _ = writeln!(s, "       on failure: {f}");
            }
        }
        s
    }

    pub fn render_markdown(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "# {}\n", self.title);
        let _ = writeln!(
            s,
            "Procedure `{}`, from the operational guide section \"{}\". Inventory `{}`.\n",
            self.procedure, self.guide, self.inventory
        );
        let _ = writeln!(s, "## Purpose\n\n{}\n", self.purpose.trim());
        let _ = writeln!(s, "## Parameters\n");
        if self.params.is_empty() {
            let _ = writeln!(s, "None.\n");
        } else {
            let _ = writeln!(s, "| parameter | value |\n|---|---|");
            for (k, v) in &self.params {
                let _ = writeln!(s, "| {k} | `{}` |", v.replace('|', "\\|").replace('\n', " "));
            }
            s.push('\n');
        }
        let _ = writeln!(s, "## Target hosts\n\n| host | roles | ssh |\n|---|---|---|");
        for h in &self.targets {
            let _ = writeln!(s, "| {} | {} | `{}` |", h.name, h.roles.join(", "), h.ssh);
        }
        s.push('\n');
        if !self.assumptions.is_empty() {
            let _ = writeln!(s, "## Assumptions\n");
            for a in &self.assumptions {
                let _ = writeln!(s, "- {a}");
            }
            s.push('\n');
        }
        let _ = writeln!(
            s,
            "## Steps\n\n{} steps; {} change something and are confirmed one by one by the operator. \
             Read-only steps (preconditions, reads, checks) do not ask.\n",
            self.actions.len(),
            self.changes()
        );
        for a in &self.actions {
            let host = a.host().unwrap_or("operator's machine");
            let _ = writeln!(s, "{}. **{}** on `{host}` ({})", a.number, a.title, a.label());
            if let Some(c) = a.command() {
                let _ = writeln!(s, "\n   ```sh\n   {c}\n   ```");
            }
            if let What::LbDrain(l)
            | What::LbDisable(l)
            | What::LbEnable(l)
            | What::LbJoin(l)
            | What::LbLeave(l) = &a.what
            {
                let _ = writeln!(s, "\n   ```http\n   {}\n   ```", l.lb);
            }
            if let What::LbBan(b) | What::LbUnban(b) = &a.what {
                let _ = writeln!(s, "\n   ```http\n   {}\n   ```", b.lb);
            }
            if let What::LbRate(r) = &a.what {
                let _ = writeln!(s, "\n   ```http\n   {}\n   ```", r.lb);
            }
            if let What::WaitDrained(w) = &a.what {
                let _ = writeln!(
                    s,
                    "\n   Done after {} quiet readings in a row, one every {} ms: no request in flight at the load balancer and `BusyWorkers - 1 = 0` on the host. Up to {}s.",
                    w.quiet.unwrap_or(3),
                    w.interval_ms.unwrap_or(1000),
                    w.seconds
                );
            }
            if let Some(u) = a.unless() {
                let _ = writeln!(s, "\n   Skipped when `{u}` succeeds.");
            }
            if let What::Poll(Poll { min_wait: Some(m), since: Some(since), .. }) = &a.what {
                let _ = writeln!(
                    s,
                    "\n   Also waits until at least {m}s have passed since step `{since}`."
                );
            }
            if let Some(u) = a.undo() {
                let _ = writeln!(
                    s,
                    "\n   Undo, offered if the run stops before the point of no return: `{u}`"
                );
            }
            if a.no_return {
                let _ = writeln!(s, "\n   **Point of no return**: if anything fails from here, the run reports the exact state and undoes nothing.");
            }
            if let What::ConfirmName(c) = &a.what {
                let _ = writeln!(s, "\n   The operator must type `{}` to go on.", c.expect);
            }
            if let Some(m) = &a.message {
                let _ = writeln!(s, "\n   If it fails: {m}");
            }
            if let Some(f) = &a.on_failure {
                let _ = writeln!(s, "\n   If this step fails: {f}");
            }
            s.push('\n');
        }
        let _ = writeln!(
            s,
            "## If a step fails\n\nThe run stops at the failing step and names the host, the step and \
             the command; nothing after it runs. Steps before it are recorded in the audit log. Follow \
             the step's own instructions above, then run the procedure again: read-only steps are \
             repeated and changes that are already in place are skipped or harmless to repeat."
        );
        s
    }

    pub fn render_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a plan always serialises")
    }
}

/// A table for the read-only commands: aligned columns (two spaces apart, no trailing
/// blanks), or a Markdown table.
pub fn table(head: &[&str], rows: &[Vec<String>], markdown: bool) -> String {
    use std::fmt::Write as _;
    let mut s = String::new();
    if markdown {
        let _ = writeln!(s, "| {} |\n|{}", head.join(" | "), "---|".repeat(head.len()));
        for r in rows {
            let _ = writeln!(s, "| {} |", r.join(" | "));
        }
        return s;
    }
    let widths: Vec<usize> = (0..head.len())
        .map(|i| rows.iter().map(|r| r[i].len()).chain([head[i].len()]).max().unwrap_or(0))
        .collect();
    let line = |cells: &mut dyn Iterator<Item = &str>| -> String {
        let l = cells.zip(&widths).map(|(c, w)| format!("{c:<w$}")).collect::<Vec<_>>().join("  ");
        l.trim_end().to_string()
    };
    let _ = writeln!(s, "{}", line(&mut head.iter().copied()));
    for r in rows {
        let _ = writeln!(s, "{}", line(&mut r.iter().map(String::as_str)));
    }
    s
}
