//! Kafka procedures against the lab's real Kafka 1.1.0 brokers and ZooKeeper ensemble (on
//! the hgweb hosts): the nuclear reset, whole and interrupted.

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::lab::{Lab, HGWEBS, MASTER};
use crate::lab_faults::{journal, states};
use crate::test::Test;

pub const TESTS: &[crate::LabTest] = tests!(
    "kafka::";
    reset_keeps_every_writer_stopped_through_the_wipe,
    reset_killed_after_the_wipe_then_resumed,
    rebalance_moves_the_data_to_the_named_broker,
    rebalance_with_a_broker_killed_fails_naming_the_failed_partitions,
    rebalance_waits_while_zookeeper_is_out_of_reach,
    rebalance_refuses_a_topic_that_does_not_exist,
    remove_node_refuses_a_broker_that_holds_data,
    add_a_node_move_data_onto_it_and_remove_it,
    a_broker_that_dies_is_started_again_by_its_unit,
);

pub const ZK_CONNECT: &str = "localhost:2181/hgmoreplication";
const OWN_REASON: &str =
    "Pushes are disabled for maintenance of the replication system (hgmo-ctl kafka reset).";

/// Every broker runs and answers, and every partition of the replication topics has a leader
/// (a test that stopped ZooKeeper stopped Kafka with it). Starts what is stopped.
pub fn kafka_ready(lab: &Lab) {
    for web in HGWEBS {
        lab.sh(web, "systemctl start zookeeper.service kafka.service");
    }
    let started = Instant::now();
    loop {
        let up = HGWEBS.iter().all(|web| {
            lab.exec(web, "timeout 2 bash -c 'exec 3<>/dev/tcp/127.0.0.1/9092'").status.success()
        });
        let led = up
            && {
                let d = lab.exec(
                HGWEBS[0],
                &format!("/opt/kafka/bin/kafka-topics.sh --zookeeper {ZK_CONNECT} --describe --topic pushdata"),
            );
                let d = String::from_utf8_lossy(&d.stdout).into_owned();
                d.lines().filter(|l| l.contains("Leader: 1")).count() == 8
            };
        if led {
            return;
        }
        assert!(started.elapsed() < Duration::from_secs(90), "Kafka did not come back");
        std::thread::sleep(Duration::from_millis(500));
    }
}

/// The lab inventory with the lab's deploy stand-in as `[deploy] command`.
fn with_deploy(lab: &Lab) -> Test {
    let text = std::fs::read_to_string(&lab.inventory).unwrap();
    let text =
        format!("{text}\n[deploy]\ncommand = \"{} hgmo\"\n", lab.dir.join("deploy").display());
    let t = Test::new().write("lab-inventory-deploy.toml", &text);
    let p = t.path_of("lab-inventory-deploy.toml");
    t.arg("-i").arg(p)
}

/// Is hgweb1's ZooKeeper data directory there (its writable /var/lib layer)?
fn zk_data_present(lab: &Lab) -> bool {
    lab.dir.join("hosts/hgweb1/var_lib/upper/zookeeper/myid").is_file()
}

/// kafka-topics.sh on hgweb1 (the real Kafka tool).
pub fn topics(lab: &Lab, args: &str) -> String {
    lab.sh(HGWEBS[0], &format!("/opt/kafka/bin/kafka-topics.sh --zookeeper {ZK_CONNECT} {args}"))
}

#[derive(Default)]
pub struct Window {
    pub samples: u64,
    /// When the sampler first saw hgweb1's ZooKeeper data gone, and when a consumer ran again
    /// after that.
    pub wiped: Option<Instant>,
    pub consumers_back: Option<Instant>,
    /// Writers or consumers seen running between the wipe and the consumers' start.
    pub violations: BTreeSet<String>,
    pub max_gap: Duration,
}

/// Samples every 50 ms, from `start` to `stop`, which writer and consumer units run:
/// hg-master.target on both hgssh hosts, vcsreplicator@0 and vcsreplicator-heads on every
/// hgweb; and whether hgweb1's ZooKeeper data is there.
pub struct WipeWatch {
    stop: Arc<AtomicBool>,
    window: Arc<Mutex<Window>>,
    handle: std::thread::JoinHandle<()>,
}

impl WipeWatch {
    pub fn start(lab: &'static Lab) -> WipeWatch {
        let stop = Arc::new(AtomicBool::new(false));
        let window = Arc::new(Mutex::new(Window::default()));
        let (s2, w2) = (stop.clone(), window.clone());
        let handle = std::thread::spawn(move || {
            let mut last = Instant::now();
            while !s2.load(Ordering::SeqCst) {
                let mut running = Vec::new();
                for short in ["hgssh1", "hgssh2"] {
                    if lab.target_active(short) {
                        running.push(format!("{short} hg-master.target"));
                    }
                }
                let mut consumers = false;
                for short in ["hgweb1", "hgweb2", "hgweb3"] {
                    for unit in ["vcsreplicator@0.service", "vcsreplicator-heads.service"] {
                        if lab.unit_alive(short, unit) {
                            running.push(format!("{short} {unit}"));
                            consumers |= unit.starts_with("vcsreplicator@");
                        }
                    }
                }
                let zk = zk_data_present(lab);
                let now = Instant::now();
                let mut w = w2.lock().unwrap();
                w.samples += 1;
                w.max_gap = w.max_gap.max(now - last);
                last = now;
                if w.wiped.is_none() && !zk {
                    w.wiped = Some(now);
                }
                if w.wiped.is_some() && w.consumers_back.is_none() {
                    if consumers {
                        w.consumers_back = Some(now);
                    } else {
                        w.violations.extend(running);
                    }
                }
                drop(w);
                std::thread::sleep(Duration::from_millis(50));
            }
        });
        WipeWatch { stop, window, handle }
    }

    pub fn stop(self) -> Window {
        self.stop.store(true, Ordering::SeqCst);
        self.handle.join().unwrap();
        let w = std::mem::take(&mut *self.window.lock().unwrap());
        w
    }
}

/// The watcher's window while `f` runs.
fn sampled<T>(lab: &'static Lab, f: impl FnOnce() -> T) -> (T, Window) {
    let watch = WipeWatch::start(lab);
    let r = f();
    (r, watch.stop())
}

/// What a finished reset leaves: fresh topics (the marker topic made before is gone), each
/// node's id written again, the master file back and no copy aside, every writer and consumer
/// running, and a message produced to pushdata read back with the real Kafka tools.
pub fn assert_recreated(lab: &Lab) {
    let list = topics(lab, "--list");
    let names: BTreeSet<&str> = list.lines().map(str::trim).collect();
    for t in ["pushdata", "replicatedpushdatapending", "replicatedpushdata"] {
        assert!(names.contains(t), "topic {t} missing after the reset: {list}");
    }
    assert!(!names.contains("labmarker"), "the old Kafka data survived the reset: {list}");
    let desc = topics(lab, "--describe --topic pushdata");
    let led = desc.lines().filter(|l| l.contains("Leader: 1")).count();
    assert_eq!(led, 8, "pushdata partitions with a leader:\n{desc}");
    for (web, id) in HGWEBS.iter().zip(["14", "15", "16"]) {
        assert_eq!(lab.sh(web, "cat /var/lib/zookeeper/myid").trim(), id, "{web}");
    }
    assert_eq!(lab.master_files(), BTreeSet::from([format!("master.{MASTER}")]));
    assert!(!lab.shared().join(format!("kafka-reset-aside.master.{MASTER}")).exists());
    assert!(lab.target_active("hgssh1"));
    assert!(!lab.target_active("hgssh2"));
    for short in ["hgweb1", "hgweb2", "hgweb3"] {
        for i in 0..8 {
            assert!(lab.unit_alive(short, &format!("vcsreplicator@{i}.service")), "{short} @{i}");
        }
        assert!(lab.unit_alive(short, "vcsreplicator-heads.service"), "{short} heads");
    }
    let msg = format!("after-reset-{}", std::process::id());
    lab.sh(
        HGWEBS[1],
        &format!(
            "printf '%s\\n' {msg} | /opt/kafka/bin/kafka-console-producer.sh --broker-list localhost:9092 --topic pushdata --request-required-acks -1 2>&1"
        ),
    );
    let read = lab.sh(
        HGWEBS[2],
        "timeout 60 /opt/kafka/bin/kafka-console-consumer.sh --bootstrap-server localhost:9092 --topic pushdata --from-beginning --max-messages 1 --timeout-ms 30000 2>/dev/null",
    );
    assert_eq!(read.trim(), msg, "the message produced after the reset was not read back");
}

pub fn marker_topic(lab: &Lab) {
    topics(lab, "--create --if-not-exists --topic labmarker --partitions 1 --replication-factor 1");
    assert!(topics(lab, "--list").lines().any(|l| l.trim() == "labmarker"));
}

/// Issue 13 point 4, issue 15 point 3: with hg-master-monitor running (1 s interval, 2 s
/// delay in the lab) nothing that writes to or reads from Kafka runs between the wipe and the
/// consumers' start; a read-only reason set before the reset is kept; Kafka is recreated.
fn reset_keeps_every_writer_stopped_through_the_wipe(lab: &'static Lab) {
    kafka_ready(lab);
    lab.master_is_hgssh1();
    marker_topic(lab);
    let reason = "Tree closed for the merge day (bug 1234567)";
    lab.sh(MASTER, &format!("printf '%s\\n' '{reason}' > /repo/hg/readonlyreason"));
    let (out, w) = sampled(lab, || {
        with_deploy(lab).args(["--yes", "kafka", "reset", "--confirm", "wipe kafka"]).run()
    });
    out.code(0);
    assert!(w.samples > 100, "only {} samples", w.samples);
    assert!(w.max_gap <= Duration::from_millis(1000), "sampling gap {:?}", w.max_gap);
    let (wiped, back) = (w.wiped.expect("the wipe was never seen"), w.consumers_back.unwrap());
    assert!(back - wiped > Duration::from_secs(5), "window of {:?}", back - wiped);
    assert!(w.violations.is_empty(), "ran during the wipe window: {:?}", w.violations);
    out.stdout_has("kept the reason set before the reset")
        .stdout_has("TASK [10.254.77.21] kafka-broker: myid 14")
        .stdout_has(&format!("{MASTER}| /repo/hg/master.{MASTER} is back"));
    assert_eq!(lab.sh(MASTER, "cat /repo/hg/readonlyreason").trim(), reason);
    assert_recreated(lab);
}

/// Issue 15 point 3 (fault): the tool is killed (SIGKILL) right after the wipe; the master
/// file is then aside and no writer runs, even though hg-master-monitor keeps running;
/// `resume` finishes the reset and removes only the reason it wrote.
fn reset_killed_after_the_wipe_then_resumed(lab: &'static Lab) {
    kafka_ready(lab);
    lab.master_is_hgssh1();
    marker_topic(lab);
    let state = tempfile::tempdir().unwrap();
    let plan = with_deploy(lab).args(["-n", "--format", "json", "kafka", "reset"]).run();
    plan.code(0);
    let plan: serde_json::Value = serde_json::from_str(&plan.stdout).unwrap();
    let wipe: Vec<usize> = plan["actions"]
        .as_array()
        .unwrap()
        .iter()
        .enumerate()
        .filter(|(_, a)| a["step"] == "wipe")
        .map(|(i, _)| i)
        .collect();
    assert_eq!(wipe.len(), 3, "{plan}");
    // The Test owns the inventory's directory: keep it alive while the child runs.
    let t = with_deploy(lab).env("XDG_STATE_HOME", state.path()).args([
        "--yes",
        "kafka",
        "reset",
        "--confirm",
        "wipe kafka",
    ]);
    let mut child = t.spawn_quiet();
    let started = Instant::now();
    loop {
        if let Some(j) = journal(state.path()) {
            let s = states(&j);
            if wipe.iter().all(|&i| s[i] == "done") {
                child.kill().unwrap();
                break;
            }
        }
        assert!(started.elapsed() < Duration::from_secs(120), "the wipe never completed");
        assert!(child.try_wait().unwrap().is_none(), "the run ended before the wipe");
        std::thread::sleep(Duration::from_millis(5));
    }
    child.wait().unwrap();
    // Killed: master file aside, the monitor keeps ticking but starts nothing.
    std::thread::sleep(Duration::from_secs(5));
    assert!(lab.master_files().is_empty(), "{:?}", lab.master_files());
    assert!(lab.shared().join(format!("kafka-reset-aside.master.{MASTER}")).exists());
    assert!(!lab.target_active("hgssh1") && !lab.target_active("hgssh2"));
    assert_eq!(lab.sh(MASTER, "cat /repo/hg/readonlyreason").trim(), OWN_REASON);
    let out = with_deploy(lab).env("XDG_STATE_HOME", state.path()).args(["--yes", "resume"]).run();
    out.code(0).stderr_has("resuming run");
    let j = journal(state.path()).unwrap();
    assert_eq!(j["outcome"], "succeeded");
    assert!(!Path::new(&lab.shared().join("readonlyreason")).exists(), "own reason left");
    assert_recreated(lab);
}

/// A number no earlier call gave (the clock's nanoseconds), for new topic names.
fn unique() -> u128 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos()
}

/// A topic of `partitions` partitions, each with one replica on broker 14 (hgweb1), holding
/// `messages` messages; returns its name (new for every call).
pub fn topic_on_broker_14(lab: &Lab, stem: &str, partitions: usize, messages: usize) -> String {
    let name = format!("{stem}-{}-{}", std::process::id(), unique());
    let assignment = vec!["14"; partitions].join(",");
    topics(lab, &format!("--create --topic {name} --replica-assignment {assignment} --config min.insync.replicas=1"));
    lab.sh(
        HGWEBS[0],
        &format!(
            "seq 1 {messages} | /opt/kafka/bin/kafka-console-producer.sh --broker-list localhost:9092 --topic {name} --request-required-acks -1 2>&1"
        ),
    );
    name
}

/// A topic on broker 14 with about 3 MB per partition: more than one replica fetch
/// (`replica.fetch.max.bytes`, 1 MiB), so a throttled move cannot finish in its first fetch.
fn big_topic_on_broker_14(lab: &Lab, stem: &str, partitions: usize) -> String {
    let name = format!("{stem}-{}-{}", std::process::id(), unique());
    let assignment = vec!["14"; partitions].join(",");
    topics(lab, &format!("--create --topic {name} --replica-assignment {assignment} --config min.insync.replicas=1"));
    let records = 300 * partitions;
    lab.sh(
        HGWEBS[0],
        &format!(
            "line=$(head -c 10000 /dev/zero | tr '\\0' x); yes \"$line\" | head -n {records} | /opt/kafka/bin/kafka-console-producer.sh --broker-list localhost:9092 --topic {name} --request-required-acks -1 2>&1"
        ),
    );
    let sizes = lab.sh(HGWEBS[0], &format!("du -sk /var/lib/kafka/logs/{name}-*"));
    for line in sizes.lines() {
        let kib: u64 = line.split_whitespace().next().unwrap().parse().unwrap();
        assert!(kib > 2048, "a partition holds less than 2 MiB:\n{sizes}");
    }
    name
}

/// The message count of a topic, read with the real console consumer from hgweb2.
pub fn count_messages(lab: &Lab, topic: &str, want: usize) -> usize {
    lab.sh(
        HGWEBS[1],
        &format!(
            "timeout 90 /opt/kafka/bin/kafka-console-consumer.sh --bootstrap-server localhost:9092 --topic {topic} --from-beginning --max-messages {want} --timeout-ms 60000 2>/dev/null"
        ),
    )
    .lines()
    .count()
}

/// Issue 15 point 3: generate, execute and verify on real partitions; afterwards every
/// partition lives on broker 16 (its data directory is on hgweb3 and gone from hgweb1) and
/// every message can still be read.
fn rebalance_moves_the_data_to_the_named_broker(lab: &'static Lab) {
    kafka_ready(lab);
    let topic = topic_on_broker_14(lab, "labmove", 4, 40);
    let out = lab
        .hgmo()
        .args(["--yes", "kafka", "rebalance", "--on", HGWEBS[0], "--brokers", "16"])
        .args(["--topics", &topic])
        .run();
    out.code(0)
        .stdout_has("Proposed partition reassignment configuration")
        .stdout_has("4 partition(s) completed successfully, 0 failed");
    let desc = topics(lab, &format!("--describe --topic {topic}"));
    assert_eq!(desc.lines().filter(|l| l.contains("Partition:")).count(), 4, "{desc}");
    for line in desc.lines().filter(|l| l.contains("Partition:")) {
        assert!(line.contains("Leader: 16") && line.contains("Replicas: 16\t"), "{desc}");
    }
    let dirs = |web: &str| -> Vec<String> {
        lab.sh(web, &format!("ls /var/lib/kafka/logs | grep '^{topic}-' || true"))
            .lines()
            // Kafka renames a replica it drops to <dir>.<uuid>-delete, then deletes it.
            .filter(|d| !d.ends_with("-delete"))
            .map(String::from)
            .collect()
    };
    let mut on_new = dirs(HGWEBS[2]);
    on_new.sort();
    let want: Vec<String> = (0..4).map(|p| format!("{topic}-{p}")).collect();
    assert_eq!(on_new, want, "partition directories on hgweb3 (broker 16)");
    let started = Instant::now();
    while !dirs(HGWEBS[0]).is_empty() {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "still on hgweb1: {:?}",
            dirs(HGWEBS[0])
        );
        std::thread::sleep(Duration::from_millis(500));
    }
    assert_eq!(count_messages(lab, &topic, 40), 40);
}

/// Kafka's replication throttle (1 byte/s) on brokers 14 and 16, or lifted.
fn throttle_brokers(lab: &Lab, on: bool) {
    let configs = format!("/opt/kafka/bin/kafka-configs.sh --zookeeper {ZK_CONNECT}");
    let rates = "leader.replication.throttled.rate,follower.replication.throttled.rate";
    let change = match on {
        true => {
            "--add-config leader.replication.throttled.rate=1,follower.replication.throttled.rate=1"
                .to_string()
        }
        false => format!("--delete-config {rates}"),
    };
    for broker in ["14", "16"] {
        lab.sh(
            HGWEBS[1],
            &format!("{configs} --entity-type brokers --entity-name {broker} --alter {change}"),
        );
    }
}

/// Throttles the move of `topic` (brokers 14 and 16 at 1 byte/s, every replica of the topic
/// throttled), starts `kafka rebalance --brokers 16` of it with its journal in `state`, and
/// returns once the plan is executed: the running tool and the index of its `execute` step.
fn throttled_rebalance_to_16(lab: &Lab, topic: &str, state: &Path) -> (std::process::Child, usize) {
    throttle_brokers(lab, true);
    lab.sh(
        HGWEBS[0],
        &format!(
            "/opt/kafka/bin/kafka-configs.sh --zookeeper {ZK_CONNECT} --entity-type topics --entity-name {topic} --alter --add-config 'leader.replication.throttled.replicas=*,follower.replication.throttled.replicas=*'"
        ),
    );
    let plan = lab
        .hgmo()
        .args(["-n", "--format", "json", "kafka", "rebalance", "--on", HGWEBS[0]])
        .args(["--brokers", "16", "--topics", topic])
        .run();
    plan.code(0);
    let plan: serde_json::Value = serde_json::from_str(&plan.stdout).unwrap();
    let execute =
        plan["actions"].as_array().unwrap().iter().position(|a| a["step"] == "execute").unwrap();
    let child = lab
        .hgmo()
        .env("XDG_STATE_HOME", state)
        .args(["--yes", "kafka", "rebalance", "--on", HGWEBS[0], "--brokers", "16"])
        .args(["--topics", topic])
        .command()
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while journal(state).is_none_or(|j| states(&j)[execute] != "done") {
        assert!(started.elapsed() < Duration::from_secs(90), "the plan was never executed");
        std::thread::sleep(Duration::from_millis(5));
    }
    (child, execute)
}

/// A broker killed during a rebalance: the reassignment stays in progress, and once the stuck
/// reassignment is cancelled (the znode removed, as an operator would) the run fails naming the
/// partitions that are not where the plan put them.
///
/// The kill lands after `--execute` returned (read from the run's journal), so broker 16 was
/// registered when Kafka validated the plan, and Kafka's own replication throttle (1 byte/s on
/// brokers 14 and 16 for this topic, with more than one fetch of data per partition) keeps the
/// move in progress whether or not the broker is back yet (the unit restarts it 100 ms after
/// the kill, as production's `Restart=always` does): no race with the data copy or the
/// ZooKeeper session timeout, however slow or fast the machine.
fn rebalance_with_a_broker_killed_fails_naming_the_failed_partitions(lab: &'static Lab) {
    kafka_ready(lab);
    let topic = big_topic_on_broker_14(lab, "labkill", 2);
    let state = tempfile::tempdir().unwrap();
    let (child, _) = throttled_rebalance_to_16(lab, &topic, state.path());
    let pid = std::fs::read_to_string(lab.dir.join("hosts/hgweb3/kafka/run/kafka.pid")).unwrap();
    lab.sh(HGWEBS[2], &format!("kill -9 {}", pid.trim()));
    // The reassignment is still in progress: the throttle holds the move.
    std::thread::sleep(Duration::from_secs(12));
    let zk = "/opt/kafka/bin/zookeeper-shell.sh localhost:2181";
    let pending =
        lab.sh(HGWEBS[0], &format!("{zk} get /hgmoreplication/admin/reassign_partitions 2>&1"));
    let cancelled =
        lab.sh(HGWEBS[0], &format!("{zk} delete /hgmoreplication/admin/reassign_partitions 2>&1"));
    let out = child.wait_with_output().unwrap();
    let (stdout, stderr) =
        (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    // Broker 16 back and the throttle gone before anything else can fail.
    throttle_brokers(lab, false);
    kafka_ready(lab);
    assert!(pending.contains(&topic), "no reassignment in progress:\n{pending}\n{cancelled}\nstdout:\n{stdout}\nstderr:\n{stderr}");
    assert_eq!(out.status.code(), Some(1), "stdout:\n{stdout}\nstderr:\n{stderr}");
    assert!(stdout.contains(&format!("Reassignment of partition {topic}-0 failed")), "{stdout}");
    assert!(stdout.contains("0 partition(s) completed successfully, 2 failed"), "{stdout}");
    assert!(stderr.contains("step 6 (verified)"), "{stderr}");
    assert!(stderr.contains("are not on the brokers planned (16)"), "{stderr}");
}

/// ZooKeeper out of reach from the host during the wait (hgweb1's ZooKeeper stopped, and its
/// broker with it, for longer than a poll interval, while Kafka's throttle holds the move in
/// progress): each `--verify` then fails, and the wait goes on instead of taking a failed
/// verify for a completed reassignment. Once ZooKeeper and the broker are back and the
/// throttle lifted, the run finishes: every partition on broker 16, every message there.
fn rebalance_waits_while_zookeeper_is_out_of_reach(lab: &'static Lab) {
    kafka_ready(lab);
    let topic = big_topic_on_broker_14(lab, "labzk", 2);
    let state = tempfile::tempdir().unwrap();
    let (child, execute) = throttled_rebalance_to_16(lab, &topic, state.path());
    // Kafka 1.1.0's --verify waits 30 s for ZooKeeper before it fails (exit 1): down for
    // longer than the poll interval (10 s), a JVM start and that, at least one --verify
    // fails. (The wait shows no output of its attempts; the runbook before this fix ended
    // the wait at that failure, and this test failed on it.)
    lab.sh(HGWEBS[0], "systemctl stop zookeeper.service");
    std::thread::sleep(Duration::from_secs(50));
    let during = journal(state.path()).unwrap();
    kafka_ready(lab);
    throttle_brokers(lab, false);
    let out = child.wait_with_output().unwrap();
    let (stdout, stderr) =
        (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert_eq!(
        states(&during)[execute + 1],
        "started",
        "the wait ended while ZooKeeper was out of reach:\nstdout:\n{stdout}\nstderr:\n{stderr}"
    );
    assert_eq!(out.status.code(), Some(0), "stdout:\n{stdout}\nstderr:\n{stderr}");
    assert!(stdout.contains("2 partition(s) completed successfully, 0 failed"), "{stdout}");
    let desc = topics(lab, &format!("--describe --topic {topic}"));
    for line in desc.lines().filter(|l| l.contains("Partition:")) {
        assert!(line.contains("Replicas: 16\t"), "{desc}");
    }
    assert_eq!(count_messages(lab, &topic, 600), 600);
}

/// A topic that does not exist (the guide's old template lists `pushlog`) is refused before
/// anything changes: no plan file is generated.
fn rebalance_refuses_a_topic_that_does_not_exist(lab: &'static Lab) {
    kafka_ready(lab);
    let out = lab
        .hgmo()
        .args(["--yes", "kafka", "rebalance", "--on", HGWEBS[0], "--brokers", "14,15,16"])
        .args(["--topics", "pushdata,pushlog"])
        .run();
    out.code(3).stdout_has("pushlog: no such topic").stdout_has("pushdata: exists");
    let made = lab.sh(HGWEBS[0], "ls /tmp | grep -c '^hgmo-ctl-.*-topics.json' || true");
    let before = made.trim().to_string();
    let again = lab
        .hgmo()
        .args(["--yes", "kafka", "rebalance", "--on", HGWEBS[0], "--brokers", "14,15,16"])
        .args(["--topics", "pushlog"])
        .run();
    again.code(3);
    let after = lab.sh(HGWEBS[0], "ls /tmp | grep -c '^hgmo-ctl-.*-topics.json' || true");
    assert_eq!(after.trim(), before, "a plan was generated for a missing topic");
}

/// `kafka remove-node` checks the broker's real data directory first: hgweb3 holds replicas of
/// pushdata, so nothing is stopped (and a replica Kafka is still deleting does not count).
fn remove_node_refuses_a_broker_that_holds_data(lab: &'static Lab) {
    kafka_ready(lab);
    lab.sh(
        HGWEBS[2],
        "install -d -o zookeeper -g zookeeper /var/lib/kafka/logs/gone-0.0123abc-delete",
    );
    let out = lab.hgmo().args(["--yes", "kafka", "remove-node", "--node", HGWEBS[2]]).run();
    lab.sh(HGWEBS[2], "rmdir /var/lib/kafka/logs/gone-0.0123abc-delete");
    out.code(3)
        .stdout_has("/var/lib/kafka/logs/pushdata-")
        .stderr_has("still holds topic partitions");
    assert!(!out.stdout.contains("gone-0."), "{}", out.stdout);
    assert_eq!(lab.sh(HGWEBS[2], "systemctl is-active kafka.service").trim(), "active");
}

/// The lab's deployment configuration (its stand-in of `ansible/group_vars/hgmo`), the node's
/// line commented out (`lab up`) or in, as an operator assigns its id.
pub fn assign_id(lab: &Lab, node: &str, id: &str, assigned: bool) {
    let path = lab.dir.join("group_vars/hgmo");
    let text = std::fs::read_to_string(&path).unwrap();
    let out_line = format!("  # {node}: {id}   (not deployed yet: uncomment to add it)");
    let in_line = format!("  {node}: {id}");
    let text = if assigned {
        assert!(text.contains(&out_line), "{text}");
        text.replace(&out_line, &in_line)
    } else {
        assert!(text.lines().any(|l| l == in_line), "{text}");
        text.replace(&format!("{in_line}\n"), &format!("{out_line}\n"))
    };
    std::fs::write(&path, text).unwrap();
}

/// Puts kafka1 back as `lab up` left it, whatever happened: its units stopped and uninstalled,
/// its data gone, its id commented out again and every zoo.cfg rewritten by the deploy.
struct NodeBack<'a> {
    lab: &'a Lab,
    node: String,
}

impl Drop for NodeBack<'_> {
    fn drop(&mut self) {
        put_node_back(self.lab, &self.node);
    }
}

/// kafka1 as `lab up` left it (see `NodeBack`).
pub fn put_node_back(lab: &Lab, node: &str) {
    let vars = lab.dir.join("group_vars/hgmo");
    let text = std::fs::read_to_string(&vars).unwrap_or_default();
    let line = format!("  {node}: 21");
    if text.lines().any(|l| l == line) {
        assign_id(lab, node, "21", false);
    }
    let units = lab.dir.join("hosts/kafka1/systemctl.d");
    lab.exec(
        node,
        &format!(
            "systemctl stop kafka.service zookeeper.service; rm -f {u}/kafka.service {u}/kafka.service.conf {u}/zookeeper.service {u}/zookeeper.service.conf; rm -rf /var/lib/kafka /var/lib/zookeeper {z}/run/* {k}/run/*",
            u = units.display(),
            z = lab.dir.join("hosts/kafka1/zookeeper").display(),
            k = lab.dir.join("hosts/kafka1/kafka").display(),
        ),
    );
    let _ = std::process::Command::new(lab.dir.join("deploy"))
        .args(["hgmo", "--skip-hgweb", "--skip-hgssh", "--skip-mirrors"])
        .output();
}

/// The password inventory with kafka1 as a ZooKeeper/Kafka node and the lab's deploy (given
/// the become password through Ansible's own setting, as an operator's deploy would).
fn with_node(lab: &Lab, node: &str) -> Test {
    let t = Test::new().write("lab-inventory-node.toml", &node_inventory(lab, node));
    let p = t.path_of("lab-inventory-node.toml");
    t.arg("-i").arg(p)
}

/// The text of `with_node`'s inventory.
pub fn node_inventory(lab: &Lab, node: &str) -> String {
    let path = crate::lab_access::lab_env(lab, "LAB_INVENTORY_PASSWORD");
    let text = std::fs::read_to_string(&path).unwrap();
    let at = text.find(&format!("[hosts.\"{node}\"]")).unwrap();
    let roles = at + text[at..].find("roles = [\"kafka\"]").unwrap();
    let ip = text[at..].lines().find_map(|l| l.strip_prefix("ssh = ")).unwrap().trim_matches('"');
    let mut text = format!(
        "{}roles = [\"zookeeper\", \"kafka\"]\nzookeeper = \"{ip}:2181\"{}",
        &text[..roles],
        &text[roles + "roles = [\"kafka\"]".len()..]
    );
    text.push_str(&format!(
        "\n[deploy]\ncommand = \"ANSIBLE_BECOME_PASSWORD_FILE={} {} hgmo\"\n",
        crate::lab_access::lab_env(lab, "LAB_SUDO_PASSWORD_FILE"),
        lab.dir.join("deploy").display()
    ));
    text
}

/// Runs hgmo-ctl with -K on a terminal, types the lab's sudo password; returns the exit code
/// and everything it printed.
fn run_with_password(lab: &Lab, t: Test) -> (i32, String) {
    let password = crate::lab_access::lab_env(lab, "LAB_SUDO_PASSWORD");
    let (mut p, _dir) = t.spawn_pty(600_000);
    p.exp_string("sudo password").unwrap();
    p.send_line(&password).unwrap();
    let rest = p.exp_eof().unwrap();
    let code = match p.process.wait().unwrap() {
        rexpect::process::wait::WaitStatus::Exited(_, c) => c,
        other => panic!("{other:?}: {rest}"),
    };
    assert!(!rest.contains(&password), "the password was printed");
    (code, rest)
}

/// `check zookeeper` from hgweb1 until it exits `code` (60 s).
pub fn zk_check_until(lab: &Lab, code: i32) -> crate::test::Outcome {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let out = lab.hgmo().args(["--hosts", HGWEBS[0], "check", "zookeeper"]).run();
        if out.code == code || Instant::now() > deadline {
            return out;
        }
        std::thread::sleep(Duration::from_millis(500));
    }
}

/// The broker ids registered in ZooKeeper, until `want` (60 s).
pub fn broker_ids_until(lab: &Lab, want: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let out = lab.sh(
            HGWEBS[0],
            "/opt/kafka/bin/zookeeper-shell.sh localhost:2181 ls /hgmoreplication/brokers/ids 2>&1 | tail -n 1",
        );
        if out.trim() == want || Instant::now() > deadline {
            return out.trim().to_string();
        }
        std::thread::sleep(Duration::from_millis(500));
    }
}

/// Issue 15 point 3: a new node joins and leaves for real. kafka1 (id 21, commented out in the
/// lab's deployment configuration, no unit installed) gets its id; `kafka add-node` deploys
/// (which installs the units and writes `server.21` into every zoo.cfg), starts ZooKeeper,
/// waits the guide's minute and starts Kafka: `check zookeeper` finds the 3 followers it now
/// expects and broker 21 registers. A rebalance puts a topic's data on it (the partition
/// directories are on kafka1, every message still readable) and another takes it away; with
/// the id removed again, `kafka remove-node` deploys, stops Kafka and ZooKeeper there and
/// disables both, and the ensemble is back to 2 followers of 2. kafka1's sudo asks for a
/// password, so both runs use -K on a terminal and the deploy gets it from a file.
fn add_a_node_move_data_onto_it_and_remove_it(lab: &'static Lab) {
    kafka_ready(lab);
    let node = crate::lab_access::lab_env(lab, "LAB_PASSWORD_HOST");
    let _back = NodeBack { lab, node: node.clone() };
    let before = lab.exec(&node, "systemctl status zookeeper.service");
    assert!(
        String::from_utf8_lossy(&before.stderr)
            .contains("Unit zookeeper.service could not be found."),
        "{before:?}"
    );
    assign_id(lab, &node, "21", true);
    let (code, out) = run_with_password(
        lab,
        with_node(lab, &node).args(["-K", "--yes", "kafka", "add-node", "--node", &node]),
    );
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Wait a minute"), "{out}");
    assert_node_added(lab, &node);

    // Rebalance onto the new broker, and away from it again.
    let topic = topic_on_broker_14(lab, "labnode", 2, 20);
    lab.hgmo()
        .args([
            "--yes",
            "kafka",
            "rebalance",
            "--on",
            HGWEBS[0],
            "--brokers",
            "21",
            "--topics",
            &topic,
        ])
        .run()
        .code(0)
        .stdout_has("2 partition(s) completed successfully, 0 failed");
    let dirs = lab.sh(&node, "ls /var/lib/kafka/logs");
    for p in 0..2 {
        assert!(
            dirs.lines().any(|l| l == format!("{topic}-{p}")),
            "{topic}-{p} not on {node}: {dirs}"
        );
    }
    assert_eq!(count_messages(lab, &topic, 20), 20);
    lab.hgmo()
        .args([
            "--yes",
            "kafka",
            "rebalance",
            "--on",
            HGWEBS[0],
            "--brokers",
            "14",
            "--topics",
            &topic,
        ])
        .run()
        .code(0);
    let deadline = Instant::now() + Duration::from_secs(60);
    while lab
        .sh(&node, &format!("ls /var/lib/kafka/logs | grep -c '^{topic}-[0-9]*$' || true"))
        .trim()
        != "0"
    {
        assert!(Instant::now() < deadline, "kafka1 kept its replicas of {topic}");
        std::thread::sleep(Duration::from_millis(500));
    }

    assign_id(lab, &node, "21", false);
    let (code, out) = run_with_password(
        lab,
        with_node(lab, &node).args(["-K", "--yes", "kafka", "remove-node", "--node", &node]),
    );
    assert_eq!(code, 0, "{out}");
    assert_node_removed(lab, &node);
}

/// kafka1 (id 21) joined: ZooKeeper and Kafka run there with its id, every zoo.cfg names it,
/// the ensemble is OK with 3 synced followers, and broker 21 is registered.
pub fn assert_node_added(lab: &Lab, node: &str) {
    let state = lab.sh(
        node,
        "systemctl is-active zookeeper.service kafka.service; cat /var/lib/zookeeper/myid",
    );
    assert_eq!(state.split_whitespace().collect::<Vec<_>>(), ["active", "active", "21"], "{state}");
    let zoo = lab.sh(HGWEBS[0], "grep '^server[.]' /etc/zookeeper/zoo.cfg");
    assert!(zoo.contains(&format!("server.21 = {node}:2888:3888")), "{zoo}");
    zk_check_until(lab, 0).code(0).stdout_has("zookeeper node and ensemble OK");
    let leader = lab.sh(
        HGWEBS[0],
        "for h in hgweb1 hgweb2 hgweb3; do timeout 3 bash -c \"exec 3<>/dev/tcp/$h.lab.test/2181 && printf mntr >&3 && cat <&3\"; done | grep -E '^zk_synced_followers' || true",
    );
    assert!(
        leader.contains("zk_synced_followers\t3"),
        "the leader has not 3 synced followers: {leader}"
    );
    assert_eq!(broker_ids_until(lab, "[14, 15, 16, 21]"), "[14, 15, 16, 21]");
}

/// kafka1 left: Kafka and ZooKeeper stopped and disabled there, no zoo.cfg names it, broker
/// 21 is gone and the ensemble is OK again.
pub fn assert_node_removed(lab: &Lab, node: &str) {
    let state = lab.exec(node, "systemctl is-active zookeeper.service kafka.service; systemctl is-enabled zookeeper.service kafka.service");
    let state = String::from_utf8_lossy(&state.stdout).into_owned();
    assert!(!state.lines().any(|l| l == "active"), "{state}");
    assert_eq!(state.lines().filter(|l| *l == "disabled").count(), 2, "{state}");
    let zoo = lab.sh(HGWEBS[0], "grep '^server[.]' /etc/zookeeper/zoo.cfg");
    assert!(!zoo.contains("server.21"), "{zoo}");
    assert_eq!(broker_ids_until(lab, "[14, 15, 16]"), "[14, 15, 16]");
    zk_check_until(lab, 0).code(0).stdout_has("zookeeper node and ensemble OK");
}

/// The lab's units are `Restart=always`, as production's: a Kafka broker that dies without
/// `systemctl stop` (SIGKILL here; Kafka 1.1.0 also exits by itself when its ZooKeeper does not
/// answer at start-up) is started again, the unit's log says so, and the broker serves again.
/// Without it the Kafka cluster family's seed 6008 (a reset whose hgweb1 lost its link as
/// Kafka started) could never finish in the lab, though it does in production.
fn a_broker_that_dies_is_started_again_by_its_unit(lab: &'static Lab) {
    kafka_ready(lab);
    let pidfile = lab.dir.join("hosts/hgweb3/kafka/run/kafka.pid");
    let journal = lab.dir.join("hosts/hgweb3/kafka/log/systemctl.log");
    let before = std::fs::read_to_string(&journal).unwrap_or_default().len();
    let old = std::fs::read_to_string(&pidfile).unwrap().trim().to_string();
    lab.sh(HGWEBS[2], &format!("kill -9 {old}"));
    // Started again, and serving once ZooKeeper has let the killed broker's session go (the
    // new one exits 1 while /brokers/ids/16 is still taken, and is started again too): no
    // `systemctl start` meanwhile.
    let deadline = Instant::now() + Duration::from_secs(90);
    loop {
        let now = std::fs::read_to_string(&pidfile).unwrap_or_default().trim().to_string();
        let up = lab.exec(
            HGWEBS[2],
            "systemctl is-active kafka.service && timeout 2 bash -c 'exec 3<>/dev/tcp/127.0.0.1/9092'",
        );
        if !now.is_empty() && now != old && up.status.success() {
            break;
        }
        assert!(Instant::now() < deadline, "kafka.service on hgweb3 was not started again");
        std::thread::sleep(Duration::from_millis(200));
    }
    let log = std::fs::read_to_string(&journal).unwrap();
    let log = &log[before..];
    assert!(
        log.contains("kafka.service: Main process exited, code=killed, status=9/KILL"),
        "{log}"
    );
    assert!(log.contains("kafka.service: Scheduled restart job, restart counter is at"), "{log}");
    // The broker serves again: every partition of the replication topics has a leader.
    kafka_ready(lab);
}
