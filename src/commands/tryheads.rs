//! `merge-try-heads`: its parameters (Try's URLs, the ssh command for the operator's own
//! Mercurial, the working copy), the merge extension it writes on the operator's machine,
//! and the dry run's count of heads.

use std::path::Path;

use super::Invocation;
use crate::error::{Error, Result};
use crate::inventory::{Inventory, KnownHostsPolicy};
use crate::plan::Plan;

pub fn invocation(base: &str, workdir: Option<&Path>, batch: usize) -> Result<Invocation> {
    if base.is_empty() || base.chars().any(|c| c.is_control()) {
        return Err(Error::Usage(format!("--base {base:?} is not a revision")));
    }
    let mut i = Invocation::new("merge-try-heads", &[("base", Some(base))]);
    let dir = workdir.map(Path::to_path_buf).unwrap_or_else(|| cache_dir().join("try"));
    let dir = if dir.is_relative() {
        std::env::current_dir().map_err(|e| Error::io("current directory", e))?.join(dir)
    } else {
        dir
    };
    i.set("workdir", dir.display()).set("batch", batch);
    i.prepare = Some(try_params);
    i.dry_run_note = Some(heads_note);
    Ok(i)
}

/// Where hgmo-ctl keeps files on the operator's machine.
fn cache_dir() -> std::path::PathBuf {
    std::env::var_os("XDG_CACHE_HOME")
        .filter(|v| !v.is_empty())
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".cache")))
        .unwrap_or_else(|| std::path::PathBuf::from("."))
        .join("hgmo-ctl")
}

/// The merge extension, embedded in the binary, written next to the working copies.
const MERGE_EXTENSION: &str = include_str!("../hgext/mergetryheads.py");

/// Before the run (and before a resumed one): write the extension the plan names.
pub fn before_run(plan: &Plan) -> Result<()> {
    let Some(path) = plan.params.get("extension") else { return Ok(()) };
    let p = Path::new(path);
    if std::fs::read_to_string(p).is_ok_and(|t| t == MERGE_EXTENSION) {
        return Ok(());
    }
    if let Some(d) = p.parent() {
        std::fs::create_dir_all(d)
            .map_err(|e| Error::io(format!("cannot create {}", d.display()), e))?;
    }
    let tmp = p.with_extension("py.tmp");
    std::fs::write(&tmp, MERGE_EXTENSION)
        .and_then(|()| std::fs::rename(&tmp, p))
        .map_err(|e| Error::io(format!("cannot write {}", p.display()), e))
}

/// Where Try is (the public push endpoint, `[try] push_url`: pash and its Mercurial, as
/// developers push; the admin sshd has no `hg`) and how the operator's own Mercurial's ssh
/// must connect (the inventory's key, known hosts and strictness).
fn try_params(i: &mut Invocation, inv: &Inventory) -> Result<()> {
    i.set("source", inv.try_repo.push_url()).set("seed", inv.try_repo.seed_url());
    let mut ssh = vec!["ssh".to_string(), "-o".into(), "BatchMode=yes".into()];
    ssh.push("-o".into());
    ssh.push(match inv.ssh.known_hosts {
        KnownHostsPolicy::Strict => "StrictHostKeyChecking=yes".into(),
        KnownHostsPolicy::AcceptNew => "StrictHostKeyChecking=accept-new".into(),
    });
    if let Some(f) = &inv.ssh.known_hosts_file {
        ssh.push("-o".into());
        ssh.push(format!("UserKnownHostsFile={}", inv.resolve_path(f).display()));
    }
    if let Some(k) = &inv.ssh.identity_file {
        ssh.extend([
            "-o".into(),
            "IdentitiesOnly=yes".into(),
            "-i".into(),
            inv.resolve_path(k).display().to_string(),
        ]);
    }
    if let Some(c) = &inv.ssh.config_file {
        ssh.extend(["-F".into(), inv.resolve_path(c).display().to_string()]);
    }
    i.set("ssh", crate::quote::command_line(&ssh));
    let ext = cache_dir().join(format!("mergetryheads-{}.py", env!("CARGO_PKG_VERSION")));
    i.set("extension", ext.display());
    Ok(())
}

/// For the dry run: how many non-public heads the local working copy has as of its last
/// pull, read from its files (the dry run connects nowhere and runs no `hg`, which would
/// write caches).
fn heads_note(plan: &Plan) -> String {
    let workdir = &plan.params["workdir"];
    let dir = Path::new(workdir);
    if !dir.join(".hg").is_dir() {
        return format!("heads to merge: counted at run time (no working copy at {workdir} yet; a dry run connects nowhere)");
    }
    match crate::procedures::tryheads::count_non_public_heads(dir) {
        Some(n) => format!("heads to merge: {n} draft heads in the working copy {workdir} as of its last pull (Try may have more now; counted again at run time)"),
        None => format!("heads to merge: counted at run time (the working copy {workdir} is in a format the dry run does not read)"),
    }
}
