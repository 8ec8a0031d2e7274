//! Nagios plugin output of the replication checks, parsed into
//! rows: the summary line, then one row per partition with offsets and lag.
//!
//! `check_vcsreplicator_lag`:
//!   `OK - partition %d is completely in sync (%d/%d)`
//!   `<LABEL> - partition %d is %d messages behind (%d/%d)`
//!   `<LABEL> - partition %d is %0.3f seconds behind`
//!   `WARNING - could not determine lag time for partition %d`
//! `check_vcsreplicator_aggregator_lag`:
//!   `OK - aggregator has copied all fully replicated messages` /
//!   `<LABEL> - %d messages from %d partitions behind`, and per-partition lines of the
//!   same two shapes as above.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum Level {
    #[serde(rename = "OK")]
    Ok,
    #[serde(rename = "WARNING")]
    Warning,
    #[serde(rename = "CRITICAL")]
    Critical,
    #[serde(rename = "UNKNOWN")]
    Unknown,
}

impl Level {
    pub fn parse(s: &str) -> Option<Level> {
        match s {
            "OK" => Some(Level::Ok),
            "WARNING" => Some(Level::Warning),
            "CRITICAL" => Some(Level::Critical),
            "UNKNOWN" => Some(Level::Unknown),
            _ => None,
        }
    }

    /// The Nagios exit code.
    pub fn code(self) -> i32 {
        match self {
            Level::Ok => 0,
            Level::Warning => 1,
            Level::Critical => 2,
            Level::Unknown => 3,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Level::Ok => "OK",
            Level::Warning => "WARNING",
            Level::Critical => "CRITICAL",
            Level::Unknown => "UNKNOWN",
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Partition {
    pub partition: u32,
    pub level: Option<Level>,
    pub offset: Option<u64>,
    pub available: Option<u64>,
    pub messages_behind: Option<u64>,
    pub seconds_behind: Option<f64>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub level: Level,
    pub summary: String,
    pub partitions: Vec<Partition>,
}

fn number_after<'a>(s: &'a str, prefix: &str) -> Option<(u32, &'a str)> {
    let rest = s.strip_prefix(prefix)?;
    let end = rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
    Some((rest[..end].parse().ok()?, &rest[end..]))
}

/// `(a/b)` at the end of a line.
fn pair(s: &str) -> Option<(u64, u64)> {
    let inner = s.trim().strip_prefix('(')?.strip_suffix(')')?;
    let (a, b) = inner.split_once('/')?;
    Some((a.trim().parse().ok()?, b.trim().parse().ok()?))
}

/// Parse a check's output. `None` when the first line is not a Nagios status line.
pub fn parse(output: &str) -> Option<Report> {
    let mut lines = output.lines().filter(|l| !l.trim().is_empty());
    let first = lines.next()?;
    let (label, summary) = first.split_once(" - ")?;
    let level = Level::parse(label.trim())?;
    let mut partitions: Vec<Partition> = Vec::new();
    for line in lines {
        let Some((label, text)) = line.split_once(" - ") else { continue };
        let Some(line_level) = Level::parse(label.trim()) else { continue };
        let entry = |parts: &mut Vec<Partition>, n: u32| -> usize {
            match parts.iter().position(|p| p.partition == n) {
                Some(i) => i,
                None => {
                    parts.push(Partition { partition: n, ..Default::default() });
                    parts.len() - 1
                }
            }
        };
        if let Some((n, rest)) = number_after(text, "partition ") {
            let i = entry(&mut partitions, n);
            let p = &mut partitions[i];
            let worse = p.level.is_none_or(|l| line_level > l);
            if worse {
                p.level = Some(line_level);
            }
            let rest = rest.trim();
            if let Some(r) = rest.strip_prefix("is completely in sync") {
                if let Some((a, b)) = pair(r) {
                    p.offset = Some(a);
                    p.available = Some(b);
                }
                p.messages_behind = Some(0);
            } else if let Some(r) = rest.strip_prefix("is ") {
                if let Some((count, tail)) = r.split_once(" messages behind") {
                    p.messages_behind = count.trim().parse().ok();
                    if let Some((a, b)) = pair(tail) {
                        p.offset = Some(a);
                        p.available = Some(b);
                    }
                } else if let Some((secs, _)) = r.split_once(" seconds behind") {
                    p.seconds_behind = secs.trim().parse().ok();
                }
            }
        } else if let Some((n, _)) =
            number_after(text, "could not determine lag time for partition ")
        {
            let i = entry(&mut partitions, n);
            partitions[i].note = Some("could not determine lag time".into());
            if partitions[i].level.is_none_or(|l| line_level > l) {
                partitions[i].level = Some(line_level);
            }
        }
    }
    partitions.sort_by_key(|p| p.partition);
    Some(Report { level, summary: summary.trim().to_string(), partitions })
}

#[cfg(test)]
mod fuzz;

#[cfg(test)]
mod tests {
    use super::*;

    const CRITICAL: &str = include_str!("testdata/nagios-lag-critical.txt");

    #[test]
    fn consumer_lag() {
        let r = parse(CRITICAL).unwrap();
        assert_eq!(r.level, Level::Critical);
        assert_eq!(r.summary, "1/8 partitions out of sync");
        let p6 = r.partitions.iter().find(|p| p.partition == 6).unwrap();
        assert_eq!(p6.level, Some(Level::Critical));
        assert_eq!((p6.offset, p6.available, p6.messages_behind), (Some(9), Some(711), Some(702)));
        assert_eq!(p6.seconds_behind, Some(812.4));
        let p0 = &r.partitions[0];
        assert_eq!((p0.partition, p0.level, p0.messages_behind), (0, Some(Level::Ok), Some(0)));
    }

    #[test]
    fn ok_within_tolerance_and_unknown_lag() {
        let text = include_str!("testdata/nagios-lag-ok-within-tolerances.txt");
        let r = parse(text).unwrap();
        assert_eq!(r.level, Level::Ok);
        assert_eq!(r.partitions[0].level, Some(Level::Warning));
        assert_eq!(r.partitions[0].note.as_deref(), Some("could not determine lag time"));
    }

    #[test]
    fn aggregator() {
        let text = include_str!("testdata/nagios-aggregator-lag-warning.txt");
        let r = parse(text).unwrap();
        assert_eq!(r.level, Level::Warning);
        assert_eq!(r.summary, "45 messages from 2 partitions behind");
        assert_eq!(r.partitions.len(), 2);
    }

    #[test]
    fn not_nagios() {
        assert!(parse("Traceback (most recent call last):\n").is_none());
        assert!(parse("").is_none());
        assert!(parse("FINE - all good").is_none());
    }
}
