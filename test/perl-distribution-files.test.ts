import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";
import { fixture } from "./helpers.js";

// A CPAN distribution without a cpanfile declares its prerequisites in its build script
// (Makefile.PL for ExtUtils::MakeMaker or Module::Install, Build.PL for Module::Build) and in the
// metadata its release tool writes (META.json, or META.yml for older tools). The fixtures are laid
// out as Dist::Zilla and Module::Build write them.

const options = { git: false, timestamp: "2024-01-01T00:00:00+00:00" } as const;
const tools = (found: readonly ToolEntry[]) => found.filter((t) => !t.package_url).map((t) => `${t.name} ${t.version ?? "-"} ${t.detection_source}`);
const scanFiles = (files: Record<string, string>) => scan(new MemorySource(files), options);

describe("Perl distribution files", () => {
  it("a Dist::Zilla Makefile.PL: PREREQ_PM, TEST_REQUIRES, META_MERGE's develop prereqs and MIN_PERL_VERSION; a sample's Makefile.PL under t/ left out", async () => {
    const { document, warnings } = await scan(fixture("perl-makemaker-dist"), options);
    expect(warnings).toEqual([]);
    // Redis from a test requirement, SQLite from META_MERGE's develop phase, both named as a
    // cpanfile's test and develop modules are; no MongoDB from t/data/Sample/Makefile.PL.
    expect(tools(document.tools)).toEqual(["Perl 5.16 Repo Metadata", "Mojolicious 9.0 Makefile.PL", "PostgreSQL - Makefile.PL", "Redis - Makefile.PL", "SQLite - Makefile.PL"]);
    expect(document.tools.filter((t) => t.package_url)).toEqual([]);
  });

  it("a Module::Build Build.PL: requires (with perl), build_requires and recommends", async () => {
    const { document, warnings } = await scan(fixture("perl-module-build-dist"), options);
    expect(warnings).toEqual([]);
    expect(tools(document.tools)).toEqual(["Perl 5.10 Repo Metadata", "Dancer 1.3 Build.PL", "Memcached - Build.PL", "MySQL - Build.PL"]);
  });

  it("a Build.PL cut off above its first hash (its file opening on `=> {`) is read, not a detector failure", async () => {
    // The long fuzz run (FUZZ_RUNS=20000) found it: a brace two tokens from the file's start had
    // no key token before its `=>`.
    const { document, warnings } = await scanFiles({ "Build.PL": "    => {\n        'perl'   => '5.010',\n        'Dancer' => '1.3',\n    },\n    recommends => { 'Cache::Memcached' => '1.30' },\n);\n" });
    expect(warnings).toEqual([]);
    // The keyless first hash says nothing (its perl pin is no requires'); recommends still names Memcached.
    expect(tools(document.tools)).toEqual(["Perl - Repo Metadata", "Memcached - Build.PL"]);
  });

  it("META.json alone: each phase's requires and suggests, and Perl from runtime's perl", async () => {
    const meta = {
      name: "Mojolicious-Plugin-Demo",
      "meta-spec": { version: 2 },
      prereqs: {
        runtime: { requires: { Mojolicious: "8.0", perl: "5.010001" }, suggests: { "Mojo::Redis": "3.0" } },
        test: { requires: { "Test::More": "0.96", "DBD::SQLite": "0" } },
        configure: { requires: { "ExtUtils::MakeMaker": "0" } },
      },
    };
    const { document } = await scanFiles({ "META.json": JSON.stringify(meta, null, 3) });
    expect(tools(document.tools)).toEqual(["Perl 5.10.1 META.json", "Mojolicious 8.0 META.json", "Redis - META.json", "SQLite - META.json"]);
  });

  it("META.yml alone: the 1.x keys", async () => {
    const { document } = await scanFiles({
      "META.yml": "---\nname: Dancer-Plugin-Demo\nrequires:\n  Dancer: '1.3'\n  perl: '5.008'\nbuild_requires:\n  DBD::Pg: 0\nmeta-spec:\n  version: '1.4'\n",
    });
    expect(tools(document.tools)).toEqual(["Perl 5.8 META.yml", "Dancer 1.3 META.yml", "PostgreSQL - META.yml"]);
  });

  it("META.yml's unquoted versions are kept as written: 1.3100 is not the number 1.31", async () => {
    // CPAN::Meta::YAML writes versions without quotes; a YAML reader that types scalars would
    // turn Dancer 1.3100 into 1.31 and perl 5.010 into 5.01.
    const { document } = await scanFiles({ "META.yml": "---\nname: Dancer-Plugin-Demo\nrequires:\n  Dancer: 1.3100\n  perl: 5.010\n" });
    expect(tools(document.tools)).toEqual(["Perl 5.10 META.yml", "Dancer 1.3100 META.yml"]);
  });

  it("a Module::Install Makefile.PL: its statements, perl_version, and versions held in variables", async () => {
    const { document } = await scanFiles({
      "Makefile.PL": [
        "use inc::Module::Install;",
        "name     'Web-Demo';",
        "all_from 'lib/Web/Demo.pm';",
        "perl_version '5.008004';",
        "requires 'Mojolicious' => '7.0';",
        "requires 'MongoDB';",
        "test_requires 'Test::More' => '0.88';",
        "WriteAll;",
        "",
      ].join("\n"),
      "Build.PL": "use Module::Build;\nmy $v = '2.0';\nModule::Build->new(module_name => 'Web::Demo', requires => { 'Redis' => $v })->create_build_script;\n",
    });
    expect(tools(document.tools)).toEqual(["Perl 5.8.4 Repo Metadata", "Mojolicious 7.0 Makefile.PL", "MongoDB - Makefile.PL", "Redis - Build.PL"]);
  });

  it("a hash key that is no prerequisite names nothing; a Makefile.PL without prerequisites still names Perl", async () => {
    const { document } = await scanFiles({
      "Makefile.PL": "use ExtUtils::MakeMaker;\nWriteMakefile(NAME => 'Plain', VERSION_FROM => 'lib/Plain.pm', test => { TESTS => 't/*.t' }, clean => { FILES => 'Redis MongoDB' });\n",
    });
    expect(tools(document.tools)).toEqual(["Perl - Repo Metadata"]);
  });

  it("a malformed META.json is a warning naming it, and names nothing; the Makefile.PL beside it is still read", async () => {
    const { document, warnings } = await scanFiles({
      "META.json": '{ "prereqs": { "runtime": { "requires": { "MongoDB": "2.2" ',
      "Makefile.PL": "WriteMakefile(NAME => 'X', PREREQ_PM => { 'Dancer2' => '0.400000' });\n",
    });
    expect(warnings.map((w) => w.file)).toEqual(["META.json"]);
    expect(tools(document.tools)).toEqual(["Perl - Repo Metadata", "Dancer 0.400000 Makefile.PL"]);
  });
});
