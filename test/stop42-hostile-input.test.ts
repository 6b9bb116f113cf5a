import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { builtinCatalog, resolve } from "../src/index.js";
import { parseRemote } from "../src/git/remote-url.js";
import { readableName, webPath } from "../src/git/forges.js";
import { npmDetector } from "../detectors/npm/index.js";
import { rubyDetector, databaseAdapters } from "../detectors/ruby/index.js";
import { jvmOtherDetector, mailHostsOfProperties } from "../detectors/jvm-other/index.js";
import { keepDatesPastTheCut } from "../src/cli/commands/write.js";
import { parse } from "../src/document/parse.js";
import type { StackDocument } from "../src/types.js";
import { detectorFindings } from "./detector-findings.js";
import { expectFinishesWithin } from "./work-budget.js";

// Hostile and random input to the code stop 42 added or changed: resolve's readings of a typed name
// (a name among other words, halves joined at a shared letter, a release pinned after @ or ==), a
// remote URL's decoded name and web path, the database.yml, Quarkus mailer and electron-builder
// readers, and write's reading of an existing techstack.yml. Budgets are counted in runs of the
// reference job (test/work-budget.ts): they tell "finished" from "stuck", never speed.

const catalog = builtinCatalog();

/** Every resolution list is ordered best first, with scores in 0..1 and no tool twice. */
function expectSane(query: string, limit = 5): void {
  const found = resolve(catalog, query, limit);
  expect(found.length).toBeLessThanOrEqual(limit);
  for (const r of found) {
    expect(r.score, query.slice(0, 40)).toBeGreaterThanOrEqual(0);
    expect(r.score, query.slice(0, 40)).toBeLessThanOrEqual(1);
  }
  for (let i = 1; i < found.length; i++) expect(found[i - 1]!.score).toBeGreaterThanOrEqual(found[i]!.score);
  expect(new Set(found.map((r) => r.tool.id)).size).toBe(found.length);
}

describe("resolve on hostile typed names", () => {
  it("10,000 characters of words, digits, '=', '@', joins and pins finish in a few reference jobs, the runs without a name finding nothing", () => {
    const inputs = [
      "aws s3 bucket ".repeat(700),
      "1".repeat(10_000),
      "=".repeat(10_000),
      "@".repeat(10_000),
      "a" + "=".repeat(9_998) + "1",
      "a" + " ".repeat(9_998) + "1",
      "a" + "@_-".repeat(3_332) + "v1",
      "a" + "1.".repeat(4_999) + "x",
      "a1".repeat(5_000) + "=",
      "v".repeat(10_000) + "1",
      "ab".repeat(5_000) + "==1",
      "react==" + "1.".repeat(4_990) + "=",
      "@x/y@" + "@".repeat(9_990),
      "psycopg2" + "==".repeat(4_990),
      "elastic cache ".repeat(700),
      "é".repeat(10_000),
      "\u{1F600}".repeat(5_000),
      " \t\u00a0".repeat(3_333),
    ];
    expectFinishesWithin(() => inputs.forEach((q) => expectSane(q)), 20, "10,000-character typed names");
    // Punctuation is no part of a name: "a@_-@_-...v1" is the key "av1", which may be like a few.
    const unnamed = inputs.filter((q) => !/^a@|^@x/.test(q));
    expect(unnamed.map((q) => resolve(catalog, q).length)).toEqual(unnamed.map(() => 0));
  });

  it("inputs just under the lengths each reading takes finish and give sane scores", () => {
    // Past a package name's length the package readings stop; under it, each word's reading runs.
    const inputs = [
      "spring boot actuator redis cluster amazon",
      "a b c d e f",
      "s s s s",
      "aws aws aws aws aws aws",
      "elastic cache elastic cache",
      "postgres on rds on aws",
      "@angular/cli@" + "1".repeat(150),
      "django==" + "4.".repeat(60) + "2",
      "x".repeat(180) + "@1",
      "@".repeat(200) + "react",
      "react" + "@".repeat(200),
      "=".repeat(199) + "react",
      "react" + "==".repeat(100) + "18",
      "v".repeat(100) + "1",
      "react-" + "-".repeat(150) + "18",
    ];
    expectFinishesWithin(() => inputs.forEach((q) => expectSane(q)), 40, "names near the readings' limits");
  });

  it("random words, pins and unicode never throw and give sane scores", () => {
    const word = fc.oneof(
      fc.constantFrom("aws", "s3", "elastic", "cache", "redis", "server", "angular", "on", "the", "17", "v2", "react", "@", "==", "=", "@types/node", "spring", "boot", "google", "cloud"),
      fc.string({ maxLength: 8 }),
      fc.string({ unit: "grapheme", maxLength: 6 }),
    );
    const sep = fc.constantFrom(" ", "-", "_", "@", "==", "  ", "\t", "");
    fc.assert(
      fc.property(fc.array(fc.tuple(word, sep), { maxLength: 8 }), fc.integer({ min: 0, max: 6 }), (parts, limit) => {
        expectSane(parts.map(([w, s]) => w + s).join(""), limit);
      }),
      { numRuns: 100, seed: 42 },
    );
  });

  it("names an object's own properties have (constructor, __proto__) are typed names like any other", () => {
    for (const q of ["constructor", "__proto__", "toString", "hasOwnProperty", "aws __proto__ bucket", "constructor==1.0", "__proto__@1", "valueOf cache", "prototype 17"]) expectSane(q);
  });

  it("whitespace only, separators only and lone surrogates find nothing", () => {
    for (const q of ["   ", "\n\n", "\u2028", "-", "_ _", "==", "@@", "= =", "\ud800", "\udfff\ud800"]) {
      expect(resolve(catalog, q), JSON.stringify(q)).toEqual([]);
    }
    // A name among the same separators finds its tool.
    expect(resolve(catalog, "== python @@", 1)[0]?.tool.name).toBe("Python");
  });
});

describe("a remote URL's name and web path", () => {
  const segment = fc.oneof(
    fc.stringMatching(/^[A-Za-z0-9._~-]{1,12}$/),
    fc.string({ minLength: 1, maxLength: 10 }).filter((s) => !s.includes("/")),
    fc.string({ unit: "grapheme", minLength: 1, maxLength: 6 }).filter((s) => !s.includes("/")),
    fc.constantFrom("My%20Repo", "%", "%zz", "%2F", "%25", "a%2541", "%E9", "%C3%A9", "100%", "a b", "~user", "scm"),
  );
  const path = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join("/"));

  it("webPath is stable: a web path read again is the same web path", () => {
    fc.assert(
      fc.property(path, (p) => {
        const once = webPath(readableName(p));
        expect(webPath(once)).toBe(once);
        expect(once).not.toMatch(/\s/);
      }),
      { numRuns: 500, seed: 42 },
    );
  });

  it("a path holding half a surrogate pair is written with the replacement character, not thrown on", () => {
    expect(webPath("acme/app\ud800")).toBe("acme/app%EF%BF%BD");
    expect(parseRemote("https://github.com/acme/\udc00app")?.web_url).toBe("https://github.com/acme/%EF%BF%BDapp");
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 20 }), (p) => {
      expect(webPath(webPath(p))).toBe(webPath(p));
    }), { numRuns: 300, seed: 42 });
  });

  it("parseRemote never throws, and keeps a remote's user and password out of every field", () => {
    const secret = fc.stringMatching(/^[A-Za-z0-9]{6,12}$/).map((s) => `Zq${s}Xj`);
    const host = fc.constantFrom("github.com", "gitlab.com", "bitbucket.org", "git.corp.example", "dev.azure.com", "ssh.dev.azure.com", "acme.visualstudio.com", "[::1]", "bitbucket.corp.example");
    const remote = fc.tuple(
      fc.constantFrom("https://", "http://", "ssh://", "git+ssh://", "git://", ""),
      secret,
      secret,
      host,
      fc.constantFrom("", ":8443", ":22", ":"),
      path,
      fc.constantFrom("", ".git", "/", "?private_token=Zqtok", "#frag"),
    );
    let read = 0;
    fc.assert(
      fc.property(remote, ([scheme, user, password, h, port, p, tail]) => {
        const url = scheme ? `${scheme}${user}:${password}@${h}${port}/${p}${tail}` : `${user}@${h}:${p}${tail}`;
        const facts = parseRemote(url);
        if (!facts) return;
        read++;
        for (const value of Object.values(facts)) {
          expect(value, url).not.toContain(user);
          expect(value, url).not.toContain(password);
          expect(value, url).not.toContain("Zqtok");
        }
        expect(facts.web_url, url).not.toMatch(/\s/);
        expect(facts.repo_name.split("/")[0]).toBe(facts.requested_by);
      }),
      { numRuns: 500, seed: 42 },
    );
    // Most remotes drawn are read (337 of the 500): a parseRemote that gave up on every one checked nothing.
    expect(read).toBeGreaterThan(250);
  });

  it("a user or password holding '@' stays out of the host, scp-like as over https (ssh takes the user up to the last '@')", () => {
    for (const url of ["deploy:p@ss@github.com:acme/app.git", "https://deploy:p@ss@github.com/acme/app.git", "ssh://me@corp@github.com/acme/app.git"]) {
      expect(parseRemote(url), url).toEqual({ repo_name: "acme/app", provider: "github", requested_by: "acme", web_url: "https://github.com/acme/app" });
    }
  });

  it("a host with white space in it is no host: no web page, rather than an address with a space or a tab", () => {
    for (const url of ["https://git hub.com/acme/app", "https://github.com\t/acme/app", "git@git hub.com:acme/app", "my server:acme/app", "ssh://git@github.com\u00a0/acme/app"]) {
      expect(parseRemote(url), JSON.stringify(url)).toBeUndefined();
    }
    // Around the whole URL (a value pasted with its newline) it is the caller's to trim; inside the path it is escaped.
    expect(parseRemote("https://github.com/acme/my app")?.web_url).toBe("https://github.com/acme/my%20app");
  });

  it("parseRemote never throws on any text, and its web_url has no spaces", () => {
    let read = 0;
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: "binary", maxLength: 40 }), fc.webUrl()), (url) => {
        const facts = parseRemote(url);
        if (!facts) return;
        read++;
        expect(facts.web_url, url).not.toMatch(/\s/);
      }),
      { numRuns: 500, seed: 42 },
    );
    // Some texts are remotes read (51 of the 500, most of them web URLs), whose web_url is then checked.
    expect(read).toBeGreaterThan(25);
  });
});

const lines = (n: number, line: (i: number) => string): string => Array.from({ length: n }, (_, i) => line(i)).join("\n") + "\n";

describe("stop 42's configuration readers on hostile files", () => {
  it("a database.yml of 100,000 environments names each adapter once, at its first line", async () => {
    const text = lines(100_000, (i) => (i % 2 ? `  adapter: ${i % 1000 === 1 ? "PostgreSQL" : "mysql2"}` : `env${i}:`));
    const adapters = expectFinishesWithin(() => databaseAdapters(text), 6, "100,000 database.yml environments");
    expect(adapters).toEqual([
      { adapter: "mysql2", line: 4 },
      { adapter: "postgresql", line: 2 },
    ].sort((a, b) => a.line - b.line));
    // Malformed YAML (a tab-indented mapping, an unclosed quote, an ERB tag) and a long run of spaces: no throw, no warning the reader cannot give.
    const files = {
      "config/database.yml": `default: &default\n\tadapter: "postgresql\nproduction:\n  <<: *nothere\n  adapter: <%= ENV['A'] %>\n  adapter:${" ".repeat(200_000)}\n  adapter: sqlite3\n`,
    };
    const { findings } = await expectFinishesWithin(() => detectorFindings(rubyDetector, files), 12, "a malformed database.yml");
    expect(findings.filter((f) => f.ref.startsWith("rails-adapter:")).map((f) => `${f.ref}@${f.line}`)).toEqual(["rails-adapter:postgresql@2", "rails-adapter:sqlite3@7"]);
  });

  it("a Quarkus application.properties of 100,000 mailer keys and malformed YAML finish, the YAML's warning naming its file", async () => {
    const properties = lines(100_000, (i) => (i % 3 === 0 ? `%p${i}.quarkus.mailer.host=smtp${i}.example.com` : i % 3 === 1 ? `quarkus.mailer.host ${" ".repeat(i % 50)}` : `# quarkus.mailer.host=in-v3.mailjet.com`)) + "quarkus.mailer.host=in-v3.mailjet.com\n";
    const hosts = expectFinishesWithin(() => mailHostsOfProperties(properties), 20, "100,000 Quarkus mailer keys");
    expect(hosts).toHaveLength(33_335);
    expect(hosts.at(-1)).toBe("in-v3.mailjet.com");
    const files = {
      "src/main/resources/application.properties": properties,
      "src/main/resources/application.yaml": `quarkus:\n  mailer:\n    host: [unclosed\n  other: {\n`,
      "src/main/resources/application-prod.yml": "mailer:\n" + lines(20_000, (i) => `  k${i}: ${"x".repeat(i % 40)}`),
    };
    const { findings, warnings } = await expectFinishesWithin(() => detectorFindings(jvmOtherDetector, files), 25, "a Quarkus application of 100,000 lines");
    expect(findings.map((f) => `${f.file}: ${f.ref}@${f.line}`)).toEqual(["src/main/resources/application.properties: smtp-host:in-v3.mailjet.com@100001"]);
    expect(warnings.length).toBeGreaterThan(0);
    for (const w of warnings) expect(w).toMatch(/^src\/main\/resources\/application\.yaml: /);
  });

  it("an electron-builder configuration of 50,000 publish entries and a malformed one finish, the warning naming its file", async () => {
    const publish = Array.from({ length: 50_000 }, (_, i) => (i % 2 ? { provider: `p${i}` } : `q${i}`));
    publish.push({ provider: "s3" }, "spaces");
    const yaml = "publish:\n" + publish.map((p) => (typeof p === "string" ? `  - ${p}` : `  - provider: ${p.provider}`)).join("\n") + "\n";
    const files = {
      "electron-builder.yml": yaml,
      "app/electron-builder.json": JSON.stringify({ publish: [{ provider: "s3", bucket: "x" }], ...Object.fromEntries(["mac", "win", "linux"].map((k) => [k, { publish: publish.slice(0, 1000) }])) }),
      "bad/electron-builder.json5": "{ publish: [ 's3', \n  /* unclosed",
      "bad2/electron-builder.yaml": `publish:\n  - provider: s3\n\t- bad\n`,
    };
    const { findings, warnings } = await expectFinishesWithin(() => detectorFindings(npmDetector, files), 25, "50,000 electron-builder publish entries");
    expect(findings.filter((f) => f.ref.startsWith("electron-publish:")).map((f) => `${f.file}: ${f.ref}@${f.line}`)).toEqual([
      "app/electron-builder.json: electron-publish:s3@1",
      "electron-builder.yml: electron-publish:s3@50002",
      "electron-builder.yml: electron-publish:spaces@50003",
    ]);
    expect(warnings.map((w) => w.split(": ")[0]).sort()).toEqual(["bad/electron-builder.json5", "bad2/electron-builder.yaml"]);
  });
});

describe("write's reading of an odd existing techstack.yml", () => {
  const scanned = (): StackDocument =>
    ({ tools: [{ name: "React", package_url: "https://www.npmjs.com/react", version: "18.2.0", last_updated_by: "bot", last_updated_on: "2026-12-01" }] }) as unknown as StackDocument;
  const cuts = new Set(["bot\x1f2026-12-01"]);

  it("a BOM and mixed line endings still give back the file's older date", () => {
    const text = "\ufeffrepo_name: a/b\r\ntools:\n- name: React\r\n  package_url: https://www.npmjs.com/react\n  version: 18.2.0\r\n  last_updated_by: Ann\r\n  last_updated_on: '2025-03-04'\n";
    const document = scanned();
    keepDatesPastTheCut(document, parse(text) as StackDocument, cuts);
    expect(document.tools[0]).toMatchObject({ last_updated_by: "Ann", last_updated_on: "2025-03-04" });
  });

  it("a date that is no date (a dash, a zero, a year, blank) is not kept over the scan's", () => {
    for (const date of ["'-'", "'0'", "'2025'", "' '", "'1.0'", "'(unknown)'"]) {
      const document = scanned();
      keepDatesPastTheCut(document, parse(`tools:\n- name: React\n  package_url: https://www.npmjs.com/react\n  version: 18.2.0\n  last_updated_by: Ann\n  last_updated_on: ${date}\n`) as StackDocument, cuts);
      expect(document.tools[0], date).toMatchObject({ last_updated_by: "bot", last_updated_on: "2026-12-01" });
    }
  });

  it("entries of other shapes (a list for a date, a number for a name, tools a mapping) change nothing and throw nothing", () => {
    for (const text of ["tools: {a: 1}\n", "tools:\n- name: 5\n  last_updated_on: [x]\n", "tools:\n- name: React\n  package_url: https://www.npmjs.com/react\n  version: 17\n  last_updated_on: '2020-01-01'\n", "tools:\n- name: React\n  package_url: https://www.npmjs.com/react\n  version: 18.2.0\n  last_updated_on: '2027-01-01'\n"]) {
      const document = scanned();
      keepDatesPastTheCut(document, parse(text) as StackDocument, cuts);
      expect(document.tools[0], text).toMatchObject({ last_updated_by: "bot", last_updated_on: "2026-12-01" });
    }
  });
});
