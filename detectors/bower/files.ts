/** The files the bower detector reads, apart from its code: a scan loads that code only for a tree holding one of them. */
export const BOWER_FILES = ["bower.json"];
