//! The rest of the guide against the lab: strip, clone bundle manifests, the aggregator's
//! groups file, services.

use crate::lab::{Lab, HGWEBS, MASTER};
use crate::test::Test;

pub const TESTS: &[crate::LabTest] = tests!(
    "ops::";
    strip_removes_a_changeset_everywhere,
    strip_concludes_gone_only_from_mercurial,
    pending_pipeline_checked_and_restarted,
    zookeeper_check_is_productions,
    bundles_restore_uses_the_repositorys_backup,
    hooks_edit_with_a_scripted_editor,
    replication_wedge_incident_replayed,
    replication_skip_never_drops_a_good_message,
    notifier_skip_and_aggregator_restart,
    zookeeper_check_healthy_one_down_two_down,
    bundles_restore_and_drop_on_a_real_manifest,
    aggregator_groups_follow_added_and_removed_hosts,
    services_status_flags_a_master_unit_outside_the_master,
    mirrors_verify_finds_the_mirrors_that_differ_and_reclone_repairs_them,
    pushlog_repair_lets_the_refused_push_through,
    upgrade_repo_upgrades_the_master_and_reclones_every_mirror,
    upgrade_repo_checks_the_pool_before_it_upgrades,
    replication_heads_starts_the_stopped_heads_consumer_only,
    l10n_new_channel_creates_hooked_l10n_repositories_everywhere,
    reset_twig_starts_the_twig_again_from_its_source_everywhere,
    stream_clone_recreates_every_mirror_over_ssh_from_the_master,
);

/// A developer's push to integration/autoland, replicated to every mirror: its node.
fn pushed_and_replicated(lab: &Lab, tmp: &std::path::Path, file: &str) -> String {
    let wc = lab.clone_with_commit("integration/autoland", tmp, file);
    assert!(lab.push(&wc).status.success());
    let node = lab.hg_ok(&wc, &["log", "-r", ".", "-T", "{node}"]);
    lab.sh(
        MASTER,
        "sudo -u hg /var/hg/venv_tools/bin/hg -R /repo/hg/mozilla/integration/autoland replicatesync >/dev/null",
    );
    node
}

fn strip_removes_a_changeset_everywhere(lab: &'static Lab) {
    let t = tempfile::tempdir().unwrap();
    let node = pushed_and_replicated(lab, t.path(), "to-strip.txt");
    let repo = "/repo/hg/mozilla/integration/autoland";
    for h in HGWEBS {
        lab.sh(h, &format!("/var/hg/venv_tools/bin/hg -R {repo} log -r {node} -T x"));
    }
    // Revsets and revision numbers are refused: only a node.
    lab.hgmo().args(["--yes", "strip", "integration/autoland", "all()"]).run().code(2);
    lab.hgmo().args(["--yes", "strip", "integration/autoland", "5"]).run().code(2);
    let out = lab.hgmo().args(["--yes", "strip", "integration/autoland", &node[..12]]).run();
    out.code(0).stdout_has("add to-strip.txt");
    for h in [MASTER].iter().chain(HGWEBS.iter()) {
        let o = lab.exec(h, &format!("/var/hg/venv_tools/bin/hg -R {repo} log -r {node} -T x"));
        assert!(!o.status.success(), "{h} still has {node}");
        lab.sh(h, &format!("/var/hg/venv_tools/bin/hg -R {repo} verify -q"));
    }
    lab.sh(MASTER, &format!("ls {repo}/.hg/strip-backup/ | grep -q ."));
}

/// "Gone" is Mercurial's own unknown-revision answer, nothing else (issue 13, point 8): with
/// the verifying Mercurial missing (a wrong `hg_tools`), the check cannot tell, and the run
/// must fail instead of reporting the changeset gone.
fn strip_concludes_gone_only_from_mercurial(lab: &'static Lab) {
    let t = tempfile::tempdir().unwrap();
    let node = pushed_and_replicated(lab, t.path(), "to-strip-2.txt");
    let repo = "/repo/hg/mozilla/integration/autoland";
    let out = lab
        .hgmo_with_paths("hg_tools = \"/var/hg/venv_tools/bin/hg-not-there\"")
        .args(["--yes", "strip", "integration/autoland", &node[..12]])
        .run();
    out.code(1).stderr_has("(gone)").stderr_has("cannot tell whether");
    assert!(!out.stdout.contains(&format!("gone: {}", &node[..12])), "{}", out.stdout);
    // The strip itself happened (the checks come after it), everywhere.
    for h in [MASTER].iter().chain(HGWEBS.iter()) {
        let o = lab
            .exec(h, &format!("/var/hg/venv_tools/bin/hg -R {repo} log --hidden -r {node} -T x"));
        assert!(!o.status.success(), "{h} still has {node}");
    }
    // With the right Mercurial the same check says gone (a second run finds nothing to do
    // but verifies again).
    let out = lab.hgmo().args(["--yes", "strip", "integration/autoland", &node[..12]]).run();
    out.code(1).stderr_has("nothing was stripped");
}

const MANIFEST_NEW: &str = "https://hg-edge.mozilla.org/bundles/mozilla-central/BADTIP.zstd-max.hg BUNDLESPEC=zstd-v2 REQUIRESNI=true cdn=true\nhttps://s3-us-west-2.amazonaws.com/moz-hg-bundles-us-west-2/mozilla-central/BADTIP.zstd-max.hg BUNDLESPEC=zstd-v2 ec2region=us-west-2\nhttps://hg-edge.mozilla.org/bundles/mozilla-central/BADTIP.stream-v2.hg BUNDLESPEC=none-v2;stream=v2;requirements%3Dgeneraldelta%2Crevlog-compression-zstd%2Crevlogv1%2Csparserevlog REQUIRESNI=true cdn=true\nhttps://storage.googleapis.com/moz-hg-bundles-gcp-us-central1/mozilla-central/BADTIP.stream-v2.hg BUNDLESPEC=none-v2;stream=v2;requirements%3Dgeneraldelta%2Crevlog-compression-zstd%2Crevlogv1%2Csparserevlog gceregion=us-central1";

/// The generator keeps `.last`, not `.old`, for a repository whose manifest it copies from
/// another's (`copyfrom=` in /repo/hg/bundles/repos; issue 13, point 7): restore uses that
/// backup, says when the next generation overwrites it, and can pause the generation.
fn bundles_restore_uses_the_repositorys_backup(lab: &'static Lab) {
    let repo = "/repo/hg/mozilla/integration/autoland";
    let list = lab.sh(MASTER, "cat /repo/hg/bundles/repos");
    assert!(list.contains("integration/autoland copyfrom=mozilla-central"), "{list}");
    let good = MANIFEST_NEW.replace("BADTIP", "GOODTIP");
    let write = |name: &str, content: &str| {
        let host_file = lab.shared().join(format!("mozilla/integration/autoland/.hg/{name}"));
        std::fs::write(&host_file, content).unwrap();
        lab.sh(MASTER, &format!("chown hg:hg {repo}/.hg/{name} && chmod 0664 {repo}/.hg/{name}"));
    };
    lab.sh(MASTER, &format!("rm -f {repo}/.hg/clonebundles.manifest*"));
    write("clonebundles.manifest", MANIFEST_NEW);
    write("clonebundles.manifest.last", &good);
    lab.sh(MASTER, "systemctl start hg-bundle-generate.timer");
    let out = lab
        .hgmo()
        .args(["--yes", "bundles", "restore", "integration/autoland", "--pause-generation"])
        .run();
    let timer = lab.sh(MASTER, "systemctl is-active hg-bundle-generate.timer || true");
    lab.sh(MASTER, "systemctl start hg-bundle-generate.timer");
    assert_eq!(timer.trim(), "inactive", "the generation was not paused");
    out.code(0)
        .stdout_has("previous manifest: /repo/hg/mozilla/integration/autoland/.hg/clonebundles.manifest.last")
        .stdout_has("it runs daily at 04:00")
        .stderr_has("Pause bundle generation");
    let now = std::fs::read_to_string(
        lab.shared().join("mozilla/integration/autoland/.hg/clonebundles.manifest"),
    )
    .unwrap();
    assert_eq!(now, good);
    lab.sh(MASTER, &format!("rm -f {repo}/.hg/clonebundles.manifest*"));
}

fn bundles_restore_and_drop_on_a_real_manifest(lab: &'static Lab) {
    let repo = "/repo/hg/mozilla/mozilla-central";
    let old = MANIFEST_NEW.replace("BADTIP", "GOODTIP");
    let write = |name: &str, content: &str| {
        let host_file = lab.shared().join(format!("mozilla/mozilla-central/.hg/{name}"));
        std::fs::write(&host_file, content).unwrap();
        lab.sh(MASTER, &format!("chown hg:hg {repo}/.hg/{name} && chmod 0664 {repo}/.hg/{name}"));
    };
    write("clonebundles.manifest", MANIFEST_NEW);
    write("clonebundles.manifest.old", &old);

    let out = lab.hgmo().args(["--yes", "bundles", "restore", "mozilla-central"]).run();
    out.code(0)
        .stdout_has("-https://hg-edge.mozilla.org/bundles/mozilla-central/BADTIP")
        .stdout_has("wrote synchronization message");
    assert_eq!(lab.sh(MASTER, &format!("cat {repo}/.hg/clonebundles.manifest")), old);
    assert_eq!(
        lab.sh(MASTER, &format!("stat -c '%U %a' {repo}/.hg/clonebundles.manifest")).trim(),
        "hg 664"
    );
    let kept = lab.sh(MASTER, &format!("cat {repo}/.hg/clonebundles.manifest.hgmo-ctl-*"));
    assert_eq!(kept, MANIFEST_NEW, "the replaced manifest was not kept");
    // Drop the stream bundles: typed confirmation, atomic rewrite.
    let spec = "none-v2;stream=v2";
    let out =
        lab.hgmo().args(["--yes", "bundles", "drop", "mozilla-central", "--spec", spec]).run();
    out.code(2).stderr_has("--confirm mozilla-central");
    assert_eq!(lab.sh(MASTER, &format!("cat {repo}/.hg/clonebundles.manifest")), old);
    let out = lab
        .hgmo()
        .args([
            "--yes",
            "bundles",
            "drop",
            "mozilla-central",
            "--spec",
            spec,
            "--confirm",
            "mozilla-central",
        ])
        .run();
    out.code(0).stdout_has("drops line 3").stdout_has("2 lines left");
    let now = lab.sh(MASTER, &format!("cat {repo}/.hg/clonebundles.manifest"));
    assert_eq!(now.lines().count(), 2);
    assert!(!now.contains("stream=v2") && now.contains("zstd-v2"), "{now}");
    assert_eq!(
        lab.sh(MASTER, &format!("stat -c '%U %a' {repo}/.hg/clonebundles.manifest")).trim(),
        "hg 664"
    );
    // Text that matches every line or none is refused.
    for spec in ["https://", "nothing-like-this"] {
        lab.hgmo()
            .args(["--yes", "bundles", "drop", "mozilla-central", "--spec", spec])
            .args(["--confirm", "mozilla-central"])
            .run()
            .code(3);
    }
    lab.sh(MASTER, &format!("rm -f {repo}/.hg/clonebundles.manifest* && sudo -u hg /var/hg/venv_tools/bin/hg -R {repo} replicatesync >/dev/null"));
}

/// The groups file follows the inventory's hgweb hosts, and a sync survives the next deploy
/// (issue 13, point 6): `sync` changes the source in the version-control-tools checkout and
/// deploys it; editing only the master's copy is refused.
fn aggregator_groups_follow_added_and_removed_hosts(lab: &'static Lab) {
    let file = lab.shared().join("pushdataaggregator_groups");
    // A version-control-tools checkout, and a deploy that copies the file as the hg-ssh role
    // does (lab stand-in for ./deploy hgmo).
    let vct = tempfile::tempdir().unwrap();
    let source = vct.path().join("ansible/roles/hg-ssh/files/pushdataaggregator_groups");
    std::fs::create_dir_all(source.parent().unwrap()).unwrap();
    std::fs::write(&source, "hgweb1\nhgweb2\nhgweb3\n").unwrap();
    let deploy = vct.path().join("deploy");
    std::fs::write(
        &deploy,
        format!(
            "#!/bin/sh\n# lab stand-in for ./deploy hgmo: the hg-ssh role copies the groups file to the master\nexec ssh -F {} -o BatchMode=yes operator@{} 'sudo -n tee /repo/hg/pushdataaggregator_groups >/dev/null' < {}\n",
            lab.ssh_config.display(),
            crate::lab::MASTER_IP,
            source.display()
        ),
    )
    .unwrap();
    let run_deploy = || {
        let out = std::process::Command::new("sh").arg(&deploy).output().unwrap();
        assert!(out.status.success(), "deploy: {}", String::from_utf8_lossy(&out.stderr));
    };
    let with_checkout = |text: &str| {
        format!(
            "{text}\n[deploy]\ncommand = \"sh {}\"\ncheckout = \"{}\"\n",
            deploy.display(),
            vct.path().display()
        )
    };
    run_deploy();
    lab.sh(MASTER, "chown root:root /repo/hg/pushdataaggregator_groups && chmod 0644 /repo/hg/pushdataaggregator_groups");
    std::fs::write(&file, "hgweb1\n  hgweb2 \n\nhgweb3\n").unwrap();
    lab.hgmo()
        .args(["aggregator", "groups", "show"])
        .run()
        .code(0)
        .stdout_has("in sync with the inventory");

    // An hgweb host added to the inventory.
    let text = std::fs::read_to_string(&lab.inventory).unwrap();
    let added = format!("{text}\n[hosts.\"hgweb4.lab.test\"]\nroles = [\"hgweb\"]\nssh = \"10.254.77.24\"\nlb_node = \"10.254.77.24:80\"\n");
    let out = Test::new().inventory(&added).args(["aggregator", "groups", "show"]).run();
    out.code(1).stdout_has("+ hgweb4  (an hgweb host of the inventory, missing from the file)");
    // Without the checkout, only the deployed copy could change: refused.
    let before = std::fs::read_to_string(&file).unwrap();
    Test::new()
        .inventory(&added)
        .args(["--yes", "aggregator", "groups", "sync"])
        .run()
        .code(2)
        .stderr_has("the next deploy would undo an edit of the master's copy alone");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), before);
    Test::new()
        .inventory(&with_checkout(&added))
        .args(["--yes", "aggregator", "groups", "sync"])
        .run()
        .code(0)
        .stdout_has(&format!("wrote {}", source.display()))
        .stdout_has("in sync with the inventory");
    assert_eq!(std::fs::read_to_string(&source).unwrap(), "hgweb1\nhgweb2\nhgweb3\nhgweb4\n");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "hgweb1\nhgweb2\nhgweb3\nhgweb4\n");
    assert_eq!(
        lab.sh(MASTER, "stat -c '%U:%G %a' /repo/hg/pushdataaggregator_groups").trim(),
        "root:root 644"
    );
    // The next deploy keeps it.
    run_deploy();
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "hgweb1\nhgweb2\nhgweb3\nhgweb4\n");
    Test::new()
        .inventory(&with_checkout(&added))
        .args(["aggregator", "groups", "show"])
        .run()
        .code(0)
        .stdout_has("the deploy source is in sync with the inventory");

    // hgweb2's table removed from the inventory.
    let start = added.find("[hosts.\"hgweb2.lab.test\"]").unwrap();
    let end = added[start..].find("\n\n").map_or(added.len(), |e| start + e + 1);
    let removed = format!("{}{}", &added[..start], &added[end..]);
    assert!(!removed.contains("hgweb2.lab.test"));
    let out = Test::new()
        .inventory(&with_checkout(&removed))
        .args(["aggregator", "groups", "show"])
        .run();
    out.code(1).stdout_has("- hgweb2  (in the file, not an hgweb host of the inventory)");
    Test::new()
        .inventory(&with_checkout(&removed))
        .args(["--yes", "aggregator", "groups", "sync"])
        .run()
        .code(0);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "hgweb1\nhgweb3\nhgweb4\n");
    // Already in sync: the source is not written again.
    Test::new()
        .inventory(&with_checkout(&removed))
        .args(["--yes", "aggregator", "groups", "sync"])
        .run()
        .code(0)
        .stdout_has("already lists these groups");
    // Back to the lab's own list.
    Test::new()
        .inventory(&with_checkout(&text))
        .args(["--yes", "aggregator", "groups", "sync"])
        .run()
        .code(0);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "hgweb1\nhgweb2\nhgweb3\n");
}

fn services_status_flags_a_master_unit_outside_the_master(lab: &'static Lab) {
    let out = lab.hgmo().args(["services", "status"]).run();
    out.code(0)
        .stdout_has("hgssh1.lab.test| master file /repo/hg/master.hgssh1.lab.test: yes")
        .stdout_has("hgssh2.lab.test| master file /repo/hg/master.hgssh2.lab.test: no")
        .stdout_has("hgweb2.lab.test| vcsreplicator@6.service")
        .stdout_has("hgweb3.lab.test| httpd.service                active");
    let state = lab.dir.join("hosts/hgssh2/systemd");
    std::fs::write(
        lab.dir.join("hosts/hgssh2/monitor.conf"),
        "MONITOR_INTERVAL=30\nSTART_DELAY=30\n",
    )
    .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1500));
    lab.sh("hgssh2.lab.test", &format!("setsid /usr/local/bin/hgmo-lab-unit pulsenotifier.service {} </dev/null >/dev/null 2>&1 & sleep 0.5", state.display()));
    let out = lab.hgmo().args(["services", "status"]).run();
    lab.sh("hgssh2.lab.test", "systemctl stop pulsenotifier.service");
    std::fs::write(
        lab.dir.join("hosts/hgssh2/monitor.conf"),
        "MONITOR_INTERVAL=1\nSTART_DELAY=2\n",
    )
    .unwrap();
    out.code(1)
        .stdout_has("ERROR: pulsenotifier.service runs on hgssh2.lab.test, which is not the master")
        .stderr_has("hgssh2.lab.test: a master-only unit runs outside the master");
}

fn hooks_edit_with_a_scripted_editor(lab: &'static Lab) {
    let repo = "/repo/hg/mozilla/try";
    let marker = format!("# hooks edit {}", std::process::id());
    let t = tempfile::tempdir().unwrap();
    let editor = t.path().join("editor");
    std::fs::write(&editor, format!("#!/bin/sh\nprintf '[hooks]\\n{marker}\\n' >> \"$1\"\n"))
        .unwrap();
    crate::test::make_executable(&editor);
    let before = lab.sh(MASTER, &format!("cat {repo}/.hg/hgrc"));
    let mode = lab.sh(MASTER, &format!("stat -c '%U %a' {repo}/.hg/hgrc"));
    let out = lab.hgmo().env("EDITOR", &editor).args(["--yes", "hooks", "edit", "try"]).run();
    out.code(0).stdout_has(&format!("+{marker}")).stdout_has("recorded hgrc in replication log");
    let after = lab.sh(MASTER, &format!("cat {repo}/.hg/hgrc"));
    assert_eq!(after, format!("{before}[hooks]\n{marker}\n"));
    assert_eq!(
        lab.sh(MASTER, &format!("stat -c '%U %a' {repo}/.hg/hgrc")),
        mode,
        "owner or mode changed"
    );
    for h in HGWEBS {
        assert!(
            lab.sh(h, &format!("cat {repo}/.hg/hgrc")).contains(&marker),
            "{h} did not get the hgrc"
        );
    }
    // Someone changes the file while the operator edits: nothing is written.
    let shared = lab.shared().join("mozilla/try/.hg/hgrc");
    let sneaky = t.path().join("sneaky-editor");
    std::fs::write(
        &sneaky,
        format!("#!/bin/sh\necho '# mine' >> \"$1\"\necho '# theirs' >> '{}'\n", shared.display()),
    )
    .unwrap();
    crate::test::make_executable(&sneaky);
    let out = lab.hgmo().env("EDITOR", &sneaky).args(["--yes", "hooks", "edit", "try"]).run();
    out.code(3).stderr_has("changed on the master while it was being edited");
    let now = lab.sh(MASTER, &format!("cat {repo}/.hg/hgrc"));
    assert!(now.ends_with("# theirs\n") && !now.contains("# mine"), "{now}");
    // No terminal and no --yes: refused before anything.
    lab.hgmo()
        .env("EDITOR", &editor)
        .args(["hooks", "edit", "try"])
        .run()
        .code(3)
        .stderr_has("not a terminal");
    // It runs on the common path: another run's lock refuses it before anything, naming the
    // holder, and a run is journaled (history) and can be planned in every format.
    std::fs::write(
        lab.shared().join("hgmo-ctl.lock"),
        "operator=alice\nrun=20260101T000000Z-1\nprocedure=restart-httpd\nstarted=2026-01-01T00:00:00Z\n",
    )
    .unwrap();
    let held = lab.hgmo().env("EDITOR", &editor).args(["--yes", "hooks", "edit", "try"]).run();
    held.code(3).stderr_has("another run holds the lock").stderr_has("alice");
    assert_eq!(lab.sh(MASTER, &format!("cat {repo}/.hg/hgrc")), now, "written under a held lock");
    std::fs::remove_file(lab.shared().join("hgmo-ctl.lock")).unwrap();
    let state = tempfile::tempdir().unwrap();
    lab.hgmo()
        .env("XDG_STATE_HOME", state.path())
        .env("EDITOR", &editor)
        .args(["--yes", "hooks", "edit", "try"])
        .run()
        .code(0);
    let history =
        lab.hgmo().env("XDG_STATE_HOME", state.path()).args(["--format", "json", "history"]).run();
    let runs: serde_json::Value = serde_json::from_str(&history.stdout).unwrap();
    assert_eq!(runs[0]["procedure"], "hooks-edit", "{runs}");
    assert_eq!(runs[0]["outcome"], "succeeded", "{runs}");
    let plan = lab.hgmo().args(["--dry-run", "--format", "json", "hooks", "edit", "try"]).run();
    let plan: serde_json::Value = serde_json::from_str(&plan.code(0).stdout).unwrap();
    assert_eq!(plan["procedure"], "hooks-edit");
    // Put the hgrc back as it was.
    std::fs::write(&shared, &before).unwrap();
    lab.sh(MASTER, &format!("chown hg:hg {repo}/.hg/hgrc; sudo -u hg /var/hg/venv_tools/bin/hg -R {repo} replicatehgrc >/dev/null"));
}

fn check_zk(lab: &Lab, hosts: Option<&str>) -> crate::test::Outcome {
    let mut t = lab.hgmo();
    if let Some(h) = hosts {
        t = t.args(["--hosts", h]);
    }
    t.args(["check", "zookeeper"]).run()
}

/// Poll the check until it exits with `code` (ZooKeeper needs a moment after a change).
fn zk_until(lab: &Lab, hosts: Option<&str>, code: i32) -> crate::test::Outcome {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        let out = check_zk(lab, hosts);
        if out.code == code || std::time::Instant::now() > deadline {
            return out;
        }
        std::thread::sleep(std::time::Duration::from_millis(500));
    }
}

fn zookeeper_check_healthy_one_down_two_down(lab: &'static Lab) {
    let out = zk_until(lab, None, 0);
    out.code(0);
    assert_eq!(out.stdout.matches("zookeeper node and ensemble OK").count(), 3, "{}", out.stdout);

    lab.sh(HGWEBS[2], "systemctl stop zookeeper.service || true");
    let one = "hgweb1.lab.test";
    let out = zk_until(lab, Some(one), 1);
    out.code(1).stdout_has("ENSEMBLE WARNING - socket error connecting to hgweb3.lab.test");
    assert!(!out.stdout.contains("CRITICAL"), "{}", out.stdout);
    // From the stopped node's own point of view it is critical.
    check_zk(lab, None)
        .code(2)
        .stdout_has("hgweb3.lab.test: NODE CRITICAL - not responding \"imok\"");

    lab.sh(HGWEBS[1], "systemctl stop zookeeper.service || true");
    let out = zk_until(lab, Some(one), 2);
    out.code(2)
        .stdout_has("ENSEMBLE CRITICAL - unable to find leader node; ensemble likely not writable");

    // Kafka requires ZooKeeper, so stopping ZooKeeper stopped it too; start both again.
    for h in [HGWEBS[1], HGWEBS[2]] {
        lab.sh(h, "systemctl start zookeeper.service kafka.service");
    }
    zk_until(lab, None, 0).code(0);
    crate::lab_kafka::kafka_ready(lab);
}

/// check zookeeper is production's check (issue 13, point 9): the ensemble is the `server.N`
/// lines of each host's own zoo.cfg, not the inventory, and the hosts need no `nc`. Here the
/// inventory does not know that hgweb3 runs ZooKeeper, hgweb3's node is down, and hgweb1 has
/// no working `nc`: hgweb1 must still report the missing member.
fn zookeeper_check_is_productions(lab: &'static Lab) {
    zk_until(lab, None, 0).code(0);
    let text = std::fs::read_to_string(&lab.inventory).unwrap();
    let block = "[hosts.\"hgweb3.lab.test\"]\nroles = [\"hgweb\", \"zookeeper\", \"kafka\"]";
    assert!(text.contains(block), "{text}");
    let t = crate::test::Test::new().write(
        "inv.toml",
        &text.replacen(block, "[hosts.\"hgweb3.lab.test\"]\nroles = [\"hgweb\", \"kafka\"]", 1),
    );
    let inv = t.path_of("inv.toml");
    lab.sh(HGWEBS[2], "systemctl stop zookeeper.service || true");
    lab.sh(HGWEBS[0], "mount --bind /dev/null \"$(readlink -f /usr/bin/nc)\"");
    let check = || {
        crate::test::Test::new()
            .arg("-i")
            .arg(&inv)
            .args(["--hosts", HGWEBS[0], "check", "zookeeper"])
            .run()
    };
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    let out = loop {
        let out = check();
        if out.code == 1 || std::time::Instant::now() > deadline {
            break out;
        }
        std::thread::sleep(std::time::Duration::from_millis(500));
    };
    lab.sh(HGWEBS[0], "umount \"$(readlink -f /usr/bin/nc)\"");
    lab.sh(HGWEBS[2], "systemctl start zookeeper.service kafka.service");
    crate::lab_kafka::kafka_ready(lab);
    out.code(1)
        .stdout_has(
            "hgweb1.lab.test: ENSEMBLE WARNING - socket error connecting to hgweb3.lab.test",
        )
        .stdout_has("hgweb1.lab.test: ENSEMBLE WARNING - only have 1/2 expected followers");
    assert!(!out.stdout.contains("NODE"), "{}", out.stdout);
    zk_until(lab, None, 0).code(0);
    drop(t);
}

pub fn lab_script(lab: &Lab, args: &[&str]) -> String {
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/lab/lab");
    let out =
        std::process::Command::new(script).args(args).env("LAB_DIR", &lab.dir).output().unwrap();
    assert!(out.status.success(), "lab {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub fn status_until(lab: &Lab, code: i32) -> crate::test::Outcome {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    loop {
        let out = lab.hgmo().args(["replication", "status"]).run();
        if out.code == code || std::time::Instant::now() > deadline {
            return out;
        }
        std::thread::sleep(std::time::Duration::from_millis(1000));
    }
}

/// The pending pipeline (issue 13, point 5): `replication status` runs the pending lag check
/// on every hgweb, `services status` watches vcsreplicator-heads.service and names the fix,
/// and `aggregator restart --pending` restarts pushdataaggregator-pending.service (only it).
fn pending_pipeline_checked_and_restarted(lab: &'static Lab) {
    let out = status_until(lab, 0);
    out.code(0);
    for h in HGWEBS {
        assert!(
            out.stdout.lines().any(|l| l.starts_with(h.split('.').next().unwrap())
                && l.contains("check_vcsreplicator_pending_lag")
                && l.contains("OK - 1/1 consumers completely in sync")),
            "no pending check on {h}:\n{}",
            out.stdout
        );
    }
    lab.sh(HGWEBS[1], "systemctl stop vcsreplicator-heads.service");
    let out = lab.hgmo().args(["services", "status"]).run();
    lab.sh(HGWEBS[1], "systemctl start vcsreplicator-heads.service");
    out.code(1).stdout_has("vcsreplicator-heads.service").stderr_has(&format!(
        "{}: a replication consumer (vcsreplicator@N, or vcsreplicator-heads: `systemctl start vcsreplicator-heads.service`",
        HGWEBS[1]
    ));
    let main_pid = |unit: &str| {
        let status = lab.sh(MASTER, &format!("systemctl status {unit} || true"));
        status
            .lines()
            .find_map(|l| l.trim().strip_prefix("Main PID: "))
            .and_then(|r| r.split_whitespace().next())
            .unwrap_or_else(|| panic!("no Main PID for {unit}: {status}"))
            .to_string()
    };
    let (pending, plain) =
        (main_pid("pushdataaggregator-pending.service"), main_pid("pushdataaggregator.service"));
    let out = lab.hgmo().args(["--yes", "aggregator", "restart", "--pending"]).run();
    out.code(0).stderr_has("Restart pushdataaggregator-pending.service");
    assert_ne!(main_pid("pushdataaggregator-pending.service"), pending, "not restarted");
    assert_eq!(main_pid("pushdataaggregator.service"), plain, "the other aggregator was restarted");
}

/// The incident of seeds/replication-wedge-incident.txt: a message for a deleted user
/// repository wedges partition 6 on every hgweb host.
fn replication_wedge_incident_replayed(lab: &'static Lab) {
    status_until(lab, 0).code(0).stdout_has("OK - 8/8 consumers completely in sync");
    lab_script(
        lab,
        &["wedge", "--partition", "6", "--repo", "users/someone_example.com/deleted-repo"],
    );
    let out = status_until(lab, 2);
    out.code(2)
        .stderr_has("replication status: CRITICAL")
        .stderr_has("replication skip --host H --partition N");
    for h in ["hgweb1", "hgweb2", "hgweb3"] {
        let row = out
            .stdout
            .lines()
            .find(|l| {
                l.starts_with(h) && l.contains("check_vcsreplicator_lag") && l.contains(" 6 ")
            })
            .unwrap_or_else(|| panic!("no partition 6 row for {h}:\n{}", out.stdout));
        // offset/available, then the messages behind: the consumer stopped at the bad
        // message, 701 behind (earlier tests may have left messages before it).
        let f: Vec<&str> = row.split_whitespace().collect();
        let (off, avail) = f[3].split_once('/').expect("offset/available");
        let (off, avail): (u64, u64) = (off.parse().unwrap(), avail.parse().unwrap());
        assert!(avail - off == 701 && f[4] == "701" && row.ends_with("CRITICAL"), "{row}");
    }
    let out =
        lab.hgmo().args(["replication", "dump", "--host", HGWEBS[0], "--partition", "6"]).run();
    out.code(0).stdout_has("users/someone_example.com/deleted-repo");

    let out =
        lab.hgmo().args(["--yes", "replication", "skip", "--all-hosts", "--partition", "6"]).run();
    out.code(0).stderr_has("incident note written to");
    for h in HGWEBS {
        out.stdout_has(&format!(
            "{h}| skipped message in partition 6 for group {}",
            h.split('.').next().unwrap()
        ));
    }
    let note_path = out
        .stderr
        .lines()
        .find_map(|l| l.split("incident note written to ").nth(1))
        .unwrap()
        .trim()
        .to_string();
    let note = std::fs::read_to_string(&note_path).unwrap();
    for needle in [
        "users/someone_example.com/deleted-repo",
        "partition: 6",
        "hgweb1.lab.test",
        "hgweb3.lab.test",
        "skipped message in partition 6",
    ] {
        assert!(note.contains(needle), "the incident note lacks {needle:?}:\n{note}");
    }
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(std::fs::metadata(&note_path).unwrap().permissions().mode() & 0o777, 0o600);
    status_until(lab, 0).code(0);
}

/// The wedge incident while another repository on the same partition receives pushes (issue
/// 13, point 2). Asked to skip two messages on hgweb1, the operator is shown each one before
/// it is dropped: the first is the bad message, the second a developer's good push, which
/// the operator refuses; the run then offers to start the (stopped) consumer again, and
/// hgweb1 applies every good push. hgweb2 and hgweb3 are cleared with `--yes` (one skip
/// each). Afterwards every mirror holds every good push.
fn replication_skip_never_drops_a_good_message(lab: &'static Lab) {
    const HG: &str = "/var/hg/venv_tools/bin/hg";
    status_until(lab, 0).code(0).stdout_has("OK - 8/8 consumers completely in sync");
    // A user repository on partition 6 (the lab maps users/ paths to 5-7 by crc32).
    let repo = "users/dev0_example.com/p6";
    let path = format!("/repo/hg/mozilla/{repo}");
    lab.sh(
        MASTER,
        &format!(
            "test -d {path}/.hg || sudo -u hg sh -c 'mkdir -p $(dirname {path}) && {HG} init {path} && cd {path} && echo a > a && {HG} add -q a && {HG} commit -q -m init -u lab -d \"0 0\"'; sudo -u hg {HG} -R {path} replicatesync >/dev/null"
        ),
    );
    let has = |h: &str, node: &str| {
        lab.exec(h, &format!("{HG} -R {path} log -r {node} -T x")).status.success()
    };
    let wait_has = |hosts: &[&str], node: &str| {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(90);
        for h in hosts {
            while !has(h, node) {
                assert!(std::time::Instant::now() < deadline, "{h} never got {node}");
                std::thread::sleep(std::time::Duration::from_millis(500));
            }
        }
    };
    wait_has(&HGWEBS, "tip");
    status_until(lab, 0).code(0);
    lab_script(lab, &["wedge", "--partition", "6", "--count", "0"]);
    let t = tempfile::tempdir().unwrap();
    let run = format!("{}", std::process::id());
    let wc = lab.clone_with_commit(repo, t.path(), &format!("good-{run}-1.txt"));
    assert!(lab.push(&wc).status.success());
    let good1 = lab.hg_ok(&wc, &["log", "-r", ".", "-T", "{node}"]);
    let sync = format!("sudo -u hg {HG} -R {path} replicatesync >/dev/null");
    lab.sh(MASTER, &sync);
    // Two messages behind: within the check's tolerances, but out of sync, on every host.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        let out = lab.hgmo().args(["replication", "status"]).run();
        if out.stdout.matches("1/8 consumers out of sync").count() == 3 {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "not wedged:\n{}", out.stdout);
        std::thread::sleep(std::time::Duration::from_millis(500));
    }

    let (mut p, _d) = lab
        .hgmo()
        .args(["replication", "skip", "--host", HGWEBS[0], "--partition", "6", "--count", "2"])
        .spawn_pty(180_000);
    p.exp_string("Stop vcsreplicator@6.service").unwrap();
    p.exp_string("Run this on hgweb1.lab.test?").unwrap();
    p.send_line("y").unwrap();
    p.exp_string("users/someone_example.com/deleted-repo").unwrap();
    p.exp_string("Run this on hgweb1.lab.test?").unwrap();
    p.send_line("y").unwrap();
    p.exp_string("skipped message in partition 6").unwrap();
    p.exp_string(&format!("{{moz}}/{repo}")).unwrap();
    // Meanwhile, another good push to the same partition.
    std::fs::write(wc.join("good-2.txt"), "2\n").unwrap();
    lab.hg_ok(&wc, &["add", "good-2.txt"]);
    lab.hg_ok(&wc, &["commit", "-m", "good push 2"]);
    assert!(lab.push(&wc).status.success());
    let good2 = lab.hg_ok(&wc, &["log", "-r", ".", "-T", "{node}"]);
    lab.sh(MASTER, &sync);
    p.exp_string("Run this on hgweb1.lab.test?").unwrap();
    p.send_line("n").unwrap();
    p.exp_string("Undo it on hgweb1.lab.test now?").unwrap();
    p.send_line("y").unwrap();
    let rest = p.exp_eof().unwrap();
    let status = p.process.wait().unwrap();
    assert_eq!(
        status,
        rexpect::process::wait::WaitStatus::Exited(p.process.child_pid, 3),
        "{rest}"
    );
    wait_has(&[HGWEBS[0]], &good1);
    wait_has(&[HGWEBS[0]], &good2);

    for h in [HGWEBS[1], HGWEBS[2]] {
        let out = lab
            .hgmo()
            .args(["--yes", "replication", "skip", "--host", h, "--partition", "6"])
            .run();
        out.code(0).stdout_has("users/someone_example.com/deleted-repo");
    }
    wait_has(&HGWEBS, &good1);
    wait_has(&HGWEBS, &good2);
    status_until(lab, 0).code(0);
}

fn notifier_skip_and_aggregator_restart(lab: &'static Lab) {
    status_until(lab, 0).code(0);
    lab_script(lab, &["wedge", "--notifier"]);
    let out = status_until(lab, 2);
    out.code(2).stdout_has("check_pulsenotifier_lag").stderr_has("notifier skip pulse");
    for which in ["pulse", "sns"] {
        let out = lab.hgmo().args(["--yes", "notifier", "skip", which]).run();
        out.code(0).stdout_has("skipped").stdout_has(&format!("for group {which}notifier"));
    }
    status_until(lab, 0).code(0);
    let out = lab.hgmo().args(["--yes", "aggregator", "restart"]).run();
    out.code(0).stderr_has("Restart pushdataaggregator.service");
    let lag = lab.sh(MASTER, "/var/hg/venv_tools/bin/check_vcsreplicator_aggregator_lag /etc/mercurial/pushdataaggregator.ini");
    assert!(lag.starts_with("OK - aggregator has copied all fully replicated messages"), "{lag}");
    assert_eq!(lab.sh(MASTER, "systemctl is-active pushdataaggregator.service").trim(), "active");
}

/// Issue 16 point 2: the consistency sweep. mozilla-central and integration/autoland agree on
/// the three mirrors; then hgweb2's mozilla-central loses its tip (heads differ) and hgweb3's
/// integration/autoland has its tip made draft (same heads, the hash differs). The sweep of
/// every repository lists those two among what differs (earlier tests leave other
/// repositories that really differ, e.g. try after merge-try-heads ran on the master only);
/// the sweep of the two names exactly them and the reclone that repairs them, which, accepted
/// on a terminal, runs; afterwards they agree again.
fn mirrors_verify_finds_the_mirrors_that_differ_and_reclone_repairs_them(lab: &'static Lab) {
    let two = ["integration/autoland", "mozilla-central"];
    let verify = || lab.hgmo().args(["mirrors", "verify"]).args(two).run();
    let out = verify();
    out.code(0).stderr_has("2 repositories, identical on the master and 3 mirror(s)");
    assert!(out.stdout.is_empty(), "{}", out.stdout);
    let hg = "runuser -u hg -- /var/hg/venv_replication/bin/hg";
    lab.sh(
        HGWEBS[1],
        &format!("{hg} --config extensions.strip= -R /repo/hg/mozilla/mozilla-central strip -q --no-backup -r tip"),
    );
    lab.sh(
        HGWEBS[2],
        &format!("{hg} -R /repo/hg/mozilla/integration/autoland phase -q --draft --force -r tip"),
    );
    let is_ours = |r: &&str| {
        (r.starts_with("integration/autoland ")
            && r.contains("hgweb3")
            && r.contains("hgmo-ctl hash differs (same heads)"))
            || (r.starts_with("mozilla-central ")
                && r.contains("hgweb2")
                && r.contains("heads differ"))
    };
    // Every repository (the default).
    let all = lab.hgmo().args(["mirrors", "verify"]).run();
    all.code(1).stderr_has("repositories differ on");
    let ours: Vec<&str> = all.stdout.lines().filter(is_ours).collect();
    assert_eq!(ours.len(), 2, "{}", all.stdout);
    assert!(
        !all.stdout
            .lines()
            .any(|r| (r.starts_with("mozilla-central ") || r.starts_with("integration/autoland "))
                && !is_ours(&r)),
        "{}",
        all.stdout
    );
    // The two by name: exactly them, and the repair.
    let out = verify();
    out.code(1)
        .stderr_has("2 of 2 repositories differ on 2 mirror(s)")
        .stderr_has("to repair: hgmo-ctl reclone integration/autoland mozilla-central --hosts hgssh1.lab.test,hgweb2.lab.test,hgweb3.lab.test");
    let rows: Vec<&str> = out.stdout.lines().skip(1).collect();
    assert_eq!(rows.len(), 2, "{}", out.stdout);
    assert!(rows.iter().all(is_ours), "{}", out.stdout);
    let json = lab.hgmo().args(["--format", "json", "mirrors", "verify"]).args(two).run();
    json.code(1);
    let v: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(v["differences"].as_array().unwrap().len(), 2, "{}", json.stdout);

    // On a terminal the sweep offers the reclone; accepted, it runs (every change confirmed
    // with "all") and the mirrors agree again.
    let (mut p, _dir) = lab.hgmo().args(["mirrors", "verify"]).args(two).spawn_pty(600_000);
    p.exp_string(
        "Re-clone integration/autoland mozilla-central on hgweb2.lab.test,hgweb3.lab.test now",
    )
    .unwrap();
    p.exp_string("[a]ll remaining").unwrap();
    p.send_line("y").unwrap();
    p.exp_string("Drain").unwrap();
    p.exp_string("[a]ll remaining").unwrap();
    p.send_line("a").unwrap();
    let rest = p.exp_eof().unwrap();
    let status = p.process.wait().unwrap();
    assert_eq!(
        status,
        rexpect::process::wait::WaitStatus::Exited(p.process.child_pid, 0),
        "{rest}"
    );
    verify().code(0).stderr_has("2 repositories, identical on the master and 3 mirror(s)");
}

const PASH_HG: &str = "/var/hg/venv_pash/bin/hg";

/// A repository on the master with one changeset, whose pushes go through the lab's pushlog
/// hook (production records every push in .hg/pushlog2.db), mirrored to the hgweb hosts.
fn repo_with_pushlog(lab: &Lab, repo: &str) -> String {
    let path = format!("/repo/hg/mozilla/{repo}");
    lab.sh(MASTER, &format!(
        "rm -rf {path} && sudo -u hg sh -c 'mkdir -p $(dirname {path}) && {PASH_HG} init {path} && cd {path} && echo a > a && {PASH_HG} add -q a && {PASH_HG} commit -q -m init -u lab -d \"0 0\" && printf \"[hooks]\\npretxnchangegroup.pushlog = python:/var/hg/version-control-tools/hgext/pushlog/lab_pushlog.py:record\\n\" >> .hg/hgrc' && sudo -u hg /var/hg/venv_tools/bin/hg -R {path} replicatesync >/dev/null"
    ));
    path
}

fn pushlog_rows(lab: &Lab, db: &str) -> Vec<String> {
    let out =
        lab.sh(MASTER, &format!("sqlite3 {db} 'SELECT rev, node FROM changesets ORDER BY rev'"));
    out.lines().map(str::to_string).collect()
}

/// Issue 16 point 5: the current guide's pushlog repair. A strip that the pushlog does not
/// follow leaves a row behind; the next developer push reuses its revision number and is
/// refused with `UNIQUE constraint failed: changesets.rev`. `pushlog repair` backs the
/// database up, deletes that row only, and the same push then lands.
fn pushlog_repair_lets_the_refused_push_through(lab: &'static Lab) {
    let repo = "projects/pushlog-repair";
    let path = repo_with_pushlog(lab, repo);
    let db = format!("{path}/.hg/pushlog2.db");
    let t = tempfile::tempdir().unwrap();
    let first = lab.clone_with_commit(repo, t.path(), "first.txt");
    let out = lab.push(&first);
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let stripped = lab.hg_ok(&first, &["log", "-r", ".", "-T", "{node}"]);
    assert_eq!(pushlog_rows(lab, &db), vec![format!("1|{stripped}")]);
    lab.sh(
        MASTER,
        &format!(
            "sudo -u hg {PASH_HG} --config extensions.strip= -R {path} strip -q -r {stripped}"
        ),
    );

    let second_dir = t.path().join("second");
    std::fs::create_dir(&second_dir).unwrap();
    let second = lab.clone_with_commit(repo, &second_dir, "second.txt");
    let refused = lab.push(&second);
    let err = String::from_utf8_lossy(&refused.stderr).into_owned();
    assert!(!refused.status.success(), "the push landed despite the stale row");
    assert!(err.contains("UNIQUE constraint failed: changesets.rev"), "{err}");
    let node = lab.hg_ok(&second, &["log", "-r", ".", "-T", "{node}"]);
    lab.sh(MASTER, &format!("! {PASH_HG} -R {path} log -r {node} -T x 2>/dev/null"));

    // The dry run shows the plan and changes nothing.
    let dry = lab.hgmo().args(["--dry-run", "pushlog", "repair", repo]).run();
    dry.code(0).stdout_has("[CHANGE] hgssh1.lab.test: Back up projects/pushlog-repair's pushlog");
    assert_eq!(pushlog_rows(lab, &db), vec![format!("1|{stripped}")]);

    let out = lab.hgmo().args(["--yes", "pushlog", "repair", repo]).run();
    out.code(0)
        .stdout_has(&format!("1|{stripped}|1|"))
        .stdout_has("1 stale row(s) of 1 changeset(s) in the repository")
        .stdout_has(&format!("deleted 1 row(s):\n{MASTER}| {stripped}"));
    assert!(pushlog_rows(lab, &db).is_empty());
    let backups = lab.sh(MASTER, &format!("ls {path}/.hg/ | grep '^pushlog2.db.bak-'"));
    let backup = format!("{path}/.hg/{}", backups.trim());
    assert_eq!(pushlog_rows(lab, &backup), vec![format!("1|{stripped}")], "the backup");
    assert_eq!(lab.sh(MASTER, &format!("stat -c %U:%G {db}")).trim(), "hg:hg");

    let out = lab.push(&second);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(pushlog_rows(lab, &db), vec![format!("1|{node}")]);

    // Nothing stale now: the repair deletes nothing.
    let again = lab.hgmo().args(["--yes", "pushlog", "repair", repo]).run();
    again
        .code(0)
        .stdout_has("0 stale row(s) of 2 changeset(s)")
        .stdout_has("no stale rows: nothing deleted");
    assert_eq!(pushlog_rows(lab, &db), vec![format!("1|{node}")]);
    // A repository without a pushlog is refused before anything runs.
    lab.hgmo()
        .args(["--yes", "pushlog", "repair", "mozilla-central"])
        .run()
        .code(3)
        .stderr_has("there is no pushlog at /repo/hg/mozilla/mozilla-central/.hg/pushlog2.db");
}

/// An old-format repository (no generaldelta, no sparse-revlog) on the master and mirrors.
fn old_format_repo(lab: &Lab, repo: &str) -> String {
    let path = format!("/repo/hg/mozilla/{repo}");
    let init = format!("{PASH_HG} init --config format.sparse-revlog=false --config format.usegeneraldelta=false {path}");
    lab.sh(MASTER, &format!(
        "rm -rf {path} && sudo -u hg sh -c 'mkdir -p $(dirname {path}) && {init} && cd {path} && for i in 1 2 3; do echo $i > f; {PASH_HG} add -q f; {PASH_HG} commit -q -m c$i -u lab -d \"0 0\"; done' && sudo -u hg /var/hg/venv_tools/bin/hg -R {path} replicatesync >/dev/null"
    ));
    for h in HGWEBS {
        lab.sh(h, &format!("test -d {path}/.hg && touch {path}/.hg/old-copy-marker"));
    }
    path
}

fn requires(lab: &Lab, host: &str, path: &str) -> String {
    lab.sh(host, &format!("cat {path}/.hg/requires {path}/.hg/store/requires 2>/dev/null; true"))
}

/// Issue 16 point 5: `upgrade-repo`. The master's copy gets the current format (the
/// upgrade logged in .hg/upgrade.log, the owner and modes as before), then every mirror is
/// re-created from it host by host: new copies, in the new format, holding the master's tip.
fn upgrade_repo_upgrades_the_master_and_reclones_every_mirror(lab: &'static Lab) {
    lab.all_ready();
    let repo = "projects/upgrade-old";
    let path = old_format_repo(lab, repo);
    assert!(!requires(lab, MASTER, &path).contains("sparserevlog"));
    let tip = lab.sh(MASTER, &format!("{PASH_HG} -R {path} log -r tip -T '{{node}}'"));
    let out = lab.hgmo().args(["--yes", "upgrade-repo", repo]).run();
    out.code(0).stdout_has("copy of old repository backed up at");
    for h in std::iter::once(&MASTER).chain(HGWEBS.iter()) {
        let r = requires(lab, h, &path);
        assert!(r.contains("generaldelta") && r.contains("sparserevlog"), "{h}: {r}");
        let t = lab.sh(h, &format!("/var/hg/venv_tools/bin/hg -R {path} log -r tip -T '{{node}}'"));
        assert_eq!(t, tip, "{h}");
        lab.sh(h, &format!("/var/hg/venv_tools/bin/hg -R {path} verify -q"));
    }
    for h in HGWEBS {
        lab.sh(h, &format!("test ! -e {path}/.hg/old-copy-marker"));
    }
    let log = lab.sh(MASTER, &format!("cat {path}/.hg/upgrade.log"));
    assert!(
        log.contains("hgmo-ctl upgrade-repo run ") && log.contains("upgrade will perform"),
        "{log}"
    );
    lab.sh(MASTER, &format!("ls -d {path}/.hg/upgradebackup.*"));
    let modes = lab
        .sh(MASTER, &format!("stat -c '%U:%G %a' {path}/.hg/store {path}/.hg/store/00changelog.i"));
    assert_eq!(modes, "hg:hg 2775\nhg:hg 664\n");
    lab.assert_all_in_service();
}

/// The pool is read before the upgrade: with a node out of service the run is refused and
/// the master's copy is not touched.
fn upgrade_repo_checks_the_pool_before_it_upgrades(lab: &'static Lab) {
    lab.all_ready();
    let repo = "projects/upgrade-refused";
    let path = old_format_repo(lab, repo);
    crate::load::haproxy(&lab.socket(), "set server hgweb-http/hgweb2 state maint");
    let out = lab.hgmo().args(["--yes", "upgrade-repo", repo]).run();
    lab.all_ready();
    out.code(3).stderr_has("hgweb2.lab.test");
    assert!(!requires(lab, MASTER, &path).contains("sparserevlog"));
    lab.sh(MASTER, &format!("test ! -e {path}/.hg/upgrade.log"));
    for h in HGWEBS {
        lab.sh(h, &format!("test -e {path}/.hg/old-copy-marker"));
    }
}

/// Issue 16 point 5: the current guide's vcsreplicator-heads remediation. With the heads
/// consumer stopped on hgweb2 a push stays unconsumed there (its pending lag check is out of
/// sync); `replication heads` shows the unit, starts it on hgweb2 only (a running unit is not
/// restarted), and waits until the check is OK: the message is consumed.
fn replication_heads_starts_the_stopped_heads_consumer_only(lab: &'static Lab) {
    let unit = "vcsreplicator-heads.service";
    let main_pid = |h: &str| {
        let status = lab.sh(h, &format!("systemctl status {unit} || true"));
        status
            .lines()
            .find_map(|l| l.trim().strip_prefix("Main PID: "))
            .map(|r| r.split_whitespace().next().unwrap_or_default().to_string())
    };
    let check = |h: &str| {
        lab.exec(h, "/var/hg/venv_replication/bin/check_vcsreplicator_lag /etc/mercurial/vcsreplicator-pending.ini")
    };
    let others: Vec<Option<String>> = [HGWEBS[0], HGWEBS[2]].iter().map(|h| main_pid(h)).collect();
    assert!(others.iter().all(Option::is_some), "{others:?}");
    lab.sh(HGWEBS[1], &format!("systemctl stop {unit}"));
    let t = tempfile::tempdir().unwrap();
    pushed_and_replicated(lab, t.path(), "heads-consumer.txt");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    loop {
        let out = String::from_utf8_lossy(&check(HGWEBS[1]).stdout).into_owned();
        if out.contains("out of sync") {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "hgweb2 never lagged: {out}");
        std::thread::sleep(std::time::Duration::from_millis(500));
    }

    let out = lab.hgmo().args(["--yes", "replication", "heads"]).run();
    out.code(0).stdout_has("inactive");
    for h in HGWEBS {
        out.stderr_has(&format!("Wait until the heads consumer's lag check is OK on {h}"));
    }
    assert_eq!(lab.sh(HGWEBS[1], &format!("systemctl is-active {unit}")).trim(), "active");
    let now: Vec<Option<String>> = [HGWEBS[0], HGWEBS[2]].iter().map(|h| main_pid(h)).collect();
    assert_eq!(now, others, "a running heads consumer was restarted");
    // The check is OK within its tolerances at once; the started consumer then works
    // through what waited for it.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        let c = check(HGWEBS[1]);
        let text = String::from_utf8_lossy(&c.stdout).into_owned();
        if c.status.success() && text.contains("completely in sync") {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "hgweb2 did not catch up: {text}");
        std::thread::sleep(std::time::Duration::from_millis(500));
    }
}

/// Issue 16 point 6: production's new-l10n-channel playbook. The repository is made on each
/// default channel, empty, with the single-head hook, owned by scm_l10n, and reaches every
/// mirror (hgrc included); a second run is refused before it changes anything.
fn l10n_new_channel_creates_hooked_l10n_repositories_everywhere(lab: &'static Lab) {
    let name = "x-lab";
    let hook = "pretxnchangegroup.a_singlehead = python:mozhghooks.single_head_per_branch.hook";
    for ch in ["aurora", "beta", "release"] {
        lab.sh(MASTER, &format!("rm -rf /repo/hg/mozilla/releases/l10n/{ch}/{name}"));
    }
    let out = lab.hgmo().args(["--yes", "l10n", "new-channel", name]).run();
    out.code(0);
    for ch in ["aurora", "beta", "release"] {
        let path = format!("/repo/hg/mozilla/releases/l10n/{ch}/{name}");
        out.stdout_has(&format!("{path}: changed owner on"));
        let owner = lab.sh(MASTER, &format!("stat -c '%U:%G %a' {path}/.hg {path}/.hg/hgrc"));
        assert_eq!(owner, "hg:scm_l10n 2775\nhg:scm_l10n 664\n", "{path}");
        assert_eq!(
            lab.sh(MASTER, &format!("{PASH_HG} -R {path} log -T x")),
            "",
            "{path} is not empty"
        );
        for h in std::iter::once(&MASTER).chain(HGWEBS.iter()) {
            let hgrc = lab.sh(h, &format!("cat {path}/.hg/hgrc"));
            assert!(hgrc.lines().any(|l| l == hook), "{h}: {path}/.hg/hgrc: {hgrc}");
        }
    }
    let again = lab.hgmo().args(["--yes", "l10n", "new-channel", name, "--channel", "beta"]).run();
    again.code(3).stderr_has(&format!(
        "/repo/hg/mozilla/releases/l10n/beta/{name} exists already on the master"
    ));
    let hgrc = lab.sh(MASTER, &format!("cat /repo/hg/mozilla/releases/l10n/beta/{name}/.hg/hgrc"));
    assert_eq!(hgrc.matches(hook).count(), 1, "{hgrc}");
    lab.hgmo()
        .args(["--yes", "l10n", "new-channel", "a/b"])
        .run()
        .code(2)
        .stderr_has("must be one path component");
}

/// Issue 16 point 6: production's reset-twig playbook. A twig with its own history on the
/// master and every mirror is replaced everywhere by a stream clone of mozilla-central from
/// the public front end; the master's copy gets its hgrc and scm_level_2; the old copies are
/// gone; and a leftover TWIG-old on one host refuses the next reset before anything moves.
fn reset_twig_starts_the_twig_again_from_its_source_everywhere(lab: &'static Lab) {
    let repo = "projects/lab-twig";
    let path = format!("/repo/hg/mozilla/{repo}");
    lab.sh(MASTER, &format!("rm -rf {path} {path}-old"));
    for h in HGWEBS {
        lab.sh(h, &format!("rm -rf {path}-old"));
    }
    crate::lab_master::mirrored_repo(lab, repo);
    let tip = |h: &str, p: &str| {
        lab.sh(h, &format!("/var/hg/venv_tools/bin/hg -R {p} log -r tip -T '{{node}}'"))
    };
    let central = tip(MASTER, "/repo/hg/mozilla/mozilla-central");
    let twig_before = tip(MASTER, &path);
    assert_ne!(central, twig_before);

    let out = lab.hgmo().args(["--yes", "reset-twig", "lab-twig"]).run();
    out.code(0).stdout_has("streaming all changes");
    for h in std::iter::once(&MASTER).chain(HGWEBS.iter()) {
        assert_eq!(tip(h, &path), central, "{h}: the twig is not mozilla-central's copy");
        let o =
            lab.exec(h, &format!("/var/hg/venv_tools/bin/hg -R {path} log -r {twig_before} -T x"));
        assert!(!o.status.success(), "{h}: the twig still has its old history");
        lab.sh(h, &format!("test ! -e {path}-old"));
    }
    let hgrc = lab.sh(MASTER, &format!("cat {path}/.hg/hgrc"));
    assert!(
        hgrc.contains(&format!(
            "default = {}/{repo}",
            crate::lab_access::lab_env(lab, "LAB_PUBLIC_URL")
        )),
        "{hgrc}"
    );
    assert!(
        hgrc.contains("pretxnchangegroup.a_treeclosure = python:mozhghooks.treeclosure.hook"),
        "{hgrc}"
    );
    let owner = lab.sh(MASTER, &format!("stat -c '%U:%G' {path}/.hg/store"));
    assert_eq!(owner.trim(), "hg:scm_level_2");
    for h in HGWEBS {
        assert_eq!(lab.sh(h, &format!("stat -c '%U:%G' {path}/.hg/store")).trim(), "hg:hg", "{h}");
        let mirror_hgrc = lab.sh(h, &format!("cat {path}/.hg/hgrc"));
        assert!(
            mirror_hgrc.contains("a_treeclosure"),
            "{h}: the hgrc was not replicated: {mirror_hgrc}"
        );
    }

    // A leftover -old on one mirror: refused before anything moves.
    lab.sh(HGWEBS[2], &format!("mkdir {path}-old"));
    let out = lab.hgmo().args(["--yes", "reset-twig", "lab-twig"]).run();
    lab.sh(HGWEBS[2], &format!("rmdir {path}-old"));
    out.code(3).stderr_has(&format!("{path}-old exists on {}", HGWEBS[2]));
    for h in std::iter::once(&MASTER).chain(HGWEBS.iter()) {
        assert_eq!(tip(h, &path), central, "{h}");
        lab.sh(h, &format!("test -d {path}/.hg"));
    }
    lab.hgmo().args(["--yes", "reset-twig", "a/b"]).run().code(2).stderr_has("is a name");
}

/// Issue 16 point 6: production's stream-clone-repo playbook. Every mirror's copy (one of
/// them missing a changeset, all with a marker file) is replaced by a stream clone over ssh
/// from the master (`ssh://hg.mozilla.org/REPO` as the hg user with /etc/mercurial/mirror),
/// with the master's phases and heads; the master's owner and group are as before.
fn stream_clone_recreates_every_mirror_over_ssh_from_the_master(lab: &'static Lab) {
    let repo = "projects/stream-lab";
    let path = format!("/repo/hg/mozilla/{repo}");
    lab.sh(MASTER, &format!("rm -rf {path}"));
    crate::lab_master::mirrored_repo(lab, repo);
    let t = tempfile::tempdir().unwrap();
    let wc = lab.clone_with_commit(repo, t.path(), "second.txt");
    assert!(lab.push(&wc).status.success());
    lab.sh(
        MASTER,
        &format!("sudo -u hg /var/hg/venv_tools/bin/hg -R {path} replicatesync >/dev/null"),
    );
    let hg = "runuser -u hg -- /var/hg/venv_replication/bin/hg";
    let tip =
        lab.sh(MASTER, &format!("/var/hg/venv_tools/bin/hg -R {path} log -r tip -T '{{node}}'"));
    for h in HGWEBS {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        while lab.exec(h, &format!("{hg} -R {path} log -r {tip} -T x")).status.code() != Some(0) {
            assert!(std::time::Instant::now() < deadline, "{h} never got {tip}");
            std::thread::sleep(std::time::Duration::from_millis(500));
        }
        lab.sh(h, &format!("touch {path}/.hg/old-copy-marker"));
    }
    lab.sh(
        HGWEBS[1],
        &format!("{hg} --config extensions.strip= -R {path} strip -q --no-backup -r tip"),
    );
    let owner_before = lab.sh(MASTER, &format!("stat -c %U:%G {path}"));

    let out = lab.hgmo().args(["--yes", "stream-clone", repo]).run();
    out.code(0).stdout_has("streaming all changes").stdout_has("has the master heads");
    for h in HGWEBS {
        lab.sh(h, &format!("test ! -e {path}/.hg/old-copy-marker"));
        let t = lab.sh(h, &format!("{hg} -R {path} log -r tip -T '{{node}} {{phase}}'"));
        assert_eq!(t, format!("{tip} public"), "{h}");
        lab.sh(h, &format!("{hg} -R {path} verify -q"));
        assert_eq!(
            lab.sh(h, &format!("ls {path}/.hg/ | grep -c '^stream-clone-' || true")).trim(),
            "0",
            "{h}"
        );
    }
    assert_eq!(lab.sh(MASTER, &format!("stat -c %U:%G {path}")), owner_before);
}
