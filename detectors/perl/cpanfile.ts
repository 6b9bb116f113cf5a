import { tokenize, type Token } from "./tokens.js";

/** One module a cpanfile declares. */
export interface CpanDependency {
  /** The module's name as written (`Mojolicious`, `DBD::Pg`). */
  name: string;
  /** The version requirement as written (`>= 9.0`, `1.2`); absent, or `0`, when any version does. */
  declared?: string;
  /** The phase: `runtime` unless an `on` block or a `test_requires`-style word says otherwise. */
  phase: Phase;
  /** `requires`, `recommends` or `suggests`. */
  relationship: "requires" | "recommends" | "suggests";
  line: number;
}

export type Phase = "runtime" | "test" | "build" | "configure" | "develop";

/** What a cpanfile declares: its modules and the Perl version `requires 'perl'` asks for. */
export interface Cpanfile {
  perl?: string;
  dependencies: CpanDependency[];
}

/** The phases a prerequisite belongs to, as cpanfiles and CPAN::Meta name them. */
export const PHASES: ReadonlySet<string> = new Set(["runtime", "test", "build", "configure", "develop"]);

/** A module's name (`DBD::Pg`, `Mojo::Redis`), as a declaration writes it. */
export const MODULE_NAME = /^[A-Za-z_]\w*(?:::\w+)*$/;

/** The statement words of the DSL: the relationship each declares and, for the shortcuts, the phase. */
const STATEMENTS: Record<string, { relationship: CpanDependency["relationship"] | "conflicts"; phase?: Phase }> = {
  requires: { relationship: "requires" },
  recommends: { relationship: "recommends" },
  suggests: { relationship: "suggests" },
  conflicts: { relationship: "conflicts" },
  test_requires: { relationship: "requires", phase: "test" },
  build_requires: { relationship: "requires", phase: "build" },
  configure_requires: { relationship: "requires", phase: "configure" },
  author_requires: { relationship: "requires", phase: "develop" },
};

/**
 * Reads a cpanfile as text (it is Perl, and is never run): `requires 'Module', '>= 1.0';` and its
 * `recommends`, `suggests` and phase shortcut siblings, in either quote kind, with a comma or a fat
 * comma, inside `on 'test' => sub { ... };` blocks (which set the phase of what they hold) and
 * `feature 'name', 'desc' => sub { ... };` blocks (optional features: runtime modules). `conflicts`
 * lines and options after the version (`dist =>`, `url =>`, `mirror =>`) are left out. `requires
 * 'perl'` gives the Perl version, not a module.
 */
export function readCpanfile(text: string): Cpanfile {
  return readStatements(tokenize(text));
}

/** The cpanfile statements among a Perl file's tokens (a cpanfile's, or a Module::Install Makefile.PL's). */
export function readStatements(tokens: readonly Token[]): Cpanfile {
  const out: Cpanfile = { dependencies: [] };
  const phases = new PhaseScopes();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === "mark") {
      phases.mark(token.text);
      continue;
    }
    if (token.kind !== "word") continue;
    if (token.text === "on") {
      if (phases.on(valueAt(tokens, i + 1))) i++;
      continue;
    }
    const statement = STATEMENTS[token.text];
    if (!statement) continue;
    const declaration = readDeclaration(tokens, i + 1);
    if (!declaration) continue;
    i = declaration.end;
    if (statement.relationship === "conflicts") continue;
    const { module, version } = declaration;
    const phase = statement.phase ?? phases.current;
    if (module.text === "perl") {
      if (phase === "runtime" && statement.relationship === "requires" && version && version !== "0") out.perl = version;
      continue;
    }
    out.dependencies.push({
      name: module.text,
      ...(version && version !== "0" ? { declared: version } : {}),
      phase,
      relationship: statement.relationship,
      line: module.line,
    });
  }
  return out;
}

/** One frame per open brace: the phase inside it (a block opened by `on` sets its own, others keep the enclosing one's). */
class PhaseScopes {
  private readonly frames: Phase[] = ["runtime"];
  private pending: Phase | undefined;

  get current(): Phase {
    return this.frames[this.frames.length - 1]!;
  }

  /** `on 'test' => sub {`: the phase of the block the next brace opens; false where the token names none. */
  on(phase: Token | undefined): boolean {
    if (!phase || !PHASES.has(phase.text)) return false;
    this.pending = phase.text as Phase;
    return true;
  }

  /** A brace opens or closes a block; `;` ends a statement, and an `on` that opened none. */
  mark(text: string): void {
    if (text === "{") {
      this.frames.push(this.pending ?? this.current);
      this.pending = undefined;
    } else if (text === "}" && this.frames.length > 1) this.frames.pop();
    else if (text === ";") this.pending = undefined;
  }
}

/**
 * The module and version a statement word declares, its arguments from `at` (`'Module'`,
 * `('Module', '>= 1.0'`, `'Module' => '1.0'`), and the last token they take (`end`); undefined
 * where no module name follows.
 */
function readDeclaration(tokens: readonly Token[], at: number): { module: Token; version?: string; end: number } | undefined {
  if (tokens[at]?.text === "(" && tokens[at]?.kind === "mark") at++;
  const module = valueAt(tokens, at);
  if (!module || !MODULE_NAME.test(module.text)) return undefined;
  const separator = tokens[at + 1];
  const value = valueAt(tokens, at + 2);
  if (separator?.kind === "mark" && (separator.text === "," || separator.text === "=>") && value && !OPTIONS.has(value.text)) {
    return { module, version: value.text.trim(), end: at + 2 };
  }
  return { module, end: at };
}

/** The words that open a requirement's options rather than give its version. */
const OPTIONS = new Set(["dist", "url", "mirror", "git", "ref"]);

/** The token at `at` when it is a value (a string or a bare word), else undefined. */
function valueAt(tokens: readonly Token[], at: number): Token | undefined {
  const token = tokens[at];
  return token && token.kind !== "mark" ? token : undefined;
}
