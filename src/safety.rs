//! The safety rules that more than one procedure relies on, in one place, each with its own
//! unit tests:
//!
//! - **capacity**: never more hosts out of the load balancer's service than allowed, checked
//!   for every batch before a rolling run starts and again right before each drain;
//! - **the master's timing**: how long a failover waits between the two master files (never
//!   less than two rounds of hg-master-monitor), and how long the old and new
//!   `hg-master.target` may take to stop and start.
//!
//! - **the master file**: every runbook that changes the master starts with the same check
//!   ([`master_check_step`]: `{master_file}` must exist on the inventory's master), added by
//!   `master_check = true`; a runbook that changes the master without a check of the master
//!   file is refused when it is loaded. The failover checks more (exactly one master file,
//!   never a second one) in its own runbook.

use crate::inventory::MasterSettings;
use crate::runbook::Step;

/// The first step of every runbook with `master_check = true`.
const MASTER_CHECK: &str = r#"
id = "master"
kind = "precondition"
on = "master"
title = "{host} holds the master role"
command = ["test", "-e", "{master_file}"]
message = "{master_file} does not exist, so {host} is not the master: find the master (ls {shared_root}/master.*) and mark it `master = true` in the inventory"
"#;

/// The check that the inventory's master holds its master file, as a runbook step.
pub fn master_check_step() -> Step {
    toml::from_str(MASTER_CHECK).expect("the master check is a valid step")
}

/// A value read from a host (`capture = "name"`) may be substituted into later commands only
/// if it is one plain word: letters, digits and `._:/-`, not empty. The same rule on every
/// path (a run, a local step, the read-only preflight of `plan --out`).
pub fn plain_value(value: &str) -> bool {
    !value.is_empty() && value.chars().all(|c| c.is_ascii_alphanumeric() || "._:/-".contains(c))
}
use crate::lb::NodeStatus;

/// The minimum number of nodes that must stay in service: `[loadbalancer] min_in_service`,
/// or every node of the pool but one.
pub fn min_in_service(pool: &[NodeStatus], configured: Option<usize>) -> usize {
    configured.unwrap_or_else(|| pool.len().saturating_sub(1))
}

/// Taking `out` out of service would leave too few nodes in service.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shortfall {
    /// Nodes left in service.
    pub left: usize,
    /// The minimum.
    pub min: usize,
}

/// May the nodes `out` leave service now? Nodes already out of service (draining, disabled,
/// or down) do not count as in service, whether they are in `out` or not.
pub fn capacity(
    pool: &[NodeStatus],
    out: &[String],
    configured: Option<usize>,
) -> Result<(), Shortfall> {
    let min = min_in_service(pool, configured);
    let left = pool.iter().filter(|n| !out.contains(&n.node) && n.in_service()).count();
    if left < min {
        Err(Shortfall { left, min })
    } else {
        Ok(())
    }
}

/// Why a failover wait is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WaitTooShort {
    pub min: u64,
}

/// The failover's wait between removing the old master file and creating the new one: at
/// least two rounds of hg-master-monitor's timer and a second, so that the old master's
/// monitor has seen the removal and stopped its target before the new file exists.
pub fn failover_wait(m: &MasterSettings, wanted: Option<u64>) -> Result<u64, WaitTooShort> {
    let min = min_failover_wait(m);
    let wait = wanted.unwrap_or(60.max(min));
    if wait < min {
        Err(WaitTooShort { min })
    } else {
        Ok(wait)
    }
}

/// Two timer rounds and a second.
pub fn min_failover_wait(m: &MasterSettings) -> u64 {
    2 * m.interval() + 1
}

/// How long hg-master.target may take to start on a new master: the monitor's timer
/// interval, its start delay, and units of a previous start that systemd may still be
/// stopping (their stop timeout), with 30 s of margin.
pub fn target_start_timeout(m: &MasterSettings) -> u64 {
    m.interval() + m.delay() + m.unit_stop() + 30
}

/// How long hg-master.target may take to stop once its master file is gone (after the
/// failover's wait): the monitor's timer interval and the units' stop timeout, with 30 s of
/// margin.
pub fn target_stop_timeout(m: &MasterSettings) -> u64 {
    m.interval() + m.unit_stop() + 30
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_runbook_that_changes_the_master_checks_its_master_file_before_the_first_change() {
        use crate::runbook::{Runbook, StepKind, Target};
        let mut checked = Vec::new();
        for rb in Runbook::all().unwrap() {
            let Some(first_change) = rb.steps.iter().position(|s| {
                s.on == Some(Target::Master) && (s.kind.changes() || s.kind == StepKind::Local)
            }) else {
                continue;
            };
            let check = rb.steps[..first_change].iter().position(|s| {
                s.kind == StepKind::Precondition
                    && s.on == Some(Target::Master)
                    && s.command.iter().any(|c| c.contains("{master_file}"))
            });
            assert!(check.is_some(), "{} changes the master without checking it first", rb.name);
            if rb.master_check {
                assert_eq!(rb.steps[0].command, master_check_step().command, "{}", rb.name);
            }
            checked.push(rb.name);
        }
        // The failover names its hosts (`host = "{from}"`, `"{to}"`) and checks both master
        // files itself.
        for name in ["kafka-reset", "read-only-set", "retire-repo", "hooks-edit", "strip"] {
            assert!(checked.iter().any(|c| c == name), "{name} not found changing the master");
        }
    }

    use crate::lb::{AdminState, Health};

    fn node(name: &str, admin: AdminState, health: Health) -> NodeStatus {
        NodeStatus { node: name.into(), admin, health }
    }

    fn pool(states: &[(AdminState, Health)]) -> Vec<NodeStatus> {
        states.iter().enumerate().map(|(i, (a, h))| node(&format!("web{i}"), *a, *h)).collect()
    }

    fn out(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn only_plain_words_are_captured() {
        for ok in ["localhost:2181/hgmoreplication", "pushdata-3", "a.b_c", "0"] {
            assert!(plain_value(ok), "{ok}");
        }
        for bad in ["", "a b", "$(id)", "x;y", "a\nb", "'q'", "é", "a*"] {
            assert!(!plain_value(bad), "{bad:?}");
        }
    }

    #[test]
    fn by_default_one_node_may_be_out() {
        let p = pool(&[(AdminState::Active, Health::Up); 4]);
        assert_eq!(capacity(&p, &out(&["web0"]), None), Ok(()));
        assert_eq!(capacity(&p, &out(&["web0", "web1"]), None), Err(Shortfall { left: 2, min: 3 }));
    }

    #[test]
    fn a_node_already_out_or_down_counts_against_the_batch() {
        let p = pool(&[
            (AdminState::Active, Health::Up),
            (AdminState::Draining, Health::Up),
            (AdminState::Active, Health::Down),
            (AdminState::Active, Health::Up),
        ]);
        // Only web0 and web3 serve: taking web0 out leaves one of the three required.
        assert_eq!(capacity(&p, &out(&["web0"]), None), Err(Shortfall { left: 1, min: 3 }));
        assert_eq!(capacity(&p, &out(&["web0"]), Some(1)), Ok(()));
        assert_eq!(
            capacity(&p, &out(&["web0", "web3"]), Some(1)),
            Err(Shortfall { left: 0, min: 1 })
        );
    }

    #[test]
    fn the_configured_minimum_wins_and_an_empty_pool_needs_nothing() {
        let p = pool(&[(AdminState::Active, Health::Up); 3]);
        assert_eq!(capacity(&p, &out(&["web0", "web1"]), Some(1)), Ok(()));
        assert_eq!(capacity(&p, &out(&[]), Some(4)), Err(Shortfall { left: 3, min: 4 }));
        assert_eq!(capacity(&[], &out(&[]), None), Ok(()));
    }

    fn master(interval: u64, delay: u64, stop: u64) -> MasterSettings {
        MasterSettings {
            monitor_interval: Some(interval),
            start_delay: Some(delay),
            unit_stop_timeout: Some(stop),
        }
    }

    #[test]
    fn the_failover_wait_is_at_least_two_monitor_rounds() {
        let production = MasterSettings::default();
        assert_eq!(failover_wait(&production, None), Ok(60));
        assert_eq!(failover_wait(&production, Some(31)), Ok(31));
        assert_eq!(failover_wait(&production, Some(30)), Err(WaitTooShort { min: 31 }));
        // A slow monitor raises the default too.
        assert_eq!(failover_wait(&master(45, 30, 60), None), Ok(91));
        assert_eq!(failover_wait(&master(1, 2, 60), Some(3)), Ok(3));
    }

    #[test]
    fn the_target_timeouts_cover_the_monitor_and_the_units() {
        let production = MasterSettings::default();
        assert_eq!(target_start_timeout(&production), 15 + 30 + 60 + 30);
        assert_eq!(target_stop_timeout(&production), 15 + 60 + 30);
        assert_eq!(target_start_timeout(&master(5, 10, 90)), 135);
        assert_eq!(target_stop_timeout(&master(5, 10, 90)), 125);
    }
}
