import type { Detector } from "../../src/types.js";
import { baseName } from "../../src/kit.js";
import { TOOL_VERSIONS_FILES } from "../files.js";
import { AQUA } from "./aqua.js";
import { DEVBOX } from "./devbox.js";
import { DEVENV } from "./devenv.js";
import { FVM } from "./fvm.js";
import { ASDF, SDKMAN } from "./line-pins.js";
import { MISE, MisePins } from "./mise.js";
import { NIX_SHELLS } from "./nix-shells.js";
import { ONE_LINE_PINS } from "./one-line-pins.js";
import type { PinReader } from "./pin-reader.js";
import { MOON, PROTO } from "./proto.js";

/**
 * Version managers' pins: asdf's `.tool-versions` (`nodejs 20.11.0`, one tool a line, the first
 * version the preferred one), SDKMAN!'s `.sdkmanrc` (`java=21.0.2-tem`, `gradle=8.5`) and mise's `mise.toml` / `.mise.toml` (`[tools]` with `node = "22"`,
 * a list, or `{ version = "22" }`), FVM's Flutter pin, tfenv's `.terraform-version` (also read by
 * tenv and Terraform's setup actions) `.xcode-version` (the Xcode release xcodes, xcenv and
 * fastlane's xcodes action install and select) and `.swift-version` (swiftenv's pin, which
 * CocoaPods also reads for a pod's Swift), proto's `.prototools` (top-level `node = "20.12.2"`) and
 * moon's `.moon/toolchain.yml` (`node: { version: "20.12.2", packageManager: "pnpm", pnpm: { version } }`),
 * whose releases proto installs, Bazelisk's `.bazelversion` (the Bazel release it runs), dvm's
 * `.dvmrc` and `.bun-version` (Deno's and Bun's release on one line, the files setup-deno's
 * `deno-version-file` and setup-bun's `bun-version-file` read), Devbox's `devbox.json`
 * (`"packages": ["python@3.11", "postgresql@15"]`, or a map of a name to its version or
 * `{ "version" }`), whose Nix packages it installs, and devenv's `devenv.nix` (the `languages.*`
 * and `services.*` it enables, read as text: `languages.python = { enable = true; version =
 * "3.11"; };`), the packages a flake.nix's, shell.nix's, devenv.nix's or a dev shell's default.nix list (`packages = with pkgs; [ nodejs_20 ];`,
 * nix-packages.ts), and aqua's `aqua.yaml` (`packages: [{ name: hashicorp/terraform@v1.7.5 }]`, the
 * registry packages it installs, with those of the files its `import` globs name). Each names the runtime a project is developed and built with.
 */
export const toolVersionsDetector: Detector = {
  name: "tool-versions",
  files: TOOL_VERSIONS_FILES,
  async detect(ctx) {
    // mise files are read first, so that the tools each pins leave .tool-versions' pins of them out (mise.ts).
    const mise = new MisePins(ctx);
    const isAsdf = (f: string) => baseName(f) === ".tool-versions";
    for (const file of [...ctx.files.filter((f) => !isAsdf(f)), ...ctx.files.filter(isAsdf)]) {
      const base = baseName(file);
      await PIN_READERS.find((r) => r.takes(base))!.read(ctx, file, base, mise);
    }
  },
};

/** The readers in order, the first that takes a file reading it; mise's takes the rest. */
const PIN_READERS: readonly PinReader[] = [PROTO, MOON, AQUA, DEVBOX, DEVENV, NIX_SHELLS, FVM, ONE_LINE_PINS, SDKMAN, ASDF, MISE];
