//! `runbook run FILE`: a site's own runbook, with `--param NAME=VALUE`.

use std::path::Path;

use super::{Invocation, Source};
use crate::error::{Error, Result};
use crate::runbook::Runbook;

pub fn invocation(file: &Path, params: &[String]) -> Result<Invocation> {
    let runbook = Runbook::from_file(file)?;
    let mut i = Invocation::new("", &[]);
    for p in params {
        let (k, v) = p
            .split_once('=')
            .ok_or_else(|| Error::Usage(format!("--param {p:?}: expected NAME=VALUE")))?;
        if !runbook.params.iter().any(|d| d.name == k) {
            let takes = if runbook.params.is_empty() {
                String::new()
            } else {
                let names: Vec<&str> = runbook.params.iter().map(|d| d.name.as_str()).collect();
                format!(" (it takes {})", names.join(", "))
            };
            return Err(Error::Usage(format!(
                "--param {k:?}: runbook {} has no such parameter{takes}",
                runbook.name
            )));
        }
        i.set(k, v);
    }
    i.runbook = Source::File(Box::new(runbook));
    Ok(i)
}
