//! Which account a remote command runs as, and how it gets there: Ansible's `become`.
//!
//! On hg.mozilla.org operators log in with their own account and become root (or `hg`) with
//! sudo (`ansible_become=yes` on every host; the hgssh hosts refuse root logins). Every
//! runbook step that changes something names its account (`as = "root"`, `as = "hg"`, or
//! another user); the inventory's `[ssh] become` says how to get there:
//!
//! | `become` | `as = "root"`          | `as = "hg"` (or another user)   | no `as` (reads)   |
//! |----------|------------------------|---------------------------------|-------------------|
//! | `sudo`   | `sudo -n -- CMD`       | `sudo -n -u hg -- CMD`          | `CMD` (the login) |
//! | `none`   | `CMD` (a root login)   | `sudo -n -u hg -- CMD`          | `CMD`             |
//!
//! `sudo -n` never asks: where sudo wants a password it fails at once, and the run has
//! checked every host for that before its first change ([`PROBE`]). With `-K`
//! (`--ask-become-pass`) a host whose sudo asks for a password gets the same line with
//! [`WITH_PASSWORD`] in place of `sudo -n`, and the password goes to sudo's standard input:
//! never in a command line, an argument list, a log, the journal or the audit log. `-k`
//! makes sudo ignore (and not create) cached credentials, so it reads the password every
//! time, and no password is ever left unread on the command's own standard input.

use serde::{Deserialize, Serialize};

use crate::quote::command_line;

/// `[ssh] become`: how root and hg steps get their account.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Become {
    /// Log in as yourself and use sudo (production).
    #[default]
    Sudo,
    /// Log in as root; hg steps still use `sudo -u hg`.
    None,
}

/// The beginning of every line that sudo runs without asking.
pub const NO_PASSWORD: &str = "sudo -n ";
/// What replaces [`NO_PASSWORD`] on a host whose sudo asks for a password (`-K`); the
/// transport feeds the password to such a line's standard input.
pub const WITH_PASSWORD: &str = "sudo -k -S -p '' ";
/// Does this host's sudo let us in without a password? (`-k`: cached credentials do not
/// count.) Run once per host before the first step.
pub const PROBE: &str = "sudo -k -n true";
/// The same with the password on standard input, to check it before the first change.
pub const PROBE_WITH_PASSWORD: &str = "sudo -k -S -p '' true";

/// The account "root".
pub const ROOT: &str = "root";

/// The line sent for `command` (already quoted) run as `account` (`None`: the login
/// account itself).
pub fn line(method: Become, account: Option<&str>, command: &str) -> String {
    match (method, account) {
        (_, None) | (Become::None, Some(ROOT)) => command.to_string(),
        (Become::Sudo, Some(ROOT)) => format!("{NO_PASSWORD}-- {command}"),
        (_, Some(user)) => format!("{NO_PASSWORD}-u {} -- {command}", command_line(&[user])),
    }
}

/// The line for a host whose sudo asks for a password.
pub fn with_password(line: &str) -> String {
    match line.strip_prefix(NO_PASSWORD) {
        Some(rest) => format!("{WITH_PASSWORD}{rest}"),
        None => line.to_string(),
    }
}

/// Does this line go through sudo (and so need the host checked first)?
pub fn uses_sudo(line: &str) -> bool {
    line.starts_with(NO_PASSWORD) || line.starts_with(WITH_PASSWORD)
}

/// Does this line read the password from its standard input?
pub fn reads_password(line: &str) -> bool {
    line.starts_with(WITH_PASSWORD)
}

/// What a failed [`PROBE`] means.
pub fn probe_failure(stderr: &str) -> ProbeFailure {
    let s = stderr.to_ascii_lowercase();
    if s.contains("password is required") || s.contains("a terminal is required") {
        ProbeFailure::NeedsPassword
    } else {
        ProbeFailure::Other(
            stderr.lines().map(str::trim).rfind(|l| !l.is_empty()).unwrap_or("").to_string(),
        )
    }
}

#[derive(Debug, PartialEq, Eq)]
pub enum ProbeFailure {
    NeedsPassword,
    Other(String),
}

/// The sudo password (`-K`): never shown, logged or serialised; wiped when dropped.
#[derive(Clone)]
pub struct Secret(String);

impl Secret {
    pub fn new(s: String) -> Secret {
        Secret(s)
    }

    /// The bytes fed to sudo's standard input: the password and a newline.
    pub fn stdin_bytes(&self) -> Vec<u8> {
        let mut v = Vec::with_capacity(self.0.len() + 1);
        v.extend_from_slice(self.0.as_bytes());
        v.push(b'\n');
        v
    }

    /// For the remote shell's script (shell mode): the password as one quoted word.
    pub fn quoted(&self) -> String {
        crate::quote::quote(&self.0).into_owned()
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

impl Drop for Secret {
    fn drop(&mut self) {
        // Overwrite the bytes before the memory is freed (best effort, no crate needed).
        let bytes = unsafe { self.0.as_mut_vec() };
        for b in bytes.iter_mut() {
            unsafe { std::ptr::write_volatile(b, 0) };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_follow_the_table() {
        let c = "systemctl restart httpd.service";
        assert_eq!(
            line(Become::Sudo, Some("root"), c),
            "sudo -n -- systemctl restart httpd.service"
        );
        assert_eq!(
            line(Become::Sudo, Some("hg"), c),
            "sudo -n -u hg -- systemctl restart httpd.service"
        );
        assert_eq!(line(Become::Sudo, None, c), c);
        assert_eq!(line(Become::None, Some("root"), c), c);
        assert_eq!(
            line(Become::None, Some("hg"), c),
            "sudo -n -u hg -- systemctl restart httpd.service"
        );
        assert_eq!(line(Become::None, None, c), c);
        // A user name is one quoted word.
        assert_eq!(line(Become::Sudo, Some("a b"), "true"), "sudo -n -u 'a b' -- true");
    }

    #[test]
    fn password_lines_replace_only_the_leading_sudo() {
        let l = line(Become::Sudo, Some("hg"), "echo 'sudo -n '");
        assert_eq!(with_password(&l), "sudo -k -S -p '' -u hg -- echo 'sudo -n '");
        assert!(reads_password(&with_password(&l)));
        assert!(uses_sudo(&l) && uses_sudo(&with_password(&l)));
        assert_eq!(with_password("true"), "true");
        assert!(!reads_password("true") && !uses_sudo("echo sudo -n"));
        assert_eq!(with_password(&with_password(&l)), with_password(&l));
    }

    #[test]
    fn probe_failures_tell_a_password_from_the_rest() {
        assert_eq!(probe_failure("sudo: a password is required\n"), ProbeFailure::NeedsPassword);
        assert_eq!(
            probe_failure("operator is not in the sudoers file.\n"),
            ProbeFailure::Other("operator is not in the sudoers file.".into())
        );
    }

    #[test]
    fn secrets_never_print() {
        let s = Secret::new("hunter2".into());
        assert_eq!(format!("{s:?}"), "Secret(<redacted>)");
        assert_eq!(s.stdin_bytes(), b"hunter2\n");
        assert_eq!(Secret::new("it's".into()).quoted(), crate::quote::quote("it's").into_owned());
    }
}
