//! How commands reach the hosts. The executor talks to a [`Transport`]; the one used in
//! production is [`SshTransport`]: one multiplexed OpenSSH connection per host (the
//! `openssh` crate, native mux, so no local `ssh` child per command and a Ctrl-C in the
//! terminal never reaches a running remote command), opened once and reused by every step.
//!
//! Two ways to send a step: `[ssh] mode = "shell"` (the default) keeps one remote `sh` per
//! host alive and feeds it the steps, delimited by a per-run nonce; `mode = "exec"` opens one
//! remote command per step over the host's connection (about 0.1 s more a step).

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use openssh::{KnownHosts, Session, SessionBuilder, Stdio};
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncWriteExt, BufReader};

use crate::inventory::{Inventory, KnownHostsPolicy};
use crate::privilege::{self, ProbeFailure, Secret};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

#[derive(Debug, Clone)]
pub struct RemoteOutput {
    /// The exit status; `None` when the remote process was killed by a signal.
    pub status: Option<i32>,
    /// Captured for procedures that read a command's answer (typed logic, later issues).
    #[allow(dead_code)]
    pub stdout: String,
    pub stderr: String,
}

impl RemoteOutput {
    pub fn success(&self) -> bool {
        self.status == Some(0)
    }

    pub fn status_text(&self) -> String {
        match self.status {
            Some(127) => "127 (command not found)".into(),
            Some(s) => s.to_string(),
            None => "none (killed by a signal)".into(),
        }
    }
}

#[derive(Debug, Clone, thiserror::Error)]
pub enum RemoteError {
    #[error("{0}")]
    Connect(String),
    #[error("{0}")]
    Lost(String),
    #[error("not connected")]
    NotConnected,
}

/// Why sudo cannot be used on a host (found before the first step, so nothing changed).
#[derive(Debug, Clone, thiserror::Error)]
pub enum PrivilegeError {
    #[error("sudo asks for a password there and none was given: run again with -K (--ask-become-pass) to be asked for it once, or give your account a NOPASSWD sudo rule on that host")]
    NeedsPassword,
    #[error("sudo did not take the password given with -K ({0}); nothing was changed")]
    WrongPassword(String),
    #[error("sudo cannot be used there ({0}); steps run as root or hg need it ([ssh] become = \"sudo\")")]
    Refused(String),
    #[error("{0}")]
    Remote(RemoteError),
}

/// A command line run from a signal handler, and what it reads on standard input.
pub type CleanupCommand = (Vec<String>, Option<Secret>);

/// Called for each line of remote output as it arrives.
pub type LineSink<'a> = &'a (dyn Fn(Stream, &str) + Sync);
/// The same for commands running on several hosts at once: (host, stream, line).
pub type HostLineSink<'a> = &'a (dyn Fn(&str, Stream, &str) + Sync);

#[allow(async_fn_in_trait)]
pub trait Transport {
    /// Open connections to these hosts (in parallel). Connecting changes nothing.
    async fn connect(&mut self, hosts: &[String]) -> Result<(), (String, RemoteError)>;
    /// Run one command line (already quoted) on a host.
    async fn run(
        &mut self,
        host: &str,
        command: &str,
        sink: LineSink<'_>,
    ) -> Result<RemoteOutput, RemoteError>;
    /// Run one command on each of several distinct hosts at once; the answers come back in
    /// the order of `jobs` (host, command line).
    async fn run_each(
        &mut self,
        jobs: &[(String, String)],
        sink: HostLineSink<'_>,
    ) -> Vec<Result<RemoteOutput, RemoteError>> {
        let mut out = Vec::with_capacity(jobs.len());
        for (host, command) in jobs {
            let one = |stream, line: &str| sink(host, stream, line);
            out.push(self.run(host, command, &one).await);
        }
        out
    }
    /// Close every connection.
    async fn close(&mut self);

    /// Drop a host's connection, found broken, and open a new one.
    async fn reconnect(&mut self, _host: &str) -> Result<(), RemoteError> {
        Ok(())
    }

    /// A command line (run from a signal handler) that runs `command` on `host`; `None`
    /// when the transport cannot offer one.
    fn release_argv(&self, _host: &str, _command: &str) -> Option<CleanupCommand> {
        None
    }

    /// Check, before the first step, that sudo lets us in on each of these hosts: without
    /// a password, or with the one given (`-K`). Changes nothing. Returns the hosts whose
    /// sudo asked for (and took) the password.
    async fn check_privilege(
        &mut self,
        _hosts: &[String],
    ) -> Result<Vec<String>, (String, PrivilegeError)> {
        Ok(Vec::new())
    }

    /// The line exactly as it is sent to `host`: on a host whose sudo asks for a password,
    /// `sudo -n` becomes [`privilege::WITH_PASSWORD`] (the password goes to its standard
    /// input).
    fn as_sent(&self, _host: &str, line: &str) -> String {
        line.to_string()
    }
}

pub struct SshTransport {
    builder: SessionBuilder,
    destinations: HashMap<String, String>,
    sessions: HashMap<String, Arc<Session>>,
    /// `[ssh] mode = "shell"`: one remote `sh` per host, fed every step.
    shell_mode: bool,
    shells: HashMap<String, RemoteShell>,
    nonce: String,
    counter: u64,
    /// `-K`: the sudo password, fed to the standard input of lines that read it.
    become_password: Option<Secret>,
    /// Hosts whose sudo asks for a password (found by [`Transport::check_privilege`]).
    password_hosts: std::collections::HashSet<String>,
    /// Removed when the transport is dropped.
    _control_dir: Option<tempfile::TempDir>,
}

impl SshTransport {
    pub fn new(inv: &Inventory) -> SshTransport {
        let mut b = SessionBuilder::default();
        b.known_hosts_check(match inv.ssh.known_hosts {
            KnownHostsPolicy::Strict => KnownHosts::Strict,
            KnownHostsPolicy::AcceptNew => KnownHosts::Add,
        });
        if let Some(user) = &inv.ssh.user {
            b.user(user.clone());
        }
        if let Some(key) = &inv.ssh.identity_file {
            b.keyfile(inv.resolve_path(key));
        }
        if let Some(file) = &inv.ssh.known_hosts_file {
            b.user_known_hosts_file(inv.resolve_path(file));
        }
        if let Some(file) = &inv.ssh.config_file {
            b.config_file(inv.resolve_path(file));
        }
        b.connect_timeout(Duration::from_secs(inv.ssh.connect_timeout.unwrap_or(10)));
        b.server_alive_interval(Duration::from_secs(
            inv.ssh.server_alive_interval.unwrap_or(15).max(1),
        ));
        // A private folder per run: the crate's clean-up of old control folders would race
        // with the parallel connects of this run if they shared one.
        let control_dir =
            tempfile::Builder::new().prefix("hgmo-ctl-").tempdir_in(control_directory()).ok();
        if let Some(d) = &control_dir {
            b.control_directory(d.path());
        }
        let destinations =
            inv.hosts.keys().map(|h| (h.clone(), inv.ssh_destination(h).to_string())).collect();
        SshTransport {
            builder: b,
            destinations,
            sessions: HashMap::new(),
            shell_mode: inv.ssh.mode == crate::inventory::SshMode::Shell,
            shells: HashMap::new(),
            nonce: format!(
                "{:x}{:x}",
                std::process::id(),
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_nanos())
                    .unwrap_or(0)
            ),
            counter: 0,
            become_password: None,
            password_hosts: Default::default(),
            _control_dir: control_dir,
        }
    }

    /// `-K`: the password for hosts whose sudo asks for one.
    pub fn with_become_password(mut self, password: Option<Secret>) -> SshTransport {
        self.become_password = password;
        self
    }

    /// What a line reads on its standard input: the password, for a line that asks sudo
    /// to read it.
    fn input_for(&self, line: &str) -> Option<Secret> {
        match privilege::reads_password(line) {
            true => self.become_password.clone(),
            false => None,
        }
    }
}

/// Unix socket paths are short (108 bytes): keep the control sockets in a short folder.
fn control_directory() -> PathBuf {
    std::env::var_os("XDG_RUNTIME_DIR")
        .map(PathBuf::from)
        .filter(|p| p.is_dir() && p.as_os_str().len() < 60)
        .unwrap_or_else(std::env::temp_dir)
}

impl Transport for SshTransport {
    async fn reconnect(&mut self, host: &str) -> Result<(), RemoteError> {
        self.shells.remove(host);
        self.sessions.remove(host);
        self.connect(&[host.to_string()]).await.map_err(|(_, e)| e)
    }

    async fn connect(&mut self, hosts: &[String]) -> Result<(), (String, RemoteError)> {
        let mut set = tokio::task::JoinSet::new();
        for host in hosts {
            if self.sessions.contains_key(host) {
                continue;
            }
            let dest = self.destinations.get(host).cloned().unwrap_or_else(|| host.clone());
            let builder = self.builder.clone();
            let host = host.clone();
            let shell_mode = self.shell_mode;
            set.spawn(async move {
                let r = match builder.connect_mux(&dest).await {
                    Ok(session) => {
                        let session = Arc::new(session);
                        // The host's shell starts with its connection, all hosts at once.
                        let shell = match shell_mode {
                            true => RemoteShell::start(session.clone()).await.ok(),
                            false => None,
                        };
                        Ok((session, shell))
                    }
                    Err(e) => Err(e),
                };
                (host, dest, r)
            });
        }
        let mut first_error = None;
        while let Some(joined) = set.join_next().await {
            let (host, dest, r) = joined.expect("connect task panicked");
            match r {
                Ok((session, shell)) => {
                    if let Some(shell) = shell {
                        self.shells.insert(host.clone(), shell);
                    }
                    self.sessions.insert(host, session);
                }
                Err(e) => {
                    if first_error.is_none() {
                        first_error = Some((
                            host,
                            RemoteError::Connect(format!("ssh {dest}: {}", describe(&e))),
                        ));
                    }
                }
            }
        }
        match first_error {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    async fn run(
        &mut self,
        host: &str,
        command: &str,
        sink: LineSink<'_>,
    ) -> Result<RemoteOutput, RemoteError> {
        let command = &self.as_sent(host, command);
        let input = self.input_for(command);
        if self.shell_mode {
            return self.run_in_shell(host, command, input.as_ref(), sink).await;
        }
        let session = self.sessions.get(host).ok_or(RemoteError::NotConnected)?;
        exec_one(session, command, input.as_ref(), sink).await
    }

    async fn run_each(
        &mut self,
        jobs: &[(String, String)],
        sink: HostLineSink<'_>,
    ) -> Vec<Result<RemoteOutput, RemoteError>> {
        let jobs: Vec<(String, String, Option<Secret>)> = jobs
            .iter()
            .map(|(h, c)| {
                let c = self.as_sent(h, c);
                let input = self.input_for(&c);
                (h.clone(), c, input)
            })
            .collect();
        // One shell per host: several jobs for one host go over the connection instead.
        let distinct =
            jobs.iter().enumerate().all(|(i, (h, _, _))| jobs[..i].iter().all(|(o, _, _)| o != h));
        if self.shell_mode && distinct {
            return self.run_each_in_shells(&jobs, sink).await;
        }
        let sessions = &self.sessions;
        let futures = jobs.iter().map(|(host, command, input)| async move {
            let one = |stream, line: &str| sink(host, stream, line);
            match sessions.get(host) {
                Some(session) => exec_one(session, command, input.as_ref(), &one).await,
                None => Err(RemoteError::NotConnected),
            }
        });
        futures_util::future::join_all(futures).await
    }

    async fn close(&mut self) {
        // Every host at once: each shell is told to exit and waited for (at most 5 s), then
        // each connection is closed.
        let shells = self.shells.drain().map(|(_, mut sh)| async move {
            let _ = sh.stdin.write_all(b"exit 0\n").await;
            let _ = sh.stdin.shutdown().await;
            drop(sh.stdin);
            let _ = tokio::time::timeout(Duration::from_secs(5), sh.child.wait()).await;
        });
        futures_util::future::join_all(shells).await;
        let sessions = self.sessions.drain().filter_map(|(_, s)| Arc::try_unwrap(s).ok());
        futures_util::future::join_all(sessions.map(|s| async move {
            let _ = s.close().await;
        }))
        .await;
    }

    fn release_argv(&self, host: &str, command: &str) -> Option<CleanupCommand> {
        let command = self.as_sent(host, command);
        let input = self.input_for(&command);
        self.over_master(host, &command).map(|argv| (argv, input))
    }

    async fn check_privilege(
        &mut self,
        hosts: &[String],
    ) -> Result<Vec<String>, (String, PrivilegeError)> {
        if hosts.is_empty() {
            return Ok(Vec::new());
        }
        let jobs: Vec<(String, String)> =
            hosts.iter().map(|h| (h.clone(), privilege::PROBE.to_string())).collect();
        let results = self.run_each(&jobs, &|_, _, _| {}).await;
        let mut ask = Vec::new();
        for ((host, _), r) in jobs.iter().zip(results) {
            let out = r.map_err(|e| (host.clone(), PrivilegeError::Remote(e)))?;
            if out.success() {
                continue;
            }
            match privilege::probe_failure(&out.stderr) {
                ProbeFailure::NeedsPassword if self.become_password.is_some() => {
                    ask.push((host.clone(), privilege::PROBE_WITH_PASSWORD.to_string()))
                }
                ProbeFailure::NeedsPassword => {
                    return Err((host.clone(), PrivilegeError::NeedsPassword))
                }
                ProbeFailure::Other(m) => return Err((host.clone(), PrivilegeError::Refused(m))),
            }
        }
        let results = self.run_each(&ask, &|_, _, _| {}).await;
        for ((host, _), r) in ask.iter().zip(results) {
            let out = r.map_err(|e| (host.clone(), PrivilegeError::Remote(e)))?;
            if !out.success() {
                let why = out.stderr.lines().map(str::trim).rfind(|l| !l.is_empty());
                return Err((
                    host.clone(),
                    PrivilegeError::WrongPassword(why.unwrap_or("no message").to_string()),
                ));
            }
            self.password_hosts.insert(host.clone());
        }
        Ok(ask.into_iter().map(|(h, _)| h).collect())
    }

    fn as_sent(&self, host: &str, line: &str) -> String {
        match self.password_hosts.contains(host) {
            true => privilege::with_password(line),
            false => line.to_string(),
        }
    }
}

/// One remote `sh` kept alive for a host; each step is written to its stdin as
/// `( COMMAND ) </dev/null` followed by a line with a per-run nonce and the exit status, on
/// stdout and on stderr, which delimits the step's output on both streams.
struct RemoteShell {
    child: openssh::Child<Arc<Session>>,
    stdin: openssh::ChildStdin,
    out: BufReader<openssh::ChildStdout>,
    err: BufReader<openssh::ChildStderr>,
}

/// Read one stream up to the line that ends with `tag` (optionally followed by the exit
/// status); returns the text before it and what followed the tag.
async fn read_until_tag<R: AsyncRead + Unpin>(
    r: &mut BufReader<R>,
    tag: &str,
    stream: Stream,
    sink: LineSink<'_>,
) -> Result<(String, String), RemoteError> {
    let mut all = String::new();
    let mut buf = Vec::new();
    loop {
        buf.clear();
        let n =
            r.read_until(b'\n', &mut buf).await.map_err(|e| RemoteError::Lost(e.to_string()))?;
        if n == 0 {
            return Err(RemoteError::Lost("the remote shell ended".into()));
        }
        let line = String::from_utf8_lossy(&buf);
        let line = line.trim_end_matches('\n');
        if let Some(at) = line.find(tag) {
            let before = &line[..at];
            if !before.is_empty() {
                sink(stream, before);
                all.push_str(before);
                all.push('\n');
            }
            return Ok((all, line[at + tag.len()..].trim().to_string()));
        }
        sink(stream, line);
        all.push_str(line);
        all.push('\n');
    }
}

impl RemoteShell {
    async fn start(session: Arc<Session>) -> Result<RemoteShell, RemoteError> {
        let mut child = Session::arc_raw_command(session, "sh")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .await
            .map_err(|e| RemoteError::Connect(format!("no remote shell: {}", describe(&e))))?;
        let stdin = child.stdin().take().ok_or(RemoteError::Lost("no stdin".into()))?;
        let out =
            BufReader::new(child.stdout().take().ok_or(RemoteError::Lost("no stdout".into()))?);
        let err =
            BufReader::new(child.stderr().take().ok_or(RemoteError::Lost("no stderr".into()))?);
        Ok(RemoteShell { child, stdin, out, err })
    }

    /// Write one step and read its output up to the tag. An error leaves the shell unusable.
    async fn run(
        &mut self,
        tag: &str,
        command: &str,
        input: Option<&Secret>,
        sink: LineSink<'_>,
    ) -> Result<RemoteOutput, RemoteError> {
        // The step's standard input: nothing, or the sudo password through a pipe from the
        // shell's own `printf` (a builtin: never in a process's argument list).
        let stdin = match input {
            Some(secret) => format!("printf '%s\\n' {} | ", secret.quoted()),
            None => String::new(),
        };
        let redirect = if input.is_some() { "" } else { " </dev/null" };
        // The shell first says it got the step (`<tag> go`): a connection found gone before
        // that line means the command never started, and running it again is safe.
        let script = format!(
            "printf '%s go\\n' {tag}; {stdin}( {command}\n){redirect}; __hgmo_rc=$?; printf '%s %s\\n' {tag} \"$__hgmo_rc\"; printf '%s\\n' {tag} >&2\n"
        );
        let not_started =
            |m: String| RemoteError::Connect(format!("the command was not started: {m}"));
        self.stdin.write_all(script.as_bytes()).await.map_err(|e| not_started(e.to_string()))?;
        let _ = self.stdin.flush().await;
        match read_until_tag(&mut self.out, tag, Stream::Stdout, sink).await {
            Ok((_, word)) if word == "go" => {}
            Ok((_, word)) => {
                return Err(RemoteError::Lost(format!("the remote shell said {word:?}, not go")))
            }
            Err(RemoteError::Lost(m)) => return Err(not_started(m)),
            Err(e) => return Err(e),
        }
        let (out, err) = tokio::join!(
            read_until_tag(&mut self.out, tag, Stream::Stdout, sink),
            read_until_tag(&mut self.err, tag, Stream::Stderr, sink)
        );
        let ((stdout, rc), (stderr, _)) = (out?, err?);
        Ok(RemoteOutput { status: rc.parse().ok(), stdout, stderr })
    }
}

impl SshTransport {
    fn next_tag(&mut self) -> String {
        self.counter += 1;
        format!("__hgmo_ctl_{}_{}__", self.nonce, self.counter)
    }

    async fn run_in_shell(
        &mut self,
        host: &str,
        command: &str,
        input: Option<&Secret>,
        sink: LineSink<'_>,
    ) -> Result<RemoteOutput, RemoteError> {
        let tag = self.next_tag();
        let mut shell = match self.shells.remove(host) {
            Some(sh) => sh,
            None => {
                let session = self.sessions.get(host).ok_or(RemoteError::NotConnected)?;
                RemoteShell::start(session.clone()).await?
            }
        };
        let r = shell.run(&tag, command, input, sink).await;
        if r.is_ok() {
            self.shells.insert(host.to_string(), shell);
        }
        r
    }

    async fn run_each_in_shells(
        &mut self,
        jobs: &[(String, String, Option<Secret>)],
        sink: HostLineSink<'_>,
    ) -> Vec<Result<RemoteOutput, RemoteError>> {
        let mut taken = Vec::with_capacity(jobs.len());
        for (host, _, _) in jobs {
            let tag = self.next_tag();
            let shell = match self.shells.remove(host) {
                Some(sh) => Ok(sh),
                None => match self.sessions.get(host) {
                    Some(session) => RemoteShell::start(session.clone()).await,
                    None => Err(RemoteError::NotConnected),
                },
            };
            taken.push((tag, shell));
        }
        let futures =
            taken.into_iter().zip(jobs).map(|((tag, shell), (host, command, input))| async move {
                let mut shell = shell?;
                let one = |stream, line: &str| sink(host, stream, line);
                let r = shell.run(&tag, command, input.as_ref(), &one).await;
                r.map(|out| (out, shell))
            });
        let results = futures_util::future::join_all(futures).await;
        results
            .into_iter()
            .zip(jobs)
            .map(|(r, (host, _, _))| {
                r.map(|(out, shell)| {
                    self.shells.insert(host.clone(), shell);
                    out
                })
            })
            .collect()
    }

    /// An `ssh` command line that runs `command` on `host` over this run's existing
    /// connection (its control socket), for clean-up from a signal handler.
    pub fn over_master(&self, host: &str, command: &str) -> Option<Vec<String>> {
        let session = self.sessions.get(host)?;
        let dest = self.destinations.get(host).cloned().unwrap_or_else(|| host.to_string());
        Some(vec![
            "ssh".into(),
            "-S".into(),
            session.control_socket().display().to_string(),
            "-o".into(),
            "BatchMode=yes".into(),
            "-o".into(),
            "ControlMaster=no".into(),
            dest,
            command.into(),
        ])
    }
}

/// One remote command over the host's connection (exec mode).
async fn exec_one(
    session: &Session,
    command: &str,
    input: Option<&Secret>,
    sink: LineSink<'_>,
) -> Result<RemoteOutput, RemoteError> {
    let mut child = session
        .raw_command(command)
        .stdin(if input.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .await
        .map_err(|e| {
            RemoteError::Connect(format!("the command was not started: {}", describe(&e)))
        })?;
    if let (Some(secret), Some(mut stdin)) = (input, child.stdin().take()) {
        // The password and a newline, then end of input.
        let _ = stdin.write_all(&secret.stdin_bytes()).await;
        let _ = stdin.shutdown().await;
    }
    let out = child.stdout().take();
    let err = child.stderr().take();
    let (stdout, stderr) =
        tokio::join!(read_lines(out, Stream::Stdout, sink), read_lines(err, Stream::Stderr, sink));
    match child.wait().await {
        Ok(status) => Ok(RemoteOutput { status: status.code(), stdout, stderr }),
        Err(openssh::Error::Remote(e)) if e.kind() == std::io::ErrorKind::NotFound => {
            Ok(RemoteOutput { status: Some(127), stdout, stderr })
        }
        Err(openssh::Error::RemoteProcessTerminated) => match session.check().await {
            // The connection is fine, so the remote process died of a signal.
            Ok(()) => Ok(RemoteOutput { status: None, stdout, stderr }),
            Err(e) => Err(RemoteError::Lost(describe(&e))),
        },
        Err(e) => Err(RemoteError::Lost(describe(&e))),
    }
}

async fn read_lines<R: AsyncRead + Unpin>(
    r: Option<R>,
    stream: Stream,
    sink: LineSink<'_>,
) -> String {
    let Some(r) = r else { return String::new() };
    let mut reader = BufReader::new(r);
    let mut all = String::new();
    let mut buf = Vec::new();
    loop {
        buf.clear();
        match reader.read_until(b'\n', &mut buf).await {
            Ok(0) | Err(_) => break,
            Ok(_) => {
                let line = String::from_utf8_lossy(&buf);
                let line = line.trim_end_matches('\n');
                sink(stream, line);
                all.push_str(line);
                all.push('\n');
            }
        }
    }
    all
}

/// One line for an openssh error, with the ssh log's reason where there is one.
fn describe(e: &openssh::Error) -> String {
    let mut s = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(inner) = source {
        let t = inner.to_string();
        if !s.contains(&t) {
            s.push_str(": ");
            s.push_str(&t);
        }
        source = inner.source();
    }
    s.replace('\n', " ").trim().to_string()
}
