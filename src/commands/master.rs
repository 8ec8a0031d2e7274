//! Moving the master role: `failover`.

use super::Invocation;
use crate::error::{Error, Result};
use crate::inventory::Inventory;

pub fn failover(to: &str, from: Option<&str>, wait: Option<u64>) -> Invocation {
    let mut i = Invocation::new("failover", &[("to", Some(to)), ("from", from)]);
    if let Some(w) = wait {
        i.set("wait", w);
    }
    i.prepare = Some(failover_params);
    i
}

/// The failover's typed rules: `--from` defaults to the expected master and differs from
/// `--to`; the wait is never shorter than what hg-master-monitor needs; the start timeout
/// covers the monitor's interval, its start delay and the units' stop timeout, and the stop
/// timeout (after the wait) the interval and the units' stop timeout, each with a margin.
fn failover_params(i: &mut Invocation, inv: &Inventory) -> Result<()> {
    let from = match i.params.get("from") {
        Some(f) => f.clone(),
        None => inv.expected_master().map(String::from).ok_or_else(|| {
            Error::Usage("the inventory has no hgssh host to fail over from".into())
        })?,
    };
    if i.params.get("to") == Some(&from) {
        return Err(Error::Usage(format!("--to {from} is already the master (--from)")));
    }
    i.set("from", from);
    let m = &inv.master;
    let wanted = i.params.get("wait").and_then(|w| w.parse().ok());
    let wait = crate::safety::failover_wait(m, wanted).map_err(|e| {
        Error::Usage(format!(
            "--wait {} is shorter than hg-master-monitor needs ({}s: two rounds of its {}s timer and a second; [master] monitor_interval in the inventory)",
            wanted.unwrap_or_default(),
            e.min,
            m.interval()
        ))
    })?;
    i.set("wait", wait);
    i.set("start_timeout", crate::safety::target_start_timeout(m));
    // The poll's deadline also covers what is left of the wait (`min_wait`).
    i.set("stop_timeout", crate::safety::target_stop_timeout(m));
    Ok(())
}
