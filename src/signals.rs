//! Ctrl-C and friends. While a remote command runs, an interrupt only asks the run to stop
//! once that command has returned (a remote change is never cut in half); at a prompt or
//! between steps it stops at once. Either way the cursor is restored and the exit code is 130.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Mutex;

/// A command run (synchronously, best effort) when an interrupt exits at once, e.g. the
/// release of the operators' lock over the existing SSH connection, with what it reads on
/// standard input (the sudo password on a host that asks for one; never in its arguments).
static CLEANUP: Mutex<Option<crate::transport::CleanupCommand>> = Mutex::new(None);

pub fn set_cleanup(command: Option<crate::transport::CleanupCommand>) {
    if let Ok(mut c) = CLEANUP.lock() {
        *c = command;
    }
}

pub fn run_cleanup() {
    let command = CLEANUP.lock().ok().and_then(|mut c| c.take());
    let Some((argv, input)) = command else { return };
    let Some((prog, args)) = argv.split_first() else { return };
    let child = std::process::Command::new(prog)
        .args(args)
        .stdin(match input {
            Some(_) => std::process::Stdio::piped(),
            None => std::process::Stdio::null(),
        })
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    if let Ok(mut child) = child {
        if let (Some(secret), Some(mut stdin)) = (input, child.stdin.take()) {
            use std::io::Write as _;
            let _ = stdin.write_all(&secret.stdin_bytes());
        }
        let _ = child.wait();
    }
}

static INTERRUPTED: AtomicBool = AtomicBool::new(false);
/// How many [`Busy`] sections are open: 0 means an interrupt exits at once.
static BUSY: AtomicUsize = AtomicUsize::new(0);

pub fn install() {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    // SIGHUP: the terminal went away (a closed window, a dropped ssh to the bastion). Like
    // Ctrl-C: a remote command in flight finishes, then the run stops (and can be resumed).
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
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
