//! Ctrl-C and friends. While a remote command runs, an interrupt only asks the run to stop
//! once that command has returned (a remote change is never cut in half); at a prompt or
//! between steps it stops at once. Either way the cursor is restored and the exit code is 130.

use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);
static PHASE: AtomicU8 = AtomicU8::new(Phase::Idle as u8);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Phase {
    /// Nothing is running remotely: an interrupt exits at once.
    Idle = 0,
    /// A remote command or a wait is in progress: an interrupt is noted and acted on after.
    Busy = 1,
}

pub fn install() {
    use signal_hook::consts::{SIGINT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM]) else {
        return;
    };
    std::thread::spawn(move || {
        for _ in signals.forever() {
            let again = INTERRUPTED.swap(true, Ordering::SeqCst);
            if PHASE.load(Ordering::SeqCst) == Phase::Idle as u8 || again {
                crate::terminal::restore_cursor();
                if again {
                    eprintln!("\nhgmo-ctl: interrupted again: exiting now; the remote command may still be running");
                } else {
                    eprintln!("\nhgmo-ctl: interrupted");
                }
                std::process::exit(crate::error::EXIT_INTERRUPTED);
            }
            crate::terminal::restore_cursor();
            eprintln!(
                "\nhgmo-ctl: interrupt received: stopping once the current remote command returns (Ctrl-C again to exit now)"
            );
        }
    });
}

pub fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::SeqCst)
}

/// Mark a section during which an interrupt must not exit at once.
pub struct Busy;

impl Busy {
    pub fn enter() -> Busy {
        PHASE.store(Phase::Busy as u8, Ordering::SeqCst);
        Busy
    }
}

impl Drop for Busy {
    fn drop(&mut self) {
        PHASE.store(Phase::Idle as u8, Ordering::SeqCst);
    }
}
