//! The lab refuses what production refuses: root logins,
//! a bare `hg`, server-status from anything but 127.0.0.1; operators log in as themselves
//! and become root or hg with sudo, which asks for a password on one host (kafka1).

use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use crate::lab::{Lab, HGWEBS, MASTER};
use crate::test::Test;
use crate::LabTest;

pub const TESTS: &[LabTest] = tests!(
    "access::";
    root_login_is_refused,
    no_hg_but_the_virtualenvs,
    server_status_answers_127_0_0_1_only,
    sudo_password_without_k_stops_before_any_change,
    sudo_password_with_k_on_a_pty,
    lock_permission_error_is_reported_as_such,
);

/// A value of `target/lab/env`.
pub fn lab_env(lab: &Lab, key: &str) -> String {
    let text = std::fs::read_to_string(lab.dir.join("env")).unwrap();
    text.lines()
        .find_map(|l| l.strip_prefix(&format!("{key}=")))
        .unwrap_or_else(|| panic!("{key} is not in {}/env", lab.dir.display()))
        .trim_matches(|c| c == '\'' || c == '"')
        .to_string()
}

/// The `ssh = "..."` address of an inventory host.
fn address(inventory: &Path, host: &str) -> String {
    let text = std::fs::read_to_string(inventory).unwrap();
    let at = text.find(&format!("[hosts.\"{host}\"]")).unwrap_or_else(|| panic!("{host}?"));
    let rest = &text[at..];
    let line = rest.lines().find(|l| l.starts_with("ssh = ")).unwrap();
    line.trim_start_matches("ssh = ").trim_matches('"').to_string()
}

fn ssh(lab: &Lab, dest: &str, command: &str) -> std::process::Output {
    Command::new("ssh")
        .arg("-F")
        .arg(&lab.ssh_config)
        .args(["-o", "BatchMode=yes", dest, command])
        .output()
        .unwrap()
}

/// The lab's inventory, edited (`from` → `to`), as a test's own file.
fn inventory_with(path: &Path, edits: &[(&str, &str)]) -> Test {
    let mut text = std::fs::read_to_string(path).unwrap();
    for (from, to) in edits {
        assert!(text.contains(from), "{from:?} is not in {}", path.display());
        text = text.replacen(from, to, 1);
    }
    let t = Test::new().write("inventory.toml", &text);
    let p = t.path_of("inventory.toml");
    t.arg("-i").arg(p)
}

fn root_login_is_refused(lab: &Lab) {
    let password_inventory = Path::new(&lab_env(lab, "LAB_INVENTORY_PASSWORD")).to_path_buf();
    let mut hosts: Vec<String> = vec![MASTER.into(), "hgssh2.lab.test".into()];
    hosts.extend(HGWEBS.iter().map(|h| h.to_string()));
    hosts.push(lab_env(lab, "LAB_PASSWORD_HOST"));
    for h in &hosts {
        let ip = address(&password_inventory, h);
        let root = ssh(lab, &format!("root@{ip}"), "true");
        let err = String::from_utf8_lossy(&root.stderr);
        assert!(!root.status.success(), "{h}: root logged in");
        assert!(err.contains("Permission denied"), "{h}: {err}");
        // The same key logs in as the operator.
        let op = ssh(lab, &format!("operator@{ip}"), "id -un; echo $HOME");
        assert!(op.status.success(), "{h}: {}", String::from_utf8_lossy(&op.stderr));
        assert_eq!(String::from_utf8_lossy(&op.stdout), "operator\n/home/operator\n", "{h}");
    }
    // hgmo-ctl told to log in as root is refused at the connection, before any step.
    let out = inventory_with(
        &lab.inventory,
        &[("user = \"operator\"", "user = \"root\""), ("become = \"sudo\"", "become = \"none\"")],
    )
    .args(["read-only", "status"])
    .run();
    out.code(1).stderr_has("cannot connect").stderr_has("Permission denied");
    assert!(out.audit_lines().is_empty(), "{:?}", out.audit_lines());
}

fn no_hg_but_the_virtualenvs(lab: &Lab) {
    for h in [MASTER, HGWEBS[0]] {
        let out = lab.exec(h, "command -v hg; ls /usr/bin/hg");
        assert!(!out.status.success(), "{h} has an hg: {}", String::from_utf8_lossy(&out.stdout));
        assert!(String::from_utf8_lossy(&out.stdout).trim().is_empty(), "{h}");
        let venvs = if h == MASTER { "pash tools bundles" } else { "replication hgweb tools" };
        for v in venvs.split(' ') {
            let version = lab.sh(h, &format!("/var/hg/venv_{v}/bin/hg --version -q"));
            assert!(version.contains("Mercurial"), "{h} venv_{v}: {version}");
        }
    }
    // Over ssh as the operator too: no hg on the login PATH.
    let ip = address(&lab.inventory, HGWEBS[0]);
    let out = ssh(lab, &format!("operator@{ip}"), "hg --version");
    assert_eq!(out.status.code(), Some(127), "{}", String::from_utf8_lossy(&out.stdout));
}

fn server_status_answers_127_0_0_1_only(lab: &Lab) {
    let code =
        |url: &str| lab.sh(HGWEBS[0], &format!("curl -s -o /dev/null -w '%{{http_code}}' '{url}'"));
    assert_eq!(code("http://127.0.0.1/server-status?auto"), "200");
    assert_eq!(code("http://localhost/server-status?auto"), "403", "localhost is ::1 first");
    assert_eq!(code("http://[::1]/server-status?auto"), "403");
    let ip = address(&lab.inventory, HGWEBS[0]);
    assert_eq!(code(&format!("http://{ip}/server-status?auto")), "403");
}

const MARKER_RUNBOOK: &str = r#"
name = "sudo-marker"
title = "Write a marker as root on every host"
guide = "(lab test)"
usage = "hgmo-ctl runbook run sudo-marker.toml"
purpose = "Writes /var/hg/hgmo-sudo-marker (a host's own folder) as root."

[[steps]]
id = "write"
kind = "run"
on = "all"
as = "root"
title = "write the marker"
command = ["sh", "-c", "id -un > /var/hg/hgmo-sudo-marker"]
"#;

fn marker(lab: &Lab, host: &str) -> Option<String> {
    let out = lab.exec(host, "cat /var/hg/hgmo-sudo-marker");
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

fn sudo_password_without_k_stops_before_any_change(lab: &Lab) {
    let host = lab_env(lab, "LAB_PASSWORD_HOST");
    lab.sh(&host, "rm -f /var/hg/hgmo-sudo-marker");
    let inventory = Path::new(&lab_env(lab, "LAB_INVENTORY_PASSWORD")).to_path_buf();
    let t = Test::new().write("sudo-marker.toml", MARKER_RUNBOOK);
    let file = t.path_of("sudo-marker.toml");
    let out = t
        .arg("-i")
        .arg(&inventory)
        .args(["--yes", "--hosts", &host, "runbook", "run"])
        .arg(file)
        .run();
    out.code(2)
        .stderr_has(&format!("on {host}: sudo asks for a password there and none was given"))
        .stderr_has("run again with -K (--ask-become-pass)");
    assert_eq!(marker(lab, &host), None, "a change was made");
    assert!(lab.exec(MASTER, "test ! -e /repo/hg/hgmo-ctl.lock").status.success());
    assert!(
        out.audit_lines().iter().all(|l| l["step"] != "write" && l["step"] != "lock"),
        "{:?}",
        out.audit_lines()
    );
}

/// Every process's argument list and environment, searched for `needle` until `stop`.
fn sample_processes(needle: String, stop: Arc<AtomicBool>) -> std::thread::JoinHandle<usize> {
    std::thread::spawn(move || {
        let mut seen = 0;
        while !stop.load(Ordering::SeqCst) {
            for entry in std::fs::read_dir("/proc").unwrap().flatten() {
                for f in ["cmdline", "environ"] {
                    if let Ok(bytes) = std::fs::read(entry.path().join(f)) {
                        if String::from_utf8_lossy(&bytes).contains(&needle) {
                            seen += 1;
                        }
                    }
                }
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        seen
    })
}

/// The files under `dir` that contain `needle`.
fn grep_tree(dir: &Path, needle: &str) -> Vec<String> {
    crate::lab_faults::files_under(dir)
        .into_iter()
        .filter(|p| std::fs::read(p).is_ok_and(|b| String::from_utf8_lossy(&b).contains(needle)))
        .map(|p| p.display().to_string())
        .collect()
}

fn sudo_password_with_k_on_a_pty(lab: &Lab) {
    let host = lab_env(lab, "LAB_PASSWORD_HOST");
    let password = lab_env(lab, "LAB_SUDO_PASSWORD");
    assert!(password.len() >= 12, "the lab's sudo password is too short to search for");
    let inventory = Path::new(&lab_env(lab, "LAB_INVENTORY_PASSWORD")).to_path_buf();
    // A wrong password: refused before any change.
    lab.sh(&host, "rm -f /var/hg/hgmo-sudo-marker");
    let t = Test::new().write("sudo-marker.toml", MARKER_RUNBOOK);
    let file = t.path_of("sudo-marker.toml");
    let (mut p, _dir) = t
        .arg("-i")
        .arg(&inventory)
        .args(["-K", "--yes", "--hosts", &host, "runbook", "run"])
        .arg(&file)
        .spawn_pty(60_000);
    p.exp_string("sudo password").unwrap();
    p.send_line("not-the-password").unwrap();
    let rest = p.exp_eof().unwrap();
    assert!(rest.contains("sudo did not take the password given with -K"), "{rest}");
    assert_eq!(marker(lab, &host), None);

    // The right one, in each transport mode: the marker is written as root; the password
    // is in no process's arguments or environment while it runs, and in no output or file.
    for mode in ["shell", "exec"] {
        lab.sh(&host, "rm -f /var/hg/hgmo-sudo-marker");
        let t = inventory_with(
            &inventory,
            &[("become = \"sudo\"", &format!("become = \"sudo\"\nmode = \"{mode}\""))],
        )
        .write("sudo-marker.toml", MARKER_RUNBOOK);
        let file = t.path_of("sudo-marker.toml");
        let stop = Arc::new(AtomicBool::new(false));
        let sampler = sample_processes(password.clone(), stop.clone());
        let (mut p, dir) = t
            .args(["-K", "--yes", "-v", "--hosts", &host, "runbook", "run"])
            .arg(&file)
            .spawn_pty(60_000);
        p.exp_string("sudo password").unwrap();
        p.send_line(&password).unwrap();
        let rest = p.exp_eof().unwrap();
        let status = p.process.wait().unwrap();
        stop.store(true, Ordering::SeqCst);
        assert_eq!(
            status,
            rexpect::process::wait::WaitStatus::Exited(p.process.child_pid, 0),
            "{mode}: {rest}"
        );
        assert_eq!(marker(lab, &host).as_deref(), Some("root"), "{mode}");
        assert!(rest.contains("sudo -k -S -p '' -- sh -c"), "{mode}: the line as sent: {rest}");
        assert!(!rest.contains(&password), "{mode}: the password was printed");
        assert_eq!(
            sampler.join().unwrap(),
            0,
            "{mode}: the password was in a process's arguments or environment"
        );
        let files = grep_tree(dir.path(), &password);
        assert!(files.is_empty(), "{mode}: the password is in {files:?}");
        let audit = grep_tree(&dir.path().join("state"), "sudo -k -S -p ''");
        assert!(!audit.is_empty(), "{mode}: the audit log does not show the line as sent");
    }
    lab.sh(&host, "rm -f /var/hg/hgmo-sudo-marker");
    crate::lab_faults::record(
        "sudo password (-K)",
        "the lab's sudo password typed at -K's prompt on a pty, in shell and exec mode; every process's arguments and environment sampled every 10 ms during the run; the terminal output and every file of the run's state searched",
        2,
        "found nowhere; the line as sent (`sudo -k -S -p '' …`) is shown and audited; a wrong password stops before any change",
        "nothing",
    );
}

fn lock_permission_error_is_reported_as_such(lab: &Lab) {
    lab.reset();
    // Logged in as the operator but told it is a root login: the lock cannot be created.
    let out = inventory_with(&lab.inventory, &[("become = \"sudo\"", "become = \"none\"")])
        .args(["--yes", "read-only", "set", "try", "--reason", "lock permissions"])
        .run();
    out.code(1)
        .stderr_has(&format!("cannot create the lock /repo/hg/hgmo-ctl.lock on {MASTER}"))
        .stderr_has("Permission denied");
    assert!(!out.stderr.contains("held by"), "{}", out.stderr);
    assert!(lab.exec(MASTER, "test ! -e /repo/hg/mozilla/try/.hg/readonlyreason").status.success());
    assert!(lab.exec(MASTER, "test ! -e /repo/hg/hgmo-ctl.lock").status.success());
}
