//! What the operator sees: step headers, remote output (control characters escaped),
//! confirmations, and progress on waits (a bar on a terminal, timestamped lines otherwise).

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

use console::Style;

use crate::quote::escape_control;
use crate::transport::Stream;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Clone)]
pub struct Ui {
    pub color: bool,
    pub verbose: bool,
    /// stderr is a terminal: progress bars instead of plain lines.
    pub interactive: bool,
    /// Print nothing of the run's progress (the read-only pass of `plan --out`).
    pub quiet: bool,
    /// Answers given in advance instead of read from the terminal (the executor's unit
    /// tests); `None` in the program.
    pub scripted: Option<std::sync::Arc<std::sync::Mutex<std::collections::VecDeque<Answer>>>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Yes,
    No,
    All,
}

impl Answer {
    fn word(self) -> &'static str {
        match self {
            Answer::Yes => "yes",
            Answer::No => "no",
            Answer::All => "all",
        }
    }
}

impl Ui {
    pub fn new(choice: ColorChoice, verbose: bool) -> Ui {
        // Progress bars need a terminal that can redraw (indicatif hides them for TERM=dumb
        // or unset); otherwise plain timestamped lines.
        let tty = std::io::stderr().is_terminal();
        let redraws = tty && std::env::var("TERM").is_ok_and(|t| !t.is_empty() && t != "dumb");
        let color = match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => tty && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        };
        console::set_colors_enabled(color);
        console::set_colors_enabled_stderr(color);
        Ui { color, verbose, interactive: redraws, quiet: false, scripted: None }
    }

    fn style(&self, s: Style) -> Style {
        if self.color {
            s
        } else {
            Style::new()
        }
    }

    pub fn header(&self, number: usize, total: usize, label: &str, host: &str, title: &str) {
        if self.quiet {
            return;
        }
        let label = self
            .style(if label == "CHANGE" {
                Style::new().yellow().bold()
            } else {
                Style::new().cyan()
            })
            .apply_to(label);
        errln!(
            "{} [{label}] {}: {title}",
            self.style(Style::new().bold()).apply_to(format!("==> {number}/{total}")),
            self.style(Style::new().bold()).apply_to(host)
        );
    }

    pub fn command(&self, command: &str) {
        if self.quiet {
            return;
        }
        errln!("    $ {}", escape_control(command));
    }

    pub fn info(&self, msg: &str) {
        if self.quiet {
            return;
        }
        errln!("    {msg}");
    }

    pub fn warn(&self, msg: &str) {
        if self.quiet {
            return;
        }
        errln!("{} {msg}", self.style(Style::new().yellow().bold()).apply_to("warning:"));
    }

    pub fn error(&self, msg: &str) {
        errln!("{} {msg}", self.style(Style::new().red().bold()).apply_to("error:"));
    }

    /// One line of remote output: stdout to our stdout, stderr to our stderr, both prefixed
    /// with the host and escaped.
    pub fn remote_line(&self, host: &str, stream: Stream, line: &str) {
        if self.quiet {
            return;
        }
        let line = escape_control(line);
        match stream {
            Stream::Stdout => {
                let mut out = std::io::stdout().lock();
                let _ = writeln!(out, "{host}| {line}");
            }
            Stream::Stderr => {
                let prefix = self.style(Style::new().dim()).apply_to(format!("{host}! "));
                errln!("{prefix}{line}");
            }
        }
    }

    /// Can a question be answered (standard input is a terminal, or answers were scripted)?
    pub fn can_ask(&self) -> bool {
        self.scripted.is_some() || std::io::stdin().is_terminal()
    }

    /// Ask yes / no / all. Anything that cannot be read (end of input) is a no.
    pub fn confirm(&self, question: &str) -> Answer {
        if let Some(answers) = &self.scripted {
            let answer = answers.lock().map(|mut a| a.pop_front()).ok().flatten();
            errln!("{question} {}", answer.map_or("(no answer left: no)", |a| a.word()));
            return answer.unwrap_or(Answer::No);
        }
        let answer = dialoguer::Input::<String>::new()
            .with_prompt(format!("{question} [y]es / [n]o, stop here / [a]ll remaining"))
            .validate_with(|s: &String| -> Result<(), &str> {
                match parse_answer(s) {
                    Some(_) => Ok(()),
                    None => Err("answer y(es), n(o) or a(ll)"),
                }
            })
            .interact_text();
        restore_cursor();
        match answer {
            Ok(s) => parse_answer(&s).unwrap_or(Answer::No),
            Err(_) => {
                // A Ctrl-C interrupts the read before the signal thread has recorded it:
                // give it a moment, so the caller can tell an interrupt from a refusal.
                for _ in 0..50 {
                    if crate::signals::interrupted() {
                        break;
                    }
                    std::thread::sleep(std::time::Duration::from_millis(10));
                }
                Answer::No
            }
        }
    }

    /// A countdown of `total`; `tick` is called every `step` and returns false to stop early.
    pub async fn countdown(&self, label: &str, total: Duration) -> bool {
        let start = Instant::now();
        let bar = self.bar(label, total);
        let mut last_line = Instant::now();
        self.plain(&format!("{label}: waiting {}s", total.as_secs()));
        while start.elapsed() < total {
            if crate::signals::interrupted() {
                if let Some(b) = &bar {
                    b.abandon();
                }
                return false;
            }
            tokio::time::sleep(
                Duration::from_millis(200).min(total.saturating_sub(start.elapsed())),
            )
            .await;
            if let Some(b) = &bar {
                b.set_position(start.elapsed().as_secs().min(total.as_secs()));
            } else if last_line.elapsed() >= Duration::from_secs(10) {
                last_line = Instant::now();
                let left = total.saturating_sub(start.elapsed()).as_secs();
                self.plain(&format!("{label}: {left}s left"));
            }
        }
        if let Some(b) = bar {
            b.finish_and_clear();
        }
        self.plain(&format!("{label}: done"));
        true
    }

    pub fn bar(&self, label: &str, total: Duration) -> Option<indicatif::ProgressBar> {
        if !self.interactive {
            return None;
        }
        let bar = indicatif::ProgressBar::with_draw_target(
            Some(total.as_secs()),
            indicatif::ProgressDrawTarget::stderr(),
        );
        bar.set_style(
            indicatif::ProgressStyle::with_template("    {spinner} {msg} [{bar:30}] {pos}/{len}s")
                .expect("static template")
                .progress_chars("=> "),
        );
        bar.set_message(label.to_string());
        bar.enable_steady_tick(Duration::from_millis(120));
        Some(bar)
    }

    /// A bar counting `total` things done (hosts × repositories, ...), on a terminal only.
    pub fn counter(&self, label: &str, total: u64) -> Option<indicatif::ProgressBar> {
        if !self.interactive {
            return None;
        }
        let bar = indicatif::ProgressBar::with_draw_target(
            Some(total),
            indicatif::ProgressDrawTarget::stderr(),
        );
        bar.set_style(
            indicatif::ProgressStyle::with_template("    {spinner} {msg} [{bar:30}] {pos}/{len}")
                .expect("static template")
                .progress_chars("=> "),
        );
        bar.set_message(label.to_string());
        bar.enable_steady_tick(Duration::from_millis(120));
        Some(bar)
    }

    /// A timestamped line when stderr is not a terminal (progress bars are off then).
    pub fn plain(&self, msg: &str) {
        if !self.interactive {
            errln!("    [{}] {msg}", crate::audit::now_rfc3339());
        }
    }
}

/// Show the cursor again (a prompt or a progress bar may have hidden it), only where
/// stderr is a terminal.
pub fn restore_cursor() {
    let term = console::Term::stderr();
    if term.is_term() {
        let _ = term.show_cursor();
    }
}

pub fn parse_answer(s: &str) -> Option<Answer> {
    match s.trim().to_ascii_lowercase().as_str() {
        "y" | "yes" => Some(Answer::Yes),
        "n" | "no" => Some(Answer::No),
        "a" | "all" => Some(Answer::All),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers() {
        assert_eq!(parse_answer(" Y "), Some(Answer::Yes));
        assert_eq!(parse_answer("all"), Some(Answer::All));
        assert_eq!(parse_answer("no"), Some(Answer::No));
        assert_eq!(parse_answer("maybe"), None);
        assert_eq!(parse_answer(""), None);
    }
}
