//! Input validation and shell quoting. Every remote argument passes through [`quote`]; every
//! repository name through [`repo_name`] before anything connects anywhere.

use std::borrow::Cow;

use crate::error::{Error, Result};

/// Quote one argument for a POSIX shell, the way it is sent to the remote host.
pub fn quote(arg: &str) -> Cow<'_, str> {
    if arg.is_empty() {
        return Cow::Borrowed("''");
    }
    shell_escape::unix::escape(Cow::Borrowed(arg))
}

/// Join an argument vector into one command line, each argument quoted.
pub fn command_line<S: AsRef<str>>(argv: &[S]) -> String {
    argv.iter().map(|a| quote(a.as_ref()).into_owned()).collect::<Vec<_>>().join(" ")
}

/// A repository name, checked by [`repo_name`] once, when the command line is parsed; every
/// repository argument of the command line is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RepoName(String);

impl RepoName {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::str::FromStr for RepoName {
    type Err = Error;

    fn from_str(s: &str) -> Result<RepoName> {
        repo_name(s).map(|r| RepoName(r.to_string()))
    }
}

impl std::fmt::Display for RepoName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A repository argument: a relative path of `[A-Za-z0-9._/-]` with no `..` component.
/// Also refused: empty components, `.` and `.hg` components, a leading `-`.
pub fn repo_name(repo: &str) -> Result<&str> {
    let bad =
        |reason: &str| Error::InvalidRepo { repo: repo.to_string(), reason: reason.to_string() };
    if repo.is_empty() {
        return Err(bad("the name is empty"));
    }
    if let Some(c) =
        repo.chars().find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '/' | '-')))
    {
        return Err(bad(&format!("character {c:?} is not allowed (only A-Z a-z 0-9 . _ / -)")));
    }
    if repo.starts_with('/') {
        return Err(bad("it must be relative to the repository root, not an absolute path"));
    }
    if repo.starts_with('-') {
        return Err(bad("it must not start with '-'"));
    }
    for component in repo.split('/') {
        match component {
            "" => return Err(bad("it has an empty path component (// or a trailing /)")),
            ".." => return Err(bad("'..' components are not allowed")),
            "." => return Err(bad("'.' components are not allowed")),
            ".hg" => return Err(bad("'.hg' is not a repository")),
            _ => {}
        }
    }
    Ok(repo)
}

/// A path inside a repository's working tree, as `fncache check --path` takes it.
pub fn tracked_path(path: &str) -> Result<&str> {
    let bad = |reason: &str| Error::Usage(format!("invalid --path {path:?}: {reason}"));
    if path.is_empty() {
        return Err(bad("it is empty"));
    }
    if path.starts_with('/') {
        return Err(bad("it must be relative to the repository root"));
    }
    if path.chars().any(|c| c.is_control()) {
        return Err(bad("it contains a control character"));
    }
    if path.split('/').any(|c| c.is_empty() || c == "." || c == "..") {
        return Err(bad("empty, '.' and '..' components are not allowed"));
    }
    Ok(path)
}

/// Escape control characters (including ESC, so no terminal control sequence from a remote
/// host ever reaches the operator's terminal) for display.
pub fn escape_control(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| c.is_control() && c != '\t') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\t' => out.push('\t'),
            '\r' => out.push_str("\\r"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod fuzz;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_keeps_plain_words_and_quotes_the_rest() {
        assert_eq!(quote("hg"), "hg");
        assert_eq!(quote("/repo/hg/mozilla/try"), "/repo/hg/mozilla/try");
        assert_eq!(quote("a b"), "'a b'");
        assert_eq!(quote("it's"), "'it'\\''s'");
        assert_eq!(quote(""), "''");
        assert_eq!(command_line(&["echo", "$(id)", "x"]), "echo '$(id)' x");
    }

    #[test]
    fn repo_names() {
        for ok in ["mozilla-central", "integration/autoland", "users/a_b.com/x", "try"] {
            assert_eq!(repo_name(ok).unwrap(), ok);
        }
        for bad in [
            "", "..", "a/../b", "/etc", "a b", "a;b", "$(id)", "`id`", "a\nb", "a//b", "a/", "./a",
            "-rf", "a/.hg", "é",
        ] {
            let err = repo_name(bad).unwrap_err();
            assert_eq!(err.code(), 2, "{bad:?}");
            assert!(err.to_string().contains("invalid repository"), "{err}");
        }
    }

    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(escape_control("plain\ttext"), "plain\ttext");
        assert_eq!(escape_control("\x1b[2Jx\x07"), "\\x1b[2Jx\\x07");
    }
}
