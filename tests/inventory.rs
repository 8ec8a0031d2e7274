//! `inventory import`: production's Ansible inventory (a fixture shaped like
//! version-control-tools' `ansible/hosts` and `ansible/group_vars/hgmo`, written for the tests,
//! in `src/testdata/vct`) becomes an inventory that hgmo-ctl then plans with, and `--check`
//! names every difference of an existing one.

use std::path::PathBuf;

use crate::test::Test;

pub const TESTS: &[(&str, fn())] = tests!(
    "inventory::";
    import_writes_an_inventory_that_plans,
    out_never_overwrites_and_check_names_differences,
    bad_checkouts_are_refused_naming_the_file,
);

fn checkout() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src/testdata/vct")
}

fn import_writes_an_inventory_that_plans() {
    let out = Test::new().arg("inventory").arg("import").arg("--from").arg(checkout()).run();
    out.code(0)
        .stdout_has("[hosts.\"hgssh3.dmz.mdc1.mozilla.com\"]\nroles = [\"hgssh\"]\nmaster = true\n")
        .stdout_has(
            "[hosts.\"hgweb4.dmz.mdc1.mozilla.com\"]\nroles = [\"hgweb\", \"zookeeper\", \"kafka\"]\nzookeeper_id = 17\n",
        )
        .stdout_has("[hosts.\"kafka3.dmz.mdc1.mozilla.com\"]\nroles = [\"zookeeper\", \"kafka\"]\nzookeeper_id = 23\n")
        .stdout_has("# note: hgweb-backup-uw2 (group backup-node) skipped")
        .stderr_has("note: hgweb-backup-uw2 (group backup-node) skipped");
    assert!(!out.stdout.contains("hgweb-backup-uw2\"]"), "{}", out.stdout);
    // The imported file is an inventory: the ZooKeeper check plans over the seven nodes.
    let t = Test::new().write("imported.toml", &out.stdout);
    let path = t.path_of("imported.toml");
    let plan = t.arg("-i").arg(&path).args(["-n", "--format", "json", "check", "zookeeper"]).run();
    plan.code(0);
    let plan: serde_json::Value = serde_json::from_str(&plan.stdout).unwrap();
    let hosts: Vec<&str> =
        plan["actions"].as_array().unwrap().iter().map(|a| a["host"].as_str().unwrap()).collect();
    assert_eq!(
        hosts,
        [
            "hgweb1.dmz.mdc1.mozilla.com",
            "hgweb2.dmz.mdc1.mozilla.com",
            "hgweb3.dmz.mdc1.mozilla.com",
            "hgweb4.dmz.mdc1.mozilla.com",
            "kafka1.dmz.mdc1.mozilla.com",
            "kafka2.dmz.mdc1.mozilla.com",
            "kafka3.dmz.mdc1.mozilla.com",
        ]
    );
}

fn out_never_overwrites_and_check_names_differences() {
    let t = Test::new();
    let file = t.path_of("inv.toml");
    let out = t
        .arg("inventory")
        .arg("import")
        .arg("--from")
        .arg(checkout())
        .arg("--out")
        .arg(&file)
        .run();
    out.code(0).stderr_has("(8 hosts)");
    assert!(out.stdout.is_empty(), "{}", out.stdout);
    let written = std::fs::read_to_string(&file).unwrap();
    assert!(written.contains("zookeeper_id = 21"), "{written}");

    // A second --out refuses and leaves the file as it was.
    std::fs::write(&file, "# mine\n").unwrap();
    let again = Test::new()
        .arg("inventory")
        .arg("import")
        .arg("--from")
        .arg(checkout())
        .arg("--out")
        .arg(&file)
        .run();
    again.code(2).stderr_has("exists: not overwritten");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "# mine\n");

    // --check: the written file agrees; an edited one has its differences listed.
    std::fs::write(&file, &written).unwrap();
    let check = || {
        Test::new()
            .arg("inventory")
            .arg("import")
            .arg("--from")
            .arg(checkout())
            .arg("--check")
            .arg(&file)
            .run()
    };
    check().code(0).stdout_has("agrees with Ansible (8 hosts)");
    let edited =
        written.replace("zookeeper_id = 22", "zookeeper_id = 24").replace("master = true\n", "")
            + "\n[hosts.\"hgweb9.dmz.mdc1.mozilla.com\"]\nroles = [\"hgweb\"]\n";
    std::fs::write(&file, edited).unwrap();
    let out = check();
    out.code(1)
        .stdout_has(
            "hgssh3.dmz.mdc1.mozilla.com: master = false in the inventory, true in Ansible\n",
        )
        .stdout_has(
            "kafka2.dmz.mdc1.mozilla.com: zookeeper_id 24 in the inventory, 22 in Ansible\n",
        )
        .stdout_has("hgweb9.dmz.mdc1.mozilla.com: not in Ansible (inventory roles hgweb)\n")
        .stderr_has("differs from Ansible in 3 place(s)");
    // --out and --check together are a usage error.
    Test::new()
        .arg("inventory")
        .arg("import")
        .arg("--from")
        .arg(checkout())
        .arg("--out")
        .arg("x.toml")
        .arg("--check")
        .arg(&file)
        .run()
        .code(2);
}

fn bad_checkouts_are_refused_naming_the_file() {
    let t = Test::new();
    let missing = t.path_of("nowhere");
    t.arg("inventory")
        .arg("import")
        .arg("--from")
        .arg(&missing)
        .run()
        .code(2)
        .stderr_has("is not a directory");

    let t = Test::new()
        .write("vct/ansible/hosts", "[hgweb-prod]\nhgweb[4:1].example\n")
        .write("vct/ansible/group_vars/hgmo", "zk_servers:\n  hgweb1.example: 14\n");
    let from = t.path_of("vct");
    t.arg("inventory")
        .arg("import")
        .arg("--from")
        .arg(&from)
        .run()
        .code(2)
        .stderr_has("ansible/hosts:2")
        .stderr_has("is not a range like [1:4]");

    let t = Test::new().write("vct/ansible/hosts", "[hgweb-prod]\nhgweb1.example\n").write(
        "vct/ansible/group_vars/hgmo",
        "zk_servers:\n  hgweb1.example: 14\n  hgweb2.example: 14\n",
    );
    let from = t.path_of("vct");
    t.arg("inventory")
        .arg("import")
        .arg("--from")
        .arg(&from)
        .run()
        .code(2)
        .stderr_has("group_vars/hgmo:3")
        .stderr_has("ZooKeeper id 14 is given to hgweb1.example and hgweb2.example");
}
