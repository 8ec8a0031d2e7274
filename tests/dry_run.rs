//! `--dry-run` prints the plan and touches nothing: no ssh (a fake `ssh` on PATH records
//! any use), no state written locally.

use crate::test::{Test, UNREACHABLE_INVENTORY};

pub const TESTS: &[(&str, fn())] = tests!(
    "dry_run::";
    every_procedure_plans_without_ssh,
    the_fake_ssh_does_catch_a_real_run,
    markdown_is_a_cab_document,
    json_plan_has_exact_commands,
    hosts_limits_the_plan,
    load_balancer_plans_for_each_kind,
    batches_and_repo_files,
    merge_try_heads_dry_run_counts_the_local_heads,
    become_is_shown_and_minus_k_needs_a_terminal,
    the_example_inventory_plans_every_procedure,
    failover_timeouts_cover_the_monitor_and_the_unit_stop_timeouts,
    lb_bans_plan_on_the_vtm_and_are_refused_elsewhere,
    hgweb_remove_of_a_dead_host_touches_only_the_load_balancer_and_the_master,
    hgweb_add_and_remove_refuse_what_is_not_an_hgweb_host,
);

/// The plan shows every line as sent, sudo included, in all three formats, and says how
/// the accounts are reached; `-K` changes the note, not the lines (which host asks for a
/// password is only known once connected). A real run with `-K` but no terminal to ask
/// on stops before connecting.
fn become_is_shown_and_minus_k_needs_a_terminal() {
    for format in ["text", "markdown", "json"] {
        let t = Test::new().fake_ssh().write("inv.toml", &lb_inventory("haproxy"));
        let inv = t.path_of("inv.toml");
        let out = t.arg("-i").arg(inv).args(["-n", "--format", format, "restart-httpd"]).run();
        out.code(0)
            .stdout_has("sudo -n -- systemctl restart httpd.service")
            .stdout_has("sudo -k -n true")
            .stdout_has("without -K such a host stops the run there");
        assert!(!out.ssh_was_run());
    }
    let t = Test::new().fake_ssh().write("inv.toml", &lb_inventory("haproxy"));
    let inv = t.path_of("inv.toml");
    let out = t.arg("-i").arg(inv).args(["-n", "-K", "restart-httpd"]).run();
    out.code(0).stdout_has(
        "-K was given: on such a host the lines start with `sudo -k -S -p ''` instead of `sudo -n`",
    );

    // A root login: no sudo for root steps; the inventory says so.
    let text = lb_inventory("haproxy").replacen(
        "become = \"sudo\"",
        "become = \"none\"\nuser = \"root\"",
        1,
    );
    let t = Test::new().fake_ssh().write("inv.toml", &text);
    let inv = t.path_of("inv.toml");
    let out = t.arg("-i").arg(inv).args(["-n", "restart-httpd"]).run();
    out.code(0).stdout_has("\n       $ systemctl restart httpd.service");
    assert!(!out.stdout.contains("sudo -n --"), "{}", out.stdout);

    let t = Test::new().fake_ssh().write("inv.toml", &lb_inventory("haproxy"));
    let inv = t.path_of("inv.toml");
    let out = t.arg("-i").arg(inv).args(["--yes", "-K", "restart-httpd"]).stdin("").run();
    out.code(2).stderr_has("-K (--ask-become-pass) asks for the sudo password on a terminal");
    assert!(!out.ssh_was_run());

    let bad = lb_inventory("haproxy").replacen("become = \"sudo\"", "become = \"su\"", 1);
    let t = Test::new().fake_ssh().write("inv.toml", &bad);
    let inv = t.path_of("inv.toml");
    let out = t.arg("-i").arg(inv).args(["-n", "restart-httpd"]).run();
    out.code(2).stderr_has("inv.toml:");
    assert!(out.stderr.contains("sudo") && out.stderr.contains("none"), "{}", out.stderr);
}

/// Every procedure of the foundation issue, with the command it must plan.
const PROCEDURES: &[(&[&str], &str)] = &[
    (&["read-only", "set", "mozilla-central", "--reason", "closed: bug 1"], "sudo -n -u hg -- sh -c"),
    (&["read-only", "set", "--all", "--reason", "maintenance"], "/repo/hg/readonlyreason"),
    (
        &["read-only", "clear", "integration/autoland"],
        "rm -f -- /repo/hg/mozilla/integration/autoland/.hg/readonlyreason",
    ),
    (&["read-only", "clear", "--all"], "rm -f -- /repo/hg/readonlyreason"),
    (&["read-only", "status"], "find . -name .hg"),
    (&["read-only", "status", "try"], "/repo/hg/mozilla try"),
    (&["fncache", "check", "try", "--path", "dom/base/nsDocument.cpp"], "grep -qxF"),
    (
        &["fncache", "rebuild", "try"],
        "sudo -n -u hg -- /var/hg/venv_tools/bin/hg -R /repo/hg/mozilla/try debugrebuildfncache",
    ),
    (
        &["replicate", "hgrc", "try"],
        "sudo -n -u hg -- /var/hg/venv_tools/bin/hg -R /repo/hg/mozilla/try replicatehgrc",
    ),
    (
        &["replicate", "sync", "try"],
        "sudo -n -u hg -- /var/hg/venv_tools/bin/hg -R /repo/hg/mozilla/try replicatesync",
    ),
    (&["restart-httpd"], "sudo -n -- systemctl restart httpd.service"),
    (&["strip", "try", "0123456789abcdef"], "/var/hg/venv_pash/bin/hg --config extensions.strip= -R /repo/hg/mozilla/try strip -r 0123456789abcdef"),
    (&["bundles", "restore", "try"], "/repo/hg/bundles/repos try"),
    (&["bundles", "drop", "try", "--spec", "none-v2;stream=v2"], "grep -vF"),
    (&["aggregator", "groups", "sync"], "/home/operator/version-control-tools/ansible/roles/hg-ssh/files/pushdataaggregator_groups"),
    (&["services", "status"], "vcsreplicator@0.service"),
    (&["hooks", "edit", "try"], "replicatehgrc"),
    (&["replication", "status"], "check_vcsreplicator_lag /etc/mercurial/vcsreplicator.ini"),
    (&["replication", "dump", "--host", "hgweb2.example.invalid", "--partition", "6"], "vcsreplicator-consumer /etc/mercurial/vcsreplicator.ini --dump --partition 6"),
    (&["replication", "skip", "--all-hosts", "--partition", "6"], "sudo -n -- systemctl stop 'vcsreplicator@6.service'"),
    (&["notifier", "skip", "pulse"], "/var/hg/venv_tools/bin/vcsreplicator-pulse-notifier --skip /etc/mercurial/notifications.ini"),
    (&["aggregator", "restart"], "sudo -n -- systemctl restart pushdataaggregator.service"),
    (&["check", "zookeeper"], "ruok isro mntr"),
    (&["mirrors", "verify"], "sudo -n -u hg -- sh -c"),
    (&["mirrors", "verify", "try"], "/var/hg/venv_replication/bin/hg /repo/hg/mozilla try"),
    (&["restart-httpd", "--graceful"], "sudo -n -- apachectl graceful"),
    (&["kafka", "add-node", "--node", "hgweb2.example.invalid"], "systemctl start kafka.service"),
    (&["kafka", "remove-node", "--node", "hgweb2.example.invalid"], "systemctl disable kafka.service zookeeper.service"),
    (&["kafka", "rebalance", "--on", "hgweb1.example.invalid", "--brokers", "14,15,16"], "kafka-reassign-partitions.sh --zookeeper '{=zookeeper}' --execute"),
    (&["kafka", "reset"], "rm -rf -- /var/lib/kafka /var/lib/zookeeper"),
    (&["failover", "--to", "hgssh2.example.invalid"], "rm -- /repo/hg/master.hgssh1.example.invalid"),
    (&["retire-repo", "projects/old"], "mv -T -- \"$1\" \"$2\"' - /repo/hg/mozilla/projects/old /repo/hg/retired_repos/projects/old"),
    (&["merge-try-heads", "--workdir", "/nonexistent/hgmo-try"], "merge-try-heads --base"),
    (&["replication", "heads", "--host", "hgweb2.example.invalid"], "systemctl start \"$1\"' - vcsreplicator-heads.service"),
    (&["l10n", "new-channel", "fy-NL"], "repo-permissions /repo/hg/mozilla/releases/l10n/release/fy-NL hg scm_l10n wwr"),
    (&["stream-clone", "try"], "clone -U --stream \"ssh://hg.mozilla.org/$2\""),
    (&["reset-twig", "cedar"], "clone -U --stream 'https://hg.mozilla.org/mozilla-central' /repo/hg/mozilla/projects/cedar"),
    (&["pushlog", "repair", "try"], "sqlite3 \"$db\" \".backup"),
    (
        &["hgweb", "add", "hgweb2.example.invalid", "--stream-clone", "try"],
        "sudo -n -u hg -- /var/hg/venv_tools/bin/vcsreplicator-bootstrap-hgssh /etc/mercurial/hgrc /var/hg/venv_pash/bin/hg --workers 5 --output /home/hg/hgssh.json",
    ),
    (&["hgweb", "remove", "hgweb2.example.invalid"], "Remove hgweb2 from /repo/hg/pushdataaggregator_groups"),
    (
        &["upgrade-repo", "projects/old"],
        "debugupgraderepo --optimize re-delta-multibase --run",
    ),
    (
        &["reclone", "try", "integration/autoland"],
        "sudo -n -u hg -- /usr/local/bin/mirror-pull --hgrc integration/autoland",
    ),
];

fn lb_inventory(kind: &str) -> String {
    let lb = match kind {
        "zeus" => "[loadbalancer]\nkind = \"zeus\"\nurl = \"https://zlb.example.invalid:9070\"\npool = \"hgweb-http\"\n",
        "haproxy" => "[loadbalancer]\nkind = \"haproxy\"\nsocket = \"unix:/run/haproxy/admin.sock\"\nbackend = \"hgweb-http\"\n",
        _ => "[loadbalancer]\nkind = \"manual\"\npool = \"hgweb-http\"\n",
    };
    format!("{lb}{UNREACHABLE_INVENTORY}")
}

fn load_balancer_plans_for_each_kind() {
    for (kind, drain) in [
        ("zeus", "PUT https://zlb.example.invalid:9070/api/tm/<highest listed by GET /api/tm/>/config/active/pools/hgweb-http"),
        ("haproxy", "RUNTIME unix:/run/haproxy/admin.sock set server hgweb-http/<server of 192.0.2.11:80> state drain"),
        ("manual", "MANUAL pool hgweb-http mark node 192.0.2.11:80 draining"),
    ] {
        let t = Test::new()
            .fake_ssh()
            .env("HGMO_CTL_LB_PASSWORD", "s3cret-never-shown")
            .env("HGMO_CTL_LB_USER", "lbadmin")
            .write("inv.toml", &lb_inventory(kind));
        let inv = t.path_of("inv.toml");
        let out = t.arg("-i").arg(inv).args(["-n", "restart-httpd"]).run();
        out.code(0).stdout_has(drain).stdout_has("systemctl restart httpd.service");
        assert!(!out.stdout.contains("s3cret") && !out.stdout.contains("lbadmin"), "{}", out.stdout);
        assert!(!out.ssh_was_run());
        // hgweb1 is drained, restarted and back before hgweb2 is touched.
        let pos = |needle: &str| out.stdout.find(needle).unwrap_or_else(|| panic!("{needle} missing:\n{}", out.stdout));
        assert!(pos("Put 192.0.2.11:80 back in service") < pos("Drain 192.0.2.12:80"));
    }
}

fn batches_and_repo_files() {
    let t = Test::new().fake_ssh().write("inv.toml", &lb_inventory("haproxy"));
    let inv = t.path_of("inv.toml");
    let out = t
        .arg("-i")
        .arg(&inv)
        .args(["-n", "--format", "json", "restart-httpd", "--batch", "2"])
        .run();
    out.code(0);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let steps: Vec<String> = v["actions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| format!("{}@{}", a["step"].as_str().unwrap(), a["host"].as_str().unwrap_or("-")))
        .collect();
    assert_eq!(
        &steps[..3],
        ["preflight@-", "drain@hgweb1.example.invalid", "drain@hgweb2.example.invalid"]
    );
    assert_eq!(v["actions"][0]["batches"], serde_json::json!([["192.0.2.11:80", "192.0.2.12:80"]]));

    for bad in [
        &["restart-httpd", "--batch", "0"][..],
        &["reclone"],
        &["reclone", "a b"],
        &["restart-httpd", "--drain-timeout", "0"],
    ] {
        let t = Test::new().fake_ssh().write("inv.toml", &lb_inventory("haproxy"));
        let inv = t.path_of("inv.toml");
        let out = t.arg("-i").arg(&inv).arg("--yes").args(bad.iter()).run();
        out.code(2);
        assert!(!out.ssh_was_run(), "{bad:?}");
    }

    let t = Test::new()
        .fake_ssh()
        .write("inv.toml", &lb_inventory("haproxy"))
        .write("repos.txt", "# re-clone after bug 123\ntry\n\nintegration/autoland\n");
    let inv = t.path_of("inv.toml");
    let list = t.path_of("repos.txt");
    let out = t.arg("-i").arg(&inv).args(["-n", "reclone", "--repo-file"]).arg(&list).run();
    out.code(0)
        .stdout_has("mirror-pull --hgrc try")
        .stdout_has("mirror-pull --hgrc integration/autoland");

    let t = Test::new()
        .fake_ssh()
        .write("inv.toml", &lb_inventory("haproxy"))
        .write("repos.txt", "try\n../etc\n");
    let inv = t.path_of("inv.toml");
    let list = t.path_of("repos.txt");
    t.arg("-i")
        .arg(&inv)
        .args(["-n", "reclone", "--repo-file"])
        .arg(&list)
        .run()
        .code(2)
        .stderr_has("invalid repository \"../etc\"");
}

fn every_procedure_plans_without_ssh() {
    for (args, expect) in PROCEDURES {
        for format in ["text", "markdown", "json"] {
            let t = Test::new().fake_ssh().write("inv.toml", UNREACHABLE_INVENTORY);
            let inv = t.path_of("inv.toml");
            let out = t.arg("-i").arg(inv).args(["-n", "--format", format]).args(args.iter()).run();
            out.code(0);
            if format != "json" {
                out.stdout_has(expect);
            } else {
                // One schema for every command's plan.
                let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
                let mut keys: Vec<&str> =
                    v.as_object().unwrap().keys().map(String::as_str).collect();
                keys.sort_unstable();
                let schema = [
                    "actions",
                    "assumptions",
                    "guide",
                    "inventory",
                    "params",
                    "procedure",
                    "purpose",
                    "targets",
                    "title",
                    "usage",
                ];
                assert_eq!(keys, schema, "{args:?}");
                let actions = v["actions"].as_array().unwrap();
                assert!(!actions.is_empty(), "{args:?}");
                for a in actions {
                    for k in ["number", "step", "kind", "title", "changes"] {
                        assert!(a.get(k).is_some(), "{args:?}: an action without {k}: {a}");
                    }
                }
                assert!(
                    out.stdout.contains(
                        expect.trim_start_matches("sudo -n -- ").split(' ').next().unwrap()
                    ),
                    "{args:?}"
                );
            }
            assert!(!out.ssh_was_run(), "{args:?} --format {format} ran ssh");
            assert!(
                !out.dir.path().join("state/hgmo-ctl").exists()
                    && !out.dir.path().join("home/.cache").exists(),
                "{args:?}: the dry run wrote local state"
            );
        }
    }
}

fn the_fake_ssh_does_catch_a_real_run() {
    let t = Test::new().fake_ssh().write("inv.toml", UNREACHABLE_INVENTORY);
    let inv = t.path_of("inv.toml");
    let out = t.arg("-i").arg(inv).args(["read-only", "status"]).run();
    out.code(1).stderr_has("hgssh1.example.invalid").stderr_has("cannot connect");
    assert!(out.ssh_was_run());
}

fn markdown_is_a_cab_document() {
    let t = Test::new().fake_ssh().write("inv.toml", UNREACHABLE_INVENTORY);
    let inv = t.path_of("inv.toml");
    let out = t
        .arg("-i")
        .arg(inv)
        .args(["--dry-run", "--format", "markdown", "fncache", "rebuild", "integration/autoland"])
        .run();
    out.code(0)
        .stdout_has("# Rebuild a repository's fncache")
        .stdout_has("## Purpose")
        .stdout_has("| repo | `integration/autoland` |")
        .stdout_has("| hgweb2.example.invalid | hgweb |")
        .stdout_has("## Steps")
        .stdout_has("```sh")
        .stdout_has("If this step fails:")
        .stdout_has("## If a step fails");
    // One backup per holder: the master and the two hgweb hosts.
    let backups = out.stdout.matches("**Back up the fncache**").count();
    assert_eq!(backups, 3, "{}", out.stdout);
}

fn json_plan_has_exact_commands() {
    let t = Test::new().fake_ssh().write("inv.toml", UNREACHABLE_INVENTORY);
    let inv = t.path_of("inv.toml");
    let out = t
        .arg("-i")
        .arg(inv)
        .args([
            "-n",
            "--format",
            "json",
            "read-only",
            "set",
            "try",
            "--reason",
            "it's $(rm -rf /) `x`",
        ])
        .run();
    out.code(0);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let write = v["actions"].as_array().unwrap().iter().find(|a| a["step"] == "write").unwrap();
    assert_eq!(write["host"], "hgssh1.example.invalid");
    assert_eq!(write["changes"], true);
    let cmd = write["command"].as_str().unwrap();
    assert!(
        cmd.ends_with(" - 'it'\\''s $(rm -rf /) `x`' /repo/hg/mozilla/try/.hg/readonlyreason"),
        "{cmd}"
    );
}

fn hosts_limits_the_plan() {
    let t = Test::new().fake_ssh().write("inv.toml", UNREACHABLE_INVENTORY);
    let inv = t.path_of("inv.toml");
    let out = t
        .arg("-i")
        .arg(&inv)
        .args([
            "-n",
            "--hosts",
            "hgssh1.example.invalid,hgweb2.example.invalid",
            "fncache",
            "rebuild",
            "try",
        ])
        .run();
    out.code(0).stdout_has("hgweb2.example.invalid");
    assert!(!out.stdout.contains("hgweb1.example.invalid"), "{}", out.stdout);
    let t = Test::new().fake_ssh().write("inv.toml", UNREACHABLE_INVENTORY);
    let inv = t.path_of("inv.toml");
    t.arg("-i")
        .arg(&inv)
        .args(["-n", "--hosts", "hgweb9.example.invalid", "fncache", "rebuild", "try"])
        .run()
        .code(2)
        .stderr_has("not in the inventory");
}

fn list_tree(dir: &std::path::Path) -> Vec<(String, u64)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let e = e.unwrap();
            let m = e.metadata().unwrap();
            if m.is_dir() {
                stack.push(e.path());
            } else {
                out.push((e.path().display().to_string(), m.len()));
            }
        }
    }
    out.sort();
    out
}

fn merge_try_heads_dry_run_counts_the_local_heads() {
    let t = Test::new().fake_ssh().write("inv.toml", UNREACHABLE_INVENTORY);
    let wd = t.path_of("try");
    let hg = |args: &[&str]| {
        let o = std::process::Command::new("hg")
            .args(args)
            .current_dir(&wd)
            .env("HGRCPATH", "")
            .env("HGUSER", "t")
            .output()
            .unwrap();
        assert!(o.status.success(), "hg {args:?}: {}", String::from_utf8_lossy(&o.stderr));
    };
    std::fs::create_dir_all(&wd).unwrap();
    hg(&["init"]);
    std::fs::write(wd.join("a"), "a").unwrap();
    hg(&["commit", "-qAm", "base"]);
    hg(&["phase", "-p", "."]);
    for i in 0..3 {
        hg(&["update", "-q", "0"]);
        std::fs::write(wd.join("a"), format!("{i}")).unwrap();
        hg(&["commit", "-qm", &format!("head {i}")]);
    }
    let before = list_tree(&wd);
    let inv = t.path_of("inv.toml");
    let out = t.arg("-i").arg(inv).args(["-n", "merge-try-heads", "--workdir"]).arg(&wd).run();
    out.code(0).stdout_has("heads to merge: 3 draft heads in the working copy");
    assert!(!out.ssh_was_run());
    assert_eq!(
        list_tree(&out.dir.path().join("try")),
        before,
        "the dry run changed the working copy"
    );
}

/// `examples/inventory.toml` is production's fleet (issue 13, point 10): ZooKeeper and
/// Kafka run on hgweb1-4 and kafka1-3, so `check zookeeper` and the kafka commands plan from
/// it, as do the rest.
fn the_example_inventory_plans_every_procedure() {
    let example = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/inventory.toml");
    for (args, want) in [
        (&["check", "zookeeper"][..], "[check] kafka3.dmz.mdc1.mozilla.com: zookeeper"),
        (
            &["kafka", "add-node", "--node", "kafka3.dmz.mdc1.mozilla.com"],
            "sudo -n -- systemctl start kafka.service",
        ),
        (
            &["kafka", "remove-node", "--node", "kafka3.dmz.mdc1.mozilla.com"],
            "systemctl disable kafka.service zookeeper.service",
        ),
        (
            &[
                "kafka",
                "rebalance",
                "--on",
                "kafka1.dmz.mdc1.mozilla.com",
                "--brokers",
                "14,15,16,17,21,22,23",
            ],
            "kafka-reassign-partitions.sh",
        ),
        (&["kafka", "reset"], "rm -rf -- /var/lib/kafka /var/lib/zookeeper"),
        (&["restart-httpd"], "sudo -n -- systemctl restart httpd.service"),
        (&["replication", "status"], "check_vcsreplicator_pending_lag"),
    ] {
        let out = Test::new().fake_ssh().arg("-i").arg(example).arg("-n").args(args).run();
        out.code(0).stdout_has(want);
        assert!(!out.ssh_was_run(), "{args:?}");
    }
}

/// Issue 13, point 10: the failover waits long enough for production's hg-master-monitor
/// (15 s timer, 30 s start delay) and for units that systemd may take their whole
/// `TimeoutStopSec=60` to stop, with a margin; `[master]` changes all three.
fn failover_timeouts_cover_the_monitor_and_the_unit_stop_timeouts() {
    let example = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/inventory.toml");
    let timeouts = |inventory: &str, wait: &str| {
        let text = std::fs::read_to_string(example).unwrap() + inventory;
        let t = Test::new().fake_ssh().write("inv.toml", &text);
        let inv = t.path_of("inv.toml");
        let out = t
            .arg("-i")
            .arg(inv)
            .args(["-n", "--format", "json", "failover", "--to", "hgssh4.dmz.mdc1.mozilla.com"])
            .args(["--wait", wait])
            .run();
        out.code(0);
        let plan: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
        let of = |step: &str| {
            plan["actions"].as_array().unwrap().iter().find(|a| a["step"] == step).unwrap()
                ["seconds"]
                .as_u64()
                .unwrap()
        };
        (of("old-stopped"), of("new-started"))
    };
    // Production: stop 15 + 60 + 30 (after the wait, which the poll adds); start 15 + 30 +
    // 60 + 30.
    assert_eq!(timeouts("", "60"), (105, 135));
    assert_eq!(timeouts("", "300"), (105, 135));
    let master = "\n[master]\nmonitor_interval = 5\nstart_delay = 10\nunit_stop_timeout = 90\n";
    assert_eq!(timeouts(master, "60"), (125, 135));
}

/// `lb ban`: planned on the vTM in every format (the protection class's PUT, no credential),
/// refused on HAProxy and manual before anything is read; never an ssh connection.
fn lb_bans_plan_on_the_vtm_and_are_refused_elsewhere() {
    let add = ["lb", "ban", "add", "192.0.2.7", "--for", "6h", "--reason", "a scraper"];
    for format in ["text", "markdown", "json"] {
        let t = Test::new()
            .fake_ssh()
            .env("HGMO_CTL_LB_PASSWORD", "s3cret-never-shown")
            .env("HGMO_CTL_LB_USER", "lbadmin")
            .write("inv.toml", &lb_inventory("zeus"));
        let inv = t.path_of("inv.toml");
        let out = t.arg("-i").arg(inv).args(["-n", "--format", format]).args(add).run();
        out.code(0)
            .stdout_has("https://zlb.example.invalid:9070/api/tm/<highest listed by GET /api/tm/>/config/active/protection/hg")
            .stdout_has("hgmo-ctl ban 192.0.2.7 until ")
            .stdout_has(": a scraper");
        assert!(
            !out.stdout.contains("s3cret") && !out.stdout.contains("lbadmin"),
            "{}",
            out.stdout
        );
        assert!(!out.ssh_was_run());
    }
    let t = Test::new().fake_ssh().write("inv.toml", &lb_inventory("zeus"));
    let inv = t.path_of("inv.toml");
    let out = t.arg("-i").arg(inv).args(["-n", "lb", "rate", "set", "120"]).run();
    out.code(0).stdout_has(
        "/config/active/rate/hg-rate {\"properties\":{\"basic\":{\"max_rate_per_minute\":120}}}",
    );
    assert!(!out.ssh_was_run());
    for kind in ["haproxy", "manual"] {
        for args in [
            &add[..],
            &["lb", "ban", "remove", "192.0.2.7"],
            &["lb", "ban", "list"],
            &["lb", "rate", "set", "120"],
            &["lb", "rate", "show"],
        ] {
            let t = Test::new().fake_ssh().write("inv.toml", &lb_inventory(kind));
            let inv = t.path_of("inv.toml");
            let out = t.arg("-i").arg(inv).arg("-n").args(args).run();
            out.code(2)
                .stderr_has(&format!("the load balancer is {kind}"))
                .stderr_has("nothing was read or changed");
            assert!(!out.ssh_was_run());
        }
    }
}

/// `hgweb remove --host-down`: nothing runs on the dead host, not even a connection; the plan
/// disables the node at once (no drain), removes it from the pool on each kind of load
/// balancer, and takes its group out of the master's groups file.
fn hgweb_remove_of_a_dead_host_touches_only_the_load_balancer_and_the_master() {
    for (kind, leave) in [
        ("zeus", "<every row as read but 192.0.2.12:80's>"),
        ("haproxy", "state maint (its line stays in haproxy.cfg: delete it there)"),
        ("manual", "remove node 192.0.2.12:80 and click Update"),
    ] {
        let t = Test::new().fake_ssh().write("inv.toml", &lb_inventory(kind));
        let inv = t.path_of("inv.toml");
        let out = t
            .arg("-i")
            .arg(inv)
            .args([
                "-n",
                "--format",
                "json",
                "hgweb",
                "remove",
                "hgweb2.example.invalid",
                "--host-down",
            ])
            .run();
        out.code(0);
        let plan: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
        let targets: Vec<&str> = plan["targets"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h["name"].as_str().unwrap())
            .collect();
        assert_eq!(targets, ["hgssh1.example.invalid"], "{kind}");
        let kinds: Vec<&str> = plan["actions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["kind"].as_str().unwrap())
            .collect();
        assert_eq!(
            kinds,
            ["precondition", "lb-check", "precondition", "lb-disable", "lb-leave", "run", "poll"],
            "{kind}"
        );
        for a in plan["actions"].as_array().unwrap() {
            if a["kind"] == "run" || a["kind"] == "precondition" || a["kind"] == "poll" {
                assert_eq!(a["host"], "hgssh1.example.invalid", "{a}");
            }
        }
        assert!(out.stdout.contains(leave), "{kind}: {}", out.stdout);
        assert!(out.stdout.contains("Remove hgweb2 from /repo/hg/pushdataaggregator_groups"));
        assert!(!out.ssh_was_run());
    }
}

/// Only an hgweb host of the inventory, with its load balancer node, joins or leaves; a group
/// name that could not be a consumer group is refused; none of it connects anywhere.
fn hgweb_add_and_remove_refuse_what_is_not_an_hgweb_host() {
    for (args, says) in [
        (&["hgweb", "add", "hgssh1.example.invalid"][..], "is not an hgweb host"),
        (&["hgweb", "remove", "hgweb9.example.invalid"], "is not in the inventory"),
        (&["hgweb", "add", "hgweb2.example.invalid", "--group", "a;b"], "not a consumer group"),
        (
            &["hgweb", "add", "hgweb2.example.invalid", "--stream-clone", "../x"],
            "invalid repository",
        ),
    ] {
        let t = Test::new().fake_ssh().write("inv.toml", &lb_inventory("zeus"));
        let inv = t.path_of("inv.toml");
        let out = t.arg("-i").arg(inv).arg("-n").args(args).run();
        out.code(2).stderr_has(says);
        assert!(!out.ssh_was_run());
    }
}
