import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseXml, unclosedElement } from "../src/parse/xml.js";
import { expectFinishesWithin } from "./work-budget.js";

// A few hundred bytes of hostile XML (a pom.xml or .csproj in a repository someone else controls)
// must not hold the scan: the DOCTYPE cut and the truncation check used regular expressions that
// backtrack exponentially (an unclosed DOCTYPE of bracketed parts: 160 bytes ran for hours) or
// cubically (an unclosed comment opener repeated: 8 KB ran for 15 s).
// Not a speed test: each input below made the old code run for minutes or hours, so the budget,
// counted in runs of a reference job timed just before (test/work-budget.ts), only tells "finished"
// from "stuck", on a loaded machine too.

describe("XML that made the reader backtrack", () => {
  it("an unclosed DOCTYPE of bracketed parts is read at once", () => {
    const value = expectFinishesWithin(() => {
      try {
        parseXml('<?xml version="1.0"?>\n<!DOCTYPE project ' + "[a]".repeat(28), () => {});
        return "read";
      } catch (error) {
        return String(error);
      }
    }, 5);
    expect(value).toMatch(/DOCTYPE/); // malformed: the scan's warning names the file
  });

  it("comment and tag openers that never close are read at once", () => {
    for (const text of ["<project>" + "<!--".repeat(1500), "<project>" + "<a ".repeat(40_000), "<project>" + "<![CDATA[".repeat(3000), "<project>" + "<?".repeat(20_000)]) {
      const value = expectFinishesWithin(() => unclosedElement(text), 5, text.slice(0, 20));
      expect(value).toBe("project");
    }
  });

  it("still cuts a DOCTYPE whose internal subset holds ']' and '>' in quoted values, and reads what follows", () => {
    const data = parseXml('<?xml version="1.0"?>\n<!DOCTYPE p [<!ENTITY a "x]>y"><!-- it\'s ] > --><!ENTITY b \'q\'>]>\n<project><artifactId>app</artifactId></project>') as { project: Array<{ artifactId: string[] }> };
    expect(data.project[0]!.artifactId).toEqual(["app"]);
  });

  it("takes '<!DOCTYPE' in a comment or CDATA section for text: the file still reads, a DOCTYPE after such a comment is still cut", () => {
    const read = (text: string) => (parseXml(text) as { project: Array<{ artifactId: string[] }> }).project[0]!.artifactId;
    expect(read('<?xml version="1.0"?>\n<!-- Generated; no <!DOCTYPE needed -->\n<project><artifactId>app</artifactId></project>')).toEqual(["app"]);
    expect(read('<project><!-- <!DOCTYPE --><artifactId>app</artifactId><x><![CDATA[<!DOCTYPE]]></x></project>')).toEqual(["app"]);
    expect(read('<!-- <!doctype x> -->\n<!DOCTYPE p [<!ENTITY a "x]>y">]>\n<project><artifactId>app</artifactId></project>')).toEqual(["app"]);
    // Comments never closed are looked through once.
    const unclosed = "<!--<!".repeat(50_000) + "<project/>";
    expectFinishesWithin(() => {
      try {
        return parseXml(unclosed);
      } catch (error) {
        return error;
      }
    }, 5);
  });

  it("finds the element a truncated file leaves open, and none in a whole one", () => {
    expect(unclosedElement('<project a="1>"><b/><c x=\'/\'>t</c><!-- <d> --><![CDATA[<e>]]><?pi <f>?>')).toBe("project");
    expect(unclosedElement('<project a="1>"><b/><c>t</c></project>')).toBeUndefined();
    expect(unclosedElement("<Project><ItemGroup><x/></ItemGroup>")).toBe("Project");
    expect(unclosedElement("< notatag <Project></Project>")).toBeUndefined();
  });
});

describe("Dockerfile continuations", () => {
  it("a RUN of 80,000 continued lines is joined in linear time, and still read", async () => {
    const { readDockerfile, readRunCommands, readDownloadHosts } = await import("../detectors/docker/dockerfile.js");
    const text = "FROM node:20\nRUN curl -fsS https://getcomposer.org/installer | php && \\\n" + "  true \\\n".repeat(80_000) + "  && composer install\n";
    for (const read of [readDockerfile, readRunCommands, readDownloadHosts] as Array<(t: string) => unknown[]>) {
      const value = expectFinishesWithin(() => read(text), 10, read.name);
      expect(value.length, read.name).toBeGreaterThan(0);
    }
    expect(readRunCommands(text).map((c) => c.program)).toEqual(expect.arrayContaining(["curl", "php", "composer"]));
  });
});

describe("Dockerfile ARG defaults that name the ARGs before them", () => {
  it("ARG A=${A}${A} forty times does not double A past what a string holds; a real default still expands", async () => {
    const { readDockerfile } = await import("../detectors/docker/dockerfile.js");
    const text = ["ARG A=x", ...Array.from({ length: 40 }, () => "ARG A=${A}${A}"), "FROM node:${A}"].join("\n");
    const value = expectFinishesWithin(() => readDockerfile(text), 5);
    expect(value).toHaveLength(1);
    const phoenix = 'ARG ELIXIR_VERSION=1.16.2\nARG OTP_VERSION=26.2.5\nARG BUILDER_IMAGE="hexpm/elixir:${ELIXIR_VERSION}-erlang-${OTP_VERSION}-debian-bookworm-20240513-slim"\nFROM ${BUILDER_IMAGE} AS builder\n';
    expect(readDockerfile(phoenix).map((i) => `${i.name}:${i.tag}`)).toEqual(["hexpm/elixir:1.16.2-erlang-26.2.5-debian-bookworm-20240513-slim"]);
  });
});

describe("versions and playbooks", () => {
  it("an 80,000-character would-be version is judged in linear time", async () => {
    const { documentVersion } = await import("../src/document/written-version.js");
    const value = expectFinishesWithin(() => documentVersion("1.".repeat(40_000)), 5);
    expect(value).toBeUndefined();
  });

  it("a would-be version gets the old pattern's verdict on short strings", async () => {
    const { documentVersion } = await import("../src/document/written-version.js");
    const old = /^\d+(?:\.\d+)*(?:[-+_.]?[0-9A-Za-z]+(?:[-+_.][0-9A-Za-z]+)*)?$/;
    // (a PEP 440 pre-release, `1a0`, is written without a version since stop 60)
    const agrees = (w: string) => documentVersion(w) !== undefined || !old.test(w) || /(?:^|[-+_.])[xX*](?=[-+_.]|$)/.test(w) || /^\d+(?:\.\d+)*a\d+(?:[-+_.]|$)/.test(w);
    // Every string of up to 5 characters over digits, letters and separators, then longer ones drawn at random.
    const alphabet = ["1", "0", "a", "x", ".", "-", "+", "_", "*", " "];
    const words = (n: number): string[] => (n === 0 ? [""] : words(n - 1).flatMap((w) => alphabet.map((c) => w + c)));
    // The words that disagree, asserted once: an expect per word cost a second of CPU over 100,000 words.
    expect(words(5).filter((w) => !agrees(w))).toEqual([]);
    fc.assert(fc.property(fc.array(fc.constantFrom(...alphabet), { minLength: 6, maxLength: 14 }), (cs) => agrees(cs.join(""))), { numRuns: 20_000, seed: 7 });
    for (const w of ["1.0.0-rc.12", "3.7.4.3", "6.4.2.Final", "1b", "2024.10"]) expect(documentVersion(w), w).toBeDefined();
  });

  it("a playbook of 60,000 spaces (or 3,000 blank lines) is looked at in linear time", async () => {
    const { scan, MemorySource } = await import("../src/index.js");
    await expectFinishesWithin(() => scan(new MemorySource({ "playbook.yml": " ".repeat(60_000), "site.yml": "\n".repeat(3_000) }), { git: false }), 30);
    const r = await scan(new MemorySource({ "playbook.yml": "- name: web\n  hosts: all\n  tasks: []\n" }), { git: false });
    expect(r.document.tools.map((t) => t.name)).toContain("Ansible");
  });
});

describe("C and C++ build files", () => {
  it("50,000 unclosed command openers (CMake) or dependency() openers (Meson) are read in one pass", async () => {
    const { readCmake } = await import("../detectors/cpp/cmake.js");
    const { readMeson } = await import("../detectors/cpp/meson.js");
    // Each unclosed `find_package(` once scanned ahead for its `)`; each Meson call looked back over
    // its whole line for a `#`: both took their square (10 s and 3 s on 50,000).
    const cmake = expectFinishesWithin(() => readCmake("find_package(".repeat(50_000) + "\nfind_package(Boost 1.83)\n"), 10);
    expect(cmake.map((r) => `${r.name} ${r.version}`)).toEqual(["Boost 1.83"]);
    const meson = expectFinishesWithin(() => readMeson("x = dependency('".repeat(50_000) + "\ndep = dependency('zlib')\n"), 5);
    expect(meson.map((d) => d.name)).toEqual(["zlib"]);
  });
});

describe("Vagrantfiles, HCL lines and Rails importmaps", () => {
  it("long hostile lines are read in one pass", async () => {
    const { readVagrantfile } = await import("../detectors/hashicorp/vagrantfile.js");
    const { readHclLines } = await import("../detectors/hashicorp/hcl-lines.js");
    const { readImportmap } = await import("../detectors/ruby/importmap.js");
    const vagrant = expectFinishesWithin(() => readVagrantfile("config.vm.provision 'a', " + "type: ".repeat(40_000) + "\n" + " ".repeat(100_000) + "config.vm.box = 'ubuntu/jammy64'\n"), 5);
    expect(vagrant.boxes.map((b) => b.name)).toEqual(["ubuntu/jammy64"]);
    const hcl = expectFinishesWithin(() => readHclLines("{ ".repeat(50_000) + "\n" + "a".repeat(100_000) + "\n" + 'config { image = "redis:7.2" }\n'), 5);
    expect(hcl.filter((l) => l.attribute).map((l) => l.attribute)).toEqual([["image", "redis:7.2"]]);
    const importmap = expectFinishesWithin(() => readImportmap('pin "x", to: "' + "chart.js@".repeat(20_000) + '"\npin "chart.js" # @4.4.1\n'), 5);
    expect(importmap.map((p) => p.name)).toEqual(["chart.js"]);
  });
});
