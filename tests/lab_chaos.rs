//! Issue 17 (points 2 and 3): racing operators and the operator's own machine failing. Ten
//! runs started at the same instant against the same master; a lock holder killed and its
//! lock broken by two operators at once; the state folder's disk full while a run journals;
//! the terminal hung up in the middle of a remote command. After each: how many runs ran, what changed
//! (exactly once), the lock, the journal, and `resume`.

use std::process::{Child, Output};
use std::time::{Duration, Instant};

use crate::lab::{Lab, MASTER};
use crate::test::Test;

pub const TESTS: &[crate::LabTest] = tests!(
    "chaos::";
    ten_operators_start_at_once_and_one_holds_the_lock,
    a_killed_holder_and_two_operators_breaking_its_lock_at_once,
    state_disk_full_stops_before_the_next_change_and_resume_finishes,
    terminal_hangup_lets_the_remote_command_finish_and_resume_finishes,
);

const LOG: &str = "/repo/hg/chaos-test.log";
const LOCK: &str = "/repo/hg/hgmo-ctl.lock";

/// A site runbook: append this run's id to a file on the master (the change that must
/// happen exactly once), then hold the lock for `hold` seconds, then append it again with
/// `second` (a change after the wait).
fn runbook(name: &str, hold: u64) -> String {
    format!(
        r#"name = "{name}"
title = "Chaos: a change on the master, a wait, another change"
guide = "(test)"
usage = "hgmo-ctl runbook run {name}.toml"
purpose = "Appends this run's id to {LOG}, waits {hold} s with the lock held, appends it again."
master_check = true

[[steps]]
id = "first"
kind = "run"
on = "master"
as = "root"
title = "Append this run's id"
command = ["sh", "-c", 'sleep "$2"; echo "$1 first" >> {LOG}', "-", "{{run_id}}", "0"]

[[steps]]
id = "hold"
kind = "wait"
title = "Hold the lock"
seconds = {hold}

[[steps]]
id = "second"
kind = "run"
on = "master"
as = "root"
title = "Append it again"
command = ["sh", "-c", 'echo "$1 second" >> {LOG}', "-", "{{run_id}}"]
"#
    )
}

/// The command that runs `name`.toml (written into the test's folder) against the lab.
fn run_of(lab: &Lab, name: &str, text: &str, user: &str) -> Test {
    let t = lab.hgmo().env("USER", user).write(&format!("{name}.toml"), text);
    let file = t.path_of(&format!("{name}.toml"));
    t.args(["--yes", "runbook", "run"]).arg(file)
}

fn log_lines(lab: &Lab) -> Vec<String> {
    let out = lab.exec(MASTER, &format!("cat {LOG} 2>/dev/null"));
    String::from_utf8_lossy(&out.stdout).lines().map(String::from).collect()
}

fn lock_text(lab: &Lab) -> Option<String> {
    let out = lab.exec(MASTER, &format!("cat {LOCK}"));
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

fn wait_for(what: &str, secs: u64, mut ok: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(secs);
    while !ok() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn text(o: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

/// Ten operators start the same procedure at the same instant: exactly one takes the lock
/// and runs; the nine others are refused (exit 3) before any change, each naming the
/// holder; the change is made once; the lock is released at the end.
fn ten_operators_start_at_once_and_one_holds_the_lock(lab: &'static Lab) {
    lab.sh(MASTER, &format!("rm -f {LOG}"));
    let text_of = runbook("race", 4);
    let tests: Vec<Test> =
        (0..10).map(|i| run_of(lab, "race", &text_of, &format!("operator{i}"))).collect();
    // Every process exists before the first one connects.
    let children: Vec<Child> = tests.iter().map(Test::spawn).collect();
    let outs: Vec<Output> = children.into_iter().map(|c| c.wait_with_output().unwrap()).collect();
    let codes: Vec<i32> = outs.iter().map(|o| o.status.code().unwrap_or(-1)).collect();
    let winners: Vec<usize> = (0..10).filter(|&i| codes[i] == 0).collect();
    assert_eq!(winners.len(), 1, "exit codes {codes:?}");
    let w = winners[0];
    let lines = log_lines(lab);
    assert_eq!(lines.len(), 2, "changed more than once: {lines:?}");
    let run = lines[0].strip_suffix(" first").expect("the first change").to_string();
    assert_eq!(lines[1], format!("{run} second"));
    for (i, o) in outs.iter().enumerate().filter(|(i, _)| *i != w) {
        assert_eq!(codes[i], 3, "operator{i}: {}", text(o));
        let t = text(o);
        assert!(
            t.contains(&format!(": operator{w} since"))
                && t.contains(&format!("(run {run}, race)")),
            "operator{i} does not name the holder operator{w} / run {run}: {t}"
        );
    }
    assert!(lock_text(lab).is_none(), "the lock was not released");
    crate::lab_faults::record(
        "racing operators",
        "10 runs of one procedure started at the same instant against one master",
        10,
        "exactly one ran; 9 refused with exit 3 naming the holder and its run; the change made once; lock released",
        "nothing",
    );
}

/// The lock holder is SIGKILLed in the middle of its run (its lock stays, naming it); two
/// operators then run with `--break-lock` at the same instant: exactly one breaks the stale
/// lock and runs, the other is refused naming the new holder (not the killed one); the
/// killed run's change is not repeated and the new one happens once.
fn a_killed_holder_and_two_operators_breaking_its_lock_at_once(lab: &'static Lab) {
    lab.sh(MASTER, &format!("rm -f {LOG} {LOCK}"));
    let long = runbook("holder", 600);
    // (The Test owns the run's folders: it must outlive the process.)
    let holder_test = run_of(lab, "holder", &long, "holder");
    let holder = holder_test.spawn();
    wait_for("the holder's first change", 60, || log_lines(lab).len() == 1);
    let stale = lock_text(lab).expect("the holder's lock");
    let stale_run = log_lines(lab)[0].strip_suffix(" first").unwrap().to_string();
    assert!(stale.contains(&format!("run={stale_run}")), "{stale}");
    unsafe { libc::kill(holder.id() as i32, libc::SIGKILL) };
    let _ = holder.wait_with_output();
    assert_eq!(lock_text(lab).as_deref(), Some(stale.as_str()), "SIGKILL cannot release");

    let short = runbook("breaker", 3);
    let tests: Vec<Test> = ["breaker-a", "breaker-b"]
        .iter()
        .map(|u| run_of(lab, "breaker", &short, u).arg("--break-lock"))
        .collect();
    let children: Vec<Child> = tests.iter().map(Test::spawn).collect();
    let outs: Vec<Output> = children.into_iter().map(|c| c.wait_with_output().unwrap()).collect();
    let codes: Vec<i32> = outs.iter().map(|o| o.status.code().unwrap_or(-1)).collect();
    let lines = log_lines(lab);
    assert_eq!(
        codes.iter().filter(|c| **c == 0).count(),
        1,
        "exit codes {codes:?}; {lines:?}\n{}\n{}",
        text(&outs[0]),
        text(&outs[1])
    );
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert_eq!(lines[0], format!("{stale_run} first"), "the killed run's change");
    let run = lines[1].strip_suffix(" first").expect("the new run's first change").to_string();
    assert_ne!(run, stale_run);
    assert_eq!(lines[2], format!("{run} second"));
    let w = codes.iter().position(|c| *c == 0).unwrap();
    let l = 1 - w;
    assert_eq!(codes[l], 3, "{}", text(&outs[l]));
    let t = text(&outs[l]);
    assert!(
        t.contains(&format!("(run {run}, breaker)")),
        "the refused operator names a holder other than the new one: {t}"
    );
    assert!(lock_text(lab).is_none(), "the lock was not released");
    crate::lab_faults::record(
        "racing operators",
        "the lock holder SIGKILLed mid-run, then --break-lock by 2 operators at the same instant",
        1,
        "exactly one broke the stale lock and ran; the other refused naming the new holder; nothing changed twice",
        "nothing",
    );
}

/// The state folder (journal, audit log) is on a disk that fills up while the run waits
/// between two changes: the run stops before the second change, saying why, and releases
/// the lock; once there is space again, `resume` makes the second change, and only it.
fn state_disk_full_stops_before_the_next_change_and_resume_finishes(lab: &'static Lab) {
    lab.sh(MASTER, &format!("rm -f {LOG} {LOCK}"));
    let mnt = tempfile::tempdir().unwrap();
    let state = mnt.path().to_path_buf();
    let ok = std::process::Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=2m,mode=0700", "hgmo-ctl-state"])
        .arg(&state)
        .status()
        .unwrap();
    assert!(ok.success(), "mount tmpfs");
    struct Unmount(std::path::PathBuf);
    impl Drop for Unmount {
        fn drop(&mut self) {
            let _ = std::process::Command::new("umount").arg(&self.0).status();
        }
    }
    let _unmount = Unmount(state.clone());

    let t = run_of(lab, "full", &runbook("full", 4), "operator").env("XDG_STATE_HOME", &state);
    let child = t.spawn();
    wait_for("the first change", 60, || log_lines(lab).len() == 1);
    // Fill the disk to the last block while the run waits.
    let fill = state.join("fill");
    let _ = std::process::Command::new("dd")
        .args(["if=/dev/zero", "bs=4096"])
        .arg(format!("of={}", fill.display()))
        .stderr(std::process::Stdio::null())
        .status();
    let out = child.wait_with_output().unwrap();
    let said = text(&out);
    assert_eq!(out.status.code(), Some(1), "{said}");
    assert!(said.contains("No space left on device"), "the run does not say why: {said}");
    let lines = log_lines(lab);
    assert_eq!(lines.len(), 1, "a change after the disk filled up: {lines:?}");
    assert!(lock_text(lab).is_none(), "the lock was not released");

    std::fs::remove_file(&fill).unwrap();
    let resumed = lab.hgmo().env("XDG_STATE_HOME", &state).args(["--yes", "resume"]).run();
    resumed.code(0);
    let run = lines[0].strip_suffix(" first").unwrap();
    assert_eq!(log_lines(lab), [format!("{run} first"), format!("{run} second")]);
    assert!(lock_text(lab).is_none(), "resume left the lock");
    crate::lab_faults::record(
        "operator's disk full",
        "the state folder's tmpfs filled while a run waits between two changes",
        1,
        "stopped before the next change naming ENOSPC, lock released; resume made only the missing change",
        "nothing",
    );
}

/// The terminal hangs up (SIGHUP to the whole foreground process group, as when the window
/// closes) while a remote command runs: the command finishes, the run stops before the next
/// step (exit 130) with the lock released, and `resume` finishes the run.
fn terminal_hangup_lets_the_remote_command_finish_and_resume_finishes(lab: &'static Lab) {
    lab.sh(MASTER, &format!("rm -f {LOG} {LOCK}"));
    let slow = runbook("hangup", 1).replace(r#""{run_id}", "0"]"#, r#""{run_id}", "3"]"#);
    let t = run_of(lab, "hangup", &slow, "operator");
    let state = t.path_of("state");
    let (mut p, _dir) = t.spawn_pty(60_000);
    p.exp_string("Append this run's id").unwrap();
    std::thread::sleep(Duration::from_millis(1000));
    assert!(log_lines(lab).is_empty(), "the remote command finished too early for the test");
    let pid = p.process.child_pid.as_raw();
    unsafe { libc::kill(-pid, libc::SIGHUP) };
    let status = p.process.wait().unwrap();
    assert_eq!(status, rexpect::process::wait::WaitStatus::Exited(p.process.child_pid, 130));
    let lines = log_lines(lab);
    assert_eq!(lines.len(), 1, "the remote command was cut short: {lines:?}");
    assert!(lock_text(lab).is_none(), "the lock was not released");
    let resumed = lab.hgmo().env("XDG_STATE_HOME", &state).args(["--yes", "resume"]).run();
    resumed.code(0);
    let run = lines[0].strip_suffix(" first").unwrap();
    assert_eq!(log_lines(lab), [format!("{run} first"), format!("{run} second")]);
    crate::lab_faults::record(
        "terminal hung up",
        "SIGHUP to the foreground process group during a remote command",
        1,
        "the remote command finished; exit 130 before the next step; lock released; resume made only the missing change",
        "nothing",
    );
}
