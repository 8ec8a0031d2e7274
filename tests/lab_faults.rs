//! Faults injected while procedures run (issue 8): the tool killed at every step boundary of
//! a rolling restart and resumed; the load balancer failing in the middle of a run; a host's
//! sshd killed mid-step; a host that accepts TCP but never speaks SSH; the terminal going
//! away; the disk filling up while a file is written. After each, the safety invariants are
//! checked: at most one node out of service, no Apache restarted twice, the lock released,
//! the journal and the exit code telling what happened, nothing lost.
//!
//! Each test adds a line to `$HGMO_RELIABILITY_OUT` (when set) that `scripts/reliability`
//! turns into RELIABILITY.md.

use std::collections::BTreeSet;
use std::path::Path;
use std::time::{Duration, Instant};

use crate::lab::{Lab, HGWEBS, MASTER};
use crate::load::Sampler;

pub const TESTS: &[crate::LabTest] = tests!(
    "faults::";
    rolling_restart_killed_at_every_step_boundary_then_resumed,
    load_balancer_fails_in_the_middle_of_a_run,
    sshd_killed_while_a_host_drains,
    network_cut_during_a_drain_wait,
    sshd_killed_during_a_failover,
    sshd_killed_during_a_retire,
    sshd_killed_during_a_reclone,
    disk_full_on_a_mirror_during_a_reclone,
    host_that_accepts_tcp_but_never_speaks_ssh,
    closed_output_pipe_does_not_stop_a_run,
    disk_full_while_writing_the_groups_file,
    security_no_secret_anywhere_and_owner_only_state,
    security_repo_names_reach_the_host_byte_for_byte,
);

/// One row of RELIABILITY.md.
pub fn record(fault: &str, injection: &str, cases: usize, did: &str, lost: &str) {
    let Some(path) = std::env::var_os("HGMO_RELIABILITY_OUT") else { return };
    let line = serde_json::json!({
        "fault": fault, "injection": injection, "cases": cases, "did": did, "lost": lost,
    });
    use std::io::Write;
    let mut f = std::fs::OpenOptions::new().create(true).append(true).open(path).unwrap();
    writeln!(f, "{line}").unwrap();
}

fn all_pids(lab: &Lab) -> Vec<BTreeSet<u32>> {
    HGWEBS.iter().map(|h| lab.apache_pids(h)).collect()
}

/// A host's network link up or down (`ip link set eth0 STATE` in its namespace).
pub fn set_link(short: &str, state: &str) {
    let ok = std::process::Command::new("ip")
        .args(["-n", &format!("hgmolab-{short}"), "link", "set", "eth0", state])
        .status()
        .unwrap()
        .success();
    assert!(ok, "ip link set eth0 {state} in {short}");
}

pub fn lock_exists(lab: &Lab) -> bool {
    lab.shared().join("hgmo-ctl.lock").exists()
}

fn sampler(lab: &Lab) -> Sampler {
    Sampler::start(&lab.socket(), "hgweb-http", Duration::from_millis(20))
}

/// The journal of the only run in this state folder.
pub fn journal(state: &Path) -> Option<serde_json::Value> {
    let dir = state.join("hgmo-ctl/runs");
    let entry = std::fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok())
        .find(|e| e.path().extension().is_some_and(|x| x == "json"))?;
    serde_json::from_str(&std::fs::read_to_string(entry.path()).ok()?).ok()
}

pub fn states(j: &serde_json::Value) -> Vec<String> {
    j["states"].as_array().unwrap().iter().map(|s| s.as_str().unwrap().to_string()).collect()
}

/// Run `t` (a `restart-httpd`) in the background with a request held open on hgweb2 (no
/// complete headers), so that hgweb2 cannot drain; returns once hgweb2 reads DRAIN. Dropping
/// the stream lets hgweb2 drain.
fn run_with_hgweb2_held(
    lab: &Lab,
    t: &crate::test::Test,
) -> (std::process::Child, std::net::TcpStream) {
    let mut held = std::net::TcpStream::connect("10.254.77.22:80").unwrap();
    std::io::Write::write_all(&mut held, b"GET / HTTP/1.1\r\nHost: hgweb2\r\n").unwrap();
    let child = t.spawn();
    let started = Instant::now();
    while !lab.status_of("hgweb2").starts_with("DRAIN") {
        assert!(started.elapsed() < Duration::from_secs(60), "hgweb2 never drained");
        std::thread::sleep(Duration::from_millis(50));
    }
    (child, held)
}

/// The tool is SIGKILLed at each step boundary of a rolling restart (as soon as the journal
/// shows step k done), then `resume --yes` finishes the run: every Apache restarted exactly
/// once, every node back in service, never more than one out, the lock released.
fn rolling_restart_killed_at_every_step_boundary_then_resumed(lab: &'static Lab) {
    lab.all_ready();
    let plan = lab.hgmo().args(["-n", "--format", "json", "restart-httpd"]).run();
    plan.code(0);
    let plan: serde_json::Value = serde_json::from_str(&plan.stdout).unwrap();
    let actions = plan["actions"].as_array().unwrap();
    let restart_of: Vec<(usize, String)> = actions
        .iter()
        .enumerate()
        .filter(|(_, a)| a["step"] == "restart")
        .map(|(i, a)| (i, a["host"].as_str().unwrap().to_string()))
        .collect();
    let n = actions.len();
    let mut worst_out = 0;
    for k in 1..n {
        lab.all_ready();
        let before = all_pids(lab);
        let state = tempfile::tempdir().unwrap();
        let sampling = sampler(lab);
        let t = lab.hgmo().env("XDG_STATE_HOME", state.path()).args(["--yes", "restart-httpd"]);
        let mut child = t.spawn_quiet();
        let started = Instant::now();
        let at_kill = loop {
            if let Some(j) = journal(state.path()) {
                let s = states(&j);
                if s[..k].iter().all(|x| x == "done" || x == "skipped") {
                    child.kill().unwrap(); // SIGKILL
                    break s;
                }
            }
            assert!(started.elapsed() < Duration::from_secs(60), "step {k} never completed");
            assert!(child.try_wait().unwrap().is_none(), "the run ended before step {k}");
            std::thread::sleep(Duration::from_millis(2));
        };
        child.wait().unwrap();
        let after_kill = all_pids(lab);
        let out = lab.hgmo().env("XDG_STATE_HOME", state.path()).args(["--yes", "resume"]).run();
        let (out_max, what, _, _) = sampling.stop();
        worst_out = worst_out.max(out_max);
        assert!(out_max <= 1, "boundary {k}: {out_max} nodes out at once ({what})");
        out.code(0).stderr_has("resuming run");
        let after = all_pids(lab);
        for (h, (i, host)) in restart_of.iter().enumerate() {
            assert!(after[h].is_disjoint(&before[h]), "boundary {k}: {host} was never restarted");
            if at_kill[*i] == "done" {
                assert_eq!(after[h], after_kill[h], "boundary {k}: {host} was restarted twice");
            }
        }
        lab.assert_all_in_service();
        assert!(!lock_exists(lab), "boundary {k}: the lock was not released");
        let j = journal(state.path()).unwrap();
        assert_eq!(j["outcome"], "succeeded", "boundary {k}");
        assert!(states(&j).iter().all(|s| s == "done" || s == "skipped"), "boundary {k}");
    }
    record(
        "tool killed (SIGKILL) during a rolling restart, then `resume`",
        "kill -9 as soon as the journal shows step k done, for every k of the 22-step plan",
        n - 1,
        &format!("resume finished every run; at most {worst_out} node out of service; no Apache restarted twice; lock released; journal `succeeded`"),
        "nothing",
    );
}

/// The vTM API fails while hgweb2 drains (a request holds it): 401s, 500s, timeouts, and a
/// PUT whose re-read shows someone else's state. The run stops with the cause, reports where
/// each host stands, restarts nothing more, and never has two nodes out.
fn load_balancer_fails_in_the_middle_of_a_run(lab: &'static Lab) {
    let faults = [
        ("401 (credentials refused)", r#"{"status": 401, "count": 1000}"#, "", "401"),
        ("500 on every call", r#"{"status": 500, "count": 1000}"#, "", "gave up after 4 attempts"),
        ("timeouts", r#"{"delay": 3.0, "count": 1000}"#, "timeout = 1", "gave up after 4 attempts"),
        (
            "PUT applied, re-read differs",
            r#"{"put_drift": true, "count": 1000, "method": "PUT"}"#,
            "",
            "someone else changed the pool",
        ),
    ];
    let mut did = Vec::new();
    for (name, fault, extra, expect) in faults {
        lab.vtm("POST", "/_lab/reset", None);
        lab.all_ready();
        let before = all_pids(lab);
        let state = tempfile::tempdir().unwrap();
        let sampling = sampler(lab);
        let t =
            lab.zeus(extra).env("XDG_STATE_HOME", state.path()).args(["--yes", "restart-httpd"]);
        let (child, held) = run_with_hgweb2_held(lab, &t);
        lab.vtm("POST", "/_lab/faults", Some(fault));
        drop(held);
        let out = child.wait_with_output().unwrap();
        lab.vtm("POST", "/_lab/faults", Some(r#"{"clear": true}"#));
        let (out_max, what, _, _) = sampling.stop();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{name}: {stderr}");
        assert!(stderr.contains(expect), "{name}: no {expect:?} in {stderr}");
        assert!(stderr.contains("State of the run"), "{name}: no state report: {stderr}");
        assert!(out_max <= 1, "{name}: {out_max} nodes out at once ({what})");
        let after = all_pids(lab);
        assert!(after[0].is_disjoint(&before[0]), "{name}: hgweb1 was not restarted first");
        assert_eq!(after[1], before[1], "{name}: hgweb2 was restarted without its drain");
        assert_eq!(after[2], before[2], "{name}: hgweb3 was touched");
        assert!(!lock_exists(lab), "{name}: the lock was not released");
        let j = journal(state.path()).unwrap();
        assert_eq!(j["outcome"], "failed", "{name}");
        let s = states(&j);
        let failed = s.iter().position(|x| x == "failed").expect("a failed action");
        assert!(s[..failed].iter().all(|x| x == "done" || x == "skipped"), "{name}: {s:?}");
        assert!(s[failed + 1..].iter().all(|x| x == "pending"), "{name}: {s:?}");
        // The report names hgweb2's real state, whatever the fault left it in.
        assert!(stderr.contains("hgweb2.lab.test"), "{name}: {stderr}");
        did.push(name);
    }
    lab.vtm("POST", "/_lab/reset", None);
    lab.all_ready();
    record(
        "load balancer API fails mid-run (vTM)",
        "vTM stand-in faults injected while hgweb2 drains: 401s, 500s, 3 s delays against a 1 s timeout, PUTs undone before the re-read",
        did.len(),
        "stopped with exit 1 naming the cause, state report of every host; hgweb2 not restarted, hgweb3 untouched; at most 1 node out; lock released; journal `failed` at the failing step",
        "nothing",
    );
}

fn sshd_pids(lab: &Lab, short: &str) -> Vec<String> {
    let conf = lab.dir.join(format!("hosts/{short}/sshd_config"));
    let out = std::process::Command::new("pgrep")
        .args(["-f", &format!("sshd -D -f {}", conf.display())])
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).lines().map(String::from).collect()
}

/// Kill (SIGKILL) the sshd processes that serve the connections to a host: every
/// descendant of its sshd listener (for a login that is not root, OpenSSH's privileged
/// monitor and the user's own session process, `sshd: operator@notty`, one level below it).
/// The listener itself stays: in the lab it holds the host's namespaces.
pub fn kill_sshd(lab: &Lab, short: &str) {
    let children = |pid: &str| -> Vec<String> {
        let out = std::process::Command::new("pgrep").args(["-P", pid]).output().unwrap();
        String::from_utf8_lossy(&out.stdout).lines().map(String::from).collect()
    };
    let mut doomed = Vec::new();
    let mut todo: Vec<String> = sshd_pids(lab, short).iter().flat_map(|p| children(p)).collect();
    while let Some(pid) = todo.pop() {
        let comm = std::fs::read_to_string(format!("/proc/{pid}/comm")).unwrap_or_default();
        if comm.trim() == "sshd" {
            todo.extend(children(&pid));
            doomed.push(pid);
        }
    }
    for pid in doomed {
        let _ = std::process::Command::new("kill").args(["-KILL", &pid]).status();
    }
}

/// The sshd serving hgweb2's connection is killed while hgweb2 drains: the run stops
/// naming the host and step, hgweb2 stays out of service (never put back unchecked, never
/// restarted), the report says so; once sshd is back, `resume` finishes the restart.
fn sshd_killed_while_a_host_drains(lab: &'static Lab) {
    lab.all_ready();
    let before = all_pids(lab);
    let state = tempfile::tempdir().unwrap();
    let sampling = sampler(lab);
    let t = lab.hgmo().env("XDG_STATE_HOME", state.path()).args(["--yes", "restart-httpd"]);
    let (child, held) = run_with_hgweb2_held(lab, &t);
    std::thread::sleep(Duration::from_millis(300));
    kill_sshd(lab, "hgweb2");
    let out = child.wait_with_output().unwrap();
    drop(held);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("hgweb2.lab.test"), "{stderr}");
    assert!(stderr.contains("State of the run"), "{stderr}");
    let after = all_pids(lab);
    assert!(after[0].is_disjoint(&before[0]), "hgweb1 was not restarted first");
    assert_eq!(after[1], before[1], "hgweb2 was restarted although its drain never finished");
    assert_eq!(after[2], before[2], "hgweb3 was touched");
    assert!(!lock_exists(lab), "the lock was not released");
    let j = journal(state.path()).unwrap();
    assert_eq!(j["outcome"], "failed");
    // sshd is back: resume finishes the run.
    let out2 = lab.hgmo().env("XDG_STATE_HOME", state.path()).args(["--yes", "resume"]).run();
    let (out_max, what, _, _) = sampling.stop();
    out2.code(0);
    assert!(out_max <= 1, "{out_max} nodes out at once ({what})");
    let last = all_pids(lab);
    assert_eq!(last[0], after[0], "hgweb1 was restarted twice");
    assert!(last[1].is_disjoint(&before[1]) && last[2].is_disjoint(&before[2]));
    lab.assert_all_in_service();
    record(
        "a target host's sshd killed mid-step",
        "rolling restart: the sshd processes serving hgweb2's connection killed (SIGKILL) while hgweb2 drains, then `resume`",
        1,
        "stopped with exit 1 naming hgweb2 and the step; hgweb2 left out of service and not restarted, reported; resume finished; at most 1 node out",
        "nothing",
    );
}

/// A host whose port 22 accepts connections and never sends a banner: the run stops before
/// any step, within the connect timeout, naming the host; nothing changes anywhere.
fn host_that_accepts_tcp_but_never_speaks_ssh(lab: &'static Lab) {
    lab.all_ready();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let keep = std::thread::spawn(move || {
        let mut held = Vec::new();
        for c in listener.incoming().take(4) {
            held.push(c); // accepted, never answered
        }
        std::thread::sleep(Duration::from_secs(30));
    });
    let text = std::fs::read_to_string(&lab.inventory).unwrap();
    let text = text.replacen("[ssh]\n", "[ssh]\nconnect_timeout = 3\n", 1).replacen(
        "ssh = \"10.254.77.23\"",
        &format!("ssh = \"ssh://127.0.0.1:{port}\""),
        1,
    );
    let before = all_pids(lab);
    let started = Instant::now();
    let out = crate::test::Test::new().inventory(&text).args(["--yes", "restart-httpd"]).run();
    let took = started.elapsed();
    out.code(1).stderr_has("hgweb3.lab.test").stderr_has("before any step");
    assert!(took < Duration::from_secs(20), "took {took:?}");
    assert_eq!(all_pids(lab), before, "an Apache was restarted");
    lab.assert_all_in_service();
    assert!(!lock_exists(lab));
    drop(keep);
    record(
        "a host accepts TCP but never answers SSH",
        "inventory points hgweb3 at a local listener that accepts and stays silent; connect_timeout = 3",
        1,
        &format!("refused before any step after {:.1}s, naming the host; no change anywhere", took.as_secs_f64()),
        "nothing",
    );
}

/// The operator's terminal goes away (both outputs closed after three lines, as
/// `| head -n 3` does): the run still finishes, releases its
/// lock, and records everything in the journal.
fn closed_output_pipe_does_not_stop_a_run(lab: &'static Lab) {
    lab.all_ready();
    let before = all_pids(lab);
    let state = tempfile::tempdir().unwrap();
    let t = lab.hgmo().env("XDG_STATE_HOME", state.path()).args(["--yes", "restart-httpd"]);
    let mut child = t.spawn();
    // Read the first lines, then close both pipes, as `| head -n 3` does.
    let mut err = std::io::BufReader::new(child.stderr.take().unwrap());
    for _ in 0..3 {
        std::io::BufRead::read_line(&mut err, &mut String::new()).unwrap();
    }
    drop(err);
    drop(child.stdout.take());
    child.wait().unwrap();
    // The tool went on writing into closed pipes and must not have stopped.
    let mut waited = 0;
    while journal(state.path()).is_none_or(|j| j["outcome"] == "running") {
        std::thread::sleep(Duration::from_millis(100));
        waited += 1;
        assert!(waited < 300, "the run never ended");
    }
    let j = journal(state.path()).unwrap();
    assert_eq!(j["outcome"], "succeeded", "{j}");
    let after = all_pids(lab);
    for h in 0..3 {
        assert!(after[h].is_disjoint(&before[h]), "{} not restarted", HGWEBS[h]);
    }
    lab.assert_all_in_service();
    assert!(!lock_exists(lab), "the lock was not released");
    record(
        "the operator's terminal goes away",
        "rolling restart whose stdout and stderr pipes are closed after three lines (as `| head -n 3`)",
        1,
        "the run finished (journal `succeeded`), every host restarted and back in service, lock released",
        "nothing",
    );
}

/// The master's shared storage is full while the aggregator's groups file is rewritten: the
/// write fails with the reason, the original file is intact, no temporary file is left.
fn disk_full_while_writing_the_groups_file(lab: &'static Lab) {
    // The groups file is deployed from version-control-tools now (`aggregator groups sync`
    // changes the source and deploys it), so the master-side atomic write under test is the
    // clone bundle manifest's rewrite (`bundles drop`), on a repository of the full disk.
    let repo = "/repo/hg/mozilla/full";
    let file = format!("{repo}/.hg/clonebundles.manifest");
    let original = "https://cdn.example/full.zstd.hg BUNDLESPEC=zstd-v2\nhttps://cdn.example/full.packed1 BUNDLESPEC=none-packed1\n";
    // A 256 KiB tmpfs over /repo/hg in the master's mount namespace, with the master marker
    // and a repository with a manifest, then filled but for one page (which the run's lock
    // takes).
    let setup = format!(
        "set -e; mount -t tmpfs -o size=256k tmpfs /repo/hg; \
         touch /repo/hg/master.{MASTER}; mkdir -p {repo}/.hg; printf '{}' > {file}; chown -R hg:hg /repo/hg/mozilla; \
         dd if=/dev/zero of=/repo/hg/page bs=4k count=1 2>/dev/null; \
         dd if=/dev/zero of=/repo/hg/filler bs=4k 2>/dev/null || true; rm /repo/hg/page; sync",
        original.replace('\n', "\\n")
    );
    lab.sh(MASTER, &setup);
    let out = lab
        .hgmo()
        .args(["--yes", "bundles", "drop", "full", "--spec", "none-packed", "--confirm", "full"])
        .run();
    let content = lab.sh(MASTER, &format!("cat {file}; echo END; ls -a {repo}/.hg"));
    lab.sh(MASTER, "umount /repo/hg");
    out.code(1);
    assert!(
        out.stderr.contains("No space left on device") || out.stderr.contains("I/O error"),
        "the write error is not shown: {}",
        out.stderr
    );
    let (text, listing) = content.split_once("END").unwrap();
    assert_eq!(text, original, "the manifest changed");
    assert!(!listing.contains(".tmp."), "a temporary file was left: {listing}");
    record(
        "disk full while a file is written",
        "256 KiB tmpfs filled to the last block over the master's /repo/hg, then `bundles drop` rewrites a clone bundle manifest there",
        1,
        "stopped with exit 1 and the write error (`No space left on device`); the original manifest intact; no temporary file left",
        "nothing",
    );
}

/// Every file under `dir`, recursively.
pub fn files_under(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let Ok(rd) = std::fs::read_dir(dir) else { return out };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(files_under(&p));
        } else {
            out.push(p);
        }
    }
    out
}

/// A known vTM password and a webhook token go through a dry run, a reviewed plan, a
/// `--verbose` run that succeeds, one that fails (vTM 500s) and its incident note, and a
/// refused `apply`: neither appears in any output, plan, audit line, journal or note; every
/// state file is owner-only (0600, folders 0700).
fn security_no_secret_anywhere_and_owner_only_state(lab: &'static Lab) {
    lab.vtm("POST", "/_lab/reset", None);
    lab.all_ready();
    let password = {
        let c = std::fs::read_to_string(lab.env_value("LAB_VTM_CREDENTIALS")).unwrap();
        c.trim().split_once(':').unwrap().1.to_string()
    };
    let token = "T0KEN-hgmo-secret-do-not-print";
    let state = tempfile::tempdir().unwrap();
    let zeus = || {
        let t = lab.zeus("").env("XDG_STATE_HOME", state.path());
        // A webhook with the token (nothing listens on port 9: only a warning).
        let inv = t.path_of("zeus.toml");
        let mut text = std::fs::read_to_string(&inv).unwrap();
        text.push_str(&format!("\n[notify]\nwebhook = \"http://127.0.0.1:9/hooks/{token}\"\n"));
        std::fs::write(&inv, text).unwrap();
        t
    };
    let mut outputs = Vec::new();
    let o = zeus().args(["-n", "-v", "restart-httpd"]).run();
    o.code(0);
    outputs.push(("dry run", o.stdout.clone() + &o.stderr));
    let plan_dir = tempfile::tempdir().unwrap();
    let plan_file = plan_dir.path().join("plan.json");
    let o = zeus().arg("plan").arg("--out").arg(&plan_file).args(["--", "restart-httpd"]).run();
    o.code(0);
    outputs.push(("plan", o.stdout.clone() + &o.stderr));
    let o = zeus().args(["--yes", "-v", "restart-httpd"]).run();
    o.code(0);
    outputs.push(("verbose run", o.stdout.clone() + &o.stderr));
    lab.vtm("POST", "/_lab/faults", Some(r#"{"status": 500, "count": 1000}"#));
    let o = zeus().args(["--yes", "-v", "restart-httpd"]).run();
    lab.vtm("POST", "/_lab/faults", Some(r#"{"clear": true}"#));
    o.code(1);
    outputs.push(("failed run", o.stdout.clone() + &o.stderr));
    let o = zeus().args(["--yes", "apply"]).arg(&plan_file).run();
    outputs.push(("apply of a stale plan", o.stdout.clone() + &o.stderr));
    let o = zeus().args(["history"]).run();
    outputs.push(("history", o.stdout.clone() + &o.stderr));
    let mut searched = outputs.len();
    for (what, text) in &outputs {
        assert!(!text.contains(&password), "{what} shows the vTM password");
        assert!(!text.contains(token), "{what} shows the webhook token");
    }
    let mut files = files_under(state.path());
    files.extend(files_under(plan_dir.path()));
    assert!(files.iter().any(|f| f.to_string_lossy().contains("runs/")), "no journal: {files:?}");
    for f in &files {
        let raw = std::fs::read(f).unwrap();
        let text = String::from_utf8_lossy(&raw);
        assert!(!text.contains(&password), "{} holds the vTM password", f.display());
        assert!(!text.contains(token), "{} holds the webhook token", f.display());
        searched += 1;
    }
    use std::os::unix::fs::PermissionsExt;
    for f in files_under(state.path()) {
        let mode = std::fs::metadata(&f).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode & 0o077, 0, "{} is mode {mode:o}", f.display());
        let dir = f.parent().unwrap();
        let dmode = std::fs::metadata(dir).unwrap().permissions().mode() & 0o777;
        assert_eq!(dmode & 0o077, 0, "{} is mode {dmode:o}", dir.display());
    }
    lab.vtm("POST", "/_lab/reset", None);
    lab.all_ready();
    record(
        "credentials in outputs and state",
        "a known vTM password and webhook token through a dry run, a plan file, verbose runs (one failing), a refused apply, history; every output and every state file searched",
        searched,
        "neither appears anywhere; every state file owner-only (files 0600, folders 0700)",
        "nothing",
    );
}

const ECHO: &str = r#"name = "echo-args"
title = "Echo the arguments on the master"
guide = "(test)"
usage = "hgmo-ctl runbook run echo-args.toml -p repo=R -p text=T"
purpose = "Writes the two arguments, as the remote shell received them, to files."
master_check = true

[[params]]
name = "repo"
kind = "repo"
description = "Repository"

[[params]]
name = "text"
kind = "text"
description = "Free text"

[[steps]]
id = "echo"
kind = "run"
as = "root"
on = "master"
title = "write the arguments"
command = ["sh", "-c", 'printf "%s" "$1" > /tmp/hgmo-echo/repo; printf "%s" "$2" > /tmp/hgmo-echo/text', "-", "{repo}", "{text}"]
"#;

/// Names (and free text) from a seeded generator over an alphabet of allowed and hostile
/// characters (quotes, `$`, backticks, `;`, spaces, newlines, `..`, a leading `-` or `/`,
/// non-ASCII): each is either refused before any connection (exit 2, nothing in the audit
/// log) or reaches the master's shell byte for byte (written there, read back here).
fn security_repo_names_reach_the_host_byte_for_byte(lab: &'static Lab) {
    let dir = Path::new("/tmp/hgmo-echo");
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let alphabet: Vec<&str> = vec![
        "a", "z", "Q", "0", "9", ".", "_", "-", "/", "..", "'", "\"", "$", "`", ";", " ", "\n",
        "\t", "\\", "*", "?", "[", "~", "&", "|", "(", "$(id)", "é", "\u{202e}", ".hg", "%s",
    ];
    let mut cases: Vec<(String, String)> = [
        ("mozilla-central", "plain"),
        ("users/alice_example.com/scratch", "it's \"quoted\" $HOME `id` ;|&"),
        ("try", "line one\nline two\ttabbed"),
        ("-rf", "x"),
        ("../etc", "x"),
        ("a b", "x"),
        ("$(id)", "x"),
        ("try/.hg", "x"),
        ("é", "ünïcode ✓"),
    ]
    .iter()
    .map(|(a, b)| (a.to_string(), b.to_string()))
    .collect();
    for i in 0..60 {
        // Every other name from the allowed characters only (which still makes `//`, `..`,
        // a leading `-` or a trailing `/`).
        let letters = if i % 2 == 0 { &alphabet[..9] } else { &alphabet[..] };
        let mut word = |n: u64, from: &[&str]| -> String {
            let len = 1 + (next() % n) as usize;
            (0..len).map(|_| from[(next() % from.len() as u64) as usize]).collect()
        };
        let repo = word(12, letters);
        cases.push((repo, word(8, &alphabet)));
    }
    let (mut accepted, mut refused) = (0, 0);
    for (repo, text) in &cases {
        let _ = std::fs::remove_dir_all(dir);
        std::fs::create_dir_all(dir).unwrap();
        let t = lab.hgmo().write("echo-args.toml", ECHO);
        let rb = t.path_of("echo-args.toml");
        let out = t
            .args(["--yes", "runbook", "run"])
            .arg(&rb)
            .arg("-p")
            .arg(format!("repo={repo}"))
            .arg("-p")
            .arg(format!("text={text}"))
            .run();
        if out.code == 2 {
            assert!(out.audit_lines().is_empty(), "{repo:?}: refused after connecting");
            assert!(!dir.join("repo").exists(), "{repo:?}: refused but ran");
            refused += 1;
            continue;
        }
        assert_eq!(out.code, 0, "{repo:?} / {text:?}: {}", out.stderr);
        assert_eq!(std::fs::read(dir.join("repo")).unwrap(), repo.as_bytes(), "{repo:?}");
        assert_eq!(std::fs::read(dir.join("text")).unwrap(), text.as_bytes(), "{text:?}");
        accepted += 1;
    }
    let _ = std::fs::remove_dir_all(dir);
    assert!(accepted >= 3 && refused >= 5, "accepted {accepted}, refused {refused}");
    record(
        "repository names and free text with hostile characters",
        "seeded generator over allowed and hostile characters, plus hand-picked names; each run through `runbook run` on the master",
        cases.len(),
        &format!("{refused} refused before any connection (exit 2, nothing audited); {accepted} reached the remote shell byte for byte (repository and text)"),
        "nothing",
    );
}

/// Run `t` in the background; once the journal shows the action of `step` on `host` begun,
/// kill the sshd processes serving the connections to `victim`. Returns the run's output.
fn kill_sshd_at(
    lab: &Lab,
    t: crate::test::Test,
    state: &Path,
    at: (&str, &str),
    victim: &str,
) -> std::process::Output {
    let short = victim.split('.').next().unwrap();
    strike_at(t, state, at, || kill_sshd(lab, short))
}

/// Run `t` and call `strike` as soon as its journal shows `step` on `host` begun.
fn strike_at(
    t: crate::test::Test,
    state: &Path,
    (step, host): (&str, &str),
    strike: impl FnOnce(),
) -> std::process::Output {
    let mut child = t.spawn();
    let started = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            let out = child.wait_with_output().unwrap();
            panic!(
                "the run ended before {step} on {host} began: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        if let Some(j) = journal(state) {
            let actions = j["plan"]["actions"].as_array().unwrap();
            let i = actions
                .iter()
                .position(|a| a["step"] == step && a["host"] == host)
                .unwrap_or_else(|| panic!("no action {step} on {host}"));
            if j["states"][i] != "pending" {
                break;
            }
        }
        assert!(started.elapsed() < Duration::from_secs(120), "{step} on {host} never began");
        std::thread::sleep(Duration::from_millis(2));
    }
    strike();
    child.wait_with_output().unwrap()
}

/// hgssh2's sshd dies once the old master file is gone (a failover from hgssh1 to hgssh2):
/// the run stops before creating the new file; there is never more than one master file
/// (sampled every 10 ms) and never two hg-master.target; `resume` completes the failover.
fn sshd_killed_during_a_failover(lab: &'static Lab) {
    lab.master_is_hgssh1();
    let state = tempfile::tempdir().unwrap();
    let watch = crate::chaos::MasterWatch::start(lab);
    let t = lab.hgmo().env("XDG_STATE_HOME", state.path()).args([
        "--yes",
        "failover",
        "--from",
        MASTER,
        "--to",
        "hgssh2.lab.test",
        "--wait",
        "4",
    ]);
    let out = kill_sshd_at(lab, t, state.path(), ("old-stopped", MASTER), "hgssh2.lab.test");
    // old-stopped runs on the old master; kill hgssh2's sshd right after it began.
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("hgssh2.lab.test"), "{stderr}");
    assert!(lab.master_files().len() <= 1, "{:?}", lab.master_files());
    let out2 = lab.hgmo().env("XDG_STATE_HOME", state.path()).args(["--yes", "resume"]).run();
    let (files, active) = watch.stop();
    out2.code(0);
    assert_eq!(files, 1, "two master files existed at once");
    assert!(active <= 1, "two hg-master.target ran at once");
    assert_eq!(
        lab.master_files(),
        BTreeSet::from(["master.hgssh2.lab.test".to_string()]),
        "resume did not finish the failover"
    );
    assert!(lab.target_active("hgssh2") && !lab.target_active("hgssh1"));
    // Back to hgssh1 for the next tests.
    lab.hgmo()
        .args(["--yes", "failover", "--from", "hgssh2.lab.test", "--to", MASTER, "--wait", "4"])
        .run()
        .code(0);
    lab.master_is_hgssh1();
    record(
        "a target host's sshd killed mid-step (failover)",
        "failover hgssh1 -> hgssh2: hgssh2's sshd killed once the old master file was removed; then `resume`",
        1,
        "stopped with exit 1 naming hgssh2 before creating its master file; never two master files or two hg-master.target (sampled every 10 ms); resume completed the failover",
        "nothing",
    );
}

/// hgweb2's sshd dies while the master is being read (the `show` step, just before the move
/// and the deletion of the mirrors): the run stops at hgweb2's first step; the master's copy is
/// wholly in one place (never half-moved), each mirror whole or gone; `resume` finishes.
fn sshd_killed_during_a_retire(lab: &'static Lab) {
    // A name of its own each time: a kept lab (HGMO_LAB_KEEP) still has the last one retired.
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap();
    let repo = &format!("projects/retire-fault-{}", nanos.as_micros());
    crate::lab_master::mirrored_repo(lab, repo);
    let path = format!("/repo/hg/mozilla/{repo}");
    let retired = format!("/repo/hg/retired_repos/{repo}");
    let state = tempfile::tempdir().unwrap();
    let t = lab.hgmo().env("XDG_STATE_HOME", state.path()).args([
        "--yes",
        "retire-repo",
        repo,
        "--confirm",
        repo,
    ]);
    let out = kill_sshd_at(lab, t, state.path(), ("show", MASTER), "hgweb2.lab.test");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("hgweb2.lab.test"), "{stderr}");
    // Never half-moved: the master's repository is either wholly at its place or wholly
    // retired (it was moved before the mirrors were touched).
    lab.sh(
        MASTER,
        &format!("test ! -e {path} && /var/hg/venv_tools/bin/hg -R {retired} verify -q"),
    );
    for h in HGWEBS {
        let here = lab.exec(h, &format!("test -e {path}")).status.success();
        if here {
            lab.sh(h, &format!("/var/hg/venv_tools/bin/hg -R {path} verify -q"));
        }
    }
    let out2 = lab.hgmo().env("XDG_STATE_HOME", state.path()).args(["--yes", "resume"]).run();
    out2.code(0);
    for h in HGWEBS {
        lab.sh(h, &format!("test ! -e {path}"));
    }
    lab.sh(MASTER, &format!("test ! -e {path} && test -d {retired}/.hg && rm -rf {retired}"));
    record(
        "a target host's sshd killed mid-step (retire)",
        "retire-repo: the sshd serving hgweb2's connection killed while the master is read, before the move and the mirrors' deletion; then `resume`",
        1,
        "stopped with exit 1 naming hgweb2; the master's repository wholly retired (hg verify), each mirror whole or gone; resume finished",
        "nothing",
    );
}

/// hgweb2's sshd dies while its mirror is re-cloned: the run stops with hgweb2 out of
/// service (a half-made mirror is never put back), reported; `resume` finishes the re-clone
/// and puts it back with the master's tip.
fn sshd_killed_during_a_reclone(lab: &'static Lab) {
    lab.all_ready();
    let state = tempfile::tempdir().unwrap();
    let sampling = sampler(lab);
    let t = lab.hgmo().env("XDG_STATE_HOME", state.path()).args(["--yes", "reclone", "try"]);
    let out = kill_sshd_at(lab, t, state.path(), ("pull", "hgweb2.lab.test"), "hgweb2.lab.test");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("hgweb2.lab.test"), "{stderr}");
    assert!(stderr.contains("State of the run"), "{stderr}");
    assert!(
        lab.status_of("hgweb2").starts_with("MAINT"),
        "hgweb2 is {} with a half-made mirror",
        lab.status_of("hgweb2")
    );
    assert!(!lock_exists(lab), "the lock was not released");
    let out2 = lab.hgmo().env("XDG_STATE_HOME", state.path()).args(["--yes", "resume"]).run();
    let (out_max, what, _, _) = sampling.stop();
    out2.code(0);
    assert!(out_max <= 1, "{out_max} nodes out at once ({what})");
    lab.assert_all_in_service();
    let tip = |h: &str| {
        lab.sh(h, "/var/hg/venv_tools/bin/hg -R /repo/hg/mozilla/try log -r tip -T '{node}'")
    };
    assert_eq!(tip("hgweb2.lab.test"), tip(MASTER));
    record(
        "a target host's sshd killed mid-step (reclone)",
        "reclone try: hgweb2's sshd killed as its mirror is pulled; then `resume`",
        1,
        "stopped with exit 1; hgweb2 left out of service (MAINT) with its half-made mirror, reported; resume re-cloned it and put it back at the master's tip; at most 1 node out",
        "nothing",
    );
}

/// hgweb2's /repo/hg (its own filesystem) is full when its mirror is re-cloned: the clone
/// fails with "No space left on device", the run stops there with hgweb2 out of service and
/// hgweb3 not yet touched; once the space is back, `resume` finishes, every mirror at the
/// master's tip, and the clients under load saw no error.
fn disk_full_on_a_mirror_during_a_reclone(lab: &'static Lab) {
    lab.all_ready();
    lab.wait_steady(Duration::from_secs(2));
    let mark = "/repo/hg/mozilla/try/.hg/disk-full-mark";
    lab.sh("hgweb3.lab.test", &format!("echo before > {mark}"));
    let filler = lab.dir.join("hosts/hgweb2/repo_hg/.disk-full");
    let state = tempfile::tempdir().unwrap();
    let load = crate::load::Load::start(&lab.front(), 0, 1, 2);
    let sampling = sampler(lab);
    // Full once the old mirror is removed (its removal would make room otherwise).
    let t = lab.hgmo().env("XDG_STATE_HOME", state.path()).args(["--yes", "reclone", "try"]);
    let out =
        strike_at(t, state.path(), ("init", "hgweb2.lab.test"), || crate::chaos::fill(&filler));
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let result = std::panic::catch_unwind(|| {
        let df = lab.sh("hgweb2.lab.test", "df -k --output=avail /repo/hg | tail -n 1");
        assert_eq!(df.trim(), "0", "hgweb2's /repo/hg is not full");
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        assert!(stderr.contains("No space left on device"), "{stderr}");
        assert!(stderr.contains("State of the run"), "{stderr}");
        assert!(
            lab.status_of("hgweb2").starts_with("MAINT"),
            "hgweb2 is {} with no room for its mirror",
            lab.status_of("hgweb2")
        );
        assert_eq!(
            lab.sh("hgweb3.lab.test", &format!("cat {mark}")).trim(),
            "before",
            "hgweb3 was re-cloned after hgweb2 failed"
        );
        assert!(!lock_exists(lab), "the lock was not released");
    });
    std::fs::remove_file(&filler).unwrap();
    if let Err(e) = result {
        std::panic::resume_unwind(e);
    }
    let out2 = lab.hgmo().env("XDG_STATE_HOME", state.path()).args(["--yes", "resume"]).run();
    let (out_max, what, _, _) = sampling.stop();
    let tally = load.stop();
    out2.code(0);
    assert!(out_max <= 1, "{out_max} nodes out at once ({what})");
    lab.assert_all_in_service();
    let tip = |h: &str| {
        lab.sh(h, "/var/hg/venv_tools/bin/hg -R /repo/hg/mozilla/try log -r tip -T '{node}'")
    };
    for h in HGWEBS {
        assert_eq!(tip(h), tip(MASTER), "{h}'s try is not the master's");
    }
    lab.sh("hgweb3.lab.test", &format!("test ! -e {mark}"));
    assert_eq!(tally.failed, 0, "clients saw failures: {:?}", tally.failures);
    assert!(tally.ok > 0, "no client request was made");
    record(
        "a mirror's disk full (reclone)",
        "reclone try with hgweb2's /repo/hg (a 64 MiB filesystem of its own) full; then the space freed and `resume`",
        1,
        &format!("stopped with exit 1 at hgweb2's clone (\"No space left on device\" shown); hgweb2 left out of service (MAINT), hgweb3 untouched; resume re-cloned hgweb2 and hgweb3 at the master's tip; at most 1 node out; {} client requests, 0 failed", tally.ok),
        "nothing",
    );
}

/// hgweb2's network goes down (its link, inside its namespace) while it drains: the run
/// notices within a few keep-alive intervals, stops naming hgweb2, restarts nothing more;
/// once the link is back, `resume` finishes.
fn network_cut_during_a_drain_wait(lab: &'static Lab) {
    lab.all_ready();
    let before = all_pids(lab);
    let state = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(&lab.inventory).unwrap().replacen(
        "[ssh]\n",
        "[ssh]\nserver_alive_interval = 1\n",
        1,
    );
    let inventory =
        || crate::test::Test::new().inventory(&text).env("XDG_STATE_HOME", state.path());
    let t = inventory().args(["--yes", "restart-httpd"]);
    let (child, held) = run_with_hgweb2_held(lab, &t);
    std::thread::sleep(Duration::from_millis(500));
    let link = |state: &str| set_link("hgweb2", state);
    link("down");
    let cut = Instant::now();
    let out = child.wait_with_output().unwrap();
    let noticed = cut.elapsed();
    link("up");
    drop(held);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("hgweb2.lab.test"), "{stderr}");
    assert!(noticed < Duration::from_secs(30), "noticed after {noticed:?}");
    let after = all_pids(lab);
    assert_eq!(after[1], before[1], "hgweb2 was restarted");
    assert_eq!(after[2], before[2], "hgweb3 was touched");
    assert!(!lock_exists(lab), "the lock was not released");
    // The link is back: wait for sshd to answer, then resume.
    for _ in 0..100 {
        if std::net::TcpStream::connect_timeout(
            &"10.254.77.22:22".parse().unwrap(),
            Duration::from_millis(200),
        )
        .is_ok()
        {
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let out2 = inventory().args(["--yes", "resume"]).run();
    out2.code(0);
    let last = all_pids(lab);
    assert!(last[1].is_disjoint(&before[1]) && last[2].is_disjoint(&before[2]));
    lab.assert_all_in_service();
    record(
        "a host's network cut during a long wait",
        "rolling restart: `ip link set eth0 down` in hgweb2's namespace while it drains ([ssh] server_alive_interval = 1); link up, then `resume`",
        1,
        &format!("noticed after {:.1}s; stopped with exit 1 naming hgweb2, not restarted; resume finished", noticed.as_secs_f64()),
        "nothing",
    );
}
