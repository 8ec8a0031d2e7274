//! hgmo-ctl: operations runbooks for hg.mozilla.org-style Mercurial hosting.
//! `main` only parses and dispatches; see `app.rs` for the flow.

mod apache;
mod app;
mod audit;
mod cli;
mod completions;
mod error;
mod exec;
mod inventory;
mod journal;
mod lb;
mod nagios;
mod notify;
mod plan;
mod procedures;
mod quote;
mod reviewed;
mod runbook;
mod signals;
mod terminal;
mod transport;

use clap::Parser;

fn main() {
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
    let code = match app::run(cli) {
        Ok(()) => error::EXIT_OK,
        Err(e) => {
            crate::terminal::restore_cursor();
            eprintln!("hgmo-ctl: error: {e}");
            e.code()
        }
    };
    std::process::exit(code);
}
