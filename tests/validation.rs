//! Bad input is refused with exit 2 (or 3) before any connection is made.

use crate::test::{Test, UNREACHABLE_INVENTORY};

pub const TESTS: &[(&str, fn())] = &[
    (
        "validation::bad_repository_names_are_refused_before_connecting",
        bad_repository_names_are_refused_before_connecting,
    ),
    (
        "validation::inventory_errors_name_file_line_and_column",
        inventory_errors_name_file_line_and_column,
    ),
    ("validation::missing_inventory_is_explained", missing_inventory_is_explained),
    (
        "validation::no_terminal_and_no_yes_is_refused_before_connecting",
        no_terminal_and_no_yes_is_refused_before_connecting,
    ),
    ("validation::bad_fncache_path_is_refused", bad_fncache_path_is_refused),
];

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
