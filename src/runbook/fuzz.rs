//! Property tests of the runbook parser (`Runbook::parse`) and of the template language
//! (`template_vars`, `expand`): arbitrary text and mutations of every embedded runbook
//! never make them panic, errors name a line:column in the text, what is accepted is
//! written back unchanged, and well-formed templates expand to what they say.
//! src/testutil.rs says how to run them.

use std::collections::BTreeSet;

use indexmap::IndexMap;
use proptest::prelude::*;

use crate::error::Error;
use crate::runbook::{self, Runbook, EMBEDDED};
use crate::testutil::{any_text, apply, check_position, config, edits, text};

const RUNBOOK_TOKENS: &[&str] = &[
    "[[steps]]\nid = \"x\"\nkind = \"run\"\ntitle = \"t\"\non = \"hgweb\"\ncommand = [\"true\"]\n",
    "[[steps]]\nid = \"w\"\nkind = \"wait\"\ntitle = \"w\"\n",
    "[[params]]\nname = \"p\"\ndescription = \"d\"\nkind = \"repos\"\n",
    "[[params]]\nname = \"q\"\ndescription = \"d\"\n",
    "{unknown}",
    "{repo}",
    "{{",
    "}}",
    "{host}",
    "{repo_path}",
    "{A}",
    "{a-b}",
    "{",
    "}",
    "id = \"one-master-file\"",
    "kind = \"lb-drain\"",
    "kind = \"poll\"",
    "kind = \"local\"",
    "kind = \"nonsense\"",
    "each_host = true",
    "each_repo = true",
    "rolling = \"hgweb\"",
    "rolling = \"nowhere\"",
    "on = \"master\"",
    "host = \"{to}\"",
    "when = \"nope\"",
    "when = \"wait=5\"",
    "seconds = \"{wait}\"",
    "seconds = 5",
    "seconds = -5",
    "timeout = 1",
    "capture = \"x\"",
    "message = \"m\"",
    "undo = [\"rm\", \"-f\", \"x\"]",
    "no_return = true",
    "quiet = 4294967296",
    "interval_ms = 0",
    "name = \"other\"",
];

/// Parse a runbook and check what any answer must satisfy.
fn check_runbook(name: &str, text: &str) -> Result<(), TestCaseError> {
    match Runbook::parse(name, text) {
        Err(e) => {
            let shown = e.to_string();
            let Error::Runbook { name: n, message } = e else {
                return Err(TestCaseError::fail(format!("not a runbook error: {shown}")));
            };
            prop_assert_eq!(n.as_str(), name);
            prop_assert!(!message.is_empty());
            // Syntax errors start with line:column; validation errors with a word.
            if message.starts_with(|c: char| c.is_ascii_digit()) {
                let mut parts = message.splitn(3, ':');
                let line = parts.next().and_then(|l| l.parse().ok());
                let column = parts.next().and_then(|c| c.parse().ok());
                let (Some(line), Some(column)) = (line, column) else {
                    return Err(TestCaseError::fail(format!("no line:column in {message:?}")));
                };
                check_position(text, line, column)?;
            }
        }
        Ok(rb) => {
            prop_assert_eq!(rb.name.as_str(), name);
            let mut ids = BTreeSet::new();
            for step in &rb.steps {
                prop_assert!(ids.insert(step.id.as_str()), "step id {:?} twice", step.id);
                if step.each_host {
                    prop_assert!(rb.rolling.is_some());
                }
            }
            // What is accepted survives being written back out and read again.
            let written = toml::to_string(&rb)
                .map_err(|e| TestCaseError::fail(format!("cannot write it back: {e}")))?;
            let again = Runbook::parse(name, &written).map_err(|e| {
                TestCaseError::fail(format!("written back, it no longer parses: {e}\n{written}"))
            })?;
            prop_assert_eq!(toml::to_string(&again).unwrap(), written);
        }
    }
    Ok(())
}

/// Every embedded runbook, parsed once.
fn parsed_runbooks() -> &'static [Runbook] {
    static ALL: std::sync::OnceLock<Vec<Runbook>> = std::sync::OnceLock::new();
    ALL.get_or_init(|| Runbook::all().unwrap())
}

fn embedded() -> impl Strategy<Value = (&'static str, &'static str)> {
    prop::sample::select(EMBEDDED)
}

/// `{name}` as the template language defines a variable name.
fn is_var(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// A piece of a well-formed template.
#[derive(Debug, Clone)]
enum Piece {
    /// Text without braces.
    Text(String),
    /// `{{`, which stands for `{`.
    Open,
    /// `}}`, which stands for `}`.
    Close,
    /// `{name}`: its value when `name` is set, else itself.
    Var(String),
    /// `{...}` whose inside is not a variable name: itself.
    NotVar(String),
}

fn piece() -> impl Strategy<Value = Piece> {
    prop_oneof![
        3 => "[^{}]{0,12}".prop_map(Piece::Text),
        1 => Just(Piece::Open),
        1 => Just(Piece::Close),
        3 => "[a-c][a-c0-9_]{0,2}".prop_map(Piece::Var),
        1 => "[^{}]{0,6}".prop_filter("not a variable name", |s| !is_var(s)).prop_map(Piece::NotVar),
    ]
}

fn render(pieces: &[Piece]) -> String {
    pieces
        .iter()
        .map(|p| match p {
            Piece::Text(t) => t.clone(),
            Piece::Open => "{{".into(),
            Piece::Close => "}}".into(),
            Piece::Var(n) | Piece::NotVar(n) => format!("{{{n}}}"),
        })
        .collect()
}

fn expected(pieces: &[Piece], vars: &IndexMap<String, String>) -> String {
    pieces
        .iter()
        .map(|p| match p {
            Piece::Text(t) => t.clone(),
            Piece::Open => "{".into(),
            Piece::Close => "}".into(),
            Piece::Var(n) => vars.get(n).cloned().unwrap_or_else(|| format!("{{{n}}}")),
            Piece::NotVar(n) => format!("{{{n}}}"),
        })
        .collect()
}

fn var_map() -> impl Strategy<Value = IndexMap<String, String>> {
    prop::collection::vec(("[a-c][a-c0-9_]{0,2}", any_text()), 0..10)
        .prop_map(|kv| kv.into_iter().collect())
}

proptest! {
    #![proptest_config(config())]

    /// Arbitrary text as a runbook, under an arbitrary name and under a real one.
    #[test]
    fn fuzz_runbook_arbitrary_text(
        t in text(RUNBOOK_TOKENS),
        name in prop_oneof![any_text(), embedded().prop_map(|(n, _)| n.to_string())],
    ) {
        check_runbook(&name, &t)?;
    }

    /// Every embedded runbook, mutated.
    #[test]
    fn fuzz_runbook_mutated_embedded((name, base) in embedded(), e in edits(RUNBOOK_TOKENS)) {
        check_runbook(name, &apply(base, &e))?;
    }

    /// `template_vars` and `expand` on arbitrary templates and variables: no panic, every
    /// variable found is a variable name written `{name}` in the template.
    #[test]
    fn fuzz_template_arbitrary(
        t in prop_oneof![
            any_text(),
            prop::collection::vec(
                prop_oneof![
                    prop::sample::select(&["{", "}", "{{", "}}", "{a}", "{b_1}", "{A}", "{}"][..])
                        .prop_map(String::from),
                    "[^{}]{0,4}",
                ],
                0..16,
            )
            .prop_map(|p| p.concat()),
        ],
        vars in var_map(),
    ) {
        for v in runbook::template_vars(&t) {
            prop_assert!(is_var(v), "{v:?}");
            prop_assert!(t.contains(&format!("{{{v}}}")), "{v:?} in {t:?}");
        }
        let out = runbook::expand(&t, &vars);
        // Without braces, a template is its own expansion.
        if !t.contains(['{', '}']) {
            prop_assert_eq!(out, t);
        }
    }

    /// Well-formed templates (text, `{{`, `}}`, set and unset variables, `{...}` that is no
    /// variable) expand to exactly what each piece stands for, and `template_vars` lists
    /// exactly the variables, in order.
    #[test]
    fn fuzz_template_well_formed(
        pieces in prop::collection::vec(piece(), 0..16),
        vars in var_map(),
    ) {
        let t = render(&pieces);
        prop_assert_eq!(runbook::expand(&t, &vars), expected(&pieces, &vars), "template {:?}", t);
        let names: Vec<&str> = pieces
            .iter()
            .filter_map(|p| match p {
                Piece::Var(n) => Some(n.as_str()),
                _ => None,
            })
            .collect();
        prop_assert_eq!(runbook::template_vars(&t), names, "template {:?}", t);
    }

    /// Every template of every embedded runbook expands with arbitrary values: no panic,
    /// and a template without variables or braces is left alone.
    #[test]
    fn fuzz_template_embedded_runbooks(
        rb in (0..EMBEDDED.len()).prop_map(|i| &parsed_runbooks()[i]),
        values in prop::collection::vec(any_text(), 1..8),
    ) {
        let templates = rb.steps.iter().flat_map(|s| {
            s.command
                .iter()
                .chain(&s.unless)
                .chain(&s.undo)
                .chain(s.run_as.iter())
                .chain(s.message.iter())
                .chain(s.host.iter())
                .chain(std::iter::once(&s.title))
        });
        for t in templates.chain(std::iter::once(&rb.purpose)) {
            let names = runbook::template_vars(t);
            let vars: IndexMap<String, String> = names
                .iter()
                .zip(values.iter().cycle())
                .map(|(n, v)| (n.to_string(), v.clone()))
                .collect();
            let out = runbook::expand(t, &vars);
            if names.is_empty() && !t.contains(['{', '}']) {
                prop_assert_eq!(&out, t);
            }
        }
    }
}
