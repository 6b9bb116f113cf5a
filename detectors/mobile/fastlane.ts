import type { DetectContext } from "../../src/types.js";
import { textLines } from "../../src/kit.js";

/**
 * A Fastfile (read as text, never run): the fastlane actions its lanes call, `upload_to_testflight`,
 * `pilot(...)`, `upload_symbols_to_crashlytics`, each once, by the first line calling it. The
 * catalog's `fastlane-action` keys say which name a service the lanes deliver to; the file itself
 * names fastlane (a file matcher).
 */
export async function extractFastfile(ctx: DetectContext, file: string): Promise<void> {
  const text = await ctx.text(file);
  if (text === undefined) return;
  const seen = new Set<string>();
  textLines(text).forEach((raw, i) => {
    const line = raw.replace(/#.*/, "");
    // An action is called at a statement's start: `pilot`, `pilot(...)`, `pilot skip_waiting: true`,
    // `setup_ci if ENV["CI"]`, or after `=`/`do |x|` in a lane's block; not a method on an object (`a.pilot`) nor a definition.
    // The name is a whole word: a part of one is no action (`scheme:` is no `schem`), and a word of
    // 100,000 letters is not cut at each of them (seconds a line).
    for (const m of line.matchAll(/(?:^|[;=]|\bdo\b(?:\s*\|[^|]*\|)?|\{(?:\s*\|[^|]*\|)?)\s*([a-z_][a-z0-9_]*)(?![a-z0-9_])(?=\s*(?:\(|$|[a-z_:]+\s*:|\s+["':]|\s+(?:if|unless)\b))/g)) {
      const name = m[1]!;
      if (seen.has(name) || /^(?:def|lane|private_lane|platform|desc|before_all|after_all|error|end|if|unless|else|elsif|do|return|puts|require|import)$/.test(name)) continue;
      seen.add(name);
      ctx.report({ ref: `fastlane-action:${name}`, file, line: i + 1 });
    }
  });
}
