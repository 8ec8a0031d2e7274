//! Property tests of the HAProxy runtime API answers: `parse_show_stat`,
//! `parse_admin_state` (`show servers state`), `admin_from_bits` and `status_meaning`.
//! Arbitrary text and mutations of real answers (src/testdata/haproxy-show-stat.csv,
//! src/testdata/haproxy-show-servers-state.txt) never make them panic, and well-formed
//! answers parse to exactly what they hold. src/testutil.rs says how to run them.

use std::collections::BTreeMap;

use proptest::prelude::*;

use crate::lb::{haproxy, AdminState, Health};
use crate::testutil::{any_text, apply, config, edits, text};

/// `show stat be_web 4 -1` on HAProxy 2.6, with the trailing comma every line has (the
/// unit tests of `lb::haproxy` read the same file).
const STAT: &str = include_str!("../../testdata/haproxy-show-stat.csv");

/// `show servers state be_web` (format 1), as the unit tests of `lb::haproxy` read it.
const SERVERS_STATE: &str = include_str!("../../testdata/haproxy-show-servers-state.txt");

const HAPROXY_TOKENS: &[&str] = &[
    ",",
    ",,",
    "# ",
    "#",
    "\n",
    "\r\n",
    " ",
    "\t",
    "-",
    "UP",
    "DOWN",
    "MAINT",
    "DRAIN",
    "NOLB",
    "no check",
    "MAINT (via be/web1)",
    "UP 1/3",
    "DOWN 1/2",
    "svname",
    "pxname",
    "srv_name",
    "srv_admin_state",
    "web1",
    "web2",
    "4294967296",
    "-1",
    "0x08",
    "1\n",
];

const STATUS_WORDS: &[&str] = &[
    "UP",
    "UP 1/3",
    "UP (agent)",
    "DOWN",
    "DOWN 1/2",
    "DOWN (agent)",
    "NOLB",
    "NOLB 1/2",
    "MAINT",
    "MAINT (via be/s)",
    "MAINT (resolution)",
    "DRAIN",
    "DRAIN (agent)",
    "no check",
    "OPEN",
    "",
    " UP ",
    "up",
    "maint",
];

fn stat_rows_ok(text: &str, rows: &[std::collections::HashMap<String, String>]) -> bool {
    let lines = text.lines().filter(|l| !l.trim().is_empty()).count();
    rows.len() + 1 == lines && rows.iter().all(|r| r.keys().all(|k| !k.is_empty()))
}

/// A well-formed `show stat` answer: distinct column names, rows of values without commas
/// or line breaks whose first column (pxname) is never blank; optionally the trailing comma
/// HAProxy writes, CRLF line ends and blank lines.
#[derive(Debug, Clone)]
struct StatTable {
    names: Vec<String>,
    rows: Vec<Vec<String>>,
    trailing_comma: bool,
    crlf: bool,
    blank_lines: bool,
}

fn stat_table() -> impl Strategy<Value = StatTable> {
    prop::collection::btree_set("[a-z_][a-z0-9_]{0,9}|-", 1..12)
        .prop_flat_map(|names| {
            let names: Vec<String> = names.into_iter().collect();
            let n = names.len();
            let row = ("[^,\\s][^,\r\n]{0,8}", prop::collection::vec("[^,\r\n]{0,8}", n - 1))
                .prop_map(|(first, mut rest)| {
                    rest.insert(0, first);
                    rest
                });
            (
                Just(names),
                prop::collection::vec(row, 0..8),
                any::<bool>(),
                any::<bool>(),
                any::<bool>(),
            )
        })
        .prop_map(|(names, rows, trailing_comma, crlf, blank_lines)| StatTable {
            names,
            rows,
            trailing_comma,
            crlf,
            blank_lines,
        })
}

impl StatTable {
    fn render(&self) -> String {
        let end = if self.crlf { "\r\n" } else { "\n" };
        let comma = if self.trailing_comma { "," } else { "" };
        let mut s = format!("# {}{comma}{end}", self.names.join(","));
        for r in &self.rows {
            if self.blank_lines {
                s.push_str(&format!("  {end}"));
            }
            s.push_str(&format!("{}{comma}{end}", r.join(",")));
        }
        if self.blank_lines {
            s.push_str(end);
        }
        s
    }
}

/// A well-formed `show servers state` answer and the admin bits of each server.
fn servers_state() -> impl Strategy<Value = (String, BTreeMap<String, u32>)> {
    prop::collection::btree_map("[a-z][a-z0-9_.-]{0,8}", any::<u32>(), 0..8).prop_map(|servers| {
        let mut s = SERVERS_STATE.lines().take(2).collect::<Vec<_>>().join("\n");
        s.push('\n');
        for (i, (name, bits)) in servers.iter().enumerate() {
            s.push_str(&format!(
                "3 be_web {} {name} 127.0.0.1 2 {bits} 1 1 12 6 3 4 6 0 0 0 - 800{i} - 0 0 - - 0\n",
                i + 1
            ));
        }
        (s, servers)
    })
}

#[test]
fn the_haproxy_samples_parse() {
    let rows = haproxy::parse_show_stat(STAT).unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[1]["status"], "DRAIN");
    assert_eq!(haproxy::parse_admin_state(SERVERS_STATE, "web2"), Some(8));
}

proptest! {
    #![proptest_config(config())]

    /// `parse_show_stat` on arbitrary text: an error, or one row per non-blank line after
    /// the header, keyed by non-empty column names.
    #[test]
    fn fuzz_haproxy_show_stat_arbitrary(t in text(HAPROXY_TOKENS)) {
        if let Ok(rows) = haproxy::parse_show_stat(&t) {
            prop_assert!(stat_rows_ok(&t, &rows), "{} rows from {:?}", rows.len(), t);
        }
    }

    /// The real `show stat` answer, mutated.
    #[test]
    fn fuzz_haproxy_show_stat_mutated(e in edits(HAPROXY_TOKENS)) {
        let t = apply(STAT, &e);
        if let Ok(rows) = haproxy::parse_show_stat(&t) {
            prop_assert!(stat_rows_ok(&t, &rows), "{} rows from {:?}", rows.len(), t);
            for r in &rows {
                if let Some(s) = r.get("status") {
                    let _ = haproxy::status_meaning(s);
                }
            }
        }
    }

    /// A well-formed `show stat` answer with N server rows parses to N rows, each with
    /// exactly its fields.
    #[test]
    fn fuzz_haproxy_show_stat_well_formed(table in stat_table()) {
        let text = table.render();
        let rows = haproxy::parse_show_stat(&text).map_err(TestCaseError::fail)?;
        prop_assert_eq!(rows.len(), table.rows.len(), "{:?}", text);
        for (got, want) in rows.iter().zip(&table.rows) {
            let want: std::collections::HashMap<String, String> =
                table.names.iter().cloned().zip(want.iter().cloned()).collect();
            prop_assert_eq!(got, &want, "{:?}", text);
        }
    }

    /// `parse_admin_state` on arbitrary and mutated answers, for any server name.
    #[test]
    fn fuzz_haproxy_admin_state_arbitrary(
        t in prop_oneof![
            text(HAPROXY_TOKENS),
            edits(HAPROXY_TOKENS).prop_map(|e| apply(SERVERS_STATE, &e)),
        ],
        server in prop_oneof![
            prop::sample::select(&["web1", "web2", "", "srv_name", "-"][..]).prop_map(String::from),
            any_text(),
        ],
    ) {
        if let Some(bits) = haproxy::parse_admin_state(&t, &server) {
            prop_assert!(t.contains(&bits.to_string()));
            prop_assert!(t.contains(server.as_str()));
        }
    }

    /// A well-formed `show servers state` answer gives each server's bits, and nothing
    /// for a server it does not list.
    #[test]
    fn fuzz_haproxy_admin_state_well_formed(
        (text, servers) in servers_state(),
        other in "[A-Z][a-z]{0,4}",
    ) {
        for (name, bits) in &servers {
            prop_assert_eq!(haproxy::parse_admin_state(&text, name), Some(*bits), "{:?}", text);
        }
        prop_assert_eq!(haproxy::parse_admin_state(&text, &other), None);
    }

    /// `admin_from_bits`: any maintenance bit disables, else any drain bit drains; other
    /// bits do not matter.
    #[test]
    fn fuzz_haproxy_admin_from_bits(bits in any::<u32>()) {
        let want = if bits & 0x67 != 0 {
            AdminState::Disabled
        } else if bits & 0x18 != 0 {
            AdminState::Draining
        } else {
            AdminState::Active
        };
        prop_assert_eq!(haproxy::admin_from_bits(bits), want);
        prop_assert_eq!(haproxy::admin_from_bits(bits & 0x7f), want);
    }

    /// `status_meaning` on any text: surrounding whitespace does not matter, and the
    /// documented words mean what they say whatever follows them.
    #[test]
    fn fuzz_haproxy_status_meaning(
        word in prop::sample::select(STATUS_WORDS),
        tail in prop_oneof![Just(String::new()), " [^\n]{0,10}", any_text()],
        pad in "[ \t]{0,2}",
    ) {
        let s = format!("{pad}{word}{tail}{pad}");
        let got = haproxy::status_meaning(&s);
        prop_assert_eq!(got, haproxy::status_meaning(s.trim()));
        let t = s.trim();
        if t.starts_with("MAINT") {
            prop_assert_eq!(got, (AdminState::Disabled, Health::Unknown));
        } else if t.starts_with("DRAIN") {
            prop_assert_eq!(got, (AdminState::Draining, Health::Up));
        } else if t.starts_with("UP") || t.starts_with("NOLB") || t == "no check" {
            prop_assert_eq!(got, (AdminState::Active, Health::Up));
        } else if t.starts_with("DOWN") {
            prop_assert_eq!(got, (AdminState::Active, Health::Down));
        } else {
            prop_assert_eq!(got, (AdminState::Active, Health::Unknown));
        }
    }
}
