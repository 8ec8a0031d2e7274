//! The command line. Command names are a contract; commands delivered by a
//! later change say so in their help and exit 2 with "not implemented yet".

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use clap_complete::engine::{ArgValueCompleter, CompletionCandidate};

/// Dynamic completion of repository names: the inventory's `repositories` list (the
/// inventory from `HGMO_CTL_INVENTORY` or the default path). Registered with
/// `source <(HGMO_CTL_COMPLETE=bash hgmo-ctl)` (or zsh, fish, elvish, powershell).
pub fn complete_repo(current: &std::ffi::OsStr) -> Vec<CompletionCandidate> {
    let prefix = current.to_string_lossy();
    let path = std::env::var_os("HGMO_CTL_INVENTORY")
        .map(PathBuf::from)
        .unwrap_or_else(crate::inventory::Inventory::default_path);
    let Ok(inv) = crate::inventory::Inventory::load(&path) else { return Vec::new() };
    inv.repositories
        .iter()
        .filter(|r| r.starts_with(prefix.as_ref()))
        .map(|r| CompletionCandidate::new(r.clone()))
        .collect()
}

use crate::quote::RepoName;
use crate::terminal::ColorChoice;

#[derive(Debug, Parser)]
#[command(
    name = "hgmo-ctl",
    version,
    about = "Operations runbooks for hg.mozilla.org-style Mercurial hosting",
    long_about = "Operations runbooks for hg.mozilla.org-style Mercurial hosting.\n\n\
        Every procedure of the operational guide is one command. Each step that changes \
        something runs over SSH, shows its exact host and command, and asks for \
        confirmation; --dry-run prints the whole plan (text, Markdown for a change-advisory \
        review, or JSON) without connecting anywhere.",
    after_help = "Exit codes: 0 done; 1 a step failed; 2 usage, inventory or runbook error; \
        3 not confirmed or refused; 130 interrupted."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct Global {
    /// Inventory file [default: $XDG_CONFIG_HOME/hgmo-ctl/inventory.toml]
    #[arg(short, long, env = "HGMO_CTL_INVENTORY", value_name = "PATH", global = true)]
    pub inventory: Option<PathBuf>,
    /// Print the plan and exit: no connection, no request, no change
    #[arg(short = 'n', long, global = true)]
    pub dry_run: bool,
    /// Answer yes to every confirmation
    #[arg(short, long, global = true)]
    pub yes: bool,
    /// How to print plans and reports
    #[arg(long, value_enum, default_value_t = Format::Text, global = true)]
    pub format: Format,
    /// Only these hosts (inventory names, comma-separated)
    #[arg(long, value_delimiter = ',', value_name = "NAME,...", global = true)]
    pub hosts: Option<Vec<String>>,
    /// Show probe commands and more detail
    #[arg(short, long, global = true)]
    pub verbose: bool,
    /// Ask once for your sudo password, for hosts whose sudo asks for one ([ssh] become = "sudo"); it is fed to sudo's standard input, never shown or logged
    #[arg(short = 'K', long, global = true)]
    pub ask_become_pass: bool,
    /// Take over the operators' lock on the master even if another run holds it (asks; audited)
    #[arg(long, global = true)]
    pub break_lock: bool,
    /// When to use colours (NO_COLOR is honoured with auto)
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true, value_name = "WHEN")]
    pub color: ColorChoice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Markdown,
    Json,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Rolling httpd restart of the hgweb hosts: drain, wait, restart, check, put back
    RestartHttpd {
        /// Hosts drained and restarted at once
        #[arg(long, default_value_t = 1, value_name = "N")]
        batch: usize,
        /// `apachectl graceful` instead of a restart (the guide's remedy for high memory):
        /// Apache's parent stays; each host is still drained first, and the configuration
        /// must parse everywhere before any host is touched
        #[arg(long)]
        graceful: bool,
        #[command(flatten)]
        drain: DrainArgs,
    },
    /// Re-clone repositories on every hgweb mirror, host by host, without downtime
    Reclone {
        /// Repositories, relative to the repository root
        #[arg(required_unless_present = "repo_file", conflicts_with = "repo_file", add = ArgValueCompleter::new(complete_repo))]
        repos: Vec<RepoName>,
        /// Read repository names from a file, one per line (# comments and blank lines skipped)
        #[arg(long, value_name = "FILE")]
        repo_file: Option<PathBuf>,
        /// Hosts drained at once
        #[arg(long, default_value_t = 1, value_name = "N")]
        batch: usize,
        #[command(flatten)]
        drain: DrainArgs,
    },
    /// Retire a repository: move it aside on the master, delete it on the mirrors
    RetireRepo {
        #[arg(add = ArgValueCompleter::new(complete_repo))]
        repo: RepoName,
        /// Empty the mirrors through the replication log (hg replicatedelete)
        #[arg(long)]
        via_replication: bool,
        /// The repository name, typed in advance (for runs without a terminal)
        #[arg(long, value_name = "REPO")]
        confirm: Option<String>,
    },
    /// Mark repositories read-only, clear it, or show what is read-only
    #[command(subcommand)]
    ReadOnly(ReadOnly),
    /// Check or rebuild a repository's fncache
    #[command(subcommand)]
    Fncache(Fncache),
    /// Merge the non-public Try heads into one chain and push it (fast, resumable)
    MergeTryHeads {
        /// Revision the chain starts on
        #[arg(long, value_name = "REV", default_value = "last(public())")]
        base: String,
        /// Working copy of Try on this machine [default: $XDG_CACHE_HOME/hgmo-ctl/try]
        #[arg(long, value_name = "DIR")]
        workdir: Option<PathBuf>,
        /// Merges per transaction
        #[arg(long, value_name = "N", default_value_t = 1000)]
        batch: usize,
    },
    /// Move the master role to another hgssh host, never running two masters
    Failover {
        /// The hgssh host that becomes the master
        #[arg(long, value_name = "HOST")]
        to: String,
        /// The current master [default: the inventory's expected master]
        #[arg(long, value_name = "HOST")]
        from: Option<String>,
        /// Seconds between removing the old master file and creating the new one
        /// [default: 60; never less than twice the monitor interval + 1]
        #[arg(long, value_name = "SECONDS")]
        wait: Option<u64>,
    },
    /// Replicate a repository's hgrc or state to the mirrors
    #[command(subcommand)]
    Replicate(Replicate),
    /// Edit a repository's hooks (.hg/hgrc) on the master in $EDITOR and replicate them
    #[command(subcommand)]
    Hooks(Hooks),
    /// Replication lag and its remediation
    #[command(subcommand)]
    Replication(Replication),
    /// Pulse and SNS notifier remediation
    #[command(subcommand)]
    Notifier(Notifier),
    /// The push data aggregator and its consumer groups file
    #[command(subcommand)]
    Aggregator(Aggregator),
    /// Clone bundle manifests: restore the previous one, drop bad entries
    #[command(subcommand)]
    Bundles(Bundles),
    /// Strip a changeset (and its descendants) on the master and every mirror
    Strip {
        #[arg(add = ArgValueCompleter::new(complete_repo))]
        repo: RepoName,
        /// The changeset node (hexadecimal, 12 to 40 digits)
        rev: String,
    },
    /// The load balancer's IP bans and rate limit (vTM)
    #[command(subcommand)]
    Lb(Lb),
    /// Localization repositories
    #[command(subcommand)]
    L10n(L10n),
    /// The pushlog of a repository on the master
    #[command(subcommand)]
    Pushlog(Pushlog),
    /// Upgrade a repository's storage format on the master, then re-clone it on every mirror
    UpgradeRepo {
        #[arg(add = ArgValueCompleter::new(complete_repo))]
        repo: RepoName,
        #[command(flatten)]
        drain: DrainArgs,
    },
    /// Stream-clone a repository onto every hgweb mirror from the master (delete, clone)
    StreamClone {
        #[arg(add = ArgValueCompleter::new(complete_repo))]
        repo: RepoName,
    },
    /// Reset a twig (projects/TWIG) to a fresh stream clone of its source, everywhere
    ResetTwig {
        /// The twig's name, e.g. cedar (the repository projects/cedar)
        twig: String,
        /// The repository the twig starts again from
        #[arg(long, value_name = "REPO", default_value = "mozilla-central")]
        source: RepoName,
        /// The group that may push to the twig
        #[arg(long, value_name = "GROUP", default_value = "scm_level_2", value_parser = ["scm_level_1", "scm_level_2", "scm_level_3"])]
        scm_level: String,
    },
    /// Services of the hgssh and hgweb hosts
    #[command(subcommand)]
    Services(Services),
    /// Monitoring checks
    #[command(subcommand)]
    Check(Check),
    /// ZooKeeper and Kafka node management and the nuclear option
    #[command(subcommand)]
    Kafka(Kafka),
    /// An hgweb host joins or leaves: replication bootstrap, aggregator groups, load balancer
    #[command(subcommand)]
    Hgweb(Hgweb),
    /// List the runbooks, show one, or run a site's own runbook file
    #[command(subcommand)]
    Runbook(RunbookCmd),
    /// Compare every hgweb mirror with the master (heads and repository hash)
    #[command(subcommand)]
    Mirrors(Mirrors),
    /// Make or check the inventory from production's Ansible inventory
    #[command(subcommand)]
    Inventory(InventoryCmd),
    /// Read the live state read-only and write a plan file for review: plan --out F -- COMMAND...
    Plan {
        /// The plan file (JSON; a Markdown rendering is written beside it as F.md)
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// The procedure and its arguments, as they would be run
        #[arg(
            required = true,
            trailing_var_arg = true,
            allow_hyphen_values = true,
            value_name = "COMMAND"
        )]
        command: Vec<String>,
    },
    /// Execute exactly a reviewed plan file, if nothing it depends on changed since
    Apply {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// Continue a run that failed, was interrupted or killed, without repeating what it did
    Resume {
        /// The run id (see `history`) [default: the newest run that did not succeed]
        #[arg(value_name = "ID")]
        id: Option<String>,
    },
    /// List runs with their outcome
    History,
    /// Print a shell completion script
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff)
    Man,
}

#[derive(Debug, Args)]
pub struct DrainArgs {
    /// Seconds to wait for a host to drain [default: 300 for restart-httpd, 3600 for reclone]
    #[arg(long, value_name = "SECONDS")]
    pub drain_timeout: Option<u64>,
    /// When a drain times out: ask (back without a terminal), wait longer, put the host back
    /// and stop, or proceed anyway
    #[arg(long, value_enum, value_name = "WHAT")]
    pub on_drain_timeout: Option<OnDrainTimeout>,
    /// Take over nodes that were already out of service before the run (and put them back)
    #[arg(long)]
    pub adopt_drained: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OnDrainTimeout {
    Ask,
    Wait,
    Back,
    Proceed,
}

impl OnDrainTimeout {
    /// Its word on the command line, which is also its value in the plan's parameters.
    pub fn name(self) -> String {
        self.to_possible_value().map(|v| v.get_name().to_string()).unwrap_or_default()
    }

    /// The policy a plan's `on_drain_timeout` parameter names.
    pub fn from_name(name: &str) -> Option<OnDrainTimeout> {
        <OnDrainTimeout as ValueEnum>::from_str(name, false).ok()
    }
}

#[derive(Debug, Subcommand)]
pub enum ReadOnly {
    /// Mark one repository (.hg/readonlyreason) or all (the global file) read-only
    Set {
        #[command(flatten)]
        target: RepoOrAll,
        /// Text shown to users whose push is refused
        #[arg(long, value_name = "TEXT")]
        reason: Option<String>,
    },
    /// Make one repository or all writable again
    Clear {
        #[command(flatten)]
        target: RepoOrAll,
    },
    /// Show what is read-only and why (every repository, or one)
    Status {
        #[arg(add = ArgValueCompleter::new(complete_repo))]
        repo: Option<RepoName>,
    },
}

#[derive(Debug, Args)]
#[group(required = true, multiple = false)]
pub struct RepoOrAll {
    /// Repository, relative to the repository root (e.g. integration/autoland)
    #[arg(add = ArgValueCompleter::new(complete_repo))]
    pub repo: Option<RepoName>,
    /// Every repository (the global read-only file)
    #[arg(long)]
    pub all: bool,
}

#[derive(Debug, Subcommand)]
pub enum Lb {
    /// Bans in the vTM's service protection class (the current guide's "Add banned IP")
    #[command(subcommand)]
    Ban(LbBan),
    /// The vTM's rate limit (rate class hg-rate)
    #[command(subcommand)]
    Rate(LbRate),
}

#[derive(Debug, Subcommand)]
pub enum LbRate {
    /// The limits of the rate class, per minute and per second (0: none)
    Show,
    /// Set the limit per minute (0 turns it off)
    Set {
        /// Requests per minute
        #[arg(value_name = "PER_MINUTE")]
        per_minute: u64,
    },
}

#[derive(Debug, Subcommand)]
pub enum LbBan {
    /// Every banned address, with its expiry, who and why (exit 1 when one has expired)
    List,
    /// Ban an address or network until a time: the expiry is recorded in the class's note
    Add {
        /// An IPv4 or IPv6 address, or a network (CIDR)
        address: String,
        /// How long, e.g. 6h, 2d, 1week (the ban is reported as expired after that)
        #[arg(long = "for", value_name = "DURATION")]
        duration: String,
        /// Why (kept with the ban)
        #[arg(long, value_name = "TEXT")]
        reason: String,
    },
    /// Lift a ban
    Remove {
        /// The banned address or network, as `lb ban list` shows it
        address: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum L10n {
    /// Create the l10n repository NAME (a locale, e.g. fy-NL) on its release channels:
    /// releases/l10n/CHANNEL/NAME, hooked, owned by scm_l10n, replicated
    NewChannel {
        /// The l10n repository: one path component (a locale, e.g. fy-NL)
        name: String,
        /// A channel to create it on (repeat for several) [default: aurora, beta, release]
        #[arg(long = "channel", value_name = "CHANNEL")]
        channels: Vec<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum Pushlog {
    /// Delete the pushlog rows of changesets the repository no longer holds (after a backup),
    /// the cause of `UNIQUE constraint failed: changesets.rev` on push
    Repair {
        #[arg(add = ArgValueCompleter::new(complete_repo))]
        repo: RepoName,
    },
}

#[derive(Debug, Subcommand)]
pub enum Fncache {
    /// Is data/PATH.i in the fncache on every host that holds the repository?
    Check {
        #[arg(add = ArgValueCompleter::new(complete_repo))]
        repo: RepoName,
        /// The path from the stream clone error
        #[arg(long, value_name = "P")]
        path: String,
    },
    /// Back up and rebuild the fncache (hg debugrebuildfncache) on every host
    Rebuild {
        #[arg(add = ArgValueCompleter::new(complete_repo))]
        repo: RepoName,
    },
}

#[derive(Debug, Subcommand)]
pub enum Replicate {
    /// hg replicatehgrc on the master: send the repository's hgrc to the mirrors
    Hgrc {
        #[arg(add = ArgValueCompleter::new(complete_repo))]
        repo: RepoName,
    },
    /// hg replicatesync on the master: re-synchronise the repository on the mirrors
    Sync {
        #[arg(add = ArgValueCompleter::new(complete_repo))]
        repo: RepoName,
    },
}

#[derive(Debug, Subcommand)]
pub enum Hooks {
    /// Edit .hg/hgrc on the master in $EDITOR, write it back unless it changed meanwhile, replicate it
    Edit {
        #[arg(add = ArgValueCompleter::new(complete_repo))]
        repo: RepoName,
    },
}

#[derive(Debug, Subcommand)]
pub enum Replication {
    /// Every lag check on every host at once, as one table (exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN)
    Status,
    /// Show the pending messages of a partition on an hgweb host (read-only)
    Dump {
        #[arg(long, value_name = "HOST")]
        host: String,
        #[arg(long, value_name = "N")]
        partition: u32,
    },
    /// Start the heads consumer (vcsreplicator-heads) where it is not active and watch its lag
    /// check recover; a running unit is left alone
    Heads {
        /// Only this hgweb host (inventory name) [default: every hgweb host]
        #[arg(long, value_name = "HOST")]
        host: Option<String>,
    },
    /// Skip the message(s) a consumer is wedged on, restart it, watch it catch up
    Skip {
        /// The hgweb host (inventory name)
        #[arg(
            long,
            value_name = "HOST",
            required_unless_present = "all_hosts",
            conflicts_with = "all_hosts"
        )]
        host: Option<String>,
        /// Every hgweb host, one after the other
        #[arg(long)]
        all_hosts: bool,
        #[arg(long, value_name = "N")]
        partition: u32,
        /// How many messages to skip
        #[arg(long, value_name = "K", default_value_t = 1)]
        count: u32,
    },
}

#[derive(Debug, Subcommand)]
pub enum Notifier {
    /// Skip the message a notifier is wedged on, start it, re-check its lag
    Skip {
        #[arg(value_enum)]
        which: NotifierName,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum NotifierName {
    Pulse,
    Sns,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GroupsAction {
    Show,
    Sync,
}

#[derive(Debug, Subcommand)]
pub enum Aggregator {
    /// Restart the push data aggregator and watch its lag fall
    Restart {
        /// The pending aggregator (pushdataaggregator-pending.service), which feeds the hgweb heads consumers
        #[arg(long)]
        pending: bool,
    },
    /// Compare the groups file with the inventory's hgweb hosts (show) or rewrite it (sync)
    Groups {
        #[arg(value_enum)]
        action: GroupsAction,
    },
}

#[derive(Debug, Subcommand)]
pub enum Bundles {
    /// Restore the previous clone bundle manifest (.old, or .last for a copyfrom repository) and replicate it
    Restore {
        #[arg(add = ArgValueCompleter::new(complete_repo))]
        repo: RepoName,
        /// Also stop hg-bundle-generate.timer, so the next 04:00 run does not overwrite it
        #[arg(long)]
        pause_generation: bool,
    },
    /// Drop the manifest lines that contain TEXT, after a typed confirmation
    Drop {
        #[arg(add = ArgValueCompleter::new(complete_repo))]
        repo: RepoName,
        #[arg(long, value_name = "TEXT")]
        spec: String,
        /// The repository name, typed in advance (for runs without a terminal)
        #[arg(long, value_name = "REPO")]
        confirm: Option<String>,
        /// Also stop hg-bundle-generate.timer, so the next 04:00 run does not bring them back
        #[arg(long)]
        pause_generation: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum Services {
    /// Master file, hg-master.target and master-only units; replication consumers and httpd
    Status,
}

#[derive(Debug, Subcommand)]
pub enum Mirrors {
    /// The consistency sweep: heads and hash of each repository on the master and every
    /// mirror at once; lists what differs and the reclone that repairs it (exit 1)
    Verify {
        /// Repositories, relative to the repository root [default: every repository on the master]
        #[arg(add = ArgValueCompleter::new(complete_repo))]
        repos: Vec<RepoName>,
    },
}

#[derive(Debug, Subcommand)]
pub enum InventoryCmd {
    /// Read a version-control-tools checkout's ansible/hosts and group_vars/hgmo (roles,
    /// ZooKeeper ids, the master) and write the inventory, or compare one with --check
    Import {
        /// The version-control-tools checkout
        #[arg(long, value_name = "CHECKOUT", value_hint = clap::ValueHint::DirPath)]
        from: PathBuf,
        /// Write the inventory to FILE (refused if FILE exists) instead of standard output
        #[arg(long, value_name = "FILE", conflicts_with = "check", value_hint = clap::ValueHint::FilePath)]
        out: Option<PathBuf>,
        /// Compare FILE with Ansible and list every difference (exit 1 when they differ)
        #[arg(long, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
        check: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
pub enum Check {
    /// The guide's check_zookeeper from each ZooKeeper host (exit 0 OK, 1 WARNING, 2 CRITICAL)
    Zookeeper,
}

#[derive(Debug, Subcommand)]
pub enum Kafka {
    /// Deploy, start ZooKeeper and then Kafka on a new node
    AddNode {
        #[arg(long, value_name = "HOST")]
        node: String,
    },
    /// Reassign partitions onto brokers: generate, show, execute, verify
    Rebalance {
        /// The Kafka host to run kafka-reassign-partitions.sh on
        #[arg(long, value_name = "HOST")]
        on: String,
        /// Broker ids, comma-separated (e.g. 14,15,16)
        #[arg(long, value_name = "IDS")]
        brokers: String,
        /// Topics to move, comma-separated
        #[arg(long, value_name = "TOPICS")]
        topics: Option<String>,
    },
    /// Deploy without a node, then stop and disable Kafka and ZooKeeper there
    RemoveNode {
        #[arg(long, value_name = "HOST")]
        node: String,
    },
    /// The nuclear option: wipe Kafka and ZooKeeper and start them from scratch
    Reset {
        /// Type `wipe kafka` in advance (for runs without a terminal)
        #[arg(long, value_name = "TEXT")]
        confirm: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum Hgweb {
    /// Bring a new or replaced hgweb host into service (production's bootstrap-hgweb): pool
    /// (disabled), replication bootstrap, aggregator groups, health, in service
    Add {
        /// The host (inventory name; role hgweb, with its lb_node), deployed already
        host: String,
        /// Its replication consumer group [default: the short hostname]
        #[arg(long, value_name = "NAME")]
        group: Option<String>,
        /// A repository stream-cloned from the public front end instead of bootstrapped
        /// (repeat it) [default: try and try-comm-central]
        #[arg(long = "stream-clone", value_name = "REPO", add = ArgValueCompleter::new(complete_repo))]
        stream_clone: Vec<RepoName>,
        /// replicatesync calls at once in the master's bootstrap
        #[arg(long, default_value_t = 5, value_name = "N")]
        ssh_workers: usize,
        /// Clones at once in the host's bootstrap
        #[arg(long, default_value_t = 8, value_name = "N")]
        hgweb_workers: usize,
    },
    /// Take an hgweb host out of service for good: drain, out of the pool and the aggregator
    /// groups, its consumers and httpd stopped and disabled
    Remove {
        /// The host (inventory name; role hgweb, with its lb_node)
        host: String,
        /// Its replication consumer group [default: the short hostname]
        #[arg(long, value_name = "NAME")]
        group: Option<String>,
        /// The host is unreachable: no drain, nothing run on it; only the load balancer and
        /// the master change
        #[arg(long)]
        host_down: bool,
        /// Seconds to wait for the host to drain [default: 300]
        #[arg(long, value_name = "SECONDS")]
        drain_timeout: Option<u64>,
        /// When the drain times out: ask (back without a terminal), wait longer, put the host
        /// back and stop, or proceed anyway
        #[arg(long, value_enum, value_name = "WHAT")]
        on_drain_timeout: Option<OnDrainTimeout>,
    },
}

#[derive(Debug, Subcommand)]
pub enum RunbookCmd {
    /// List every runbook
    List,
    /// Show one runbook: purpose, parameters, steps
    Show { name: String },
    /// Run a runbook from a TOML file (same format as runbooks/*.toml; its `name` must be the
    /// file's stem and differ from every built-in), with the same plan, dry run,
    /// confirmations, lock, journal and audit log as a built-in procedure
    Run {
        /// The runbook file
        #[arg(value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
        file: PathBuf,
        /// A parameter of the runbook (repeatable)
        #[arg(short = 'p', long = "param", value_name = "NAME=VALUE")]
        params: Vec<String>,
    },
}

pub fn command() -> clap::Command {
    <Cli as clap::CommandFactory>::command()
}
