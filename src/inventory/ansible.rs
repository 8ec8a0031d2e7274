//! Production's Ansible inventory, as a version-control-tools checkout holds it: the INI
//! `ansible/hosts` (groups, `[group:children]`, `[group:vars]`, host ranges such as
//! `hgweb[1:4].dmz.mdc1.mozilla.com`, `ansible_host=`) and the `zk_servers` map of
//! `ansible/group_vars/hgmo`. Only what hgmo-ctl's inventory needs is read; everything else
//! is skipped, never guessed.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use indexmap::IndexMap;

use crate::error::{Error, Result};

/// A parsed `ansible/hosts`.
#[derive(Debug, Default)]
pub struct Hosts {
    /// Group → its hosts, in file order (after range expansion).
    pub groups: IndexMap<String, Vec<String>>,
    /// Group → its child groups.
    pub children: IndexMap<String, Vec<String>>,
    /// Host → its inline variables (`ansible_host=...`).
    pub vars: BTreeMap<String, BTreeMap<String, String>>,
}

impl Hosts {
    /// Every host of a group, its children's included, in order, without repeats.
    pub fn members(&self, group: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut seen = BTreeSet::new();
        self.collect(group, &mut out, &mut seen, &mut BTreeSet::new());
        out
    }

    fn collect(
        &self,
        group: &str,
        out: &mut Vec<String>,
        seen: &mut BTreeSet<String>,
        visiting: &mut BTreeSet<String>,
    ) {
        if !visiting.insert(group.to_string()) {
            return; // a cycle of children: Ansible refuses it too; stop here
        }
        for h in self.groups.get(group).into_iter().flatten() {
            if seen.insert(h.clone()) {
                out.push(h.clone());
            }
        }
        for c in self.children.get(group).into_iter().flatten() {
            self.collect(c, out, seen, visiting);
        }
    }
}

fn err(path: &Path, line: usize, message: String) -> Error {
    Error::Inventory { path: path.to_path_buf(), line, column: 1, message }
}

/// Parse an Ansible INI inventory.
pub fn parse_hosts(text: &str, path: &Path) -> Result<Hosts> {
    let mut hosts = Hosts::default();
    // Hosts before any section header belong to "ungrouped", as in Ansible.
    let mut section = ("ungrouped".to_string(), Kind::Hosts);
    for (i, raw) in text.lines().enumerate() {
        let n = i + 1;
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') || line.starts_with(';') {
            continue;
        }
        if let Some(head) = line.strip_prefix('[') {
            let Some(head) = head.strip_suffix(']') else {
                return Err(err(path, n, format!("unterminated section header {line:?}")));
            };
            let (name, kind) = match head.split_once(':') {
                None => (head, Kind::Hosts),
                Some((g, "children")) => (g, Kind::Children),
                Some((g, "vars")) => (g, Kind::Vars),
                Some((_, other)) => {
                    return Err(err(path, n, format!("unknown section kind :{other} in {line:?}")))
                }
            };
            if name.is_empty() || name.chars().any(char::is_whitespace) {
                return Err(err(path, n, format!("bad group name in {line:?}")));
            }
            match kind {
                Kind::Hosts => {
                    hosts.groups.entry(name.to_string()).or_default();
                }
                Kind::Children => {
                    hosts.children.entry(name.to_string()).or_default();
                }
                Kind::Vars => {}
            }
            section = (name.to_string(), kind);
            continue;
        }
        // Strip a trailing comment (` #` starts one; `#` inside a value does not).
        let line = match line.find(" #") {
            Some(at) => line[..at].trim_end(),
            None => line,
        };
        let mut words = line.split_whitespace();
        let first = words.next().unwrap_or_default();
        match section.1 {
            Kind::Vars => {}
            Kind::Children => {
                hosts.children.entry(section.0.clone()).or_default().push(first.to_string());
            }
            Kind::Hosts => {
                let mut vars = BTreeMap::new();
                for w in words {
                    let Some((k, v)) = w.split_once('=') else {
                        return Err(err(path, n, format!("{w:?} is not a key=value variable")));
                    };
                    vars.insert(k.to_string(), v.trim_matches(['"', '\'']).to_string());
                }
                let names = expand(first).map_err(|m| err(path, n, m))?;
                for name in names {
                    let list = hosts.groups.entry(section.0.clone()).or_default();
                    if !list.contains(&name) {
                        list.push(name.clone());
                    }
                    hosts.vars.entry(name).or_default().extend(vars.clone());
                }
            }
        }
    }
    Ok(hosts)
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Hosts,
    Children,
    Vars,
}

/// Expand Ansible's host ranges: `web[1:3].x` → web1.x, web2.x, web3.x; `[01:10]` keeps the
/// width; `[a:c]` letters; `[1:10:2]` a stride. Several ranges multiply.
pub fn expand(pattern: &str) -> std::result::Result<Vec<String>, String> {
    let Some(open) = pattern.find('[') else { return Ok(vec![pattern.to_string()]) };
    let Some(close) = pattern[open..].find(']').map(|c| open + c) else {
        return Err(format!("host pattern {pattern:?} has an unclosed ["));
    };
    let (head, range, tail) = (&pattern[..open], &pattern[open + 1..close], &pattern[close + 1..]);
    let parts: Vec<&str> = range.split(':').collect();
    let bad = || format!("host pattern {pattern:?}: [{range}] is not a range like [1:4]");
    let (from, to, step) = match parts.as_slice() {
        [a, b] => (*a, *b, 1usize),
        [a, b, s] => (*a, *b, s.parse::<usize>().ok().filter(|s| *s > 0).ok_or_else(bad)?),
        _ => return Err(bad()),
    };
    let mut items = Vec::new();
    if let (Ok(a), Ok(b)) = (from.parse::<usize>(), to.parse::<usize>()) {
        if a > b || b - a > 10_000 {
            return Err(bad());
        }
        let width = if from.len() > 1 && from.starts_with('0') { from.len() } else { 0 };
        items.extend((a..=b).step_by(step).map(|i| format!("{i:0width$}")));
    } else {
        let (mut a, mut b) = (from.chars(), to.chars());
        match (a.next(), a.next(), b.next(), b.next()) {
            (Some(x), None, Some(y), None) if x.is_ascii_alphabetic() && x <= y => {
                items.extend((x..=y).step_by(step).map(String::from));
            }
            _ => return Err(bad()),
        }
    }
    let rest = expand(tail)?;
    Ok(items.iter().flat_map(|i| rest.iter().map(move |r| format!("{head}{i}{r}"))).collect())
}

/// The `zk_servers` map of `group_vars/hgmo`: host → ZooKeeper id, in file order. Commented
/// entries (retired ids) are skipped. Only this block is read; it is YAML's simple
/// `key: value` mapping, which is all production writes there.
pub fn parse_zk_servers(text: &str, path: &Path) -> Result<IndexMap<String, u32>> {
    let mut out = IndexMap::new();
    let mut inside = false;
    let mut found = false;
    for (i, raw) in text.lines().enumerate() {
        let line = raw.split(" #").next().unwrap_or_default().trim_end();
        if line.trim_start().starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let indented = line.starts_with([' ', '\t']);
        if !indented {
            inside = line.trim_end() == "zk_servers:";
            found |= inside;
            continue;
        }
        if !inside {
            continue;
        }
        let Some((host, id)) = line.trim().split_once(':') else {
            return Err(err(path, i + 1, format!("{:?} is not a `host: id` entry", line.trim())));
        };
        let host = host.trim().trim_matches(['"', '\'']);
        let id: u32 = id.trim().parse().map_err(|_| {
            err(path, i + 1, format!("ZooKeeper id of {host} is not a number: {:?}", id.trim()))
        })?;
        if let Some((other, _)) = out.iter().find(|(_, v)| **v == id) {
            return Err(err(
                path,
                i + 1,
                format!("ZooKeeper id {id} is given to {other} and {host}"),
            ));
        }
        out.insert(host.to_string(), id);
    }
    if !found {
        return Err(err(path, 1, "no zk_servers map in this file".into()));
    }
    Ok(out)
}

/// The two files of a checkout that matter, read.
pub struct Checkout {
    pub hosts_path: PathBuf,
    pub hosts: Hosts,
    pub zk_servers: IndexMap<String, u32>,
}

impl Checkout {
    pub fn read(root: &Path) -> Result<Checkout> {
        let hosts_path = root.join("ansible/hosts");
        let zk_path = root.join("ansible/group_vars/hgmo");
        let read = |p: &Path| {
            std::fs::read_to_string(p)
                .map_err(|source| Error::InventoryRead { path: p.to_path_buf(), source })
        };
        if !root.is_dir() {
            return Err(Error::Usage(format!(
                "{} is not a directory (give a version-control-tools checkout)",
                root.display()
            )));
        }
        let hosts = parse_hosts(&read(&hosts_path)?, &hosts_path)?;
        let zk_servers = parse_zk_servers(&read(&zk_path)?, &zk_path)?;
        Ok(Checkout { hosts_path, hosts, zk_servers })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_expand_like_ansible() {
        assert_eq!(expand("hgweb[1:3].dmz").unwrap(), ["hgweb1.dmz", "hgweb2.dmz", "hgweb3.dmz"]);
        assert_eq!(expand("db[08:10]").unwrap(), ["db08", "db09", "db10"]);
        assert_eq!(expand("x[a:c]").unwrap(), ["xa", "xb", "xc"]);
        assert_eq!(expand("n[1:6:2]").unwrap(), ["n1", "n3", "n5"]);
        assert_eq!(expand("r[1:2]-[a:b]").unwrap(), ["r1-a", "r1-b", "r2-a", "r2-b"]);
        assert!(expand("bad[3:1]").unwrap_err().contains("is not a range"));
        assert!(expand("bad[1:2").unwrap_err().contains("unclosed"));
    }

    #[test]
    fn groups_children_and_vars() {
        let text = "[web]\nweb[1:2].example  # two\n\n[kafka]\nk1 ansible_host=10.0.0.9 ansible_become=yes\n[all-hosts:children]\nweb\nkafka\n[web:vars]\nx=1\n";
        let h = parse_hosts(text, Path::new("hosts")).unwrap();
        assert_eq!(h.members("all-hosts"), ["web1.example", "web2.example", "k1"]);
        assert_eq!(h.vars["k1"]["ansible_host"], "10.0.0.9");
        let e = parse_hosts("[web\nx\n", Path::new("hosts")).unwrap_err().to_string();
        assert!(e.contains("hosts:1") && e.contains("unterminated"), "{e}");
        let e = parse_hosts("[web]\nh foo\n", Path::new("hosts")).unwrap_err().to_string();
        assert!(e.contains("hosts:2") && e.contains("key=value"), "{e}");
    }

    #[test]
    fn zk_servers_skips_comments_and_refuses_duplicates() {
        let text = "---\nzk_servers:\n  # old1.example: 1\n  a.example: 14\n  b.example: 21  # new\nother: 3\n";
        let m = parse_zk_servers(text, Path::new("hgmo")).unwrap();
        assert_eq!(
            m.into_iter().collect::<Vec<_>>(),
            [("a.example".into(), 14), ("b.example".into(), 21)]
        );
        let e = parse_zk_servers("zk_servers:\n  a: 1\n  b: 1\n", Path::new("hgmo")).unwrap_err();
        assert!(e.to_string().contains("given to a and b"), "{e}");
        let e = parse_zk_servers("zk_servers:\n  a: x\n", Path::new("hgmo")).unwrap_err();
        assert!(e.to_string().contains("not a number"), "{e}");
        assert!(parse_zk_servers("x: 1\n", Path::new("hgmo")).is_err());
    }
}
