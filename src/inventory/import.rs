//! `hgmo-ctl inventory import --from CHECKOUT`: production's Ansible inventory turned into an
//! hgmo-ctl inventory, or compared with one (`--check`).
//!
//! How the groups map (production's `ansible/hosts` and `ansible/group_vars/hgmo`):
//! - `hgssh-prod` → role hgssh; the host of `hgssh-prod-master` → `master = true`;
//! - `hgweb-prod` → role hgweb;
//! - every host of `zk_servers` → roles zookeeper and kafka, with `zookeeper_id` (production's
//!   `kafka-broker` role runs on exactly those hosts, `kafka-prod` included);
//! - `ansible_host=` → `ssh`.
//!
//! Skipped, each with a note: hosts with none of these roles (the backup mirror of
//! `hgweb-mirrors`, a `kafka-prod` host without a ZooKeeper id), and `zk_servers` hosts that
//! the hosts file does not list. The load balancer's node names are not in Ansible:
//! `lb_node` is left for the operator to add.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;

use indexmap::IndexMap;

use super::ansible::Checkout;
use super::{Inventory, Role};
use crate::error::{Error, Result};

/// One host as Ansible describes it.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub roles: Vec<Role>,
    pub ssh: Option<String>,
    pub master: bool,
    pub zookeeper_id: Option<u32>,
}

/// The hosts Ansible knows, in the order of the `hgmo` group (or of the file), and the notes
/// about what was skipped.
pub struct Import {
    pub hosts: IndexMap<String, Imported>,
    pub notes: Vec<String>,
}

pub fn import(c: &Checkout) -> Import {
    let h = &c.hosts;
    let mut notes = Vec::new();
    let order: Vec<String> = if h.groups.contains_key("hgmo") || h.children.contains_key("hgmo") {
        h.members("hgmo")
    } else {
        let mut all = Vec::new();
        for g in h.groups.keys() {
            for m in h.members(g) {
                if !all.contains(&m) {
                    all.push(m);
                }
            }
        }
        all
    };
    let hgssh: BTreeSet<String> = h.members("hgssh-prod").into_iter().collect();
    let hgweb: BTreeSet<String> = h.members("hgweb-prod").into_iter().collect();
    let masters = h.members("hgssh-prod-master");
    if masters.len() > 1 {
        notes.push(format!(
            "hgssh-prod-master lists {} hosts ({}); none is marked master",
            masters.len(),
            masters.join(", ")
        ));
    } else if masters.is_empty() && !hgssh.is_empty() {
        notes.push("no hgssh-prod-master group: no host is marked master (hgmo-ctl expects the first hgssh host)".into());
    }
    let master = (masters.len() == 1).then(|| masters[0].clone());
    let mut hosts = IndexMap::new();
    for name in &order {
        let id = c.zk_servers.get(name).copied();
        let mut roles = Vec::new();
        if hgssh.contains(name) {
            roles.push(Role::Hgssh);
        }
        if hgweb.contains(name) {
            roles.push(Role::Hgweb);
        }
        if id.is_some() {
            roles.extend([Role::Zookeeper, Role::Kafka]);
        }
        if roles.is_empty() {
            let groups: Vec<&str> = h
                .groups
                .iter()
                .filter(|(_, m)| m.contains(name))
                .map(|(g, _)| g.as_str())
                .collect();
            notes.push(format!(
                "{name} (group {}) skipped: no hgmo-ctl role (not hgssh-prod, hgweb-prod or zk_servers)",
                groups.join(", ")
            ));
            continue;
        }
        let ssh = h.vars.get(name).and_then(|v| v.get("ansible_host")).cloned();
        let is_master = master.as_deref() == Some(name.as_str());
        if is_master && !roles.contains(&Role::Hgssh) {
            notes.push(format!(
                "{name} is in hgssh-prod-master but not in hgssh-prod: not marked master"
            ));
        }
        let is_master = is_master && roles.contains(&Role::Hgssh);
        hosts.insert(name.clone(), Imported { roles, ssh, master: is_master, zookeeper_id: id });
    }
    for name in c.zk_servers.keys() {
        if !hosts.contains_key(name) && !order.contains(name) {
            notes.push(format!(
                "{name} has ZooKeeper id {} in zk_servers but is in no group of {}: skipped",
                c.zk_servers[name],
                c.hosts_path.display()
            ));
        }
    }
    Import { hosts, notes }
}

fn toml_str(s: &str) -> String {
    let mut out = String::from("\"");
    for ch in s.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The inventory file for an import: loadable as it is; the load balancer is left to the
/// operator (`kind = "manual"` until then).
pub fn render(imp: &Import, from: &Path) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "# hgmo-ctl inventory imported by `hgmo-ctl inventory import` from");
    let _ = writeln!(s, "# {} (ansible/hosts, ansible/group_vars/hgmo).", from.display());
    let _ = writeln!(s, "# The load balancer's node names are not in Ansible: add lb_node to each");
    let _ = writeln!(s, "# hgweb host and set [loadbalancer] before a rolling procedure.");
    for n in &imp.notes {
        let _ = writeln!(s, "# note: {n}");
    }
    let _ = writeln!(s, "\n[ssh]\n# Ansible logs in as the operator and becomes root with sudo");
    let _ = writeln!(s, "become = \"sudo\"\n\n[loadbalancer]\nkind = \"manual\"");
    for (name, h) in &imp.hosts {
        let roles: Vec<String> = h.roles.iter().map(|r| toml_str(r.as_str())).collect();
        let _ = write!(s, "\n[hosts.{}]\nroles = [{}]\n", toml_str(name), roles.join(", "));
        if let Some(ssh) = &h.ssh {
            let _ = writeln!(s, "ssh = {}", toml_str(ssh));
        }
        if h.master {
            let _ = writeln!(s, "master = true");
        }
        if let Some(id) = h.zookeeper_id {
            let _ = writeln!(s, "zookeeper_id = {id}");
        }
    }
    s
}

/// How an existing inventory differs from Ansible's: one line per difference, empty when
/// they agree. Compared: which hosts exist, their roles (as sets), the master, the ZooKeeper
/// ids, and `ssh` where Ansible sets `ansible_host`.
pub fn compare(imp: &Import, inv: &Inventory) -> Vec<String> {
    let mut out = Vec::new();
    let roles = |r: &[Role]| r.iter().map(|r| r.as_str()).collect::<Vec<_>>().join(", ");
    let set = |r: &[Role]| r.iter().map(|r| r.as_str()).collect::<BTreeSet<_>>();
    for (name, a) in &imp.hosts {
        let Some(h) = inv.hosts.get(name) else {
            out.push(format!("{name}: missing (Ansible: roles {})", roles(&a.roles)));
            continue;
        };
        if set(&h.roles) != set(&a.roles) {
            out.push(format!(
                "{name}: roles {} in the inventory, {} in Ansible",
                roles(&h.roles),
                roles(&a.roles)
            ));
        }
        if h.master != a.master {
            out.push(format!(
                "{name}: master = {} in the inventory, {} in Ansible",
                h.master, a.master
            ));
        }
        if h.zookeeper_id != a.zookeeper_id {
            let show = |v: Option<u32>| v.map_or("none".to_string(), |v| v.to_string());
            out.push(format!(
                "{name}: zookeeper_id {} in the inventory, {} in Ansible",
                show(h.zookeeper_id),
                show(a.zookeeper_id)
            ));
        }
        if let Some(ssh) = &a.ssh {
            if h.ssh.as_deref() != Some(ssh.as_str()) {
                out.push(format!(
                    "{name}: ssh {} in the inventory, {ssh} in Ansible (ansible_host)",
                    h.ssh.as_deref().unwrap_or("(the name)")
                ));
            }
        }
    }
    for (name, h) in &inv.hosts {
        if !imp.hosts.contains_key(name) {
            out.push(format!("{name}: not in Ansible (inventory roles {})", roles(&h.roles)));
        }
    }
    out
}

/// What the command prints: `stdout` (the inventory, or the differences), `stderr` lines
/// (what was written, what was skipped), and `differs`, the summary when `--check` found
/// differences (the command then exits 1).
pub struct Report {
    pub stdout: String,
    pub stderr: Vec<String>,
    pub differs: Option<String>,
}

/// The command: print, write `--out`, or compare with `--check`.
pub fn run(from: &Path, out_file: Option<&Path>, check: Option<&Path>) -> Result<Report> {
    let checkout = Checkout::read(from)?;
    let imp = import(&checkout);
    if imp.hosts.is_empty() {
        return Err(Error::Usage(format!(
            "{} lists no host of hgssh-prod, hgweb-prod or zk_servers: is this a version-control-tools checkout?",
            checkout.hosts_path.display()
        )));
    }
    let notes: Vec<String> = imp.notes.iter().map(|n| format!("note: {n}")).collect();
    if let Some(path) = check {
        let inv = Inventory::load(path)?;
        let diffs = compare(&imp, &inv);
        if diffs.is_empty() {
            return Ok(Report {
                stdout: format!(
                    "{} agrees with Ansible ({} hosts)\n",
                    path.display(),
                    imp.hosts.len()
                ),
                stderr: notes,
                differs: None,
            });
        }
        let mut stdout = String::new();
        for d in &diffs {
            let _ = writeln!(stdout, "{d}");
        }
        let summary =
            format!("{} differs from Ansible in {} place(s)", path.display(), diffs.len());
        return Ok(Report { stdout, stderr: notes, differs: Some(summary) });
    }
    let text = render(&imp, from);
    // What we write must load: a defect here must not reach an operator's file.
    Inventory::parse(&text, Path::new("(imported)"))?;
    let Some(path) = out_file else {
        return Ok(Report { stdout: text, stderr: notes, differs: None });
    };
    if path.exists() {
        return Err(Error::Usage(format!(
            "{} exists: not overwritten (compare with --check, or remove it first)",
            path.display()
        )));
    }
    let tmp = path.with_extension("toml.tmp");
    std::fs::write(&tmp, &text).map_err(|e| Error::io(format!("writing {}", tmp.display()), e))?;
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        Error::io(format!("renaming {} to {}", tmp.display(), path.display()), e)
    })?;
    let mut stderr = notes;
    stderr.push(format!("wrote {} ({} hosts)", path.display(), imp.hosts.len()));
    Ok(Report { stdout: String::new(), stderr, differs: None })
}

impl Imported {
    /// The inventory host this import writes (for tests that compare with a loaded file).
    #[cfg(test)]
    pub fn host(&self) -> super::Host {
        super::Host {
            roles: self.roles.clone(),
            ssh: self.ssh.clone(),
            lb_node: None,
            master: self.master,
            zookeeper: None,
            zookeeper_id: self.zookeeper_id,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOSTS: &str = include_str!("../testdata/vct/ansible/hosts");
    const HGMO: &str = include_str!("../testdata/vct/ansible/group_vars/hgmo");

    fn checkout() -> Checkout {
        let hosts = super::super::ansible::parse_hosts(HOSTS, Path::new("ansible/hosts")).unwrap();
        let zk =
            super::super::ansible::parse_zk_servers(HGMO, Path::new("ansible/group_vars/hgmo"))
                .unwrap();
        Checkout { hosts_path: "ansible/hosts".into(), hosts, zk_servers: zk }
    }

    #[test]
    fn production_shaped_inventory_imports_with_roles_ids_and_master() {
        let imp = import(&checkout());
        let names: Vec<&str> = imp.hosts.keys().map(String::as_str).collect();
        assert_eq!(
            names,
            [
                "hgssh3.dmz.mdc1.mozilla.com",
                "hgweb1.dmz.mdc1.mozilla.com",
                "hgweb2.dmz.mdc1.mozilla.com",
                "hgweb3.dmz.mdc1.mozilla.com",
                "hgweb4.dmz.mdc1.mozilla.com",
                "kafka1.dmz.mdc1.mozilla.com",
                "kafka2.dmz.mdc1.mozilla.com",
                "kafka3.dmz.mdc1.mozilla.com",
            ]
        );
        let ssh3 = &imp.hosts["hgssh3.dmz.mdc1.mozilla.com"];
        assert_eq!(
            (ssh3.roles.as_slice(), ssh3.master, ssh3.zookeeper_id),
            (&[Role::Hgssh][..], true, None)
        );
        let web4 = &imp.hosts["hgweb4.dmz.mdc1.mozilla.com"];
        assert_eq!(web4.roles, [Role::Hgweb, Role::Zookeeper, Role::Kafka]);
        assert_eq!(web4.zookeeper_id, Some(17));
        let k3 = &imp.hosts["kafka3.dmz.mdc1.mozilla.com"];
        assert_eq!(
            (k3.roles.as_slice(), k3.zookeeper_id),
            (&[Role::Zookeeper, Role::Kafka][..], Some(23))
        );
        assert!(
            imp.notes.iter().any(|n| n.starts_with("hgweb-backup-uw2 (group backup-node) skipped")),
            "{:?}",
            imp.notes
        );
        // The written file loads, and says the same.
        let text = render(&imp, Path::new("/src/vct"));
        let inv = Inventory::parse(&text, Path::new("imported.toml")).unwrap();
        assert!(compare(&imp, &inv).is_empty(), "{:?}", compare(&imp, &inv));
        assert_eq!(inv.expected_master(), Some("hgssh3.dmz.mdc1.mozilla.com"));
        for (name, h) in &imp.hosts {
            let got = &inv.hosts[name];
            let want = h.host();
            assert_eq!(
                (&got.roles, got.master, got.zookeeper_id),
                (&want.roles, want.master, want.zookeeper_id)
            );
        }
    }

    #[test]
    fn check_names_every_difference() {
        let imp = import(&checkout());
        let mut text = render(&imp, Path::new("/src/vct"));
        // A host Ansible dropped, a missing one, a wrong id, a wrong master and a wrong role.
        text = text.replace(
            "[hosts.\"hgweb4.dmz.mdc1.mozilla.com\"]\nroles = [\"hgweb\", \"zookeeper\", \"kafka\"]\nzookeeper_id = 17\n",
            "",
        );
        text = text.replace("zookeeper_id = 23", "zookeeper_id = 24");
        text = text.replace("master = true\n", "");
        text.push_str("\n[hosts.\"hgweb9.dmz.mdc1.mozilla.com\"]\nroles = [\"hgweb\"]\n");
        text = text.replacen(
            "[hosts.\"hgweb1.dmz.mdc1.mozilla.com\"]\nroles = [\"hgweb\", \"zookeeper\", \"kafka\"]",
            "[hosts.\"hgweb1.dmz.mdc1.mozilla.com\"]\nroles = [\"hgweb\"]",
            1,
        );
        let inv = Inventory::parse(&text, Path::new("old.toml")).unwrap();
        let d = compare(&imp, &inv);
        assert_eq!(
            d,
            [
                "hgssh3.dmz.mdc1.mozilla.com: master = false in the inventory, true in Ansible",
                "hgweb1.dmz.mdc1.mozilla.com: roles hgweb in the inventory, hgweb, zookeeper, kafka in Ansible",
                "hgweb4.dmz.mdc1.mozilla.com: missing (Ansible: roles hgweb, zookeeper, kafka)",
                "kafka3.dmz.mdc1.mozilla.com: zookeeper_id 24 in the inventory, 23 in Ansible",
                "hgweb9.dmz.mdc1.mozilla.com: not in Ansible (inventory roles hgweb)",
            ]
        );
    }
}
