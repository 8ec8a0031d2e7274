//! The command line itself: help, commands of later issues, runbooks, generated files.

use crate::test::Test;

pub const TESTS: &[(&str, fn())] = tests!(
    "cli::";
    help_lists_every_command_of_the_design,
    no_command_is_a_stub,
    repositories_complete_from_the_inventory,
    usage_errors_exit_2,
    runbook_list_and_show,
    completions_match_the_checked_in_files,
    man_page_is_roff,
);

/// Every command name: a contract of the command line.
const COMMANDS: &[&str] = &[
    "restart-httpd",
    "reclone",
    "retire-repo",
    "read-only",
    "fncache",
    "merge-try-heads",
    "failover",
    "replicate",
    "hooks",
    "replication",
    "notifier",
    "aggregator",
    "bundles",
    "strip",
    "services",
    "check",
    "kafka",
    "runbook",
    "inventory",
    "completions",
    "man",
    "plan",
    "apply",
    "resume",
    "history",
];

fn help_lists_every_command_of_the_design() {
    let out = Test::new().arg("--help").run();
    out.code(0);
    for c in COMMANDS {
        assert!(
            out.stdout.lines().any(|l| l.trim_start().starts_with(&format!("{c} "))),
            "--help does not list {c}:\n{}",
            out.stdout
        );
    }
    for flag in ["--inventory", "--dry-run", "--yes", "--format", "--hosts", "--verbose", "--color"]
    {
        out.stdout_has(flag);
    }
    let out = Test::new().args(["read-only", "--help"]).run();
    out.code(0).stdout_has("set").stdout_has("clear").stdout_has("status");
}

fn no_command_is_a_stub() {
    // Every command of the design is implemented: none says otherwise in its help.
    for c in COMMANDS {
        let out = Test::new().args([c, "--help"]).run();
        out.code(0);
        assert!(!out.stdout.contains("not implemented"), "{c} --help: {}", out.stdout);
    }
    let out = Test::new().arg("--help").run();
    assert!(!out.stdout.contains("not implemented"), "{}", out.stdout);
}

fn usage_errors_exit_2() {
    Test::new().arg("no-such-command").run().code(2);
    Test::new().args(["read-only", "set"]).run().code(2).stderr_has("required");
    Test::new()
        .args(["read-only", "set", "try", "--all"])
        .run()
        .code(2)
        .stderr_has("cannot be used with");
    Test::new().args(["--format", "yaml", "runbook", "list"]).run().code(2);
}

fn runbook_list_and_show() {
    let out = Test::new().args(["runbook", "list"]).run();
    out.code(0);
    for name in [
        "fncache-check",
        "fncache-rebuild",
        "read-only-clear",
        "read-only-clear-all",
        "read-only-set",
        "read-only-set-all",
        "read-only-status",
        "replicate-hgrc",
        "replicate-sync",
        "restart-httpd",
        "reclone",
        "failover",
        "retire-repo",
        "merge-try-heads",
    ] {
        out.stdout_has(name);
    }
    let out = Test::new().args(["runbook", "show", "fncache-rebuild"]).run();
    out.code(0)
        .stdout_has("Corrupted fncache File")
        .stdout_has("debugrebuildfncache")
        .stdout_has("on holders as {hg_user}: Rebuild the fncache");
    let out = Test::new().args(["--format", "json", "runbook", "show", "read-only-set"]).run();
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v["steps"][3]["kind"], "run");
    Test::new().args(["runbook", "show", "nope"]).run().code(2).stderr_has("no runbook named");
}

fn completions_match_the_checked_in_files() {
    let root = env!("CARGO_MANIFEST_DIR");
    for (shell, file) in [
        ("bash", "hgmo-ctl.bash"),
        ("zsh", "_hgmo-ctl"),
        ("fish", "hgmo-ctl.fish"),
        ("powershell", "_hgmo-ctl.ps1"),
        ("elvish", "hgmo-ctl.elv"),
    ] {
        let out = Test::new().args(["completions", shell]).run();
        out.code(0);
        let checked_in = std::fs::read_to_string(format!("{root}/completions/{file}")).unwrap();
        assert!(out.stdout == checked_in, "completions/{file} is stale: run scripts/regenerate");
        assert!(out.stdout.contains("read-only"));
    }
}

fn man_page_is_roff() {
    let out = Test::new().arg("man").run();
    out.code(0).stdout_has(".TH hgmo-ctl").stdout_has("restart\\-httpd");
}

fn repositories_complete_from_the_inventory() {
    let t = Test::new().write(
        "inv.toml",
        "repositories = [\"mozilla-central\", \"mozilla-unified\", \"try\"]\n[hosts.\"hgssh1\"]\nroles = [\"hgssh\"]\n",
    );
    let inv = t.path_of("inv.toml");
    let out = t
        .env("HGMO_CTL_INVENTORY", inv)
        .env("HGMO_CTL_COMPLETE", "fish")
        .args(["--", "hgmo-ctl", "read-only", "set", "moz"])
        .run();
    out.code(0);
    let got: Vec<&str> = out.stdout.lines().map(|l| l.split('\t').next().unwrap()).collect();
    assert_eq!(got, ["mozilla-central", "mozilla-unified"], "{}", out.stdout);
}
