/** The files the perl detector reads, apart from its code: a scan loads that code only for a tree holding one of them. */
export const PERL_FILES = ["cpanfile", "cpanfile.snapshot", "Makefile.PL", "Build.PL", "META.json", "META.yml"];
