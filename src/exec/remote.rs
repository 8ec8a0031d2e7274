//! Remote steps: the line as sent (captured values filled in), its run on the host, and
//! what its answer means.

use super::*;

impl<T: Transport> Executor<'_, T> {
    /// A remote action's line exactly as it is sent to its host: `{=name}` values filled in,
    /// and sudo's password form on a host that asks for one.
    pub(super) fn sent_line(&self, host: Option<&str>, template: &str) -> Result<String> {
        let line = self.substitute(template)?;
        Ok(match host {
            Some(h) => self.transport.as_sent(h, &line),
            None => line,
        })
    }

    /// Replace `{=name}` with values read earlier in this run.
    pub(super) fn substitute(&self, command: &str) -> Result<String> {
        let mut out = command.to_string();
        while let Some(start) = out.find("{=") {
            let end = out[start..].find('}').map(|e| start + e).ok_or_else(|| Error::Runbook {
                name: self.procedure.clone(),
                message: format!("unterminated {{= in {command}"),
            })?;
            let name = &out[start + 2..end];
            let value = self.captures.get(name).ok_or_else(|| Error::Runbook {
                name: self.procedure.clone(),
                message: format!("{{={name}}} was not read by an earlier step"),
            })?;
            out.replace_range(start..=end, value);
        }
        Ok(out)
    }

    pub(super) async fn run_remote(
        &mut self,
        action: &Action,
        host: &str,
        command: &str,
        echo: bool,
    ) -> Result<(RemoteOutput, Duration)> {
        let ui = self.ui;
        let shown = host.to_string();
        let sink = move |stream, line: &str| {
            if echo {
                ui.remote_line(&shown, stream, line)
            }
        };
        let started = Instant::now();
        let result = {
            let _busy = signals::Busy::enter();
            self.transport.run(host, command, &sink).await
        };
        let took = started.elapsed();
        match result {
            Ok(out) => Ok((out, took)),
            Err(e) => Err(self.lost(action, host, command, e, took)),
        }
    }

    /// A remote command whose connection failed: logged, and named by host, step and command.
    pub(super) fn lost(
        &mut self,
        action: &Action,
        host: &str,
        command: &str,
        e: RemoteError,
        took: Duration,
    ) -> Error {
        let host = host.to_string();
        if let Err(log) = self.log(action, Some(command), "lost", None, took) {
            return log;
        }
        match e {
            RemoteError::Connect(m) => Error::Connect { host, step: step_name(action), message: m },
            other => Error::ConnectionLost {
                host,
                step: step_name(action),
                command: command.to_string(),
                message: other.to_string(),
            },
        }
    }

    pub(super) async fn remote(&mut self, action: &Action, r: &Remote) -> Result<State> {
        let command = self.sent_line(Some(&r.host), &r.command)?;
        if let Some(unless) = &r.unless {
            let unless = &self.sent_line(Some(&r.host), unless)?;
            if self.ui.verbose {
                self.ui.command(unless);
            }
            let (out, took) = self.run_remote(action, &r.host, unless, false).await?;
            let outcome = if out.success() { "skipped" } else { "ok" };
            self.log(action, Some(unless), outcome, out.status, took)?;
            if out.success() {
                self.ui.info(&format!("skipped: already in place (`{unless}` succeeded)"));
                return Ok(State::Skipped);
            }
        }
        self.ui.command(&command);
        if action.changes {
            self.ask(action, &format!("Run this on {}?", r.host))?;
        }
        let (command, staged) = self.stage_kept(action, &r.host, command).await?;
        let result = self.run_remote(action, &r.host, &command, r.keep.is_none()).await;
        for path in staged {
            let line = format!("rm -f -- {}", crate::quote::quote(&path));
            let _ = self.transport.run(&r.host, &line, &|_, _| {}).await;
        }
        let (out, took) = result?;
        if let (Some(name), true) = (&r.keep, out.success()) {
            self.ui.info(&format!("kept {} bytes of output as {{<{name}}}", out.stdout.len()));
        }
        self.settle(action, r, command, out, took)
    }

    /// Put the output each `{<name}` of the line names in a temporary file on the host
    /// (mode 0600, the login account's) and the file's path in the line. The content goes
    /// through the remote shell's standard input, never a command line or the audit log.
    /// Returns the line and the files to remove after the step.
    async fn stage_kept(
        &mut self,
        action: &Action,
        host: &str,
        mut command: String,
    ) -> Result<(String, Vec<String>)> {
        let mut staged = Vec::new();
        while let Some(start) = command.find("{<") {
            let end =
                command[start..].find('}').map(|e| start + e).ok_or_else(|| Error::Runbook {
                    name: self.procedure.clone(),
                    message: format!("unterminated {{< in step {}", action.step),
                })?;
            let name = command[start + 2..end].to_string();
            let content = self.kept.get(&name).cloned().ok_or_else(|| Error::Runbook {
                name: self.procedure.clone(),
                message: format!("{{<{name}}} was not kept by an earlier step"),
            })?;
            let nanos = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.subsec_nanos());
            let delimiter = format!("HGMO_CTL_KEPT_{}_{nanos:09}", std::process::id());
            if content.lines().any(|l| l == delimiter) {
                return Err(Error::Runbook {
                    name: self.procedure.clone(),
                    message: format!("the output kept as {name} holds a line {delimiter}"),
                });
            }
            let newline = if content.ends_with('\n') || content.is_empty() { "" } else { "\n" };
            let script = format!(
                "umask 077 && f=$(mktemp \"${{TMPDIR:-/tmp}}/hgmo-ctl.XXXXXXXX\") && cat > \"$f\" <<'{delimiter}' && printf '%s\\n' \"$f\"\n{content}{newline}{delimiter}\n"
            );
            let out = {
                let _busy = signals::Busy::enter();
                self.transport.run(host, &script, &|_, _| {}).await
            };
            let path = match out {
                Ok(o) if o.success() => o.stdout.trim().to_string(),
                Ok(o) => {
                    return Err(Error::StepFailed {
                        host: host.to_string(),
                        step: step_name(action),
                        command: format!("(writing the output kept as {name} to a temporary file)"),
                        status: with_last_line(o.status_text(), &o.stderr),
                    })
                }
                Err(e) => {
                    return Err(Error::Connect {
                        host: host.to_string(),
                        step: step_name(action),
                        message: format!("writing the output kept as {name}: {e}"),
                    })
                }
            };
            if !path.starts_with('/') || !crate::safety::plain_value(&path) {
                return Err(Error::StepFailed {
                    host: host.to_string(),
                    step: step_name(action),
                    command: format!("(writing the output kept as {name} to a temporary file)"),
                    status: format!("0, but mktemp gave {path:?}"),
                });
            }
            command.replace_range(start..=end, &path);
            staged.push(path);
        }
        Ok((command, staged))
    }

    /// What a remote step's answer means: done, a finding, or a failure (logged either way).
    pub(super) fn settle(
        &mut self,
        action: &Action,
        r: &Remote,
        command: String,
        out: RemoteOutput,
        took: Duration,
    ) -> Result<State> {
        let host = r.host.clone();
        if let Some(facts) = &mut self.facts {
            facts.push(Fact {
                step: action.step.clone(),
                host: host.clone(),
                status: out.status,
                output: out.stdout.clone(),
            });
        }
        if r.note {
            self.keep_note(action, &r.host, &command, &out);
        }
        if out.success() {
            self.log(action, Some(&command), "ok", out.status, took)?;
            if let Some(name) = &r.capture {
                let value = out.stdout.trim().to_string();
                if !crate::safety::plain_value(&value) {
                    return Err(Error::StepFailed {
                        host,
                        step: step_name(action),
                        command,
                        status: format!("0, but its output {value:?} is not a plain value"),
                    });
                }
                self.captures.insert(name.clone(), value);
            }
            if let Some(name) = &r.keep {
                const MAX: usize = 16 << 20;
                if out.stdout.len() > MAX {
                    return Err(Error::StepFailed {
                        host,
                        step: step_name(action),
                        command,
                        status: format!(
                            "0, but its output ({} bytes) is over 16 MiB",
                            out.stdout.len()
                        ),
                    });
                }
                self.kept.insert(name.clone(), out.stdout.clone());
            }
            return Ok(State::Done);
        }
        match action.kind() {
            StepKind::Precondition => {
                self.log(action, Some(&command), "refused", out.status, took)?;
                Err(Error::Precondition {
                    host,
                    step: step_name(action),
                    message: action.message.clone().unwrap_or_else(|| "precondition failed".into()),
                })
            }
            StepKind::Check => {
                self.log(action, Some(&command), "finding", out.status, took)?;
                let m = action.message.clone().unwrap_or_else(|| format!("{host}: check failed"));
                self.ui.warn(&m);
                self.findings.push(m);
                Ok(State::Finding)
            }
            _ => {
                self.log(action, Some(&command), "failed", out.status, took)?;
                if let Some(f) = &action.on_failure {
                    self.ui.error(&format!("what to do: {f}"));
                }
                Err(Error::StepFailed {
                    host,
                    step: step_name(action),
                    command,
                    status: with_last_line(out.status_text(), &out.stderr),
                })
            }
        }
    }

    pub(super) fn keep_note(
        &mut self,
        action: &Action,
        host: &str,
        command: &str,
        out: &RemoteOutput,
    ) {
        let mut text = out.stdout.clone();
        if !out.stderr.trim().is_empty() {
            text.push_str(&out.stderr);
        }
        text.push_str(&format!("(exit status {})\n", out.status_text()));
        self.notes.push((
            host.to_string(),
            action.title.clone(),
            command.to_string(),
            crate::quote::escape_control(&text).replace("\\n", "\n"),
        ));
    }
}
