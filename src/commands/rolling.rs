//! The rolling procedures over the hgweb hosts: `restart-httpd`, `reclone` and `upgrade-repo`
//! (which ends with the re-clone).

use std::path::Path;

use super::Invocation;
use crate::cli::{Command, DrainArgs};
use crate::error::{Error, Result};
use crate::quote::RepoName;

pub fn invocation(command: &Command) -> Result<Invocation> {
    Ok(match command {
        Command::RestartHttpd { batch, drain, graceful } => {
            let name = if *graceful { "restart-httpd-graceful" } else { "restart-httpd" };
            let mut i = Invocation::new(name, &[]);
            i.set("batch", batch);
            drain_params(&mut i, drain);
            i
        }
        Command::Reclone { repos, repo_file, batch, drain } => {
            let list = match repo_file {
                Some(f) => read_repo_file(f)?,
                None => repos.clone(),
            };
            let names: Vec<&str> = list.iter().map(RepoName::as_str).collect();
            let mut i = Invocation::new("reclone", &[]);
            i.set("repos", names.join("\n")).set("batch", batch);
            drain_params(&mut i, drain);
            i
        }
        Command::UpgradeRepo { repo, drain } => {
            let mut i = Invocation::new("upgrade-repo", &[]);
            i.set("repos", repo.as_str());
            drain_params(&mut i, drain);
            i
        }
        _ => unreachable!("dispatched by commands::invocation"),
    })
}

/// The drain options, as the runbooks' parameters (the executor reads the policy back with
/// the same enum).
fn drain_params(i: &mut Invocation, d: &DrainArgs) {
    if let Some(t) = d.drain_timeout {
        i.set("drain_timeout", t);
    }
    if let Some(w) = d.on_drain_timeout {
        i.set("on_drain_timeout", w.name());
    }
    if d.adopt_drained {
        i.set("adopt", "true");
    }
}

/// Repository names from a file: one per line; blank lines and `#` comments skipped; each
/// checked like a name on the command line.
fn read_repo_file(path: &Path) -> Result<Vec<RepoName>> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Error::Usage(format!("cannot read --repo-file {}: {e}", path.display())))?;
    let repos = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::parse)
        .collect::<Result<Vec<RepoName>>>()?;
    if repos.is_empty() {
        return Err(Error::Usage(format!("--repo-file {} names no repository", path.display())));
    }
    Ok(repos)
}
