//! The shell that hgmo-ctl writes, checked by `shellcheck` (Debian package `shellcheck`,
//! installed by `scripts/setup-debian`): every `sh -c` / `bash -c` script of the built-in
//! runbooks (their commands, `unless` probes and undos), the lock helpers, the hooks editor's
//! read and write, and the ZooKeeper probe. Template variables (`{repo_path}`, `{=captured}`)
//! are replaced by a plain word first, as they are replaced by one quoted argument at run
//! time. An exception is written in the script itself (`# shellcheck disable=SCxxxx`, with
//! its reason), never here.

use std::io::Write;
use std::process::{Command, Stdio};

/// Every script hgmo-ctl sends, with where it comes from and its shell (`sh` or `bash`).
fn scripts() -> Vec<(String, &'static str, String)> {
    let mut out = Vec::new();
    for (name, text) in crate::runbook::EMBEDDED {
        let rb = crate::runbook::Runbook::parse(name, text).unwrap();
        for step in &rb.steps {
            let argvs =
                [("command", &step.command), ("unless", &step.unless), ("undo", &step.undo)];
            for (what, argv) in argvs {
                if argv.len() >= 3 && (argv[0] == "sh" || argv[0] == "bash") && argv[1] == "-c" {
                    let shell = if argv[0] == "bash" { "bash" } else { "sh" };
                    out.push((
                        format!("runbook {name}, step {} ({what})", step.id),
                        shell,
                        argv[2].clone(),
                    ));
                }
            }
        }
    }
    for (what, script) in [
        ("the lock (take)", crate::exec::lock::LOCK_TAKE_SCRIPT),
        ("the lock (release)", crate::exec::lock::LOCK_RELEASE_SCRIPT),
    ] {
        out.push((what.to_string(), "sh", script.to_string()));
    }
    out.push(("mirrors verify (list)".into(), "sh", crate::procedures::mirrors::LIST.into()));
    out.push(("mirrors verify (sweep)".into(), "sh", crate::procedures::mirrors::SWEEP.into()));
    out.push((
        "check zookeeper (probe)".into(),
        "bash",
        crate::procedures::zookeeper::PROBE_SCRIPT.to_string(),
    ));
    out
}

/// `{name}` and `{=name}` become `tpl_name`: one word, as the quoted argument they become.
fn untemplate(script: &str) -> String {
    let mut out = String::with_capacity(script.len());
    let mut rest = script;
    while let Some(i) = rest.find('{') {
        let (head, tail) = rest.split_at(i);
        out.push_str(head);
        let name_end = tail[1..].find('}').map(|j| j + 1);
        let name = name_end.map(|j| tail[1..j].trim_start_matches('='));
        let after_dollar = out.ends_with('$');
        match name {
            Some(n)
                if !after_dollar
                    && !n.is_empty()
                    && n.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') =>
            {
                out.push_str("tpl_");
                out.push_str(n);
                rest = &tail[name_end.unwrap() + 1..];
            }
            _ => {
                out.push('{');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[test]
fn untemplate_replaces_only_variables() {
    assert_eq!(
        untemplate(r#"rm -- "{repo_path}" {=zk} ${x}"#),
        r#"rm -- "tpl_repo_path" tpl_zk ${x}"#
    );
    assert_eq!(untemplate("{ a; } { b }"), "{ a; } { b }");
}

#[test]
fn the_shell_hgmo_ctl_writes_passes_shellcheck() {
    let scripts = scripts();
    assert!(scripts.len() > 80, "only {} scripts found", scripts.len());
    let mut failures = Vec::new();
    for (what, shell, script) in &scripts {
        let child = Command::new("shellcheck")
            .args(["--shell", shell, "--format", "gcc", "-"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn();
        let mut child = match child {
            Ok(c) => c,
            Err(e) => panic!("cannot run shellcheck ({e}): install it (scripts/setup-debian)"),
        };
        child.stdin.take().unwrap().write_all(untemplate(script).as_bytes()).unwrap();
        let out = child.wait_with_output().unwrap();
        if !out.status.success() {
            failures.push(format!(
                "{what}:\n{}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} script(s) fail shellcheck:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
