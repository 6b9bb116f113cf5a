/**
 * A PlatformIO project file (platformio.ini), read as INI text: the frameworks its environments
 * build on (`framework = arduino`, or a comma-separated list) and the development platforms they
 * build for (`platform = espressif32@6.5.0`), wherever a section sets them.
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

/**
 * The development platforms of one platformio.ini, each at its first mention, by the platform's
 * name: `espressif32`, `espressif32@6.5.0` and `platformio/espressif32@^6` are `espressif32`, and so
 * is a repository or archive of it (`https://github.com/platformio/platform-espressif32.git#v6.5.0`,
 * a fork's `.../platform-espressif32.zip`). A `${...}` reference names nothing.
 */
export function readPlatformioPlatforms(text: string): PlatformioFramework[] {
  const out = new Map<string, PlatformioFramework>();
  textLines(text).forEach((raw, index) => {
    const m = /^\s*platform\s*=\s*([^;\s]+)/i.exec(raw);
    if (!m) return;
    const value = m[1]!;
    const name = /^[a-z][a-z0-9+.-]*:\/\//i.test(value)
      ? /\/platform-([a-z0-9_]+(?:-[a-z0-9_]+)*?)(?=\.git|\.zip|\.tar\.gz|[#?/]|$)/i.exec(value)?.[1]
      : /^(?:[\w.-]+\/)?([a-z0-9][a-z0-9_-]*)(?:@.*)?$/i.exec(value)?.[1];
    const key = name?.toLowerCase();
    if (key && !out.has(key)) out.set(key, { name: key, line: index + 1 });
  });
  return [...out.values()];
}
