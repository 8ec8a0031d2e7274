//! Local steps: commands on the operator's machine, and the typed-name confirmation.

use super::*;

impl<T: Transport> Executor<'_, T> {
    /// A command on the operator's machine, in its own process group (so a terminal Ctrl-C
    /// is ours to handle): on Ctrl-C it is sent SIGINT and the run stops when it returns.
    pub(super) async fn local(
        &mut self,
        plan: &Plan,
        i: usize,
        action: &Action,
        local: &Local,
    ) -> Result<State> {
        use tokio::io::AsyncBufReadExt;
        let command = self.substitute(&local.command)?;
        self.ui.command(&command);
        if action.changes {
            self.ask(action, "Run this here?")?;
        }
        let started = Instant::now();
        let _busy = signals::Busy::enter();
        let mut child = tokio::process::Command::new("sh")
            .arg("-c")
            .arg(&command)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .process_group(0)
            .spawn()
            .map_err(|e| Error::io(format!("cannot run `{command}` locally"), e))?;
        let pid = child.id();
        let mut out = tokio::io::BufReader::new(child.stdout.take().expect("piped")).lines();
        let mut err = tokio::io::BufReader::new(child.stderr.take().expect("piped")).lines();
        let (mut stdout, mut stderr) = (String::new(), String::new());
        let (mut out_done, mut err_done, mut forwarded) = (false, false, false);
        let mut tick = tokio::time::interval(Duration::from_millis(200));
        while !(out_done && err_done) {
            tokio::select! {
                line = out.next_line(), if !out_done => match line {
                    Ok(Some(l)) => { self.ui.remote_line("local", crate::transport::Stream::Stdout, &l); stdout.push_str(&l); stdout.push('\n'); }
                    _ => out_done = true,
                },
                line = err.next_line(), if !err_done => match line {
                    Ok(Some(l)) => { self.ui.remote_line("local", crate::transport::Stream::Stderr, &l); stderr.push_str(&l); stderr.push('\n'); }
                    _ => err_done = true,
                },
                _ = tick.tick() => {
                    if signals::interrupted() && !forwarded {
                        forwarded = true;
                        if let Some(p) = pid {
                            // SAFETY: kill(2) on the child's process group.
                            unsafe { libc::kill(-(p as i32), libc::SIGINT) };
                        }
                    }
                }
            }
        }
        let status = child.wait().await.map_err(|e| Error::io(format!("`{command}`"), e))?;
        let took = started.elapsed();
        self.log(
            action,
            Some(&command),
            if status.success() { "ok" } else { "failed" },
            status.code(),
            took,
        )?;
        if forwarded {
            return Err(self.interrupted(plan, i.saturating_sub(1)));
        }
        if !status.success() {
            if let Some(f) = &action.on_failure {
                self.ui.error(&format!("what to do: {f}"));
            }
            return Err(Error::StepFailed {
                host: "local".into(),
                step: step_name(action),
                command,
                status: with_last_line(
                    status.code().map_or("a signal".into(), |c| c.to_string()),
                    &stderr,
                ),
            });
        }
        if let Some(name) = &local.capture {
            let value = stdout
                .lines()
                .rev()
                .find(|l| !l.trim().is_empty())
                .unwrap_or("")
                .trim()
                .to_string();
            if !crate::safety::plain_value(&value) {
                return Err(Error::StepFailed {
                    host: "local".into(),
                    step: step_name(action),
                    command,
                    status: format!("0, but its last line {value:?} is not a plain value"),
                });
            }
            self.captures.insert(name.clone(), value);
        }
        Ok(State::Done)
    }

    /// A typed confirmation: the operator types the expected value (or passes it with
    /// `--confirm`).
    pub(super) fn confirm_name(&mut self, action: &Action, confirm: &Confirm) -> Result<State> {
        let expected = confirm.expect.clone();
        if let Some(m) = &action.message {
            self.ui.info(m);
        }
        let given = self.params.get("confirm").filter(|v| !v.is_empty()).cloned();
        let typed = match given {
            Some(v) => v,
            None if self.ui.can_ask() => {
                let r = dialoguer::Input::<String>::new()
                    .with_prompt(format!("Type {expected} to go on"))
                    .allow_empty(true)
                    .interact_text();
                crate::terminal::restore_cursor();
                r.unwrap_or_default()
            }
            None => {
                return Err(Error::Usage(format!(
                    "this step needs the operator to type {expected}: run on a terminal, or pass --confirm {expected}"
                )))
            }
        };
        if typed.trim() != expected {
            self.log(action, None, "not confirmed", None, Duration::ZERO)?;
            return Err(Error::NotConfirmed {
                step: step_name(action),
                host: confirm.host.clone().unwrap_or_else(|| "local".into()),
            });
        }
        self.log(action, None, "ok", None, Duration::ZERO)?;
        Ok(State::Done)
    }
}
