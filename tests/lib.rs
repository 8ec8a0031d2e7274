//! The one integration test crate. Hermetic tests run the binary with a fake `ssh` that
//! fails the test if it is ever run; lab tests run procedures against the lab
//! (`tests/lab/lab`: real sshd hosts in network namespaces, real Mercurial) and assert the
//! real effect. The lab is brought up once before the lab tests and down after them; lab
//! tests run one at a time because they share the lab.
//!
//! Run: `cargo test` (as root for the lab tests). Outside CI, lab tests are ignored with a
//! reason when the lab cannot start; with CI=true they fail instead.

/// A list of tests named after their functions, so that no name is typed twice:
/// `tests!("prefix::"; f, g)` is `&[("prefix::f", f), ("prefix::g", g)]`.
macro_rules! tests {
    ($prefix:literal; $($f:ident),* $(,)?) => {
        &[$((concat!($prefix, stringify!($f)), $f)),*]
    };
}

mod chaos;
mod cli;
mod dry_run;
mod inventory;
mod lab;
mod lab_access;
mod lab_chaos;
mod lab_faults;
mod lab_kafka;
mod lab_lb;
mod lab_master;
mod lab_ops;
mod lab_tests;
mod lab_workflow;
mod load;
mod test;
mod validation;

use libtest_mimic::{Arguments, Failed, Trial};

pub type Hermetic = (&'static str, fn());
pub type LabTest = (&'static str, fn(&'static lab::Lab));

fn main() {
    let mut args = Arguments::from_args();
    let mut hermetic: Vec<Hermetic> = Vec::new();
    hermetic.extend_from_slice(chaos::TESTS);
    hermetic.extend_from_slice(cli::TESTS);
    hermetic.extend_from_slice(dry_run::TESTS);
    hermetic.extend_from_slice(inventory::TESTS);
    hermetic.extend_from_slice(validation::TESTS);
    let lab_tests: Vec<LabTest> = lab_tests::TESTS
        .iter()
        .chain(lab_lb::TESTS)
        .chain(lab_master::TESTS)
        .chain(lab_ops::TESTS)
        .chain(lab_workflow::TESTS)
        .chain(lab_faults::TESTS)
        .chain(lab_chaos::TESTS)
        .chain(lab_access::TESTS)
        .chain(lab_kafka::TESTS)
        .copied()
        .collect();

    let selected = |name: &str| {
        let name_ok = match &args.filter {
            None => true,
            Some(f) if args.exact => name == f,
            Some(f) => name.contains(f.as_str()),
        };
        name_ok && !args.skip.iter().any(|s| name.contains(s.as_str()))
    };
    let wants_lab = !args.list && lab_tests.iter().any(|(n, _)| selected(&format!("lab::{n}")));

    // Start the lab once, if a selected test needs it.
    let lab: Result<Option<&'static lab::Lab>, String> =
        if wants_lab { lab::Lab::up().map(|l| Some(&*Box::leak(Box::new(l)))) } else { Ok(None) };
    let in_ci = std::env::var("CI").is_ok_and(|v| v == "true");
    if let Err(e) = &lab {
        eprintln!("lab unavailable: {e}");
    }

    let mut trials: Vec<Trial> =
        hermetic.into_iter().map(|(name, f)| Trial::test(name, move || run_hermetic(f))).collect();
    for &(name, f) in &lab_tests {
        let full = format!("lab::{name}");
        let trial = match &lab {
            Ok(Some(l)) => {
                let l: &'static lab::Lab = l;
                Trial::test(full, move || {
                    l.reset();
                    std::panic::catch_unwind(|| f(l)).map_err(panic_message)
                })
            }
            Ok(None) => Trial::test(full, || Ok(())).with_ignored_flag(true),
            Err(e) if in_ci => {
                let e = e.clone();
                Trial::test(full, move || {
                    Err(Failed::from(format!("CI=true and the lab did not start: {e}")))
                })
            }
            Err(_) => Trial::test(full, || Ok(())).with_ignored_flag(true),
        };
        trials.push(trial);
    }
    // Lab tests share one lab: run everything on one thread unless told otherwise.
    if args.test_threads.is_none() && wants_lab {
        args.test_threads = Some(1);
    }
    let conclusion = libtest_mimic::run(&args, trials);
    if let Ok(Some(l)) = lab {
        l.down();
    }
    conclusion.exit();
}

fn run_hermetic(f: fn()) -> Result<(), Failed> {
    std::panic::catch_unwind(f).map_err(panic_message)
}

fn panic_message(p: Box<dyn std::any::Any + Send>) -> Failed {
    let msg = p
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_else(|| "test panicked".into());
    Failed::from(msg)
}
