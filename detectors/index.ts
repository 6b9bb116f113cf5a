import type { DetectContext, Detector } from "../src/types.js";
import * as FILES from "./files.js";

/**
 * The built-in detectors, in the order their findings are reported. Frozen, the list, each detector
 * and its globs: every scan of the process runs them, so a caller's change to one (removing a
 * detector from the list) would reach every later scan; `disable` turns one off for a scan.
 *
 * Each is its name and globs (files.ts), its code imported when it is first called: a scan calls only
 * the detectors whose files the tree holds (`runDetectors`), so the bundle's chunk of each other
 * detector is never read or compiled (a Next.js app's scan loads 5 of the 33).
 */
export const builtinDetectors: readonly Detector[] = frozen([
  lazy("npm", FILES.NPM_FILES, async () => (await import("./npm/index.js")).npmDetector),
  lazy("bower", FILES.BOWER_FILES, async () => (await import("./bower/index.js")).bowerDetector),
  lazy("prisma", FILES.PRISMA_FILES, async () => (await import("./npm/prisma.js")).prismaDetector),
  lazy("languages", FILES.LANGUAGES_FILES, async () => (await import("./languages/index.js")).languagesDetector),
  lazy("docker", FILES.DOCKER_FILES, async () => (await import("./docker/index.js")).dockerDetector),
  lazy("ci", FILES.CI_FILES, async () => (await import("./ci/index.js")).ciDetector),
  lazy("python", FILES.PYTHON_FILES, async () => (await import("./python/index.js")).pythonDetector),
  lazy("php", FILES.PHP_FILES, async () => (await import("./php/index.js")).phpDetector),
  lazy("go", FILES.GO_FILES, async () => (await import("./go/index.js")).goDetector),
  lazy("ruby", FILES.RUBY_FILES, async () => (await import("./ruby/index.js")).rubyDetector),
  lazy("rust", FILES.RUST_FILES, async () => (await import("./rust/index.js")).rustDetector),
  lazy("dotnet", FILES.DOTNET_FILES, async () => (await import("./dotnet/index.js")).dotnetDetector),
  lazy("maven", FILES.MAVEN_FILES, async () => (await import("./maven/index.js")).mavenDetector),
  lazy("gradle", FILES.GRADLE_FILES, async () => (await import("./gradle/index.js")).gradleDetector),
  lazy("mobile", FILES.MOBILE_FILES, async () => (await import("./mobile/index.js")).mobileDetector),
  lazy("r", FILES.R_FILES, async () => (await import("./r/index.js")).rDetector),
  lazy("jvm-other", FILES.JVM_OTHER_FILES, async () => (await import("./jvm-other/index.js")).jvmOtherDetector),
  lazy("elixir", FILES.ELIXIR_FILES, async () => (await import("./elixir/index.js")).elixirDetector),
  lazy("haskell", FILES.HASKELL_FILES, async () => (await import("./haskell/index.js")).haskellDetector),
  lazy("crystal", FILES.CRYSTAL_FILES, async () => (await import("./crystal/index.js")).crystalDetector),
  lazy("zig", FILES.ZIG_FILES, async () => (await import("./zig/index.js")).zigDetector),
  lazy("ocaml", FILES.OCAML_FILES, async () => (await import("./ocaml/index.js")).ocamlDetector),
  lazy("perl", FILES.PERL_FILES, async () => (await import("./perl/index.js")).perlDetector),
  lazy("cpp", FILES.CPP_FILES, async () => (await import("./cpp/index.js")).cppDetector),
  lazy("infra", FILES.INFRA_FILES, async () => (await import("./infra/index.js")).infraDetector),
  lazy("hashicorp", FILES.HASHICORP_FILES, async () => (await import("./hashicorp/index.js")).hashicorpDetector),
  lazy("observability", FILES.OBSERVABILITY_FILES, async () => (await import("./observability/index.js")).observabilityDetector),
  lazy("game-engines", FILES.GAME_ENGINES_FILES, async () => (await import("./game-engines/index.js")).gameEnginesDetector),
  lazy("pre-commit", FILES.PRE_COMMIT_FILES, async () => (await import("./pre-commit/index.js")).preCommitDetector),
  lazy("config-management", FILES.CONFIG_MANAGEMENT_FILES, async () => (await import("./config-management/index.js")).configManagementDetector),
  lazy("registries", FILES.REGISTRIES_FILES, async () => (await import("./registries/index.js")).registriesDetector),
  lazy("site-generators", FILES.SITE_GENERATORS_FILES, async () => (await import("./site-generators/index.js")).siteGeneratorsDetector),
  lazy("tool-versions", FILES.TOOL_VERSIONS_FILES, async () => (await import("./tool-versions/index.js")).toolVersionsDetector),
]);

/** A detector whose code is imported when a scan first hands it files. */
function lazy(name: string, files: string[], load: () => Promise<Detector>): Detector {
  return { name, files, detect: async (ctx: DetectContext) => (await load()).detect(ctx) };
}

function frozen(detectors: Detector[]): readonly Detector[] {
  for (const detector of detectors) {
    Object.freeze(detector.files);
    Object.freeze(detector);
  }
  return Object.freeze(detectors);
}
