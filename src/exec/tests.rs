//! The executor without root, ssh or a lab: [`LocalHosts`] stands in for the transport and
//! runs each host's commands with `sh` in a folder of its own, so a step has a real effect
//! (a file) that a test can look at, the lock script really runs with `noclobber`, and a
//! host can be made to lose its connection.

use std::collections::{HashSet, VecDeque};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use super::*;
use crate::journal::{ActionState, Journal};
use crate::plan::PlanHost;
use crate::transport::{HostLineSink, LineSink, Stream};

/// Every host is a folder under `root`; a command runs there with `sh -c` and `$HOST` set.
struct LocalHosts {
    root: PathBuf,
    /// Every command run, in order: (host, command line).
    log: Arc<Mutex<Vec<(String, String)>>>,
    /// Every `run_each` call: the hosts it ran on at once.
    groups: Arc<Mutex<Vec<Vec<String>>>>,
    /// Hosts whose connection is lost on their next command.
    lose: HashSet<String>,
}

impl LocalHosts {
    fn host_dir(&self, host: &str) -> PathBuf {
        self.root.join(host)
    }
}

impl Transport for LocalHosts {
    async fn connect(
        &mut self,
        hosts: &[String],
    ) -> std::result::Result<(), (String, RemoteError)> {
        for h in hosts {
            std::fs::create_dir_all(self.host_dir(h)).expect("host folder");
        }
        Ok(())
    }

    async fn run(
        &mut self,
        host: &str,
        command: &str,
        sink: LineSink<'_>,
    ) -> std::result::Result<RemoteOutput, RemoteError> {
        self.log.lock().unwrap().push((host.to_string(), command.to_string()));
        // A step can break its own host's connection (`touch .connection-lost`) until the
        // next `reconnect`.
        if self.lose.contains(host) || self.host_dir(host).join(".connection-lost").exists() {
            return Err(RemoteError::Lost(format!("{host}: connection reset by the test")));
        }
        let out = tokio::process::Command::new("sh")
            .arg("-c")
            .arg(command)
            .current_dir(self.host_dir(host))
            .env("HOST", host)
            .stdin(std::process::Stdio::null())
            .output()
            .await
            .map_err(|e| RemoteError::Connect(e.to_string()))?;
        let (stdout, stderr) = (
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        );
        stdout.lines().for_each(|l| sink(Stream::Stdout, l));
        stderr.lines().for_each(|l| sink(Stream::Stderr, l));
        Ok(RemoteOutput { status: out.status.code(), stdout, stderr })
    }

    async fn run_each(
        &mut self,
        jobs: &[(String, String)],
        sink: HostLineSink<'_>,
    ) -> Vec<std::result::Result<RemoteOutput, RemoteError>> {
        self.groups.lock().unwrap().push(jobs.iter().map(|(h, _)| h.clone()).collect());
        let mut out = Vec::new();
        for (host, command) in jobs {
            let one = |stream, line: &str| sink(host, stream, line);
            out.push(self.run(host, command, &one).await);
        }
        out
    }

    async fn close(&mut self) {}

    async fn reconnect(&mut self, host: &str) -> std::result::Result<(), RemoteError> {
        let _ = std::fs::remove_file(self.host_dir(host).join(".connection-lost"));
        Ok(())
    }
}

/// One test's world: the hosts' folders, the audit log, the journal folder.
struct World {
    dir: tempfile::TempDir,
    log: Arc<Mutex<Vec<(String, String)>>>,
    groups: Arc<Mutex<Vec<Vec<String>>>>,
    answers: Arc<Mutex<VecDeque<Answer>>>,
    ui: Ui,
}

impl World {
    fn new() -> World {
        let answers = Arc::new(Mutex::new(VecDeque::new()));
        World {
            dir: tempfile::tempdir().expect("tempdir"),
            log: Arc::default(),
            groups: Arc::default(),
            ui: Ui {
                color: false,
                verbose: false,
                interactive: false,
                quiet: false,
                scripted: Some(answers.clone()),
            },
            answers,
        }
    }

    fn answer(&self, answers: &[Answer]) -> &Self {
        self.answers.lock().unwrap().extend(answers);
        self
    }

    fn transport(&self, lose: &[&str]) -> LocalHosts {
        LocalHosts {
            root: self.dir.path().join("hosts"),
            log: self.log.clone(),
            groups: self.groups.clone(),
            lose: lose.iter().map(|h| h.to_string()).collect(),
        }
    }

    fn file(&self, host: &str, name: &str) -> Option<String> {
        std::fs::read_to_string(self.dir.path().join("hosts").join(host).join(name)).ok()
    }

    fn put(&self, host: &str, name: &str, text: &str) {
        let dir = self.dir.path().join("hosts").join(host);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(name), text).unwrap();
    }

    fn ran(&self) -> Vec<(String, String)> {
        self.log.lock().unwrap().clone()
    }

    fn ran_on(&self, host: &str) -> Vec<String> {
        self.ran().into_iter().filter(|(h, _)| h == host).map(|(_, c)| c).collect()
    }

    fn audit(&self) -> Vec<serde_json::Value> {
        std::fs::read_to_string(self.dir.path().join("state/audit.jsonl"))
            .unwrap_or_default()
            .lines()
            .map(|l| serde_json::from_str(l).expect("audit lines are JSON"))
            .collect()
    }

    fn journal_path(&self, run_id: &str) -> PathBuf {
        self.dir.path().join(format!("state/runs/{run_id}.json"))
    }

    fn journal(&self, plan: &Plan, run_id: &str) -> Journal {
        std::fs::create_dir_all(self.dir.path().join("state/runs")).unwrap();
        Journal::new(plan, run_id, "test").at(self.journal_path(run_id))
    }

    fn saved_journal(&self, run_id: &str) -> serde_json::Value {
        let text = std::fs::read_to_string(self.journal_path(run_id)).expect("journal written");
        serde_json::from_str(&text).unwrap()
    }

    fn executor(&self, lose: &[&str], opts: Options) -> Executor<'_, LocalHosts> {
        let audit = Audit::open_in(&self.dir.path().join("state")).expect("audit log");
        Executor::with_audit(self.transport(lose), &self.ui, opts, audit)
    }

    /// Run `plan` to its end (`--yes`, no lock, no journal unless given).
    fn run(&self, plan: &Plan, lose: &[&str], opts: Options) -> Result<()> {
        block_on(self.executor(lose, opts).execute(plan))
    }
}

fn block_on<F: std::future::Future>(f: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(f)
}

fn options(run_id: &str) -> Options {
    Options {
        yes: true,
        run_id: run_id.into(),
        lb: None,
        min_in_service: None,
        lock: None,
        break_lock: false,
        notify: None,
        journal: None,
        resume: false,
        become_method: crate::privilege::Become::None,
    }
}

/// One remote action of a plan: `kind` on `host` running `command` (numbered by [`plan`]).
fn act(step: &str, kind: StepKind, host: &str, command: &str) -> Action {
    let r = Remote {
        host: host.into(),
        command: command.into(),
        unless: None,
        capture: None,
        undo: None,
        idempotent: false,
        note: false,
        keep: None,
    };
    let what = match kind {
        StepKind::Precondition => What::Precondition(r),
        StepKind::Read => What::Read(r),
        StepKind::Check => What::Check(r),
        StepKind::Run => What::Run(r),
        other => panic!("act builds remote actions, not {other:?}"),
    };
    Action {
        number: 0,
        step: step.into(),
        title: step.into(),
        what,
        message: None,
        on_failure: None,
        no_return: false,
        changes: kind.changes(),
    }
}

/// The remote part of an action built by [`act`].
fn remote(a: &mut Action) -> &mut Remote {
    match &mut a.what {
        What::Precondition(r) | What::Read(r) | What::Check(r) | What::Run(r) => r,
        _ => panic!("not a remote action"),
    }
}

fn plan(actions: Vec<Action>) -> Plan {
    let mut hosts: Vec<String> = Vec::new();
    for a in &actions {
        if let Some(h) = a.host() {
            if !hosts.iter().any(|x| x == h) {
                hosts.push(h.to_string());
            }
        }
    }
    Plan {
        procedure: "unit".into(),
        title: "A unit test plan".into(),
        guide: String::new(),
        usage: String::new(),
        purpose: String::new(),
        inventory: "test".into(),
        params: Default::default(),
        targets: hosts
            .into_iter()
            .map(|h| PlanHost { ssh: h.clone(), name: h, roles: Vec::new() })
            .collect(),
        assumptions: Vec::new(),
        actions: actions
            .into_iter()
            .enumerate()
            .map(|(i, a)| Action { number: i + 1, ..a })
            .collect(),
    }
}

fn states(journal: &serde_json::Value) -> Vec<String> {
    journal["states"].as_array().unwrap().iter().map(|s| s.as_str().unwrap().to_string()).collect()
}

// ---- the walk ----

#[test]
fn walk_runs_each_step_on_its_host_in_order_and_reports_findings_at_the_end() {
    let w = World::new();
    let p = plan(vec![
        act("probe", StepKind::Precondition, "web1", "test ! -e broken"),
        act("mark", StepKind::Run, "web1", "echo one > marked"),
        act("look", StepKind::Check, "web2", "test -e nothing-here"),
        act("mark", StepKind::Run, "web2", "echo two > marked"),
    ]);
    let e = w.run(&p, &[], options("walk")).expect_err("a failed check is a finding");
    assert!(matches!(e, Error::Findings(_)), "{e}");
    // The check's failure did not stop the run: the last step ran, each on its own host.
    assert_eq!(w.file("web1", "marked").as_deref(), Some("one\n"));
    assert_eq!(w.file("web2", "marked").as_deref(), Some("two\n"));
    let order: Vec<_> = w.ran().into_iter().map(|(h, c)| format!("{h}: {c}")).collect();
    assert_eq!(
        order,
        [
            "web1: test ! -e broken",
            "web1: echo one > marked",
            "web2: test -e nothing-here",
            "web2: echo two > marked"
        ]
    );
    let outcomes: Vec<_> =
        w.audit().iter().map(|r| r["outcome"].as_str().unwrap().to_string()).collect();
    assert_eq!(outcomes, ["ok", "ok", "finding", "ok"]);
}

#[test]
fn walk_stops_at_the_first_failure_and_the_journal_says_where() {
    let w = World::new();
    let p = plan(vec![
        act("first", StepKind::Run, "web1", "echo > first"),
        act("broken", StepKind::Run, "web1", "echo 'disk full' >&2; exit 4"),
        act("never", StepKind::Run, "web1", "echo > never"),
    ]);
    let opts = Options { journal: Some(w.journal(&p, "stop")), ..options("stop") };
    let e = w.run(&p, &[], opts).expect_err("step 2 fails");
    let text = e.to_string();
    assert!(text.contains("2 (broken)") && text.contains("disk full"), "{text}");
    assert!(w.file("web1", "first").is_some());
    assert!(w.file("web1", "never").is_none(), "a step after the failure ran");
    let j = w.saved_journal("stop");
    assert_eq!(states(&j), ["done", "failed", "pending"]);
    assert_eq!(j["outcome"], "failed");
}

#[test]
fn a_precondition_refuses_before_anything_changes() {
    let w = World::new();
    w.put("web1", "read-only", "frozen\n");
    let mut refuse = act("writable", StepKind::Precondition, "web1", "test ! -e read-only");
    refuse.message = Some("the repository is read-only".into());
    let p = plan(vec![refuse, act("change", StepKind::Run, "web1", "echo > changed")]);
    let e = w.run(&p, &[], options("pre")).expect_err("refused");
    assert!(matches!(e, Error::Precondition { .. }), "{e}");
    assert!(e.to_string().contains("the repository is read-only"), "{e}");
    assert!(w.file("web1", "changed").is_none());
}

#[test]
fn captured_values_are_substituted_and_a_value_that_is_not_plain_is_refused() {
    let w = World::new();
    let mut read = act("read", StepKind::Read, "hgssh1", "cat which");
    remote(&mut read).capture = Some("which".into());
    let p = plan(vec![read, act("use", StepKind::Run, "hgssh1", "echo {=which} > used")]);

    w.put("hgssh1", "which", "mozilla-central\n");
    w.run(&p, &[], options("cap1")).expect("a plain value is used");
    assert_eq!(w.file("hgssh1", "used").as_deref(), Some("mozilla-central\n"));
    assert!(w.ran_on("hgssh1").contains(&"echo mozilla-central > used".to_string()));

    std::fs::remove_file(w.dir.path().join("hosts/hgssh1/used")).unwrap();
    w.put("hgssh1", "which", "x; touch pwned\n");
    let e = w.run(&p, &[], options("cap2")).expect_err("not a plain value");
    assert!(e.to_string().contains("not a plain value"), "{e}");
    assert!(w.file("hgssh1", "used").is_none() && w.file("hgssh1", "pwned").is_none());
}

#[test]
fn a_kept_output_reaches_another_host_as_a_file_never_in_a_command_line() {
    let w = World::new();
    let mut read = act("read", StepKind::Read, "hgssh1", "cat hgssh.json");
    remote(&mut read).keep = Some("json".into());
    let p = plan(vec![read, act("copy", StepKind::Run, "hgweb3", "cp '{<json}' got.json")]);
    let content =
        "{\"repositories\": [\"{moz}/try\"], \"x\": \"it's $(touch pwned) `id`\"}\nHGMO_CTL\n";
    w.put("hgssh1", "hgssh.json", content);
    w.run(&p, &[], options("keep1")).expect("copied");
    assert_eq!(w.file("hgweb3", "got.json").as_deref(), Some(content));
    assert!(w.file("hgweb3", "pwned").is_none() && w.file("hgssh1", "pwned").is_none());
    let copy = w.ran_on("hgweb3").into_iter().find(|c| c.starts_with("cp ")).expect("the copy ran");
    assert!(!copy.contains("repositories") && copy.contains("/hgmo-ctl."), "{copy}");
    // The temporary file is gone after the step.
    let tmp = copy.trim_start_matches("cp '").split('\'').next().unwrap().to_string();
    assert!(!std::path::Path::new(&tmp).exists(), "{tmp} left behind");
    // A name no earlier step kept is a runbook error, before anything runs on the host.
    let p = plan(vec![act("copy", StepKind::Run, "hgweb3", "cp '{<nothing}' got2.json")]);
    let e = w.run(&p, &[], options("keep2")).expect_err("nothing kept");
    assert!(e.to_string().contains("was not kept"), "{e}");
    assert!(w.file("hgweb3", "got2.json").is_none());
}

#[test]
fn an_unless_probe_that_succeeds_skips_the_change() {
    let w = World::new();
    w.put("web1", "done-already", "");
    let mut change = act("once", StepKind::Run, "web1", "echo again >> count");
    remote(&mut change).unless = Some("test -e done-already".into());
    let p = plan(vec![change]);
    w.run(&p, &[], options("unless")).expect("skipped is success");
    assert!(w.file("web1", "count").is_none(), "the change ran although its probe succeeded");
    assert_eq!(w.audit()[0]["outcome"], "skipped");
}

#[test]
fn a_change_not_confirmed_stops_the_run_and_stays_pending() {
    let w = World::new();
    w.answer(&[Answer::Yes, Answer::No]);
    let p = plan(vec![
        act("one", StepKind::Run, "web1", "echo > one"),
        act("two", StepKind::Run, "web1", "echo > two"),
    ]);
    let opts = Options { yes: false, journal: Some(w.journal(&p, "ask")), ..options("ask") };
    let e = w.run(&p, &[], opts).expect_err("the second answer is no");
    assert!(matches!(e, Error::NotConfirmed { .. }), "{e}");
    assert!(w.file("web1", "one").is_some() && w.file("web1", "two").is_none());
    assert_eq!(states(&w.saved_journal("ask")), ["done", "pending"]);
}

// ---- the read-only pass ----

#[test]
fn the_read_only_pass_is_the_walk_stopped_before_the_first_change() {
    let w = World::new();
    w.put("web1", "version", "6.8.2\n");
    let mut v = act("version", StepKind::Read, "web1", "cat version");
    remote(&mut v).capture = Some("version".into());
    let p = plan(vec![
        v,
        act("echo", StepKind::Read, "web1", "echo {=version}"),
        act("change", StepKind::Run, "web1", "echo > changed"),
        act("after", StepKind::Read, "web1", "echo after > after"),
    ]);
    let facts = block_on(w.executor(&[], options("facts")).facts(&p)).expect("facts");
    let got: Vec<_> = facts.iter().map(|f| (f.step.as_str(), f.output.as_str())).collect();
    assert_eq!(got, [("version", "6.8.2\n"), ("echo", "6.8.2\n")]);
    assert!(w.file("web1", "changed").is_none() && w.file("web1", "after").is_none());
    assert!(w.audit().is_empty(), "the read-only pass is not a run and is not audited");
}

// ---- fan-out ----

#[test]
fn one_step_on_several_hosts_runs_as_one_group() {
    let w = World::new();
    let p = plan(
        ["web1", "web2", "web3"]
            .iter()
            .map(|h| act("status", StepKind::Read, h, "echo $HOST > seen"))
            .chain([act("after", StepKind::Read, "web1", "true")])
            .collect(),
    );
    w.run(&p, &[], options("fan")).expect("all succeed");
    assert_eq!(*w.groups.lock().unwrap(), [vec!["web1", "web2", "web3"]]);
    for h in ["web1", "web2", "web3"] {
        assert_eq!(w.file(h, "seen"), Some(format!("{h}\n")));
    }
}

#[test]
fn a_fan_out_failure_records_every_host_and_names_the_first_in_plan_order() {
    let w = World::new();
    let p = plan(vec![
        act("write", StepKind::Read, "web1", "echo > out"),
        act("write", StepKind::Read, "web2", "echo > out"),
        act("write", StepKind::Read, "web3", "echo > out"),
        act("next", StepKind::Run, "web1", "echo > next"),
    ]);
    let opts = Options { journal: Some(w.journal(&p, "fan2")), ..options("fan2") };
    let e = w.run(&p, &["web2", "web3"], opts).expect_err("two hosts lost");
    assert!(matches!(&e, Error::ConnectionLost { host, .. } if host == "web2"), "{e}");
    assert!(w.file("web1", "out").is_some(), "the healthy host's part ran");
    assert!(w.file("web1", "next").is_none(), "the run went on after a failed group");
    assert_eq!(states(&w.saved_journal("fan2")), ["done", "failed", "failed", "pending"]);
}

#[test]
fn changes_run_one_host_at_a_time_unless_every_change_was_agreed() {
    let w = World::new();
    w.answer(&[Answer::Yes, Answer::Yes]);
    let p = plan(vec![
        act("restart", StepKind::Run, "web1", "echo > restarted"),
        act("restart", StepKind::Run, "web2", "echo > restarted"),
    ]);
    let opts = Options { yes: false, ..options("fan3") };
    w.run(&p, &[], opts).expect("both confirmed");
    assert!(w.groups.lock().unwrap().is_empty(), "confirmed changes fanned out");
    assert!(w.file("web2", "restarted").is_some());
}

// ---- resume ----

#[test]
fn resume_does_not_repeat_what_the_interrupted_run_did() {
    let w = World::new();
    let p = plan(vec![
        act("one", StepKind::Run, "web1", "echo x >> one"),
        act("two", StepKind::Run, "web1", "echo x >> two"),
        {
            let mut a = act("three", StepKind::Run, "web1", "echo x >> three");
            remote(&mut a).idempotent = true;
            a
        },
        act("four", StepKind::Run, "web1", "echo x >> four"),
    ]);
    let mut j = w.journal(&p, "res");
    j.states =
        vec![ActionState::Done, ActionState::Done, ActionState::Started, ActionState::Pending];
    j.save().unwrap();
    let opts = Options { journal: Some(j), resume: true, ..options("res") };
    w.run(&p, &[], opts).expect("resumed to the end");
    assert!(
        w.file("web1", "one").is_none() && w.file("web1", "two").is_none(),
        "done steps ran again"
    );
    assert_eq!(
        w.file("web1", "three").as_deref(),
        Some("x\n"),
        "the started idempotent step runs again"
    );
    assert_eq!(w.file("web1", "four").as_deref(), Some("x\n"));
    let j = w.saved_journal("res");
    assert_eq!(states(&j), ["done", "done", "done", "done"]);
    assert_eq!(j["outcome"], "succeeded");
}

#[test]
fn resume_without_a_terminal_refuses_to_guess_whether_a_started_change_took_effect() {
    let mut w = World::new();
    w.ui.scripted = None; // standard input is not a terminal under `cargo test`
    let p = plan(vec![act("move", StepKind::Run, "web1", "echo x >> moved")]);
    let mut j = w.journal(&p, "guess");
    j.states = vec![ActionState::Started];
    let opts = Options { journal: Some(j), resume: true, ..options("guess") };
    let e = w.run(&p, &[], opts).expect_err("it cannot be told");
    assert!(e.to_string().contains("took effect"), "{e}");
    assert!(w.file("web1", "moved").is_none(), "the change ran a second time");
}

#[test]
fn a_change_whose_connection_was_lost_is_journaled_as_of_unknown_effect() {
    // The connection drops after the command was sent: the host may have made the change.
    // Journaled `failed`, `resume` would run it again without a question (a second skip of a
    // replication message drops a good one); `started` makes it check or ask first.
    let w = World::new();
    let p = plan(vec![
        act("read", StepKind::Read, "web2", "true"),
        act("change", StepKind::Run, "web1", "echo x >> changed"),
    ]);
    let opts = Options { journal: Some(w.journal(&p, "lost1")), ..options("lost1") };
    let e = w.run(&p, &["web1"], opts).expect_err("web1 lost");
    assert!(matches!(&e, Error::ConnectionLost { host, .. } if host == "web1"), "{e}");
    assert_eq!(states(&w.saved_journal("lost1")), ["done", "started"]);
    // A read whose connection was lost is simply failed: running it again changes nothing.
    let p = plan(vec![act("read", StepKind::Read, "web1", "true")]);
    let opts = Options { journal: Some(w.journal(&p, "lost2")), ..options("lost2") };
    w.run(&p, &["web1"], opts).expect_err("web1 lost");
    assert_eq!(states(&w.saved_journal("lost2")), ["failed"]);
}

// ---- undo ----

#[test]
fn after_a_failure_the_changes_are_offered_for_undo_newest_first() {
    let w = World::new();
    w.answer(&[Answer::Yes, Answer::Yes]);
    let mut a = act("a", StepKind::Run, "web1", "echo > a");
    remote(&mut a).undo = Some("rm a; echo a >> undone".into());
    let mut b = act("b", StepKind::Run, "web2", "echo > b");
    remote(&mut b).undo = Some("rm b; echo b >> ../web1/undone".into());
    let p = plan(vec![a, b, act("fails", StepKind::Run, "web1", "exit 1")]);
    let e = w.run(&p, &[], options("undo")).expect_err("step 3 fails");
    assert!(e.to_string().contains("3 (fails)"), "{e}");
    assert!(w.file("web1", "a").is_none() && w.file("web2", "b").is_none(), "not undone");
    assert_eq!(w.file("web1", "undone").as_deref(), Some("b\na\n"), "not newest first");
}

#[test]
fn nothing_is_undone_after_the_point_of_no_return() {
    let w = World::new();
    w.answer(&[Answer::Yes]);
    let mut a = act("a", StepKind::Run, "web1", "echo > a");
    remote(&mut a).undo = Some("rm a".into());
    let b = Action { no_return: true, ..act("b", StepKind::Run, "web1", "echo > b") };
    let p = plan(vec![a, b, act("fails", StepKind::Run, "web1", "exit 1")]);
    w.run(&p, &[], options("noret")).expect_err("step 3 fails");
    assert!(w.file("web1", "a").is_some(), "undone after the point of no return");
}

#[test]
fn a_failed_undo_is_reported_with_the_original_failure() {
    let w = World::new();
    w.answer(&[Answer::Yes]);
    let mut a = act("a", StepKind::Run, "web1", "echo > a");
    remote(&mut a).undo = Some("exit 9".into());
    let p = plan(vec![a, act("fails", StepKind::Run, "web1", "exit 1")]);
    let e = w.run(&p, &[], options("undo2")).expect_err("fails");
    assert!(matches!(e, Error::UndoFailed { .. }), "{e}");
}

// ---- the lock ----

fn locked(run_id: &str) -> Options {
    Options { lock: Some(("hgssh1".into(), "hgmo-ctl.lock".into())), ..options(run_id) }
}

#[test]
fn the_lock_is_held_during_the_run_and_released_after() {
    let w = World::new();
    let p = plan(vec![act("peek", StepKind::Run, "hgssh1", "cp hgmo-ctl.lock seen-lock")]);
    w.run(&p, &[], locked("lock1")).expect("runs");
    let seen = w.file("hgssh1", "seen-lock").expect("the lock existed during the step");
    assert!(seen.contains("run=lock1\n") && seen.contains("procedure=unit\n"), "{seen}");
    assert!(w.file("hgssh1", "hgmo-ctl.lock").is_none(), "the lock was not released");
}

#[test]
fn a_lock_whose_connection_broke_is_released_over_a_new_one() {
    // The master's sshd restarted during the run: its connection is gone when the run
    // ends. Before, the lock stayed ("remove it once nothing runs") and blocked everyone.
    let w = World::new();
    let p = plan(vec![act("cut", StepKind::Run, "hgssh1", "touch .connection-lost")]);
    w.run(&p, &[], locked("lock5")).expect("runs");
    assert!(w.file("hgssh1", "hgmo-ctl.lock").is_none(), "the lock was left behind");
}

#[test]
fn a_held_lock_refuses_the_run_naming_the_holder_and_changes_nothing() {
    let w = World::new();
    w.put(
        "hgssh1",
        "hgmo-ctl.lock",
        "operator=alice\nrun=other\nprocedure=failover\nstarted=then\n",
    );
    let p = plan(vec![act("change", StepKind::Run, "hgssh1", "echo > changed")]);
    let e = w.run(&p, &[], locked("lock2")).expect_err("locked");
    match &e {
        Error::Locked { holder, .. } => {
            assert!(holder.contains("alice") && holder.contains("failover"), "{holder}")
        }
        other => panic!("{other}"),
    }
    assert!(w.file("hgssh1", "changed").is_none());
    assert!(
        w.file("hgssh1", "hgmo-ctl.lock").unwrap().contains("run=other"),
        "someone else's lock was touched"
    );
}

#[test]
fn break_lock_takes_over_a_stale_lock_and_a_resumed_run_keeps_its_own() {
    let w = World::new();
    w.put("hgssh1", "hgmo-ctl.lock", "operator=bob\nrun=dead\nprocedure=retire\n");
    let p = plan(vec![act("change", StepKind::Run, "hgssh1", "echo > changed")]);
    w.run(&p, &[], Options { break_lock: true, ..locked("lock3") }).expect("broken and taken");
    assert!(w.file("hgssh1", "changed").is_some());
    assert!(w.audit().iter().any(|r| r["step"] == "break-lock"), "the break is not audited");

    // A lock left by this very run (killed, then resumed) is its own.
    w.put("hgssh1", "hgmo-ctl.lock", "operator=me\nrun=lock4\nprocedure=unit\n");
    w.run(&p, &[], locked("lock4")).expect("its own lock");
    assert!(w.file("hgssh1", "hgmo-ctl.lock").is_none());
}

#[test]
fn a_run_that_changes_nothing_takes_no_lock() {
    let w = World::new();
    w.put("hgssh1", "hgmo-ctl.lock", "operator=alice\nrun=other\n");
    let p = plan(vec![act("look", StepKind::Read, "hgssh1", "echo > looked")]);
    w.run(&p, &[], locked("lock5")).expect("read-only runs ignore the lock");
    assert!(w.file("hgssh1", "looked").is_some());
}
