//! From a parsed command to a typed invocation of its runbook. One module per command group
//! turns its clap arguments into an [`Invocation`]: the runbook, its parameters, the hosts
//! the command limits itself to, and the values that can only be filled in once the
//! inventory is read ([`Invocation::prepare`]). The dispatcher (`app.rs`) knows no runbook
//! by name.

use indexmap::IndexMap;

use crate::cli::Command;
use crate::error::Result;
use crate::inventory::Inventory;
use crate::runbook::Runbook;

mod custom;
mod hgweb;
mod kafka;
mod lb;
mod master;
mod replication;
mod repos;
mod rolling;
pub mod tryheads;

/// Fills in what depends on the inventory (the failover's wait, Try's URLs, ...).
pub type Prepare = fn(&mut Invocation, &Inventory) -> Result<()>;

/// A procedure to run: the runbook and the operator's parameters.
pub struct Invocation {
    pub runbook: Source,
    pub params: IndexMap<String, String>,
    /// Hosts the command itself limits the run to (`--host`), on top of `--hosts`.
    pub only: Option<Vec<String>>,
    pub prepare: Option<Prepare>,
    /// A note the dry run adds to the plan's assumptions.
    pub dry_run_note: Option<fn(&crate::plan::Plan) -> String>,
}

/// Where the runbook comes from.
pub enum Source {
    Builtin(&'static str),
    /// A site's own runbook, read from a file (`runbook run FILE`).
    File(Box<Runbook>),
}

/// What a procedure needs on the operator's machine before it runs (and before it is
/// resumed), by the runbook that needs it.
const BEFORE_RUN: &[(&str, BeforeRun)] = &[("merge-try-heads", tryheads::before_run)];

type BeforeRun = fn(&crate::plan::Plan) -> Result<()>;

/// Prepare the operator's machine for `plan` (a fresh run, `apply` or `resume`).
pub fn before_run(plan: &crate::plan::Plan) -> Result<()> {
    match BEFORE_RUN.iter().find(|(name, _)| *name == plan.procedure) {
        Some((_, f)) => f(plan),
        None => Ok(()),
    }
}

impl Invocation {
    /// Runbook `name` with the parameters that are given (`None`: the runbook's default).
    pub fn new(name: &'static str, params: &[(&str, Option<&str>)]) -> Invocation {
        Invocation {
            runbook: Source::Builtin(name),
            params: params
                .iter()
                .filter_map(|(k, v)| v.map(|v| (k.to_string(), v.to_string())))
                .collect(),
            only: None,
            prepare: None,
            dry_run_note: None,
        }
    }

    pub fn set(&mut self, name: &str, value: impl ToString) -> &mut Self {
        self.params.insert(name.to_string(), value.to_string());
        self
    }

    pub fn runbook(&self) -> Result<Runbook> {
        match &self.runbook {
            Source::Builtin(name) => Runbook::load(name),
            Source::File(r) => Ok((**r).clone()),
        }
    }
}

/// The invocation of a command that runs a runbook; `None` for the commands that do not
/// (plan, apply, resume, history, completions, the read-only status commands, ...).
pub fn invocation(command: &Command) -> Result<Option<Invocation>> {
    Ok(Some(match command {
        Command::RestartHttpd { .. } | Command::Reclone { .. } | Command::UpgradeRepo { .. } => {
            rolling::invocation(command)?
        }
        Command::RetireRepo { .. }
        | Command::Strip { .. }
        | Command::ReadOnly(_)
        | Command::Fncache(_)
        | Command::Pushlog(_)
        | Command::L10n(_)
        | Command::ResetTwig { .. }
        | Command::StreamClone { .. }
        | Command::Replicate(_)
        | Command::Bundles(_)
        | Command::Hooks(_) => repos::invocation(command)?,
        Command::MergeTryHeads { base, workdir, batch } => {
            tryheads::invocation(base, workdir.as_deref(), *batch)?
        }
        Command::Failover { to, from, wait } => master::failover(to, from.as_deref(), *wait),
        Command::Replication(r) => match replication::replication(r) {
            Some(i) => i,
            None => return Ok(None),
        },
        Command::Notifier(n) => replication::notifier(n),
        Command::Aggregator(a) => replication::aggregator(a),
        Command::Services(crate::cli::Services::Status) => Invocation::new("services-status", &[]),
        Command::Kafka(k) => kafka::invocation(k)?,
        Command::Hgweb(h) => hgweb::invocation(h)?,
        Command::Lb(crate::cli::Lb::Ban(b)) => match lb::invocation(b)? {
            Some(i) => i,
            None => return Ok(None),
        },
        Command::Lb(crate::cli::Lb::Rate(crate::cli::LbRate::Set { per_minute })) => {
            let mut i = Invocation::new("lb-rate-set", &[]);
            i.set("per_minute", per_minute);
            i.prepare = Some(lb::only_vtm);
            i
        }
        Command::Lb(crate::cli::Lb::Rate(crate::cli::LbRate::Show)) => return Ok(None),
        Command::Runbook(crate::cli::RunbookCmd::Run { file, params }) => {
            custom::invocation(file, params)?
        }
        Command::Runbook(_)
        | Command::Check(_)
        | Command::Inventory(_)
        | Command::Mirrors(_)
        | Command::Plan { .. }
        | Command::Apply { .. }
        | Command::Resume { .. }
        | Command::History
        | Command::Completions { .. }
        | Command::Man => return Ok(None),
    }))
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::*;
    use crate::cli::{Cli, OnDrainTimeout};

    fn parse(args: &[&str]) -> std::result::Result<Cli, clap::Error> {
        Cli::try_parse_from(std::iter::once("hgmo-ctl").chain(args.iter().copied()))
    }

    fn invoke(args: &[&str]) -> Invocation {
        invocation(&parse(args).expect("parses").command).expect("valid").expect("a runbook")
    }

    #[test]
    fn a_repository_name_is_checked_once_when_the_command_line_is_parsed() {
        for args in [
            &["fncache", "rebuild", "../etc"][..],
            &["retire-repo", "--", "-rf"],
            &["reclone", "ok", "a/../b"],
            &["read-only", "set", "x y"],
            &["hooks", "edit", "/abs"],
        ] {
            let e = parse(args).expect_err("refused");
            assert!(e.to_string().contains("invalid repository"), "{args:?}: {e}");
        }
        let i = invoke(&["strip", "integration/autoland", "0123456789ab"]);
        assert_eq!(i.params["repo"], "integration/autoland");
    }

    #[test]
    fn a_repository_file_is_checked_like_the_command_line() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("repos");
        std::fs::write(&f, "# retired today\nmozilla-central\n\nbad;name\n").unwrap();
        let cli = parse(&["reclone", "--repo-file", f.to_str().unwrap()]).unwrap();
        let e = invocation(&cli.command).err().expect("refused");
        assert!(e.to_string().contains("bad;name"), "{e}");
        std::fs::write(&f, "# only comments\n\n").unwrap();
        let e = invocation(&cli.command).err().expect("refused");
        assert!(e.to_string().contains("names no repository"), "{e}");
        std::fs::write(&f, "a\nb/c\n").unwrap();
        assert_eq!(invocation(&cli.command).unwrap().unwrap().params["repos"], "a\nb/c");
    }

    #[test]
    fn the_drain_policy_reaches_the_executor_as_the_same_enum() {
        for p in [
            OnDrainTimeout::Ask,
            OnDrainTimeout::Wait,
            OnDrainTimeout::Back,
            OnDrainTimeout::Proceed,
        ] {
            let name = p.name();
            let i = invoke(&["restart-httpd", "--on-drain-timeout", &name]);
            assert_eq!(OnDrainTimeout::from_name(&i.params["on_drain_timeout"]), Some(p));
        }
        assert_eq!(OnDrainTimeout::from_name("maybe"), None);
    }

    #[test]
    fn procedures_that_need_the_inventory_say_so_and_others_do_not() {
        assert!(invoke(&["failover", "--to", "hgssh2"]).prepare.is_some());
        assert!(invoke(&["merge-try-heads"]).prepare.is_some());
        assert!(invoke(&["aggregator", "groups", "sync"]).prepare.is_some());
        assert!(invoke(&["restart-httpd"]).prepare.is_none());
        for args in [&["replication", "status"][..], &["check", "zookeeper"], &["history"]] {
            assert!(invocation(&parse(args).unwrap().command).unwrap().is_none(), "{args:?}");
        }
    }

    #[test]
    fn a_user_repository_is_not_retired() {
        let cli = parse(&["retire-repo", "users/alice/scratch"]).unwrap();
        let e = invocation(&cli.command).err().expect("refused");
        assert!(e.to_string().contains("users delete their own repositories"), "{e}");
        let i = invoke(&["retire-repo", "projects/old", "--via-replication"]);
        assert_eq!(
            (i.params["parent"].as_str(), i.params["mode"].as_str()),
            ("projects", "replication")
        );
    }
}
