import type { DetectContext } from "../../src/types.js";
import { textLines } from "../../src/kit.js";
import { packageIdentity } from "./swiftpm.js";

/**
 * Mintfile: the Swift command-line tools Mint installs and runs, one package a line
 * (`realm/SwiftLint@0.55.1`, `yonaskolb/XcodeGen`, a git URL with `@ref`; `#` comments). Each is a
 * Swift package, named as SwiftPM names it (the repository's name, lowercase), at the release the
 * line pins. A ref that is a branch or a commit is no release.
 */
export async function extractMintfile(ctx: DetectContext, file: string): Promise<void> {
  const text = await ctx.text(file);
  if (text === undefined) return;
  textLines(text).forEach((raw, i) => {
    const line = raw.replace(/#.*/, "").trim();
    if (!line) return;
    // The ref follows the last `@` (a git URL `git@github.com:owner/repo.git@1.0` has one before it).
    const at = line.lastIndexOf("@");
    const [spec, ref] = at > 0 && !line.slice(at + 1).includes(":") && !line.slice(at + 1).includes("/") ? [line.slice(0, at), line.slice(at + 1)] : [line, undefined];
    const identity = packageIdentity(spec);
    if (!identity || !/^[\w.-]+$/.test(identity) || !spec.includes("/")) return;
    const version = ref && /^v?\d+(\.\d+)*([-+][\w.-]*)?$/.test(ref) ? ref.replace(/^v/, "") : undefined;
    ctx.report({ ref: `swiftpm:${identity}`, file, line: i + 1, declared: ref, version, direct: true });
  });
}
