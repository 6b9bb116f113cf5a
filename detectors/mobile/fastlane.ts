import type { DetectContext } from "../../src/types.js";
import { textLines } from "../../src/kit.js";

/**
 * A Fastfile (read as text, never run): the fastlane actions its lanes call, `upload_to_testflight`,
 * `pilot(...)`, `upload_symbols_to_crashlytics`, each once, by the first line calling it. The
 * catalog's `fastlane-action` keys say which name a service the lanes deliver to; the file itself
 * names fastlane (a file matcher). The actions that install or demand one Xcode release carry the
 * release their call writes out: `xcodes(version: "15.2")`, `ensure_xcode_version(version: "15.2")`,
 * `xcversion(version: "15.2")`, `xcode_select("/Applications/Xcode_15.2.app")`; a requirement
 * (`"~> 15.0"`), a variable or a beta names none.
 */
export async function extractFastfile(ctx: DetectContext, file: string): Promise<void> {
  const text = await ctx.text(file);
  if (text === undefined) return;
  const seen = new Set<string>();
  textLines(text).forEach((raw, i) => {
    const line = raw.replace(/#.*/, "");
    // An action is called at a statement's start: `pilot`, `pilot(...)`, `pilot skip_waiting: true`,
    // `setup_ci if ENV["CI"]`, or after `=`/`do |x|` in a lane's block; not a method on an object (`a.pilot`) nor a definition.
    // Keyword arguments after a blank (`pilot skip_waiting: true`); a key's own colon (`export_method: :app_store`,
    // a call's argument on a line of its own, or a hash's) makes it no action.
    // The name is a whole word: a part of one is no action (`scheme:` is no `schem`), and a word of
    // 100,000 letters is not cut at each of them (seconds a line).
    for (const m of line.matchAll(/(?:^|[;=]|\bdo\b(?:\s*\|[^|]*\|)?|\{(?:\s*\|[^|]*\|)?)\s*([a-z_][a-z0-9_]*)(?![a-z0-9_])(?=\s*(?:\(|$|(?<=\s)[a-z_:]+\s*:|\s+["':]|\s+(?:if|unless)\b))/g)) {
      const name = m[1]!;
      if (seen.has(name) || /^(?:def|lane|private_lane|platform|desc|before_all|after_all|error|end|if|unless|else|elsif|do|return|puts|require|import)$/.test(name)) continue;
      seen.add(name);
      ctx.report({ ref: `fastlane-action:${name}`, file, line: i + 1, version: XCODE_PINS.has(name) ? xcodePin(line.slice(m.index! + m[0].length)) : undefined });
    }
  });
}

/** The actions whose call names the Xcode release a lane builds with. */
const XCODE_PINS: ReadonlySet<string> = new Set(["xcodes", "ensure_xcode_version", "xcversion", "xcode_select"]);

/**
 * The Xcode release the rest of an action's line writes out: its `version:` argument (`"15.2"`,
 * `'16.0'`), or an Xcode application path's (`/Applications/Xcode_15.2.app`, `Xcode-16.1.0.app`).
 */
function xcodePin(args: string): string | undefined {
  const version = /\bversion:\s*["'](\d+(?:\.\d+){0,2})["']/.exec(args)?.[1];
  return version ?? /\/Xcode[-_ ]?(\d+(?:\.\d+){0,2})\.app\b/.exec(args)?.[1];
}
