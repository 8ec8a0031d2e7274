//! The inventory: which hosts exist, what they do, how to reach them and where things live
//! on them. Format: README.md, "Inventory". Every path is a setting whose default is today's
//! production value.

use std::path::{Path, PathBuf};

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

pub mod ansible;
pub mod import;

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Inventory {
    #[serde(default)]
    pub ssh: SshSettings,
    #[serde(default)]
    pub paths: Paths,
    #[serde(default)]
    pub loadbalancer: LoadBalancer,
    #[serde(default)]
    pub master: MasterSettings,
    #[serde(default)]
    pub deploy: DeploySettings,
    #[serde(default)]
    pub notify: NotifySettings,
    #[serde(default, rename = "try")]
    pub try_repo: TrySettings,
    /// Repository names offered by shell completion (optional).
    #[serde(default)]
    pub repositories: Vec<String>,
    #[serde(default)]
    pub hosts: IndexMap<String, Host>,
    /// Where the inventory was read from (not part of the file).
    #[serde(skip)]
    pub source: PathBuf,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SshSettings {
    /// Remote login name; default: whatever the operator's ~/.ssh/config says (production:
    /// the operator's own account).
    pub user: Option<String>,
    /// How root and hg steps get their account: `sudo` (default; production) or `none` (a
    /// root login). See [`crate::privilege`].
    #[serde(default, rename = "become")]
    pub become_method: crate::privilege::Become,
    pub identity_file: Option<String>,
    #[serde(default)]
    pub known_hosts: KnownHostsPolicy,
    /// A known_hosts file to use instead of the operator's own (the lab uses this).
    pub known_hosts_file: Option<String>,
    /// An ssh_config file passed as `ssh -F` (default: the operator's ~/.ssh/config).
    pub config_file: Option<String>,
    /// Seconds to wait for a connection (default 10).
    pub connect_timeout: Option<u64>,
    /// Seconds between keep-alive probes on an idle connection (default 15); a host that
    /// misses three in a row is taken for lost (a cut network is noticed in 4 × this).
    pub server_alive_interval: Option<u64>,
    /// `shell` (default): one remote `sh` per host is kept alive and fed every step.
    /// `exec`: each step is its own command over the multiplexed connection (each pays the
    /// remote user's shell start-up again).
    #[serde(default)]
    pub mode: SshMode,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SshMode {
    Exec,
    #[default]
    Shell,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum KnownHostsPolicy {
    #[default]
    Strict,
    AcceptNew,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Paths {
    /// Root of the hosted repositories (`/repo/hg/mozilla/<repo>`).
    pub repo_root: String,
    /// The shared storage of the hgssh hosts, where `master.<hostname>` lives.
    pub shared_root: String,
    /// Global read-only file (moved from /etc/mercurial/readonlyreason in 2018).
    pub global_readonly_file: String,
    /// Where retired repositories are moved to.
    pub retired_root: String,
    /// The Mercurial of the tools virtualenv (replicatehgrc, replicatesync, debug commands).
    pub hg_tools: String,
    /// The Mercurial behind pash on hgssh (strip must use it).
    pub hg_pash: String,
    /// The Mercurial of the replication virtualenv on hgweb.
    pub hg_replication: String,
    /// The mirror-pull script on hgweb.
    pub mirror_pull: String,
    /// The user that owns the repositories.
    pub hg_user: String,
    /// The lock that keeps two operators from changing things at once (shared storage).
    pub lock_file: String,
    /// The public hgweb front end as the hosts reach it (`reset-twig` clones from it).
    pub public_url: String,
}

impl Paths {
    /// The settings that must be absolute paths, by their key in `[paths]`.
    pub fn absolute(&self) -> [(&'static str, &String); 9] {
        [
            ("repo_root", &self.repo_root),
            ("shared_root", &self.shared_root),
            ("global_readonly_file", &self.global_readonly_file),
            ("retired_root", &self.retired_root),
            ("hg_tools", &self.hg_tools),
            ("hg_pash", &self.hg_pash),
            ("hg_replication", &self.hg_replication),
            ("mirror_pull", &self.mirror_pull),
            ("lock_file", &self.lock_file),
        ]
    }
}

impl Default for Paths {
    fn default() -> Self {
        Paths {
            repo_root: "/repo/hg/mozilla".into(),
            shared_root: "/repo/hg".into(),
            global_readonly_file: "/repo/hg/readonlyreason".into(),
            retired_root: "/repo/hg/retired_repos".into(),
            hg_tools: "/var/hg/venv_tools/bin/hg".into(),
            hg_pash: "/var/hg/venv_pash/bin/hg".into(),
            hg_replication: "/var/hg/venv_replication/bin/hg".into(),
            mirror_pull: "/usr/local/bin/mirror-pull".into(),
            hg_user: "hg".into(),
            lock_file: "/repo/hg/hgmo-ctl.lock".into(),
            public_url: "https://hg.mozilla.org".into(),
        }
    }
}

/// Where runs are announced (Slack or Matrix incoming webhook). The URL holds a secret
/// token: it is never shown whole.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct NotifySettings {
    pub webhook: Option<String>,
}

/// Where `merge-try-heads` pulls Try from and pushes the merge chain to: the public SSH
/// endpoint developers push to (pash on port 222 of the hgssh hosts, behind the load
/// balancer), never the admin sshd, where no `hg` is on PATH.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TrySettings {
    /// Default `ssh://hg.mozilla.org/try`.
    pub push_url: Option<String>,
    /// Where a new working copy is first cloned from, over HTTP, before Try is pulled into
    /// it (production's tooling: the unified repository and its clone bundles). Default
    /// `https://hg.mozilla.org/mozilla-unified`.
    pub seed_url: Option<String>,
}

impl TrySettings {
    pub fn push_url(&self) -> &str {
        self.push_url.as_deref().unwrap_or("ssh://hg.mozilla.org/try")
    }

    pub fn seed_url(&self) -> &str {
        self.seed_url.as_deref().unwrap_or("https://hg.mozilla.org/mozilla-unified")
    }
}

/// The operator's deploy command (the guide's `./deploy hgmo`), run on the operator's machine
/// by the procedures whose guide steps say to deploy.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DeploySettings {
    /// A shell command line, run with `sh -c` (default `./deploy hgmo`; include a `cd`).
    pub command: Option<String>,
    /// The version-control-tools checkout the deploy installs from (files that a deploy
    /// copies to the hosts, such as the aggregator's groups file, are changed here).
    pub checkout: Option<String>,
}

/// How hg-master-monitor behaves on the hgssh hosts: the timer interval
/// (`OnUnitInactiveSec=15`) and the delay before it starts hg-master.target (30 s).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct MasterSettings {
    pub monitor_interval: Option<u64>,
    pub start_delay: Option<u64>,
    /// `TimeoutStopSec` of the master-only units (production: 60 s): how long systemd may
    /// take to stop one of them before it kills it.
    pub unit_stop_timeout: Option<u64>,
}

impl MasterSettings {
    pub fn interval(&self) -> u64 {
        self.monitor_interval.unwrap_or(15)
    }

    pub fn delay(&self) -> u64 {
        self.start_delay.unwrap_or(30)
    }

    pub fn unit_stop(&self) -> u64 {
        self.unit_stop_timeout.unwrap_or(60)
    }
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LoadBalancer {
    #[serde(default)]
    pub kind: LoadBalancerKind,
    pub url: Option<String>,
    pub pool: Option<String>,
    /// HAProxy runtime API: `unix:/path` or `host:port`.
    pub socket: Option<String>,
    pub backend: Option<String>,
    pub ca_file: Option<String>,
    pub api_version: Option<String>,
    pub min_in_service: Option<usize>,
    /// Seconds before one load balancer request is given up (then retried); default 10.
    pub timeout: Option<u64>,
    /// vTM: the service protection class whose banned list `lb ban` edits (default `hg`,
    /// the class of the current guide's "Add banned IP").
    pub protection: Option<String>,
    /// vTM: the rate class `lb rate` reads and sets (default `hg-rate`, the current guide's).
    pub rate_class: Option<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LoadBalancerKind {
    Zeus,
    Haproxy,
    #[default]
    Manual,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Host {
    pub roles: Vec<Role>,
    /// SSH destination (alias, IP, user@host); default: the host's name.
    pub ssh: Option<String>,
    /// The node as the load balancer names it.
    pub lb_node: Option<String>,
    /// The hgssh host expected to hold the master role. Default: the first hgssh host.
    #[serde(default)]
    pub master: bool,
    /// Accepted for older inventories and ignored: `check zookeeper` reads the ensemble from
    /// each host's own zoo.cfg, as production's check does.
    pub zookeeper: Option<String>,
    /// The host's ZooKeeper id and Kafka broker id (production's `zk_servers`), written by
    /// `inventory import`.
    pub zookeeper_id: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Hgssh,
    Hgweb,
    Kafka,
    Zookeeper,
    /// A host no procedure acts on; a site runbook's `on = "all"` steps run there too (the
    /// lab's extra hosts for fan-out benchmarks are such hosts).
    Other,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Hgssh => "hgssh",
            Role::Hgweb => "hgweb",
            Role::Kafka => "kafka",
            Role::Zookeeper => "zookeeper",
            Role::Other => "other",
        }
    }
}

impl Inventory {
    /// The default inventory path: `$XDG_CONFIG_HOME/hgmo-ctl/inventory.toml`.
    pub fn default_path() -> PathBuf {
        let base = std::env::var_os("XDG_CONFIG_HOME")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))
            .unwrap_or_else(|| PathBuf::from("."));
        base.join("hgmo-ctl").join("inventory.toml")
    }

    pub fn load(path: &Path) -> Result<Inventory> {
        let text = std::fs::read_to_string(path)
            .map_err(|source| Error::InventoryRead { path: path.to_path_buf(), source })?;
        Inventory::parse(&text, path)
    }

    pub fn parse(text: &str, path: &Path) -> Result<Inventory> {
        let mut inventory: Inventory = toml::from_str(text).map_err(|e| {
            let (line, column) = e.span().map(|s| line_column(text, s.start)).unwrap_or((1, 1));
            Error::Inventory {
                path: path.to_path_buf(),
                line,
                column,
                message: e.message().trim().to_string(),
            }
        })?;
        inventory.source = path.to_path_buf();
        inventory.validate(text)?;
        Ok(inventory)
    }

    fn validate(&self, text: &str) -> Result<()> {
        let err = |at: Place<'_>, message: String| {
            let (line, column) = locate(text, at);
            Error::Inventory { path: self.source.clone(), line, column, message }
        };
        for (key, url) in
            [("push_url", &self.try_repo.push_url), ("seed_url", &self.try_repo.seed_url)]
        {
            let Some(url) = url else { continue };
            let ok = ["ssh://", "https://", "http://"].iter().any(|p| url.starts_with(p))
                && url.len() > 8
                && !url.chars().any(|c| c.is_whitespace() || c.is_control());
            if !ok {
                return Err(err(
                    Place::Setting("try", key),
                    format!("{key} {url:?} is not an ssh:// or https:// URL"),
                ));
            }
        }
        if self.hosts.is_empty() {
            return Err(err(
                Place::Start,
                "the inventory lists no hosts ([hosts.\"NAME\"] tables)".into(),
            ));
        }
        for (name, host) in &self.hosts {
            let key = Place::Host(name);
            if !valid_host_name(name) {
                return Err(err(key, format!("host name {name:?} is not a valid hostname")));
            }
            if host.roles.is_empty() {
                return Err(err(key, format!("host {name} has no roles")));
            }
            if host.master && !host.roles.contains(&Role::Hgssh) {
                return Err(err(
                    key,
                    format!("host {name} is marked master but is not an hgssh host"),
                ));
            }
            if let Some(dest) = &host.ssh {
                if dest.is_empty() || dest.starts_with('-') || dest.chars().any(char::is_whitespace)
                {
                    return Err(err(
                        key,
                        format!("host {name}: ssh destination {dest:?} is not valid"),
                    ));
                }
            }
        }
        let masters = self.hosts.values().filter(|h| h.master).count();
        if masters > 1 {
            return Err(err(
                Place::SecondMaster,
                "more than one host is marked master = true".into(),
            ));
        }
        let url = &self.paths.public_url;
        let scheme_ok = url.starts_with("https://") || url.starts_with("http://");
        if !scheme_ok || url.ends_with('/') || url.contains(char::is_whitespace) {
            return Err(err(
                Place::Setting("paths", "public_url"),
                format!(
                    "paths.public_url must be an http(s) URL without a trailing /, got {url:?}"
                ),
            ));
        }
        for (key, value) in self.paths.absolute() {
            if !value.starts_with('/') || value.contains("/../") || value.ends_with("/..") {
                return Err(err(
                    Place::Setting("paths", key),
                    format!("paths.{key} must be an absolute path, got {value:?}"),
                ));
            }
        }
        Ok(())
    }

    /// Hosts with a role, in inventory order.
    pub fn with_role(&self, role: Role) -> Vec<&str> {
        self.hosts
            .iter()
            .filter(|(_, h)| h.roles.contains(&role))
            .map(|(n, _)| n.as_str())
            .collect()
    }

    /// The hgssh host expected to be the master: the one marked `master = true`, or the
    /// first hgssh host. The runbooks verify it holds `master.<hostname>` before acting.
    pub fn expected_master(&self) -> Option<&str> {
        self.hosts
            .iter()
            .find(|(_, h)| h.master)
            .map(|(n, _)| n.as_str())
            .or_else(|| self.with_role(Role::Hgssh).first().copied())
    }

    pub fn ssh_destination<'a>(&'a self, host: &'a str) -> &'a str {
        self.hosts.get(host).and_then(|h| h.ssh.as_deref()).unwrap_or(host)
    }

    /// Expand `~/` in a path setting of the inventory; relative paths are taken from the
    /// inventory's own folder.
    pub fn resolve_path(&self, value: &str) -> PathBuf {
        if let Some(rest) = value.strip_prefix("~/") {
            if let Some(home) = std::env::var_os("HOME") {
                return PathBuf::from(home).join(rest);
            }
        }
        let p = PathBuf::from(value);
        if p.is_relative() {
            if let Some(dir) = self.source.parent() {
                return dir.join(p);
            }
        }
        p
    }
}

fn valid_host_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 253
        && !name.starts_with(['-', '.'])
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
}

/// What a validation error is about, to point at its line.
#[derive(Clone, Copy)]
enum Place<'a> {
    Start,
    /// The `[hosts."NAME"]` header of a host.
    Host(&'a str),
    /// The second `master = true` of the file.
    SecondMaster,
    /// `KEY = ...` inside the `[TABLE]` table.
    Setting(&'a str, &'a str),
}

/// The line and column of what an error is about: found by reading the file's lines as TOML
/// does (headers, keys, comments), not by searching for a string that may also appear in a
/// comment or in another setting's value. (1, 1) when it is not found.
fn locate(text: &str, place: Place<'_>) -> (usize, usize) {
    let unquote = |k: &str| -> String {
        let k = k.trim();
        k.strip_prefix('"')
            .and_then(|r| r.strip_suffix('"'))
            .or_else(|| k.strip_prefix('\'').and_then(|r| r.strip_suffix('\'')))
            .unwrap_or(k)
            .to_string()
    };
    let mut table: Vec<String> = Vec::new();
    let mut masters = 0;
    for (n, raw) in text.split('\n').enumerate() {
        let at = (n + 1, raw.len() - raw.trim_start().len() + 1);
        let line = raw.trim();
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        if let Some(header) = line.strip_prefix('[').and_then(|h| h.split(']').next()) {
            let header = header.trim_start_matches('[');
            // `hosts."a.b"` splits at the first dot outside quotes.
            table = match header.find('.') {
                Some(dot) if !header[..dot].contains('"') => {
                    vec![header[..dot].trim().to_string(), unquote(&header[dot + 1..])]
                }
                _ => vec![unquote(header)],
            };
            if let Place::Host(name) = place {
                if table.len() == 2 && table[0] == "hosts" && table[1] == name {
                    // At the host's key, after `[hosts.`.
                    return (at.0, raw.find('.').map_or(at.1, |dot| dot + 2));
                }
            }
            continue;
        }
        let Some((key, value)) = line.split_once('=') else { continue };
        let key = unquote(key);
        match place {
            Place::SecondMaster
                if table.first().is_some_and(|t| t == "hosts")
                    && key == "master"
                    && value.split('#').next().unwrap_or("").trim() == "true" =>
            {
                masters += 1;
                if masters == 2 {
                    return at;
                }
            }
            Place::Setting(t, k) if table.len() == 1 && table[0] == t && key == k => return at,
            _ => {}
        }
    }
    (1, 1)
}

/// 1-based line and column of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
mod fuzz;

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
[ssh]
user = "root"

[hosts."hgssh1.example.com"]
roles = ["hgssh"]
ssh = "10.0.0.5"

[hosts."hgssh2.example.com"]
roles = ["hgssh"]

[hosts."hgweb1.example.com"]
roles = ["hgweb"]
lb_node = "10.0.0.11:80"
"#;

    #[test]
    fn parses_and_defaults_paths() {
        let inv = Inventory::parse(GOOD, Path::new("inv.toml")).unwrap();
        assert_eq!(inv.paths.repo_root, "/repo/hg/mozilla");
        assert_eq!(inv.paths.global_readonly_file, "/repo/hg/readonlyreason");
        assert_eq!(inv.ssh.known_hosts, KnownHostsPolicy::Strict);
        assert_eq!(inv.with_role(Role::Hgweb), vec!["hgweb1.example.com"]);
        assert_eq!(inv.expected_master(), Some("hgssh1.example.com"));
        assert_eq!(inv.ssh_destination("hgssh1.example.com"), "10.0.0.5");
        assert_eq!(inv.ssh_destination("hgssh2.example.com"), "hgssh2.example.com");
    }

    #[test]
    fn a_host_of_role_other_has_no_procedure_role() {
        let text = format!("{GOOD}\n[hosts.\"node001.example.com\"]\nroles = [\"other\"]\n");
        let inv = Inventory::parse(&text, Path::new("inv.toml")).unwrap();
        assert_eq!(inv.hosts["node001.example.com"].roles, [Role::Other]);
        for role in [Role::Hgssh, Role::Hgweb, Role::Kafka, Role::Zookeeper] {
            assert!(!inv.with_role(role).contains(&"node001.example.com"), "{role:?}");
        }
        assert_eq!(inv.with_role(Role::Other), vec!["node001.example.com"]);
    }

    #[test]
    fn errors_name_line_and_column() {
        let bad = "[hosts.\"a\"]\nroles = [\"hgssh\"]\nrole = 3\n";
        let err = Inventory::parse(bad, Path::new("x.toml")).unwrap_err();
        let msg = err.to_string();
        assert!(msg.starts_with("x.toml:3:1: "), "{msg}");
        assert!(msg.contains("unknown field `role`"), "{msg}");
        assert_eq!(err.code(), 2);
    }

    #[test]
    fn unknown_role_and_policy_are_rejected() {
        let err = Inventory::parse("[hosts.a]\nroles = [\"dns\"]\n", Path::new("x")).unwrap_err();
        assert!(err.to_string().starts_with("x:2:"), "{err}");
        let err = Inventory::parse(
            "[ssh]\nknown_hosts = \"no\"\n[hosts.a]\nroles=[\"hgssh\"]\n",
            Path::new("x"),
        )
        .unwrap_err();
        assert!(err.to_string().starts_with("x:2:15"), "{err}");
    }

    #[test]
    fn semantic_errors_point_at_the_host() {
        let err = Inventory::parse("\n[hosts.\"a b\"]\nroles = [\"hgssh\"]\n", Path::new("x"))
            .unwrap_err();
        assert!(err.to_string().starts_with("x:2:8: host name"), "{err}");
        let err = Inventory::parse(
            "[paths]\nrepo_root = \"repo\"\n[hosts.a]\nroles=[\"hgssh\"]\n",
            Path::new("x"),
        )
        .unwrap_err();
        assert!(err.to_string().contains("paths.repo_root must be an absolute path"), "{err}");
    }

    #[test]
    fn line_column_counts_from_one() {
        assert_eq!(line_column("ab\ncd", 0), (1, 1));
        assert_eq!(line_column("ab\ncd", 4), (2, 2));
    }
}
