//! The run journal: for every run that executes, `$XDG_STATE_HOME/hgmo-ctl/runs/<id>.json`
//! holds the plan, the inventory it came from, each action's state (written before and after
//! each action, atomically and fsynced) and the values read so far, so that `resume` can pick
//! up a run that failed, was interrupted or killed, and `history` can list runs.

use std::collections::HashMap;
use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::plan::Plan;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ActionState {
    Pending,
    /// Begun and not known to have ended: after a kill, its real state must be re-checked.
    Started,
    Done,
    Skipped,
    Failed,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Journal {
    pub run_id: String,
    pub operator: String,
    pub started: String,
    pub inventory: String,
    pub outcome: String,
    pub plan: Plan,
    pub states: Vec<ActionState>,
    /// Seconds since the epoch at which each action completed (for `since` waits).
    pub completed_at: Vec<Option<u64>>,
    pub captures: HashMap<String, String>,
    /// Whole outputs kept by `keep` steps (for `{<name}` after a resume).
    #[serde(default, skip_serializing_if = "HashMap::is_empty")]
    pub kept: HashMap<String, String>,
    #[serde(skip)]
    path: PathBuf,
}

pub fn runs_dir() -> PathBuf {
    crate::audit::state_dir().join("runs")
}

impl Journal {
    pub fn new(plan: &Plan, run_id: &str, inventory: &str) -> Journal {
        Journal {
            run_id: run_id.to_string(),
            operator: crate::audit::operator(),
            started: crate::audit::now_rfc3339(),
            inventory: inventory.to_string(),
            outcome: "running".into(),
            plan: plan.clone(),
            states: vec![ActionState::Pending; plan.actions.len()],
            completed_at: vec![None; plan.actions.len()],
            captures: HashMap::new(),
            kept: HashMap::new(),
            path: runs_dir().join(format!("{run_id}.json")),
        }
    }

    /// The same journal, kept at `path` (the unit tests' own folder).
    #[cfg(test)]
    pub fn at(mut self, path: PathBuf) -> Journal {
        self.path = path;
        self
    }

    pub fn load(run_id: &str) -> Result<Journal> {
        let path = runs_dir().join(format!("{run_id}.json"));
        let text = std::fs::read_to_string(&path).map_err(|e| {
            Error::Usage(format!("no journal for run {run_id} ({}: {e})", path.display()))
        })?;
        let mut j: Journal = serde_json::from_str(&text)
            .map_err(|e| Error::Usage(format!("the journal {} is damaged: {e}", path.display())))?;
        j.path = path;
        Ok(j)
    }

    /// Every journal, newest first.
    pub fn all() -> Vec<Journal> {
        let mut v: Vec<Journal> = std::fs::read_dir(runs_dir())
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|e| {
                let name = e.file_name().into_string().ok()?;
                Journal::load(name.strip_suffix(".json")?).ok()
            })
            .collect();
        v.sort_by(|a, b| b.started.cmp(&a.started).then(b.run_id.cmp(&a.run_id)));
        v
    }

    /// Write atomically (temporary file, fsync, rename, fsync of the folder), owner-only.
    pub fn save(&self) -> Result<()> {
        let dir = runs_dir();
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(&dir)
            .map_err(|e| Error::io(format!("cannot create {}", dir.display()), e))?;
        let tmp = self.path.with_extension("json.tmp");
        let data = serde_json::to_vec_pretty(self).expect("journals serialise");
        let io = |e| Error::io(format!("cannot write the journal {}", self.path.display()), e);
        let mut f = std::fs::OpenOptions::new()
            .create(true)
            .write(true)
            .truncate(true)
            .mode(0o600)
            .open(&tmp)
            .map_err(io)?;
        f.write_all(&data).and_then(|()| f.sync_all()).map_err(io)?;
        std::fs::rename(&tmp, &self.path).map_err(io)?;
        if let Ok(d) = std::fs::File::open(&dir) {
            let _ = d.sync_all();
        }
        Ok(())
    }

    pub fn progress(&self) -> String {
        let done = self
            .states
            .iter()
            .filter(|s| matches!(s, ActionState::Done | ActionState::Skipped))
            .count();
        format!("{done}/{}", self.states.len())
    }
}
