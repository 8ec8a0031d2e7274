//! From parsed arguments to a result: load the inventory, turn the command into a runbook
//! and its parameters, resolve the plan, then print it (dry run) or execute it.

use std::path::Path;

use indexmap::IndexMap;

use crate::cli::{self, Cli, Command, Format};
use crate::error::{Error, Result};
use crate::exec::{Executor, Options};
use crate::inventory::Inventory;
use crate::plan::{self, Plan};
use crate::runbook::Runbook;
use crate::terminal::Ui;
use crate::transport::SshTransport;

/// A procedure to run: the runbook's name and the operator's parameters.
struct Invocation {
    runbook: &'static str,
    /// A site's own runbook, read from a file (`runbook run FILE`).
    file: Option<Runbook>,
    params: IndexMap<String, String>,
    /// Hosts the command itself limits the run to (`--host`), on top of `--hosts`.
    only: Option<Vec<String>>,
}

fn invocation(runbook: &'static str, params: &[(&str, Option<&String>)]) -> Invocation {
    Invocation {
        runbook,
        params: params.iter().filter_map(|(k, v)| v.map(|v| (k.to_string(), v.clone()))).collect(),
        only: None,
        file: None,
    }
}

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
            | Command::Hooks(_)
            | Command::Check(_)
            | Command::Plan { .. }
            | Command::Apply { .. }
            | Command::Resume { .. }
            | Command::History
    )
}

/// `plan_out`: write a reviewed plan file instead of running (`hgmo-ctl plan ... --out F`).
fn run_with(cli: Cli, plan_out: Option<std::path::PathBuf>) -> Result<()> {
    let ui = Ui::new(cli.global.color, cli.global.verbose);
    use cli::{Fncache, ReadOnly, Replicate};
    if plan_out.is_some() && !plannable(&cli.command) {
        return Err(Error::Usage(
            "this command cannot be planned ahead: plan takes a procedure that changes something (restart-httpd, failover, read-only set, ...)".into(),
        ));
    }
    let inv = match &cli.command {
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
        Command::Runbook(cli::RunbookCmd::Run { file, params }) => {
            let runbook = Runbook::from_file(file)?;
            let mut i = invocation("", &[]);
            for p in params {
                let (k, v) = p
                    .split_once('=')
                    .ok_or_else(|| Error::Usage(format!("--param {p:?}: expected NAME=VALUE")))?;
                if !runbook.params.iter().any(|d| d.name == k) {
                    return Err(Error::Usage(format!(
                        "--param {k:?}: runbook {} has no such parameter{}",
                        runbook.name,
                        if runbook.params.is_empty() {
                            String::new()
                        } else {
                            format!(
                                " (it takes {})",
                                runbook
                                    .params
                                    .iter()
                                    .map(|d| d.name.as_str())
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            )
                        }
                    )));
                }
                i.params.insert(k.to_string(), v.to_string());
            }
            i.file = Some(runbook);
            i
        }
        Command::Runbook(cmd) => return runbook_command(cmd, cli.global.format),
        Command::ReadOnly(ReadOnly::Set { target, reason }) => match (&target.repo, target.all) {
            (Some(repo), _) => {
                invocation("read-only-set", &[("repo", Some(repo)), ("reason", reason.as_ref())])
            }
            (None, _) => invocation("read-only-set-all", &[("reason", reason.as_ref())]),
        },
        Command::ReadOnly(ReadOnly::Clear { target }) => match &target.repo {
            Some(repo) => invocation("read-only-clear", &[("repo", Some(repo))]),
            None => invocation("read-only-clear-all", &[]),
        },
        Command::ReadOnly(ReadOnly::Status { repo }) => {
            invocation("read-only-status", &[("repo", repo.as_ref())])
        }
        Command::Fncache(Fncache::Check { repo, path }) => {
            invocation("fncache-check", &[("repo", Some(repo)), ("path", Some(path))])
        }
        Command::Fncache(Fncache::Rebuild { repo }) => {
            invocation("fncache-rebuild", &[("repo", Some(repo))])
        }
        Command::Replicate(Replicate::Hgrc { repo }) => {
            invocation("replicate-hgrc", &[("repo", Some(repo))])
        }
        Command::Replicate(Replicate::Sync { repo }) => {
            invocation("replicate-sync", &[("repo", Some(repo))])
        }
        Command::RestartHttpd { batch, drain } => {
            let mut i = invocation("restart-httpd", &[]);
            i.params.insert("batch".into(), batch.to_string());
            drain_params(&mut i, drain);
            i
        }
        Command::Reclone { repos, repo_file, batch, drain } => {
            let list = match repo_file {
                Some(f) => read_repo_file(f)?,
                None => repos.clone(),
            };
            for r in &list {
                crate::quote::repo_name(r)?;
            }
            let mut i = invocation("reclone", &[]);
            i.params.insert("repos".into(), list.join("\n"));
            i.params.insert("batch".into(), batch.to_string());
            drain_params(&mut i, drain);
            i
        }
        Command::RetireRepo { repo, via_replication, confirm } => {
            crate::quote::repo_name(repo)?;
            if repo.starts_with("users/") {
                return Err(Error::Usage(format!(
                    "{repo} is a user repository: users delete their own repositories (ssh hg.mozilla.org edit), it is not retired"
                )));
            }
            let parent = match repo.rsplit_once('/') {
                Some((p, _)) => p.to_string(),
                None => ".".to_string(),
            };
            let mode = if *via_replication { "replication" } else { "delete" };
            let mut i =
                invocation("retire-repo", &[("repo", Some(repo)), ("confirm", confirm.as_ref())]);
            i.params.insert("parent".into(), parent);
            i.params.insert("mode".into(), mode.into());
            i
        }
        Command::MergeTryHeads { base, workdir, batch } => {
            if base.is_empty() || base.chars().any(|c| c.is_control()) {
                return Err(Error::Usage(format!("--base {base:?} is not a revision")));
            }
            let mut i = invocation("merge-try-heads", &[("base", Some(base))]);
            let dir = workdir.clone().unwrap_or_else(|| cache_dir().join("try"));
            let dir = if dir.is_relative() {
                std::env::current_dir().map_err(|e| Error::io("current directory", e))?.join(dir)
            } else {
                dir
            };
            i.params.insert("workdir".into(), dir.display().to_string());
            i.params.insert("batch".into(), batch.to_string());
            i
        }
        Command::Failover { to, from, wait } => {
            let mut i = invocation("failover", &[("to", Some(to)), ("from", from.as_ref())]);
            if let Some(w) = wait {
                i.params.insert("wait".into(), w.to_string());
            }
            i
        }
        Command::Hooks(cli::Hooks::Edit { repo }) => return hooks_edit(&cli, &ui, repo),
        Command::Replication(cli::Replication::Status) => {
            return replication_status(&cli, &ui);
        }
        Command::Replication(cli::Replication::Dump { host, partition }) => {
            let mut i = invocation("replication-dump", &[]);
            i.params.insert("partition".into(), partition.to_string());
            i.only = Some(vec![host.clone()]);
            i
        }
        Command::Replication(cli::Replication::Skip { host, partition, count, .. }) => {
            let mut i = invocation("replication-skip", &[]);
            i.params.insert("partition".into(), partition.to_string());
            i.params.insert("count".into(), count.to_string());
            i.only = host.clone().map(|h| vec![h]);
            i
        }
        Command::Notifier(cli::Notifier::Skip { which }) => {
            invocation("notifier-skip", &[("which", Some(which))])
        }
        Command::Aggregator(cli::Aggregator::Groups { action }) => {
            let name =
                if action == "sync" { "aggregator-groups-sync" } else { "aggregator-groups-show" };
            invocation(name, &[])
        }
        Command::Aggregator(cli::Aggregator::Restart { pending }) => {
            let mut i = invocation("aggregator-restart", &[]);
            if *pending {
                i.params.insert("unit".into(), "pushdataaggregator-pending".into());
            }
            i
        }
        Command::Bundles(cli::Bundles::Restore { repo, pause_generation }) => {
            let mut i = invocation("bundles-restore", &[("repo", Some(repo))]);
            i.params.insert("pause_generation".into(), pause_generation.to_string());
            i
        }
        Command::Bundles(cli::Bundles::Drop { repo, spec, confirm, pause_generation }) => {
            let mut i = invocation(
                "bundles-drop",
                &[("repo", Some(repo)), ("spec", Some(spec)), ("confirm", confirm.as_ref())],
            );
            i.params.insert("pause_generation".into(), pause_generation.to_string());
            i
        }
        Command::Strip { repo, rev } => {
            invocation("strip", &[("repo", Some(repo)), ("rev", Some(rev))])
        }
        Command::Services(cli::Services::Status) => invocation("services-status", &[]),
        Command::Check(cli::Check::Zookeeper) => return check_zookeeper(&cli),
        Command::Kafka(cli::Kafka::AddNode { node }) => {
            invocation("kafka-add-node", &[("kafka_node", Some(node))])
        }
        Command::Kafka(cli::Kafka::RemoveNode { node }) => {
            invocation("kafka-remove-node", &[("kafka_node", Some(node))])
        }
        Command::Kafka(cli::Kafka::Rebalance { on, brokers, topics }) => {
            if brokers.is_empty()
                || !brokers
                    .split(',')
                    .all(|b| !b.is_empty() && b.chars().all(|c| c.is_ascii_digit()))
            {
                return Err(Error::Usage(format!(
                    "--brokers {brokers:?} must be broker ids separated by commas, like 14,15,16"
                )));
            }
            if let Some(t) = topics {
                if t.is_empty()
                    || !t.split(',').all(|x| {
                        !x.is_empty()
                            && x.chars().all(|c| c.is_ascii_alphanumeric() || "._-".contains(c))
                    })
                {
                    return Err(Error::Usage(format!(
                        "--topics {t:?} must be topic names separated by commas"
                    )));
                }
            }
            invocation(
                "kafka-rebalance",
                &[("on", Some(on)), ("brokers", Some(brokers)), ("topics", topics.as_ref())],
            )
        }
        Command::Kafka(cli::Kafka::Reset { confirm }) => {
            invocation("kafka-reset", &[("confirm", confirm.as_ref())])
        }
    };

    let runbook = match &inv.file {
        Some(r) => r.clone(),
        None => Runbook::load(inv.runbook)?,
    };
    // Validate repository arguments before the inventory is even read.
    for p in &runbook.params {
        if let (crate::runbook::ParamKind::Repo, Some(v)) = (p.kind, inv.params.get(&p.name)) {
            crate::quote::repo_name(v)?;
        }
    }
    let path = cli.global.inventory.clone().unwrap_or_else(Inventory::default_path);
    let inventory = load_inventory(&path)?;
    let mut inv = inv;
    if inv.runbook == "failover" {
        failover_params(&mut inv, &inventory)?;
    }
    if inv.runbook == "merge-try-heads" {
        try_params(&mut inv, &inventory);
    }
    if inv.runbook.starts_with("aggregator-groups") {
        // One consumer group per hgweb host: its short hostname.
        let groups: Vec<&str> = inventory
            .with_role(crate::inventory::Role::Hgweb)
            .iter()
            .map(|h| h.split('.').next().unwrap_or(h))
            .collect();
        inv.params.insert("groups".into(), groups.join("\n"));
        // The master's copy is deployed from version-control-tools: every deploy copies
        // roles/hg-ssh/files/pushdataaggregator_groups over it.
        let source = inventory.deploy.checkout.as_ref().map(|c| {
            inventory
                .resolve_path(c)
                .join("ansible/roles/hg-ssh/files/pushdataaggregator_groups")
                .display()
                .to_string()
        });
        match (source, inv.runbook) {
            (Some(s), _) => {
                inv.params.insert("source".into(), s);
            }
            (None, "aggregator-groups-sync") => {
                return Err(Error::Usage(format!(
                    "refused: {} is deployed from version-control-tools (ansible/roles/hg-ssh/files/pushdataaggregator_groups), and the next deploy would undo an edit of the master's copy alone; set [deploy] checkout to your checkout (and [deploy] command) in {}, and sync changes the source and deploys it",
                    inventory.paths.shared_root.trim_end_matches('/').to_string() + "/pushdataaggregator_groups",
                    inventory.source.display()
                )));
            }
            (None, _) => {}
        }
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
        if plan.procedure == "merge-try-heads" {
            plan.assumptions.push(try_heads_note(&plan.params["workdir"]));
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
    if plan.procedure == "merge-try-heads" {
        write_extension(&plan.params["extension"])?;
    }
    if cli.global.verbose {
        err!("{}", plan.render_text());
    }
    let notify = match &inventory.notify.webhook {
        Some(w) => Some(crate::notify::Notifier::new(w)?),
        None => None,
    };
    let lb = if plan.actions.iter().any(|a| a.kind.uses_lb()) {
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
                journal.plan.actions[i].host.as_deref().unwrap_or("local")
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

/// The failover's typed rules: `--from` defaults to the expected master and differs from
/// `--to`; the wait is never shorter than what hg-master-monitor needs; the start timeout
/// covers the monitor's interval, its start delay and the units' stop timeout, and the stop
/// timeout (after the wait) the interval and the units' stop timeout, each with a margin.
fn failover_params(i: &mut Invocation, inv: &Inventory) -> Result<()> {
    let from = match i.params.get("from") {
        Some(f) => f.clone(),
        None => inv.expected_master().map(String::from).ok_or_else(|| {
            Error::Usage("the inventory has no hgssh host to fail over from".into())
        })?,
    };
    if i.params.get("to") == Some(&from) {
        return Err(Error::Usage(format!("--to {from} is already the master (--from)")));
    }
    i.params.insert("from".into(), from);
    let m = &inv.master;
    let wanted = i.params.get("wait").and_then(|w| w.parse().ok());
    let wait = crate::safety::failover_wait(m, wanted).map_err(|e| {
        Error::Usage(format!(
            "--wait {} is shorter than hg-master-monitor needs ({}s: two rounds of its {}s timer and a second; [master] monitor_interval in the inventory)",
            wanted.unwrap_or_default(),
            e.min,
            m.interval()
        ))
    })?;
    i.params.insert("wait".into(), wait.to_string());
    i.params.insert("start_timeout".into(), crate::safety::target_start_timeout(m).to_string());
    // The poll's deadline also covers what is left of the wait (`min_wait`).
    i.params.insert("stop_timeout".into(), crate::safety::target_stop_timeout(m).to_string());
    Ok(())
}

fn hooks_edit(cli: &Cli, ui: &Ui, repo: &str) -> Result<()> {
    crate::quote::repo_name(repo)?;
    let path = cli.global.inventory.clone().unwrap_or_else(Inventory::default_path);
    let inventory = load_inventory(&path)?;
    if cli.global.dry_run {
        out!("{}", crate::procedures::hooks::plan(&inventory, repo)?);
        return Ok(());
    }
    let runtime = runtime()?;
    runtime.block_on(
        crate::procedures::hooks::Edit {
            inv: &inventory,
            ui,
            repo: repo.to_string(),
            yes: cli.global.yes,
            run_id: crate::audit::new_run_id(),
            become_password: become_password(cli)?,
        }
        .run(),
    )
}

fn check_zookeeper(cli: &Cli) -> Result<()> {
    let path = cli.global.inventory.clone().unwrap_or_else(Inventory::default_path);
    let inventory = load_inventory(&path)?;
    if cli.global.dry_run {
        out!("{}", crate::procedures::zookeeper::render_plan(&inventory, cli.global.format)?);
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
        out!("{}", crate::procedures::replication::render_plan(&checks, cli.global.format));
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

/// For the dry run of merge-try-heads: how many non-public heads the local working copy has
/// as of its last pull, read from its files (the dry run connects nowhere and runs no `hg`,
/// which would write caches).
fn try_heads_note(workdir: &str) -> String {
    let dir = Path::new(workdir);
    if !dir.join(".hg").is_dir() {
        return format!("heads to merge: counted at run time (no working copy at {workdir} yet; a dry run connects nowhere)");
    }
    match crate::procedures::tryheads::count_non_public_heads(dir) {
        Some(n) => format!("heads to merge: {n} draft heads in the working copy {workdir} as of its last pull (Try may have more now; counted again at run time)"),
        None => format!("heads to merge: counted at run time (the working copy {workdir} is in a format the dry run does not read)"),
    }
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

/// Where hgmo-ctl keeps files on the operator's machine.
fn cache_dir() -> std::path::PathBuf {
    std::env::var_os("XDG_CACHE_HOME")
        .filter(|v| !v.is_empty())
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".cache")))
        .unwrap_or_else(|| std::path::PathBuf::from("."))
        .join("hgmo-ctl")
}

/// The merge extension, embedded in the binary, written next to the working copies.
const MERGE_EXTENSION: &str = include_str!("hgext/mergetryheads.py");

fn write_extension(path: &str) -> Result<()> {
    let p = Path::new(path);
    if std::fs::read_to_string(p).is_ok_and(|t| t == MERGE_EXTENSION) {
        return Ok(());
    }
    if let Some(d) = p.parent() {
        std::fs::create_dir_all(d)
            .map_err(|e| Error::io(format!("cannot create {}", d.display()), e))?;
    }
    let tmp = p.with_extension("py.tmp");
    std::fs::write(&tmp, MERGE_EXTENSION)
        .and_then(|()| std::fs::rename(&tmp, p))
        .map_err(|e| Error::io(format!("cannot write {}", p.display()), e))
}

/// Where Try is (the public push endpoint, `[try] push_url`: pash and its Mercurial, as
/// developers push; the admin sshd has no `hg`) and how the operator's own Mercurial's ssh
/// must connect (the inventory's key, known hosts and strictness).
fn try_params(i: &mut Invocation, inv: &Inventory) {
    i.params.insert("source".into(), inv.try_repo.push_url().to_string());
    i.params.insert("seed".into(), inv.try_repo.seed_url().to_string());
    let mut ssh = vec!["ssh".to_string(), "-o".into(), "BatchMode=yes".into()];
    ssh.push("-o".into());
    ssh.push(match inv.ssh.known_hosts {
        crate::inventory::KnownHostsPolicy::Strict => "StrictHostKeyChecking=yes".into(),
        crate::inventory::KnownHostsPolicy::AcceptNew => "StrictHostKeyChecking=accept-new".into(),
    });
    if let Some(f) = &inv.ssh.known_hosts_file {
        ssh.push("-o".into());
        ssh.push(format!("UserKnownHostsFile={}", inv.resolve_path(f).display()));
    }
    if let Some(k) = &inv.ssh.identity_file {
        ssh.extend([
            "-o".into(),
            "IdentitiesOnly=yes".into(),
            "-i".into(),
            inv.resolve_path(k).display().to_string(),
        ]);
    }
    if let Some(c) = &inv.ssh.config_file {
        ssh.extend(["-F".into(), inv.resolve_path(c).display().to_string()]);
    }
    i.params.insert("ssh".into(), crate::quote::command_line(&ssh));
    let ext = cache_dir().join(format!("mergetryheads-{}.py", env!("CARGO_PKG_VERSION")));
    i.params.insert("extension".into(), ext.display().to_string());
}

fn drain_params(i: &mut Invocation, d: &cli::DrainArgs) {
    if let Some(t) = d.drain_timeout {
        i.params.insert("drain_timeout".into(), t.to_string());
    }
    if let Some(w) = d.on_drain_timeout {
        let w = match w {
            cli::OnDrainTimeout::Ask => "ask",
            cli::OnDrainTimeout::Wait => "wait",
            cli::OnDrainTimeout::Back => "back",
            cli::OnDrainTimeout::Proceed => "proceed",
        };
        i.params.insert("on_drain_timeout".into(), w.into());
    }
    if d.adopt_drained {
        i.params.insert("adopt".into(), "true".into());
    }
}

/// Repository names from a file: one per line; blank lines and `#` comments skipped.
fn read_repo_file(path: &Path) -> Result<Vec<String>> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Error::Usage(format!("cannot read --repo-file {}: {e}", path.display())))?;
    let repos: Vec<String> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect();
    if repos.is_empty() {
        return Err(Error::Usage(format!("--repo-file {} names no repository", path.display())));
    }
    Ok(repos)
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
