//! Procedures run against the lab, each asserting the real effect on the hosts.

use std::time::Duration;

use crate::lab::{Lab, HGWEBS, MASTER};

pub const TESTS: &[crate::LabTest] = tests!(
    "";
    read_only_repo_refuses_a_real_push_until_cleared,
    read_only_all_refuses_every_push_until_cleared,
    read_only_set_twice_is_refused_and_keeps_the_reason,
    read_only_clear_when_writable_changes_nothing,
    fncache_check_finds_corruption_and_rebuild_fixes_it,
    replicate_hgrc_reaches_every_mirror,
    replicate_sync_brings_a_new_changeset_to_the_mirrors,
    failed_step_names_host_step_and_command,
    wrong_master_is_refused_before_any_change,
    lost_connection_stops_the_run_naming_the_step,
    unknown_host_key_is_refused,
    audit_log_records_each_action_and_no_secret,
    remote_control_characters_are_escaped,
    exec_mode_behaves_like_shell_mode,
    fan_out_runs_a_step_on_every_host_at_once,
    pty_no_stops_before_the_change,
    pty_yes_then_all_answers_the_rest,
    pty_ctrl_c_at_a_prompt_exits_130_and_restores_the_cursor,
    pty_ctrl_c_waits_for_the_remote_command,
);

const REASON: &str = "Tree closed for the merge day (bug 1234567)";

fn tmp() -> tempfile::TempDir {
    tempfile::Builder::new().prefix("hgmo-lab").tempdir().unwrap()
}

/// What a client printed: hg prints `remote:` lines on stdout and the abort on stderr.
fn stderr(o: &std::process::Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

fn read_only_repo_refuses_a_real_push_until_cleared(lab: &Lab) {
    let t = tmp();
    let wc = lab.clone_with_commit("mozilla-central", t.path(), "ro-repo.txt");

    let out =
        lab.hgmo().args(["--yes", "read-only", "set", "mozilla-central", "--reason", REASON]).run();
    out.code(0).stdout_has(REASON);
    let file = lab.sh(MASTER, "cat /repo/hg/mozilla/mozilla-central/.hg/readonlyreason");
    assert_eq!(file.trim(), REASON);
    let owner = lab.sh(MASTER, "stat -c %U /repo/hg/mozilla/mozilla-central/.hg/readonlyreason");
    assert_eq!(owner.trim(), "hg");

    let push = lab.push(&wc);
    assert!(!push.status.success(), "push to a read-only repo succeeded");
    let e = stderr(&push);
    assert!(e.contains("remote: repository is read only"), "{e}");
    assert!(e.contains(&format!("remote: {REASON}")), "{e}");
    assert!(e.contains("remote: refusing to add changesets"), "{e}");

    // Other repositories are still writable.
    let other = lab.clone_with_commit("integration/autoland", t.path(), "ro-other.txt");
    assert!(lab.push(&other).status.success());

    let st = lab.hgmo().args(["read-only", "status"]).run();
    st.code(0);
    assert!(st.stdout.contains(&format!("mozilla-central\tread-only\t{REASON}")), "{}", st.stdout);
    assert!(!st.stdout.contains("integration/autoland\tread-only"), "{}", st.stdout);
    lab.hgmo()
        .args(["read-only", "status", "integration/autoland"])
        .run()
        .code(0)
        .stdout_has("integration/autoland\twritable");

    lab.hgmo().args(["--yes", "read-only", "clear", "mozilla-central"]).run().code(0);
    let push = lab.push(&wc);
    assert!(push.status.success(), "push after clear failed: {}", stderr(&push));
    lab.hgmo()
        .args(["read-only", "status", "mozilla-central"])
        .run()
        .code(0)
        .stdout_has("mozilla-central\twritable");
}

fn read_only_all_refuses_every_push_until_cleared(lab: &Lab) {
    let t = tmp();
    let wc = lab.clone_with_commit("try", t.path(), "ro-all.txt");
    lab.hgmo()
        .args(["--yes", "read-only", "set", "--all", "--reason", "hg.mozilla.org maintenance"])
        .run()
        .code(0);
    assert_eq!(
        lab.sh("hgssh2.lab.test", "cat /repo/hg/readonlyreason").trim(),
        "hg.mozilla.org maintenance"
    );

    let push = lab.push(&wc);
    assert!(!push.status.success());
    let e = stderr(&push);
    assert!(e.contains("remote: all repositories currently read only"), "{e}");
    assert!(e.contains("remote: hg.mozilla.org maintenance"), "{e}");

    lab.hgmo()
        .args(["read-only", "status"])
        .run()
        .code(0)
        .stdout_has("ALL REPOSITORIES\tread-only\thg.mozilla.org maintenance");

    lab.hgmo().args(["--yes", "read-only", "clear", "--all"]).run().code(0);
    assert!(lab.exec(MASTER, "test ! -e /repo/hg/readonlyreason").status.success());
    let push = lab.push(&wc);
    assert!(push.status.success(), "{}", stderr(&push));
}

fn read_only_set_twice_is_refused_and_keeps_the_reason(lab: &Lab) {
    lab.hgmo().args(["--yes", "read-only", "set", "try", "--reason", "first"]).run().code(0);
    let out = lab.hgmo().args(["--yes", "read-only", "set", "try", "--reason", "second"]).run();
    out.code(3).stderr_has("already read-only").stderr_has("refused");
    assert_eq!(lab.sh(MASTER, "cat /repo/hg/mozilla/try/.hg/readonlyreason").trim(), "first");
    // A missing repository is refused too, and nothing is created.
    let out = lab.hgmo().args(["--yes", "read-only", "set", "no/such/repo"]).run();
    out.code(3).stderr_has("there is no repository at /repo/hg/mozilla/no/such/repo");
    assert!(lab.exec(MASTER, "test ! -e /repo/hg/mozilla/no").status.success());
}

fn read_only_clear_when_writable_changes_nothing(lab: &Lab) {
    let out = lab.hgmo().args(["--yes", "read-only", "clear", "try"]).run();
    out.code(0)
        .stderr_has("skipped: already in place")
        .stdout_has("not read-only: nothing to clear");
    let steps: Vec<String> = out
        .audit_lines()
        .iter()
        .map(|l| format!("{}:{}", l["step"].as_str().unwrap(), l["outcome"].as_str().unwrap()))
        .collect();
    assert!(steps.contains(&"remove:skipped".to_string()), "{steps:?}");
    assert!(!steps.iter().any(|s| s == "remove:ok"), "{steps:?}");
}

fn fncache_check_finds_corruption_and_rebuild_fixes_it(lab: &Lab) {
    let repo = "/repo/hg/mozilla/mozilla-central";
    let entry = "data/dom/base/nsDocument.cpp.i";
    assert!(lab.sh(MASTER, &format!("cat {repo}/.hg/store/fncache")).lines().any(|l| l == entry));
    lab.hgmo()
        .args(["fncache", "check", "mozilla-central", "--path", "dom/base/nsDocument.cpp"])
        .run()
        .code(0);

    // Corrupt the master's fncache by removing the line (as a broken stream clone would see it).
    lab.sh(MASTER, &format!("grep -vxF '{entry}' {repo}/.hg/store/fncache > /tmp/fnc && cat /tmp/fnc > {repo}/.hg/store/fncache"));
    let out = lab
        .hgmo()
        .args(["fncache", "check", "mozilla-central", "--path", "dom/base/nsDocument.cpp"])
        .run();
    out.code(1)
        .stdout_has(&format!("{MASTER}| MISSING: {entry}"))
        .stderr_has("1 check(s) failed")
        .stderr_has(&format!("{MASTER}: {entry} is missing from the fncache of mozilla-central"));
    for web in HGWEBS {
        out.stdout_has(&format!("{web}| ok: {entry}"));
    }

    let out = lab.hgmo().args(["--yes", "fncache", "rebuild", "mozilla-central"]).run();
    out.code(0)
        .stdout_has(&format!("{MASTER}| adding {entry}"))
        .stdout_has("1 items added, 0 removed from fncache");
    for web in HGWEBS {
        out.stdout_has(&format!("{web}| fncache already up to date"));
    }
    lab.hgmo()
        .args(["fncache", "check", "mozilla-central", "--path", "dom/base/nsDocument.cpp"])
        .run()
        .code(0);
    let verify =
        lab.exec(MASTER, &format!("sudo -u hg /var/hg/venv_tools/bin/hg -R {repo} verify"));
    assert!(
        verify.status.success(),
        "hg verify failed: {}",
        String::from_utf8_lossy(&verify.stdout)
    );
    // The backup was taken before the rebuild and still lacks the entry.
    let backups = lab.sh(MASTER, &format!("ls {repo}/.hg/store/ | grep '^fncache.bak-'"));
    let backup = backups.lines().last().unwrap();
    let content = lab.sh(MASTER, &format!("cat {repo}/.hg/store/{backup}"));
    assert!(!content.lines().any(|l| l == entry));
    lab.sh(MASTER, &format!("rm -f {repo}/.hg/store/fncache.bak-*"));
    for web in HGWEBS {
        lab.sh(web, &format!("rm -f {repo}/.hg/store/fncache.bak-*"));
    }
}

fn replicate_hgrc_reaches_every_mirror(lab: &Lab) {
    let repo = "/repo/hg/mozilla/integration/autoland";
    let marker = format!("# lab marker {}", std::process::id());
    lab.sh(
        MASTER,
        &format!("printf '[hooks]\\n{marker}\\n' | sudo -u hg tee -a {repo}/.hg/hgrc >/dev/null"),
    );
    for web in HGWEBS {
        assert!(!lab
            .sh(web, &format!("cat {repo}/.hg/hgrc 2>/dev/null || true"))
            .contains(&marker));
    }
    lab.hgmo()
        .args(["--yes", "replicate", "hgrc", "integration/autoland"])
        .run()
        .code(0)
        .stdout_has("recorded hgrc in replication log");
    for web in HGWEBS {
        let hgrc = lab.sh(web, &format!("cat {repo}/.hg/hgrc"));
        assert!(hgrc.contains(&marker), "{web}: {hgrc}");
    }
}

fn replicate_sync_brings_a_new_changeset_to_the_mirrors(lab: &Lab) {
    let t = tmp();
    let wc = lab.clone_with_commit(
        "integration/autoland",
        t.path(),
        &format!("sync-{}.txt", std::process::id()),
    );
    let push = lab.push(&wc);
    assert!(push.status.success(), "{}", stderr(&push));
    let node = lab.hg_ok(&wc, &["log", "-r", ".", "-T", "{node}"]);
    let repo = "/repo/hg/mozilla/integration/autoland";
    for web in HGWEBS {
        let has = lab.exec(web, &format!("/var/hg/venv_tools/bin/hg -R {repo} log -r {node} -T x"));
        assert!(!has.status.success(), "{web} already has {node}");
    }
    let out = lab.hgmo().args(["--yes", "replicate", "sync", "integration/autoland"]).run();
    out.code(0).stdout_has("wrote synchronization message into replication log");
    for web in HGWEBS {
        let tip = lab
            .sh(web, &format!("/var/hg/venv_tools/bin/hg -R {repo} log -r {node} -T '{{node}}'"));
        assert_eq!(tip.trim(), node.trim(), "{web}");
    }
}

fn failed_step_names_host_step_and_command(lab: &Lab) {
    let out = lab
        .hgmo_with_paths("hg_tools = \"/bin/false\"")
        .args(["--yes", "replicate", "sync", "try"])
        .run();
    out.code(1).stderr_has(&format!(
        "step 3 (replicatesync) on {MASTER}: `sudo -n -u hg -- /bin/false -R /repo/hg/mozilla/try replicatesync` exited with status 1"
    ));
    out.stderr_has("State of the run").stderr_has("FAILED");
}

fn lost_connection_stops_the_run_naming_the_step(lab: &Lab) {
    lab.sh(
        MASTER,
        "printf '#!/bin/sh\\nsleep 5\\n' > /var/hg/slow-hg && chmod 755 /var/hg/slow-hg",
    );
    let t = lab.hgmo_with_paths("hg_tools = \"/var/hg/slow-hg\"").args([
        "--yes",
        "replicate",
        "hgrc",
        "try",
    ]);
    let child = t.spawn();
    // Once the slow step runs, kill every ssh session process on the master (the listening
    // sshd survives): the connection drops mid-step.
    let mut killed = false;
    for _ in 0..50 {
        std::thread::sleep(Duration::from_millis(100));
        if lab.exec(MASTER, "pgrep -f '^/bin/sh /var/hg/slow-hg'").status.success() {
            lab.exec(MASTER, "pkill -KILL -f '^sshd: operator'");
            killed = true;
            break;
        }
    }
    assert!(killed, "the slow step never started");
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains(&format!("step 3 (replicatehgrc) on {MASTER}: connection lost while running `sudo -n -u hg -- /var/hg/slow-hg -R /repo/hg/mozilla/try replicatehgrc`")),
        "{err}"
    );
    assert!(err.contains("State of the run"), "{err}");
    drop(t);
}

fn wrong_master_is_refused_before_any_change(lab: &Lab) {
    let text = std::fs::read_to_string(&lab.inventory).unwrap();
    let text = text.replacen(
        "roles = [\"hgssh\"]\nssh = \"10.254.77.12\"",
        "roles = [\"hgssh\"]\nssh = \"10.254.77.12\"\nmaster = true",
        1,
    );
    assert!(text.contains("master = true"), "lab inventory layout changed:\n{text}");
    let t = crate::test::Test::new().write("inv.toml", &text);
    let p = t.path_of("inv.toml");
    let out = t.arg("-i").arg(p).args(["--yes", "read-only", "set", "try"]).run();
    out.code(3).stderr_has("/repo/hg/master.hgssh2.lab.test does not exist");
    assert!(lab.exec(MASTER, "test ! -e /repo/hg/mozilla/try/.hg/readonlyreason").status.success());
}

fn unknown_host_key_is_refused(lab: &Lab) {
    let t = tmp();
    let empty = t.path().join("known_hosts");
    std::fs::write(&empty, "").unwrap();
    let text = std::fs::read_to_string(&lab.inventory).unwrap();
    let mut lines: Vec<String> =
        text.lines().filter(|l| !l.starts_with("known_hosts_file")).map(String::from).collect();
    let at = lines.iter().position(|l| l == "[ssh]").unwrap();
    lines.insert(at + 1, format!("known_hosts_file = \"{}\"", empty.display()));
    let tt = crate::test::Test::new().write("inv.toml", &(lines.join("\n") + "\n"));
    let p = tt.path_of("inv.toml");
    let out = tt.arg("-i").arg(p).args(["--yes", "read-only", "set", "try"]).run();
    out.code(1).stderr_has("cannot connect").stderr_has(MASTER);
    assert!(std::fs::read_to_string(&empty).unwrap().is_empty(), "the unknown key was added");
    assert!(lab.exec(MASTER, "test ! -e /repo/hg/mozilla/try/.hg/readonlyreason").status.success());
    crate::lab_faults::record(
        "unknown host key",
        "the lab inventory with an empty known_hosts_file (strict checking, the default)",
        1,
        "refused to connect, naming the host; the key was not added; no change",
        "nothing",
    );
}

fn audit_log_records_each_action_and_no_secret(lab: &Lab) {
    let secret = "s3cret-lb-password-do-not-log";
    let out = lab
        .hgmo()
        .env("HGMO_CTL_LB_PASSWORD", secret)
        .env("HGMO_CTL_LB_USER", "lbadmin")
        .args(["--yes", "-v", "read-only", "set", "try", "--reason", "audited"])
        .run();
    out.code(0);
    let lines = out.audit_lines();
    let steps: Vec<&str> = lines.iter().map(|l| l["step"].as_str().unwrap()).collect();
    // Sudo is checked first (before any change), then the operators' lock is taken; it is
    // released last.
    assert_eq!(
        steps,
        ["sudo check", "lock", "master", "exists", "not-read-only", "write", "verify", "unlock"]
    );
    assert_eq!(lines[0]["command"], "sudo -k -n true");
    let run_ids: std::collections::HashSet<&str> =
        lines.iter().map(|l| l["run_id"].as_str().unwrap()).collect();
    assert_eq!(run_ids.len(), 1);
    for l in &lines {
        assert_eq!(l["operator"], "test-operator");
        assert_eq!(l["procedure"], "read-only-set");
        assert_eq!(l["host"], MASTER);
        assert!(l["exit_status"] == 0 || l["step"] == "unlock", "{l}");
        assert!(l["time"].as_str().unwrap().ends_with('Z'));
        assert!(l["duration_ms"].is_u64());
    }
    assert!(lines[5]["command"].as_str().unwrap().contains(" - audited /repo/hg/mozilla/try/"));
    assert!(lines[5]["command"].as_str().unwrap().starts_with("sudo -n -u hg -- sh -c "));
    let path = out.dir.path().join("state/hgmo-ctl/audit.jsonl");
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
    assert_eq!(
        std::fs::metadata(path.parent().unwrap()).unwrap().permissions().mode() & 0o777,
        0o700
    );
    let raw = std::fs::read_to_string(&path).unwrap();
    assert!(!raw.contains(secret) && !out.stdout.contains(secret) && !out.stderr.contains(secret));
}

fn remote_control_characters_are_escaped(lab: &Lab) {
    lab.sh(MASTER, "printf 'evil \\033[2J\\033]0;owned\\007 reason\\n' > /repo/hg/mozilla/try/.hg/readonlyreason");
    let out = lab.hgmo().args(["read-only", "status", "try"]).run();
    out.code(0);
    assert!(!out.stdout.contains('\x1b') && !out.stdout.contains('\x07'), "{:?}", out.stdout);
    out.stdout_has("evil \\x1b[2J\\x1b]0;owned\\x07 reason");
    crate::lab_faults::record(
        "terminal control sequences in remote output",
        "a read-only reason holding ESC [2J, an OSC title sequence and BEL, shown by `read-only status`",
        1,
        "shown escaped (\\x1b, \\x07); no control byte reached the terminal",
        "nothing",
    );
}

// --- confirmations on a real pseudo-terminal -------------------------------------------

fn pty_no_stops_before_the_change(lab: &Lab) {
    let (mut p, dir) =
        lab.hgmo().args(["read-only", "set", "try", "--reason", "pty"]).spawn_pty(30_000);
    p.exp_string("sudo -n -u hg -- sh -c").unwrap();
    p.exp_string("[y]es / [n]o, stop here / [a]ll remaining").unwrap();
    p.send_line("n").unwrap();
    p.exp_string("not confirmed").unwrap();
    let status = p.process.wait().unwrap();
    assert_eq!(status, rexpect::process::wait::WaitStatus::Exited(p.process.child_pid, 3));
    assert!(lab.exec(MASTER, "test ! -e /repo/hg/mozilla/try/.hg/readonlyreason").status.success());
    drop(dir);
}

fn pty_yes_then_all_answers_the_rest(lab: &Lab) {
    // Eight changes (backup and rebuild on the master and three hgweb hosts): "y", then "a".
    let (mut p, _dir) = lab.hgmo().args(["fncache", "rebuild", "try"]).spawn_pty(60_000);
    p.exp_string("Run this on hgssh1.lab.test? [y]es / [n]o, stop here / [a]ll remaining").unwrap();
    p.send_line("y").unwrap();
    p.exp_string("Run this on hgweb1.lab.test? [y]es / [n]o, stop here / [a]ll remaining").unwrap();
    p.send_line("a").unwrap();
    let rest = p.exp_eof().unwrap();
    // The answered prompt (for hgweb1's backup) is echoed and redrawn; no later step asks.
    assert_eq!(
        rest.matches("Run this on").count(),
        rest.matches("Run this on hgweb1.lab.test?").count(),
        "asked again after 'all':\n{rest}"
    );
    assert_eq!(rest.matches("Rebuild the fncache").count(), 4, "{rest}");
    assert!(rest.contains("done: "), "{rest}");
    let backups =
        lab.sh(MASTER, "ls /repo/hg/mozilla/try/.hg/store | grep -c '^fncache.bak-' || true");
    assert_eq!(backups.trim(), "1");
    for web in HGWEBS {
        lab.sh(web, "rm -f /repo/hg/mozilla/try/.hg/store/fncache.bak-*");
    }
    lab.sh(MASTER, "rm -f /repo/hg/mozilla/try/.hg/store/fncache.bak-*");
}

fn pty_ctrl_c_at_a_prompt_exits_130_and_restores_the_cursor(lab: &Lab) {
    let (mut p, _dir) =
        lab.hgmo().args(["read-only", "set", "--all", "--reason", "pty"]).spawn_pty(30_000);
    p.exp_string("[y]es / [n]o, stop here / [a]ll remaining").unwrap();
    p.send_control('c').unwrap();
    let rest = p.exp_eof().unwrap();
    assert!(rest.contains("\x1b[?25h"), "cursor not restored: {rest:?}");
    let status = p.process.wait().unwrap();
    assert_eq!(status, rexpect::process::wait::WaitStatus::Exited(p.process.child_pid, 130));
    assert!(lab.exec(MASTER, "test ! -e /repo/hg/readonlyreason").status.success());
    assert!(
        lab.exec(MASTER, "test ! -e /repo/hg/hgmo-ctl.lock").status.success(),
        "Ctrl-C at the prompt left the operators' lock behind"
    );
}

fn pty_ctrl_c_waits_for_the_remote_command(lab: &Lab) {
    // A tools hg that takes 3 seconds and leaves a mark when it has finished.
    for host in [MASTER].iter().chain(HGWEBS.iter()) {
        lab.sh(host, "rm -f /tmp/slow-hg-done; printf '#!/bin/sh\\nsleep 3\\ntouch /tmp/slow-hg-done\\necho slow hg finished\\n' > /var/hg/slow-hg && chmod 755 /var/hg/slow-hg");
    }
    let (mut p, dir) = lab
        .hgmo_with_paths("hg_tools = \"/var/hg/slow-hg\"")
        .args(["--yes", "replicate", "sync", "try"])
        .spawn_pty(30_000);
    p.exp_string("/var/hg/slow-hg -R /repo/hg/mozilla/try replicatesync").unwrap();
    std::thread::sleep(Duration::from_millis(800));
    p.send_control('c').unwrap();
    p.exp_string("stopping once the current remote command returns").unwrap();
    p.exp_string("slow hg finished").unwrap();
    let rest = p.exp_eof().unwrap();
    assert!(rest.contains("interrupted"), "{rest}");
    let status = p.process.wait().unwrap();
    assert_eq!(status, rexpect::process::wait::WaitStatus::Exited(p.process.child_pid, 130));
    assert!(
        lab.exec(MASTER, "test -e /tmp/slow-hg-done").status.success(),
        "the remote command was cut short"
    );
    let audit = std::fs::read_to_string(dir.path().join("state/hgmo-ctl/audit.jsonl")).unwrap();
    assert!(audit.contains("\"step\":\"replicatesync\""), "{audit}");
}

/// `[ssh] mode = "exec"` (one remote command per step) gives the same results as the
/// default shell mode: output, exit statuses, findings and failures.
fn exec_mode_behaves_like_shell_mode(lab: &Lab) {
    let text = std::fs::read_to_string(&lab.inventory).unwrap();
    let text = text.replacen("[ssh]\n", "[ssh]\nmode = \"exec\"\n", 1);
    let inv = |t: crate::test::Test| {
        let t = t.write("shell.toml", &text);
        let p = t.path_of("shell.toml");
        t.arg("-i").arg(p)
    };
    let out = inv(crate::test::Test::new())
        .args(["--yes", "read-only", "set", "try", "--reason", "shell mode"])
        .run();
    out.code(0).stdout_has(&format!("{MASTER}| shell mode"));
    let out = inv(crate::test::Test::new()).args(["read-only", "status"]).run();
    out.code(0).stdout_has("try\tread-only\tshell mode").stdout_has("other repositories\twritable");
    // A failing precondition, with its output.
    let out = inv(crate::test::Test::new()).args(["--yes", "read-only", "set", "try"]).run();
    out.code(3).stdout_has("already read-only: shell mode");
    inv(crate::test::Test::new()).args(["--yes", "read-only", "clear", "try"]).run().code(0);
    assert!(lab.exec(MASTER, "test ! -e /repo/hg/mozilla/try/.hg/readonlyreason").status.success());
    // A check that finds something on some hosts only.
    let repo = "/repo/hg/mozilla/try";
    lab.sh(MASTER, &format!("cp -p {repo}/.hg/store/fncache /tmp/fnc.bak && grep -vxF 'data/README.txt.i' /tmp/fnc.bak > {repo}/.hg/store/fncache"));
    let out = inv(crate::test::Test::new())
        .args(["fncache", "check", "try", "--path", "README.txt"])
        .run();
    lab.sh(MASTER, &format!("cat /tmp/fnc.bak > {repo}/.hg/store/fncache"));
    out.code(1).stdout_has(&format!("{MASTER}| MISSING")).stdout_has("hgweb2.lab.test| ok");
    // A failing step names its exit status.
    let t = crate::test::Test::new().write(
        "shell.toml",
        &text.replacen("[paths]\n", "[paths]\nhg_tools = \"/bin/false\"\n", 1),
    );
    let p = t.path_of("shell.toml");
    t.arg("-i")
        .arg(p)
        .args(["--yes", "replicate", "sync", "try"])
        .run()
        .code(1)
        .stderr_has("exited with status 1");
}

const FAN_OUT: &str = r#"name = "overlap"
title = "Fan-out check"
guide = "(test)"
usage = "hgmo-ctl runbook run overlap.toml"
purpose = "Each host records when its step ran; one host fails the second step."

[[steps]]
id = "stamp"
kind = "run"
as = "root"
on = "all"
title = "record start and end"
command = ["sh", "-c", "d=/tmp/hgmo-overlap; date +%s.%N > $d/$(uname -n).start; sleep 1; date +%s.%N > $d/$(uname -n).end"]

[[steps]]
id = "fail"
kind = "run"
as = "root"
on = "hgweb"
title = "fails on hgweb2"
command = ["sh", "-c", "touch /tmp/hgmo-overlap/$(uname -n).ran; test $(uname -n) != hgweb2.lab.test"]

[[steps]]
id = "after"
kind = "run"
as = "root"
on = "all"
title = "never reached"
command = ["touch", "/tmp/hgmo-overlap/after"]
"#;

/// With `--yes`, one step's actions on several hosts run at once: every host's step starts
/// before any ends (each sleeps 1 s). A failure on one host stops the run after that step:
/// the other hosts' results are recorded, the next step never starts, and the state report
/// and the journal say which host failed.
fn fan_out_runs_a_step_on_every_host_at_once(lab: &Lab) {
    let dir = std::path::Path::new("/tmp/hgmo-overlap");
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir).unwrap();
    let t = lab.hgmo().write("overlap.toml", FAN_OUT);
    let rb = t.path_of("overlap.toml");
    let out = t.args(["--yes", "runbook", "run"]).arg(&rb).run();
    out.code(1).stderr_has("hgweb2.lab.test").stderr_has("fail");
    let read =
        |f: &str| -> f64 { std::fs::read_to_string(dir.join(f)).unwrap().trim().parse().unwrap() };
    let hosts = ["hgssh1", "hgssh2", "hgweb1", "hgweb2", "hgweb3"].map(|h| format!("{h}.lab.test"));
    let starts: Vec<f64> = hosts.iter().map(|h| read(&format!("{h}.start"))).collect();
    let ends: Vec<f64> = hosts.iter().map(|h| read(&format!("{h}.end"))).collect();
    let last_start = starts.iter().cloned().fold(f64::MIN, f64::max);
    let first_end = ends.iter().cloned().fold(f64::MAX, f64::min);
    assert!(last_start < first_end, "not run at once: starts {starts:?}, ends {ends:?}");
    for h in ["hgweb1", "hgweb2", "hgweb3"] {
        assert!(dir.join(format!("{h}.lab.test.ran")).exists(), "{h} did not run the failing step");
    }
    assert!(!dir.join("after").exists(), "the step after the failure ran");
    // The journal: hgweb1 and hgweb3 done, hgweb2 failed, the last step not run.
    let runs = out.dir.path().join("state/hgmo-ctl/runs");
    let journal = std::fs::read_dir(&runs).unwrap().next().unwrap().unwrap().path();
    let j: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(journal).unwrap()).unwrap();
    let states: Vec<String> =
        j["states"].as_array().unwrap().iter().map(|s| s.as_str().unwrap().to_string()).collect();
    assert_eq!(&states[..5], ["done"; 5], "{states:?}");
    assert_eq!(&states[5..8], ["done", "failed", "done"], "{states:?}");
    assert!(states[8..].iter().all(|s| s == "pending"), "{states:?}");
    let _ = std::fs::remove_dir_all(dir);
}
