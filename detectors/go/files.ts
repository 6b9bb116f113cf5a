/** The files the go detector reads, apart from its code: a scan loads that code only for a tree holding one of them. */
export const GO_FILES = ["go.mod", "go.work", "config.{toml,yaml,yml}", "hugo.{toml,yaml,yml,json}", "**/config/_default/services.{toml,yaml,yml,json}"];
