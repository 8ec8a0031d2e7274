//! Replication remediation: `replication dump|heads|skip`, `notifier skip`, `aggregator`.

use super::Invocation;
use crate::cli::{Aggregator, GroupsAction, Notifier, NotifierName, Replication};
use crate::error::{Error, Result};
use crate::inventory::{Inventory, Role};

/// `None` for `replication status`, which reads the lag checks outside a runbook.
pub fn replication(command: &Replication) -> Option<Invocation> {
    Some(match command {
        Replication::Status => return None,
        Replication::Dump { host, partition } => {
            let mut i = Invocation::new("replication-dump", &[]);
            i.set("partition", partition);
            i.only = Some(vec![host.clone()]);
            i
        }
        Replication::Heads { host } => {
            let mut i = Invocation::new("replication-heads", &[]);
            i.only = host.clone().map(|h| vec![h]);
            i
        }
        Replication::Skip { host, partition, count, .. } => {
            let mut i = Invocation::new("replication-skip", &[]);
            i.set("partition", partition).set("count", count);
            i.only = host.clone().map(|h| vec![h]);
            i
        }
    })
}

pub fn notifier(command: &Notifier) -> Invocation {
    let Notifier::Skip { which } = command;
    let which = match which {
        NotifierName::Pulse => "pulse",
        NotifierName::Sns => "sns",
    };
    Invocation::new("notifier-skip", &[("which", Some(which))])
}

pub fn aggregator(command: &Aggregator) -> Invocation {
    match command {
        Aggregator::Groups { action } => {
            let mut i = Invocation::new(
                match action {
                    GroupsAction::Sync => "aggregator-groups-sync",
                    GroupsAction::Show => "aggregator-groups-show",
                },
                &[],
            );
            i.prepare = Some(match action {
                GroupsAction::Sync => groups_sync,
                GroupsAction::Show => groups_show,
            });
            i
        }
        Aggregator::Restart { pending } => {
            let mut i = Invocation::new("aggregator-restart", &[]);
            if *pending {
                i.set("unit", "pushdataaggregator-pending");
            }
            i
        }
    }
}

fn groups_show(i: &mut Invocation, inv: &Inventory) -> Result<()> {
    groups(i, inv, false)
}

fn groups_sync(i: &mut Invocation, inv: &Inventory) -> Result<()> {
    groups(i, inv, true)
}

/// One consumer group per hgweb host (its short hostname), and the file's source in
/// version-control-tools: every deploy copies roles/hg-ssh/files/pushdataaggregator_groups
/// over the master's copy, so `sync` changes the source and deploys it.
fn groups(i: &mut Invocation, inv: &Inventory, sync: bool) -> Result<()> {
    let groups: Vec<&str> =
        inv.with_role(Role::Hgweb).iter().map(|h| h.split('.').next().unwrap_or(h)).collect();
    i.set("groups", groups.join("\n"));
    match &inv.deploy.checkout {
        Some(c) => {
            let source =
                inv.resolve_path(c).join("ansible/roles/hg-ssh/files/pushdataaggregator_groups");
            i.set("source", source.display());
        }
        None if sync => {
            return Err(Error::Usage(format!(
                "refused: {} is deployed from version-control-tools (ansible/roles/hg-ssh/files/pushdataaggregator_groups), and the next deploy would undo an edit of the master's copy alone; set [deploy] checkout to your checkout (and [deploy] command) in {}, and sync changes the source and deploys it",
                inv.paths.shared_root.trim_end_matches('/').to_string() + "/pushdataaggregator_groups",
                inv.source.display()
            )));
        }
        None => {}
    }
    Ok(())
}
