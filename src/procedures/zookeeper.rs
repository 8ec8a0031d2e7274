//! `check zookeeper`: the guide's check_zookeeper, from each ZooKeeper host's own point of
//! view (network partitions make them differ), as production runs it (`check_zookeeper -c
//! /etc/zookeeper/zoo.cfg -H <host>:2181`): the ensemble is the
//! `server.N` lines of the host's own zoo.cfg and its `clientPort`, not the inventory. On each
//! host, over SSH, bash (its `/dev/tcp`; no `nc` is needed, production installs none) sends
//! the four-letter words `ruok`, `isro` and `mntr` to the local node and to every member; the
//! answers are turned into the guide's NODE and ENSEMBLE messages here, with production's
//! thresholds. Exit code: the worst status, as Nagios counts (0 OK, 1 WARNING, 2 CRITICAL, 3
//! UNKNOWN).

use std::collections::HashMap;

use serde::Serialize;

use crate::cli::Format;
use crate::error::{Error, Result};
use crate::inventory::{Inventory, Role};
use crate::nagios::Level;
use crate::transport::SshTransport;

/// Average latency (ms) above which a node is reported as slow (check_zookeeper's
/// `--max-average-latency` default).
pub const LATENCY_LIMIT: f64 = 5000.0;
/// Percentage of file descriptors in use above which a node is reported (its
/// `--max-file-descriptor-percentage` default; production compares a 0..1 ratio with it, so
/// its warning never fires: here the percentage is compared, as the option means).
pub const FD_PERCENT_LIMIT: f64 = 50.0;
/// Each ZooKeeper host's configuration (roles/kafka-broker, zoo.cfg.j2).
pub const ZOO_CFG: &str = "/etc/zookeeper/zoo.cfg";

#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub level: Level,
    pub message: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct HostReport {
    pub host: String,
    pub level: Level,
    pub findings: Vec<Finding>,
}

/// Where the check runs: every ZooKeeper host of the inventory (the ensemble itself is read
/// from each one's zoo.cfg).
pub fn check_hosts(inv: &Inventory) -> Vec<String> {
    inv.hosts
        .iter()
        .filter(|(_, h)| h.roles.contains(&Role::Zookeeper))
        .map(|(n, _)| n.clone())
        .collect()
}

/// The script run on each ZooKeeper host: the members and client port from its zoo.cfg,
/// then every word to the local node and to each member, over bash's `/dev/tcp`.
pub fn probe_command() -> String {
    crate::quote::command_line(&["bash", "-c", PROBE_SCRIPT, "-", ZOO_CFG])
}

/// The bash script of [`probe_command`].
pub const PROBE_SCRIPT: &str = r####"cfg=$1
[ -r "$cfg" ] || { echo "### error cannot read $cfg"; exit 0; }
port=$(sed -n 's/^[[:space:]]*clientPort[[:space:]]*=[[:space:]]*\([0-9][0-9]*\).*/\1/p' "$cfg" | tail -n 1)
port=${port:-2181}
members=$(sed -n 's/^[[:space:]]*server\.[0-9][0-9]*[[:space:]]*=[[:space:]]*\([^:[:space:]]*\):.*/\1/p' "$cfg")
printf '### members'; for m in $members; do printf ' %s:%s' "$m" "$port"; done; echo
printf '### local 127.0.0.1:%s\n' "$port"
for hp in "127.0.0.1:$port" $(for m in $members; do echo "$m:$port"; done); do
  for c in ruok isro mntr; do
    printf '### %s %s\n' "$hp" "$c"
    # shellcheck disable=SC2016 # the inner script expands its own arguments ($1 host, $2 port, $3 word)
    out=$(timeout 5 bash -c 'exec 3<>"/dev/tcp/$1/$2" && printf %s "$3" >&3 && cat <&3' - "${hp%:*}" "${hp##*:}" "$c" 2>&1); rc=$?
    printf '%s\n' "$out"; printf '### rc %s\n' "$rc"
  done
done"####;

#[derive(Debug, Default, Clone)]
struct Answer {
    text: String,
    rc: i32,
}

/// Parse the probe output: (address, word) -> answer.
fn parse_probe(out: &str) -> HashMap<(String, String), Answer> {
    let mut map = HashMap::new();
    let mut current: Option<(String, String)> = None;
    let mut text = String::new();
    for line in out.lines() {
        if ["### members", "### local ", "### error "].iter().any(|p| line.starts_with(p)) {
            continue;
        }
        if let Some(rest) = line.strip_prefix("### rc ") {
            if let Some(k) = current.take() {
                map.insert(
                    k,
                    Answer { text: text.trim().to_string(), rc: rest.trim().parse().unwrap_or(1) },
                );
            }
            text.clear();
        } else if let Some(rest) = line.strip_prefix("### ") {
            let mut it = rest.splitn(2, ' ');
            let (a, w) = (it.next().unwrap_or(""), it.next().unwrap_or(""));
            current = Some((a.to_string(), w.to_string()));
            text.clear();
        } else {
            text.push_str(line);
            text.push('\n');
        }
    }
    map
}

fn mntr(text: &str) -> HashMap<String, String> {
    text.lines()
        .filter_map(|l| l.split_once('\t'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect()
}

/// The guide's NODE and ENSEMBLE findings from one host's probe.
pub fn judge(probe: &str) -> Vec<Finding> {
    if let Some(e) = probe.lines().find_map(|l| l.strip_prefix("### error ")) {
        return vec![Finding { level: Level::Unknown, message: format!("UNKNOWN - {e}") }];
    }
    // (host as zoo.cfg names it, host:port)
    let members: Vec<(String, String)> = probe
        .lines()
        .find_map(|l| l.strip_prefix("### members"))
        .unwrap_or("")
        .split_whitespace()
        .map(|hp| (hp.rsplit_once(':').map_or(hp, |(h, _)| h).to_string(), hp.to_string()))
        .collect();
    if members.is_empty() {
        return vec![Finding {
            level: Level::Unknown,
            message: format!("UNKNOWN - no server.N line in {ZOO_CFG}: not an ensemble member"),
        }];
    }
    let local_addr = probe
        .lines()
        .find_map(|l| l.strip_prefix("### local "))
        .unwrap_or("127.0.0.1:2181")
        .trim()
        .to_string();
    let members = &members;
    let answers = parse_probe(probe);
    let get = |addr: &str, word: &str| {
        answers.get(&(addr.to_string(), word.to_string())).cloned().unwrap_or_default()
    };
    let mut f = Vec::new();
    let mut add = |level, message: String| f.push(Finding { level, message });

    // The node itself.
    let ruok = get(&local_addr, "ruok");
    if ruok.text != "imok" {
        add(
            Level::Critical,
            format!(
                "NODE CRITICAL - not responding \"imok\": {}",
                if ruok.text.is_empty() { "(no answer)" } else { &ruok.text }
            ),
        );
    }
    let isro = get(&local_addr, "isro");
    if isro.text != "rw" {
        add(
            Level::Critical,
            format!(
                "NODE CRITICAL - not in read/write mode: {}",
                if isro.text.is_empty() { "(no answer)" } else { &isro.text }
            ),
        );
    }
    let local = mntr(&get(&local_addr, "mntr").text);
    if let Some(lat) = local.get("zk_avg_latency").and_then(|v| v.parse::<f64>().ok()) {
        if lat > LATENCY_LIMIT {
            add(
                Level::Warning,
                format!(
                    "NODE WARNING - average latency higher than expected: {lat} > {LATENCY_LIMIT}"
                ),
            );
        }
    }
    if let (Some(open), Some(max)) = (
        local.get("zk_open_file_descriptor_count").and_then(|v| v.parse::<f64>().ok()),
        local.get("zk_max_file_descriptor_count").and_then(|v| v.parse::<f64>().ok()),
    ) {
        if max > 0.0 && open / max * 100.0 > FD_PERCENT_LIMIT {
            add(
                Level::Warning,
                format!(
                    "NODE WARNING - open file descriptors above percentage limit: {}",
                    (open / max * 100.0).round()
                ),
            );
        }
    }

    // The ensemble, from here.
    let mut leader: Option<HashMap<String, String>> = None;
    for (host, addr) in members {
        let r = get(addr, "ruok");
        if r.rc != 0 {
            // bash says `...: /dev/tcp/HOST/PORT: Connection refused`; keep the reason.
            let why = r
                .text
                .lines()
                .rev()
                .find_map(|l| l.rsplit(": ").next().filter(|w| !w.trim().is_empty()))
                .map(str::trim)
                .unwrap_or("no answer")
                .to_string();
            let why = if r.rc == 124 { "timed out".to_string() } else { why };
            add(
                Level::Warning,
                format!("ENSEMBLE WARNING - socket error connecting to {host}: {why}"),
            );
            continue;
        }
        if r.text != "imok" {
            add(Level::Warning, format!("ENSEMBLE WARNING - node ({host}) not OK: {}", r.text));
            continue;
        }
        let m = mntr(&get(addr, "mntr").text);
        match m.get("zk_server_state").map(String::as_str) {
            Some("leader") => leader = Some(m),
            Some("follower") | Some("standalone") => {}
            _ => add(
                Level::Warning,
                format!("ENSEMBLE WARNING - node ({host}) is alive but not available"),
            ),
        }
    }
    let expected = members.len().saturating_sub(1);
    match leader {
        None => add(
            Level::Critical,
            "ENSEMBLE CRITICAL - unable to find leader node; ensemble likely not writable".into(),
        ),
        Some(m) => {
            let n = |k: &str| m.get(k).and_then(|v| v.parse::<usize>().ok()).unwrap_or(0);
            // ZooKeeper 3.8 reports `zk_learners`; older releases `zk_followers`.
            let followers =
                if m.contains_key("zk_followers") { n("zk_followers") } else { n("zk_learners") };
            if followers < expected {
                add(
                    Level::Warning,
                    format!(
                        "ENSEMBLE WARNING - only have {followers}/{expected} expected followers"
                    ),
                );
            }
            if n("zk_synced_followers") < expected {
                add(
                    Level::Warning,
                    format!(
                        "ENSEMBLE WARNING - only have {}/{expected} in sync followers",
                        n("zk_synced_followers")
                    ),
                );
            }
        }
    }
    f
}

/// The dry run's plan: the probe on every ZooKeeper host (`--hosts` honoured as in the run).
pub fn plan(inv: &Inventory, only: Option<&[String]>) -> Result<crate::plan::Plan> {
    let m = check_hosts(inv);
    if m.is_empty() {
        return Err(Error::Usage("the inventory has no host with the role \"zookeeper\"".into()));
    }
    let cmd = probe_command();
    Ok(crate::plan::Plan::read_only(
        inv,
        crate::plan::ReadOnlyPlan {
            procedure: "check-zookeeper",
            title: "Check the ZooKeeper ensemble",
            guide: "check_zookeeper",
            usage: "hgmo-ctl check zookeeper",
            purpose: "Asks every ZooKeeper server for its state (`srvr`, `mntr`) and checks that the ensemble has one leader, that every other server follows it, and that the followers are in sync.",
            checks: m
                .into_iter()
                .filter(|h| only.is_none_or(|o| o.contains(h)))
                .map(|h| ("zookeeper".to_string(), h, cmd.clone()))
                .collect(),
        },
    ))
}

pub async fn check(inv: &Inventory, only: Option<&[String]>, format: Format) -> Result<Level> {
    let m = check_hosts(inv);
    if m.is_empty() {
        return Err(Error::Usage("the inventory has no host with the role \"zookeeper\"".into()));
    }
    let hosts: Vec<String> = m.into_iter().filter(|h| only.is_none_or(|o| o.contains(h))).collect();
    let mut transport = SshTransport::new(inv);
    if let Err((host, e)) = crate::transport::Transport::connect(&mut transport, &hosts).await {
        return Err(Error::Connect { host, step: "connect".into(), message: e.to_string() });
    }
    let cmd = probe_command();
    let jobs: Vec<(String, String)> = hosts.iter().map(|h| (h.clone(), cmd.clone())).collect();
    let results = crate::transport::Transport::run_each(&mut transport, &jobs, &|_, _, _| {}).await;
    crate::transport::Transport::close(&mut transport).await;
    let reports: Vec<HostReport> = hosts
        .iter()
        .zip(results)
        .map(|(h, r)| {
            let findings = match r {
                Ok(out) => judge(&out.stdout),
                Err(e) => vec![Finding {
                    level: Level::Unknown,
                    message: format!("UNKNOWN - cannot run the check on {h}: {e}"),
                }],
            };
            let level = findings.iter().map(|f| f.level).max().unwrap_or(Level::Ok);
            HostReport { host: h.clone(), level, findings }
        })
        .collect();
    let worst = reports.iter().map(|r| r.level).max().unwrap_or(Level::Ok);
    if format == Format::Json {
        outln!("{}", serde_json::to_string_pretty(&reports).expect("json"));
    } else {
        for r in &reports {
            if r.findings.is_empty() {
                outln!("{}: zookeeper node and ensemble OK", r.host);
            }
            for f in &r.findings {
                outln!("{}: {}", r.host, f.message);
            }
        }
        errln!("check zookeeper: {}", worst.as_str());
    }
    Ok(worst)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn probe(local: &str, nodes: &[(&str, &str, &str)]) -> String {
        let mut s =
            String::from("### members zk1:2181 zk2:2181 zk3:2181\n### local 127.0.0.1:2181\n");
        let mut one = |addr: &str, ruok: &str, isro: &str, mntr: &str| {
            for (w, t) in [("ruok", ruok), ("isro", isro), ("mntr", mntr)] {
                let rc = if t.is_empty() { 1 } else { 0 };
                s.push_str(&format!("### {addr} {w}\n{t}\n### rc {rc}\n"));
            }
        };
        let state = |st: &str| {
            format!("zk_version\t3.8.0\nzk_avg_latency\t1\nzk_server_state\t{st}\nzk_open_file_descriptor_count\t60\nzk_max_file_descriptor_count\t1048576")
        };
        let leader = format!("{}\nzk_learners\t2\nzk_synced_followers\t2", state("leader"));
        one(
            "127.0.0.1:2181",
            "imok",
            "rw",
            &if local == "leader" { leader.clone() } else { state(local) },
        );
        for (i, (ruok, isro, st)) in nodes.iter().enumerate() {
            let m = match *st {
                "leader" => leader.clone(),
                "" => String::new(),
                other => state(other),
            };
            one(&format!("zk{}:2181", i + 1), ruok, isro, &m);
        }
        s
    }

    #[test]
    fn healthy() {
        let p = probe(
            "follower",
            &[("imok", "rw", "leader"), ("imok", "rw", "follower"), ("imok", "rw", "follower")],
        );
        assert!(judge(&p).is_empty());
    }

    #[test]
    fn one_node_down_is_an_ensemble_warning() {
        let p = probe(
            "follower",
            &[("imok", "rw", "leader"), ("", "", ""), ("imok", "rw", "follower")],
        );
        let p = p.replace(
            "zk_learners\t2\nzk_synced_followers\t2",
            "zk_learners\t1\nzk_synced_followers\t1",
        );
        let f = judge(&p);
        let msgs: Vec<&str> = f.iter().map(|x| x.message.as_str()).collect();
        assert!(
            msgs.iter().any(|m| m.starts_with("ENSEMBLE WARNING - socket error connecting to zk2")),
            "{msgs:?}"
        );
        assert!(msgs.contains(&"ENSEMBLE WARNING - only have 1/2 expected followers"), "{msgs:?}");
        assert!(f.iter().all(|x| x.level == Level::Warning));
    }

    #[test]
    fn no_leader_is_critical() {
        let p = probe("follower", &[("", "", ""), ("", "", ""), ("imok", "ro", "")]);
        let p = p.replacen("### 127.0.0.1:2181 isro\nrw", "### 127.0.0.1:2181 isro\nro", 1);
        let f = judge(&p);
        let msgs: Vec<&str> = f.iter().map(|x| x.message.as_str()).collect();
        assert!(
            msgs.contains(
                &"ENSEMBLE CRITICAL - unable to find leader node; ensemble likely not writable"
            ),
            "{msgs:?}"
        );
        assert!(msgs.contains(&"NODE CRITICAL - not in read/write mode: ro"), "{msgs:?}");
        assert!(
            msgs.contains(&"ENSEMBLE WARNING - node (zk3) is alive but not available"),
            "{msgs:?}"
        );
    }
}
