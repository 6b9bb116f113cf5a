/** The files the rust detector reads, apart from its code: a scan loads that code only for a tree holding one of them. */
export const RUST_FILES = ["Cargo.toml", "Cargo.lock", "rust-toolchain", "rust-toolchain.toml"];
