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

    /// Connections to a node; `None` when the load balancer cannot tell (manual mode).
    pub async fn connections(&mut self, node: &str) -> Result<Option<Connections>> {
        match self {
            Client::Zeus(z) => z.connections(node).await.map(Some),
            Client::Haproxy(h) => h.connections(node).await.map(Some),
            Client::Manual(_) => Ok(None),
        }
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
