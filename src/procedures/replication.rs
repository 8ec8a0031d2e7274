//! `replication status`: every lag check of the guide, on every host at once, parsed into
//! one table with the guide's remediation for each failing check. The exit code is the
//! worst check's, as Nagios counts: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (a check that
//! could not run or whose output is not a Nagios status).

use std::path::Path;

use serde::Serialize;

use crate::cli::Format;
use crate::error::{Error, Result};
use crate::inventory::{Inventory, Role};
use crate::nagios::{self, Level, Report};
use crate::terminal::Ui;
use crate::transport::SshTransport;

#[derive(Debug, Clone, Serialize)]
pub struct Check {
    pub host: String,
    pub name: &'static str,
    pub command: String,
    #[serde(skip)]
    pub hint: &'static str,
}

#[derive(Debug, Serialize)]
struct Outcome {
    #[serde(flatten)]
    check: Check,
    level: Level,
    report: Option<Report>,
    error: Option<String>,
}

const CONSUMER_HINT: &str = "a consumer is behind or wedged: `systemctl status vcsreplicator@*.service` on the host; if one keeps failing on the same message, `hgmo-ctl replication dump --host H --partition N`, then `hgmo-ctl replication skip --host H --partition N` (file a bug after skipping)";
const HEADS_HINT: &str = "the heads consumer is behind (hgweb hides the new pushes meanwhile): `systemctl status vcsreplicator-heads.service` on the host and start it if it failed; if every host lags, the pending aggregator on the master: `hgmo-ctl aggregator restart --pending` (pushdataaggregator-pending.service)";
const AGGREGATOR_HINT: &str = "if Kafka is healthy, the aggregator may be wedged: `hgmo-ctl aggregator restart` (pushdataaggregator.service) and watch the lag fall; check `hgmo-ctl aggregator groups show`";
const AGGREGATOR_PENDING_HINT: &str = "if Kafka is healthy, the pending aggregator may be wedged (no hgweb shows new pushes): `hgmo-ctl aggregator restart --pending` (pushdataaggregator-pending.service) and watch the lag fall; check `hgmo-ctl aggregator groups show`";
const PULSE_HINT: &str = "the pulse notifier is wedged on a message: `hgmo-ctl notifier skip pulse` (file a bug with the journal of pulsenotifier.service)";
const SNS_HINT: &str = "the SNS notifier is wedged on a message: `hgmo-ctl notifier skip sns` (file a bug with the journal of snsnotifier.service)";

fn bin_dir(hg: &str) -> String {
    Path::new(hg).parent().map(|p| p.display().to_string()).unwrap_or_else(|| "/usr/bin".into())
}

/// The checks of the guide, with the exact commands of the NRPE configuration.
pub fn checks(inv: &Inventory, only: Option<&[String]>) -> Result<Vec<Check>> {
    let replication = bin_dir(&inv.paths.hg_replication);
    let tools = bin_dir(&inv.paths.hg_tools);
    let keep = |h: &str| only.is_none_or(|o| o.iter().any(|x| x == h));
    let mut out = Vec::new();
    for h in inv.with_role(Role::Hgweb).into_iter().filter(|h| keep(h)) {
        out.push(Check {
            host: h.to_string(),
            name: "check_vcsreplicator_lag",
            command: format!(
                "{replication}/check_vcsreplicator_lag /etc/mercurial/vcsreplicator.ini"
            ),
            hint: CONSUMER_HINT,
        });
        out.push(Check {
            host: h.to_string(),
            name: "check_vcsreplicator_pending_lag",
            command: format!(
                "{replication}/check_vcsreplicator_lag /etc/mercurial/vcsreplicator-pending.ini"
            ),
            hint: HEADS_HINT,
        });
    }
    if let Some(m) = inv.expected_master().filter(|m| keep(m)) {
        let master = m.to_string();
        for (name, command, hint) in [
            ("check_pushdataaggregator_lag", format!("{tools}/check_vcsreplicator_aggregator_lag /etc/mercurial/pushdataaggregator.ini"), AGGREGATOR_HINT),
            ("check_pushdataaggregator_pending_lag", format!("{tools}/check_vcsreplicator_aggregator_lag /etc/mercurial/pushdataaggregator-pending.ini"), AGGREGATOR_PENDING_HINT),
            ("check_pulsenotifier_lag", format!("{tools}/check_vcsreplicator_lag --consumer-section pulseconsumer /etc/mercurial/notifications.ini --warning-lag-count 15 --critical-lag-count 30"), PULSE_HINT),
            ("check_snsnotifier_lag", format!("{tools}/check_vcsreplicator_lag --consumer-section snsconsumer /etc/mercurial/notifications.ini --warning-lag-count 15 --critical-lag-count 30"), SNS_HINT),
        ] {
            out.push(Check { host: master.clone(), name, command, hint });
        }
    }
    if out.is_empty() {
        return Err(Error::Usage("no host to check (the inventory or --hosts leaves none)".into()));
    }
    Ok(out)
}

/// The dry run's plan: every check on its host.
pub fn plan(inv: &Inventory, checks: &[Check]) -> crate::plan::Plan {
    crate::plan::Plan::read_only(
        inv,
        crate::plan::ReadOnlyPlan {
            procedure: "replication-status",
            title: "Replication status",
            guide: "Monitoring and Alerts",
            usage: "hgmo-ctl replication status",
            purpose: "Runs the replication lag checks of every hgweb host (the consumers, the notifiers and the aggregators on the master) and prints one table.",
            checks: checks
                .iter()
                .map(|c| (c.name.to_string(), c.host.clone(), c.command.clone()))
                .collect(),
        },
    )
}

/// Run every check and print the table; returns the worst level.
pub async fn status(inv: &Inventory, ui: &Ui, checks: Vec<Check>, format: Format) -> Result<Level> {
    let mut transport = SshTransport::new(inv);
    let mut hosts: Vec<String> = checks.iter().map(|c| c.host.clone()).collect();
    hosts.dedup();
    if let Err((host, e)) = crate::transport::Transport::connect(&mut transport, &hosts).await {
        return Err(Error::Connect { host, step: "connect".into(), message: e.to_string() });
    }
    let jobs: Vec<(String, String)> =
        checks.iter().map(|c| (c.host.clone(), c.command.clone())).collect();
    let results = crate::transport::Transport::run_each(&mut transport, &jobs, &|_, _, _| {}).await;
    crate::transport::Transport::close(&mut transport).await;
    let outcomes: Vec<Outcome> = checks
        .into_iter()
        .zip(results)
        .map(|(check, r)| match r {
            Ok(out) => match nagios::parse(&out.stdout) {
                Some(report) => {
                    // The exit code and the summary line must agree; trust the worse.
                    let by_code = match out.status {
                        Some(0) => Level::Ok,
                        Some(1) => Level::Warning,
                        Some(2) => Level::Critical,
                        _ => Level::Unknown,
                    };
                    Outcome {
                        level: report.level.max(by_code),
                        report: Some(report),
                        error: None,
                        check,
                    }
                }
                None => Outcome {
                    level: Level::Unknown,
                    report: None,
                    error: Some(format!(
                        "exit {}, not a Nagios status: {}",
                        out.status_text(),
                        crate::quote::escape_control(
                            out.stdout
                                .lines()
                                .chain(out.stderr.lines())
                                .next()
                                .unwrap_or("(no output)")
                        )
                    )),
                    check,
                },
            },
            Err(e) => {
                Outcome { level: Level::Unknown, report: None, error: Some(e.to_string()), check }
            }
        })
        .collect();
    let worst = outcomes.iter().map(|o| o.level).max().unwrap_or(Level::Ok);
    match format {
        Format::Json => outln!("{}", serde_json::to_string_pretty(&outcomes).expect("json")),
        Format::Text | Format::Markdown => {
            out!("{}", table(&outcomes, format == Format::Markdown))
        }
    }
    let failing: Vec<&Outcome> = outcomes.iter().filter(|o| o.level != Level::Ok).collect();
    if format != Format::Json {
        for o in &failing {
            ui.warn(&format!("{} on {}: {}", o.check.name, o.check.host, o.check.hint));
        }
        errln!("replication status: {}", worst.as_str());
    }
    Ok(worst)
}

fn table(outcomes: &[Outcome], markdown: bool) -> String {
    let mut rows: Vec<Vec<String>> = Vec::new();
    for o in outcomes {
        let host = o.check.host.split('.').next().unwrap_or(&o.check.host).to_string();
        match &o.report {
            None => rows.push(vec![
                host,
                o.check.name.into(),
                "-".into(),
                "-".into(),
                "-".into(),
                "-".into(),
                format!("UNKNOWN: {}", o.error.as_deref().unwrap_or("")),
            ]),
            Some(r) => {
                let bad: Vec<_> = r
                    .partitions
                    .iter()
                    .filter(|p| p.level.is_some_and(|l| l != Level::Ok))
                    .collect();
                rows.push(vec![
                    host.clone(),
                    o.check.name.into(),
                    "all".into(),
                    "".into(),
                    "".into(),
                    "".into(),
                    format!("{} - {}", o.level.as_str(), r.summary),
                ]);
                for p in bad {
                    rows.push(vec![
                        host.clone(),
                        o.check.name.into(),
                        p.partition.to_string(),
                        match (p.offset, p.available) {
                            (Some(a), Some(b)) => format!("{a}/{b}"),
                            _ => "-".into(),
                        },
                        p.messages_behind.map_or("-".into(), |m| m.to_string()),
                        p.seconds_behind.map_or("-".into(), |s| format!("{s:.1}")),
                        p.level.map_or("", |l| l.as_str()).to_string()
                            + &p.note.as_ref().map(|n| format!(" ({n})")).unwrap_or_default(),
                    ]);
                }
            }
        }
    }
    let head = [
        "host",
        "check",
        "partition",
        "offset/available",
        "messages behind",
        "seconds behind",
        "status",
    ];
    crate::plan::render::table(&head, &rows, markdown)
}
