import { isRecord } from "../../src/kit.js";
import { MODULE_NAME, PHASES, readStatements, type CpanDependency, type Cpanfile, type Phase } from "./cpanfile.js";
import { tokenize, type Token } from "./tokens.js";

type Relationship = CpanDependency["relationship"];
interface Meaning {
  phase: Phase;
  relationship: Relationship;
}

/** ExtUtils::MakeMaker's prerequisite keys (WriteMakefile's arguments). */
const MAKEMAKER_KEYS: Record<string, Meaning> = {
  PREREQ_PM: { phase: "runtime", relationship: "requires" },
  BUILD_REQUIRES: { phase: "build", relationship: "requires" },
  TEST_REQUIRES: { phase: "test", relationship: "requires" },
  CONFIGURE_REQUIRES: { phase: "configure", relationship: "requires" },
};

/** Module::Build's prerequisite keys (Module::Build->new's arguments), also META.yml 1.x's. */
const MODULE_BUILD_KEYS: Record<string, Meaning> = {
  requires: { phase: "runtime", relationship: "requires" },
  recommends: { phase: "runtime", relationship: "recommends" },
  build_requires: { phase: "build", relationship: "requires" },
  test_requires: { phase: "test", relationship: "requires" },
  configure_requires: { phase: "configure", relationship: "requires" },
};

const RELATIONSHIPS = new Set<string>(["requires", "recommends", "suggests"]);

/**
 * What a CPAN distribution's build script declares, read as text (it is Perl and is never run):
 * ExtUtils::MakeMaker's `WriteMakefile(PREREQ_PM => {...}, TEST_REQUIRES => {...},
 * MIN_PERL_VERSION => '5.010')`, Module::Build's `->new(requires => {...}, build_requires =>
 * {...})`, a `META_MERGE => { prereqs => { test => { requires => {...} } } }` hash, and
 * Module::Install's statements (`requires 'Moose' => '2.0'; test_requires ...; perl_version
 * '5.008';`), which are the cpanfile's own words. Makefile.PL and Build.PL alike.
 */
export function readBuildScript(text: string): Cpanfile {
  const tokens = tokenize(text);
  const statements = readStatements(tokens);
  const out: Cpanfile = { perl: statements.perl, dependencies: [...statements.dependencies] };
  // The key that opened each brace still open, so a relationship knows the phase above it.
  const keys: (string | undefined)[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === "word" && token.text === "perl_version") {
      const value = tokens[i + 1];
      if (value && value.kind !== "mark") out.perl ??= value.text;
      continue;
    }
    if (token.kind !== "mark") continue;
    if (token.text === "}") {
      keys.pop();
      continue;
    }
    if (token.text !== "{") {
      if (token.text === "=>" && tokens[i - 1]?.text === "MIN_PERL_VERSION") {
        const value = tokens[i + 1];
        if (value && value.kind !== "mark") out.perl ??= value.text;
      }
      continue;
    }
    // The key before `=> {`; none where the file opens on `=>` (a script cut off above it).
    const named = tokens[i - 2];
    const key = tokens[i - 1]?.text === "=>" && named !== undefined && named.kind !== "mark" ? named.text : undefined;
    const meaning = key === undefined ? undefined : meaningOf(key, keys[keys.length - 1]);
    keys.push(key);
    if (!meaning) continue;
    const end = readHash(tokens, i + 1, meaning, out);
    keys.pop();
    i = end;
  }
  return out;
}

/** A hash key's meaning: a relationship under a phase's key (META_MERGE's prereqs), else the build tools' own keys. */
function meaningOf(key: string, parent: string | undefined): Meaning | undefined {
  if (parent !== undefined && PHASES.has(parent) && RELATIONSHIPS.has(key)) return { phase: parent as Phase, relationship: key as Relationship };
  return MAKEMAKER_KEYS[key] ?? MODULE_BUILD_KEYS[key];
}

/**
 * Reads `'Module' => 'version', ...` pairs from the token after a prerequisite hash's opening
 * brace to its closing one; returns the closing brace's index. Anything nested is passed over.
 */
function readHash(tokens: readonly Token[], from: number, meaning: Meaning, out: Cpanfile): number {
  let depth = 0;
  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === "mark") {
      if (token.text === "{" || token.text === "(") depth++;
      else if (token.text === "}" || token.text === ")") {
        if (depth === 0) return i;
        depth--;
      }
      continue;
    }
    const separator = tokens[i + 1];
    const value = tokens[i + 2];
    if (depth > 0 || separator?.kind !== "mark" || (separator.text !== "=>" && separator.text !== ",")) continue;
    if (!value) continue;
    // A version held in a variable (`'Moo' => $moo_version`) still declares the module.
    if (value.kind === "mark" && !/^[$@%]\w/.test(value.text)) continue;
    add(out, token.text, value.kind === "mark" ? undefined : value.text, meaning, token.line);
    i += 2;
  }
  return tokens.length;
}

function add(out: Cpanfile, name: string, version: string | undefined, meaning: Meaning, line?: number): void {
  if (!MODULE_NAME.test(name)) return;
  const declared = version === undefined || version.trim() === "0" || version.trim() === "" ? undefined : version.trim();
  if (name === "perl") {
    if (meaning.phase === "runtime" && meaning.relationship === "requires" && declared) out.perl ??= declared;
    return;
  }
  out.dependencies.push({ name, ...(declared ? { declared } : {}), ...meaning, ...(line === undefined ? {} : { line }) } as CpanDependency);
}

/**
 * What a distribution's metadata file declares: META.json's `prereqs` (CPAN::Meta::Spec 2: phase,
 * then relationship, then module and version) or META.yml's 1.x keys (`requires`,
 * `build_requires`, `configure_requires`, `recommends`, `test_requires`).
 */
export function readMeta(meta: unknown): Cpanfile {
  const out: Cpanfile = { dependencies: [] };
  if (!isRecord(meta)) return out;
  const hashes: [unknown, Meaning][] = [];
  if (isRecord(meta.prereqs)) {
    for (const [phase, relationships] of Object.entries(meta.prereqs)) {
      if (!PHASES.has(phase) || !isRecord(relationships)) continue;
      for (const [relationship, modules] of Object.entries(relationships)) {
        if (RELATIONSHIPS.has(relationship)) hashes.push([modules, { phase: phase as Phase, relationship: relationship as Relationship }]);
      }
    }
  } else {
    for (const [key, meaning] of Object.entries(MODULE_BUILD_KEYS)) hashes.push([meta[key], meaning]);
  }
  for (const [modules, meaning] of hashes) {
    if (!isRecord(modules)) continue;
    for (const [name, version] of Object.entries(modules)) {
      add(out, name, typeof version === "string" || typeof version === "number" ? String(version) : undefined, meaning);
    }
  }
  return out;
}
