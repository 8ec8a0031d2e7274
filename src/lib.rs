//! hgmo-ctl: operations runbooks for hg.mozilla.org-style Mercurial hosting.
//!
//! The library holds the whole program; `src/main.rs` only calls [`main`]. ARCHITECTURE.md
//! walks through the modules.

/// Like `println!`, `print!`, `eprintln!` and `eprint!`, without the panic: output to a closed pipe
/// (`| head`, a terminal that went away) must never stop a procedure halfway through; the
/// audit log and the journal keep the record.
macro_rules! outln { ($($t:tt)*) => {{ use std::io::Write as _; let _ = writeln!(std::io::stdout(), $($t)*); }} }
macro_rules! out { ($($t:tt)*) => {{ use std::io::Write as _; let _ = write!(std::io::stdout(), $($t)*); }} }
macro_rules! errln { ($($t:tt)*) => {{ use std::io::Write as _; let _ = writeln!(std::io::stderr(), $($t)*); }} }
macro_rules! err { ($($t:tt)*) => {{ use std::io::Write as _; let _ = write!(std::io::stderr(), $($t)*); }} }

mod action;
mod apache;
mod app;
mod audit;
mod cli;
mod commands;
mod completions;
mod error;
mod exec;
mod inventory;
mod journal;
mod lb;
mod nagios;
mod notify;
mod plan;
mod privilege;
mod procedures;
mod quote;
mod reviewed;
mod runbook;
mod safety;
#[cfg(test)]
mod shellcheck;
mod signals;
mod terminal;
#[cfg(test)]
mod testutil;
mod transport;

use clap::Parser;

/// Parses the command line, runs the command and exits with its code.
pub fn main() -> ! {
    // Dynamic completion (repository names from the inventory), when a shell asks.
    clap_complete::CompleteEnv::with_factory(cli::command).var("HGMO_CTL_COMPLETE").complete();
    let cli = match cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            std::process::exit(if e.use_stderr() { error::EXIT_USAGE } else { error::EXIT_OK });
        }
    };
    signals::install();
    std::panic::set_hook(Box::new(|info| {
        crate::terminal::restore_cursor();
        errln!(
            "hgmo-ctl: internal error: {info}\nhgmo-ctl: the run stopped here: `hgmo-ctl history` shows where, `hgmo-ctl resume` goes on (please report this)"
        );
        signals::run_cleanup();
    }));
    let code = match app::run(cli) {
        Ok(()) => error::EXIT_OK,
        Err(e) => {
            crate::terminal::restore_cursor();
            errln!("hgmo-ctl: error: {e}");
            e.code()
        }
    };
    std::process::exit(code);
}
