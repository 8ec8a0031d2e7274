//! Load balancers behind one interface, chosen by `[loadbalancer] kind`: the vTM (Zeus)
//! REST API, the HAProxy runtime API, or a manual mode that tells the operator what to do
//! in the UI and waits for them. Credentials come from the environment or a prompt and are
//! never part of a plan, a log line or an error.

pub mod haproxy;
pub mod manual;
pub mod zeus;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::inventory::{Inventory, LoadBalancerKind};
use crate::terminal::Ui;

/// What the load balancer is told to do with a node.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AdminState {
    /// In service (vTM `active`, HAProxy `ready`).
    Active,
    /// No new connections, established ones finish (vTM `draining`, HAProxy `drain`).
    Draining,
    /// No traffic at all (vTM `disabled`, HAProxy `maint`, which also closes idle connections).
    Disabled,
}

impl AdminState {
    pub fn as_str(self) -> &'static str {
        match self {
            AdminState::Active => "active",
            AdminState::Draining => "draining",
            AdminState::Disabled => "disabled",
        }
    }
}

/// What the load balancer's health checks say about a node.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Health {
    Up,
    Down,
    Unknown,
}

#[derive(Debug, Clone, Serialize)]
pub struct NodeStatus {
    pub node: String,
    pub admin: AdminState,
    pub health: Health,
}

impl NodeStatus {
    pub fn in_service(&self) -> bool {
        self.admin == AdminState::Active && self.health == Health::Up
    }
}

/// Connections to a node as the load balancer counts them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Connections {
    /// Requests being worked on (vTM `current_requests`, HAProxy `scur` + `qcur`).
    pub in_flight: u64,
    /// Including idle keep-alive connections (vTM `current_conn`, HAProxy `scur` + `srv_icur`).
    pub total: u64,
}

/// One load-balancer request as a plan shows it: method, URL and body, or the runtime API
/// command. Credentials are never part of it.
#[derive(Debug, Clone, Serialize, serde::Deserialize)]
pub struct LbRequest {
    pub method: String,
    pub target: String,
    pub body: String,
}

impl std::fmt::Display for LbRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.body.is_empty() {
            write!(f, "{} {}", self.method, self.target)
        } else {
            write!(f, "{} {} {}", self.method, self.target, self.body)
        }
    }
}

/// The request that sets a node's state, as a plan shows it (no connection made).
pub fn describe_set_state(inv: &Inventory, node: &str, state: AdminState) -> LbRequest {
    let lb = &inv.loadbalancer;
    match lb.kind {
        LoadBalancerKind::Zeus => zeus::describe_set_state(lb, node, state),
        LoadBalancerKind::Haproxy => haproxy::describe_set_state(lb, node, state),
        LoadBalancerKind::Manual => manual::describe_set_state(lb, node, state),
    }
}

/// The request that adds a node to the pool (`join`, disabled) or removes it, as a plan
/// shows it (no connection made).
pub fn describe_membership(inv: &Inventory, node: &str, join: bool) -> LbRequest {
    let lb = &inv.loadbalancer;
    match lb.kind {
        LoadBalancerKind::Zeus => zeus::describe_membership(lb, node, join),
        LoadBalancerKind::Haproxy => haproxy::describe_membership(lb, node, join),
        LoadBalancerKind::Manual => manual::describe_membership(lb, node, join),
    }
}

/// A ban of the load balancer's protection class, with what hgmo-ctl recorded about it in
/// the class's note: vTM bans have no expiry of their own, so `lb ban add` writes one line
/// per ban there (`hgmo-ctl ban ADDRESS until TIME by USER: REASON`), which every operator
/// sees in the UI too. A ban added in the UI has none of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Ban {
    pub address: String,
    pub until: Option<String>,
    pub by: Option<String>,
    pub reason: Option<String>,
}

const BAN_NOTE: &str = "hgmo-ctl ban ";

/// The note line of a ban.
pub fn ban_note_line(address: &str, until: &str, by: &str, reason: &str) -> String {
    let reason = reason.replace(['\n', '\r'], " ");
    format!("{BAN_NOTE}{address} until {until} by {by}: {reason}")
}

/// The bans as read: every banned address, with its note line's facts where it has one.
pub fn bans_from(banned: &[String], note: &str) -> Vec<Ban> {
    banned
        .iter()
        .map(|address| {
            let line = note.lines().find_map(|l| {
                l.strip_prefix(BAN_NOTE)?.strip_prefix(address.as_str())?.strip_prefix(" until ")
            });
            let (until, by, reason) = match line {
                Some(rest) => {
                    let (until, rest) = rest.split_once(" by ").unwrap_or((rest, ""));
                    let (by, reason) = rest.split_once(": ").unwrap_or((rest, ""));
                    (Some(until.to_string()), Some(by.to_string()), Some(reason.to_string()))
                }
                None => (None, None, None),
            };
            Ban { address: address.clone(), until, by, reason }
        })
        .collect()
}

/// The banned list and note with `address` banned and `line` its only note line; every
/// other address and note line as read. `None` when that is exactly what stands.
pub fn with_ban(
    banned: &[String],
    note: &str,
    address: &str,
    line: &str,
) -> Option<(Vec<String>, String)> {
    let (mut list, mut lines) =
        without_ban(banned, note, address).unwrap_or_else(|| (banned.to_vec(), note.to_string()));
    list.push(address.to_string());
    if !lines.is_empty() && !lines.ends_with('\n') {
        lines.push('\n');
    }
    lines.push_str(line);
    let unchanged = banned.iter().any(|a| a == address)
        && note.lines().filter(|l| is_line_of(l, address)).eq(std::iter::once(line));
    (!unchanged).then_some((list, lines))
}

fn is_line_of(line: &str, address: &str) -> bool {
    line.strip_prefix(BAN_NOTE)
        .and_then(|r| r.strip_prefix(address))
        .is_some_and(|r| r.starts_with(" until "))
}

/// The banned list and note without `address` and its note lines; `None` when it is not
/// banned and has no line.
pub fn without_ban(banned: &[String], note: &str, address: &str) -> Option<(Vec<String>, String)> {
    let listed = banned.iter().any(|a| a == address);
    let noted = note.lines().any(|l| is_line_of(l, address));
    if !listed && !noted {
        return None;
    }
    let list = banned.iter().filter(|a| *a != address).cloned().collect();
    let lines: Vec<&str> = note.lines().filter(|l| !is_line_of(l, address)).collect();
    Some((list, lines.join("\n")))
}

/// Bans exist only on the vTM: the current guide bans in its protection class `hg`.
pub fn refuse_bans(kind: LoadBalancerKind) -> Option<Error> {
    let what = match kind {
        LoadBalancerKind::Zeus => return None,
        LoadBalancerKind::Haproxy => "haproxy",
        LoadBalancerKind::Manual => "manual",
    };
    Some(Error::Usage(format!(
        "lb ban/rate: the load balancer is {what} ([loadbalancer] kind); the current guide's IP \
         bans and rate limits are the vTM's (protection class `hg`, rate class `hg-rate`), \
         which hgmo-ctl has no equivalent of for {what}: nothing was read or changed. Ban or \
         limit at the firewall or in HAProxy's own configuration."
    )))
}

/// The request a rate limit change makes, as a plan shows it.
pub fn describe_rate(lb: &crate::inventory::LoadBalancer, per_minute: u64) -> LbRequest {
    zeus::describe_rate(lb, per_minute)
}

/// The request a ban change makes, as a plan shows it.
pub fn describe_ban(inv: &Inventory, change: &str) -> LbRequest {
    zeus::describe_bans(&inv.loadbalancer, change)
}

/// A connected load balancer client.
pub enum Client {
    Zeus(zeus::Zeus),
    Haproxy(haproxy::Haproxy),
    Manual(manual::Manual),
}

impl Client {
    /// How stale the load balancer's connection counters can be: vTM counts per second;
    /// HAProxy's `scur` is live.
    pub fn counter_lag(&self) -> std::time::Duration {
        match self {
            Client::Zeus(_) => std::time::Duration::from_secs(1),
            Client::Haproxy(_) | Client::Manual(_) => std::time::Duration::ZERO,
        }
    }

    /// Build the client (reading credentials from the environment or a prompt). Nothing is
    /// sent until the first call.
    pub fn new(inv: &Inventory, ui: &Ui) -> Result<Client> {
        let lb = &inv.loadbalancer;
        Ok(match lb.kind {
            LoadBalancerKind::Zeus => Client::Zeus(zeus::Zeus::new(inv, ui)?),
            LoadBalancerKind::Haproxy => Client::Haproxy(haproxy::Haproxy::new(lb)?),
            LoadBalancerKind::Manual => Client::Manual(manual::Manual::new(inv, ui.clone())),
        })
    }

    /// Every node of the pool with its state. `None` when the load balancer cannot be read
    /// (manual mode).
    pub async fn pool(&mut self) -> Result<Option<Vec<NodeStatus>>> {
        match self {
            Client::Zeus(z) => z.pool().await.map(Some),
            Client::Haproxy(h) => h.pool().await.map(Some),
            Client::Manual(_) => Ok(None),
        }
    }

    /// Set a node's state and confirm it took effect. Returns false when the node already
    /// was in that state (nothing sent).
    pub async fn set_state(&mut self, node: &str, state: AdminState) -> Result<bool> {
        match self {
            Client::Zeus(z) => z.set_state(node, state).await,
            Client::Haproxy(h) => h.set_state(node, state).await,
            Client::Manual(m) => m.set_state(node, state),
        }
    }

    /// Add a node to the pool, disabled. False when it is in the pool out of service
    /// already (nothing sent); an error when it is in service: a node that serves is not
    /// a node to bring in.
    pub async fn join(&mut self, node: &str) -> Result<bool> {
        match self {
            Client::Zeus(z) => z.join(node).await,
            Client::Haproxy(h) => h.join(node).await,
            Client::Manual(m) => m.membership(node, true),
        }
    }

    /// Remove a node, out of service, from the pool. False when it is not in the pool. On
    /// HAProxy, whose pool is its configuration file, the server stays, in maintenance.
    pub async fn leave(&mut self, node: &str) -> Result<bool> {
        match self {
            Client::Zeus(z) => z.leave(node).await,
            Client::Haproxy(h) => h.leave(node).await,
            Client::Manual(m) => m.membership(node, false),
        }
    }

    /// Connections to a node; `None` when the load balancer cannot tell (manual mode).
    pub async fn connections(&mut self, node: &str) -> Result<Option<Connections>> {
        match self {
            Client::Zeus(z) => z.connections(node).await.map(Some),
            Client::Haproxy(h) => h.connections(node).await.map(Some),
            Client::Manual(_) => Ok(None),
        }
    }

    /// The bans of the vTM's protection class.
    pub async fn bans(&mut self) -> Result<Vec<Ban>> {
        match self {
            Client::Zeus(z) => {
                let (banned, note) = z.bans().await?;
                Ok(bans_from(&banned, &note))
            }
            Client::Haproxy(_) => Err(refuse_bans(LoadBalancerKind::Haproxy).expect("refused")),
            Client::Manual(_) => Err(refuse_bans(LoadBalancerKind::Manual).expect("refused")),
        }
    }

    /// Ban `address` with its note line. Returns false when exactly that stands already.
    pub async fn ban(&mut self, address: &str, line: &str) -> Result<bool> {
        let Client::Zeus(z) = self else { return Err(self.no_bans()) };
        let (banned, note) = z.bans().await?;
        match with_ban(&banned, &note, address, line) {
            None => Ok(false),
            Some((list, note)) => z.set_bans(&list, &note).await.map(|()| true),
        }
    }

    /// Lift the ban of `address` (and drop its note line). False when it was not banned.
    pub async fn unban(&mut self, address: &str) -> Result<bool> {
        let Client::Zeus(z) = self else { return Err(self.no_bans()) };
        let (banned, note) = z.bans().await?;
        match without_ban(&banned, &note, address) {
            None => Ok(false),
            Some((list, note)) => z.set_bans(&list, &note).await.map(|()| true),
        }
    }

    /// The rate class's limits per minute and per second (vTM only).
    pub async fn rate(&mut self) -> Result<(u64, u64)> {
        let Client::Zeus(z) = self else { return Err(self.no_bans()) };
        z.rate().await
    }

    /// Set the rate class's limit per minute (0: off). False when it already was.
    pub async fn set_rate(&mut self, per_minute: u64) -> Result<bool> {
        let Client::Zeus(z) = self else { return Err(self.no_bans()) };
        z.set_rate(per_minute).await
    }

    fn no_bans(&self) -> Error {
        let kind = match self {
            Client::Zeus(_) => LoadBalancerKind::Zeus,
            Client::Haproxy(_) => LoadBalancerKind::Haproxy,
            Client::Manual(_) => LoadBalancerKind::Manual,
        };
        refuse_bans(kind).unwrap_or_else(|| Error::LoadBalancer("bans are not supported".into()))
    }

    /// The node's state; `None` in manual mode.
    pub async fn node(&mut self, node: &str) -> Result<Option<NodeStatus>> {
        let Some(pool) = self.pool().await? else { return Ok(None) };
        pool.into_iter().find(|n| n.node == node).map(Some).ok_or_else(|| {
            Error::LoadBalancer(format!("node {node} is not in the load balancer's pool"))
        })
    }
}

/// Exponential backoff delays for retries of connection errors and 5xx answers.
pub const RETRY_DELAYS_MS: [u64; 3] = [250, 750, 2000];

#[cfg(test)]
mod ban_tests {
    use super::*;

    fn v(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_ban_is_added_with_its_line_and_everything_else_is_kept() {
        let note = "set by hand in 2024\nhgmo-ctl ban 192.0.2.7 until 2026-12-04T00:00:00Z by a: x";
        let line = ban_note_line("198.51.100.9", "2026-12-05T10:00:00Z", "op", "scraper\nbug 1");
        assert_eq!(
            line,
            "hgmo-ctl ban 198.51.100.9 until 2026-12-05T10:00:00Z by op: scraper bug 1"
        );
        let (list, new_note) =
            with_ban(&v(&["192.0.2.7", "203.0.113.0/24"]), note, "198.51.100.9", &line).unwrap();
        assert_eq!(list, v(&["192.0.2.7", "203.0.113.0/24", "198.51.100.9"]));
        assert_eq!(new_note, format!("{note}\n{line}"));
        let bans = bans_from(&list, &new_note);
        assert_eq!(
            bans[1],
            Ban { address: "203.0.113.0/24".into(), until: None, by: None, reason: None }
        );
        assert_eq!(bans[2].until.as_deref(), Some("2026-12-05T10:00:00Z"));
        assert_eq!(bans[2].by.as_deref(), Some("op"));
        assert_eq!(bans[2].reason.as_deref(), Some("scraper bug 1"));
        // The same again: nothing to send.
        assert_eq!(with_ban(&list, &new_note, "198.51.100.9", &line), None);
        // A new expiry replaces the line, not the address.
        let later = ban_note_line("198.51.100.9", "2026-12-09T10:00:00Z", "op", "again");
        let (l2, n2) = with_ban(&list, &new_note, "198.51.100.9", &later).unwrap();
        assert_eq!(l2, list);
        assert_eq!(n2.matches("198.51.100.9").count(), 1, "{n2}");
    }

    #[test]
    fn a_ban_is_lifted_with_its_line_only() {
        let note = "hgmo-ctl ban 192.0.2.7 until T by a: x\nhgmo-ctl ban 192.0.2.70 until T by a: y\nkeep me";
        let (list, n) = without_ban(&v(&["192.0.2.7", "192.0.2.70"]), note, "192.0.2.7").unwrap();
        assert_eq!(list, v(&["192.0.2.70"]));
        assert_eq!(n, "hgmo-ctl ban 192.0.2.70 until T by a: y\nkeep me");
        assert_eq!(without_ban(&list, &n, "192.0.2.7"), None);
    }

    #[test]
    fn haproxy_and_manual_refuse_bans() {
        assert!(refuse_bans(LoadBalancerKind::Zeus).is_none());
        for k in [LoadBalancerKind::Haproxy, LoadBalancerKind::Manual] {
            let e = refuse_bans(k).unwrap().to_string();
            assert!(e.contains("nothing was read or changed"), "{e}");
        }
    }
}
