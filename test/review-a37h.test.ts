import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readBuildpackConfig, readMailerAdapters } from "../detectors/elixir/index.js";
import { readErlangMk } from "../detectors/elixir/erlang-mk.js";
import { readGleamToml } from "../detectors/elixir/gleam.js";
import { readGemspec } from "../detectors/ruby/gemfile.js";
import { readLibraryDepends, readPlatformioLibraries } from "../detectors/cpp/platformio.js";
import { withoutFoundryLibraries } from "../src/sources/ignore-rules.js";
import { MemorySource, scan } from "../src/index.js";
import { expectFinishesWithin } from "./work-budget.js";

// Review of stop 37's merged readers: hostile input must be read in linear time (each case here
// took seconds, or ran out of memory, before), and the answers stay those of the plain form.

// Each form is read here in milliseconds; the slow forms took 5 to 23 s. The budgets are counted in
// runs of a reference job timed just before (test/work-budget.ts): they tell "finished" from "stuck".

const lines = (n: number, line: (i: number) => string): string => Array.from({ length: n }, (_, i) => line(i)).join("\n");

describe("first-seen lists kept in sets, not searched per entry", () => {
  it("a Mix config naming 20,000 distinct mailer adapters is read at once", () => {
    const text = lines(20000, (i) => `config :app, App.Mailer, adapter: Swoosh.Adapters.Custom${i}`);
    const adapters = expectFinishesWithin(() => readMailerAdapters(text), 5);
    expect(adapters).toHaveLength(20000);
    expect(adapters[19999]).toEqual({ adapter: "Swoosh.Adapters.Custom19999", line: 20000 });
  });

  it("a gleam.toml of 60,000 dependencies is read at once, a name in both tables counted once", () => {
    const dependencies = Object.fromEntries(Array.from({ length: 30000 }, (_, i) => [`dep${i}`, ">= 1.0.0"]));
    const dev = { ...Object.fromEntries(Array.from({ length: 30000 }, (_, i) => [`dev${i}`, ">= 1.0.0"])), dep0: "2.0.0" };
    const deps = expectFinishesWithin(() => readGleamToml({ dependencies, "dev-dependencies": dev }), 15);
    expect(deps).toHaveLength(60000);
    expect(deps.filter((d) => d.name === "dep0")).toEqual([{ name: "dep0", requirement: ">= 1.0.0", dev: false }]);
  });

  it("a gemspec of 40,000 distinct dependencies is read at once, a repeated one kept as first declared", () => {
    const text = `${lines(40000, (i) => `  s.add_runtime_dependency(%q<gem${i}>.freeze, [">= 1.0"])`)}\n  s.add_dependency(%q<gem0>.freeze, [">= 2.0"])`;
    const deps = expectFinishesWithin(() => readGemspec(text), 12);
    expect(deps).toHaveLength(40000);
    expect(deps[0]).toMatchObject({ name: "gem0", requirements: [">= 1.0"], dev: false });
  });
});

describe("eval_gemfile", () => {
  it("a file included 2,000 times is read once, not 2,000 times over", async () => {
    const files = {
      Gemfile: `source "https://rubygems.org"\n${lines(2000, () => 'eval_gemfile "a.gemfile"')}\n`,
      "a.gemfile": lines(2000, (i) => `gem "g${i}"`),
    };
    const result = await expectFinishesWithin(() => scan(new MemorySource(files), { git: false }), 12);
    expect(result.document.tools.map((t) => t.name)).toContain("RubyGems");
  }, 20000);
});

describe("a value after a long blank run", () => {
  const blanks = " ".repeat(100000);

  it("elixir_buildpack.config: the value cut at its comment, in linear time", () => {
    expect(expectFinishesWithin(() => readBuildpackConfig(`elixir_version=1${blanks}x\n`), 5)).toEqual([{ name: "elixir", declared: `1${blanks}x`, version: undefined, line: 1 }]);
    expect(readBuildpackConfig('elixir_version=1.17.3  # pinned\nerlang_version = "27.1"\nerlang_version=#none\n')).toEqual([
      { name: "elixir", declared: "1.17.3", version: "1.17.3", line: 1 },
      { name: "erlang", declared: "27.1", version: "27.1", line: 2 },
    ]);
  });

  it("erlang.mk: a dep_ line's value, trailing blanks trimmed, in linear time", () => {
    const deps = expectFinishesWithin(() => readErlangMk(`include erlang.mk\nDEPS = cowboy ranch\ndep_cowboy = hex${blanks}x\ndep_ranch = git https://github.com/ninenines/ranch 2.1.0   \n`), 5);
    expect(deps).toEqual([
      { name: "cowboy", dev: false, line: 2 },
      { name: "ranch", version: "2.1.0", dev: false, line: 2 },
    ]);
  });
});

describe("platformio lib_deps from GitHub", () => {
  it("a value of 20,000 `github.com:` is read in linear time", () => {
    expect(expectFinishesWithin(() => readPlatformioLibraries(`[env]\nlib_deps = git@${"github.com:".repeat(20000)}\n`), 5)).toEqual([]);
  });

  it("a library.properties of 300,000 blank lines is read at once (57 s when the format check's `\\s*` ran across lines)", () => {
    expect(expectFinishesWithin(() => readLibraryDepends(`${"\n".repeat(300000)}x`), 5)).toEqual([]);
    expect(readLibraryDepends("name=Telemetry\n  \n  architectures = *\ndepends=PubSubClient (>=2.8)\n")).toEqual([{ name: "pubsubclient", line: 4 }]);
  });

  it("each form of a repository still gives its name", () => {
    const text = [
      "[env]",
      "lib_deps =",
      "  https://github.com/knolleary/pubsubclient.git#v2.8",
      "  git@github.com:256dpi/arduino-mqtt.git",
      "  https://github.com/tzapu/WiFiManager?ref=master",
      "  https://github.com/owner/repo/archive/refs/tags/v1.zip",
      "  https://gitlab.com/owner/other.git",
    ].join("\n");
    expect(readPlatformioLibraries(text).map((l) => l.name)).toEqual(["pubsubclient", "arduino-mqtt", "wifimanager"]);
  });
});

describe("Foundry's lib/ folders", () => {
  /** The form before: every foundry.toml's lib/ tried on every path, the first that holds it. */
  function plain<T extends { path: string }>(entries: T[]): T[] {
    const libs = entries.filter(({ path }) => path === "foundry.toml" || path.endsWith("/foundry.toml")).map(({ path }) => `${path.slice(0, -"foundry.toml".length)}lib/`);
    const library = (path: string): string | undefined => {
      for (const lib of libs) {
        if (!path.startsWith(lib)) continue;
        const slash = path.indexOf("/", lib.length);
        if (slash !== -1) return path.slice(0, slash + 1);
      }
      return undefined;
    };
    const solidity = new Set(entries.filter(({ path }) => path.endsWith(".sol")).map(({ path }) => library(path)).filter((f) => f !== undefined));
    return entries.filter(({ path }) => {
      const folder = library(path);
      return folder === undefined || !solidity.has(folder);
    });
  }

  it("leaves out what the plain form left out", () => {
    const part = fc.constantFrom("lib", "a", "b", "src", "foundry.toml", "x.sol", "package.json", "mylib");
    const path = fc.array(part, { minLength: 1, maxLength: 5 }).map((parts) => parts.join("/"));
    fc.assert(
      fc.property(fc.uniqueArray(path, { maxLength: 14 }), (paths) => {
        // Listed as a tree walk lists them: a folder's files by path.
        const entries = [...paths].sort().map((p) => ({ path: p }));
        expect(withoutFoundryLibraries(entries)).toEqual(plain(entries));
      }),
      { seed: 37, numRuns: 3000 },
    );
  });

  it("a tree of 20,000 foundry.toml files and 20,000 Solidity libraries is sorted at once", () => {
    const entries = [
      { path: "foundry.toml" },
      ...Array.from({ length: 20000 }, (_, i) => ({ path: `p${i}/foundry.toml` })),
      ...Array.from({ length: 20000 }, (_, i) => ({ path: `lib/l${i}/src/A.sol` })),
      { path: "src/Counter.sol" },
    ];
    const kept = expectFinishesWithin(() => withoutFoundryLibraries(entries), 5);
    expect(kept).toHaveLength(20002);
  });
});
