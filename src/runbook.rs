//! Runbooks: one TOML file per procedure in `runbooks/`, embedded in the binary. A runbook
//! lists typed steps; resolution (`plan.rs`) turns it plus the inventory and the operator's
//! arguments into a concrete plan.

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// Every runbook shipped with the binary. `tests` check that this matches `runbooks/`.
pub const EMBEDDED: &[(&str, &str)] = &[
    ("aggregator-groups-show", include_str!("../runbooks/aggregator-groups-show.toml")),
    ("aggregator-groups-sync", include_str!("../runbooks/aggregator-groups-sync.toml")),
    ("aggregator-restart", include_str!("../runbooks/aggregator-restart.toml")),
    ("bundles-drop", include_str!("../runbooks/bundles-drop.toml")),
    ("bundles-restore", include_str!("../runbooks/bundles-restore.toml")),
    ("failover", include_str!("../runbooks/failover.toml")),
    ("fncache-check", include_str!("../runbooks/fncache-check.toml")),
    ("fncache-rebuild", include_str!("../runbooks/fncache-rebuild.toml")),
    ("hgweb-add", include_str!("../runbooks/hgweb-add.toml")),
    ("hgweb-remove", include_str!("../runbooks/hgweb-remove.toml")),
    ("hooks-edit", include_str!("../runbooks/hooks-edit.toml")),
    ("kafka-add-node", include_str!("../runbooks/kafka-add-node.toml")),
    ("kafka-rebalance", include_str!("../runbooks/kafka-rebalance.toml")),
    ("kafka-remove-node", include_str!("../runbooks/kafka-remove-node.toml")),
    ("kafka-reset", include_str!("../runbooks/kafka-reset.toml")),
    ("l10n-new-channel", include_str!("../runbooks/l10n-new-channel.toml")),
    ("lb-ban-add", include_str!("../runbooks/lb-ban-add.toml")),
    ("lb-ban-remove", include_str!("../runbooks/lb-ban-remove.toml")),
    ("lb-rate-set", include_str!("../runbooks/lb-rate-set.toml")),
    ("merge-try-heads", include_str!("../runbooks/merge-try-heads.toml")),
    ("notifier-skip", include_str!("../runbooks/notifier-skip.toml")),
    ("pushlog-repair", include_str!("../runbooks/pushlog-repair.toml")),
    ("read-only-clear", include_str!("../runbooks/read-only-clear.toml")),
    ("read-only-clear-all", include_str!("../runbooks/read-only-clear-all.toml")),
    ("read-only-set", include_str!("../runbooks/read-only-set.toml")),
    ("read-only-set-all", include_str!("../runbooks/read-only-set-all.toml")),
    ("read-only-status", include_str!("../runbooks/read-only-status.toml")),
    ("reclone", include_str!("../runbooks/reclone.toml")),
    ("replicate-hgrc", include_str!("../runbooks/replicate-hgrc.toml")),
    ("replicate-sync", include_str!("../runbooks/replicate-sync.toml")),
    ("replication-dump", include_str!("../runbooks/replication-dump.toml")),
    ("replication-heads", include_str!("../runbooks/replication-heads.toml")),
    ("replication-skip", include_str!("../runbooks/replication-skip.toml")),
    ("reset-twig", include_str!("../runbooks/reset-twig.toml")),
    ("restart-httpd", include_str!("../runbooks/restart-httpd.toml")),
    ("restart-httpd-graceful", include_str!("../runbooks/restart-httpd-graceful.toml")),
    ("retire-repo", include_str!("../runbooks/retire-repo.toml")),
    ("services-status", include_str!("../runbooks/services-status.toml")),
    ("stream-clone", include_str!("../runbooks/stream-clone.toml")),
    ("strip", include_str!("../runbooks/strip.toml")),
    ("upgrade-repo", include_str!("../runbooks/upgrade-repo.toml")),
];

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Runbook {
    pub name: String,
    pub title: String,
    /// The section of the operational guide this procedure comes from.
    pub guide: String,
    /// How the procedure is invoked.
    pub usage: String,
    pub purpose: String,
    #[serde(default)]
    pub params: Vec<Param>,
    /// Steps marked `each_host` run host by host (in batches of the `batch` parameter, 1 by
    /// default) over these hosts: all of them for one batch, then the next batch.
    #[serde(default)]
    pub rolling: Option<Target>,
    /// How many rounds the `each_round` steps make on each host (a template naming a count
    /// parameter, e.g. `"{count}"`): consecutive `each_round` steps run as a group, round
    /// after round, with `{round}` (1, 2, ...) and `{rounds}` set.
    #[serde(default)]
    pub rounds: Option<Number>,
    /// The run starts by checking that the inventory's master holds its master file: the
    /// step `master`, the same in every runbook ([`crate::safety::master_check_step`]).
    /// Required of every runbook with a step that changes the master, unless it checks the
    /// master file its own way (the failover, the Kafka reset).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub master_check: bool,
    /// A built-in runbook whose steps follow this one's own (with its `rolling`, its
    /// `master_check` and the parameters this one does not declare): a procedure that ends
    /// with another one. Resolved when the runbook is read; `runbook show` prints the result.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub then: Option<String>,
    pub steps: Vec<Step>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Param {
    pub name: String,
    pub description: String,
    #[serde(default)]
    pub kind: ParamKind,
    #[serde(default)]
    pub default: Option<String>,
    #[serde(default)]
    pub choices: Vec<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ParamKind {
    /// A repository relative to the repository root (validated by `quote::repo`).
    Repo,
    /// A path tracked in a repository.
    TrackedPath,
    /// Free text (no control characters other than newline and tab).
    #[default]
    Text,
    /// A whole number of at least 1.
    Count,
    /// One or more repositories, one per line.
    Repos,
    /// One word of a fixed list (`choices`).
    Choice,
    /// An hgssh host of the inventory.
    HgsshHost,
    /// Any host of the inventory.
    Host,
    /// A changeset node in hexadecimal (12 to 40 digits): never a revset.
    Node,
    /// A Kafka partition of the pushdata topic: 0 to 7.
    Partition,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum StepKind {
    #[default]
    /// A read-only probe; a non-zero exit refuses the run before anything changes (exit 3).
    Precondition,
    /// A read-only command whose output is shown; a non-zero exit stops the run.
    Read,
    /// A read-only check; a non-zero exit is a finding, reported at the end (exit 1).
    Check,
    /// A command that changes something: shown and confirmed first.
    Run,
    /// A fixed wait with a countdown.
    Wait,
    /// A read-only command repeated until it succeeds, with an interval and a timeout.
    Poll,
    /// The operator confirms before the run goes on.
    Gate,
    /// Read the load balancer's pool: every target node is in it and in service (unless
    /// adopted), and draining each batch leaves enough nodes in service.
    LbCheck,
    /// Set the host's node to draining (capacity checked again right before).
    LbDrain,
    /// Take the host's node out of service entirely (HAProxy `maint` also closes the idle
    /// connections it keeps to the node).
    LbDisable,
    /// Put the host's node back in service.
    LbEnable,
    /// Wait until neither the load balancer nor the host's own server-status shows a
    /// request in flight, for `quiet` readings in a row.
    WaitDrained,
    /// Wait until the load balancer reports the node in service and healthy.
    WaitUp,
    /// The operator types a value (a repository name) to go on; `--confirm VALUE` answers
    /// it without a terminal.
    ConfirmName,
    /// A command on the operator's own machine (a working copy the procedure keeps there);
    /// it changes nothing on the hosts and does not ask. A non-zero exit stops the run.
    Local,
    /// Ban an address in the load balancer's protection class (vTM), with its expiry noted.
    LbBan,
    /// Lift a ban of the load balancer's protection class.
    LbUnban,
    /// Set the load balancer's rate limit (vTM rate class, requests per minute; 0 = off).
    LbRate,
    /// Add the host's node to the load balancer pool, disabled (nothing when it is in the
    /// pool out of service already; refused when it is in service).
    LbJoin,
    /// Remove the host's node from the load balancer pool (it must be out of service).
    LbLeave,
}

impl StepKind {
    /// The steps the read-only pass of `plan --out` runs: those before the first other kind.
    pub fn read_only(self) -> bool {
        matches!(
            self,
            StepKind::Precondition | StepKind::Read | StepKind::Check | StepKind::LbCheck
        )
    }

    pub fn changes(self) -> bool {
        matches!(
            self,
            StepKind::Run
                | StepKind::LbDrain
                | StepKind::LbDisable
                | StepKind::LbEnable
                | StepKind::LbBan
                | StepKind::LbUnban
                | StepKind::LbRate
                | StepKind::LbJoin
                | StepKind::LbLeave
                | StepKind::ConfirmName
        )
    }

    /// Steps that talk to the load balancer.
    pub fn uses_lb(self) -> bool {
        matches!(
            self,
            StepKind::LbCheck
                | StepKind::LbDrain
                | StepKind::LbDisable
                | StepKind::LbEnable
                | StepKind::WaitDrained
                | StepKind::WaitUp
                | StepKind::LbBan
                | StepKind::LbUnban
                | StepKind::LbRate
                | StepKind::LbJoin
                | StepKind::LbLeave
        )
    }

    /// Steps that need `on` and `command`.
    fn remote(self) -> bool {
        matches!(
            self,
            StepKind::Precondition
                | StepKind::Read
                | StepKind::Check
                | StepKind::Run
                | StepKind::Poll
        )
    }
}

/// A number in a runbook: literal, or a template naming a parameter (`"{drain_timeout}"`).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(untagged)]
pub enum Number {
    Literal(u64),
    Template(String),
}

/// Which hosts a step runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Target {
    /// The hgssh host holding the master role.
    Master,
    /// Every hgssh host.
    Hgssh,
    /// Every hgweb host.
    Hgweb,
    /// Every host holding a copy of the repositories: the master and every hgweb host.
    Holders,
    /// Every ZooKeeper host, in inventory order.
    Zookeeper,
    /// Every Kafka broker (hosts with the role `kafka`, or else the ZooKeeper hosts, which
    /// run Kafka too on hg.mozilla.org).
    Kafka,
    /// Every host of the inventory, in inventory order.
    All,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub id: String,
    pub kind: StepKind,
    pub title: String,
    #[serde(default)]
    pub on: Option<Target>,
    /// The remote command as an argument vector; every element is a template and is quoted
    /// on its own when sent.
    #[serde(default)]
    pub command: Vec<String>,
    /// The account the command (and its `unless` probe and `undo`) runs as: `"root"`,
    /// `"{hg_user}"`, or another user name. Required for every step that changes a host;
    /// a read without it runs as the login account. How the account is reached is the
    /// inventory's `[ssh] become` ([`crate::privilege`]).
    #[serde(default, rename = "as")]
    pub run_as: Option<String>,
    /// A read-only probe: when it exits 0 the step has nothing to do and is skipped.
    #[serde(default)]
    pub unless: Vec<String>,
    /// Message for a failed precondition or check.
    #[serde(default)]
    pub message: Option<String>,
    /// What the operator should do when this step fails.
    #[serde(default)]
    pub on_failure: Option<String>,
    #[serde(default)]
    pub seconds: Option<Number>,
    /// Poll interval in milliseconds.
    #[serde(default)]
    pub interval_ms: Option<u64>,
    #[serde(default)]
    pub timeout: Option<Number>,
    /// Consecutive quiet readings for `wait-drained`.
    #[serde(default)]
    pub quiet: Option<u32>,
    /// Run this step once per host of the `rolling` hosts, batch by batch.
    #[serde(default)]
    pub each_host: bool,
    /// Run this step once per repository of the `repos` parameter.
    #[serde(default)]
    pub each_repo: bool,
    /// Run this step (with the `each_round` steps next to it) once per round of the
    /// runbook's `rounds`, host by host.
    #[serde(default)]
    pub each_round: bool,
    /// Keep the trimmed output of this read step under this name; later commands use it
    /// as `{=name}`. Only values of `[A-Za-z0-9._:/-]` are accepted.
    #[serde(default)]
    pub capture: Option<String>,
    /// Only for runs where this parameter is non-empty (`name`) or has a value (`name=value`).
    #[serde(default)]
    pub when: Option<String>,
    /// Run on this host (a template, e.g. `"{to}"`) instead of a role given by `on`.
    #[serde(default)]
    pub host: Option<String>,
    /// For `poll`: also wait until at least this many seconds have passed since step `since`
    /// completed (with a countdown).
    #[serde(default)]
    pub min_wait: Option<Number>,
    #[serde(default)]
    pub since: Option<String>,
    /// For `run`: the command that undoes this step. When the run stops before a
    /// `no_return` step has started, the operator is offered to run it.
    #[serde(default)]
    pub undo: Vec<String>,
    /// From this step on, nothing is undone: the run reports the exact state instead.
    #[serde(default)]
    pub no_return: bool,
    /// Keep this step's output in the run's incident note
    /// (`$XDG_STATE_HOME/hgmo-ctl/incidents/<run>.md`).
    #[serde(default)]
    pub note: bool,
    /// Ask before this step although its kind does not (a local push that changes a host).
    #[serde(default)]
    pub confirm: bool,
    /// Running it twice does no more than running it once (a restart of a host that is out
    /// of service): `resume` runs it again when a run stopped in the middle of it.
    #[serde(default)]
    pub idempotent: bool,
    /// For `confirm-name`: what the operator must type.
    #[serde(default)]
    pub expect: Option<String>,
    /// For `lb-ban` and `lb-unban`: the address (templates).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ban: Option<BanSpec>,
    /// For `lb-rate`: requests per minute (a template; 0 turns the limit off).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_minute: Option<String>,
    /// For `read`: keep the whole output (any text, up to 16 MiB) under this name. A later
    /// command names it `{<name}`: the run writes it to a temporary file on that step's
    /// host, readable by the login account only (a step running as root reads it), puts
    /// the file's path there, and removes the file after the step. The content never
    /// appears in a command line, a plan or the audit log.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keep: Option<String>,
}

/// What an `lb-ban` or `lb-unban` step bans or lifts; every field a template.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct BanSpec {
    pub address: String,
    /// When the ban is to be lifted (RFC 3339), for `lb-ban`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
    /// Why, for `lb-ban`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Who bans, for `lb-ban`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
}

impl Runbook {
    pub fn parse(name: &str, text: &str) -> Result<Runbook> {
        let mut rb: Runbook = toml::from_str(text).map_err(|e| {
            let (line, column) =
                e.span().map(|s| crate::inventory::line_column(text, s.start)).unwrap_or((1, 1));
            Error::Runbook {
                name: name.to_string(),
                message: format!("{line}:{column}: {}", e.message().trim()),
            }
        })?;
        if rb.name != name {
            return Err(Error::Runbook {
                name: name.to_string(),
                message: format!("declares name {:?}", rb.name),
            });
        }
        if let Some(next) = rb.then.take() {
            if next == name {
                return Err(Error::Runbook {
                    name: name.to_string(),
                    message: "`then` names the runbook itself".into(),
                });
            }
            let other = Runbook::load(&next).map_err(|e| Error::Runbook {
                name: name.to_string(),
                message: format!("then = {next:?}: {e}"),
            })?;
            for p in other.params {
                if !rb.params.iter().any(|q| q.name == p.name) {
                    rb.params.push(p);
                }
            }
            rb.rolling = rb.rolling.or(other.rolling);
            rb.rounds = rb.rounds.or(other.rounds);
            // Its own `master` step is the one this runbook starts with.
            rb.master_check |= other.master_check;
            rb.steps.extend(
                other.steps.into_iter().filter(|s| !(other.master_check && s.id == "master")),
            );
        }
        let standard = |s: &Step| {
            toml::Value::try_from(s).ok()
                == toml::Value::try_from(crate::safety::master_check_step()).ok()
        };
        // Written back (`runbook show`), a runbook carries the step it was given: the same.
        if rb.master_check && !rb.steps.first().is_some_and(standard) {
            if rb.steps.iter().any(|s| s.id == "master") {
                return Err(Error::Runbook {
                    name: name.to_string(),
                    message:
                        "`master_check = true` adds the step `master`; another step has that id"
                            .into(),
                });
            }
            rb.steps.insert(0, crate::safety::master_check_step());
        }
        rb.validate()?;
        Ok(rb)
    }

    pub fn load(name: &str) -> Result<Runbook> {
        let text = EMBEDDED.iter().find(|(n, _)| *n == name).map(|(_, t)| *t).ok_or_else(|| {
            Error::Usage(format!("no runbook named {name:?} (see `hgmo-ctl runbook list`)"))
        })?;
        Runbook::parse(name, text)
    }

    /// A site's own runbook file: named after its stem, which no built-in runbook may share
    /// (the typed rules of a built-in procedure are keyed by its name).
    pub fn from_file(path: &std::path::Path) -> Result<Runbook> {
        let shown = path.display().to_string();
        let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
        if path.extension().and_then(|e| e.to_str()) != Some("toml") || name.is_empty() {
            return Err(Error::Usage(format!("{shown}: a runbook file is NAME.toml")));
        }
        if EMBEDDED.iter().any(|(n, _)| *n == name) {
            return Err(Error::Usage(format!(
                "{shown}: {name:?} is a built-in runbook; give the file another name"
            )));
        }
        let text = std::fs::read_to_string(path)
            .map_err(|e| Error::Usage(format!("cannot read runbook {shown}: {e}")))?;
        Runbook::parse(&name, &text).map_err(|e| match e {
            Error::Runbook { message, .. } => Error::Runbook { name: shown, message },
            other => other,
        })
    }

    pub fn all() -> Result<Vec<Runbook>> {
        EMBEDDED.iter().map(|(n, t)| Runbook::parse(n, t)).collect()
    }

    fn validate(&self) -> Result<()> {
        let fail = |message: String| Error::Runbook { name: self.name.clone(), message };
        let per_repo = self.params.iter().any(|p| p.kind == ParamKind::Repos);
        let known: Vec<&str> = self
            .params
            .iter()
            .map(|p| p.name.as_str())
            .chain(BUILTIN_VARS.iter().copied())
            .chain(DERIVED_VARS.iter().copied())
            .chain(per_repo.then_some("repo"))
            .chain(self.rounds.as_ref().map(|_| ["round", "rounds"]).into_iter().flatten())
            .collect();
        // A parameter named like a variable the plan sets itself (`node` is each host's load
        // balancer node) would be shadowed in every step that has a host.
        if let Some(p) = self.params.iter().find(|p| {
            DERIVED_VARS.contains(&p.name.as_str()) || BUILTIN_VARS.contains(&p.name.as_str())
        }) {
            return Err(fail(format!(
                "parameter {:?} has the name of a variable the plan sets itself",
                p.name
            )));
        }
        let mut ids = std::collections::HashSet::new();
        for step in &self.steps {
            if !ids.insert(step.id.as_str()) {
                return Err(fail(format!("step id {:?} is used twice", step.id)));
            }
            if step.kind.remote()
                && (step.command.is_empty() || (step.on.is_none() && step.host.is_none()))
            {
                return Err(fail(format!("step {} needs `on` and `command`", step.id)));
            }
            if step.kind.remote()
                && (step.kind.changes() || step.confirm || !step.undo.is_empty())
                && step.run_as.as_deref().is_none_or(|a| a.trim().is_empty())
            {
                return Err(fail(format!(
                    "step {} changes a host but does not say which account it runs as: add `as = \"root\"`, `as = \"{{hg_user}}\"` or another user",
                    step.id
                )));
            }
            let about_a_node = !matches!(
                step.kind,
                StepKind::LbCheck | StepKind::LbBan | StepKind::LbUnban | StepKind::LbRate
            );
            if step.kind == StepKind::LbRate && step.per_minute.is_none() {
                return Err(fail(format!("step {} needs `per_minute`", step.id)));
            }
            if step.kind.uses_lb() && about_a_node && !step.each_host && step.host.is_none() {
                return Err(fail(format!(
                    "load balancer step {} must be `each_host` or name its `host`",
                    step.id
                )));
            }
            if matches!(step.kind, StepKind::LbBan | StepKind::LbUnban) {
                let spec = step.ban.as_ref().ok_or_else(|| {
                    fail(format!("step {} needs `ban = {{ address = ... }}`", step.id))
                })?;
                if step.kind == StepKind::LbBan && spec.until.is_none() {
                    return Err(fail(format!("step {} needs `ban.until`", step.id)));
                }
            }
            if step.each_host && self.rolling.is_none() {
                return Err(fail(format!(
                    "step {} is `each_host` but the runbook has no `rolling`",
                    step.id
                )));
            }
            if step.each_round && (self.rounds.is_none() || !step.each_host || step.each_repo) {
                return Err(fail(format!(
                    "step {} is `each_round`: the runbook needs `rounds`, and the step `each_host` and not `each_repo`",
                    step.id
                )));
            }
            if step.each_repo && !self.params.iter().any(|p| p.kind == ParamKind::Repos) {
                return Err(fail(format!(
                    "step {} is `each_repo` but no parameter has kind \"repos\"",
                    step.id
                )));
            }
            if step.kind == StepKind::Local
                && (step.command.is_empty()
                    || step.on.is_some()
                    || step.host.is_some()
                    || step.run_as.is_some())
            {
                return Err(fail(format!(
                    "local step {} needs `command` and no `on`/`host`/`as` (it runs on the operator's machine)",
                    step.id
                )));
            }
            if step.capture.is_some() && !matches!(step.kind, StepKind::Read | StepKind::Local) {
                return Err(fail(format!("only read steps can `capture` (step {})", step.id)));
            }
            if step.keep.is_some() && (step.kind != StepKind::Read || step.capture.is_some()) {
                return Err(fail(format!(
                    "only read steps without `capture` can `keep` (step {})",
                    step.id
                )));
            }
            if step.kind == StepKind::Wait && step.seconds.is_none() {
                return Err(fail(format!("wait step {} needs `seconds`", step.id)));
            }
            if matches!(step.kind, StepKind::Poll | StepKind::WaitDrained | StepKind::WaitUp)
                && step.timeout.is_none()
            {
                return Err(fail(format!("poll step {} needs `timeout`", step.id)));
            }
            if matches!(step.kind, StepKind::Precondition | StepKind::Check)
                && step.message.is_none()
            {
                return Err(fail(format!("step {} needs a `message`", step.id)));
            }
            if let Some(p) = &step.when {
                let p = p.split_once('=').map_or(p.as_str(), |(n, _)| n);
                if !self.params.iter().any(|q| q.name == p) {
                    return Err(fail(format!(
                        "step {} `when` names unknown parameter {p}",
                        step.id
                    )));
                }
            }
            let templates = step
                .command
                .iter()
                .chain(&step.unless)
                .chain(step.run_as.iter())
                .chain(step.message.iter())
                .chain(step.capture.iter())
                .chain(step.undo.iter())
                .chain(step.host.iter())
                .chain(step.expect.iter())
                .chain(step.per_minute.iter())
                .chain(step.ban.iter().flat_map(|b| {
                    std::iter::once(&b.address)
                        .chain(b.until.iter())
                        .chain(b.reason.iter())
                        .chain(b.by.iter())
                }))
                .chain(step.on_failure.iter())
                .chain(std::iter::once(&step.title))
                .chain(std::iter::once(&self.purpose));
            for t in templates {
                for var in template_vars(t) {
                    if !known.contains(&var) {
                        return Err(fail(format!(
                            "step {} uses unknown variable {{{var}}}",
                            step.id
                        )));
                    }
                }
            }
        }
        let checks_master = self.steps.iter().any(|s| {
            s.kind == StepKind::Precondition
                && s.command.iter().any(|c| c.contains("{master_file}"))
        });
        if let Some(s) = self.steps.iter().find(|s| {
            s.on == Some(Target::Master) && (s.kind.changes() || s.kind == StepKind::Local)
        }) {
            if !checks_master {
                return Err(fail(format!(
                    "step {} changes the master, but no step checks the master file first: add `master_check = true`",
                    s.id
                )));
            }
        }
        Ok(())
    }
}

/// Variables every runbook can use: the inventory's paths.
pub const BUILTIN_VARS: &[&str] = &[
    "repo_root",
    "shared_root",
    "global_readonly_file",
    "retired_root",
    "hg_tools",
    "hg_pash",
    "hg_replication",
    "mirror_pull",
    "hg_user",
    "public_url",
    "replication_bin",
    "tools_bin",
    "deploy",
];

/// Variables computed while resolving: `repo_path` (when there is a `repo` parameter), the
/// target `host`, the `run_id` and the `master_file` of the expected master.
pub const DERIVED_VARS: &[&str] = &["repo_path", "host", "node", "run_id", "master_file"];

/// The `{name}` variables of a template (lower-case letters, digits after the first, `_`).
pub fn template_vars(t: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = t;
    while let Some(start) = rest.find('{') {
        if rest[start..].starts_with("{{") {
            rest = &rest[start + 2..];
            continue;
        }
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) if is_var(&after[..end]) => {
                out.push(&after[..end]);
                rest = &after[end + 1..];
            }
            _ => rest = after,
        }
    }
    out
}

fn is_var(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Replace every `{name}` in a template; `{{` and `}}` stand for `{` and `}`.
pub fn expand(t: &str, vars: &IndexMap<String, String>) -> String {
    let mut out = String::with_capacity(t.len());
    let mut rest = t;
    while let Some(start) = rest.find(['{', '}']) {
        out.push_str(&rest[..start]);
        if rest[start..].starts_with("{{") || rest[start..].starts_with("}}") {
            out.push_str(&rest[start..start + 1]);
            rest = &rest[start + 2..];
            continue;
        }
        if rest[start..].starts_with('}') {
            out.push('}');
            rest = &rest[start + 1..];
            continue;
        }
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) if is_var(&after[..end]) && vars.contains_key(&after[..end]) => {
                out.push_str(&vars[&after[..end]]);
                rest = &after[end + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod fuzz;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_embedded_runbook_is_valid() {
        let all = Runbook::all().unwrap();
        assert_eq!(all.len(), EMBEDDED.len());
    }

    #[test]
    fn every_file_in_runbooks_is_embedded() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/runbooks");
        let mut files: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|n| n.ends_with(".toml"))
            .map(|n| n.trim_end_matches(".toml").to_string())
            .collect();
        files.sort();
        let embedded: Vec<String> = EMBEDDED.iter().map(|(n, _)| n.to_string()).collect();
        assert_eq!(files, embedded);
    }

    /// `then`: upgrade-repo is its own steps, then every step of reclone but its `master`
    /// check (one at the start), with reclone's parameters and rolling; written back
    /// (`runbook show`) and read again, it is the same runbook.
    #[test]
    fn then_appends_the_other_runbooks_steps_once() {
        let up = Runbook::load("upgrade-repo").unwrap();
        let reclone = Runbook::load("reclone").unwrap();
        let ids: Vec<&str> = up.steps.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids.iter().filter(|i| **i == "master").count(), 1);
        assert_eq!(ids[0], "master");
        let tail: Vec<&str> = reclone.steps.iter().skip(1).map(|s| s.id.as_str()).collect();
        assert_eq!(&ids[ids.len() - tail.len()..], &tail[..]);
        assert!(
            ids.iter().position(|i| *i == "upgrade-preflight")
                < ids.iter().position(|i| *i == "upgrade")
        );
        assert_eq!(up.rolling, Some(Target::Hgweb));
        assert!(up.master_check && up.then.is_none());
        let names: Vec<&str> = up.params.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["repos", "batch", "drain_timeout", "on_drain_timeout", "adopt"]);
        let shown = toml::to_string(&up).unwrap();
        let again = Runbook::parse("upgrade-repo", &shown).unwrap();
        assert_eq!(again.steps.len(), up.steps.len());
        let looped =
            one_step("kind = \"check\"\ntitle = \"t\"\non = \"master\"\ncommand = [\"true\"]\n")
                .replacen("purpose = \"p\"\n", "purpose = \"p\"\nthen = \"x\"\n", 1);
        let err = Runbook::parse("x", &looped).unwrap_err();
        assert!(err.to_string().contains("`then` names the runbook itself"), "{err}");
    }

    #[test]
    fn templates_expand_known_variables_only() {
        let mut vars = IndexMap::new();
        vars.insert("repo".to_string(), "try".to_string());
        assert_eq!(expand("{repo}/.hg/{x} {1} ${repo}", &vars), "try/.hg/{x} {1} $try");
        assert_eq!(expand("-T '{{node}}' {repo}", &vars), "-T '{node}' try");
        assert!(template_vars("-T '{{node}}'").is_empty());
        assert_eq!(template_vars("a {repo} {1} {Bad} {ok_2}"), vec!["repo", "ok_2"]);
    }

    /// A runbook `x` with one step `a` (the step's table lines after its id).
    fn one_step(step: &str) -> String {
        format!(
            "name = \"x\"\ntitle = \"t\"\nguide = \"g\"\nusage = \"u\"\npurpose = \"p\"\n[[steps]]\nid = \"a\"\n{step}"
        )
    }

    #[test]
    fn unknown_variables_and_fields_are_runbook_errors() {
        let text = one_step(
            "kind = \"run\"\ntitle = \"t\"\non = \"master\"\nas = \"root\"\ncommand = [\"echo\", \"{nope}\"]\n",
        );
        let err = Runbook::parse("x", &text).unwrap_err();
        assert!(err.to_string().contains("unknown variable {nope}"), "{err}");
        let err = Runbook::parse("x", &text.replace("title = \"t\"\non", "titel = \"t\"\non"))
            .unwrap_err();
        assert!(err.to_string().contains("unknown field `titel`"), "{err}");
        assert_eq!(err.code(), 2);
    }

    #[test]
    fn a_parameter_may_not_shadow_a_variable_the_plan_sets() {
        // `node` is each host's load balancer node: a parameter of that name was silently
        // replaced by it in every step with a host (kafka remove-node checked one host and
        // titled its steps with another's node).
        let step = "kind = \"read\"\ntitle = \"{node}\"\nhost = \"{node}\"\ncommand = [\"true\"]\n";
        for name in ["node", "host", "run_id"] {
            let text = one_step(step).replace(
                "[[steps]]",
                &format!("[[params]]\nname = \"{name}\"\nkind = \"host\"\ndescription = \"d\"\n\n[[steps]]"),
            );
            let err = Runbook::parse("x", &text).unwrap_err();
            assert!(
                err.to_string().contains(&format!(
                    "parameter \"{name}\" has the name of a variable the plan sets itself"
                )),
                "{err}"
            );
        }
        let ok = one_step(&step.replace("{node}", "{kafka_node}")).replace(
            "[[steps]]",
            "[[params]]\nname = \"kafka_node\"\nkind = \"host\"\ndescription = \"d\"\n\n[[steps]]",
        );
        Runbook::parse("x", &ok).unwrap();
    }

    #[test]
    fn a_changing_step_must_name_its_account() {
        let text = one_step(
            "kind = \"run\"\ntitle = \"t\"\non = \"master\"\ncommand = [\"touch\", \"/repo/hg/x\"]\n",
        );
        let err = Runbook::parse("x", &text).unwrap_err();
        assert!(
            err.to_string().contains("step a changes a host but does not say which account"),
            "{err}"
        );
        assert_eq!(err.code(), 2);
        // A read may leave it out (it runs as the login account); a local step must.
        let read = text.replace("kind = \"run\"", "kind = \"read\"");
        assert!(Runbook::parse("x", &read).is_ok());
        let local =
            one_step("kind = \"local\"\ntitle = \"t\"\nas = \"root\"\ncommand = [\"true\"]\n");
        let err = Runbook::parse("x", &local).unwrap_err();
        assert!(err.to_string().contains("no `on`/`host`/`as`"), "{err}");
        // With an account, every line carries it: the command, its probe and its undo.
        let ok = text.replace("on = \"master\"", "on = \"master\"\nas = \"{hg_user}\"\nunless = [\"test\", \"-e\", \"/repo/hg/x\"]\nundo = [\"rm\", \"/repo/hg/x\"]");
        let err = Runbook::parse("x", &ok).unwrap_err();
        assert!(err.to_string().contains("add `master_check = true`"), "{err}");
        let ok = ok.replace("[[steps]]", "master_check = true\n[[steps]]");
        let rb = Runbook::parse("x", &ok).unwrap();
        assert_eq!(rb.steps[0].id, "master", "the master check comes first");
        assert_eq!(rb.steps[1].run_as.as_deref(), Some("{hg_user}"));
    }
}
