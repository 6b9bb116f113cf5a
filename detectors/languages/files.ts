/** The files the languages detector reads, apart from its code: a scan loads that code only for a tree holding one of them. */
export const LANGUAGES_FILES = [];
