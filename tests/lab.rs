//! The lab fixture: brings `tests/lab/lab` up once, runs commands inside its hosts, and
//! drives a real Mercurial client against it over SSH.
//!
//! The lab refuses what production refuses: root logins (hosts are entered with
//! `tests/lab/lab exec`, which needs no login), `hg` on PATH inside the hosts (only
//! `/var/hg/venv_*/bin/hg`), and pushes anywhere but the public endpoint, sshd_hg on
//! port 222 of the hgssh hosts (ForceCommand: the lab's pash stand-in).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::test::Test;

pub struct Lab {
    pub dir: PathBuf,
    pub inventory: PathBuf,
    pub ssh_config: PathBuf,
    script: PathBuf,
}

pub const MASTER: &str = "hgssh1.lab.test";
pub const MASTER_IP: &str = "10.254.77.11";
/// sshd_hg, the public Mercurial endpoint of every hgssh host (production: port 222).
pub const PASH_PORT: u16 = 222;
/// The account that logs in on port 222 (the repository owner; production's developers
/// log in there with their own LDAP accounts).
pub const PUSH_USER: &str = "hg";
pub const HGWEBS: [&str; 3] = ["hgweb1.lab.test", "hgweb2.lab.test", "hgweb3.lab.test"];

impl Lab {
    pub fn up() -> Result<Lab, String> {
        if unsafe { libc::geteuid() } != 0 {
            return Err("the lab needs root (network namespaces and sshd)".into());
        }
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let script = root.join("tests/lab/lab");
        let dir = std::env::var_os("LAB_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| root.join("target/lab"));
        let out = Command::new(&script)
            .arg("up")
            .env("LAB_DIR", &dir)
            .output()
            .map_err(|e| format!("cannot run {}: {e}", script.display()))?;
        if !out.status.success() {
            return Err(format!(
                "`tests/lab/lab up` failed ({}):\n{}{}",
                out.status,
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        let inventory =
            PathBuf::from(String::from_utf8_lossy(&out.stdout).lines().last().unwrap_or("").trim());
        if !inventory.is_file() {
            return Err(format!(
                "`lab up` printed no inventory path (got {})",
                inventory.display()
            ));
        }
        Ok(Lab { ssh_config: dir.join("ssh/config"), dir, inventory, script })
    }

    pub fn down(&self) {
        if std::env::var_os("HGMO_LAB_KEEP").is_some() {
            eprintln!("HGMO_LAB_KEEP is set: leaving the lab up");
            return;
        }
        let _ = Command::new(&self.script).arg("down").env("LAB_DIR", &self.dir).output();
    }

    /// Run a shell script inside a lab host.
    pub fn exec(&self, host: &str, script: &str) -> Output {
        Command::new(&self.script)
            .args(["exec", host, "sh", "-c", script])
            .env("LAB_DIR", &self.dir)
            .output()
            .unwrap()
    }

    /// Run a shell script inside a lab host; it must succeed; returns its stdout.
    pub fn sh(&self, host: &str, script: &str) -> String {
        let out = self.exec(host, script);
        assert!(
            out.status.success(),
            "on {host}: `{script}` failed: {}\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Put the lab back in its starting state between tests (read-only files).
    pub fn reset(&self) {
        self.sh(
            MASTER,
            "rm -f /repo/hg/readonlyreason /repo/hg/hgmo-ctl.lock; find /repo/hg/mozilla -path '*/.hg/readonlyreason' -delete",
        );
    }

    /// The binary, run against the lab inventory.
    pub fn hgmo(&self) -> Test {
        Test::new().arg("-i").arg(&self.inventory)
    }

    /// The binary, run against the lab inventory with extra `[paths]` settings.
    pub fn hgmo_with_paths(&self, extra: &str) -> Test {
        let text = std::fs::read_to_string(&self.inventory).unwrap();
        let text = text.replacen("[paths]\n", &format!("[paths]\n{extra}\n"), 1);
        let t = Test::new().write("lab-inventory.toml", &text);
        let p = t.path_of("lab-inventory.toml");
        t.arg("-i").arg(p)
    }

    /// A real Mercurial client in the root namespace, talking ssh to the lab.
    pub fn hg(&self, cwd: &Path, args: &[&str]) -> Output {
        Command::new("hg")
            .args(args)
            .arg("--config")
            .arg(format!("ui.ssh=ssh -F {}", self.ssh_config.display()))
            .args(["--config", "ui.username=Lab Tester <tester@lab.test>"])
            .current_dir(cwd)
            .env("HGRCPATH", "")
            .env("HGPLAIN", "1")
            .output()
            .unwrap()
    }

    pub fn hg_ok(&self, cwd: &Path, args: &[&str]) -> String {
        let out = self.hg(cwd, args);
        assert!(
            out.status.success(),
            "hg {args:?} failed: {}\n{}{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// The ssh URL of a repository on the master's public endpoint (sshd_hg, port 222),
    /// as developers clone and push: `ssh://hg@10.254.77.11:222/REPO`.
    pub fn push_url(&self, repo: &str) -> String {
        format!("ssh://{PUSH_USER}@{MASTER_IP}:{PASH_PORT}/{repo}")
    }

    /// Clone a repository from the master's public endpoint into a fresh folder and add
    /// a commit; `push` sends it back there (the clone's default path).
    pub fn clone_with_commit(&self, repo: &str, tmp: &Path, file: &str) -> PathBuf {
        let wc = tmp.join(repo.replace('/', "_"));
        let url = self.push_url(repo);
        self.hg_ok(tmp, &["clone", "-q", &url, wc.to_str().unwrap()]);
        std::fs::write(wc.join(file), format!("{file}\n")).unwrap();
        self.hg_ok(&wc, &["add", file]);
        self.hg_ok(&wc, &["commit", "-m", &format!("add {file}")]);
        wc
    }

    pub fn push(&self, wc: &Path) -> Output {
        self.hg(wc, &["push", "-r", "."])
    }
}
