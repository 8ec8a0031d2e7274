//! What the property tests of the parsers share (issue 8, part 2: arbitrary and mutated
//! input must never panic, errors must be errors, with a line:column where the format has
//! one, and well-formed input must parse to what it says).
//!
//! The properties sit beside the parser they test, each in a `fuzz` child module:
//! `inventory::fuzz` (src/inventory/fuzz.rs), `runbook::fuzz` (runbooks and templates),
//! `lb::zeus::fuzz` (vTM JSON), `lb::haproxy::fuzz` (`show stat`, `show servers state`),
//! `nagios::fuzz` (check output) and `quote::fuzz` (repository names, tracked paths, shell
//! quoting). The real answers they mutate are files under src/testdata/, loaded with
//! `include_str!` by the property tests and the unit tests alike.
//!
//! Run them all with `cargo test --lib fuzz::`. The number of cases per property is
//! proptest's default, 256, or `PROPTEST_CASES` (e.g. `PROPTEST_CASES=20000` for a long
//! run); the properties that start a shell cap it at a few hundred ([`run_capped`]).
//! Failures are not persisted to files: proptest prints the minimal failing input and its
//! seed instead.
//!
//! Two properties found bugs, since fixed (their comments say what they were):
//! `inventory::fuzz::fuzz_inventory_error_position` and
//! `lb::zeus::fuzz::fuzz_zeus_put_body_round_trips`.
//!
//! This module holds the pieces several parsers' properties use: the proptest
//! configuration, the edits that mangle a real answer ([`Edit`], [`edits`], [`apply`]),
//! generators of arbitrary text ([`any_text`], [`text`]) and the check of an error's
//! line:column ([`check_position`]).

use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::Config;

/// `Config::default()` (which takes `PROPTEST_CASES` from the environment, default 256),
/// without writing regression files into the source tree.
pub(crate) fn config() -> Config {
    Config { failure_persistence: None, ..Config::default() }
}

/// The same, with at most `max` cases (for properties that start a process per case; see
/// [`run_capped`]).
pub(crate) fn capped(max: u32) -> Config {
    let c = config();
    Config { cases: c.cases.min(max), ..c }
}

/// One edit of a text, applied to its bytes (so it may split a UTF-8 sequence; the result
/// is read back lossily, which puts U+FFFD there, as a mangled file would read).
#[derive(Debug, Clone)]
pub(crate) enum Edit {
    Delete { at: Index, len: usize },
    Duplicate { at: Index, len: usize, to: Index },
    Replace { at: Index, len: usize, with: String },
    Insert { at: Index, with: String },
    SwapLines { a: Index, b: Index },
    Truncate { at: Index },
}

fn pos(at: &Index, len: usize) -> usize {
    at.index(len + 1)
}

/// `base` with `edits` made to it, one after the other.
pub(crate) fn apply(base: &str, edits: &[Edit]) -> String {
    let mut b = base.as_bytes().to_vec();
    for e in edits {
        match e {
            Edit::Delete { at, len } => {
                let s = pos(at, b.len());
                let end = (s + len).min(b.len());
                b.drain(s..end);
            }
            Edit::Duplicate { at, len, to } => {
                let s = pos(at, b.len());
                let end = (s + len).min(b.len());
                let chunk = b[s..end].to_vec();
                let t = pos(to, b.len());
                b.splice(t..t, chunk);
            }
            Edit::Replace { at, len, with } => {
                let s = pos(at, b.len());
                let end = (s + len).min(b.len());
                b.splice(s..end, with.bytes());
            }
            Edit::Insert { at, with } => {
                let s = pos(at, b.len());
                b.splice(s..s, with.bytes());
            }
            Edit::SwapLines { a, b: other } => {
                let text = String::from_utf8_lossy(&b).into_owned();
                let mut lines: Vec<&str> = text.split('\n').collect();
                let (i, j) = (a.index(lines.len()), other.index(lines.len()));
                lines.swap(i, j);
                b = lines.join("\n").into_bytes();
            }
            Edit::Truncate { at } => {
                let s = pos(at, b.len());
                b.truncate(s);
            }
        }
    }
    String::from_utf8_lossy(&b).into_owned()
}

/// Tokens that matter to TOML, plus a few that matter to the inventory and runbook schemas.
pub(crate) const TOML_TOKENS: &[&str] = &[
    "[",
    "]",
    "[[",
    "]]",
    "{",
    "}",
    "\"",
    "'",
    "\"\"\"",
    "'''",
    "=",
    " = ",
    ",",
    ".",
    "#",
    "\n",
    "\r\n",
    "\\",
    "\\u0000",
    "\\uD800",
    "\\U0010FFFF",
    "\\x",
    "true",
    "false",
    "0",
    "-1",
    "+1",
    "1_000",
    "0x7f",
    "0o7",
    "0b1",
    "1e999",
    "-0.0",
    "nan",
    "inf",
    "-inf",
    "18446744073709551616",
    "9223372036854775808",
    "1979-05-27T07:32:00Z",
    "07:32:00",
    "1979-05-27",
    "a.b.c",
    "\"a\".\"b\"",
    "[]",
    "{}",
    "[1, \"x\"]",
    "{ a = 1 }",
    "\"\"",
];

/// A small piece of text to insert: TOML-ish tokens, schema tokens, arbitrary unicode,
/// control characters and characters that confuse line handling.
pub(crate) fn token(extra: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(TOML_TOKENS).prop_map(String::from),
        3 => prop::sample::select(extra).prop_map(String::from),
        2 => prop::collection::vec(any::<char>(), 0..8).prop_map(String::from_iter),
        1 => prop::collection::vec(prop::char::range('\0', '\x1f'), 1..4)
            .prop_map(String::from_iter),
        1 => prop::sample::select(&[
            "\u{feff}", "\u{200b}", "\u{202e}", "\u{7f}", "\u{85}", "\u{2028}", "\u{fffd}", "é",
            "\u{1d518}", "\r", "\t", "\0", "\u{10ffff}",
        ][..])
        .prop_map(String::from),
    ]
}

pub(crate) fn edit(extra: &'static [&'static str]) -> impl Strategy<Value = Edit> {
    prop_oneof![
        1 => (any::<Index>(), 0..64usize).prop_map(|(at, len)| Edit::Delete { at, len }),
        1 => (any::<Index>(), 0..64usize, any::<Index>())
            .prop_map(|(at, len, to)| Edit::Duplicate { at, len, to }),
        1 => (any::<Index>(), 0..16usize, token(extra))
            .prop_map(|(at, len, with)| Edit::Replace { at, len, with }),
        3 => (any::<Index>(), token(extra)).prop_map(|(at, with)| Edit::Insert { at, with }),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Edit::SwapLines { a, b }),
        1 => any::<Index>().prop_map(|at| Edit::Truncate { at }),
    ]
}

/// A few edits (the text often stays valid, so the checks of valid input run too) or many.
pub(crate) fn edits(extra: &'static [&'static str]) -> impl Strategy<Value = Vec<Edit>> {
    prop_oneof![
        2 => prop::collection::vec(edit(extra), 1..3),
        1 => prop::collection::vec(edit(extra), 3..10),
    ]
}

/// Up to 32 of any characters (NUL, control characters, all of unicode); cheaper to
/// generate than `any::<String>()`.
pub(crate) fn any_text() -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 0..32).prop_map(String::from_iter)
}

/// Arbitrary text: any unicode, or text made of the tokens that matter.
pub(crate) fn text(extra: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(any::<char>(), 0..256).prop_map(String::from_iter),
        prop::collection::vec(token(extra), 0..24).prop_map(|t| t.concat()),
    ]
}

/// The 1-based line and column an error names point into `text` (a column may name the
/// position just after the last character of its line).
pub(crate) fn check_position(text: &str, line: usize, column: usize) -> Result<(), TestCaseError> {
    prop_assert!(line >= 1 && column >= 1, "{line}:{column}");
    let lines: Vec<&str> = text.split('\n').collect();
    prop_assert!(line <= lines.len(), "line {line} of {} lines", lines.len());
    let len = lines[line - 1].chars().count();
    prop_assert!(column <= len + 1, "column {column} of a line of {len} characters");
    Ok(())
}

/// Run a property with at most `max` cases. The `proptest!` macro lets `PROPTEST_CASES`
/// override any configuration, so the properties that start a shell per case use a
/// runner of their own to stay at a few hundred cases in a long run.
pub(crate) fn run_capped<S: Strategy>(
    max: u32,
    strategy: S,
    test: impl Fn(S::Value) -> Result<(), TestCaseError>,
) {
    let mut runner = proptest::test_runner::TestRunner::new(capped(max));
    if let Err(e) = runner.run(&strategy, test) {
        panic!("{e}");
    }
}
