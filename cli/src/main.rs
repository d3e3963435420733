//! `attune`: the command-line companion to the Attune journal. STUB.
fn main() {}
