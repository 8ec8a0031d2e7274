//! Property tests of the reading of Nagios check output (`nagios::parse`, `Level`):
//! arbitrary text and mutations of real outputs of the vcsreplicator checks
//! (src/testdata/nagios-*.txt) never make it panic, and well-formed output parses to
//! exactly its partitions. src/testutil.rs says how to run them.

use std::collections::BTreeMap;

use proptest::prelude::*;

use crate::nagios::{self, Level};
use crate::testutil::{any_text, apply, config, edits, text};

/// Outputs of `check_vcsreplicator_lag` and `check_vcsreplicator_aggregator_lag`.
const NAGIOS_SAMPLES: &[&str] = &[
    include_str!("../testdata/nagios-lag-critical.txt"),
    include_str!("../testdata/nagios-lag-ok-within-tolerances.txt"),
    include_str!("../testdata/nagios-aggregator-lag-warning.txt"),
    include_str!("../testdata/nagios-aggregator-lag-ok.txt"),
    include_str!("../testdata/nagios-lag-ok.txt"),
];

const NAGIOS_TOKENS: &[&str] = &[
    "OK",
    "WARNING",
    "CRITICAL",
    "UNKNOWN",
    " - ",
    "-",
    "partition ",
    "partition 4294967296 ",
    "partition -1 ",
    "is completely in sync",
    " messages behind",
    " seconds behind",
    "(",
    ")",
    "/",
    "(1/2)",
    "(18446744073709551616/1)",
    "NaN",
    "inf",
    "1e308",
    "-0.000",
    "is ",
    "could not determine lag time for partition ",
    "\n",
    "\r\n",
];

fn level() -> impl Strategy<Value = Level> {
    prop::sample::select(&[Level::Ok, Level::Warning, Level::Critical, Level::Unknown][..])
}

/// The lag of one partition, as the check reports it.
#[derive(Debug, Clone)]
enum Lag {
    InSync { offset: u64, available: u64 },
    Behind { level: Level, count: u64, offset: u64, available: u64, seconds: Option<(Level, f64)> },
}

#[derive(Debug, Clone)]
struct PartitionSpec {
    lag: Option<Lag>,
    unknown: Option<Level>,
}

fn partition_spec() -> impl Strategy<Value = PartitionSpec> {
    let lag = prop_oneof![
        (any::<u64>(), any::<u64>())
            .prop_map(|(offset, available)| Lag::InSync { offset, available }),
        (
            level(),
            any::<u64>(),
            any::<u64>(),
            any::<u64>(),
            prop::option::of((level(), 0.0..1e7f64)),
        )
            .prop_map(|(level, count, offset, available, seconds)| Lag::Behind {
                level,
                count,
                offset,
                available,
                seconds,
            }),
    ];
    (prop::option::of(lag), prop::option::of(level()))
        .prop_filter("something to report", |(l, u)| l.is_some() || u.is_some())
        .prop_map(|(lag, unknown)| PartitionSpec { lag, unknown })
}

/// A line that is not about a partition (text without a status label before ` - `).
fn junk_line() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(
            &[
                "See https://mozilla-version-control-tools.readthedocs.io/en/latest/hgmo/ops.html",
                "for details about this check.",
                "FINE - partition 1 is completely in sync (1/1)",
                "OK - aggregator has copied all fully replicated messages",
                "OK - partition x is 3 messages behind",
                "",
                "   ",
            ][..]
        )
        .prop_map(String::from),
        "[^\n]{0,30}".prop_filter("no status label", |l| {
            l.split_once(" - ").is_none_or(|(label, _)| Level::parse(label.trim()).is_none())
        }),
    ]
}

#[derive(Debug, Clone)]
struct CheckOutput {
    level: Level,
    summary: String,
    partitions: BTreeMap<u32, PartitionSpec>,
    lines: Vec<String>,
}

fn check_output() -> impl Strategy<Value = CheckOutput> {
    (
        level(),
        "[^\r\n]{0,40}",
        prop::collection::btree_map(0..1000u32, partition_spec(), 0..8),
        prop::collection::vec(junk_line(), 0..4),
    )
        .prop_flat_map(|(level, summary, partitions, junk)| {
            let mut lines = junk;
            for (n, p) in &partitions {
                match &p.lag {
                    Some(Lag::InSync { offset, available }) => lines.push(format!(
                        "OK - partition {n} is completely in sync ({offset}/{available})"
                    )),
                    Some(Lag::Behind { level, count, offset, available, seconds }) => {
                        lines.push(format!(
                            "{} - partition {n} is {count} messages behind ({offset}/{available})",
                            level.as_str()
                        ));
                        if let Some((l, s)) = seconds {
                            lines.push(format!(
                                "{} - partition {n} is {s:.3} seconds behind",
                                l.as_str()
                            ));
                        }
                    }
                    None => {}
                }
                if let Some(l) = p.unknown {
                    lines.push(format!(
                        "{} - could not determine lag time for partition {n}",
                        l.as_str()
                    ));
                }
            }
            (Just(level), Just(summary), Just(partitions), Just(lines).prop_shuffle())
        })
        .prop_map(|(level, summary, partitions, lines)| CheckOutput {
            level,
            summary,
            partitions,
            lines,
        })
}

impl CheckOutput {
    fn render(&self) -> String {
        let mut s = format!("{} - {}\n\n", self.level.as_str(), self.summary);
        for l in &self.lines {
            s.push_str(l);
            s.push('\n');
        }
        s
    }

    fn expected(&self) -> Vec<nagios::Partition> {
        self.partitions
            .iter()
            .map(|(n, p)| {
                let mut want = nagios::Partition { partition: *n, ..Default::default() };
                let mut levels = Vec::new();
                match &p.lag {
                    Some(Lag::InSync { offset, available }) => {
                        levels.push(Level::Ok);
                        want.offset = Some(*offset);
                        want.available = Some(*available);
                        want.messages_behind = Some(0);
                    }
                    Some(Lag::Behind { level, count, offset, available, seconds }) => {
                        levels.push(*level);
                        want.offset = Some(*offset);
                        want.available = Some(*available);
                        want.messages_behind = Some(*count);
                        if let Some((l, s)) = seconds {
                            levels.push(*l);
                            want.seconds_behind = format!("{s:.3}").parse().ok();
                        }
                    }
                    None => {}
                }
                if let Some(l) = p.unknown {
                    levels.push(l);
                    want.note = Some("could not determine lag time".into());
                }
                want.level = levels.into_iter().max();
                want
            })
            .collect()
    }
}

/// What any answer of `nagios::parse` must satisfy.
fn check_nagios(text: &str) -> Result<(), TestCaseError> {
    let first = text.lines().find(|l| !l.trim().is_empty());
    let level =
        first.and_then(|l| l.split_once(" - ")).and_then(|(label, _)| Level::parse(label.trim()));
    let Some(r) = nagios::parse(text) else {
        prop_assert!(level.is_none(), "a status line, but no report: {:?}", text);
        return Ok(());
    };
    prop_assert_eq!(Some(r.level), level);
    prop_assert_eq!(r.summary.trim(), r.summary.as_str());
    let numbers: Vec<u32> = r.partitions.iter().map(|p| p.partition).collect();
    let mut sorted = numbers.clone();
    sorted.sort();
    sorted.dedup();
    prop_assert_eq!(numbers, sorted, "partitions are sorted and listed once");
    for p in &r.partitions {
        prop_assert!(p.level.is_some(), "{p:?}");
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    /// `Level::parse` takes exactly the four labels and gives back what `as_str` writes;
    /// codes follow the order of severity.
    #[test]
    fn fuzz_nagios_level(
        s in prop_oneof![
            any_text(),
            prop::sample::select(&[
                "OK", "WARNING", "CRITICAL", "UNKNOWN", "ok", " OK", "OK ", "Ok", "WARN", "CRIT",
                "",
            ][..])
            .prop_map(String::from),
        ],
        l in level(),
        m in level(),
    ) {
        let want = ["OK", "WARNING", "CRITICAL", "UNKNOWN"].contains(&s.as_str());
        prop_assert_eq!(Level::parse(&s).is_some(), want, "{:?}", s);
        prop_assert_eq!(Level::parse(l.as_str()), Some(l));
        prop_assert_eq!(l.cmp(&m), l.code().cmp(&m.code()));
    }

    /// `nagios::parse` on arbitrary text.
    #[test]
    fn fuzz_nagios_arbitrary(t in text(NAGIOS_TOKENS)) {
        check_nagios(&t)?;
    }

    /// Real check outputs, mutated.
    #[test]
    fn fuzz_nagios_mutated(
        base in prop::sample::select(NAGIOS_SAMPLES),
        e in edits(NAGIOS_TOKENS),
    ) {
        check_nagios(&apply(base, &e))?;
    }

    /// Well-formed check output (documented line shapes, in any order, with unrelated
    /// lines between them) parses to exactly its partitions.
    #[test]
    fn fuzz_nagios_well_formed(out in check_output()) {
        let text = out.render();
        check_nagios(&text)?;
        let r = nagios::parse(&text).ok_or_else(|| TestCaseError::fail("no report"))?;
        prop_assert_eq!(r.level, out.level);
        prop_assert_eq!(r.summary.as_str(), out.summary.trim());
        prop_assert_eq!(r.partitions, out.expected(), "{}", text);
    }
}
