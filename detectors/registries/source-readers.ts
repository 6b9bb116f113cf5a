import { CARGO_SOURCES } from "./cargo-sources.js";
import { DEPENDABOT_SOURCES } from "./ci-sources.js";
import { COMPOSER_SOURCES } from "./composer-sources.js";
import { CONTAINER_SOURCES } from "./container-sources.js";
import type { SourceReader } from "./found.js";
import { JVM_SOURCES } from "./jvm-sources.js";
import { NPM_SOURCES } from "./npm-sources.js";
import { NUGET_SOURCES } from "./nuget-sources.js";
import { PYTHON_SOURCES } from "./python-sources.js";
import { RUBY_SOURCES } from "./ruby-sources.js";

/** The configuration files read by a reader of their own, in order: the first that takes a file reads it. */
export const SOURCE_READERS: readonly SourceReader[] = [
  ...NPM_SOURCES,
  ...RUBY_SOURCES,
  ...PYTHON_SOURCES,
  NUGET_SOURCES,
  ...JVM_SOURCES,
  COMPOSER_SOURCES,
  CARGO_SOURCES,
  ...CONTAINER_SOURCES,
  DEPENDABOT_SOURCES,
];
