//! Ctrl-C and friends. While a remote command runs, an interrupt only asks the run to stop
//! once that command has returned (a remote change is never cut in half); at a prompt or
//! between steps it stops at once. Either way the cursor is restored and the exit code is 130.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Mutex;

/// A command run (synchronously, best effort) when an interrupt exits at once, e.g. the
/// release of the operators' lock over the existing SSH connection.
static CLEANUP: Mutex<Option<Vec<String>>> = Mutex::new(None);

pub fn set_cleanup(argv: Option<Vec<String>>) {
    if let Ok(mut c) = CLEANUP.lock() {
        *c = argv;
    }
}

pub fn run_cleanup() {
    let argv = CLEANUP.lock().ok().and_then(|mut c| c.take());
    if let Some(argv) = argv {
        if let Some((prog, args)) = argv.split_first() {
            let _ = std::process::Command::new(prog)
                .args(args)
                .stdin(std::process::Stdio::null())
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .status();
        }
    }
}

static INTERRUPTED: AtomicBool = AtomicBool::new(false);
/// How many [`Busy`] sections are open: 0 means an interrupt exits at once.
static BUSY: AtomicUsize = AtomicUsize::new(0);

pub fn install() {
    use signal_hook::consts::{SIGINT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM]) else {
        return;
    };
    std::thread::spawn(move || {
        for _ in signals.forever() {
            let again = INTERRUPTED.swap(true, Ordering::SeqCst);
            if BUSY.load(Ordering::SeqCst) == 0 || again {
                crate::terminal::restore_cursor();
                if again {
                    errln!("\nhgmo-ctl: interrupted again: exiting now; the remote command may still be running");
                } else {
                    errln!("\nhgmo-ctl: interrupted");
                }
                run_cleanup();
                std::process::exit(crate::error::EXIT_INTERRUPTED);
            }
            crate::terminal::restore_cursor();
            errln!(
                "\nhgmo-ctl: interrupt received: stopping once the current remote command returns (Ctrl-C again to exit now)"
            );
        }
    });
}

pub fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::SeqCst)
}

/// Mark a section (a remote command, a load balancer call, a wait) during which an
/// interrupt must not exit at once; sections nest.
pub struct Busy;

impl Busy {
    pub fn enter() -> Busy {
        BUSY.fetch_add(1, Ordering::SeqCst);
        Busy
    }
}

impl Drop for Busy {
    fn drop(&mut self) {
        BUSY.fetch_sub(1, Ordering::SeqCst);
    }
}
