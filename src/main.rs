//! The `hgmo-ctl` binary: everything lives in the library (`src/lib.rs`).

fn main() {
    hgmo_ctl::main()
}
