/** The files the r detector reads, apart from its code: a scan loads that code only for a tree holding one of them. */
export const R_FILES = ["DESCRIPTION", "renv.lock", "packrat/packrat.lock"];
