/** The files the zig detector reads, apart from its code: a scan loads that code only for a tree holding one of them. */
export const ZIG_FILES = ["build.zig.zon", ".zigversion"];
