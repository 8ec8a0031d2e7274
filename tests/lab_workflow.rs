//! One operator at a time (the lock on the master's shared storage) and notifications.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::lab::{Lab, MASTER};
use crate::test::Test;

pub const TESTS: &[crate::LabTest] = tests!(
    "workflow::";
    a_second_operator_is_refused_while_a_run_holds_the_lock,
    break_lock_takes_over_a_stale_lock_and_is_audited,
    runs_are_announced_on_the_webhook,
    plan_then_apply_and_refusals,
    killed_rolling_restart_resumes_without_repeating,
);

fn lock_exists(lab: &Lab) -> bool {
    lab.shared().join("hgmo-ctl.lock").exists()
}

fn a_second_operator_is_refused_while_a_run_holds_the_lock(lab: &'static Lab) {
    lab.sh(MASTER, "printf '#!/bin/sh\\nsleep 4\\necho slow done\\n' > /var/hg/slow-hg && chmod 755 /var/hg/slow-hg");
    let first = lab.hgmo_with_paths("hg_tools = \"/var/hg/slow-hg\"").args([
        "--yes",
        "replicate",
        "sync",
        "try",
    ]);
    let child = first.spawn();
    let mut waited = 0;
    while !lock_exists(lab) {
        std::thread::sleep(Duration::from_millis(100));
        waited += 1;
        assert!(waited < 100, "the first run never took the lock");
    }
    let lock = std::fs::read_to_string(lab.shared().join("hgmo-ctl.lock")).unwrap();
    assert!(
        lock.contains("operator=test-operator") && lock.contains("procedure=replicate-sync"),
        "{lock}"
    );
    let second = lab.hgmo().args(["--yes", "read-only", "set", "try", "--reason", "second"]).run();
    second
        .code(3)
        .stderr_has("another run holds the lock /repo/hg/hgmo-ctl.lock")
        .stderr_has("test-operator since")
        .stderr_has("replicate-sync");
    assert!(lab.exec(MASTER, "test ! -e /repo/hg/mozilla/try/.hg/readonlyreason").status.success());
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(!lock_exists(lab), "the lock was not released");
    // Read-only runs never take it.
    lab.hgmo().args(["read-only", "status"]).run().code(0);
    drop(first);
}

fn break_lock_takes_over_a_stale_lock_and_is_audited(lab: &'static Lab) {
    std::fs::write(
        lab.shared().join("hgmo-ctl.lock"),
        "operator=alice\nrun=20260101T000000Z-1\nprocedure=restart-httpd\nstarted=2026-01-01T00:00:00Z\n",
    )
    .unwrap();
    let out = lab.hgmo().args(["--yes", "read-only", "set", "try"]).run();
    out.code(3)
        .stderr_has("alice since 2026-01-01T00:00:00Z (run 20260101T000000Z-1, restart-httpd)");
    let out = lab.hgmo().args(["--yes", "--break-lock", "read-only", "set", "try"]).run();
    out.code(0);
    let audit = out.audit_lines();
    let broke =
        audit.iter().find(|l| l["step"] == "break-lock").expect("no break-lock audit record");
    assert!(broke["command"].as_str().unwrap().contains("held by alice"), "{broke}");
    assert!(!lock_exists(lab));
    assert!(lab.exec(MASTER, "test -e /repo/hg/mozilla/try/.hg/readonlyreason").status.success());
}

/// A minimal webhook receiver on loopback: records each POST body, answers 200.
fn receiver() -> (u16, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let got = Arc::new(Mutex::new(Vec::new()));
    let g = got.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(16) {
            let Ok(mut s) = stream else { continue };
            s.set_read_timeout(Some(Duration::from_secs(5))).ok();
            let mut buf = Vec::new();
            let mut chunk = [0u8; 4096];
            loop {
                let n = s.read(&mut chunk).unwrap_or(0);
                if n == 0 {
                    break;
                }
                buf.extend_from_slice(&chunk[..n]);
                let text = String::from_utf8_lossy(&buf);
                if let Some((head, body)) = text.split_once("\r\n\r\n") {
                    let len = head
                        .lines()
                        .find_map(|l| {
                            l.to_ascii_lowercase()
                                .strip_prefix("content-length:")
                                .map(|v| v.trim().parse::<usize>().unwrap_or(0))
                        })
                        .unwrap_or(0);
                    if body.len() >= len {
                        g.lock().unwrap().push(body[..len].to_string());
                        break;
                    }
                }
            }
            let _ =
                s.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
        }
    });
    (port, got)
}

fn with_webhook(lab: &Lab, url: &str) -> Test {
    let text = std::fs::read_to_string(&lab.inventory).unwrap();
    let text = text.replacen("[ssh]\n", &format!("[notify]\nwebhook = \"{url}\"\n\n[ssh]\n"), 1);
    let t = Test::new().write("inv.toml", &text);
    let p = t.path_of("inv.toml");
    t.arg("-i").arg(p)
}

fn runs_are_announced_on_the_webhook(lab: &'static Lab) {
    let (port, got) = receiver();
    let url = format!("http://127.0.0.1:{port}/hooks/SECRET-TOKEN-123");
    let out = with_webhook(lab, &url)
        .args(["--yes", "read-only", "set", "try", "--reason", "announced"])
        .run();
    out.code(0);
    let posts = got.lock().unwrap().clone();
    assert_eq!(posts.len(), 2, "{posts:?}");
    let start: serde_json::Value = serde_json::from_str(&posts[0]).unwrap();
    let end: serde_json::Value = serde_json::from_str(&posts[1]).unwrap();
    assert!(
        start["text"]
            .as_str()
            .unwrap()
            .contains("test-operator started Mark a repository read-only (read-only-set"),
        "{start}"
    );
    assert!(end["text"].as_str().unwrap().contains("succeeded"), "{end}");
    // A failed run says so.
    let out = with_webhook(lab, &url).args(["--yes", "read-only", "set", "try"]).run();
    out.code(3);
    let posts = got.lock().unwrap().clone();
    assert!(
        posts.last().unwrap().contains("FAILED")
            && posts.last().unwrap().contains("already read-only"),
        "{posts:?}"
    );
    // The token is never shown; the dry run says what would be posted.
    let dry = with_webhook(lab, &url).args(["-n", "read-only", "clear", "try"]).run();
    dry.code(0).stdout_has("notifications to http://127.0.0.1/…");
    for o in [&out, &dry] {
        assert!(!o.stdout.contains("SECRET-TOKEN") && !o.stderr.contains("SECRET-TOKEN"));
    }
    // A webhook that does not answer is a warning, not a failed run.
    let dead = with_webhook(lab, "http://127.0.0.1:9/hooks/SECRET")
        .args(["--yes", "read-only", "clear", "try"])
        .run();
    dead.code(0).stderr_has("notification not sent");
    assert!(lab.exec(MASTER, "test ! -e /repo/hg/mozilla/try/.hg/readonlyreason").status.success());
}

fn plan_then_apply_and_refusals(lab: &'static Lab) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ro.plan");
    let out = lab
        .hgmo()
        .args(["plan", "--out"])
        .arg(&file)
        .args(["--", "read-only", "set", "try", "--reason", "reviewed by the CAB"])
        .run();
    out.code(0).stderr_has("run it with: hgmo-ctl apply");
    assert!(
        lab.exec(MASTER, "test ! -e /repo/hg/mozilla/try/.hg/readonlyreason").status.success(),
        "plan changed something"
    );
    let md = std::fs::read_to_string(dir.path().join("ro.plan.md")).unwrap();
    assert!(
        md.contains("## Live state when planned") && md.contains("# Mark a repository read-only"),
        "{md}"
    );

    // A tampered plan file is refused.
    let text = std::fs::read_to_string(&file).unwrap();
    let tampered = dir.path().join("tampered.plan");
    std::fs::write(&tampered, text.replace("reviewed by the CAB", "something else")).unwrap();
    lab.hgmo()
        .args(["--yes", "apply"])
        .arg(&tampered)
        .run()
        .code(3)
        .stderr_has("was changed after it was written");

    // The plan as reviewed is applied.
    lab.hgmo().args(["--yes", "apply"]).arg(&file).run().code(0);
    assert_eq!(
        lab.sh(MASTER, "cat /repo/hg/mozilla/try/.hg/readonlyreason").trim(),
        "reviewed by the CAB"
    );
    // Applied again, the live state differs from the plan's (the repo is read-only now).
    let out = lab.hgmo().args(["--yes", "apply"]).arg(&file).run();
    out.code(3).stderr_has("the live state changed since the plan was made");
    lab.hgmo().args(["--yes", "read-only", "clear", "try"]).run().code(0);

    // An inventory that changed after planning is refused.
    let t = Test::new().write("inv.toml", &std::fs::read_to_string(&lab.inventory).unwrap());
    let inv = t.path_of("inv.toml");
    let f2 = dir.path().join("inv.plan");
    lab.hgmo();
    Test::new()
        .arg("-i")
        .arg(&inv)
        .args(["plan", "--out"])
        .arg(&f2)
        .args(["--", "read-only", "set", "try"])
        .run()
        .code(0);
    let mut changed = std::fs::read_to_string(&inv).unwrap();
    changed.push_str("\n# edited after the review\n");
    std::fs::write(&inv, changed).unwrap();
    Test::new()
        .arg("-i")
        .arg(&inv)
        .args(["--yes", "apply"])
        .arg(&f2)
        .run()
        .code(3)
        .stderr_has("changed since the plan was made");
    drop(t);

    // A pool that changed after planning is refused.
    let f3 = dir.path().join("restart.plan");
    lab.hgmo().args(["plan", "--out"]).arg(&f3).args(["--", "restart-httpd"]).run().code(0);
    crate::load::haproxy(&lab.socket(), "set server hgweb-http/hgweb3 state maint");
    let out = lab.hgmo().args(["--yes", "apply"]).arg(&f3).run();
    crate::load::haproxy(&lab.socket(), "set server hgweb-http/hgweb3 state ready");
    out.code(3)
        .stderr_has("step preflight on the load balancer")
        .stderr_has("10.254.77.23:80 disabled");
    // Commands that are not runbooks cannot be planned.
    lab.hgmo()
        .args(["plan", "--out"])
        .arg(dir.path().join("x"))
        .args(["--", "replication", "status"])
        .run()
        .code(2);
}

/// A rolling restart killed with SIGKILL while it waits for a host to drain; `resume`
/// finishes it: every host back in service, none restarted twice.
fn killed_rolling_restart_resumes_without_repeating(lab: &'static Lab) {
    lab.all_ready();
    let state = tempfile::tempdir().unwrap();
    let before: Vec<_> = crate::lab::HGWEBS.iter().map(|h| lab.apache_pids(h)).collect();
    // hgweb2 cannot drain while this request hangs.
    let mut held = std::net::TcpStream::connect("10.254.77.22:80").unwrap();
    write!(held, "GET / HTTP/1.1\r\nHost: hgweb2\r\n").unwrap();
    let t = lab.hgmo().env("XDG_STATE_HOME", state.path()).args(["--yes", "restart-httpd"]);
    let mut child = t.spawn_quiet();
    let mut waited = 0;
    while !lab.status_of("hgweb2").starts_with("DRAIN") {
        std::thread::sleep(Duration::from_millis(100));
        waited += 1;
        assert!(waited < 300, "the run never reached hgweb2's drain");
    }
    std::thread::sleep(Duration::from_millis(1500));
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let after_kill: Vec<_> = crate::lab::HGWEBS.iter().map(|h| lab.apache_pids(h)).collect();
    assert!(
        after_kill[0].is_disjoint(&before[0]),
        "hgweb1 should have been restarted before the kill"
    );
    assert_eq!(after_kill[1], before[1]);
    assert!(lock_exists(lab), "the killed run's lock should still be there");
    drop(held);

    let history = lab.hgmo().env("XDG_STATE_HOME", state.path()).arg("history").run();
    history.code(0).stdout_has("restart-httpd").stdout_has("running");
    let out = lab.hgmo().env("XDG_STATE_HOME", state.path()).args(["--yes", "resume"]).run();
    out.code(0).stderr_has("resuming run").stderr_has("done in the interrupted run: not repeated");
    let after: Vec<_> = crate::lab::HGWEBS.iter().map(|h| lab.apache_pids(h)).collect();
    assert_eq!(after[0], after_kill[0], "hgweb1 was restarted twice");
    assert!(
        after[1].is_disjoint(&before[1]) && after[2].is_disjoint(&before[2]),
        "hgweb2 or hgweb3 not restarted"
    );
    assert!(lab.statuses().iter().all(|(_, s)| s.starts_with("UP")), "{:?}", lab.statuses());
    assert!(!lock_exists(lab), "the lock was not released");
    let history = lab.hgmo().env("XDG_STATE_HOME", state.path()).arg("history").run();
    history.code(0).stdout_has("succeeded");
    lab.hgmo()
        .env("XDG_STATE_HOME", state.path())
        .args(["--yes", "resume"])
        .run()
        .code(2)
        .stderr_has("no run to resume");
}
