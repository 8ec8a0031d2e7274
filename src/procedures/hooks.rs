//! `hooks edit REPO`: edit a repository's `.hg/hgrc` on the master in the operator's
//! `$EDITOR`, then replicate it. The file is read with its SHA-256; the edited copy is
//! written back only if the master's file still has that hash (someone else's change is never
//! overwritten), as the hg user, through a temporary file renamed over the original, keeping
//! owner and mode; then `hg replicatehgrc` sends it to the mirrors.

use std::time::Instant;

use crate::audit::{self, Audit, Record};
use crate::error::{Error, Result};
use crate::inventory::Inventory;
use crate::quote::{command_line, repo_name};
use crate::terminal::{Answer, Ui};
use crate::transport::{SshTransport, Transport};

/// One remote call: its step, host, and the command as shown and logged.
struct Call<'a> {
    step: &'a str,
    host: &'a str,
    shown: &'a str,
}

pub struct Edit<'a> {
    pub inv: &'a Inventory,
    pub ui: &'a Ui,
    pub repo: String,
    pub yes: bool,
    pub run_id: String,
    /// `-K`: the sudo password for a master whose sudo asks for one.
    pub become_password: Option<crate::privilege::Secret>,
}

/// Reads a repository's hgrc on the master: its sha256 and base64 content, or `none`.
pub const READ_SCRIPT: &str = r#"f="$1/.hg/hgrc"; test -d "$1/.hg" || { echo "no repository at $1" >&2; exit 3; }; if [ -e "$f" ]; then sha256sum < "$f" | cut -d' ' -f1; base64 -w0 < "$f"; echo; else echo none; fi"#;

/// Writes a repository's hgrc on the master, refusing when it changed since it was read.
pub const WRITE_SCRIPT: &str = r#"set -e; f="$1/.hg/hgrc"; cur=none; if [ -e "$f" ]; then cur=$(sha256sum < "$f" | cut -d' ' -f1); fi; if [ "$cur" != "$2" ]; then echo "refusing: $f changed on the master since it was read ($2 -> $cur)" >&2; exit 3; fi; tmp="$f.tmp.$$"; trap 'rm -f -- "$tmp"' EXIT; printf %s "$3" | base64 -d > "$tmp"; if [ -e "$f" ]; then chmod --reference="$f" "$tmp"; else chmod 0664 "$tmp"; fi; mv -f -- "$tmp" "$f"; trap - EXIT; echo "wrote $f""#;

fn read_command(path: &str) -> String {
    command_line(&["sh", "-c", READ_SCRIPT, "-", path])
}

fn write_command(inv: &Inventory, path: &str, sha: &str, content_b64: &str) -> String {
    let line = command_line(&["sh", "-c", WRITE_SCRIPT, "-", path, sha, content_b64]);
    crate::privilege::line(inv.ssh.become_method, Some(&inv.paths.hg_user), &line)
}

/// `hg replicatehgrc` on the master, as hg.
fn replicate_command(inv: &Inventory, path: &str) -> String {
    let line = command_line(&[&inv.paths.hg_tools, "-R", path, "replicatehgrc"]);
    crate::privilege::line(inv.ssh.become_method, Some(&inv.paths.hg_user), &line)
}

/// The plan, for --dry-run.
pub fn plan(inv: &Inventory, repo: &str) -> Result<String> {
    repo_name(repo)?;
    let master = inv
        .expected_master()
        .ok_or_else(|| Error::Usage("the inventory has no hgssh host".into()))?;
    let path = format!("{}/{repo}", inv.paths.repo_root.trim_end_matches('/'));
    Ok(format!(
        "Plan: Edit the hooks of {repo} (hooks edit)\nTargets: {master}\n\n  1. [precondition] {master}: holds the master role\n       $ test -e {shared}/master.{master}\n  2. [read] {master}: read .hg/hgrc and its SHA-256\n       $ {read}\n  3. [local] edit a copy in $VISUAL / $EDITOR, then show the diff\n  4. [CHANGE] {master}: write it back if the master's file still has the SHA-256 read in step 2 (owner and mode kept)\n       $ {write}\n  5. [CHANGE] {master}: hg replicatehgrc\n       $ {replicate}\n",
        shared = inv.paths.shared_root,
        read = read_command(&path),
        write = write_command(inv, &path, "<sha256 from step 2>", "<the edited file, base64>"),
        replicate = replicate_command(inv, &path),
    ))
}

fn b64(data: &[u8]) -> String {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let n = (u32::from(chunk[0]) << 16)
            | (u32::from(*chunk.get(1).unwrap_or(&0)) << 8)
            | u32::from(*chunk.get(2).unwrap_or(&0));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(T[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn unb64(s: &str) -> Option<Vec<u8>> {
    let val = |c: u8| -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        } as u32)
    };
    let s = s.trim().as_bytes();
    if s.len() % 4 != 0 {
        return None;
    }
    let mut out = Vec::new();
    for q in s.chunks(4) {
        let pad = q.iter().rev().take_while(|&&c| c == b'=').count();
        let mut n = 0u32;
        for &c in &q[..4 - pad] {
            n = (n << 6) | val(c)?;
        }
        n <<= 6 * pad as u32;
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend_from_slice(&bytes[..3 - pad]);
    }
    Some(out)
}

impl Edit<'_> {
    pub async fn run(self) -> Result<()> {
        repo_name(&self.repo)?;
        if !self.yes && !std::io::IsTerminal::is_terminal(&std::io::stdin()) {
            return Err(Error::NoTerminal);
        }
        let inv = self.inv;
        let master = inv
            .expected_master()
            .ok_or_else(|| Error::Usage("the inventory has no hgssh host".into()))?
            .to_string();
        let path = format!("{}/{}", inv.paths.repo_root.trim_end_matches('/'), self.repo);
        let mut audit = Audit::open()?;
        let mut transport =
            SshTransport::new(inv).with_become_password(self.become_password.clone());
        if let Err((host, e)) = transport.connect(std::slice::from_ref(&master)).await {
            return Err(Error::Connect { host, step: "connect".into(), message: e.to_string() });
        }
        if let Err((host, e)) = transport.check_privilege(std::slice::from_ref(&master)).await {
            transport.close().await;
            return Err(Error::Privilege { host, message: e.to_string() });
        }
        let result = self.edit(&mut transport, &mut audit, &master, &path).await;
        transport.close().await;
        result
    }

    fn log(
        &self,
        audit: &mut Audit,
        call: &Call<'_>,
        outcome: &str,
        status: Option<i32>,
        started: Instant,
    ) -> Result<()> {
        let operator = audit.operator.clone();
        audit.write(&Record {
            time: audit::now_rfc3339(),
            operator: &operator,
            run_id: &self.run_id,
            procedure: "hooks-edit",
            step: call.step,
            host: Some(call.host),
            command: Some(call.shown),
            outcome,
            exit_status: status,
            duration_ms: started.elapsed().as_millis(),
        })
    }

    /// Run `command` (shown and logged as `call.shown`, which hides the file's content).
    async fn remote(
        &self,
        t: &mut SshTransport,
        audit: &mut Audit,
        call: Call<'_>,
        command: &str,
        echo: bool,
    ) -> Result<crate::transport::RemoteOutput> {
        let ui = self.ui;
        let h = call.host.to_string();
        let sink = move |s, l: &str| {
            if echo {
                ui.remote_line(&h, s, l)
            }
        };
        let started = Instant::now();
        let out = t.run(call.host, command, &sink).await.map_err(|e| Error::ConnectionLost {
            host: call.host.into(),
            step: call.step.into(),
            command: call.shown.into(),
            message: e.to_string(),
        })?;
        self.log(audit, &call, if out.success() { "ok" } else { "failed" }, out.status, started)?;
        Ok(out)
    }

    async fn edit(
        &self,
        t: &mut SshTransport,
        audit: &mut Audit,
        master: &str,
        path: &str,
    ) -> Result<()> {
        let inv = self.inv;
        let ui = self.ui;
        let master_file =
            format!("{}/master.{master}", inv.paths.shared_root.trim_end_matches('/'));
        let check = command_line(&["test", "-e", &master_file]);
        ui.header(1, 5, "precondition", master, "holds the master role");
        let out = self
            .remote(t, audit, Call { step: "master", host: master, shown: &check }, &check, false)
            .await?;
        if !out.success() {
            return Err(Error::Precondition {
                host: master.into(),
                step: "1 (master)".into(),
                message: format!("{master_file} does not exist: {master} is not the master"),
            });
        }
        ui.header(2, 5, "read", master, &format!("read {path}/.hg/hgrc"));
        let read = read_command(path);
        ui.command(&read);
        let out = self
            .remote(t, audit, Call { step: "read", host: master, shown: &read }, &read, false)
            .await?;
        if out.status == Some(3) {
            return Err(Error::Precondition {
                host: master.into(),
                step: "2 (read)".into(),
                message: format!("there is no repository at {path}"),
            });
        }
        if !out.success() {
            return Err(Error::StepFailed {
                host: master.into(),
                step: "2 (read)".into(),
                command: read,
                status: out.status_text(),
            });
        }
        let mut lines = out.stdout.lines();
        let sha = lines.next().unwrap_or("none").trim().to_string();
        let original: Vec<u8> = if sha == "none" {
            Vec::new()
        } else {
            unb64(lines.next().unwrap_or("")).ok_or_else(|| Error::StepFailed {
                host: master.into(),
                step: "2 (read)".into(),
                command: read.clone(),
                status: "0, but the content is not base64".into(),
            })?
        };
        // A private copy for the editor.
        let dir = tempfile::Builder::new()
            .prefix("hgmo-ctl-hgrc")
            .tempdir()
            .map_err(|e| Error::io("cannot create a temporary folder", e))?;
        let local = dir.path().join("hgrc");
        std::fs::write(&local, &original)
            .map_err(|e| Error::io("cannot write the local copy", e))?;
        let editor = std::env::var("VISUAL")
            .or_else(|_| std::env::var("EDITOR"))
            .unwrap_or_else(|_| "vi".into());
        ui.header(3, 5, "local", "local", &format!("edit with {editor}"));
        let status = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!("{editor} \"$1\""))
            .arg("editor")
            .arg(&local)
            .status()
            .map_err(|e| Error::io(format!("cannot run the editor {editor}"), e))?;
        if !status.success() {
            return Err(Error::NotConfirmed {
                step: "3 (edit): the editor exited with an error".into(),
                host: "local".into(),
            });
        }
        let edited =
            std::fs::read(&local).map_err(|e| Error::io("cannot read the edited copy", e))?;
        if edited == original {
            ui.info("no change: nothing to write");
            return Ok(());
        }
        let (a, b) = (
            String::from_utf8_lossy(&original).into_owned(),
            String::from_utf8_lossy(&edited).into_owned(),
        );
        let diff = similar::TextDiff::from_lines(&a, &b);
        out!("{}", diff.unified_diff().header(&format!("{master}:{path}/.hg/hgrc"), "edited"));
        let write = write_command(inv, path, &sha, &b64(&edited));
        let shown = t.as_sent(master, &write_command(inv, path, &sha, "<the edited file, base64>"));
        ui.header(
            4,
            5,
            "CHANGE",
            master,
            "write .hg/hgrc back (only if unchanged on the master since step 2)",
        );
        ui.command(&shown);
        let mut yes = self.yes;
        if !yes {
            match ui.confirm(&format!("Write this on {master}?")) {
                Answer::Yes => {}
                Answer::All => yes = true,
                Answer::No => {
                    return Err(Error::NotConfirmed {
                        step: "4 (write)".into(),
                        host: master.into(),
                    })
                }
            }
        }
        let out = self
            .remote(t, audit, Call { step: "write", host: master, shown: &shown }, &write, true)
            .await?;
        if out.status == Some(3) {
            return Err(Error::Precondition { host: master.into(), step: "4 (write)".into(), message: format!("{path}/.hg/hgrc changed on the master while it was being edited; nothing was written (your copy: run again and redo the edit)") });
        }
        if !out.success() {
            return Err(Error::StepFailed {
                host: master.into(),
                step: "4 (write)".into(),
                command: shown,
                status: out.status_text(),
            });
        }
        let replicate = t.as_sent(master, &replicate_command(inv, path));
        ui.header(5, 5, "CHANGE", master, "hg replicatehgrc");
        ui.command(&replicate);
        if !yes && ui.confirm(&format!("Run this on {master}?")) == Answer::No {
            return Err(Error::NotConfirmed {
                step: "5 (replicatehgrc)".into(),
                host: master.into(),
            });
        }
        let out = self
            .remote(
                t,
                audit,
                Call { step: "replicatehgrc", host: master, shown: &replicate },
                &replicate,
                true,
            )
            .await?;
        if !out.success() {
            return Err(Error::StepFailed {
                host: master.into(),
                step: "5 (replicatehgrc)".into(),
                command: replicate,
                status: out.status_text(),
            });
        }
        errln!(
            "hgmo-ctl: done: {path}/.hg/hgrc written and replicated; audit log {}",
            audit.path.display()
        );
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_round_trip() {
        for s in [
            "",
            "a",
            "ab",
            "abc",
            "[hooks]\npretxnchangegroup.x = python:mod.hook\n",
            "é\u{0}\u{ff}",
        ] {
            assert_eq!(unb64(&b64(s.as_bytes())).unwrap(), s.as_bytes());
        }
        assert_eq!(b64(b"hello"), "aGVsbG8=");
        assert!(unb64("abc").is_none());
    }
}
