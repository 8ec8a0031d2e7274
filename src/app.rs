//! From parsed arguments to a result: load the inventory, turn the command into a runbook
//! and its parameters, resolve the plan, then print it (dry run) or execute it.

use std::path::Path;

use crate::cli::{self, Cli, Command, Format};
use crate::error::{Error, Result};
use crate::exec::{Executor, Options};
use crate::inventory::Inventory;
use crate::plan::{self, Plan};
use crate::runbook::Runbook;
use crate::terminal::Ui;
use crate::transport::SshTransport;

pub fn run(cli: Cli) -> Result<()> {
    run_with(cli, None)
}

/// Commands whose procedure is not a runbook cannot be planned ahead and applied.
fn plannable(c: &Command) -> bool {
    !matches!(
        c,
        Command::Completions { .. }
            | Command::Man
            | Command::Runbook(cli::RunbookCmd::List | cli::RunbookCmd::Show { .. })
            | Command::Replication(cli::Replication::Status)
            | Command::Check(_)
            | Command::Inventory(_)
            | Command::Mirrors(_)
            | Command::Lb(cli::Lb::Ban(cli::LbBan::List))
            | Command::Lb(cli::Lb::Rate(cli::LbRate::Show))
            | Command::Plan { .. }
            | Command::Apply { .. }
            | Command::Resume { .. }
            | Command::History
    )
}

/// `plan_out`: write a reviewed plan file instead of running (`hgmo-ctl plan ... --out F`).
fn run_with(cli: Cli, plan_out: Option<std::path::PathBuf>) -> Result<()> {
    let ui = Ui::new(cli.global.color, cli.global.verbose);
    if plan_out.is_some() && !plannable(&cli.command) {
        return Err(Error::Usage(
            "this command cannot be planned ahead: plan takes a procedure that changes something (restart-httpd, failover, read-only set, ...)".into(),
        ));
    }
    match &cli.command {
        Command::Plan { out, command } => {
            let inner = crate::reviewed::inner_cli(&cli, command)?;
            return run_with(inner, Some(out.clone()));
        }
        Command::Apply { file } => return crate::reviewed::apply(&cli, &ui, file),
        Command::Resume { id } => return resume(&cli, &ui, id.as_deref()),
        Command::History => return history(cli.global.format),
        Command::Completions { shell } => {
            out!("{}", crate::completions::script(*shell));
            return Ok(());
        }
        Command::Man => {
            out!("{}", crate::completions::man_page());
            return Ok(());
        }
        Command::Runbook(cmd @ (cli::RunbookCmd::List | cli::RunbookCmd::Show { .. })) => {
            return runbook_command(cmd, cli.global.format)
        }
        Command::Replication(cli::Replication::Status) => return replication_status(&cli, &ui),
        Command::Check(cli::Check::Zookeeper) => return check_zookeeper(&cli),
        Command::Lb(cli::Lb::Ban(cli::LbBan::List)) => return ban_list(&cli, &ui),
        Command::Lb(cli::Lb::Rate(cli::LbRate::Show)) => return rate_show(&cli, &ui),
        Command::Mirrors(cli::Mirrors::Verify { repos }) => {
            let repos: Vec<String> = repos.iter().map(|r| r.as_str().to_string()).collect();
            let path = cli.global.inventory.clone().unwrap_or_else(Inventory::default_path);
            let inventory = load_inventory(&path)?;
            let only = cli.global.hosts.as_deref();
            if cli.global.dry_run {
                let plan = crate::procedures::mirrors::plan(&inventory, only, &repos)?;
                out!("{}", render(&plan, cli.global.format));
                return Ok(());
            }
            let repair = runtime()?.block_on(crate::procedures::mirrors::verify(
                &inventory,
                &ui,
                only,
                repos,
                cli.global.format,
            ))?;
            let Some(r) = repair else { return Ok(()) };
            // Offered on a terminal only: --yes never turns a check into a change.
            if ui.can_ask() && !cli.global.yes && cli.global.format != crate::cli::Format::Json {
                let q = format!(
                    "Re-clone {} on {} now (hgmo-ctl reclone, host by host through the load balancer)?",
                    r.repos.join(" "),
                    r.hosts[1..].join(",")
                );
                if ui.confirm(&q) == crate::terminal::Answer::Yes {
                    let mut command = vec!["reclone".to_string()];
                    command.extend(r.repos.iter().cloned());
                    let mut inner = crate::reviewed::inner_cli(&cli, &command)?;
                    inner.global.hosts = Some(r.hosts.clone());
                    return run_with(inner, None);
                }
            }
            return Err(Error::Findings(r.summary));
        }
        Command::Inventory(cli::InventoryCmd::Import { from, out, check }) => {
            let r = crate::inventory::import::run(from, out.as_deref(), check.as_deref())?;
            out!("{}", r.stdout);
            for line in &r.stderr {
                ui.info(line);
            }
            return r.differs.map_or(Ok(()), |d| Err(Error::Findings(d)));
        }
        _ => {}
    }
    let Some(inv) = crate::commands::invocation(&cli.command)? else {
        unreachable!("every command that runs no runbook returned above")
    };

    let runbook = inv.runbook()?;
    // Validate repository arguments before the inventory is even read.
    for p in &runbook.params {
        if let (crate::runbook::ParamKind::Repo, Some(v)) = (p.kind, inv.params.get(&p.name)) {
            crate::quote::repo_name(v)?;
        }
    }
    let path = cli.global.inventory.clone().unwrap_or_else(Inventory::default_path);
    let inventory = load_inventory(&path)?;
    let mut inv = inv;
    if let Some(prepare) = inv.prepare {
        prepare(&mut inv, &inventory)?;
    }
    let run_id = crate::audit::new_run_id();
    let plan = plan::resolve(
        &runbook,
        plan::Request {
            inventory: &inventory,
            params: inv.params,
            only_hosts: match (&inv.only, &cli.global.hosts) {
                (Some(a), Some(b)) => Some(a.iter().filter(|h| b.contains(h)).cloned().collect()),
                (Some(a), None) => Some(a.clone()),
                (None, b) => b.clone(),
            },
            run_id: run_id.clone(),
        },
    )?;
    if cli.global.dry_run {
        let mut plan = plan;
        if let Some(note) = inv.dry_run_note {
            plan.assumptions.push(note(&plan));
        }
        if let Some(w) = &inventory.notify.webhook {
            plan.assumptions.push(format!(
                "notifications to {}: at the start \"{}\", at the end \"{}\" (or FAILED: <the error>)",
                crate::notify::redacted(w),
                crate::notify::start_text("<operator>", &plan.title, &plan.procedure, "<run>", &plan.targets.iter().map(|h| h.name.clone()).collect::<Vec<_>>()),
                crate::notify::end_text("<operator>", &plan.title, &plan.procedure, "<run>", &Ok(()))
            ));
        }
        if plan.changes() > 0 {
            if let Some(m) = inventory.expected_master() {
                plan.assumptions.push(format!(
                    "the run holds the lock {} on {m} while it runs (another operator's run is refused)",
                    inventory.paths.lock_file
                ));
            }
        }
        if let Some(note) = become_note(&plan, &inventory, cli.global.ask_become_pass) {
            plan.assumptions.push(note);
        }
        out!("{}", render(&plan, cli.global.format));
        return Ok(());
    }
    if let Some(out) = plan_out {
        return crate::reviewed::write(&cli, &ui, &plan, &inventory, &out);
    }
    execute(&cli, &ui, &plan, &inventory, run_id)
}

/// Run a resolved plan.
pub fn execute(
    cli: &Cli,
    ui: &Ui,
    plan: &Plan,
    inventory: &Inventory,
    run_id: String,
) -> Result<()> {
    let journal =
        crate::journal::Journal::new(plan, &run_id, &inventory.source.display().to_string());
    execute_with(cli, ui, plan, inventory, run_id, journal, false)
}

/// Run a plan with its journal; `resume` skips what the journal says is done.
pub fn execute_with(
    cli: &Cli,
    ui: &Ui,
    plan: &Plan,
    inventory: &Inventory,
    run_id: String,
    journal: crate::journal::Journal,
    resume: bool,
) -> Result<()> {
    crate::commands::before_run(plan)?;
    if cli.global.verbose {
        err!("{}", plan.render_text());
    }
    let notify = match &inventory.notify.webhook {
        Some(w) => Some(crate::notify::Notifier::new(w)?),
        None => None,
    };
    let lb = if plan.actions.iter().any(|a| a.kind().uses_lb()) {
        Some(crate::lb::Client::new(inventory, ui)?)
    } else {
        None
    };
    let runtime = runtime()?;
    runtime.block_on(async {
        let executor = Executor::new(
            SshTransport::new(inventory).with_become_password(become_password(cli)?),
            ui,
            Options {
                yes: cli.global.yes,
                run_id,
                lb,
                min_in_service: inventory.loadbalancer.min_in_service,
                lock: inventory
                    .expected_master()
                    .map(|m| (m.to_string(), inventory.paths.lock_file.clone())),
                break_lock: cli.global.break_lock,
                notify,
                journal: Some(journal),
                resume,
                become_method: inventory.ssh.become_method,
            },
        )?;
        executor.execute(plan).await
    })
}

/// For the dry run: how the plan's sudo lines reach their accounts.
fn become_note(plan: &Plan, inventory: &Inventory, ask: bool) -> Option<String> {
    if !plan.actions.iter().any(|a| a.uses_sudo()) {
        return None;
    }
    let login = match &inventory.ssh.user {
        Some(u) => format!("as {u}"),
        None => "as the account your ssh configuration names".into(),
    };
    let password = if ask {
        format!(
            "-K was given: on such a host the lines start with `{}` instead of `{}`, and the password goes to sudo's standard input (never to a command line, a log or the journal)",
            crate::privilege::WITH_PASSWORD.trim_end(),
            crate::privilege::NO_PASSWORD.trim_end()
        )
    } else {
        "without -K such a host stops the run there, before any change".into()
    };
    Some(format!(
        "you log in {login}; steps run as root or hg go through `sudo -n` ([ssh] become = \"{}\"); before the first step every host that runs one is checked with `{}` (is a password needed?); {password}",
        match inventory.ssh.become_method {
            crate::privilege::Become::Sudo => "sudo",
            crate::privilege::Become::None => "none",
        },
        crate::privilege::PROBE
    ))
}

/// `-K`: the sudo password, asked once per run on the terminal (no echo) and kept only in
/// memory; `None` without `-K`.
pub fn become_password(cli: &Cli) -> Result<Option<crate::privilege::Secret>> {
    use std::io::IsTerminal;
    static ASKED: std::sync::OnceLock<crate::privilege::Secret> = std::sync::OnceLock::new();
    if !cli.global.ask_become_pass || cli.global.dry_run {
        return Ok(None);
    }
    if let Some(s) = ASKED.get() {
        return Ok(Some(s.clone()));
    }
    if !std::io::stdin().is_terminal() {
        return Err(Error::Usage(
            "-K (--ask-become-pass) asks for the sudo password on a terminal, and standard input is not one".into(),
        ));
    }
    // A Ctrl-C at this prompt exits at once (130): nothing has happened yet.
    let answer = dialoguer::Password::new()
        .with_prompt("sudo password")
        .allow_empty_password(true)
        .interact();
    crate::terminal::restore_cursor();
    let password = answer.map_err(|e| Error::io("cannot read the sudo password", e.into()))?;
    if password.contains(['\n', '\r']) {
        return Err(Error::Usage("the sudo password cannot hold a line break".into()));
    }
    let secret = crate::privilege::Secret::new(password);
    Ok(Some(ASKED.get_or_init(|| secret).clone()))
}

fn history(format: Format) -> Result<()> {
    let all = crate::journal::Journal::all();
    if format == Format::Json {
        let v: Vec<_> = all
            .iter()
            .map(|j| serde_json::json!({"run": j.run_id, "started": j.started, "operator": j.operator, "procedure": j.plan.procedure, "progress": j.progress(), "outcome": j.outcome}))
            .collect();
        outln!("{}", serde_json::to_string_pretty(&v).expect("json"));
        return Ok(());
    }
    if all.is_empty() {
        errln!("no run yet ({})", crate::journal::runs_dir().display());
    }
    for j in all {
        outln!(
            "{:<28} {:<30} {:<16} {:<20} {:>7} {}",
            j.run_id,
            j.started,
            j.operator,
            j.plan.procedure,
            j.progress(),
            j.outcome
        );
    }
    Ok(())
}

/// Continue a run from its journal: completed actions are not repeated; the action that
/// was running is re-checked (or the operator is asked); the rest runs.
fn resume(cli: &Cli, ui: &Ui, id: Option<&str>) -> Result<()> {
    let journal = match id {
        Some(id) => crate::journal::Journal::load(id)?,
        None => crate::journal::Journal::all()
            .into_iter()
            .find(|j| j.outcome != "succeeded")
            .ok_or_else(|| {
                Error::Usage("no run to resume (every run in `hgmo-ctl history` succeeded)".into())
            })?,
    };
    if journal.outcome == "succeeded" {
        return Err(Error::Usage(format!("run {} succeeded: nothing to resume", journal.run_id)));
    }
    let path = cli.global.inventory.clone().unwrap_or_else(|| journal.inventory.clone().into());
    let inventory = load_inventory(&path)?;
    let stopped = journal
        .states
        .iter()
        .position(|s| {
            !matches!(s, crate::journal::ActionState::Done | crate::journal::ActionState::Skipped)
        })
        .map(|i| {
            format!(
                "step {} ({}) on {}",
                journal.plan.actions[i].number,
                journal.plan.actions[i].step,
                journal.plan.actions[i].host().unwrap_or("local")
            )
        })
        .unwrap_or_else(|| "after its last step".into());
    errln!(
        "hgmo-ctl: resuming run {} ({}, {} by {}, {}): it stopped at {stopped}",
        journal.run_id,
        journal.plan.procedure,
        journal.started,
        journal.operator,
        journal.outcome
    );
    let plan = journal.plan.clone();
    let run_id = journal.run_id.clone();
    execute_with(cli, ui, &plan, &inventory, run_id, journal, true)
}

fn check_zookeeper(cli: &Cli) -> Result<()> {
    let path = cli.global.inventory.clone().unwrap_or_else(Inventory::default_path);
    let inventory = load_inventory(&path)?;
    if cli.global.dry_run {
        let plan = crate::procedures::zookeeper::plan(&inventory, cli.global.hosts.as_deref())?;
        out!("{}", render(&plan, cli.global.format));
        return Ok(());
    }
    let runtime = runtime()?;
    let level = runtime.block_on(crate::procedures::zookeeper::check(
        &inventory,
        cli.global.hosts.as_deref(),
        cli.global.format,
    ))?;
    match level.code() {
        0 => Ok(()),
        code => Err(Error::Status { what: "check zookeeper", level: level.as_str(), code }),
    }
}

fn replication_status(cli: &Cli, ui: &Ui) -> Result<()> {
    let path = cli.global.inventory.clone().unwrap_or_else(Inventory::default_path);
    let inventory = load_inventory(&path)?;
    let checks = crate::procedures::replication::checks(&inventory, cli.global.hosts.as_deref())?;
    if cli.global.dry_run {
        out!(
            "{}",
            render(&crate::procedures::replication::plan(&inventory, &checks), cli.global.format)
        );
        return Ok(());
    }
    let runtime = runtime()?;
    let level = runtime.block_on(crate::procedures::replication::status(
        &inventory,
        ui,
        checks,
        cli.global.format,
    ))?;
    match level.code() {
        0 => Ok(()),
        code => Err(Error::Status { what: "replication status", level: level.as_str(), code }),
    }
}

/// The inventory, for the commands that exist only on the vTM (refused elsewhere before
/// anything is read).
fn vtm_inventory(cli: &Cli) -> Result<Inventory> {
    let path = cli.global.inventory.clone().unwrap_or_else(Inventory::default_path);
    let inventory = load_inventory(&path)?;
    match crate::lb::refuse_bans(inventory.loadbalancer.kind) {
        Some(refused) => Err(refused),
        None => Ok(inventory),
    }
}

/// With --dry-run, print the one read-only request a vTM command makes; true when it did.
fn dry_run_get(cli: &Cli, inventory: &Inventory, what: &str, resource: &str) -> bool {
    if cli.global.dry_run {
        let url = crate::lb::zeus::config_url(&inventory.loadbalancer, resource);
        out!("{what}: GET {url} (read-only; Authorization: Basic <redacted>)");
    }
    cli.global.dry_run
}

/// `lb ban list`: the vTM protection class's bans, with what hgmo-ctl noted about each;
/// exit 1 when one has expired (and say how to lift it).
fn ban_list(cli: &Cli, ui: &Ui) -> Result<()> {
    let inventory = vtm_inventory(cli)?;
    let class = crate::lb::zeus::protection_name(&inventory.loadbalancer);
    if dry_run_get(cli, &inventory, "lb ban list", &format!("protection/{class}")) {
        return Ok(());
    }
    let bans = runtime()?.block_on(async {
        let mut client = crate::lb::Client::new(&inventory, ui)?;
        client.bans().await
    })?;
    let now = std::time::SystemTime::now();
    let expired = |b: &crate::lb::Ban| {
        b.until.as_deref().and_then(|u| humantime::parse_rfc3339(u).ok()).is_some_and(|t| t <= now)
    };
    let gone: Vec<&str> = bans.iter().filter(|b| expired(b)).map(|b| b.address.as_str()).collect();
    if cli.global.format == Format::Json {
        let rows: Vec<serde_json::Value> = bans
            .iter()
            .map(|b| {
                serde_json::json!({"address": b.address, "until": b.until, "by": b.by,
                "reason": b.reason, "expired": expired(b)})
            })
            .collect();
        out!("{}", serde_json::json!({ "bans": rows }));
    } else {
        let rows: Vec<Vec<String>> = bans
            .iter()
            .map(|b| {
                vec![
                    b.address.clone(),
                    match (&b.until, expired(b)) {
                        (Some(u), true) => format!("{u} EXPIRED"),
                        (Some(u), false) => u.clone(),
                        (None, _) => "(none: not added by hgmo-ctl)".into(),
                    },
                    b.by.clone().unwrap_or_default(),
                    b.reason.clone().unwrap_or_default(),
                ]
            })
            .collect();
        if rows.is_empty() {
            ui.info("no banned address");
        } else {
            out!(
                "{}",
                crate::plan::render::table(
                    &["address", "until", "by", "reason"],
                    &rows,
                    cli.global.format == Format::Markdown
                )
                .trim_end()
            );
        }
    }
    if gone.is_empty() {
        return Ok(());
    }
    for a in &gone {
        ui.info(&format!("expired: hgmo-ctl lb ban remove {a}"));
    }
    Err(Error::Findings(format!("{} ban(s) expired", gone.len())))
}

/// `lb rate show`: the vTM rate class's limits.
fn rate_show(cli: &Cli, ui: &Ui) -> Result<()> {
    let inventory = vtm_inventory(cli)?;
    let class = crate::lb::zeus::rate_class_name(&inventory.loadbalancer);
    if dry_run_get(cli, &inventory, "lb rate show", &format!("rate/{class}")) {
        return Ok(());
    }
    let (per_minute, per_second) = runtime()?.block_on(async {
        let mut client = crate::lb::Client::new(&inventory, ui)?;
        client.rate().await
    })?;
    if cli.global.format == Format::Json {
        out!(
            "{}",
            serde_json::json!({"rate_class": class, "max_rate_per_minute": per_minute,
                "max_rate_per_second": per_second})
        );
    } else {
        let show = |n: u64| if n == 0 { "no limit".to_string() } else { n.to_string() };
        out!("{class}: per minute {}, per second {}", show(per_minute), show(per_second));
    }
    Ok(())
}

/// The async runtime the SSH and HTTP clients run on (two workers: a signal or a slow
/// host never starves the rest).
pub fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| Error::io("cannot start the async runtime", e))
}

fn load_inventory(path: &Path) -> Result<Inventory> {
    if !path.exists() {
        return Err(Error::Usage(format!(
            "no inventory at {}: pass -i PATH, set HGMO_CTL_INVENTORY, or copy examples/inventory.toml there",
            path.display()
        )));
    }
    Inventory::load(path)
}

pub fn render(plan: &Plan, format: Format) -> String {
    match format {
        Format::Text => plan.render_text(),
        Format::Markdown => plan.render_markdown(),
        Format::Json => plan.render_json() + "\n",
    }
}

fn runbook_command(cmd: &cli::RunbookCmd, format: Format) -> Result<()> {
    match cmd {
        cli::RunbookCmd::List => {
            let all = Runbook::all()?;
            if format == Format::Json {
                let v: Vec<_> = all
                    .iter()
                    .map(|r| serde_json::json!({"name": r.name, "title": r.title, "usage": r.usage, "guide": r.guide}))
                    .collect();
                outln!("{}", serde_json::to_string_pretty(&v).expect("json"));
                return Ok(());
            }
            let width = all.iter().map(|r| r.name.len()).max().unwrap_or(0);
            for r in all {
                outln!("{:width$}  {}", r.name, r.title);
            }
            Ok(())
        }
        cli::RunbookCmd::Run { .. } => unreachable!("runbook run is an invocation"),
        cli::RunbookCmd::Show { name } => {
            let r = Runbook::load(name)?;
            match format {
                Format::Json => outln!("{}", serde_json::to_string_pretty(&r).expect("json")),
                Format::Text | Format::Markdown => out!("{}", show_runbook(&r)),
            }
            Ok(())
        }
    }
}

fn show_runbook(r: &Runbook) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let _ = writeln!(s, "{} — {}", r.name, r.title);
    let _ = writeln!(s, "Usage: {}", r.usage);
    let _ = writeln!(s, "Guide section: {}\n", r.guide);
    let _ = writeln!(s, "{}\n", r.purpose.trim());
    if !r.params.is_empty() {
        let _ = writeln!(s, "Parameters:");
        for p in &r.params {
            let opt = if p.default.is_some() { " (optional)" } else { "" };
            let _ = writeln!(s, "  {}{opt}: {}", p.name, p.description);
        }
        s.push('\n');
    }
    let _ = writeln!(s, "Steps:");
    for (i, st) in r.steps.iter().enumerate() {
        let on = st.on.map(|t| format!("{t:?}").to_lowercase()).unwrap_or_else(|| "local".into());
        let account = match (&st.run_as, st.kind) {
            (Some(a), _) => format!(" as {a}"),
            (None, crate::runbook::StepKind::Local) => String::new(),
            (None, _) if st.command.is_empty() => String::new(),
            (None, _) => " as the login account".into(),
        };
        let _ = writeln!(s, "  {}. [{:?}] on {on}{account}: {}", i + 1, st.kind, st.title);
        if !st.command.is_empty() {
            let _ = writeln!(s, "       $ {}", st.command.join(" ").replace('\n', "\n         "));
        }
        if !st.unless.is_empty() {
            let _ = writeln!(s, "       skipped if: {}", st.unless.join(" "));
        }
    }
    s
}
