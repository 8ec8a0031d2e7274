//! `mirrors verify`: the current guide's consistency sweep. Every hgweb mirror is compared
//! with the master, for every repository (or the ones named), all hosts at once: the heads,
//! and a hash of the repository. The hash is `hg mozrepohash` (its `normal:` line, the
//! guide's sweep) where every host has it, and otherwise hgmo-ctl's own: the sha256 of every
//! visible changeset with its phase, then the bookmarks. A table lists what differs, and the
//! `reclone` that repairs it. Read-only.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::{AtomicU64, Ordering};

use serde::Serialize;

use crate::cli::Format;
use crate::error::{Error, Result};
use crate::inventory::{Inventory, Role};
use crate::quote::command_line;
use crate::terminal::Ui;
use crate::transport::{SshTransport, Stream, Transport};

/// Lists the repositories under the root on the master: `find`, as the guide's
/// `find-hg-repos` does (that tool is only installed on the hgssh hosts' bundles venv).
pub const LIST: &str = r#"cd "$1" && find . -type d -name .hg -prune -print | sed 's|^\./||; s|/\.hg$||' | LC_ALL=C sort"#;

/// One line per repository: `repo<TAB>state<TAB>method<TAB>heads<TAB>hash`; state is `ok`,
/// `missing` or `error`. Arguments: hg, root, then the repositories.
pub const SWEEP: &str = r#"hg=$1; root=$2; shift 2
if "$hg" help mozrepohash >/dev/null 2>&1; then m=mozrepohash; else m=hgmo-ctl; fi
for r in "$@"; do
  d=$root/$r
  [ -d "$d/.hg" ] || { printf '%s\tmissing\t%s\t-\t-\n' "$r" "$m"; continue; }
  "$hg" -R "$d" root >/dev/null 2>&1 || { printf '%s\terror\t%s\t-\t-\n' "$r" "$m"; continue; }
  heads=$("$hg" -R "$d" log -r 'heads(all())' -T '{node}\n' 2>/dev/null | LC_ALL=C sort | tr '\n' ' ')
  if [ "$m" = mozrepohash ]; then
    h=$("$hg" -R "$d" mozrepohash 2>/dev/null | sed -n 's/^normal: //p')
  else
    h=$({ "$hg" -R "$d" log -r 'all()' -T '{node} {phase}\n'; "$hg" -R "$d" bookmarks -T '{bookmark} {node}\n'; } 2>/dev/null | sha256sum | cut -d' ' -f1)
  fi
  printf '%s\tok\t%s\t%s\t%s\n' "$r" "$m" "${heads% }" "${h:--}"
done"#;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct State {
    pub state: String,
    pub method: String,
    pub heads: Vec<String>,
    pub hash: String,
}

#[derive(Debug, Serialize)]
pub struct Difference {
    pub repository: String,
    pub host: String,
    pub what: String,
    pub master: Option<State>,
    pub mirror: Option<State>,
}

/// The hosts of the sweep: the master, then the hgweb mirrors (`--hosts` honoured).
fn hosts(inv: &Inventory, only: Option<&[String]>) -> Result<(String, Vec<String>)> {
    let master = inv
        .expected_master()
        .ok_or_else(|| Error::Usage("the inventory has no hgssh host (the master)".into()))?
        .to_string();
    let keep = |h: &str| only.is_none_or(|o| o.iter().any(|x| x == h));
    let mirrors: Vec<String> =
        inv.with_role(Role::Hgweb).into_iter().filter(|h| keep(h)).map(String::from).collect();
    if mirrors.is_empty() {
        return Err(Error::Usage(
            "no hgweb host to verify (the inventory or --hosts leaves none)".into(),
        ));
    }
    Ok((master, mirrors))
}

fn as_hg(inv: &Inventory, argv: &[&str]) -> String {
    crate::privilege::line(inv.ssh.become_method, Some(&inv.paths.hg_user), &command_line(argv))
}

fn sweep_line(inv: &Inventory, hg: &str, repos: &[String]) -> String {
    let mut argv = vec!["sh", "-c", SWEEP, "-", hg, &inv.paths.repo_root];
    argv.extend(repos.iter().map(String::as_str));
    as_hg(inv, &argv)
}

fn list_line(inv: &Inventory) -> String {
    as_hg(inv, &["sh", "-c", LIST, "-", &inv.paths.repo_root])
}

/// The dry run's plan.
pub fn plan(
    inv: &Inventory,
    only: Option<&[String]>,
    repos: &[String],
) -> Result<crate::plan::Plan> {
    let (master, mirrors) = hosts(inv, only)?;
    let shown: Vec<String> = if repos.is_empty() { vec!["REPO...".into()] } else { repos.to_vec() };
    let mut checks = Vec::new();
    if repos.is_empty() {
        checks.push(("list".to_string(), master.clone(), list_line(inv)));
    }
    checks.push((
        "sweep".to_string(),
        master.clone(),
        sweep_line(inv, &inv.paths.hg_tools, &shown),
    ));
    for m in &mirrors {
        checks.push((
            "sweep".to_string(),
            m.clone(),
            sweep_line(inv, &inv.paths.hg_replication, &shown),
        ));
    }
    Ok(crate::plan::Plan::read_only(
        inv,
        crate::plan::ReadOnlyPlan {
            procedure: "mirrors-verify",
            title: "Verify that every mirror matches the master",
            guide: "the current guide's mozrepohash sweep (ops.rst:485-521)",
            usage: "hgmo-ctl mirrors verify [REPO...]",
            purpose: "Lists the repositories on the master (all, unless named), then on the master and every hgweb host at once reads each repository's heads and hash (hg mozrepohash where every host has it, otherwise hgmo-ctl's hash of the changesets, phases and bookmarks), and prints the repositories whose mirror differs, with the reclone that repairs them.",
            checks,
        },
    ))
}

fn parse(stdout: &str) -> BTreeMap<String, State> {
    stdout
        .lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            let [repo, state, method, heads, hash] = f.as_slice() else { return None };
            let heads = if *heads == "-" || heads.is_empty() {
                Vec::new()
            } else {
                heads.split(' ').map(String::from).collect()
            };
            Some((
                repo.to_string(),
                State {
                    state: state.to_string(),
                    method: method.to_string(),
                    heads,
                    hash: hash.to_string(),
                },
            ))
        })
        .collect()
}

/// What differs between the master's state and a mirror's, if anything.
pub fn difference(master: &State, mirror: &State) -> Option<String> {
    match (master.state.as_str(), mirror.state.as_str()) {
        ("ok", "ok") => {}
        ("missing", "missing") => return None,
        ("ok", "missing") => return Some("missing on the mirror".into()),
        ("missing", _) => return Some("not on the master".into()),
        (_, "error") => return Some("unreadable on the mirror".into()),
        ("error", _) => return Some("unreadable on the master".into()),
        _ => {
            return Some(format!("{} on the master, {} on the mirror", master.state, mirror.state))
        }
    }
    if master.heads != mirror.heads {
        return Some("heads differ".into());
    }
    if master.method != mirror.method {
        return Some(format!(
            "hashes not comparable ({} on the master, {} on the mirror)",
            master.method, mirror.method
        ));
    }
    (master.hash != mirror.hash).then(|| format!("{} hash differs (same heads)", master.method))
}

/// What a sweep that found differences proposes: re-clone these repositories on these
/// mirrors (`hosts`: the master, which reclone reads, then the mirrors).
pub struct Repair {
    pub repos: Vec<String>,
    pub hosts: Vec<String>,
    pub summary: String,
}

/// Run the sweep and print the table; the repair when a mirror differs.
pub async fn verify(
    inv: &Inventory,
    ui: &Ui,
    only: Option<&[String]>,
    repos: Vec<String>,
    format: Format,
) -> Result<Option<Repair>> {
    let (master, mirrors) = hosts(inv, only)?;
    let mut all = vec![master.clone()];
    all.extend(mirrors.iter().cloned());
    let mut transport = SshTransport::new(inv);
    if let Err((host, e)) = transport.connect(&all).await {
        return Err(Error::Connect { host, step: "connect".into(), message: e.to_string() });
    }
    let result = sweep(&mut transport, inv, ui, &master, &mirrors, repos).await;
    transport.close().await;
    let (repos, states) = result?;
    let mut diffs = Vec::new();
    for m in &mirrors {
        for r in &repos {
            let (a, b) = (states[&master].get(r), states[m].get(r));
            let what = match (a, b) {
                (Some(a), Some(b)) => difference(a, b),
                _ => Some("no answer for this repository".into()),
            };
            if let Some(what) = what {
                diffs.push(Difference {
                    repository: r.clone(),
                    host: m.clone(),
                    what,
                    master: a.cloned(),
                    mirror: b.cloned(),
                });
            }
        }
    }
    let differing: BTreeSet<&str> = diffs.iter().map(|d| d.repository.as_str()).collect();
    let hosts_differing: BTreeSet<&str> = diffs.iter().map(|d| d.host.as_str()).collect();
    match format {
        Format::Json => outln!(
            "{}",
            serde_json::to_string_pretty(&serde_json::json!({
                "master": master,
                "mirrors": mirrors,
                "repositories": repos.len(),
                "differences": diffs,
            }))
            .expect("json")
        ),
        Format::Text | Format::Markdown => out!("{}", table(&diffs, format == Format::Markdown)),
    }
    if diffs.is_empty() {
        errln!(
            "mirrors verify: {} repositories, identical on the master and {} mirror(s)",
            repos.len(),
            mirrors.len()
        );
        return Ok(None);
    }
    let repos_arg: Vec<&str> = differing.iter().copied().collect();
    // reclone reads the master too: --hosts keeps it beside the mirrors to re-clone.
    let hosts_arg: Vec<&str> =
        std::iter::once(master.as_str()).chain(hosts_differing.iter().copied()).collect();
    ui.info(&format!(
        "to repair: hgmo-ctl reclone {} --hosts {}",
        command_line(&repos_arg),
        hosts_arg.join(",")
    ));
    Ok(Some(Repair {
        repos: repos_arg.iter().map(|r| r.to_string()).collect(),
        hosts: hosts_arg.iter().map(|h| h.to_string()).collect(),
        summary: format!(
            "mirrors verify: {} of {} repositories differ on {} mirror(s)",
            differing.len(),
            repos.len(),
            hosts_differing.len()
        ),
    }))
}

type Sweep = (Vec<String>, BTreeMap<String, BTreeMap<String, State>>);

async fn sweep(
    t: &mut SshTransport,
    inv: &Inventory,
    ui: &Ui,
    master: &str,
    mirrors: &[String],
    repos: Vec<String>,
) -> Result<Sweep> {
    let repos = if repos.is_empty() {
        let line = list_line(inv);
        let out = t.run(master, &line, &|_, _| {}).await.map_err(|e| Error::Connect {
            host: master.into(),
            step: "list".into(),
            message: e.to_string(),
        })?;
        if !out.success() {
            return Err(Error::StepFailed {
                host: master.into(),
                step: "list".into(),
                command: line,
                status: out.status_text(),
            });
        }
        out.stdout.lines().filter(|l| !l.is_empty()).map(String::from).collect()
    } else {
        repos
    };
    if repos.is_empty() {
        return Err(Error::Findings(format!(
            "no repository under {} on {master}",
            inv.paths.repo_root
        )));
    }
    let mut jobs = vec![(master.to_string(), sweep_line(inv, &inv.paths.hg_tools, &repos))];
    for m in mirrors {
        jobs.push((m.clone(), sweep_line(inv, &inv.paths.hg_replication, &repos)));
    }
    let total = (repos.len() * jobs.len()) as u64;
    let bar = ui.counter("repositories read", total);
    let done = AtomicU64::new(0);
    let sink = |_: &str, stream: Stream, _: &str| {
        if stream == Stream::Stdout {
            let n = done.fetch_add(1, Ordering::Relaxed) + 1;
            if let Some(b) = &bar {
                b.set_position(n);
            }
        }
    };
    let results = t.run_each(&jobs, &sink).await;
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    let mut states = BTreeMap::new();
    for ((host, line), r) in jobs.iter().zip(results) {
        let out = r.map_err(|e| Error::Connect {
            host: host.clone(),
            step: "sweep".into(),
            message: e.to_string(),
        })?;
        if !out.success() {
            return Err(Error::StepFailed {
                host: host.clone(),
                step: "sweep".into(),
                command: line.clone(),
                status: out.status_text(),
            });
        }
        states.insert(host.clone(), parse(&out.stdout));
    }
    Ok((repos, states))
}

fn short(s: &Option<State>) -> String {
    match s {
        None => "-".into(),
        Some(s) if s.state != "ok" => s.state.clone(),
        Some(s) => {
            let heads: Vec<&str> = s.heads.iter().map(|h| &h[..h.len().min(12)]).collect();
            format!("{} {}", heads.join(","), &s.hash[..s.hash.len().min(12)])
        }
    }
}

fn table(diffs: &[Difference], markdown: bool) -> String {
    if diffs.is_empty() {
        return String::new();
    }
    let head = ["repository", "mirror", "difference", "master (heads hash)", "mirror (heads hash)"];
    let rows: Vec<Vec<String>> = diffs
        .iter()
        .map(|d| {
            vec![
                d.repository.clone(),
                d.host.split('.').next().unwrap_or(&d.host).to_string(),
                d.what.clone(),
                short(&d.master),
                short(&d.mirror),
            ]
        })
        .collect();
    crate::plan::render::table(&head, &rows, markdown)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn st(state: &str, method: &str, heads: &[&str], hash: &str) -> State {
        State {
            state: state.into(),
            method: method.into(),
            heads: heads.iter().map(|h| h.to_string()).collect(),
            hash: hash.into(),
        }
    }

    #[test]
    fn sweep_lines_parse_and_compare() {
        let out = "a\tok\thgmo-ctl\tbbb aaa\tfff\nb/c\tmissing\thgmo-ctl\t-\t-\nbad line\n";
        let m = parse(out);
        assert_eq!(m["a"], st("ok", "hgmo-ctl", &["bbb", "aaa"], "fff"));
        assert_eq!(m["b/c"].state, "missing");
        assert_eq!(m.len(), 2);
        let ok = st("ok", "hgmo-ctl", &["a"], "1");
        assert_eq!(difference(&ok, &ok), None);
        assert_eq!(difference(&ok, &st("ok", "hgmo-ctl", &["b"], "1")).unwrap(), "heads differ");
        assert_eq!(
            difference(&ok, &st("ok", "hgmo-ctl", &["a"], "2")).unwrap(),
            "hgmo-ctl hash differs (same heads)"
        );
        assert_eq!(
            difference(&ok, &st("missing", "hgmo-ctl", &[], "-")).unwrap(),
            "missing on the mirror"
        );
        assert!(difference(&ok, &st("ok", "mozrepohash", &["a"], "1"))
            .unwrap()
            .contains("not comparable"));
        assert_eq!(
            difference(&ok, &st("error", "hgmo-ctl", &[], "-")).unwrap(),
            "unreadable on the mirror"
        );
    }
}
