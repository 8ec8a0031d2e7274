//! The run's lock on the master's shared storage: taken before the first step, released
//! at the end (or by the signal handler).

use super::*;

/// Takes the run's lock on the master: created atomically (noclobber); a lock that exists is
/// printed and exits 75.
pub const LOCK_TAKE_SCRIPT: &str = r#"set -C; if ( printf '%s' "$2" > "$1" ) 2>/dev/null; then exit 0; fi; if [ -e "$1" ]; then cat -- "$1" || exit 1; exit 75; fi; printf '%s' "$2" > "$1" && exit 0; exit 1"#;

/// Removes the lock, only if it is still this run's.
pub const LOCK_RELEASE_SCRIPT: &str = r#"grep -qx "run=$2" "$1" && rm -f -- "$1""#;

/// Breaks the lock of run `$2` (`--break-lock`), and only that one: the lock is moved
/// aside atomically (`$3`, a name of this run's own) and removed if it is `$2`'s; a lock
/// that another operator's `--break-lock` took in the meantime is linked back in place.
/// Without this, two operators breaking the same stale lock at once could each remove the
/// other's fresh one and both run.
/// An empty `$2` (a lock that names no run) breaks whatever lock is there.
pub const LOCK_BREAK_SCRIPT: &str = r#"mv -f -- "$1" "$3" 2>/dev/null || exit 0; if [ -z "$2" ] || grep -qx "run=$2" "$3"; then rm -f -- "$3"; exit 0; fi; ln -- "$3" "$1" 2>/dev/null; rm -f -- "$3"; exit 0"#;

impl<T: Transport> Executor<'_, T> {
    /// A helper of the run's own (the lock), run as root the inventory's way.
    pub(super) fn as_root(&self, command: &str) -> String {
        crate::privilege::line(self.become_method, Some(crate::privilege::ROOT), command)
    }

    /// Take the lock on the master's shared storage (atomic create, refusing to overwrite),
    /// naming operator, run, procedure and start time. A lock held by someone else refuses
    /// the run, unless `--break-lock` (which asks, and is audited).
    pub(super) async fn acquire_lock(&mut self, plan: &Plan) -> Result<()> {
        let Some((host, path)) = self.lock.clone() else { return Ok(()) };
        let content = format!(
            "operator={}\nrun={}\nprocedure={}\nstarted={}\nfrom={}\n",
            self.audit.operator,
            self.run_id,
            plan.procedure,
            audit::now_rfc3339(),
            std::env::var("HOSTNAME").unwrap_or_else(|_| "unknown".into())
        );
        // Created atomically (noclobber); a lock that exists is read back (exit 75); any
        // other failure (permission denied, a missing folder, a full disk) is tried once more
        // so that the shell says why, and reported as such.
        let take = self.as_root(&crate::quote::command_line(&[
            "sh",
            "-c",
            LOCK_TAKE_SCRIPT,
            "-",
            &path,
            &content,
        ]));
        for attempt in 0..2 {
            let started = Instant::now();
            let out = {
                let _busy = signals::Busy::enter();
                self.transport.run(&host, &take, &|_, _| {}).await
            }
            .map_err(|e| Error::Connect {
                host: host.clone(),
                step: "lock".into(),
                message: e.to_string(),
            })?;
            match out.status {
                Some(0) => {
                    self.log_raw(
                        "lock",
                        Some(&host),
                        Some(&format!("create {path}")),
                        "ok",
                        Some(0),
                        started.elapsed(),
                    )?;
                    self.locked = true;
                    signals::set_cleanup(
                        self.transport.release_argv(&host, &self.release_command(&path)),
                    );
                    return Ok(());
                }
                Some(75) => {
                    let field = |k: &str| {
                        out.stdout
                            .lines()
                            .find_map(|l| l.strip_prefix(&format!("{k}=")))
                            .unwrap_or("?")
                            .to_string()
                    };
                    let holder = format!(
                        "{} since {} (run {}, {})",
                        field("operator"),
                        field("started"),
                        field("run"),
                        field("procedure")
                    );
                    if field("run") == self.run_id {
                        // Left by this very run (killed, now resumed): it is ours.
                        self.locked = true;
                        signals::set_cleanup(
                            self.transport.release_argv(&host, &self.release_command(&path)),
                        );
                        self.log_raw(
                            "lock",
                            Some(&host),
                            Some(&format!("keep {path} (this run's)")),
                            "ok",
                            Some(75),
                            started.elapsed(),
                        )?;
                        return Ok(());
                    }
                    // A lock taken after this run began is not stale: another operator
                    // is running now (e.g. one who broke the same stale lock a moment
                    // earlier). `--break-lock` leaves it alone (the operators' clocks
                    // are compared; the lock says when its run took it).
                    let fresh = humantime::parse_rfc3339_weak(&field("started"))
                        .is_ok_and(|t| t > self.began);
                    if attempt == 0 && self.break_lock && fresh {
                        self.ui.warn(&format!(
                            "{path} on {host} was taken after this run began, by {holder}: not breaking it"
                        ));
                    }
                    if attempt == 0 && self.break_lock && !fresh {
                        self.ui.warn(&format!("{path} on {host} is held by {holder}"));
                        let yes = self.yes
                            || matches!(
                                self.ui.confirm("Break that lock and take it?"),
                                Answer::Yes | Answer::All
                            );
                        if !yes {
                            return Err(Error::Locked { host, path, holder });
                        }
                        let aside = format!("{path}.broken-by-{}", self.run_id);
                        let rm = self.as_root(&crate::quote::command_line(&[
                            "sh",
                            "-c",
                            LOCK_BREAK_SCRIPT,
                            "-",
                            &path,
                            &Some(field("run")).filter(|r| r != "?").unwrap_or_default(),
                            &aside,
                        ]));
                        let out =
                            self.transport.run(&host, &rm, &|_, _| {}).await.map_err(|e| {
                                Error::Connect {
                                    host: host.clone(),
                                    step: "break lock".into(),
                                    message: e.to_string(),
                                }
                            })?;
                        self.log_raw(
                            "break-lock",
                            Some(&host),
                            Some(&format!("rm {path} (held by {holder})")),
                            if out.success() { "ok" } else { "failed" },
                            out.status,
                            Duration::ZERO,
                        )?;
                        continue;
                    }
                    self.log_raw(
                        "lock",
                        Some(&host),
                        Some(&format!("create {path}")),
                        "refused",
                        Some(75),
                        started.elapsed(),
                    )?;
                    return Err(Error::Locked { host, path, holder });
                }
                _ => {
                    let _ = self.log_raw(
                        "lock",
                        Some(&host),
                        Some(&format!("create {path}")),
                        "failed",
                        out.status,
                        started.elapsed(),
                    );
                    return Err(Error::LockFailed {
                        host,
                        path,
                        message: with_last_line(
                            format!("exit status {}", out.status_text()),
                            &out.stderr,
                        ),
                    });
                }
            }
        }
        unreachable!("the second attempt returns")
    }

    pub(super) fn release_command(&self, path: &str) -> String {
        self.as_root(&crate::quote::command_line(&[
            "sh",
            "-c",
            LOCK_RELEASE_SCRIPT,
            "-",
            path,
            &self.run_id,
        ]))
    }

    /// Remove the lock, only if it is still this run's.
    pub(super) async fn release_lock(&mut self) {
        if !self.locked {
            return;
        }
        let Some((host, path)) = self.lock.clone() else { return };
        signals::set_cleanup(None);
        let cmd = self.release_command(&path);
        let mut result = self.transport.run(&host, &cmd, &|_, _| {}).await;
        if result.is_err() {
            // The connection broke (the host's sshd restarted, a link came back): a new
            // login releases the lock rather than leaving it for the next operator.
            if self.transport.reconnect(&host).await.is_ok() {
                result = self.transport.run(&host, &cmd, &|_, _| {}).await;
            }
        }
        let ok = matches!(result, Ok(o) if o.success());
        if !ok {
            self.ui.warn(&format!(
                "could not release the lock {path} on {host}; remove it once nothing runs"
            ));
        }
        let _ = self.log_raw(
            "unlock",
            Some(&host),
            Some(&format!("rm {path}")),
            if ok { "ok" } else { "failed" },
            None,
            Duration::ZERO,
        );
        self.locked = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn break_lock(dir: &std::path::Path, expect: &str) {
        let lock = dir.join("hgmo-ctl.lock");
        let aside = dir.join("hgmo-ctl.lock.broken-by-me");
        let st = std::process::Command::new("sh")
            .args(["-c", LOCK_BREAK_SCRIPT, "-"])
            .arg(&lock)
            .arg(expect)
            .arg(&aside)
            .status()
            .unwrap();
        assert!(st.success());
        assert!(!aside.exists(), "the lock moved aside was left behind");
    }

    #[test]
    fn break_lock_removes_only_the_lock_it_saw() {
        let dir = tempfile::tempdir().unwrap();
        let lock = dir.path().join("hgmo-ctl.lock");
        // The stale lock it saw: removed.
        std::fs::write(&lock, "operator=a\nrun=stale-1\n").unwrap();
        break_lock(dir.path(), "stale-1");
        assert!(!lock.exists());
        // Another operator broke it first and holds a fresh lock: kept.
        std::fs::write(&lock, "operator=b\nrun=fresh-2\n").unwrap();
        break_lock(dir.path(), "stale-1");
        assert_eq!(std::fs::read_to_string(&lock).unwrap(), "operator=b\nrun=fresh-2\n");
        // Nothing there any more: nothing to do.
        std::fs::remove_file(&lock).unwrap();
        break_lock(dir.path(), "stale-1");
        assert!(!lock.exists());
        // A lock that names no run: broken.
        std::fs::write(&lock, "garbage\n").unwrap();
        break_lock(dir.path(), "");
        assert!(!lock.exists());
    }
}
