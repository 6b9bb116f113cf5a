import { textLines } from "../../src/kit.js";
/** One `build-depends` entry of a .cabal file. */
export interface CabalDependency {
  name: string;
  /** The constraint as written (`>= 0.3 && < 0.6`), when there is one. */
  declared?: string;
  /** The lowest version the constraint allows (`>=`, `==` or `^>=` bound). */
  version?: string;
  /** Declared in a test-suite or benchmark stanza. */
  dev: boolean;
}

/** What a .cabal package description declares. */
export interface CabalPackage {
  /** The package's own name and its named internal libraries: not dependencies on Hackage. */
  own: Set<string>;
  dependencies: CabalDependency[];
}

const STANZA = /^(library|executable|test-suite|benchmark|foreign-library|common)\b\s*([\w-]*)/i;

/**
 * Reads a .cabal file at the level the stack needs: the top-level `name:` field and every
 * `build-depends:` field of every stanza (conditional blocks included), whose value is a comma
 * separated list continued on lines indented deeper than the field. `--` comments are skipped.
 */
export function readCabal(text: string): CabalPackage {
  const own = new Set<string>();
  const dependencies: CabalDependency[] = [];
  const lines = textLines(text);
  let dev = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*--/.test(line)) continue;
    const top = /^name\s*:\s*([\w-]+)/i.exec(line);
    if (top) own.add(top[1]!);
    const stanza = STANZA.exec(line);
    if (stanza) {
      dev = /^(test-suite|benchmark)$/i.test(stanza[1]!);
      if (/^library$/i.test(stanza[1]!) && stanza[2]) own.add(stanza[2]);
      continue;
    }
    const field = /^(\s*)build-depends\s*:(.*)$/i.exec(line);
    if (!field) continue;
    const indent = field[1]!.length;
    let value = field[2]!;
    while (i + 1 < lines.length) {
      const next = lines[i + 1]!;
      if (/^\s*--/.test(next)) { i++; continue; }
      if (!next.trim() || next.search(/\S/) <= indent) break;
      value += "," + next;
      i++;
    }
    for (const entry of value.split(",")) {
      const dependency = readDependency(entry.replace(/--.*$/, ""), dev);
      if (dependency) dependencies.push(dependency);
    }
  }
  return { own, dependencies };
}

/**
 * One dependency as .cabal and hpack write it: a package name, an optional `:sublibrary` part and an
 * optional version constraint (`aeson >= 2.1 && < 2.3`, `servant-server ^>= 0.20`); undefined for
 * anything else.
 */
export function readDependency(entry: string, dev: boolean): CabalDependency | undefined {
  const m = /^\s*([A-Za-z0-9][\w-]*)(?::(?:\s*[\w{},-])+?|:\s)?\s*((?:[<>=^]|==|-any).*)?$/.exec(entry.trim());
  if (!m) return undefined;
  const declared = m[2]?.trim() || undefined;
  const bound = declared ? /(?:\^>=|>=|==)\s*(\d+(?:\.\d+)*)/.exec(declared)?.[1] : undefined;
  return { name: m[1]!, declared, version: bound, dev };
}
