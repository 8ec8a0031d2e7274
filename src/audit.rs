//! The audit log: one JSON line per executed action under `$XDG_STATE_HOME/hgmo-ctl/`
//! (`~/.local/state/hgmo-ctl/audit.jsonl`), owner-only permissions. Secrets never reach it:
//! only plan values are logged, and plans never hold credentials.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::PathBuf;
use std::time::{Duration, SystemTime};

use serde::Serialize;

use crate::error::{Error, Result};

#[derive(Serialize)]
pub struct Record<'a> {
    pub time: String,
    pub operator: &'a str,
    pub run_id: &'a str,
    pub procedure: &'a str,
    pub step: &'a str,
    pub host: Option<&'a str>,
    pub command: Option<&'a str>,
    /// "ok", "failed", "skipped", "refused", "finding", "lost", "not confirmed".
    pub outcome: &'a str,
    pub exit_status: Option<i32>,
    pub duration_ms: u128,
}

pub struct Audit {
    file: File,
    pub path: PathBuf,
    pub operator: String,
}

pub fn state_dir() -> PathBuf {
    std::env::var_os("XDG_STATE_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/state")))
        .unwrap_or_else(|| PathBuf::from("."))
        .join("hgmo-ctl")
}

pub fn operator() -> String {
    std::env::var("USER")
        .or_else(|_| std::env::var("LOGNAME"))
        .unwrap_or_else(|_| format!("uid {}", unsafe { libc::getuid() }))
}

impl Audit {
    pub fn open() -> Result<Audit> {
        Audit::open_in(&state_dir())
    }

    /// The audit log in `dir` (created, owner-only).
    pub fn open_in(dir: &std::path::Path) -> Result<Audit> {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(|e| Error::io(format!("cannot create {}", dir.display()), e))?;
        let path = dir.join("audit.jsonl");
        let file =
            OpenOptions::new().create(true).append(true).mode(0o600).open(&path).map_err(|e| {
                Error::io(format!("cannot open the audit log {}", path.display()), e)
            })?;
        Ok(Audit { file, path, operator: operator() })
    }

    pub fn write(&mut self, record: &Record<'_>) -> Result<()> {
        let mut line = serde_json::to_string(record).expect("audit records serialise");
        line.push('\n');
        self.file.write_all(line.as_bytes()).and_then(|()| self.file.sync_data()).map_err(|e| {
            Error::io(format!("cannot write the audit log {}", self.path.display()), e)
        })
    }
}

pub fn now_rfc3339() -> String {
    humantime::format_rfc3339_millis(SystemTime::now()).to_string()
}

/// A run id: UTC time plus the process id, sortable and unique on one machine.
pub fn new_run_id() -> String {
    let t = humantime::format_rfc3339_seconds(SystemTime::now()).to_string();
    let compact: String = t.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
    format!("{compact}-{}", std::process::id())
}

pub fn millis(d: Duration) -> u128 {
    d.as_millis()
}
