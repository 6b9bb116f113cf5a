import { LOCKFILES } from "./file-names.js";

/**
 * pip's requirements and constraints files by their names: every path file-names.ts's
 * isRequirementsFile accepts (it tells them from the other names these select).
 */
export const REQUIREMENTS_FILES = ["*requirement*.{txt,in,pip}", "*constraints*.{txt,in,pip}", "**/{requirements,constraints}/*.{txt,in}"];

/** The files the python detector reads, apart from its code: a scan loads that code only for a tree holding one of them. */
export const PYTHON_FILES = [
  ...REQUIREMENTS_FILES,
  "pyproject.toml",
  "hatch.toml",
  "pixi.toml",
  "setup.py",
  "setup.cfg",
  "Pipfile",
  "environment*.{yml,yaml}",
  "*[-_]environment.{yml,yaml}",
  "conda.{yml,yaml}",
  "**/envs/*.{yml,yaml}",
  "runtime.txt",
  ".python-version",
  "tox.ini",
  "profiles.yml",
  "settings.py",  // Django settings modules (./django-settings.ts)
  "settings_*.py",
  "**/settings/*.py",
  "/README.md",  // a Hugging Face Space's configuration, at the root only
  "conda-lock.yml",
  "conda-*.lock",
  "pixi.lock",
  ...LOCKFILES,
  "requirements.lock",
  "requirements-dev.lock",
  "pylock.toml",
  "pylock.*.toml",
];
