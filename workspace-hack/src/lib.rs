//! No code: this crate only turns on features of shared dependencies (see its Cargo.toml), so that every cargo step of
//! `make test` asks for the same build of each.
