/** The files the elixir detector reads, apart from its code: a scan loads that code only for a tree holding one of them. */
export const ELIXIR_FILES = ["mix.exs", "mix.lock", "**/config/*.exs", "rebar.config", "rebar.lock", "elixir_buildpack.config", "gleam.toml", "manifest.toml", "{Makefile,GNUmakefile}"];
