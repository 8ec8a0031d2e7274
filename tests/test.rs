//! A small builder for running the binary in an isolated environment: its own HOME,
//! XDG folders and PATH additions in a temporary folder, so no test touches the operator's
//! real configuration, state or ssh.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use tempfile::TempDir;

pub const BIN: &str = env!("CARGO_BIN_EXE_hgmo-ctl");

pub struct Test {
    pub dir: TempDir,
    args: Vec<OsString>,
    env: Vec<(OsString, OsString)>,
    stdin: Vec<u8>,
    path: Vec<PathBuf>,
}

#[must_use]
pub struct Outcome {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
    pub dir: TempDir,
}

impl Test {
    pub fn new() -> Test {
        let dir = tempfile::Builder::new().prefix("hgmo-ctl-test").tempdir().unwrap();
        for d in ["home", "config", "state", "bin"] {
            std::fs::create_dir_all(dir.path().join(d)).unwrap();
        }
        Test { dir, args: Vec::new(), env: Vec::new(), stdin: Vec::new(), path: Vec::new() }
    }

    pub fn arg(mut self, a: impl Into<OsString>) -> Test {
        self.args.push(a.into());
        self
    }

    pub fn args<I, S>(mut self, args: I) -> Test
    where
        I: IntoIterator<Item = S>,
        S: Into<OsString>,
    {
        self.args.extend(args.into_iter().map(Into::into));
        self
    }

    pub fn env(mut self, k: &str, v: impl Into<OsString>) -> Test {
        self.env.push((k.into(), v.into()));
        self
    }

    pub fn stdin(mut self, s: &str) -> Test {
        self.stdin = s.as_bytes().to_vec();
        self
    }

    /// Write a file relative to the test folder; returns the builder.
    pub fn write(self, rel: &str, content: &str) -> Test {
        let p = self.dir.path().join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, content).unwrap();
        self
    }

    /// Run against this inventory text (written to `inv.toml` in the test folder).
    pub fn inventory(self, text: &str) -> Test {
        let t = self.write("inv.toml", text);
        let p = t.path_of("inv.toml");
        t.arg("-i").arg(p)
    }

    pub fn path_of(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    /// Put an `ssh` on PATH that records that it ran (in `ssh-was-run`) and fails.
    pub fn fake_ssh(mut self) -> Test {
        let marker = self.dir.path().join("ssh-was-run");
        let script = format!(
            "#!/bin/sh\necho \"$0 $*\" >> '{}'\necho 'fake ssh: a test forbids ssh here' >&2\nexit 255\n",
            marker.display()
        );
        let bin = self.dir.path().join("bin/ssh");
        std::fs::write(&bin, script).unwrap();
        make_executable(&bin);
        self.path.push(self.dir.path().join("bin"));
        self
    }

    pub fn command(&self) -> Command {
        let mut c = Command::new(BIN);
        let home = self.dir.path().join("home");
        c.args(&self.args)
            .env_clear()
            .env("HOME", &home)
            .env("XDG_CONFIG_HOME", self.dir.path().join("config"))
            .env("XDG_STATE_HOME", self.dir.path().join("state"))
            .env("USER", "test-operator")
            .env("TERM", "dumb")
            .env("LANG", "C.UTF-8");
        let mut path: Vec<PathBuf> = self.path.clone();
        path.extend(std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()));
        c.env("PATH", std::env::join_paths(path).unwrap());
        for (k, v) in &self.env {
            c.env(k, v);
        }
        c
    }

    /// Start the binary in the background, its output captured (`wait_with_output`).
    pub fn spawn(&self) -> std::process::Child {
        self.command().stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap()
    }

    /// Start the binary in the background, its output discarded.
    pub fn spawn_quiet(&self) -> std::process::Child {
        self.command().stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap()
    }

    pub fn run(self) -> Outcome {
        let mut c = self.command();
        c.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
        let mut child = c.spawn().unwrap();
        {
            use std::io::Write;
            let mut stdin = child.stdin.take().unwrap();
            let _ = stdin.write_all(&self.stdin);
        }
        let out = child.wait_with_output().unwrap();
        Outcome {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            dir: self.dir,
        }
    }

    /// Run the binary on a real pseudo-terminal.
    pub fn spawn_pty(self, timeout_ms: u64) -> (rexpect::session::PtySession, TempDir) {
        let c = self.command();
        let session = rexpect::session::spawn_command(c, Some(timeout_ms)).unwrap();
        (session, self.dir)
    }
}

impl Outcome {
    pub fn code(&self, want: i32) -> &Outcome {
        assert_eq!(
            self.code, want,
            "exit code {} instead of {want}\n--- stdout\n{}\n--- stderr\n{}",
            self.code, self.stdout, self.stderr
        );
        self
    }

    pub fn stdout_has(&self, needle: &str) -> &Outcome {
        assert!(
            self.stdout.contains(needle),
            "stdout lacks {needle:?}\n--- stdout\n{}\n--- stderr\n{}",
            self.stdout,
            self.stderr
        );
        self
    }

    pub fn stderr_has(&self, needle: &str) -> &Outcome {
        assert!(
            self.stderr.contains(needle),
            "stderr lacks {needle:?}\n--- stdout\n{}\n--- stderr\n{}",
            self.stdout,
            self.stderr
        );
        self
    }

    pub fn ssh_was_run(&self) -> bool {
        self.dir.path().join("ssh-was-run").exists()
    }

    pub fn audit_lines(&self) -> Vec<serde_json::Value> {
        let p = self.dir.path().join("state/hgmo-ctl/audit.jsonl");
        std::fs::read_to_string(p)
            .unwrap_or_default()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }
}

pub fn make_executable(p: &Path) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o755)).unwrap();
}

/// An inventory of hosts that cannot be reached (the `.invalid` top-level domain).
pub const UNREACHABLE_INVENTORY: &str = r#"
[ssh]
# production: the login is the operator's own (~/.ssh/config), root and hg through sudo
become = "sudo"

[deploy]
checkout = "/home/operator/version-control-tools"

[hosts."hgssh1.example.invalid"]
roles = ["hgssh"]
master = true

[hosts."hgssh2.example.invalid"]
roles = ["hgssh"]

[hosts."hgweb1.example.invalid"]
roles = ["hgweb", "zookeeper"]
lb_node = "192.0.2.11:80"

[hosts."hgweb2.example.invalid"]
roles = ["hgweb"]
lb_node = "192.0.2.12:80"
"#;
