import { describe, expect, it } from "vitest";
import { render, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";
import { fixture } from "./helpers.js";

// Perl services and a CPAN distribution, laid out as real ones are: a Mojolicious app as `mojo
// generate app` writes it, a Dancer2 app installed with Carton (its cpanfile.snapshot committed),
// and a distribution whose cpanfile holds its test, configure and develop phases.

const options = { git: false, timestamp: "2024-01-01T00:00:00+00:00" } as const;
/** Each tool as `name version source (version source)`; package entries left out. */
const tools = (found: readonly ToolEntry[]) =>
  found.filter((t) => !t.package_url).map((t) => `${t.name} ${t.version ?? "-"} ${t.detection_source}${t.detection_source_url === t.detection_source ? "" : ` (${t.detection_source_url})`}`);

describe("Perl fixtures", () => {
  it("a Mojolicious app: the framework at its range's lower bound, Perl at the release `requires 'perl'` asks for, PostgreSQL from Mojo::Pg", async () => {
    const { document, warnings } = await scan(fixture("mojolicious-app"), options);
    expect(warnings).toEqual([]);
    // Sentry from the Raven client pinned to a dist; no Redis from the commented-out line, no
    // JSON::Validator tool from a `conflicts` line, no tool from the develop phase's Perl::Critic.
    expect(tools(document.tools)).toEqual(["Perl 5.20 Repo Metadata (cpanfile)", "Mojolicious 9.0 cpanfile", "PostgreSQL - cpanfile", "Sentry - cpanfile"]);
    // No CPAN registry on the site: modules are never package entries.
    expect(document.tools.filter((t) => t.package_url)).toEqual([]);
  });

  it("a CPAN distribution: Perl's decimal requirement written dotted; test-phase databases still named", async () => {
    const { document, warnings } = await scan(fixture("cpan-distribution"), options);
    expect(warnings).toEqual([]);
    // No Redis: it is named only inside the POD block.
    expect(tools(document.tools)).toEqual(["Perl 5.10.1 Repo Metadata (cpanfile)", "PostgreSQL - cpanfile", "SQLite - cpanfile"]);
  });

  it("a Dancer2 app with a Carton snapshot: the golden document", async () => {
    const { document, warnings } = await scan(fixture("dancer2-carton-app"), options);
    expect(warnings).toEqual([]);
    // Dancer at the release the snapshot installed (its cpanfile asks for 0.400000); Redis from the
    // Redis session engine, whose client release (2.000) is not the server's.
    expect(render(document, "yaml")).toBe(GOLDEN);
  });
});

const GOLDEN = `repo_name: dancer2-carton-app
report_id: 107f0a052102230888222290e0cb3abe
version: 0.1
repo_type: Public
timestamp: '2024-01-01T00:00:00+00:00'
requested_by: ''
provider: local
branch: ''
detected_tools_count: 5
tools:
- name: Perl
  website_url: http://www.perl.org/
  open_source: true
  hosted_saas: false
  category: Languages & Frameworks
  sub_category: Languages
  image_url: https://img.stackshare.io/service/1048/perl.png
  detection_source_url: dancer2-carton-app
  detection_source: Repo Metadata
- name: Dancer
  website_url: https://perldancer.org/
  version: '0.400001'
  open_source: true
  hosted_saas: false
  category: Languages & Frameworks
  sub_category: Frameworks (Full Stack)
  detection_source_url: cpanfile.snapshot
  detection_source: cpanfile
- name: MySQL
  website_url: http://www.mysql.com
  open_source: true
  hosted_saas: false
  category: Data Stores
  sub_category: Databases
  image_url: https://img.stackshare.io/service/1025/logo-mysql-170x170.png
  detection_source_url: cpanfile
  detection_source: cpanfile
- name: Redis
  website_url: http://redis.io/
  license: BSD-3-Clause
  open_source: true
  hosted_saas: false
  category: Data Stores
  sub_category: In-Memory Databases
  image_url: https://img.stackshare.io/service/1031/default_cbce472cd134adc6688572f999e9122b9657d4ba.png
  detection_source_url: cpanfile
  detection_source: cpanfile
- name: SQLite
  website_url: http://www.sqlite.org/
  open_source: true
  hosted_saas: false
  category: Data Stores
  sub_category: Databases
  image_url: https://img.stackshare.io/service/1071/sqlite.jpg
  detection_source_url: cpanfile
  detection_source: cpanfile
`;
