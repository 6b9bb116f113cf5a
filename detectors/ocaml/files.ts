/** The files the ocaml detector reads, apart from its code: a scan loads that code only for a tree holding one of them. */
export const OCAML_FILES = ["*.opam", "opam", "dune-project", "*.opam.locked", "opam.locked"];
