/** The files the haskell detector reads, apart from its code: a scan loads that code only for a tree holding one of them. */
export const HASKELL_FILES = ["*.cabal", "package.yaml", "stack.yaml", "cabal.project", "cabal.project.freeze"];
