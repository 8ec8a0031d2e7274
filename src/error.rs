//! The one error type of hgmo-ctl. Every variant maps to an exit code of the command line's
//! contract: 0 done; 1 a step failed; 2 usage, inventory or runbook error; 3 not
//! confirmed or refused; 130 interrupted.

use std::path::PathBuf;

pub const EXIT_OK: i32 = 0;
pub const EXIT_FAILED: i32 = 1;
pub const EXIT_USAGE: i32 = 2;
pub const EXIT_REFUSED: i32 = 3;
pub const EXIT_INTERRUPTED: i32 = 130;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{0}")]
    Usage(String),

    #[error("{}:{line}:{column}: {message}", path.display())]
    Inventory { path: PathBuf, line: usize, column: usize, message: String },

    #[error("cannot read inventory {}: {source}", path.display())]
    InventoryRead { path: PathBuf, source: std::io::Error },

    #[error("runbook {name}: {message}")]
    Runbook { name: String, message: String },

    #[error("invalid repository {repo:?}: {reason}")]
    InvalidRepo { repo: String, reason: String },

    #[error("step {step} on {host}: cannot connect: {message}")]
    Connect { host: String, step: String, message: String },

    #[error("step {step} on {host}: connection lost while running `{command}`: {message}")]
    ConnectionLost { host: String, step: String, command: String, message: String },

    #[error("step {step} on {host}: `{command}` exited with status {status}")]
    StepFailed { host: String, step: String, command: String, status: String },

    #[error("step {step} on {host}: refused: {message}")]
    Precondition { host: String, step: String, message: String },

    #[error("{0}")]
    Findings(String),

    #[error("on {host}: {message}")]
    Privilege { host: String, message: String },

    #[error("cannot create the lock {path} on {host}: {message}; nothing was changed (the lock is created as root: check [ssh] become and your sudo rights there)")]
    LockFailed { host: String, path: String, message: String },

    #[error("another run holds the lock {path} on {host}: {holder}; wait for it, or --break-lock if it is stale")]
    Locked { host: String, path: String, holder: String },

    /// A monitoring-style command's worst status, with its Nagios exit code.
    #[error("{what}: {level}")]
    Status { what: &'static str, level: &'static str, code: i32 },

    #[error("{original}; and the undo failed: {undo}")]
    UndoFailed { original: String, undo: String },

    #[error("load balancer: {0}")]
    LoadBalancer(String),

    #[error("step {step} on {host}: load balancer: {message}")]
    LbStep { host: String, step: String, message: String },

    #[error("not confirmed: stopped before step {step} on {host}")]
    NotConfirmed { step: String, host: String },

    #[error(
        "refusing to change anything: standard input is not a terminal and --yes was not given"
    )]
    NoTerminal,

    #[error("interrupted{}", after.as_ref().map(|s| format!(" after step {s}")).unwrap_or_default())]
    Interrupted { after: Option<String> },

    #[error("{context}: {source}")]
    Io { context: String, source: std::io::Error },
}

impl Error {
    pub fn code(&self) -> i32 {
        match self {
            Error::Usage(_)
            | Error::Inventory { .. }
            | Error::InventoryRead { .. }
            | Error::Runbook { .. }
            | Error::InvalidRepo { .. }
            | Error::Privilege { .. } => EXIT_USAGE,
            Error::Connect { .. }
            | Error::ConnectionLost { .. }
            | Error::StepFailed { .. }
            | Error::Findings(_)
            | Error::UndoFailed { .. }
            | Error::LoadBalancer(_)
            | Error::LbStep { .. }
            | Error::LockFailed { .. }
            | Error::Io { .. } => EXIT_FAILED,
            Error::Precondition { .. }
            | Error::NotConfirmed { .. }
            | Error::NoTerminal
            | Error::Locked { .. } => EXIT_REFUSED,
            Error::Interrupted { .. } => EXIT_INTERRUPTED,
            Error::Status { code, .. } => *code,
        }
    }

    pub fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io { context: context.into(), source }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes_follow_the_contract() {
        assert_eq!(Error::Usage("x".into()).code(), 2);
        assert_eq!(Error::NoTerminal.code(), 3);
        assert_eq!(Error::Interrupted { after: None }.code(), 130);
        let failed = Error::StepFailed {
            host: "h".into(),
            step: "2".into(),
            command: "false".into(),
            status: "1".into(),
        };
        assert_eq!(failed.code(), 1);
        assert_eq!(failed.to_string(), "step 2 on h: `false` exited with status 1");
    }
}
