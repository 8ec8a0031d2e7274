//! Plans: a runbook resolved against the inventory and the operator's arguments into the
//! ordered list of concrete actions, each with its host and the exact command line as it
//! is sent. The same value renders as text, Markdown (for a change-advisory board) and JSON.

use indexmap::IndexMap;
use serde::Serialize;

pub mod render;

pub use crate::action::{Action, What};
use crate::action::{Confirm, LbCheck, LbSet, LbWait, Local, Poll, Remote, Shown, Wait};
use crate::error::{Error, Result};
use crate::inventory::{Inventory, Role};
use crate::lb::{self, AdminState};
use crate::privilege;
use crate::quote::{self, command_line};
use crate::runbook::{expand, Number, ParamKind, Runbook, Step, StepKind, Target};

#[derive(Debug, Clone, Serialize, serde::Deserialize)]
pub struct Plan {
    pub procedure: String,
    pub title: String,
    pub guide: String,
    pub usage: String,
    pub purpose: String,
    pub inventory: String,
    pub params: IndexMap<String, String>,
    pub targets: Vec<PlanHost>,
    pub assumptions: Vec<String>,
    pub actions: Vec<Action>,
}

#[derive(Debug, Clone, Serialize, serde::Deserialize)]
pub struct PlanHost {
    pub name: String,
    pub ssh: String,
    pub roles: Vec<String>,
}

/// Everything resolution needs besides the runbook.
pub struct Request<'a> {
    pub inventory: &'a Inventory,
    pub params: IndexMap<String, String>,
    /// `--hosts`: only these hosts (inventory names).
    pub only_hosts: Option<Vec<String>>,
    pub run_id: String,
}

pub fn resolve(runbook: &Runbook, req: Request<'_>) -> Result<Plan> {
    let inv = req.inventory;
    if let Some(only) = &req.only_hosts {
        for h in only {
            if !inv.hosts.contains_key(h) {
                return Err(Error::Usage(format!(
                    "--hosts names {h:?}, which is not in the inventory {}",
                    inv.source.display()
                )));
            }
        }
    }
    let params = parameters(runbook, &req.params, inv)?;

    let master = inv.expected_master().ok_or_else(|| {
        Error::Usage(format!(
            "the inventory {} has no hgssh host, and this procedure runs on the master",
            inv.source.display()
        ))
    })?;

    let mut vars: IndexMap<String, String> = IndexMap::new();
    let p = &inv.paths;
    for (k, v) in [
        ("repo_root", &p.repo_root),
        ("shared_root", &p.shared_root),
        ("global_readonly_file", &p.global_readonly_file),
        ("retired_root", &p.retired_root),
        ("hg_tools", &p.hg_tools),
        ("hg_pash", &p.hg_pash),
        ("hg_replication", &p.hg_replication),
        ("mirror_pull", &p.mirror_pull),
        ("hg_user", &p.hg_user),
        ("public_url", &p.public_url),
    ] {
        vars.insert(k.to_string(), v.clone());
    }
    vars.insert("run_id".into(), req.run_id.clone());
    let dir_of = |hg: &str| {
        std::path::Path::new(hg).parent().map(|d| d.display().to_string()).unwrap_or_default()
    };
    vars.insert("replication_bin".into(), dir_of(&p.hg_replication));
    vars.insert("tools_bin".into(), dir_of(&p.hg_tools));
    vars.insert(
        "deploy".into(),
        inv.deploy.command.clone().unwrap_or_else(|| "./deploy hgmo".into()),
    );
    vars.insert(
        "master_file".into(),
        format!("{}/master.{master}", p.shared_root.trim_end_matches('/')),
    );
    for (k, v) in &params {
        vars.insert(k.clone(), v.clone());
    }
    let repos: Vec<String> = runbook
        .params
        .iter()
        .find(|p| p.kind == ParamKind::Repos)
        .map(|p| params[&p.name].lines().map(String::from).collect())
        .unwrap_or_default();
    let repo_vars = |v: &mut IndexMap<String, String>, repo: &str| {
        v.insert("repo".into(), repo.to_string());
        v.insert("repo_path".into(), format!("{}/{repo}", p.repo_root.trim_end_matches('/')));
    };
    if let Some(repo) = params.get("repo") {
        let repo = repo.clone();
        repo_vars(&mut vars, &repo);
    }

    let allowed = |h: &str| req.only_hosts.as_ref().is_none_or(|only| only.iter().any(|o| o == h));
    let hosts_for = |target: Target| -> Vec<String> {
        let mut v: Vec<&str> = match target {
            Target::Master => vec![master],
            Target::Hgssh => inv.with_role(Role::Hgssh),
            Target::Hgweb => inv.with_role(Role::Hgweb),
            Target::Holders => {
                let mut v = vec![master];
                v.extend(inv.with_role(Role::Hgweb));
                v
            }
            Target::Zookeeper => inv.with_role(Role::Zookeeper),
            Target::All => inv.hosts.keys().map(String::as_str).collect(),
            Target::Kafka => {
                let k = inv.with_role(Role::Kafka);
                if k.is_empty() {
                    inv.with_role(Role::Zookeeper)
                } else {
                    k
                }
            }
        };
        v.retain(|h| allowed(h));
        v.into_iter().map(String::from).collect()
    };
    let no_hosts = |step: &Step, target: Target| {
        Error::Usage(format!(
            "step {} runs on {target:?} hosts, but none is left{}",
            step.id,
            if req.only_hosts.is_some() { " after --hosts" } else { " in the inventory" }
        ))
    };

    // Rolling hosts, in batches.
    let batch: usize = params.get("batch").and_then(|b| b.parse().ok()).unwrap_or(1);
    let rolling: Vec<String> = match runbook.rolling {
        Some(t) => hosts_for(t),
        None => Vec::new(),
    };
    let needs_lb = runbook.steps.iter().any(|s| s.kind.uses_lb());
    if needs_lb {
        for h in &rolling {
            if inv.hosts[h].lb_node.is_none() {
                return Err(Error::Usage(format!(
                    "host {h} has no lb_node in the inventory {}: the load balancer steps need it",
                    inv.source.display()
                )));
            }
        }
    }
    let batches: Vec<Vec<String>> = rolling.chunks(batch.max(1)).map(|c| c.to_vec()).collect();

    let mut actions: Vec<Action> = Vec::new();
    let first_rolling = runbook.steps.iter().position(|s| s.each_host);
    let rolling_steps: Vec<&Step> = runbook.steps.iter().filter(|s| s.each_host).collect();
    let targets = std::cell::RefCell::new(Vec::<String>::new());
    let rounds: usize = match &runbook.rounds {
        None => 1,
        Some(Number::Literal(n)) => *n as usize,
        Some(Number::Template(t)) => expand(t, &vars).parse().map_err(|_| Error::Runbook {
            name: runbook.name.clone(),
            message: format!("rounds {t:?} does not give a number"),
        })?,
    };
    let emit_round = |step: &Step,
                      host: Option<&str>,
                      repo: Option<&str>,
                      round: Option<usize>,
                      batch_nodes: &[String],
                      actions: &mut Vec<Action>|
     -> Result<()> {
        let mut v = vars.clone();
        if let Some(r) = repo {
            repo_vars(&mut v, r);
        }
        if let Some(r) = round {
            v.insert("round".into(), r.to_string());
            v.insert("rounds".into(), rounds.to_string());
        }
        if let Some(h) = host {
            v.insert("host".into(), h.to_string());
            if let Some(node) = &inv.hosts[h].lb_node {
                v.insert("node".into(), node.clone());
            }
            // A change in the load balancer about a host runs nothing there: it needs no
            // connection to it (`hgweb remove --host-down`).
            let lb_only = matches!(
                step.kind,
                StepKind::LbCheck
                    | StepKind::LbDrain
                    | StepKind::LbDisable
                    | StepKind::LbEnable
                    | StepKind::LbJoin
                    | StepKind::LbLeave
            );
            let mut t = targets.borrow_mut();
            if !lb_only && !t.iter().any(|x| x == h) {
                t.push(h.to_string());
            }
        }
        actions.push(action(inv, step, host, &v, batch_nodes, actions.len() + 1)?);
        Ok(())
    };
    let emit_one = |step: &Step,
                    host: Option<&str>,
                    repo: Option<&str>,
                    batch_nodes: &[String],
                    actions: &mut Vec<Action>| {
        emit_round(step, host, repo, None, batch_nodes, actions)
    };
    let emit = |step: &Step,
                host: Option<&str>,
                batch_nodes: &[String],
                actions: &mut Vec<Action>|
     -> Result<()> {
        if step.each_repo {
            for r in &repos {
                emit_one(step, host, Some(r), batch_nodes, actions)?;
            }
            Ok(())
        } else {
            emit_one(step, host, None, batch_nodes, actions)
        }
    };
    for (i, step) in runbook.steps.iter().enumerate() {
        if let Some(w) = &step.when {
            let on = match w.split_once('=') {
                Some((p, value)) => params.get(p).is_some_and(|v| v == value),
                None => params.get(w).is_some_and(|v| !v.is_empty()),
            };
            if !on {
                continue;
            }
        }
        if step.each_host {
            if Some(i) != first_rolling {
                continue; // the rolling block is emitted once, batch by batch
            }
            if rolling.is_empty() {
                return Err(no_hosts(step, runbook.rolling.expect("validated")));
            }
            // Within a batch each step runs on every host of the batch before the next
            // step; consecutive `each_repo` steps run repository by repository on a host,
            // consecutive `each_round` steps round by round.
            let mut groups: Vec<Vec<&Step>> = Vec::new();
            for st in &rolling_steps {
                match groups.last_mut() {
                    Some(g) if st.each_repo && g[0].each_repo => g.push(st),
                    Some(g) if st.each_round && g[0].each_round => g.push(st),
                    _ => groups.push(vec![st]),
                }
            }
            for b in &batches {
                let nodes: Vec<String> =
                    b.iter().filter_map(|h| inv.hosts[h].lb_node.clone()).collect();
                for g in &groups {
                    for h in b {
                        if g[0].each_round {
                            for r in 1..=rounds {
                                for st in g {
                                    emit_round(st, Some(h), None, Some(r), &nodes, &mut actions)?;
                                }
                            }
                        } else if g[0].each_repo {
                            for r in &repos {
                                for st in g {
                                    emit_one(st, Some(h), Some(r), &nodes, &mut actions)?;
                                }
                            }
                        } else {
                            emit(g[0], Some(h), &nodes, &mut actions)?;
                        }
                    }
                }
            }
            continue;
        }
        if let Some(h) = &step.host {
            let h = expand(h, &vars);
            if !inv.hosts.contains_key(&h) {
                return Err(Error::Usage(format!(
                    "step {} runs on {h:?}, which is not in the inventory",
                    step.id
                )));
            }
            if !allowed(&h) {
                return Err(Error::Usage(format!(
                    "step {} runs on {h}, which --hosts leaves out",
                    step.id
                )));
            }
            // A load balancer step about one named host: its node is the batch (the
            // capacity checks of the preflight and of the drain count it out).
            let own: Vec<String> = match (&inv.hosts[&h].lb_node, step.kind.uses_lb()) {
                (Some(node), true) => vec![node.clone()],
                (None, true) => {
                    return Err(Error::Usage(format!(
                    "host {h} has no lb_node in the inventory {}: the load balancer steps need it",
                    inv.source.display()
                )))
                }
                _ => Vec::new(),
            };
            emit(step, Some(&h), &own, &mut actions)?;
            if let Some(What::LbCheck(check)) = actions.last_mut().map(|a| &mut a.what) {
                check.batches = vec![own.clone()];
            }
            continue;
        }
        match step.on {
            None => emit(step, None, &[], &mut actions)?,
            Some(target) if step.kind == StepKind::LbCheck => {
                if hosts_for(target).is_empty() {
                    return Err(no_hosts(step, target));
                }
                let all: Vec<String> =
                    rolling.iter().filter_map(|h| inv.hosts[h].lb_node.clone()).collect();
                emit(step, None, &all, &mut actions)?;
                if let Some(What::LbCheck(check)) = actions.last_mut().map(|a| &mut a.what) {
                    check.batches = batches
                        .iter()
                        .map(|b| b.iter().filter_map(|h| inv.hosts[h].lb_node.clone()).collect())
                        .collect();
                }
            }
            Some(target) => {
                let hs = hosts_for(target);
                if hs.is_empty() {
                    return Err(no_hosts(step, target));
                }
                for h in &hs {
                    emit(step, Some(h), &[], &mut actions)?;
                }
            }
        }
    }

    let targets = targets
        .into_inner()
        .iter()
        .map(|name| PlanHost {
            name: name.clone(),
            ssh: inv.ssh_destination(name).to_string(),
            roles: inv.hosts[name].roles.iter().map(|r| r.as_str().to_string()).collect(),
        })
        .collect();
    let mut assumptions = Vec::new();
    if actions.iter().any(|a| a.host() == Some(master)) {
        assumptions.push(format!(
            "{master} is taken as the master (inventory); the run verifies that {} exists before anything else",
            vars["master_file"]
        ));
    }
    if actions.iter().any(|a| a.unless().is_some()) {
        assumptions.push(
            "a step with an `unless` probe is skipped at run time when the probe succeeds (the change is already in place)".into(),
        );
    }
    if needs_lb {
        let lb = &inv.loadbalancer;
        assumptions.push(format!(
            "load balancer: {:?} {}; at least {} node(s) stay in service at every moment (default: all but one); batches: {}",
            lb.kind,
            lb.url.as_deref().or(lb.socket.as_deref()).or(lb.pool.as_deref()).unwrap_or(""),
            lb.min_in_service.map(|m| m.to_string()).unwrap_or_else(|| "pool size - 1".into()),
            batches.iter().map(|b| b.join("+")).collect::<Vec<_>>().join(", ")
        ));
    }
    if actions.iter().any(|a| a.command().is_some_and(|c| c.contains("{<"))) {
        assumptions.push(
            "`{<name}` in a command stands for a temporary file on that host (the login account's, mode 0600, removed after the step) holding the whole output an earlier step of the same run kept"
                .into(),
        );
    }
    if actions.iter().any(|a| a.command().is_some_and(|c| c.contains("{="))) {
        assumptions.push(
            "`{=name}` in a command stands for a value read by an earlier step of the same run"
                .into(),
        );
    }
    Ok(Plan {
        procedure: runbook.name.clone(),
        title: runbook.title.clone(),
        guide: runbook.guide.clone(),
        usage: runbook.usage.clone(),
        purpose: expand(&runbook.purpose, &vars),
        inventory: inv.source.display().to_string(),
        params,
        targets,
        assumptions,
        actions,
    })
}

/// Validate the operator's parameters and fill in defaults.
fn parameters(
    runbook: &Runbook,
    given: &IndexMap<String, String>,
    inv: &Inventory,
) -> Result<IndexMap<String, String>> {
    for k in given.keys() {
        if !runbook.params.iter().any(|p| &p.name == k) {
            return Err(Error::Usage(format!("runbook {} takes no parameter {k:?}", runbook.name)));
        }
    }
    let mut params = IndexMap::new();
    for p in &runbook.params {
        let value = match (given.get(&p.name), &p.default) {
            (Some(v), _) => v.clone(),
            (None, Some(d)) => d.clone(),
            (None, None) => {
                return Err(Error::Usage(format!(
                    "{}: missing {}",
                    runbook.usage,
                    p.name.to_uppercase()
                )))
            }
        };
        let flag = p.name.replace('_', "-");
        match p.kind {
            ParamKind::Repo if !value.is_empty() || p.default.is_none() => {
                quote::repo_name(&value)?;
            }
            ParamKind::Repos => {
                if value.trim().is_empty() {
                    return Err(Error::Usage(format!("{}: no repository given", runbook.usage)));
                }
                for r in value.lines() {
                    quote::repo_name(r)?;
                }
            }
            ParamKind::TrackedPath => {
                quote::tracked_path(&value)?;
            }
            ParamKind::Host if !inv.hosts.contains_key(&value) => {
                return Err(Error::Usage(format!(
                    "--{flag} {value:?} is not a host of the inventory"
                )));
            }
            ParamKind::HgsshHost
                if !inv.hosts.get(&value).is_some_and(|h| h.roles.contains(&Role::Hgssh)) =>
            {
                let hgssh = inv.with_role(Role::Hgssh).join(", ");
                return Err(Error::Usage(format!(
                    "--{flag} {value:?} is not an hgssh host of the inventory (hgssh hosts: {hgssh})"
                )));
            }
            ParamKind::Node
                if !(12..=40).contains(&value.len())
                    || !value.chars().all(|c| c.is_ascii_hexdigit()) =>
            {
                return Err(Error::Usage(format!(
                    "{flag} {value:?} must be a changeset node in hexadecimal, 12 to 40 digits (not a revision number or a revset)"
                )));
            }
            ParamKind::Partition if value.parse::<u8>().map_or(true, |n| n > 7) => {
                return Err(Error::Usage(format!(
                    "--{flag} must be a partition of pushdata, 0 to 7, got {value:?}"
                )));
            }
            ParamKind::Count if value.parse::<u64>().map_or(true, |n| n == 0) => {
                return Err(Error::Usage(format!(
                    "--{flag} must be a whole number of at least 1, got {value:?}"
                )));
            }
            ParamKind::Choice if !p.choices.contains(&value) => {
                return Err(Error::Usage(format!(
                    "--{flag} must be one of {}, got {value:?}",
                    p.choices.join(", ")
                )));
            }
            ParamKind::Text if value.chars().any(|c| c.is_control() && c != '\n' && c != '\t') => {
                return Err(Error::Usage(format!("--{flag} must not contain control characters")));
            }
            _ => {}
        }
        params.insert(p.name.clone(), value);
    }
    Ok(params)
}

fn number(step: &Step, n: &Option<Number>, v: &IndexMap<String, String>) -> Result<Option<u64>> {
    match n {
        None => Ok(None),
        Some(Number::Literal(x)) => Ok(Some(*x)),
        Some(Number::Template(t)) => expand(t, v).parse().map(Some).map_err(|_| Error::Runbook {
            name: step.id.clone(),
            message: format!("{t:?} does not give a number"),
        }),
    }
}

fn action(
    inv: &Inventory,
    step: &Step,
    host: Option<&str>,
    v: &IndexMap<String, String>,
    batch_nodes: &[String],
    number_in_plan: usize,
) -> Result<Action> {
    // The command, its probe and its undo run as the step's account (`as`), reached the
    // inventory's way (`[ssh] become`); local steps run as the operator.
    let account = step.run_as.as_ref().map(|a| expand(a, v));
    let argv = |t: &[String]| -> Option<String> {
        if t.is_empty() {
            return None;
        }
        let line = command_line(&t.iter().map(|w| expand(w, v)).collect::<Vec<_>>());
        Some(match step.kind {
            StepKind::Local => line,
            _ => privilege::line(inv.ssh.become_method, account.as_deref(), &line),
        })
    };
    let unless = argv(&step.unless);
    let node = v.get("node").filter(|_| host.is_some() && step.kind.uses_lb()).cloned();
    let timeout = number(step, &step.timeout, v)?;
    let seconds = number(step, &step.seconds, v)?.or(timeout);
    let missing = |what: &str| Error::Runbook {
        name: step.id.clone(),
        message: format!("a {:?} step needs {what}", step.kind),
    };
    let on_host = || host.map(String::from).ok_or_else(|| missing("a host"));
    let command = || argv(&step.command).ok_or_else(|| missing("a command"));
    let remote = || -> Result<Remote> {
        Ok(Remote {
            host: on_host()?,
            command: command()?,
            unless: unless.clone(),
            capture: step.capture.as_ref().map(|c| expand(c, v)),
            undo: argv(&step.undo),
            idempotent: step.idempotent,
            note: step.note,
            keep: step.keep.clone(),
        })
    };
    let lb_set = |state: AdminState| -> Result<LbSet> {
        let node = node.clone().ok_or_else(|| missing("the host's lb_node"))?;
        Ok(LbSet {
            host: on_host()?,
            lb: lb::describe_set_state(inv, &node, state),
            node,
            batch_nodes: batch_nodes.to_vec(),
        })
    };
    let lb_member = |join: bool| -> Result<LbSet> {
        let node = node.clone().ok_or_else(|| missing("the host's lb_node"))?;
        Ok(LbSet {
            host: on_host()?,
            lb: lb::describe_membership(inv, &node, join),
            node,
            batch_nodes: batch_nodes.to_vec(),
        })
    };
    let lb_wait = |default: u64| -> Result<LbWait> {
        Ok(LbWait {
            host: on_host()?,
            node: node.clone().ok_or_else(|| missing("the host's lb_node"))?,
            command: argv(&step.command),
            seconds: seconds.unwrap_or(default),
            interval_ms: step.interval_ms,
            quiet: step.quiet,
        })
    };
    let what = match step.kind {
        StepKind::Precondition => What::Precondition(remote()?),
        StepKind::Read => What::Read(remote()?),
        StepKind::Check => What::Check(remote()?),
        StepKind::Run => What::Run(remote()?),
        StepKind::Poll => What::Poll(Poll {
            host: on_host()?,
            command: command()?,
            seconds: seconds.unwrap_or(60),
            interval_ms: step.interval_ms,
            min_wait: number(step, &step.min_wait, v)?,
            since: step.since.clone(),
            note: step.note,
        }),
        StepKind::Wait => {
            What::Wait(Wait { host: host.map(String::from), seconds: seconds.unwrap_or(0) })
        }
        StepKind::Gate => What::Gate(Shown { host: host.map(String::from) }),
        StepKind::LbCheck => {
            What::LbCheck(LbCheck { batch_nodes: batch_nodes.to_vec(), batches: Vec::new() })
        }
        StepKind::LbDrain => What::LbDrain(lb_set(AdminState::Draining)?),
        StepKind::LbDisable => What::LbDisable(lb_set(AdminState::Disabled)?),
        StepKind::LbEnable => What::LbEnable(lb_set(AdminState::Active)?),
        StepKind::LbJoin => What::LbJoin(lb_member(true)?),
        StepKind::LbLeave => What::LbLeave(lb_member(false)?),
        StepKind::WaitDrained => What::WaitDrained(lb_wait(300)?),
        StepKind::WaitUp => What::WaitUp(lb_wait(60)?),
        StepKind::ConfirmName => What::ConfirmName(Confirm {
            host: host.map(String::from),
            expect: step
                .expect
                .as_ref()
                .map(|e| expand(e, v))
                .ok_or_else(|| missing("`expect`"))?,
        }),
        StepKind::LbBan | StepKind::LbUnban => {
            let spec = step.ban.as_ref().ok_or_else(|| missing("`ban`"))?;
            let address = expand(&spec.address, v);
            let line = match step.kind {
                StepKind::LbBan => Some(lb::ban_note_line(
                    &address,
                    &expand(spec.until.as_deref().ok_or_else(|| missing("`ban.until`"))?, v),
                    &expand(spec.by.as_deref().unwrap_or("hgmo-ctl"), v),
                    &expand(spec.reason.as_deref().unwrap_or_default(), v),
                )),
                _ => None,
            };
            let change = match &line {
                Some(l) => format!("+ {address}; note line \"{l}\""),
                None => format!("- {address}; its note line removed"),
            };
            let ban = crate::action::LbBan { lb: lb::describe_ban(inv, &change), address, line };
            if step.kind == StepKind::LbBan {
                What::LbBan(ban)
            } else {
                What::LbUnban(ban)
            }
        }
        StepKind::LbRate => {
            let text =
                expand(step.per_minute.as_deref().ok_or_else(|| missing("`per_minute`"))?, v);
            let per_minute: u64 = text.parse().map_err(|_| {
                Error::Usage(format!(
                    "the rate limit {text:?} is not a whole number of requests per minute"
                ))
            })?;
            What::LbRate(crate::action::LbRate {
                lb: lb::describe_rate(&inv.loadbalancer, per_minute),
                per_minute,
            })
        }
        StepKind::Local => What::Local(Local {
            command: command()?,
            capture: step.capture.as_ref().map(|c| expand(c, v)),
            idempotent: step.idempotent,
        }),
    };
    Ok(Action {
        number: number_in_plan,
        step: step.id.clone(),
        title: expand(&step.title, v),
        what,
        message: step.message.as_ref().map(|m| expand(m, v)),
        on_failure: step.on_failure.as_ref().map(|m| expand(m, v)),
        no_return: step.no_return,
        changes: step.kind.changes() || step.confirm,
    })
}

/// What a read-only monitoring command (`replication status`, `check zookeeper`) does, as a
/// plan: one check action per (step, host, command line), all run at once.
pub struct ReadOnlyPlan<'a> {
    pub procedure: &'a str,
    pub title: &'a str,
    pub guide: &'a str,
    pub usage: &'a str,
    pub purpose: &'a str,
    /// (step, host, command line as sent)
    pub checks: Vec<(String, String, String)>,
}

impl Plan {
    /// A read-only command's plan, rendered by the same renderer as every other plan.
    pub fn read_only(inv: &Inventory, spec: ReadOnlyPlan<'_>) -> Plan {
        let mut targets: Vec<PlanHost> = Vec::new();
        for (_, host, _) in &spec.checks {
            if !targets.iter().any(|t| &t.name == host) {
                targets.push(PlanHost {
                    name: host.clone(),
                    ssh: inv.ssh_destination(host).to_string(),
                    roles: inv
                        .hosts
                        .get(host)
                        .map(|h| h.roles.iter().map(|r| r.as_str().to_string()).collect())
                        .unwrap_or_default(),
                });
            }
        }
        Plan {
            procedure: spec.procedure.into(),
            title: spec.title.into(),
            guide: spec.guide.into(),
            usage: spec.usage.into(),
            purpose: spec.purpose.into(),
            inventory: inv.source.display().to_string(),
            params: IndexMap::new(),
            targets,
            assumptions: vec!["read-only: every check runs at once, and nothing changes".into()],
            actions: spec
                .checks
                .into_iter()
                .enumerate()
                .map(|(i, (step, host, command))| Action {
                    number: i + 1,
                    title: step.clone(),
                    step,
                    what: What::Check(Remote {
                        host,
                        command,
                        unless: None,
                        capture: None,
                        undo: None,
                        idempotent: false,
                        note: false,
                        keep: None,
                    }),
                    message: None,
                    on_failure: None,
                    no_return: false,
                    changes: false,
                })
                .collect(),
        }
    }

    pub fn changes(&self) -> usize {
        self.actions.iter().filter(|a| a.changes).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn inventory() -> Inventory {
        Inventory::parse(
            r#"
[hosts."hgssh1.example.com"]
roles = ["hgssh"]
[hosts."hgssh2.example.com"]
roles = ["hgssh"]
[hosts."hgweb1.example.com"]
roles = ["hgweb"]
ssh = "root@10.0.0.11"
[hosts."hgweb2.example.com"]
roles = ["hgweb"]
"#,
            Path::new("inv.toml"),
        )
        .unwrap()
    }

    fn request<'a>(inv: &'a Inventory, params: &[(&str, &str)]) -> Request<'a> {
        Request {
            inventory: inv,
            params: params.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
            only_hosts: None,
            run_id: "RUN".into(),
        }
    }

    #[test]
    fn read_only_set_quotes_the_reason() {
        let inv = inventory();
        let rb = Runbook::load("read-only-set").unwrap();
        let plan =
            resolve(&rb, request(&inv, &[("repo", "try"), ("reason", "it's $(down)")])).unwrap();
        let write = plan.actions.iter().find(|a| a.step == "write").unwrap();
        assert_eq!(write.host(), Some("hgssh1.example.com"));
        assert!(write.changes);
        let cmd = write.command().unwrap();
        assert!(cmd.starts_with("sudo -n -u hg -- sh -c "), "{cmd}");
        assert!(
            cmd.ends_with(" - 'it'\\''s $(down)' /repo/hg/mozilla/try/.hg/readonlyreason"),
            "{cmd}"
        );
        assert_eq!(plan.changes(), 1);
    }

    #[test]
    fn every_changing_line_carries_its_account_the_inventorys_way() {
        let mut sudo = inventory();
        for (i, h) in sudo.hosts.values_mut().enumerate() {
            h.lb_node = Some(format!("10.0.0.{i}:80"));
        }
        let rb = Runbook::load("restart-httpd").unwrap();
        let plan = resolve(&rb, request(&sudo, &[])).unwrap();
        let restart = plan.actions.iter().find(|a| a.step == "restart").unwrap();
        assert_eq!(restart.command(), Some("sudo -n -- systemctl restart httpd.service"));
        // Reads that need no account run as the login, and use 127.0.0.1 (server-status
        // answers nothing else; `localhost` may be ::1).
        let drained = plan.actions.iter().find(|a| a.step == "wait-drained").unwrap();
        assert_eq!(
            drained.command(),
            Some("curl -fsS --max-time 5 'http://127.0.0.1/server-status?auto'")
        );
        // A root login: root steps are sent as they are, hg steps still through sudo -u.
        let mut root = sudo.clone();
        root.ssh.become_method = crate::privilege::Become::None;
        let plan = resolve(&rb, request(&root, &[])).unwrap();
        let restart = plan.actions.iter().find(|a| a.step == "restart").unwrap();
        assert_eq!(restart.command(), Some("systemctl restart httpd.service"));
        let rb = Runbook::load("read-only-set").unwrap();
        let plan = resolve(&rb, request(&root, &[("repo", "try")])).unwrap();
        let write = plan.actions.iter().find(|a| a.step == "write").unwrap();
        assert!(write.command().unwrap().starts_with("sudo -n -u hg -- sh -c "));
        // Every changing remote action of every built-in runbook names its account.
        for rb in Runbook::all().unwrap() {
            for st in rb.steps.iter().filter(|s| s.kind == StepKind::Run) {
                assert!(st.run_as.is_some(), "{} {}", rb.name, st.id);
            }
        }
    }

    #[test]
    fn rounds_repeat_their_group_host_by_host() {
        let inv = inventory();
        let rb = Runbook::load("replication-skip").unwrap();
        let plan = resolve(&rb, request(&inv, &[("partition", "6"), ("count", "2")])).unwrap();
        let steps: Vec<String> = plan
            .actions
            .iter()
            .map(|a| format!("{}@{}", a.step, &a.host().unwrap()[..6]))
            .collect();
        let host = |h: &str| {
            [
                "stop",
                "show",
                "shown",
                "skip",
                "next",
                "show",
                "shown",
                "skip",
                "next",
                "start",
                "caught-up",
            ]
            .iter()
            .map(|s| format!("{s}@{h}"))
            .collect::<Vec<_>>()
        };
        assert_eq!(steps, [host("hgweb1"), host("hgweb2")].concat());
        let skip = plan.actions.iter().find(|a| a.step == "skip").unwrap();
        assert!(skip.title.ends_with("1/2)"), "{}", skip.title);
        let command = skip.command().unwrap();
        assert!(
            command
                .contains(r#"exec "$1" /etc/mercurial/vcsreplicator.ini --skip --partition "$2""#)
                && command.ends_with(" 6 '{=shown:hgweb1.example.com:1}'"),
            "{command}"
        );
        let rb = Runbook::load("replication-skip").unwrap();
        let err = resolve(&rb, request(&inv, &[("partition", "6"), ("count", "0")])).unwrap_err();
        assert_eq!(err.code(), 2);
    }

    #[test]
    fn holders_are_the_master_and_every_hgweb() {
        let inv = inventory();
        let rb = Runbook::load("fncache-rebuild").unwrap();
        let plan = resolve(&rb, request(&inv, &[("repo", "mozilla-central")])).unwrap();
        let hosts: Vec<_> = plan
            .actions
            .iter()
            .filter(|a| a.step == "rebuild")
            .map(|a| a.host().unwrap().to_string())
            .collect();
        assert_eq!(hosts, ["hgssh1.example.com", "hgweb1.example.com", "hgweb2.example.com"]);
        let backup = plan.actions.iter().find(|a| a.step == "backup").unwrap();
        assert!(backup.command().unwrap().ends_with("fncache.bak-RUN"));
    }

    #[test]
    fn hosts_filter_limits_and_rejects_unknown() {
        let inv = inventory();
        let rb = Runbook::load("fncache-rebuild").unwrap();
        let mut req = request(&inv, &[("repo", "try")]);
        req.only_hosts = Some(vec!["hgssh1.example.com".into(), "hgweb2.example.com".into()]);
        let plan = resolve(&rb, req).unwrap();
        assert!(plan.actions.iter().all(|a| a.host() != Some("hgweb1.example.com")));
        let mut req = request(&inv, &[("repo", "try")]);
        req.only_hosts = Some(vec!["nope".into()]);
        assert_eq!(resolve(&rb, req).unwrap_err().code(), 2);
    }

    #[test]
    fn bad_repo_is_rejected_at_resolution() {
        let inv = inventory();
        let rb = Runbook::load("replicate-sync").unwrap();
        let err = resolve(&rb, request(&inv, &[("repo", "../etc")])).unwrap_err();
        assert_eq!(err.code(), 2);
    }

    #[test]
    fn renders_all_formats() {
        let inv = inventory();
        let rb = Runbook::load("read-only-set-all").unwrap();
        let plan = resolve(&rb, request(&inv, &[("reason", "maintenance")])).unwrap();
        let md = plan.render_markdown();
        for needle in [
            "# Mark every repository read-only",
            "## Purpose",
            "## Parameters",
            "## Target hosts",
            "## Steps",
            "## If a step fails",
            "If this step fails:",
        ] {
            assert!(md.contains(needle), "{needle} missing from\n{md}");
        }
        let json: serde_json::Value = serde_json::from_str(&plan.render_json()).unwrap();
        assert_eq!(json["procedure"], "read-only-set-all");
        assert_eq!(json["actions"][2]["changes"], true);
        assert!(plan.render_text().contains("[CHANGE] hgssh1.example.com"));
    }
}
