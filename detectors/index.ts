import type { Detector } from "../src/types.js";
import { npmDetector } from "./npm/index.js";
import { bowerDetector } from "./bower/index.js";
import { prismaDetector } from "./npm/prisma.js";
import { languagesDetector } from "./languages/index.js";
import { dockerDetector } from "./docker/index.js";
import { ciDetector } from "./ci/index.js";
import { pythonDetector } from "./python/index.js";
import { phpDetector } from "./php/index.js";
import { goDetector } from "./go/index.js";
import { rubyDetector } from "./ruby/index.js";
import { rustDetector } from "./rust/index.js";
import { dotnetDetector } from "./dotnet/index.js";
import { mavenDetector } from "./maven/index.js";
import { gradleDetector } from "./gradle/index.js";
import { mobileDetector } from "./mobile/index.js";
import { rDetector } from "./r/index.js";
import { cppDetector } from "./cpp/index.js";
import { jvmOtherDetector } from "./jvm-other/index.js";
import { infraDetector } from "./infra/index.js";
import { elixirDetector } from "./elixir/index.js";
import { haskellDetector } from "./haskell/index.js";
import { crystalDetector } from "./crystal/index.js";
import { ocamlDetector } from "./ocaml/index.js";
import { perlDetector } from "./perl/index.js";
import { toolVersionsDetector } from "./tool-versions/index.js";
import { hashicorpDetector } from "./hashicorp/index.js";
import { observabilityDetector } from "./observability/index.js";
import { gameEnginesDetector } from "./game-engines/index.js";
import { preCommitDetector } from "./pre-commit/index.js";
import { configManagementDetector } from "./config-management/index.js";
import { registriesDetector } from "./registries/index.js";
import { siteGeneratorsDetector } from "./site-generators/index.js";

/**
 * The built-in detectors, in the order their findings are reported. Frozen, the list, each detector
 * and its globs: every scan of the process runs them, so a caller's change to one (removing a
 * detector from the list) would reach every later scan; `disable` turns one off for a scan.
 */
export const builtinDetectors: readonly Detector[] = frozen([npmDetector, bowerDetector, prismaDetector, languagesDetector, dockerDetector, ciDetector, pythonDetector, phpDetector, goDetector, rubyDetector, rustDetector, dotnetDetector, mavenDetector, gradleDetector, mobileDetector, rDetector, jvmOtherDetector, elixirDetector, haskellDetector, crystalDetector, ocamlDetector, perlDetector, cppDetector, infraDetector, hashicorpDetector, observabilityDetector, gameEnginesDetector, preCommitDetector, configManagementDetector, registriesDetector, siteGeneratorsDetector, toolVersionsDetector]);

function frozen(detectors: Detector[]): readonly Detector[] {
  for (const detector of detectors) {
    Object.freeze(detector.files);
    Object.freeze(detector);
  }
  return Object.freeze(detectors);
}
