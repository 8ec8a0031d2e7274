//! One action of a plan: a step of a runbook on one host (or on the load balancer, or on the
//! operator's machine), resolved. What an action carries depends on its kind, and the types
//! say so: a remote step has a host and a command line, a load balancer change has a node and
//! its request, a poll has its deadline. The JSON form is flat (`kind` beside the fields of
//! that kind), as plan files and journals have always been written.

use serde::{Deserialize, Serialize};

use crate::lb::LbRequest;
use crate::privilege;
use crate::runbook::StepKind;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Action {
    /// 1-based position in the plan.
    pub number: usize,
    pub step: String,
    pub title: String,
    #[serde(flatten)]
    pub what: What,
    /// For a precondition or a check: what its failure means; for a gate or a typed
    /// confirmation: what is shown first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// What to do when it fails.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_failure: Option<String>,
    /// Once this has started, nothing before it is undone.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub no_return: bool,
    /// It changes something (and is confirmed first).
    pub changes: bool,
}

/// The kinds of action, each with what it needs.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum What {
    Precondition(Remote),
    Read(Remote),
    Check(Remote),
    Run(Remote),
    Poll(Poll),
    Wait(Wait),
    Gate(Shown),
    LbCheck(LbCheck),
    LbDrain(LbSet),
    LbDisable(LbSet),
    LbEnable(LbSet),
    WaitDrained(LbWait),
    WaitUp(LbWait),
    ConfirmName(Confirm),
    Local(Local),
    LbBan(LbBan),
    LbUnban(LbBan),
    LbRate(LbRate),
    LbJoin(LbSet),
    LbLeave(LbSet),
}

/// The load balancer's rate limit set.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LbRate {
    /// Requests per minute; 0 turns the limit off.
    pub per_minute: u64,
    pub lb: LbRequest,
}

/// A ban of the load balancer's protection class, added or lifted.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LbBan {
    pub address: String,
    /// The note line recorded with the ban (`lb-ban` only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<String>,
    /// The request this action makes (credentials never included).
    pub lb: LbRequest,
}

/// A command on a host.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Remote {
    pub host: String,
    /// The command line exactly as sent to the remote shell (every argument quoted).
    pub command: String,
    /// A read-only probe; when it exits 0 the action is skipped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unless: Option<String>,
    /// The name this read step's output is kept under.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capture: Option<String>,
    /// The command that undoes this action, offered if the run stops before the point of no
    /// return.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub undo: Option<String>,
    /// Safe to run again when a run stopped in the middle of it (see `Step::idempotent`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub idempotent: bool,
    /// The output goes into the run's incident note.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub note: bool,
    /// The name this read step's whole output is kept under (`{<name}` in later steps).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keep: Option<String>,
}

/// A read-only command on a host, repeated until it succeeds.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Poll {
    pub host: String,
    pub command: String,
    /// The timeout.
    pub seconds: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval_ms: Option<u64>,
    /// It also waits until this many seconds have passed since step `since` completed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_wait: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<String>,
    /// The last answer goes into the run's incident note.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub note: bool,
}

/// A fixed wait.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Wait {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    pub seconds: u64,
}

/// An action that only shows something and asks (a gate).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Shown {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
}

/// The load balancer preflight: every node of the run in the pool, every batch leaving
/// enough in service.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LbCheck {
    /// Every node of the run.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub batch_nodes: Vec<String>,
    /// Every batch, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub batches: Vec<Vec<String>>,
}

/// A change of a host's node in the load balancer.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LbSet {
    pub host: String,
    /// The load balancer's name for the host (`lb_node`).
    pub node: String,
    /// The request this action makes (credentials never included).
    pub lb: LbRequest,
    /// The nodes of the batch this action belongs to (capacity checks).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub batch_nodes: Vec<String>,
}

/// A wait on a host's node: drained, or up again.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LbWait {
    pub host: String,
    pub node: String,
    /// The host's own reading of its requests in flight (drain waits; Apache's
    /// server-status by default).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub command: Option<String>,
    /// The timeout.
    pub seconds: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval_ms: Option<u64>,
    /// Consecutive quiet readings a drain wait needs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quiet: Option<u32>,
}

/// The operator types a value to go on.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Confirm {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    /// What must be typed.
    pub expect: String,
}

/// A command on the operator's machine.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Local {
    pub command: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capture: Option<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub idempotent: bool,
}

impl What {
    pub fn kind(&self) -> StepKind {
        match self {
            What::Precondition(_) => StepKind::Precondition,
            What::Read(_) => StepKind::Read,
            What::Check(_) => StepKind::Check,
            What::Run(_) => StepKind::Run,
            What::Poll(_) => StepKind::Poll,
            What::Wait(_) => StepKind::Wait,
            What::Gate(_) => StepKind::Gate,
            What::LbCheck(_) => StepKind::LbCheck,
            What::LbDrain(_) => StepKind::LbDrain,
            What::LbDisable(_) => StepKind::LbDisable,
            What::LbEnable(_) => StepKind::LbEnable,
            What::WaitDrained(_) => StepKind::WaitDrained,
            What::WaitUp(_) => StepKind::WaitUp,
            What::ConfirmName(_) => StepKind::ConfirmName,
            What::Local(_) => StepKind::Local,
            What::LbBan(_) => StepKind::LbBan,
            What::LbUnban(_) => StepKind::LbUnban,
            What::LbRate(_) => StepKind::LbRate,
            What::LbJoin(_) => StepKind::LbJoin,
            What::LbLeave(_) => StepKind::LbLeave,
        }
    }
}

impl Action {
    pub fn kind(&self) -> StepKind {
        self.what.kind()
    }

    /// The command on a host, for the kinds that are one.
    pub fn remote(&self) -> Option<&Remote> {
        match &self.what {
            What::Precondition(r) | What::Read(r) | What::Check(r) | What::Run(r) => Some(r),
            _ => None,
        }
    }

    /// The host it runs on or is about (`None`: the load balancer or the operator's machine).
    pub fn host(&self) -> Option<&str> {
        match &self.what {
            What::Precondition(r) | What::Read(r) | What::Check(r) | What::Run(r) => Some(&r.host),
            What::Poll(p) => Some(&p.host),
            What::Wait(Wait { host, .. })
            | What::Gate(Shown { host })
            | What::ConfirmName(Confirm { host, .. }) => host.as_deref(),
            What::LbDrain(s)
            | What::LbDisable(s)
            | What::LbEnable(s)
            | What::LbJoin(s)
            | What::LbLeave(s) => Some(&s.host),
            What::WaitDrained(w) | What::WaitUp(w) => Some(&w.host),
            What::LbCheck(_)
            | What::Local(_)
            | What::LbBan(_)
            | What::LbUnban(_)
            | What::LbRate(_) => None,
        }
    }

    /// The command line it runs, if it runs one.
    pub fn command(&self) -> Option<&str> {
        match &self.what {
            What::Precondition(r) | What::Read(r) | What::Check(r) | What::Run(r) => {
                Some(&r.command)
            }
            What::Poll(p) => Some(&p.command),
            What::Local(l) => Some(&l.command),
            What::WaitDrained(w) | What::WaitUp(w) => w.command.as_deref(),
            _ => None,
        }
    }

    /// Its `unless` probe, if any.
    pub fn unless(&self) -> Option<&str> {
        self.remote().and_then(|r| r.unless.as_deref())
    }

    /// Safe to run again after a run stopped in the middle of it.
    pub fn idempotent(&self) -> bool {
        match &self.what {
            What::Local(l) => l.idempotent,
            _ => self.remote().is_some_and(|r| r.idempotent),
        }
    }

    /// The host's load balancer node, for the kinds about one.
    pub fn node(&self) -> Option<&str> {
        match &self.what {
            What::LbDrain(s)
            | What::LbDisable(s)
            | What::LbEnable(s)
            | What::LbJoin(s)
            | What::LbLeave(s) => Some(&s.node),
            What::WaitDrained(w) | What::WaitUp(w) => Some(&w.node),
            _ => None,
        }
    }

    /// Its undo, if any.
    pub fn undo(&self) -> Option<&str> {
        self.remote().and_then(|r| r.undo.as_deref())
    }

    /// Its wait or timeout, in seconds, for the kinds that wait.
    pub fn seconds(&self) -> Option<u64> {
        match &self.what {
            What::Poll(p) => Some(p.seconds),
            What::Wait(w) => Some(w.seconds),
            What::WaitDrained(w) | What::WaitUp(w) => Some(w.seconds),
            _ => None,
        }
    }

    /// Does one of this remote action's lines (command, probe, undo) go through sudo?
    pub fn uses_sudo(&self) -> bool {
        match &self.what {
            What::Local(_) => false,
            _ => [self.command(), self.unless(), self.undo()]
                .iter()
                .any(|l| l.is_some_and(privilege::uses_sudo)),
        }
    }

    pub fn label(&self) -> &'static str {
        match self.kind() {
            StepKind::Precondition => "precondition",
            StepKind::Read => "read",
            StepKind::Check => "check",
            StepKind::Run => "CHANGE",
            StepKind::Wait => "wait",
            StepKind::Poll => "poll",
            StepKind::Gate => "gate",
            StepKind::LbCheck => "lb check",
            StepKind::LbDrain
            | StepKind::LbDisable
            | StepKind::LbEnable
            | StepKind::LbBan
            | StepKind::LbUnban
            | StepKind::LbRate
            | StepKind::LbJoin
            | StepKind::LbLeave => "CHANGE lb",
            StepKind::WaitDrained => "wait drained",
            StepKind::WaitUp => "wait up",
            StepKind::ConfirmName => "CONFIRM",
            StepKind::Local => "local",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_json_form_is_flat_with_the_kind_beside_its_fields() {
        let a = Action {
            number: 3,
            step: "restart".into(),
            title: "Restart httpd".into(),
            what: What::Run(Remote {
                host: "hgweb1".into(),
                command: "sudo -n -- systemctl restart httpd.service".into(),
                unless: None,
                capture: None,
                undo: None,
                idempotent: true,
                note: false,
                keep: None,
            }),
            message: None,
            on_failure: Some("check the error log".into()),
            no_return: false,
            changes: true,
        };
        let v = serde_json::to_value(&a).unwrap();
        assert_eq!(v["kind"], "run");
        assert_eq!(v["host"], "hgweb1");
        assert_eq!(v["idempotent"], true);
        assert!(v.get("unless").is_none() && v.get("what").is_none(), "{v}");
        let back: Action = serde_json::from_value(v).unwrap();
        assert_eq!(back.host(), Some("hgweb1"));
        assert_eq!(back.kind(), StepKind::Run);
    }

    #[test]
    fn a_remote_step_without_a_host_or_a_drain_without_a_node_is_not_an_action() {
        let no_host = serde_json::json!({"number": 1, "step": "s", "title": "t", "kind": "run", "command": "true", "changes": true});
        assert!(serde_json::from_value::<Action>(no_host).is_err());
        let no_node = serde_json::json!({"number": 1, "step": "s", "title": "t", "kind": "lb-drain", "host": "hgweb1", "changes": true});
        assert!(serde_json::from_value::<Action>(no_node).is_err());
    }
}
