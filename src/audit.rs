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
    /// Between [`Audit::begin_batch`] and [`Audit::end_batch`]: the records held back, to be
    /// written and synced once (the records of one step's fan-out, which all finish at once).
    batch: Option<Vec<u8>>,
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
        Ok(Audit { file, path, operator: operator(), batch: None })
    }

    /// Append one record and sync it to disk (or hold it back, in a batch).
    pub fn write(&mut self, record: &Record<'_>) -> Result<()> {
        let mut line = serde_json::to_string(record).expect("audit records serialise");
        line.push('\n');
        match &mut self.batch {
            Some(held) => {
                held.extend_from_slice(line.as_bytes());
                Ok(())
            }
            None => self.append(line.as_bytes()),
        }
    }

    /// Hold the records written from now on until [`Audit::end_batch`].
    pub fn begin_batch(&mut self) {
        self.batch.get_or_insert_with(Vec::new);
    }

    /// Write the records held since [`Audit::begin_batch`] in one append and one sync.
    pub fn end_batch(&mut self) -> Result<()> {
        match self.batch.take() {
            Some(held) if !held.is_empty() => self.append(&held),
            _ => Ok(()),
        }
    }

    fn append(&mut self, lines: &[u8]) -> Result<()> {
        self.file.write_all(lines).and_then(|()| self.file.sync_data()).map_err(|e| {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn record<'a>(step: &'a str) -> Record<'a> {
        Record {
            time: now_rfc3339(),
            operator: "op",
            run_id: "r1",
            procedure: "p",
            step,
            host: Some("h1"),
            command: Some("true"),
            outcome: "ok",
            exit_status: Some(0),
            duration_ms: 1,
        }
    }

    fn steps(path: &std::path::Path) -> Vec<String> {
        std::fs::read_to_string(path)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["step"].to_string())
            .collect()
    }

    #[test]
    fn a_batch_reaches_the_log_whole_at_its_end_and_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let mut a = Audit::open_in(dir.path()).unwrap();
        a.write(&record("one")).unwrap();
        a.begin_batch();
        a.write(&record("two")).unwrap();
        a.write(&record("three")).unwrap();
        assert_eq!(steps(&a.path), ["\"one\""], "a held record was written early");
        a.end_batch().unwrap();
        a.write(&record("four")).unwrap();
        assert_eq!(steps(&a.path), ["\"one\"", "\"two\"", "\"three\"", "\"four\""]);
        // An empty batch writes nothing.
        a.begin_batch();
        a.end_batch().unwrap();
        assert_eq!(steps(&a.path).len(), 4);
    }
}
