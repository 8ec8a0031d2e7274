//! An hgweb host joins (`hgweb add`, production's bootstrap-hgweb) or leaves (`hgweb remove`).

use super::Invocation;
use crate::cli::Hgweb;
use crate::error::{Error, Result};
use crate::inventory::{Inventory, Role};

pub fn invocation(command: &Hgweb) -> Result<Invocation> {
    Ok(match command {
        Hgweb::Add { host, group, stream_clone, ssh_workers, hgweb_workers } => {
            let mut i = Invocation::new("hgweb-add", &[("target", Some(host))]);
            i.set("group", consumer_group(host, group.as_deref())?)
                .set("ssh_workers", ssh_workers)
                .set("hgweb_workers", hgweb_workers);
            if !stream_clone.is_empty() {
                let names: Vec<&str> = stream_clone.iter().map(|r| r.as_str()).collect();
                i.set("stream", names.join("\n"));
            }
            i.prepare = Some(an_hgweb_host);
            i
        }
        Hgweb::Remove { host, group, host_down, drain_timeout, on_drain_timeout } => {
            let mut i = Invocation::new("hgweb-remove", &[("target", Some(host))]);
            i.set("group", consumer_group(host, group.as_deref())?).set("host_down", host_down);
            if let Some(t) = drain_timeout {
                i.set("drain_timeout", t);
            }
            if let Some(w) = on_drain_timeout {
                i.set("on_drain_timeout", w.name());
            }
            i.prepare = Some(an_hgweb_host);
            i
        }
    })
}

/// The host's replication consumer group: given, or its short hostname (production's
/// `group = {{ ansible_hostname }}`).
fn consumer_group(host: &str, given: Option<&str>) -> Result<String> {
    let group = given.unwrap_or_else(|| host.split('.').next().unwrap_or(host));
    if group.is_empty() || !group.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err(Error::Usage(format!(
            "{group:?} is not a consumer group name (letters, digits, - and _); give it with --group"
        )));
    }
    Ok(group.to_string())
}

/// The host is an hgweb host of the inventory with its load balancer node.
fn an_hgweb_host(i: &mut Invocation, inv: &Inventory) -> Result<()> {
    let host = i.params["target"].clone();
    let Some(h) = inv.hosts.get(&host) else {
        return Err(Error::Usage(format!(
            "{host} is not in the inventory {}: add it (role hgweb, with its lb_node) first",
            inv.source.display()
        )));
    };
    if !h.roles.contains(&Role::Hgweb) {
        return Err(Error::Usage(format!("{host} is not an hgweb host in the inventory")));
    }
    if h.lb_node.is_none() {
        return Err(Error::Usage(format!(
            "{host} has no lb_node in the inventory {}: the load balancer steps need it",
            inv.source.display()
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_group_is_the_short_hostname_unless_given() {
        assert_eq!(consumer_group("hgweb5.dmz.mdc1.mozilla.com", None).unwrap(), "hgweb5");
        assert_eq!(consumer_group("hgweb5", Some("hgweb-new")).unwrap(), "hgweb-new");
        for bad in ["a b", "x;rm", ""] {
            let e = consumer_group("h", Some(bad)).unwrap_err().to_string();
            assert!(e.contains("not a consumer group"), "{bad}: {e}");
        }
    }
}
