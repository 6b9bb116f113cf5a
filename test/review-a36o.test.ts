import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { expandBraces, PatternIndex } from "../src/scan/select.js";
import { observabilityDetector } from "../detectors/observability/index.js";
import { compact, detectorFindings } from "./detector-findings.js";
import { expectFinishesWithin } from "./work-budget.js";

// Hostile shapes found by the review of stop 36's diff (a36o): each stopped or stalled a scan
// before its fix. Not speed tests: the budgets, counted in runs of a reference job timed just before
// (test/work-budget.ts), only tell "finished" from "stuck".

describe("a repository's catalog file cannot stall the path index", () => {
  it("a glob of many brace alternatives is left to the glob engine, not expanded into millions of patterns", async () => {
    const key = "{a,b}".repeat(24) + ".txt";
    const { document } = await expectFinishesWithin(() => {
      expect(expandBraces(key)).toEqual([key]);
      const index = new PatternIndex();
      index.add(key, 0);
      expect(index.match(`x/${"ab".repeat(12)}.txt`)).toEqual([0]);
      expect(index.match(`x/${"ab".repeat(11)}c.txt`)).toEqual([]);
      const source = new MemorySource({
        "techstack.catalog.yml": `matchers:\n  file:\n    "${key}": docker\n`,
        [`${"ba".repeat(12)}.txt`]: "",
      });
      return scan(source, { git: false });
    }, 10);
    expect(document.tools.map((t) => t.name)).toContain("Docker");
    // Ordinary patterns still expand into literals.
    expect(expandBraces("{a,b}{c,d}")).toEqual(["ac", "ad", "bc", "bd"]);
  });
});

describe("a repository's catalog file cannot make a glob that backtracks on a file name", () => {
  it("a file glob of more than two * or !( in one name is refused with a warning; the scan goes on", async () => {
    const { catalogFileProblem } = await import("../src/catalog/check-file.js");
    const known = () => true;
    expect(catalogFileProblem({ matchers: { file: { "*a*a*a*a*c": "docker" } } }, known)).toBe("matchers.file: a glob of more than 2 * or !( in one name: *a*a*a*a*c");
    expect(catalogFileProblem({ matchers: { file: { "x!(a)!(a)!(a)!(a)!(a)c": "docker" } } }, known)).toBe("matchers.file: a glob of more than 2 * or !( in one name: x!(a)!(a)!(a)!(a)!(a)c");
    expect(catalogFileProblem({ matchers: { file: { "**/ci/**/*requirements*.txt": "docker", "{gradlew,*.gradle,*.gradle.kts}": "gradle" } } }, known)).toBeUndefined();
    // Not a glob elsewhere: a package key's * is a prefix's end.
    expect(catalogFileProblem({ matchers: { npm: { "@a*b*c*d/*": "docker" } } }, known)).toBeUndefined();
    const source = new MemorySource({
      "techstack.catalog.yml": 'matchers:\n  file:\n    "*a*a*a*a*c": docker\n',
      [`c${"a".repeat(250)}b`]: "",
      "Dockerfile": "FROM node:20\n",
    });
    const { document, warnings } = await expectFinishesWithin(() => scan(source, { git: false }), 5);
    expect(warnings.map((w) => w.file)).toContain("techstack.catalog.yml");
    expect(document.tools.map((t) => t.name)).toContain("Node.js");
  });
});

describe("php: a .wp-env.json of many WooCommerce zips", () => {
  it("is read at once: the first WooCommerce is reported, its line looked up once", async () => {
    const woo = "https://downloads.wordpress.org/plugin/woocommerce.9.5.1.zip";
    const text = `{"pad": "${"x".repeat(3_000_000)}",\n"plugins": [\n${Array(60_000).fill(JSON.stringify(woo)).join(",")}]}`;
    const { document } = await expectFinishesWithin(() => scan(new MemorySource({ ".wp-env.json": text }), { git: false }), 10);
    const found = document.tools.find((t) => t.name === "WooCommerce");
    expect(found?.version).toBe("9.5.1");
    expect(found?.detection_source).toBe(".wp-env.json");
  });
});

describe("observability: a Fluent Bit YAML of many outputs", () => {
  it("flow-map outputs get their own lines, in order, and 40,000 of them are read at once", async () => {
    const yaml = "pipeline:\n  inputs:\n    - {name: tail, path: /var/log/es.log}\n  outputs:\n    - {name: es, match: '*'}\n    - {name: loki, match: '*'}\n    - {name: es, match: 'b'}\n";
    expect(compact((await detectorFindings(observabilityDetector, { "fluent-bit.yaml": yaml })).findings)).toEqual(["fluentbit-output:es@5", "fluentbit-output:loki@6"]);
    let many = "pipeline:\n  outputs:\n";
    for (let i = 0; i < 40_000; i++) many += `    - {name: out${i}, match: "*"}\n`;
    const { findings, warnings } = await expectFinishesWithin(() => detectorFindings(observabilityDetector, { "fluent-bit.yaml": many }), 40);
    expect(warnings).toEqual([]);
    expect(findings.length).toBe(40_000);
    expect(findings[39_999]!.line).toBe(40_002);
  });
});

describe("observability: Alertmanager receivers and Grafana data sources by the thousand", () => {
  it("are read at once, each line its own", async () => {
    const small = "route:\n  receiver: ops\nreceivers:\n  - name: ops\n    slack_configs: []\n  - name: pager\n    pagerduty_configs: []\n    slack_configs: []\n";
    expect(compact((await detectorFindings(observabilityDetector, { "alertmanager.yml": small })).findings)).toEqual(["alertmanager-receiver:slack@5", "alertmanager-receiver:pagerduty@7"]);
    let many = "route:\n  receiver: r0\nreceivers:\n  - name: r0\n";
    for (let i = 0; i < 40_000; i++) many += `    x${i}_configs: []\n`;
    let sources = "apiVersion: 1\ndatasources:\n";
    for (let i = 0; i < 30_000; i++) sources += `  - name: s${i}\n    type: t${i}-datasource\n`;
    const alerts = await expectFinishesWithin(() => detectorFindings(observabilityDetector, { "alertmanager.yml": many }), 25);
    const grafana = await expectFinishesWithin(() => detectorFindings(observabilityDetector, { "grafana/provisioning/datasources/all.yaml": sources }), 30);
    expect(alerts.findings.at(-1)!.line).toBe(40_004);
    expect(grafana.findings.at(-1)!.line).toBe(60_002);
  });
});
