//! Bad input is refused with exit 2 (or 3) before any connection is made.

use crate::test::{Test, UNREACHABLE_INVENTORY};

pub const TESTS: &[(&str, fn())] = tests!(
    "validation::";
    bad_repository_names_are_refused_before_connecting,
    inventory_errors_name_file_line_and_column,
    missing_inventory_is_explained,
    no_terminal_and_no_yes_is_refused_before_connecting,
    bad_fncache_path_is_refused,
    site_runbook_files_are_checked,
);

const SITE_RUNBOOK: &str = r#"name = "site-check"
title = "A site's own check"
guide = "(site)"
usage = "hgmo-ctl runbook run site-check.toml -p repo=R"
purpose = "Lists a repository's store on every host."

[[params]]
name = "repo"
kind = "repo"
description = "Repository"

[[steps]]
id = "ls"
kind = "read"
on = "all"
title = "list the store"
command = ["ls", "{repo_path}/.hg/store"]
"#;

/// `runbook run FILE`: a site's runbook is parsed, validated and planned like a built-in one;
/// a bad file, a built-in's name, an unknown parameter or a bad repository name is refused
/// before any connection, and a dry run shows every host.
fn site_runbook_files_are_checked() {
    let t = || Test::new().fake_ssh().write("inv.toml", UNREACHABLE_INVENTORY);
    // Dry run: one action per host, the repository quoted into the command.
    let t1 = t().write("site-check.toml", SITE_RUNBOOK);
    let (inv, rb) = (t1.path_of("inv.toml"), t1.path_of("site-check.toml"));
    let out = t1
        .arg("-i")
        .arg(&inv)
        .args(["-n", "runbook", "run"])
        .arg(&rb)
        .args(["-p", "repo=try"])
        .run();
    out.code(0).stdout_has("list the store").stdout_has("/try/.hg/store");
    assert!(!out.ssh_was_run());
    let hosts = UNREACHABLE_INVENTORY.matches("[hosts.").count();
    assert_eq!(out.stdout.matches("ls ").count(), hosts, "{}", out.stdout);
    // A bad repository name is refused before connecting.
    let t2 = t().write("site-check.toml", SITE_RUNBOOK);
    let (inv, rb) = (t2.path_of("inv.toml"), t2.path_of("site-check.toml"));
    let out = t2
        .arg("-i")
        .arg(&inv)
        .args(["--yes", "runbook", "run"])
        .arg(&rb)
        .args(["-p", "repo=../etc"])
        .run();
    out.code(2).stderr_has("../etc");
    assert!(!out.ssh_was_run());
    // An unknown parameter names the ones the runbook takes.
    let t3 = t().write("site-check.toml", SITE_RUNBOOK);
    let (inv, rb) = (t3.path_of("inv.toml"), t3.path_of("site-check.toml"));
    let out = t3
        .arg("-i")
        .arg(&inv)
        .args(["-n", "runbook", "run"])
        .arg(&rb)
        .args(["-p", "rpeo=try"])
        .run();
    out.code(2).stderr_has("\"rpeo\"").stderr_has("it takes repo");
    // A built-in's name is refused: the typed rules of a built-in are keyed by its name.
    let t4 = t().write("failover.toml", &SITE_RUNBOOK.replace("site-check", "failover"));
    let (inv, rb) = (t4.path_of("inv.toml"), t4.path_of("failover.toml"));
    let out = t4.arg("-i").arg(&inv).args(["-n", "runbook", "run"]).arg(&rb).run();
    out.code(2).stderr_has("is a built-in runbook");
    // A syntax error names the file, line and column; a name that is not the file's stem too.
    let t5 = t().write("site-check.toml", &SITE_RUNBOOK.replace("kind = \"read\"", "kind = read"));
    let (inv, rb) = (t5.path_of("inv.toml"), t5.path_of("site-check.toml"));
    let out = t5.arg("-i").arg(&inv).args(["-n", "runbook", "run"]).arg(&rb).run();
    out.code(2).stderr_has("site-check.toml").stderr_has("14:8");
    let t6 = t().write("other.toml", SITE_RUNBOOK);
    let (inv, rb) = (t6.path_of("inv.toml"), t6.path_of("other.toml"));
    let out = t6.arg("-i").arg(&inv).args(["-n", "runbook", "run"]).arg(&rb).run();
    out.code(2).stderr_has("declares name \"site-check\"");
    assert!(!out.ssh_was_run());
}

const BAD: &[&str] = &[
    "..",
    "../etc",
    "a/../../etc",
    "/etc/passwd",
    "/repo/hg/mozilla/try",
    "moz central",
    "try;id",
    "$(id)",
    "`id`",
    "try\nid",
    "",
    "a//b",
    "try/",
    "-rf",
    "try/.hg",
    "trÿ",
    "a|b",
    "a&b",
    "a>b",
];

fn bad_repository_names_are_refused_before_connecting() {
    for repo in BAD {
        for cmd in [
            &["read-only", "set"][..],
            &["read-only", "clear"],
            &["read-only", "status"],
            &["fncache", "rebuild"],
            &["replicate", "sync"],
            &["replicate", "hgrc"],
        ] {
            // A real run (no -n): validation must come before any connection.
            let t = Test::new().fake_ssh().write("inv.toml", UNREACHABLE_INVENTORY);
            let inv = t.path_of("inv.toml");
            let out = t.arg("-i").arg(inv).arg("--yes").args(cmd.iter()).arg("--").arg(repo).run();
            out.code(2).stderr_has("invalid repository");
            assert!(!out.ssh_was_run(), "{cmd:?} {repo:?} ran ssh");
        }
    }
}

fn inventory_errors_name_file_line_and_column() {
    let t = Test::new().fake_ssh().write(
        "inv.toml",
        "[ssh]\nuser = \"root\"\n\n[hosts.\"hgssh1\"]\nroles = [\"hgssh\"]\nrolez = 1\n",
    );
    let inv = t.path_of("inv.toml");
    let out = t.arg("-i").arg(&inv).args(["-n", "read-only", "status"]).run();
    out.code(2).stderr_has(&format!("{}:6:1:", inv.display())).stderr_has("rolez");

    let t = Test::new().write("inv.toml", "[hosts.\"a\"]\nroles = [\"hgssh\"\n");
    let inv = t.path_of("inv.toml");
    let out = t.arg("-i").arg(&inv).args(["-n", "read-only", "status"]).run();
    out.code(2).stderr_has(&format!("{}:2:", inv.display()));

    let t = Test::new()
        .write("inv.toml", "[ssh]\nknown_hosts = \"yolo\"\n[hosts.a]\nroles = [\"hgssh\"]\n");
    let inv = t.path_of("inv.toml");
    let out = t.arg("-i").arg(&inv).args(["-n", "read-only", "status"]).run();
    out.code(2).stderr_has(&format!("{}:2:15:", inv.display()));
}

fn missing_inventory_is_explained() {
    let out = Test::new().args(["-n", "read-only", "status"]).run();
    out.code(2).stderr_has("no inventory at").stderr_has("hgmo-ctl/inventory.toml");
    // HGMO_CTL_INVENTORY is honoured.
    let t = Test::new().write("elsewhere.toml", UNREACHABLE_INVENTORY);
    let inv = t.path_of("elsewhere.toml");
    t.env("HGMO_CTL_INVENTORY", inv).args(["-n", "read-only", "status"]).run().code(0);
}

fn no_terminal_and_no_yes_is_refused_before_connecting() {
    let t = Test::new().fake_ssh().write("inv.toml", UNREACHABLE_INVENTORY);
    let inv = t.path_of("inv.toml");
    let out = t.arg("-i").arg(inv).args(["read-only", "set", "try"]).stdin("y\n").run();
    out.code(3).stderr_has("not a terminal");
    assert!(!out.ssh_was_run());
}

fn bad_fncache_path_is_refused() {
    for path in ["", "/etc/passwd", "../x", "a/../../b", "a\x1bb"] {
        let t = Test::new().fake_ssh().write("inv.toml", UNREACHABLE_INVENTORY);
        let inv = t.path_of("inv.toml");
        let out = t.arg("-i").arg(inv).args(["fncache", "check", "try", "--path", path]).run();
        out.code(2).stderr_has("invalid --path");
        assert!(!out.ssh_was_run());
    }
}
