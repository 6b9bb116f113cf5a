import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { manualDocument } from "../src/cli/manual-document.js";
import { CliError } from "../src/cli/shared.js";
import { tempDir } from "./helpers.js";
import { builtinCatalog } from "../src/index.js";

// `--manual` on a terminal, in-process: the picker (enquirer's AutoComplete) is replaced by one that
// records what it is shown and answers as a user would. test/submit-manual-names drives the real
// picker through a pseudo-terminal, which a mutation run never sees.

interface Shown {
  prompt: unknown;
  message: string;
  choices: Array<{ name: string; message: string }>;
  options: Record<string, unknown>;
  pointers: string[];
}
const shown: Shown[] = [];
let answer: (choices: Array<{ name: string; message: string }>) => string[] | undefined | Promise<string[]> = () => [];
let cancel = false;

vi.mock("enquirer", () => {
  class AutoComplete {
    index = 1;
    constructor(readonly options: Record<string, unknown>) {}
    // enquirer's own: a choice made whole (index, enabled) before it is shown.
    async toChoice(choice: Record<string, unknown>, index: number): Promise<Record<string, unknown>> {
      return Object.assign(choice, { index, enabled: false });
    }
    pointer(_choice: unknown, _i: number): string {
      return "";
    }
    async run(): Promise<string[] | undefined> {
      const choices = this.options.choices as Shown["choices"];
      shown.push({ prompt: this, message: this.options.message as string, choices, options: this.options, pointers: [0, 1, 2].map((i) => this.pointer(choices[i], i)) });
      if (cancel) throw ""; // enquirer rejects with an empty reason on Ctrl-C or Escape
      return answer(choices);
    }
  }
  return { default: { AutoComplete } };
});

describe("--manual on a terminal", () => {
  const tty = { stdin: process.stdin.isTTY, stdout: process.stdout.isTTY, stderr: process.stderr.isTTY };
  const env = { NO_COLOR: process.env.NO_COLOR, FORCE_COLOR: process.env.FORCE_COLOR };
  beforeEach(() => {
    shown.length = 0;
    cancel = false;
    answer = () => [];
    Object.defineProperty(process.stdin, "isTTY", { value: true, configurable: true });
    Object.defineProperty(process.stdout, "isTTY", { value: true, configurable: true });
    delete process.env.NO_COLOR;
    vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  });
  afterEach(() => {
    Object.defineProperty(process.stdin, "isTTY", { value: tty.stdin, configurable: true });
    Object.defineProperty(process.stdout, "isTTY", { value: tty.stdout, configurable: true });
    Object.defineProperty(process.stderr, "isTTY", { value: tty.stderr, configurable: true });
    for (const [key, value] of Object.entries(env)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    vi.restoreAllMocks();
  });

  it("no names: every tool of the catalog offered, the most popular first, several may be picked", async () => {
    answer = (choices) => [choices.find((c) => c.message === "PostgreSQL")!.name, choices.find((c) => c.message === "Redis")!.name];
    const doc = await manualDocument(tempDir("techstack-picker-"), [], false);
    expect(doc.tools.map((t) => t.name).sort()).toEqual(["PostgreSQL", "Redis"]);
    expect(shown).toHaveLength(1);
    const [{ message, choices, options }] = shown as [Shown];
    expect(message).toBe("Which tools does this repository use?");
    expect(choices.length).toBeGreaterThan(1000);
    // the most popular tools lead the list, which never rises in popularity (a tool without one last)
    const tools = builtinCatalog().tools;
    const popularity = choices.map((c) => tools.get(c.name)!.popularity ?? 0);
    expect(popularity.every((p, i) => i === 0 || p <= popularity[i - 1]!)).toBe(true);
    expect(popularity[0]).toBeGreaterThan(popularity[popularity.length - 1]!);
    expect(choices.findIndex((c) => c.message === "PostgreSQL")).toBeLessThan(choices.findIndex((c) => c.message === "Zappa"));
    expect(options).toMatchObject({ name: "tools", multiple: true, limit: 10 });
  });

  it("no names: typing a tool of the site's list the catalog leaves out finds it, by the opening of its name, after the catalog's matches", async () => {
    type Choice = { name: string; message: string };
    type Suggest = (this: unknown, input: string, choices: Choice[]) => Promise<Choice[]>;
    const typed: Record<string, string[]> = {};
    answer = async (choices) => {
      const { suggest } = shown[0]!.options as { suggest: Suggest };
      for (const input of ["cloudflare r", "Vercel KV", "vercelkv", "redis", "fiber", "githubactio"]) {
        const found = await suggest.call(shown[0]!.prompt, input, choices);
        typed[input] = found.map((c) => c.message);
        // enquirer keeps what it has shown among its choices, as its `choices` setter does.
        for (const c of found) if (!choices.includes(c)) choices.push(c);
      }
      return ["Cloudflare R2", "Vercel KV", "Redis"].map((name) => choices.find((c) => c.message === name)!.name);
    };
    const doc = await manualDocument(tempDir("techstack-picker-"), [], false);
    expect(typed["cloudflare r"]).toEqual(["Cloudflare Registrar", "Cloudflare R2"]);
    expect(typed["Vercel KV"]).toEqual(["Vercel KV"]);
    // The space key selects a line, so a name of words is typed without its spaces, a catalog tool's too.
    expect(typed.vercelkv).toEqual(["Vercel KV"]);
    expect(typed.githubactio).toEqual(["GitHub Actions"]);
    // The catalog's matches first, as enquirer finds them (the name holds what is typed), then the list's.
    const inCatalog = new Set([...builtinCatalog().tools.values()].map((t) => t.name));
    expect(typed.redis!.map((name) => inCatalog.has(name))).toEqual([true, true, true, true, true, false, false, false]);
    expect(typed.redis!.slice(5)).toEqual(["RedisGraph", "RedisGreen", "RediSQL"]);
    expect(typed.fiber).toEqual(["react-three-fiber", "Fiber", "Fibery"]);
    expect(doc.tools.map((t) => [t.name, t.category, t.sub_category]).sort()).toEqual([
      ["Cloudflare R2", "Data Stores", "Cloud Storage"],
      ["Redis", "Data Stores", "In-Memory Databases"],
      ["Vercel KV", "Data Stores", "Redis Hosting"],
    ]);
  });

  it("no names: a listed tool found again is the line shown before, selection kept; a typed text of no letter or digit matches the lines holding it", async () => {
    type Choice = { name: string; message: string; enabled?: boolean };
    type Suggest = (this: unknown, input: string, choices: Choice[]) => Promise<Choice[]>;
    let dots: string[] = [];
    answer = async (choices) => {
      const { suggest } = shown[0]!.options as { suggest: Suggest };
      const search = async (input: string) => {
        const found = await suggest.call(shown[0]!.prompt, input, choices);
        for (const c of found) if (!choices.includes(c)) choices.push(c);
        return found;
      };
      // Typed by its page's slug (stackshare.io/elastic-go), which its line "Elastic" does not hold.
      const first = (await search("elastic-go")).find((c) => c.message === "Elastic")!;
      first.enabled = true; // selected with the space key, then the text typed again
      const again = (await search("elasticgo")).find((c) => c.message === "Elastic");
      expect(again).toBe(first);
      expect(again!.enabled).toBe(true);
      expect(choices.filter((c) => c.name === "elastic-go")).toHaveLength(1);
      // "." is the first key of ".NET": its normalized key is empty, so only the lines holding it match.
      dots = (await search(".")).map((c) => c.message);
      return [first.name];
    };
    const doc = await manualDocument(tempDir("techstack-picker-"), [], false);
    expect(dots).toEqual(expect.arrayContaining([".NET", "Node.js", "Vue.js"]));
    expect(dots.every((m) => m.includes("."))).toBe(true);
    expect(doc.tools.map((t) => [t.name, t.sub_category])).toEqual([["Elastic", "Search Tools"]]);
  });

  it("no names: the site's list's tools opening with what is typed follow the catalog's, the one of that very name first, at most ten, from two letters on", async () => {
    type Choice = { name: string; message: string };
    type Suggest = (this: unknown, input: string, choices: Choice[]) => Promise<Choice[]>;
    const inCatalog = new Set(builtinCatalog().tools.keys());
    const listed: Record<string, string[]> = {};
    answer = async (choices) => {
      const { suggest } = shown[0]!.options as { suggest: Suggest };
      for (const input of ["kube", "dream", "k3", "z"]) listed[input] = (await suggest.call(shown[0]!.prompt, input, [...choices])).filter((c) => !inCatalog.has(c.name)).map((c) => c.message);
      return [];
    };
    await manualDocument(tempDir("techstack-picker-"), [], false).catch(() => undefined);
    // Kube (202 stacks) before Kubeless (257): the name typed is the tool meant; then by popularity, ten of the list's many.
    expect(listed.kube!.slice(0, 3)).toEqual(["Kube", "Kubeless", "kubernetes-deploy"]);
    expect(listed.kube).toHaveLength(10);
    // Dream (12 stacks) before DreamFactory (151), though its page's slug, dream-framework, opens with "dream" too.
    expect(listed.dream!.slice(0, 2)).toEqual(["Dream", "DreamFactory"]);
    expect(listed.k3).toContain("k3sup");
    expect(listed.z).toEqual([]);
  });

  it("an ambiguous name: its candidates offered, told apart by sub-category where names differ only in case; what is picked is the entry", async () => {
    answer = (choices) => [choices.find((c) => c.message === "Zap (Logging Tools)")!.name];
    const doc = await manualDocument(tempDir("techstack-picker-"), ["zap", "redis 7.2"], false);
    expect(shown.map((s) => s.message)).toEqual(["'zap' could mean:"]);
    expect(shown[0]!.choices.slice(0, 2)).toEqual([
      { name: "zap", message: "ZAP (Penetration Testing Tools)" },
      { name: "zap-uber", message: "Zap (Logging Tools)" },
    ]);
    expect(shown[0]!.choices.map((c) => c.message)).toContain("Zapier");
    expect(doc.tools.map((t) => [t.name, t.version]).sort()).toEqual([["Redis", "7.2"], ["Zap", undefined]]);
    // A release typed with an ambiguous name is the release of what is picked.
    answer = (choices) => [choices[0]!.name];
    const pinned = await manualDocument(tempDir("techstack-picker-"), ["zap 2.14"], false);
    expect(pinned.tools.map((t) => [t.name, t.version])).toEqual([["ZAP", "2.14"]]);
  });

  it("a name the terminal makes clear is taken without asking; --yes on a terminal asks nothing either", async () => {
    const doc = await manualDocument(tempDir("techstack-picker-"), ["react@18.2.0", "grafan"], false);
    expect(shown).toEqual([]);
    expect(doc.tools.map((t) => t.name).sort()).toEqual(["Grafana", "React"]);
    const error = await manualDocument(tempDir("techstack-picker-"), ["zap"], true).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "TECHSTACK_UNSURE_NAME" });
    expect(shown).toEqual([]);
    // On a terminal it is --yes that asks nothing, and the error says so, not that there is no terminal.
    await expect(manualDocument(tempDir("techstack-picker-"), [], true)).rejects.toThrow("--manual needs tool names with --yes, which asks nothing: give NAME..., or - to read them from standard input");
  });

  it("standard output redirected (--dry-run --format yaml > techstack.yml): the picker draws on standard error, the terminal, so the document holds none of it", async () => {
    // It drew on standard output only, so with that redirected there was no picker: an ambiguous
    // name was an error, and no name at all was refused as "not run on a terminal".
    Object.defineProperty(process.stdout, "isTTY", { value: false, configurable: true });
    Object.defineProperty(process.stderr, "isTTY", { value: true, configurable: true });
    answer = (choices) => [choices.find((c) => c.message === "Zap (Logging Tools)")!.name];
    const doc = await manualDocument(tempDir("techstack-picker-"), ["zap"], false);
    expect(doc.tools.map((t) => t.name)).toEqual(["Zap"]);
    expect(shown[0]!.options.stdout).toBe(process.stderr);
    answer = (choices) => [choices.find((c) => c.message === "Redis")!.name];
    const picked = await manualDocument(tempDir("techstack-picker-"), [], false);
    expect(picked.tools.map((t) => t.name)).toEqual(["Redis"]);
    expect(shown[1]!.options.stdout).toBe(process.stderr);
    // Standard output alone a terminal (2> errors.log): the picker draws there, as it did.
    Object.defineProperty(process.stdout, "isTTY", { value: true, configurable: true });
    Object.defineProperty(process.stderr, "isTTY", { value: false, configurable: true });
    answer = (choices) => [choices[0]!.name];
    await manualDocument(tempDir("techstack-picker-"), ["zap"], false);
    expect(shown[2]!.options.stdout).toBe(process.stdout);
    // Neither a terminal (a CI log): no picker, and the error says how to give the names.
    Object.defineProperty(process.stdout, "isTTY", { value: false, configurable: true });
    await expect(manualDocument(tempDir("techstack-picker-"), [], false)).rejects.toThrow("--manual needs tool names when not run on a terminal: give NAME..., or - to read them from standard input");
    expect(shown).toHaveLength(3);
  });

  it("Ctrl-C or Escape in the picker sends nothing: a CliError of exit 1", async () => {
    cancel = true;
    const error = await manualDocument(tempDir("techstack-picker-"), ["zap"], false).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect(error).toMatchObject({ message: "cancelled: nothing was sent", exitCode: 1 });
  });

  it("NO_COLOR: the focused line shown by a pointer and each choice by [x] or [ ], colour turned off for enquirer; without it, colour does it", async () => {
    process.env.NO_COLOR = "1";
    delete process.env.FORCE_COLOR;
    await manualDocument(tempDir("techstack-picker-"), ["zap"], false);
    expect(shown[0]!.pointers).toEqual(["  ", "> ", "  "]);
    expect(shown[0]!.options.indicator).toEqual({ on: "[x]", off: "[ ]" });
    expect(process.env.FORCE_COLOR).toBe("0");
    delete process.env.NO_COLOR;
    delete process.env.FORCE_COLOR;
    await manualDocument(tempDir("techstack-picker-"), ["zap"], false);
    expect(shown[1]!.pointers).toEqual(["", "", ""]);
    expect(shown[1]!.options.indicator).toBeUndefined();
    expect(process.env.FORCE_COLOR).toBeUndefined();
  });

  it("the picker sized 24 rows by 80 columns where the terminal reports no size", async () => {
    await manualDocument(tempDir("techstack-picker-"), ["zap"], false);
    const size = { rows: process.stdout.rows, columns: process.stdout.columns };
    expect(shown[0]!.options).toMatchObject({ rows: size.rows || 24, columns: size.columns || 80 });
  });
});
