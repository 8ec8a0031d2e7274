//! Master failover, repository retirement and Try head merges against the lab: the
//! hg-master-monitor stand-ins on hgssh1/hgssh2 start and stop real processes for
//! hg-master.target and its units; Try is a real repository with thousands of draft heads.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::lab::{Lab, HGWEBS, MASTER};
use crate::test::Test;

pub const TESTS: &[crate::LabTest] = tests!(
    "master::";
    failover_there_and_back_never_runs_two_masters,
    failover_refuses_two_master_files,
    failover_refuses_an_unreachable_target,
    failover_refuses_a_target_already_active,
    failover_interrupted_in_the_wait_offers_the_old_file_back,
    retire_moves_aside_and_empties_the_mirrors,
    retire_via_replication,
    retire_refuses_to_overwrite_and_wrong_names,
    merge_try_heads_leaves_one_head_and_resumes,
    merge_try_heads_while_a_developer_pushes_to_try,
);

const SSH1: &str = "hgssh1.lab.test";
const SSH2: &str = "hgssh2.lab.test";

impl Lab {
    pub fn shared(&self) -> PathBuf {
        self.dir.join("shared/repo_hg")
    }

    pub fn master_files(&self) -> BTreeSet<String> {
        std::fs::read_dir(self.shared())
            .unwrap()
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter(|n| n.starts_with("master."))
            .collect()
    }

    /// Is a unit's process alive on a lab host (read from the stand-in's pid file, fast enough
    /// to sample every few milliseconds)?
    pub fn unit_alive(&self, short: &str, unit: &str) -> bool {
        let pidfile = self.dir.join(format!("hosts/{short}/systemd/{unit}.pid"));
        let Ok(pid) = std::fs::read_to_string(pidfile) else { return false };
        let Ok(stat) = std::fs::read_to_string(format!("/proc/{}/stat", pid.trim())) else {
            return false;
        };
        // The state is the field after the parenthesised command name; Z is a zombie.
        !stat.rsplit(')').next().unwrap_or("").trim_start().starts_with('Z')
    }

    /// Is hg-master.target's process alive on an hgssh host?
    pub fn target_active(&self, short: &str) -> bool {
        self.unit_alive(short, "hg-master.target")
    }

    fn monitor_conf(&self, short: &str, interval: u32, delay: u32) {
        let p = self.dir.join(format!("hosts/{short}/monitor.conf"));
        std::fs::write(p, format!("MONITOR_INTERVAL={interval}\nSTART_DELAY={delay}\n")).unwrap();
    }

    /// Wait until hgssh1 is the only master, with its target up (between tests).
    pub fn master_is_hgssh1(&self) {
        self.monitor_conf("hgssh1", 1, 2);
        self.monitor_conf("hgssh2", 1, 2);
        for f in self.master_files() {
            if f != format!("master.{SSH1}") {
                std::fs::remove_file(self.shared().join(f)).unwrap();
            }
        }
        std::fs::write(self.shared().join(format!("master.{SSH1}")), "").unwrap();
        let deadline = Instant::now() + Duration::from_secs(20);
        while !self.target_active("hgssh1") || self.target_active("hgssh2") {
            assert!(Instant::now() < deadline, "the lab did not settle on hgssh1 as master");
            std::thread::sleep(Duration::from_millis(200));
        }
    }
}

#[derive(Default)]
struct Watch {
    samples: u64,
    worst_files: usize,
    worst_active: usize,
    old_file_gone: Option<Instant>,
    old_target_stopped: Option<Instant>,
    new_file_seen: Option<Instant>,
    max_gap: Duration,
}

/// Sample the master files and both targets every 20 ms while `f` runs.
fn watched<T>(
    lab: &'static Lab,
    from: &'static str,
    to: &'static str,
    f: impl FnOnce() -> T,
) -> (T, Watch) {
    let stop = Arc::new(AtomicBool::new(false));
    let watch = Arc::new(Mutex::new(Watch::default()));
    let (s2, w2) = (stop.clone(), watch.clone());
    let (from_short, to_short) = (from.split('.').next().unwrap(), to.split('.').next().unwrap());
    let h = std::thread::spawn(move || {
        let mut last = Instant::now();
        while !s2.load(Ordering::SeqCst) {
            let files = lab.master_files();
            let active = [from_short, to_short].iter().filter(|s| lab.target_active(s)).count();
            let now = Instant::now();
            let mut w = w2.lock().unwrap();
            w.samples += 1;
            w.max_gap = w.max_gap.max(now - last);
            last = now;
            w.worst_files = w.worst_files.max(files.len());
            w.worst_active = w.worst_active.max(active);
            if w.old_file_gone.is_none() && !files.contains(&format!("master.{from}")) {
                w.old_file_gone = Some(now);
            }
            if w.old_file_gone.is_some()
                && w.old_target_stopped.is_none()
                && !lab.target_active(from_short)
            {
                w.old_target_stopped = Some(now);
            }
            if w.new_file_seen.is_none() && files.contains(&format!("master.{to}")) {
                w.new_file_seen = Some(now);
            }
            drop(w);
            std::thread::sleep(Duration::from_millis(20));
        }
    });
    let r = f();
    stop.store(true, Ordering::SeqCst);
    h.join().unwrap();
    let w = std::mem::take(&mut *watch.lock().unwrap());
    (r, w)
}

fn failover(lab: &'static Lab, from: &'static str, to: &'static str, wait: u64) {
    let (out, w) = watched(lab, from, to, || {
        lab.hgmo()
            .args(["--yes", "failover", "--from", from, "--to", to, "--wait", &wait.to_string()])
            .run()
    });
    out.code(0);
    assert!(w.samples > 100, "only {} samples", w.samples);
    // The sampler reads every 20 ms; on a loaded two-core machine a read can lag. 250 ms is
    // still far shorter than the failover's wait between the two master files (seconds),
    // so no moment with two files could fall between two readings.
    assert!(w.max_gap <= Duration::from_millis(250), "sampling gap {:?}", w.max_gap);
    assert_eq!(w.worst_files, 1, "two master files existed at once");
    assert!(w.worst_active <= 1, "two hg-master.target ran at once");
    let (gone, stopped, new) =
        (w.old_file_gone.unwrap(), w.old_target_stopped.unwrap(), w.new_file_seen.unwrap());
    assert!(new >= stopped, "the new master file appeared before the old target stopped");
    assert!(new - gone >= Duration::from_secs(wait), "only {:?} between the two files", new - gone);
    assert!(lab.target_active(to.split('.').next().unwrap()));
    assert!(!lab.target_active(from.split('.').next().unwrap()));
    assert_eq!(lab.master_files(), BTreeSet::from([format!("master.{to}")]));
    out.stdout_has(&format!("{to}| pulsenotifier.service"))
        .stdout_has(&format!("{from}| hg-master.target"));
    let units = out
        .stdout
        .lines()
        .filter(|l| l.starts_with(&format!("{to}|")))
        .filter(|l| l.ends_with(" active"))
        .count();
    assert!(units >= 9, "master-only units not all active on {to}:\n{}", out.stdout);
}

fn failover_there_and_back_never_runs_two_masters(lab: &'static Lab) {
    lab.master_is_hgssh1();
    failover(lab, SSH1, SSH2, 4);
    failover(lab, SSH2, SSH1, 4);
}

fn failover_refuses_two_master_files(lab: &Lab) {
    lab.master_is_hgssh1();
    lab.monitor_conf("hgssh2", 30, 30); // keep hgssh2's monitor from acting during the test
    std::thread::sleep(Duration::from_millis(1500));
    let extra = lab.shared().join(format!("master.{SSH2}"));
    std::fs::write(&extra, "").unwrap();
    let out = lab.hgmo().args(["--yes", "failover", "--to", SSH2, "--wait", "4"]).run();
    std::fs::remove_file(&extra).unwrap();
    out.code(3)
        .stderr_has("are not exactly master.hgssh1.lab.test")
        .stdout_has(&format!("found /repo/hg/master.{SSH2}"));
    assert!(lab.shared().join(format!("master.{SSH1}")).exists(), "the master file was removed");
    lab.master_is_hgssh1();
}

fn failover_refuses_an_unreachable_target(lab: &Lab) {
    lab.master_is_hgssh1();
    let text = std::fs::read_to_string(&lab.inventory).unwrap();
    let text = text.replacen("ssh = \"10.254.77.12\"", "ssh = \"10.254.77.99\"", 1);
    let text = text.replacen("[ssh]\n", "[ssh]\nconnect_timeout = 3\n", 1);
    let t = Test::new().write("inv.toml", &text);
    let p = t.path_of("inv.toml");
    let out = t.arg("-i").arg(p).args(["--yes", "failover", "--to", SSH2, "--wait", "4"]).run();
    out.code(1).stderr_has("cannot connect").stderr_has(SSH2);
    assert_eq!(lab.master_files(), BTreeSet::from([format!("master.{SSH1}")]));
    assert!(lab.target_active("hgssh1"));
}

fn failover_refuses_a_target_already_active(lab: &Lab) {
    lab.master_is_hgssh1();
    lab.monitor_conf("hgssh2", 30, 30);
    std::thread::sleep(Duration::from_millis(1500));
    // Start a stray hg-master.target process on hgssh2 behind the monitor's back.
    let state = lab.dir.join("hosts/hgssh2/systemd");
    lab.sh(SSH2, &format!("setsid /usr/local/bin/hgmo-lab-unit hg-master.target {} </dev/null >/dev/null 2>&1 & sleep 0.5", state.display()));
    assert!(lab.target_active("hgssh2"));
    let out = lab.hgmo().args(["--yes", "failover", "--to", SSH2, "--wait", "4"]).run();
    lab.sh(SSH2, "systemctl stop hg-master.target");
    out.code(3).stderr_has("hg-master.target is already running on hgssh2.lab.test");
    assert_eq!(lab.master_files(), BTreeSet::from([format!("master.{SSH1}")]));
    lab.master_is_hgssh1();
}

fn failover_interrupted_in_the_wait_offers_the_old_file_back(lab: &Lab) {
    lab.master_is_hgssh1();
    let (mut p, _dir) =
        lab.hgmo().args(["--yes", "failover", "--to", SSH2, "--wait", "30"]).spawn_pty(60_000);
    p.exp_string("of the wait left").unwrap();
    assert!(lab.master_files().is_empty(), "{:?}", lab.master_files());
    p.send_control('c').unwrap();
    p.exp_string("Undo it on hgssh1.lab.test now?").unwrap();
    p.send_line("y").unwrap();
    p.exp_string(&format!("restored /repo/hg/master.{SSH1}")).unwrap();
    let rest = p.exp_eof().unwrap();
    assert!(rest.contains("interrupted"), "{rest}");
    let status = p.process.wait().unwrap();
    assert_eq!(status, rexpect::process::wait::WaitStatus::Exited(p.process.child_pid, 130));
    assert_eq!(lab.master_files(), BTreeSet::from([format!("master.{SSH1}")]));
    lab.master_is_hgssh1();
    assert!(!lab.target_active("hgssh2"));
}

/// Create a repository on the master and mirror it to every hgweb host.
pub fn mirrored_repo(lab: &Lab, repo: &str) {
    let path = format!("/repo/hg/mozilla/{repo}");
    lab.sh(MASTER, &format!(
        "sudo -u hg sh -c 'mkdir -p $(dirname {path}) && /var/hg/venv_tools/bin/hg init {path} && echo x > /tmp/retire-$$ && cd {path} && cp /tmp/retire-$$ file && /var/hg/venv_tools/bin/hg add -q file && /var/hg/venv_tools/bin/hg commit -q -m init -u lab -d \"0 0\"' && sudo -u hg /var/hg/venv_tools/bin/hg -R {path} replicatesync >/dev/null"
    ));
    for h in HGWEBS {
        lab.sh(h, &format!("test -d {path}/.hg"));
    }
}

fn retire_and_check(lab: &Lab, repo: &str, extra: &[&str]) {
    mirrored_repo(lab, repo);
    let before: Vec<String> = HGWEBS.iter().map(|h| lab.sh(h, "ls /repo/hg/mozilla")).collect();
    let out = lab.hgmo().args(["--yes", "retire-repo", repo, "--confirm", repo]).args(extra).run();
    out.code(0);
    let path = format!("/repo/hg/mozilla/{repo}");
    lab.sh(MASTER, &format!("test -d /repo/hg/retired_repos/{repo}/.hg && test ! -e {path}"));
    let log = lab.sh(
        MASTER,
        &format!("/var/hg/venv_tools/bin/hg -R /repo/hg/retired_repos/{repo} log -T '{{desc}}'"),
    );
    assert_eq!(log, "init");
    for (h, b) in HGWEBS.iter().zip(&before) {
        lab.sh(h, &format!("test ! -e {path}"));
        assert_eq!(&lab.sh(h, "ls /repo/hg/mozilla"), b, "{h}: other repositories changed");
        lab.sh(
            h,
            "test -d /repo/hg/mozilla/mozilla-central/.hg && test -d /repo/hg/mozilla/try/.hg",
        );
    }
    lab.sh(MASTER, "test -d /repo/hg/mozilla/mozilla-central/.hg && test -d /repo/hg/mozilla/integration/autoland/.hg");
}

fn retire_moves_aside_and_empties_the_mirrors(lab: &Lab) {
    retire_and_check(lab, "projects/retire-direct", &[]);
}

fn retire_via_replication(lab: &Lab) {
    retire_and_check(lab, "projects/retire-replicated", &["--via-replication"]);
}

fn retire_refuses_to_overwrite_and_wrong_names(lab: &Lab) {
    let repo = "projects/retire-twice";
    retire_and_check(lab, repo, &[]);
    // Same name again: refused, and both copies stay as they are.
    mirrored_repo(lab, repo);
    let out = lab.hgmo().args(["--yes", "retire-repo", repo, "--confirm", repo]).run();
    out.code(3).stderr_has("already exists").stderr_has("nothing is ever overwritten");
    lab.sh(
        MASTER,
        &format!(
            "test -d /repo/hg/mozilla/{repo}/.hg && test -d /repo/hg/retired_repos/{repo}/.hg"
        ),
    );
    for h in HGWEBS {
        lab.sh(h, &format!("test -d /repo/hg/mozilla/{repo}/.hg"));
    }
    // A wrong typed name stops before anything moves.
    let other = "projects/retire-wrong-name";
    mirrored_repo(lab, other);
    let out = lab
        .hgmo()
        .args(["--yes", "retire-repo", other, "--confirm", "projects/retire-wrong"])
        .run();
    out.code(3).stderr_has("not confirmed");
    lab.sh(
        MASTER,
        &format!(
            "test -d /repo/hg/mozilla/{other}/.hg && test ! -e /repo/hg/retired_repos/{other}"
        ),
    );
    // User repositories are for their owners to delete.
    lab.hgmo()
        .args(["--yes", "retire-repo", "users/alice_example.com/scratch"])
        .run()
        .code(2)
        .stderr_has("user repository");
    lab.sh(MASTER, "test -d /repo/hg/mozilla/users/alice_example.com/scratch/.hg");
}

fn merge_try_heads_leaves_one_head_and_resumes(lab: &Lab) {
    let heads_revset = "head() and branch(default) and not public()";
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("scripts/make-try-heads.py");
    lab.sh(
        MASTER,
        &format!("sudo -u hg /usr/bin/python3 {} /repo/hg/mozilla/try 2000", script.display()),
    );
    let old: Vec<String> = lab
        .sh(MASTER, &format!("/var/hg/venv_tools/bin/hg -R /repo/hg/mozilla/try log -r '{heads_revset}' -T '{{node}}\\n'"))
        .lines()
        .map(String::from)
        .collect();
    assert!(old.len() >= 2000, "only {} heads", old.len());

    let work = tempfile::Builder::new().prefix("hgmo-try").tempdir().unwrap();
    let wd = work.path().join("try");
    // First run: interrupted during the merges.
    let (mut p, _d) = lab
        .hgmo()
        .args(["--yes", "merge-try-heads", "--batch", "100", "--workdir"])
        .arg(&wd)
        .spawn_pty(120_000);
    p.exp_string("merged 100/").unwrap();
    p.send_control('c').unwrap();
    let rest = p.exp_eof().unwrap();
    let status = p.process.wait().unwrap();
    assert_eq!(
        status,
        rexpect::process::wait::WaitStatus::Exited(p.process.child_pid, 130),
        "{rest}"
    );
    let partial =
        std::fs::read_to_string(wd.join(".hg/merge-try-heads/merge-tip")).expect("no resume point");
    assert!(!partial.trim().is_empty());
    let heads_on_master =
        lab.sh(MASTER, &format!("/var/hg/venv_tools/bin/hg -R /repo/hg/mozilla/try log -r '{heads_revset}' -T x | wc -c"));
    assert_eq!(
        heads_on_master.trim(),
        old.len().to_string(),
        "something was pushed after the interrupt"
    );

    // Second run resumes and pushes.
    let out = lab.hgmo().args(["--yes", "merge-try-heads", "--workdir"]).arg(&wd).run();
    out.code(0);
    let now: Vec<String> = lab
        .sh(MASTER, &format!("/var/hg/venv_tools/bin/hg -R /repo/hg/mozilla/try log -r '{heads_revset}' -T '{{node}}\\n'"))
        .lines()
        .map(String::from)
        .collect();
    assert_eq!(now.len(), 1, "{now:?}");
    let set = old.join("+");
    let missing = lab.sh(
        MASTER,
        &format!("/var/hg/venv_tools/bin/hg -R /repo/hg/mozilla/try log -r '({set}) - ::{}' -T x | wc -c", now[0]),
    );
    assert_eq!(missing.trim(), "0", "some old heads are not ancestors of the new head");
    let merges = lab.sh(
        MASTER,
        &format!(
            "/var/hg/venv_tools/bin/hg -R /repo/hg/mozilla/try log -r '::{} and desc(\"Merge try head\")' -T x | wc -c",
            now[0]
        ),
    );
    assert_eq!(merges.trim(), old.len().to_string(), "heads merged twice or not at all");
}

/// A developer pushes to Try while the heads are merged (issue 13, point 1): the push of the
/// chain goes through the public endpoint as developers' do, the run succeeds, every head it
/// merged is an ancestor of the pushed tip, and the developer's new head is listed as pushed
/// meanwhile (and left alone).
fn merge_try_heads_while_a_developer_pushes_to_try(lab: &'static Lab) {
    let heads_revset = "head() and branch(default) and not public()";
    let hg = "/var/hg/venv_tools/bin/hg -R /repo/hg/mozilla/try";
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("scripts/make-try-heads.py");
    lab.sh(
        MASTER,
        &format!("sudo -u hg /usr/bin/python3 {} /repo/hg/mozilla/try 50", script.display()),
    );
    let old: Vec<String> = lab
        .sh(MASTER, &format!("{hg} log -r '{heads_revset}' -T '{{node}}\\n'"))
        .lines()
        .map(String::from)
        .collect();
    assert!(old.len() >= 50, "only {} heads", old.len());
    let work = tempfile::Builder::new().prefix("hgmo-try").tempdir().unwrap();
    let wd = work.path().join("try");
    let dev = tempfile::tempdir().unwrap();
    let dev_wc = dev.path().join("try");
    lab.hg_ok(dev.path(), &["clone", "-q", &lab.push_url("try"), dev_wc.to_str().unwrap()]);
    // No --yes: the push of the chain asks first; the developer pushes right then.
    let (mut p, _d) = lab
        .hgmo()
        .args(["merge-try-heads", "--batch", "20", "--workdir"])
        .arg(&wd)
        .spawn_pty(180_000);
    p.exp_string("Push the merge chain to Try").unwrap();
    p.exp_string("[y]es / [n]o, stop here").unwrap();
    std::fs::write(dev_wc.join("developer.txt"), "a try push\n").unwrap();
    lab.hg_ok(&dev_wc, &["add", "developer.txt"]);
    lab.hg_ok(&dev_wc, &["commit", "-m", "try: -b do -p all"]);
    let out = lab.hg(&dev_wc, &["push", "-f", "-r", "."]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let developer = lab.hg_ok(&dev_wc, &["log", "-r", ".", "-T", "{node}"]);
    p.send_line("y").unwrap();
    let rest = p.exp_eof().unwrap();
    let status = p.process.wait().unwrap();
    assert_eq!(
        status,
        rexpect::process::wait::WaitStatus::Exited(p.process.child_pid, 0),
        "{rest}"
    );
    assert!(
        rest.contains(&format!("pushed meanwhile, not merged: {}", &developer[..12])),
        "{rest}"
    );
    let tip = std::fs::read_to_string(wd.join(".hg/merge-try-heads/merge-tip")).unwrap();
    let tip = tip.trim();
    let set = old.join("+");
    let missing = lab.sh(MASTER, &format!("{hg} log -r '({set}) - ::{tip}' -T x | wc -c"));
    assert_eq!(missing.trim(), "0", "some merged heads are not ancestors of the pushed tip");
    let now: Vec<String> = lab
        .sh(MASTER, &format!("{hg} log -r '{heads_revset}' -T '{{node}}\\n'"))
        .lines()
        .map(String::from)
        .collect();
    assert_eq!(now.len(), 2, "{now:?}");
    assert!(now.contains(&developer), "{now:?}");
}
