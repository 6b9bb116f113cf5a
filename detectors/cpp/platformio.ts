/**
 * A PlatformIO project file (platformio.ini), read as INI text: the frameworks its environments
 * build on (`framework = arduino`, or a comma-separated list), wherever a section sets them.
 */
import { textLines } from "../../src/kit.js";

export interface PlatformioFramework {
  name: string;
  line: number;
}

/** The frameworks of one platformio.ini, each at its first mention; `;` and `#` comments skipped. */
export function readPlatformioFrameworks(text: string): PlatformioFramework[] {
  const out = new Map<string, PlatformioFramework>();
  textLines(text).forEach((raw, index) => {
    const m = /^\s*framework\s*=\s*([^;#]*)/i.exec(raw);
    if (!m) return;
    for (const name of m[1]!.split(/[\s,]+/)) {
      const key = name.toLowerCase();
      if (/^[a-z0-9][a-z0-9_-]*$/.test(key) && !out.has(key)) out.set(key, { name: key, line: index + 1 });
    }
  });
  return [...out.values()];
}
