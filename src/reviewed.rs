//! Reviewed plans: `plan ... --out FILE` connects read-only, runs every read-only step the
//! procedure runs before its first change (preconditions, reads, checks, the load balancer
//! preflight), and writes the plan with the live facts it found and a content hash, plus a
//! Markdown rendering for the change-advisory board. `apply FILE` executes exactly that plan,
//! and refuses (exit 3) if the file, the inventory or the runbook changed since, or if the
//! same read-only steps now find something different; it says which.

use std::path::Path;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::cli::Cli;
use crate::error::{Error, Result};
use crate::exec::{Executor, Fact, Options};
use crate::inventory::Inventory;
use crate::plan::Plan;
use crate::terminal::Ui;
use crate::transport::SshTransport;

#[derive(Debug, Serialize, Deserialize)]
pub struct Body {
    pub format: u32,
    pub created: String,
    pub operator: String,
    pub inventory: String,
    pub inventory_sha256: String,
    pub runbook: String,
    pub runbook_sha256: String,
    pub plan: Plan,
    pub facts: Vec<Fact>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct File {
    #[serde(flatten)]
    pub body: Body,
    /// SHA-256 of the body as written (canonical JSON, without this field).
    pub sha256: String,
}

fn sha(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

fn runbook_sha(name: &str) -> Option<String> {
    crate::runbook::EMBEDDED.iter().find(|(n, _)| *n == name).map(|(_, t)| sha(t.as_bytes()))
}

fn body_sha(body: &Body) -> String {
    sha(serde_json::to_string(body).expect("plans serialise").as_bytes())
}

/// The procedure inside `plan --out F -- COMMAND...`, with the outer global options.
pub fn inner_cli(outer: &Cli, command: &[String]) -> Result<Cli> {
    use clap::Parser;
    let mut inner =
        Cli::try_parse_from(std::iter::once("hgmo-ctl".to_string()).chain(command.iter().cloned()))
            .map_err(|e| Error::Usage(format!("plan: {}", e.to_string().trim())))?;
    let g = &outer.global;
    inner.global.inventory = g.inventory.clone().or(inner.global.inventory);
    inner.global.hosts = g.hosts.clone().or(inner.global.hosts);
    inner.global.verbose |= g.verbose;
    inner.global.ask_become_pass |= g.ask_become_pass;
    inner.global.color = g.color;
    inner.global.format = g.format;
    inner.global.dry_run = false;
    Ok(inner)
}

fn facts(cli: &Cli, ui: &Ui, plan: &Plan, inventory: &Inventory) -> Result<Vec<Fact>> {
    let lb = if plan.actions.iter().any(|a| a.kind().uses_lb()) {
        Some(crate::lb::Client::new(inventory, ui)?)
    } else {
        None
    };
    let quiet = Ui { quiet: true, ..ui.clone() };
    crate::app::runtime()?.block_on(async {
        let executor = Executor::new(
            SshTransport::new(inventory).with_become_password(crate::app::become_password(cli)?),
            &quiet,
            Options {
                yes: true,
                run_id: "facts".into(),
                lb,
                min_in_service: inventory.loadbalancer.min_in_service,
                lock: None,
                break_lock: false,
                notify: None,
                journal: None,
                resume: false,
                become_method: inventory.ssh.become_method,
            },
        )?;
        executor.facts(plan).await
    })
}

pub fn write(cli: &Cli, ui: &Ui, plan: &Plan, inventory: &Inventory, out: &Path) -> Result<()> {
    let inventory_text = std::fs::read(&inventory.source)
        .map_err(|e| Error::io(format!("cannot read {}", inventory.source.display()), e))?;
    errln!("hgmo-ctl: reading the live state for {} (read-only)", plan.procedure);
    let facts = facts(cli, ui, plan, inventory)?;
    let body = Body {
        format: 1,
        created: crate::audit::now_rfc3339(),
        operator: crate::audit::operator(),
        inventory: inventory.source.display().to_string(),
        inventory_sha256: sha(&inventory_text),
        runbook: plan.procedure.clone(),
        runbook_sha256: runbook_sha(&plan.procedure).unwrap_or_default(),
        plan: plan.clone(),
        facts,
    };
    let file = File { sha256: body_sha(&body), body };
    let json = serde_json::to_string_pretty(&file).expect("plans serialise") + "\n";
    let mut md = plan.render_markdown();
    md.push_str(&format!(
        "\n## Live state when planned\n\nRead on {} by {}; `hgmo-ctl apply` refuses if any of this differs.\n\n",
        file.body.created, file.body.operator
    ));
    for f in &file.body.facts {
        md.push_str(&format!(
            "- step {} on `{}`: exit {}\n\n  ```\n",
            f.step,
            f.host,
            f.status.map_or("-".into(), |s| s.to_string())
        ));
        for l in f.output.lines() {
            md.push_str(&format!("  {l}\n"));
        }
        md.push_str("  ```\n");
    }
    md.push_str(&format!("\nPlan file `{}`, SHA-256 `{}`.\n", out.display(), file.sha256));
    let md_path = out.with_extension(format!(
        "{}md",
        out.extension().map(|e| format!("{}.", e.to_string_lossy())).unwrap_or_default()
    ));
    std::fs::write(out, json)
        .map_err(|e| Error::io(format!("cannot write {}", out.display()), e))?;
    std::fs::write(&md_path, md)
        .map_err(|e| Error::io(format!("cannot write {}", md_path.display()), e))?;
    let _ = cli;
    errln!(
        "hgmo-ctl: wrote {} ({} steps, {} read-only facts) and {}; run it with: hgmo-ctl apply {}",
        out.display(),
        plan.actions.len(),
        file.body.facts.len(),
        md_path.display(),
        out.display()
    );
    Ok(())
}

pub fn apply(cli: &Cli, ui: &Ui, path: &Path) -> Result<()> {
    let refuse = |m: String| Error::Precondition {
        host: "the plan file".into(),
        step: "apply".into(),
        message: m,
    };
    let text = std::fs::read_to_string(path)
        .map_err(|e| Error::io(format!("cannot read {}", path.display()), e))?;
    let file: File = serde_json::from_str(&text)
        .map_err(|e| Error::Usage(format!("{} is not a plan file: {e}", path.display())))?;
    if body_sha(&file.body) != file.sha256 {
        return Err(refuse(format!(
            "{} was changed after it was written (its SHA-256 does not match)",
            path.display()
        )));
    }
    let body = file.body;
    let inv_path = cli.global.inventory.clone().unwrap_or_else(|| body.inventory.clone().into());
    let inv_text = std::fs::read(&inv_path)
        .map_err(|e| Error::io(format!("cannot read {}", inv_path.display()), e))?;
    if sha(&inv_text) != body.inventory_sha256 {
        return Err(refuse(format!(
            "the inventory {} changed since the plan was made",
            inv_path.display()
        )));
    }
    if runbook_sha(&body.runbook).as_deref() != Some(body.runbook_sha256.as_str()) {
        return Err(refuse(format!(
            "the runbook {} of this hgmo-ctl differs from the one the plan was made with",
            body.runbook
        )));
    }
    let inventory = Inventory::load(&inv_path)?;
    errln!("hgmo-ctl: checking that the live state is still what was planned (read-only)");
    let now = facts(cli, ui, &body.plan, &inventory).map_err(|e| match e {
        Error::Precondition { host, step, message } => Error::Precondition {
            host,
            step,
            message: format!("the live state changed since the plan was made: {message}"),
        },
        other => other,
    })?;
    let mut diffs = Vec::new();
    for (was, is) in body.facts.iter().zip(&now) {
        if was.output != is.output || was.status != is.status {
            diffs.push(format!(
                "step {} on {}: planned with {:?}, now {:?}",
                was.step,
                was.host,
                was.output.trim(),
                is.output.trim()
            ));
        }
    }
    if body.facts.len() != now.len() {
        diffs.push(format!("{} facts were recorded, {} read now", body.facts.len(), now.len()));
    }
    if !diffs.is_empty() {
        return Err(refuse(format!(
            "the live state changed since the plan was made:\n  {}",
            diffs.join("\n  ")
        )));
    }
    crate::app::execute(cli, ui, &body.plan, &inventory, crate::audit::new_run_id())
}
