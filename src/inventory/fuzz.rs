//! Property tests of the inventory parser (`Inventory::parse`): generated inventories are
//! accepted exactly when they follow the rules, errors name a line:column in the text (and
//! the right one), and `examples/inventory.toml`, arbitrary text and mutations of it never
//! make it panic. src/testutil.rs says how to run them.
//!
//! One property found a bug, since fixed: `fuzz_inventory_error_position` (its comment
//! says what it was).

use std::path::Path;

use indexmap::IndexMap;
use proptest::prelude::*;

use crate::error::Error;
use crate::inventory::Inventory;
use crate::testutil::{any_text, apply, check_position, config, edits, text};

const INVENTORY_TOKENS: &[&str] = &[
    "[hosts.\"x.example.com\"]\nroles = [\"hgssh\"]\n",
    "[hosts.\"y\"]\nroles = [\"hgweb\"]\nmaster = true\n",
    "[hosts.\"-bad\"]\nroles = [\"hgweb\"]\n",
    "[hosts.\"\"]\nroles = [\"kafka\"]\n",
    "[[hosts]]",
    "roles = []",
    "roles = [\"zookeeper\", \"kafka\"]",
    "master = true",
    "ssh = \"-oProxyCommand=x\"",
    "ssh = \"a b\"",
    "ssh = \"\"",
    "[paths]\nrepo_root = \"relative\"\n",
    "[paths]\nlock_file = \"/a/../b\"\n",
    "hg_tools = \"/x/..\"",
    "[loadbalancer]\nkind = \"haproxy\"\n",
    "kind = \"zeus\"",
    "kind = \"bogus\"",
    "timeout = -1",
    "min_in_service = 18446744073709551616",
    "[master]\nmonitor_interval = 0\n",
    "[ssh]\nmode = \"exec\"\n",
    "known_hosts = \"accept-new\"",
    "unknown_key = 1",
    "repositories = [\"a\", \"b/c\"]",
    "[notify]\nwebhook = \"https://example.com/x\"\n",
];

const INVENTORY: &str = include_str!("../../examples/inventory.toml");

fn valid_host_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 253
        && !name.starts_with(['-', '.'])
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
}

/// Parse an inventory and check what any answer must satisfy.
fn check_inventory(text: &str) -> Result<(), TestCaseError> {
    let path = Path::new("fuzz/inventory.toml");
    match Inventory::parse(text, path) {
        Err(e) => {
            let shown = e.to_string();
            let Error::Inventory { path: p, line, column, message } = e else {
                return Err(TestCaseError::fail(format!("not an inventory error: {shown}")));
            };
            prop_assert_eq!(p.as_path(), path);
            prop_assert!(!message.is_empty(), "empty message: {shown}");
            let prefix = format!("fuzz/inventory.toml:{line}:{column}: ");
            prop_assert!(shown.starts_with(&prefix), "{shown}");
            check_position(text, line, column)?;
        }
        Ok(inv) => {
            prop_assert!(!inv.hosts.is_empty());
            prop_assert!(inv.hosts.values().filter(|h| h.master).count() <= 1);
            for (name, host) in &inv.hosts {
                prop_assert!(valid_host_name(name), "host {name:?}");
                prop_assert!(!host.roles.is_empty(), "host {name:?} without roles");
                if host.master {
                    prop_assert!(host.roles.contains(&crate::inventory::Role::Hgssh));
                }
                if let Some(d) = &host.ssh {
                    prop_assert!(
                        !d.is_empty() && !d.starts_with('-') && !d.contains(char::is_whitespace),
                        "ssh destination {d:?}"
                    );
                }
            }
            let p = &inv.paths;
            for value in [
                &p.repo_root,
                &p.shared_root,
                &p.global_readonly_file,
                &p.retired_root,
                &p.hg_tools,
                &p.hg_pash,
                &p.hg_replication,
                &p.mirror_pull,
                &p.lock_file,
            ] {
                prop_assert!(
                    value.starts_with('/') && !value.contains("/../") && !value.ends_with("/.."),
                    "path {value:?}"
                );
            }
            // What is accepted survives being written back out and read again.
            let written = toml::to_string(&inv)
                .map_err(|e| TestCaseError::fail(format!("cannot write it back: {e}")))?;
            let again = Inventory::parse(&written, path).map_err(|e| {
                TestCaseError::fail(format!("written back, it no longer parses: {e}\n{written}"))
            })?;
            prop_assert_eq!(toml::to_string(&again).unwrap(), written);
        }
    }
    Ok(())
}

#[test]
fn the_example_inventory_is_valid() {
    Inventory::parse(INVENTORY, Path::new("examples/inventory.toml")).unwrap();
    check_inventory(INVENTORY).unwrap();
}

/// One host of a generated inventory.
#[derive(Debug, Clone)]
struct HostSpec {
    roles: Vec<&'static str>,
    master: Option<bool>,
    ssh: Option<String>,
}

/// A generated inventory: hosts (valid and invalid names, roles, master flags, ssh
/// destinations) and paths (absolute, relative, with `..`), in the order they are written.
#[derive(Debug, Clone)]
struct InventorySpec {
    comment: Option<&'static str>,
    user: Option<String>,
    hosts: IndexMap<String, HostSpec>,
    paths: Vec<(&'static str, String)>,
}

/// Comments as people leave them at the top of an inventory.
const INVENTORY_COMMENTS: &[&str] = &[
    "# inventory of the hg.mozilla.org hosts",
    "# the master is marked below",
    "# repo_root = \"/repo/hg/mozilla\" is the default",
    "# hgweb1 and \"a\" are being retired",
];

/// Every `[paths]` setting that must be absolute, as the inventory names them.
fn path_keys() -> Vec<&'static str> {
    crate::inventory::Paths::default().absolute().map(|(k, _)| k).to_vec()
}

fn host_name() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[a-z0-9][a-z0-9.-]{0,20}",
        1 => prop::sample::select(&[
            "", "-x", ".x", "a b", "é.example.com", "a_b", "x\"y", "hgweb1.dmz.mdc1.mozilla.com",
            "ssh", "roles", "master",
        ][..])
        .prop_map(String::from),
        1 => "[a-z]{250,256}",
        1 => any_text(),
    ]
}

fn host_spec() -> impl Strategy<Value = HostSpec> {
    (
        prop::collection::vec(
            prop::sample::select(&["hgssh", "hgweb", "kafka", "zookeeper", "other", "bogus"][..]),
            0..3,
        ),
        prop::option::of(any::<bool>()),
        prop::option::of(prop_oneof![
            2 => "[a-z0-9@.-]{1,12}",
            1 => prop::sample::select(&["", "-oProxyCommand=x", "a b", "h\t", "root@10.0.0.5"][..])
                .prop_map(String::from),
        ]),
    )
        .prop_map(|(roles, master, ssh)| HostSpec { roles, master, ssh })
}

fn inventory_spec() -> impl Strategy<Value = InventorySpec> {
    let path = prop_oneof![
        3 => "/[a-z0-9/._-]{0,20}",
        1 => prop::sample::select(&[
            "relative", "", "/a/../b", "/a/..", "/a/..b", "/..", "..", "/a/.", "~/x", "/x/../",
        ][..])
        .prop_map(String::from),
    ];
    (
        prop::option::of(prop::sample::select(INVENTORY_COMMENTS)),
        prop::option::of("[a-z]{1,8}"),
        prop::collection::vec((host_name(), host_spec()), 0..5),
        prop::sample::subsequence(path_keys(), 0..=path_keys().len()),
        prop::collection::vec(path, path_keys().len()),
    )
        .prop_map(|(comment, user, hosts, keys, values)| InventorySpec {
            comment,
            user,
            hosts: hosts.into_iter().collect(),
            paths: keys.into_iter().zip(values).collect(),
        })
}

impl InventorySpec {
    fn render(&self) -> String {
        use toml::{Table, Value as T};
        let mut doc = Table::new();
        if let Some(u) = &self.user {
            let mut ssh = Table::new();
            ssh.insert("user".into(), T::String(u.clone()));
            doc.insert("ssh".into(), T::Table(ssh));
        }
        if !self.paths.is_empty() {
            let paths =
                self.paths.iter().map(|(k, v)| (k.to_string(), T::String(v.clone()))).collect();
            doc.insert("paths".into(), T::Table(paths));
        }
        let mut hosts = Table::new();
        for (name, h) in &self.hosts {
            let mut t = Table::new();
            let roles = h.roles.iter().map(|r| T::String(r.to_string())).collect();
            t.insert("roles".into(), T::Array(roles));
            if let Some(m) = h.master {
                t.insert("master".into(), T::Boolean(m));
            }
            if let Some(s) = &h.ssh {
                t.insert("ssh".into(), T::String(s.clone()));
            }
            hosts.insert(name.clone(), T::Table(t));
        }
        if !self.hosts.is_empty() {
            doc.insert("hosts".into(), T::Table(hosts));
        }
        let text = toml::to_string(&doc).unwrap();
        match self.comment {
            Some(c) => format!("{c}\n{text}"),
            None => text,
        }
    }

    fn valid(&self) -> bool {
        let host_ok = |(name, h): (&String, &HostSpec)| {
            valid_host_name(name)
                && !h.roles.is_empty()
                && !h.roles.contains(&"bogus")
                && (h.master != Some(true) || h.roles.contains(&"hgssh"))
                && h.ssh.as_ref().is_none_or(|d| {
                    !d.is_empty() && !d.starts_with('-') && !d.contains(char::is_whitespace)
                })
        };
        !self.hosts.is_empty()
            && self.hosts.iter().all(host_ok)
            && self.hosts.values().filter(|h| h.master == Some(true)).count() <= 1
            && self
                .paths
                .iter()
                .all(|(_, v)| v.starts_with('/') && !v.contains("/../") && !v.ends_with("/.."))
    }
}

proptest! {
    #![proptest_config(config())]

    /// Generated inventories: accepted exactly when they follow the rules (hosts with
    /// valid names and roles, at most one master and only an hgssh one, valid ssh
    /// destinations, absolute paths), and then read as written.
    #[test]
    fn fuzz_inventory_generated(spec in inventory_spec()) {
        let text = spec.render();
        check_inventory(&text)?;
        match Inventory::parse(&text, Path::new("fuzz/inventory.toml")) {
            Ok(inv) => {
                prop_assert!(spec.valid(), "accepted:\n{}", text);
                let names: Vec<&String> = inv.hosts.keys().collect();
                prop_assert_eq!(names, spec.hosts.keys().collect::<Vec<_>>());
                for (name, h) in &spec.hosts {
                    let got = &inv.hosts[name];
                    let roles: Vec<&str> = got.roles.iter().map(|r| r.as_str()).collect();
                    prop_assert_eq!(&roles, &h.roles);
                    prop_assert_eq!(got.master, h.master == Some(true));
                    prop_assert_eq!(&got.ssh, &h.ssh);
                }
                let read = inv.paths.absolute();
                for (k, v) in &spec.paths {
                    let got = read.iter().find(|(key, _)| key == k).map(|(_, v)| *v);
                    prop_assert_eq!(got, Some(v));
                }
            }
            Err(e) => prop_assert!(!spec.valid(), "refused: {}\n{}", e, text),
        }
    }

    /// Found a bug, fixed: validation errors pointed at the first occurrence of a string in
    /// the text, not at the setting in question (`Inventory::validate` used `text.find`;
    /// it now reads headers and keys line by line). Seen before the fix:
    /// - `[paths]\nlock_file = "/"\n\n[hosts.a]\nroles = []\n` gives `1:1: host a has no
    ///   roles` (a bare-key host name is never found, so 1:1; the host is on line 4);
    /// - `[hosts."h.example.com"]\nroles = ["hgweb"]\nssh = "w.example.com"\n\n[hosts."w.example.com"]\nroles = []\n`
    ///   gives `3:7: host w.example.com has no roles` (the other host's `ssh` value);
    /// - `# the master is marked below\n[hosts."a"]\nroles = ["hgssh"]\nmaster = true\n[hosts."b"]\nroles = ["hgssh"]\nmaster = true\n`
    ///   gives `1:7: more than one host is marked master = true` (the comment);
    /// - `# repo_root = "/repo/hg/mozilla" is the default\n[paths]\nrepo_root = "x"\n[hosts."a"]\nroles = ["hgssh"]\n`
    ///   gives `1:3: paths.repo_root must be an absolute path, got "x"` (the comment; the
    ///   setting is on line 3).
    ///
    /// Property: an error about a host points at that host's `[hosts.NAME]` line, an error
    /// about two masters at a `master = true` line, an error about a path at its setting.
    #[test]
    fn fuzz_inventory_error_position(spec in inventory_spec()) {
        let text = spec.render();
        let Err(Error::Inventory { line, message, .. }) =
            Inventory::parse(&text, Path::new("fuzz/inventory.toml"))
        else {
            return Ok(());
        };
        let at = text.split('\n').nth(line - 1).unwrap_or_default();
        let plain = |n: &str| {
            n.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
        };
        let named = spec.hosts.keys().find(|n| {
            plain(n)
                && (message.starts_with(&format!("host {n} "))
                    || message.starts_with(&format!("host {n}:"))
                    || message.starts_with(&format!("host name {n:?} ")))
        });
        if let Some(name) = named {
            prop_assert!(
                at.starts_with("[hosts.") && at.contains(name.as_str()),
                "{} is reported at line {}, {:?}:\n{}", message, line, at, text
            );
        } else if message.starts_with("more than one host is marked master") {
            prop_assert!(
                at.starts_with("master = true"),
                "{} is reported at line {}, {:?}:\n{}", message, line, at, text
            );
        } else if let Some(key) = message.strip_prefix("paths.") {
            let key = key.split(' ').next().unwrap_or_default();
            prop_assert!(
                at.starts_with(&format!("{key} = ")),
                "{} is reported at line {}, {:?}:\n{}", message, line, at, text
            );
        }
    }

    /// Arbitrary text as an inventory.
    #[test]
    fn fuzz_inventory_arbitrary_text(t in text(INVENTORY_TOKENS)) {
        check_inventory(&t)?;
    }

    /// `examples/inventory.toml` with byte ranges deleted, duplicated, replaced, lines
    /// swapped, and tokens, unicode and control characters inserted.
    #[test]
    fn fuzz_inventory_mutated_example(e in edits(INVENTORY_TOKENS)) {
        check_inventory(&apply(INVENTORY, &e))?;
    }
}
