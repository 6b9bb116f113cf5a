import type { DetectContext } from "../../src/types.js";
import { textLines } from "../../src/kit.js";
import { pin } from "./pin.js";
import type { PinReader } from "./pin-reader.js";

/**
 * The files that pin one tool on their first line (comments and blanks before it aside): tfenv's
 * `.terraform-version` (also read by tenv and Terraform's setup actions), `.xcode-version` (the
 * Xcode release xcodes, xcenv and fastlane's xcodes action install and select), `.swift-version`
 * (swiftenv's pin, which CocoaPods also reads for a pod's Swift), Bazelisk's `.bazelversion`, and
 * dvm's `.dvmrc` and `.bun-version` (the files setup-deno's `deno-version-file` and setup-bun's
 * `bun-version-file` read).
 */
export const ONE_LINE_PINS: PinReader = {
  takes: (base) => FIRST_LINE_READERS.has(base),
  async read(ctx, file, base) {
    const text = await ctx.text(file);
    if (text === undefined) return;
    const lines = textLines(text);
    const index = lines.findIndex((l) => l.trim() !== "" && !l.trim().startsWith("#"));
    if (index >= 0) FIRST_LINE_READERS.get(base)!(ctx, file, index + 1, lines[index]!.trim());
  },
};

/** Reports what a pin file's first line (`value`, at `line`) names. */
type FirstLineReader = (ctx: DetectContext, file: string, line: number, value: string) => void;

/** dvm's and Bun's `2.1.4`, `v1.46.3`; a range (`1.x`), `latest` or `canary` names the runtime without a release. */
const runtimePin =
  (runtime: string): FirstLineReader =>
  (ctx, file, line, value) =>
    ctx.report({ ref: `version-manager:${runtime}`, file, line, version: /^v?\d+\.\d+\.\d+$/.test(value) ? value.replace(/^v/, "") : undefined });

/** Each pin file's reader, by the file's name. */
const FIRST_LINE_READERS: ReadonlyMap<string, FirstLineReader> = new Map([
  // tfenv's pin: a release (`1.7.5`) or a rule tfenv resolves itself (`latest`, `latest:^1.7`,
  // `min-required`), which names Terraform without a release.
  [".terraform-version", (ctx, file, line, value) => pin(ctx, file, line, "terraform", value)],
  // swiftenv's `5.10.1`, or a snapshot (`DEVELOPMENT-SNAPSHOT-2024-03-01-a`), which is no release.
  [".swift-version", (ctx, file, line, value) => pin(ctx, file, line, "swift", value)],
  // Bazelisk's `7.1.1`; a candidate (`7.2.0rc1`), `latest`, `7.x`, `last_green`, a commit or
  // a fork's `org/7.1.1` name Bazel without a release.
  [".bazelversion", (ctx, file, line, value) => ctx.report({ ref: "version-manager:bazel", file, line, version: /^\d+\.\d+\.\d+$/.test(value) ? value : undefined })],
  [".dvmrc", runtimePin("deno")],
  [".bun-version", runtimePin("bun")],
  // `15.2`, or a beta (`15.3 Beta 2`) that names Xcode without a release.
  [".xcode-version", (ctx, file, line, value) => (/^\d+(\.\d+){0,2}$/.test(value) ? pin(ctx, file, line, "xcode", value) : ctx.report({ ref: "version-manager:xcode", file, line }))],
]);
