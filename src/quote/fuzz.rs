//! Property tests of the checks of repository names and tracked paths (`repo_name`,
//! `tracked_path`), of `escape_control`, and of shell quoting: `quote` and `command_line`
//! round trip through a real `/bin/sh`. src/testutil.rs says how to run them.

use proptest::prelude::*;

use crate::quote;
use crate::testutil::{any_text, config, run_capped};

/// Strings that look like repository names and paths, with the components that must be
/// refused mixed in.
fn path_like() -> impl Strategy<Value = String> {
    let component = prop_oneof![
        4 => "[A-Za-z0-9._-]{1,12}",
        1 => prop::sample::select(&[
            "..", ".", ".hg", "", "-rf", "--config=x", "...", ".hgx", "a..b", "mozilla-central",
            "a b", "a\nb", "é", "$(id)", "`id`", "a;b", "~", "*",
        ][..])
        .prop_map(String::from),
    ];
    (prop::collection::vec(component, 1..5), prop::sample::select(&["", "/", "-", "./"][..]))
        .prop_map(|(c, lead)| format!("{lead}{}", c.join("/")))
}

/// The shell specials, quotes, blanks and line breaks that quoting has to get right.
fn shell_nasty() -> impl Strategy<Value = String> {
    let c = prop_oneof![
        3 => prop::sample::select(&[
            '\'', '"', '$', '`', '\\', '\n', '!', ' ', '\t', '*', '?', '~', '#', '&', ';', '|',
            '<', '>', '(', ')', '{', '}', '[', ']', '=', '-', '%', '^', ',', '.', '/', '+', '\r',
            '\x01', '\x1b', '\x7f', 'a', 'Z', '0', 'é', '\u{1F600}', '\u{a0}', '\u{2028}',
        ][..]),
        1 => any::<char>().prop_filter("no NUL", |c| *c != '\0'),
    ];
    prop::collection::vec(c, 0..24).prop_map(String::from_iter)
}

fn shell_arg() -> impl Strategy<Value = String> {
    prop_oneof![shell_nasty(), any_text().prop_map(|s| s.replace('\0', ""))]
}

/// Run `script` with the local /bin/sh and return what it printed.
fn sh(script: &str) -> Result<Vec<u8>, TestCaseError> {
    let out = std::process::Command::new("/bin/sh")
        .arg("-c")
        .arg(script)
        .env("LC_ALL", "C")
        .output()
        .map_err(|e| TestCaseError::fail(format!("cannot run /bin/sh: {e}")))?;
    prop_assert!(out.status.success(), "sh -c {script:?}: {:?}", out);
    Ok(out.stdout)
}

proptest! {
    #![proptest_config(config())]

    /// `repo_name` accepts exactly the relative names of `[A-Za-z0-9._/-]` without a
    /// leading `-`, and without empty, `.`, `..` or `.hg` components.
    #[test]
    fn fuzz_repo_name(s in prop_oneof![path_like(), any_text()]) {
        let allowed = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '/' | '-');
        let want = !s.is_empty()
            && s.chars().all(allowed)
            && !s.starts_with(['/', '-'])
            && s.split('/').all(|c| !matches!(c, "" | "." | ".." | ".hg"));
        match quote::repo_name(&s) {
            Ok(name) => {
                prop_assert!(want, "accepted {:?}", s);
                prop_assert_eq!(name, s.as_str());
                // What a repository name may then be used for without quoting trouble.
                let quoted = quote::quote(name);
                prop_assert_eq!(quoted.as_ref(), name);
            }
            Err(e) => {
                prop_assert!(!want, "refused {:?}: {}", s, e);
                prop_assert_eq!(e.code(), 2);
            }
        }
    }

    /// `tracked_path` accepts exactly the relative paths without control characters and
    /// without empty, `.` or `..` components.
    #[test]
    fn fuzz_tracked_path(s in prop_oneof![path_like(), any_text()]) {
        let want = !s.is_empty()
            && !s.starts_with('/')
            && !s.contains(char::is_control)
            && s.split('/').all(|c| !matches!(c, "" | "." | ".."));
        match quote::tracked_path(&s) {
            Ok(p) => {
                prop_assert!(want, "accepted {:?}", s);
                prop_assert_eq!(p, s.as_str());
            }
            Err(e) => prop_assert!(!want, "refused {:?}: {}", s, e),
        }
    }

    /// `escape_control` leaves no control character but tab, and changes nothing else.
    #[test]
    fn fuzz_escape_control(s in shell_arg()) {
        let out = quote::escape_control(&s);
        prop_assert!(!out.chars().any(|c| c.is_control() && c != '\t'), "{:?}", out);
        if !s.chars().any(|c| c.is_control() && c != '\t') {
            prop_assert_eq!(out.as_ref(), s.as_str());
        }
    }
}

/// back byte for byte.
#[test]
fn fuzz_quote_round_trips_through_sh() {
    run_capped(400, shell_arg(), |s| {
        let q = quote::quote(&s);
        prop_assert_eq!(sh(&format!("printf '%s' {q}"))?, s.as_bytes().to_vec(), "quoted {}", q);
        Ok(())
    });
}

/// `command_line` of several such arguments reaches the shell as exactly those arguments,
/// however they are mixed.
#[test]
fn fuzz_command_line_round_trips_through_sh() {
    run_capped(400, prop::collection::vec(shell_arg(), 0..6), |args| {
        let mut argv = vec!["printf".to_string(), "%s\\0".to_string()];
        argv.extend(args.iter().cloned());
        let line = quote::command_line(&argv);
        let out = sh(&line)?;
        // printf repeats its format for each argument; with none it prints "" once.
        let mut want = Vec::new();
        for a in &args {
            want.extend_from_slice(a.as_bytes());
            want.push(0);
        }
        if args.is_empty() {
            want.push(0);
        }
        prop_assert_eq!(out, want, "command line {}", line);
        Ok(())
    });
}
