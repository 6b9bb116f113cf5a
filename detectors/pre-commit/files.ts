/** The files the pre-commit detector reads, apart from its code: a scan loads that code only for a tree holding one of them. */
export const PRE_COMMIT_FILES = [".pre-commit-config.yaml", ".pre-commit-config.yml"];
