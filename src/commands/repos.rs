//! The procedures on one repository: read-only, fncache, replicate, hooks, retire, strip,
//! bundles.

use super::Invocation;
use crate::cli::{Bundles, Command, Fncache, Hooks, L10n, Pushlog, ReadOnly, Replicate};
use crate::error::{Error, Result};

pub fn invocation(command: &Command) -> Result<Invocation> {
    Ok(match command {
        Command::ReadOnly(ReadOnly::Set { target, reason }) => match &target.repo {
            Some(repo) => Invocation::new(
                "read-only-set",
                &[("repo", Some(repo.as_str())), ("reason", reason.as_deref())],
            ),
            None => Invocation::new("read-only-set-all", &[("reason", reason.as_deref())]),
        },
        Command::ReadOnly(ReadOnly::Clear { target }) => match &target.repo {
            Some(repo) => Invocation::new("read-only-clear", &[("repo", Some(repo.as_str()))]),
            None => Invocation::new("read-only-clear-all", &[]),
        },
        Command::ReadOnly(ReadOnly::Status { repo }) => {
            Invocation::new("read-only-status", &[("repo", repo.as_ref().map(|r| r.as_str()))])
        }
        Command::Fncache(Fncache::Check { repo, path }) => {
            Invocation::new("fncache-check", &[("repo", Some(repo.as_str())), ("path", Some(path))])
        }
        Command::Fncache(Fncache::Rebuild { repo }) => {
            Invocation::new("fncache-rebuild", &[("repo", Some(repo.as_str()))])
        }
        Command::StreamClone { repo } => {
            Invocation::new("stream-clone", &[("repo", Some(repo.as_str()))])
        }
        Command::ResetTwig { twig, source, scm_level } => {
            if twig.contains('/') || twig.is_empty() {
                return Err(Error::Usage(format!(
                    "the twig {twig:?} is a name (e.g. cedar), not a path: it is projects/NAME"
                )));
            }
            let repo = format!("projects/{twig}");
            crate::quote::repo_name(&repo)?;
            Invocation::new(
                "reset-twig",
                &[
                    ("repo", Some(repo.as_str())),
                    ("source", Some(source.as_str())),
                    ("scm_level", Some(scm_level.as_str())),
                ],
            )
        }
        Command::L10n(L10n::NewChannel { name, channels }) => {
            let mut i = Invocation::new("l10n-new-channel", &[]);
            i.set("repos", l10n_repos(name, channels)?.join("\n"));
            i
        }
        Command::Pushlog(Pushlog::Repair { repo }) => {
            Invocation::new("pushlog-repair", &[("repo", Some(repo.as_str()))])
        }
        Command::Hooks(Hooks::Edit { repo }) => {
            Invocation::new("hooks-edit", &[("repo", Some(repo.as_str()))])
        }
        Command::Replicate(Replicate::Hgrc { repo }) => {
            Invocation::new("replicate-hgrc", &[("repo", Some(repo.as_str()))])
        }
        Command::Replicate(Replicate::Sync { repo }) => {
            Invocation::new("replicate-sync", &[("repo", Some(repo.as_str()))])
        }
        Command::RetireRepo { repo, via_replication, confirm } => {
            let repo = repo.as_str();
            if repo.starts_with("users/") {
                return Err(Error::Usage(format!(
                    "{repo} is a user repository: users delete their own repositories (ssh hg.mozilla.org edit), it is not retired"
                )));
            }
            let parent = repo.rsplit_once('/').map_or(".", |(p, _)| p);
            let mut i = Invocation::new(
                "retire-repo",
                &[("repo", Some(repo)), ("confirm", confirm.as_deref())],
            );
            i.set("parent", parent)
                .set("mode", if *via_replication { "replication" } else { "delete" });
            i
        }
        Command::Strip { repo, rev } => {
            Invocation::new("strip", &[("repo", Some(repo.as_str())), ("rev", Some(rev))])
        }
        Command::Bundles(Bundles::Restore { repo, pause_generation }) => {
            let mut i = Invocation::new("bundles-restore", &[("repo", Some(repo.as_str()))]);
            i.set("pause_generation", pause_generation);
            i
        }
        Command::Bundles(Bundles::Drop { repo, spec, confirm, pause_generation }) => {
            let mut i = Invocation::new(
                "bundles-drop",
                &[
                    ("repo", Some(repo.as_str())),
                    ("spec", Some(spec)),
                    ("confirm", confirm.as_deref()),
                ],
            );
            i.set("pause_generation", pause_generation);
            i
        }
        _ => unreachable!("dispatched by commands::invocation"),
    })
}

/// The channels production's playbook creates an l10n repository on when none is named.
const L10N_CHANNELS: [&str; 3] = ["aurora", "beta", "release"];

/// releases/l10n/CHANNEL/NAME for each channel (each a single path component, no duplicates).
fn l10n_repos(name: &str, channels: &[String]) -> Result<Vec<String>> {
    let one = |what: &str, v: &str| -> Result<()> {
        if v.contains('/') || v.is_empty() {
            return Err(Error::Usage(format!(
                "{what} {v:?} must be one path component (no `/`), e.g. fy-NL or beta"
            )));
        }
        crate::quote::repo_name(v).map(|_| ())
    };
    one("the l10n repository name", name)?;
    let channels: Vec<&str> = if channels.is_empty() {
        L10N_CHANNELS.to_vec()
    } else {
        channels.iter().map(String::as_str).collect()
    };
    let mut out = Vec::new();
    for ch in channels {
        one("the channel", ch)?;
        let repo = format!("releases/l10n/{ch}/{name}");
        if out.contains(&repo) {
            return Err(Error::Usage(format!("--channel {ch} is given twice")));
        }
        out.push(repo);
    }
    Ok(out)
}
