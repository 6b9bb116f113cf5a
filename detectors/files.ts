/**
 * The files each built-in detector reads (each folder's files.ts), apart from the detectors' code.
 * The registry (index.ts) and every detector import them from here, so the bundle keeps them in one
 * chunk with the code all detectors share: a module imported by the registry and by one detector
 * alone was a chunk of its own, loaded file by file, each costing the module loader more than its
 * few hundred bytes.
 */
export { BOWER_FILES } from "./bower/files.js";
export { CI_FILES, CI_JOB_FILES } from "./ci/files.js";
export { CONFIG_MANAGEMENT_FILES } from "./config-management/files.js";
export { CPP_FILES } from "./cpp/files.js";
export { CRYSTAL_FILES } from "./crystal/files.js";
export { DOCKER_FILES } from "./docker/files.js";
export { DOTNET_FILES } from "./dotnet/files.js";
export { ELIXIR_FILES } from "./elixir/files.js";
export { GAME_ENGINES_FILES } from "./game-engines/files.js";
export { GO_FILES } from "./go/files.js";
export { GRADLE_FILES } from "./gradle/files.js";
export { HASHICORP_FILES } from "./hashicorp/files.js";
export { HASKELL_FILES } from "./haskell/files.js";
export { INFRA_FILES } from "./infra/files.js";
export { JVM_OTHER_FILES } from "./jvm-other/files.js";
export { LANGUAGES_FILES } from "./languages/files.js";
export { MAVEN_FILES } from "./maven/files.js";
export { MOBILE_FILES } from "./mobile/files.js";
export { NPM_FILES, PRISMA_FILES } from "./npm/files.js";
export { OBSERVABILITY_FILES } from "./observability/files.js";
export { OCAML_FILES } from "./ocaml/files.js";
export { PERL_FILES } from "./perl/files.js";
export { PHP_FILES } from "./php/files.js";
export { PRE_COMMIT_FILES } from "./pre-commit/files.js";
export { PYTHON_FILES } from "./python/files.js";
export { R_FILES } from "./r/files.js";
export { REGISTRIES_FILES } from "./registries/files.js";
export { RUBY_FILES } from "./ruby/files.js";
export { RUST_FILES } from "./rust/files.js";
export { SITE_GENERATORS_FILES } from "./site-generators/files.js";
export { TOOL_VERSIONS_FILES } from "./tool-versions/files.js";
export { ZIG_FILES } from "./zig/files.js";
