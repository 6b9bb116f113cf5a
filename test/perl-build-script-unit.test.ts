import { describe, expect, it } from "vitest";
import { readBuildScript, readMeta } from "../detectors/perl/build-files.js";

// The build-script and metadata readers called alone, written against the survivors of the stop 51
// mutation run (the distribution tests read them only through the built document, which keeps no
// phase, relationship or line). Shapes as ExtUtils::MakeMaker, Module::Build and Module::Install
// distributions write them.

const dep = (name: string, phase: string, relationship: string, line?: number, declared?: string) => ({ name, ...(declared ? { declared } : {}), phase, relationship, ...(line === undefined ? {} : { line }) });

describe("readBuildScript", () => {
  it("a MakeMaker Makefile.PL: MIN_PERL_VERSION, PREREQ_PM's versions (0, empty, a variable), a nested hash passed over, META_MERGE's phases", () => {
    const text = [
      "use ExtUtils::MakeMaker;",
      "WriteMakefile(",
      "  NAME => 'My::App',",
      "  MIN_PERL_VERSION => '5.010001',",
      "  PREREQ_PM => {",
      "    'DBI' => '1.63',",
      "    'JSON::PP' => 0,",
      "    'Moo' => $moo_version,",
      "    'Try::Tiny' => '',",
      "    'Nested' => { x => 1 }, 'After::Nested' => '2.1',",
      "    'perl' => '5.008',",
      "  },",
      "  TEST_REQUIRES => { 'Test::More' => '0.98', },",
      "  META_MERGE => {",
      "    'meta-spec' => { version => 2 },",
      "    resources => { repository => { type => 'git', url => 'https://example.org/x.git' } },",
      "    prereqs => { develop => { requires => { 'Dist::Zilla' => '6.0' } }, runtime => { recommends => { 'EV' => '4' } } },",
      "  },",
      ");",
    ].join("\n");
    expect(readBuildScript(text)).toEqual({
      perl: "5.010001",
      dependencies: [
        dep("DBI", "runtime", "requires", 6, "1.63"),
        dep("JSON::PP", "runtime", "requires", 7),
        dep("Moo", "runtime", "requires", 8),
        dep("Try::Tiny", "runtime", "requires", 9),
        dep("After::Nested", "runtime", "requires", 10, "2.1"),
        dep("Test::More", "test", "requires", 13, "0.98"),
        dep("Dist::Zilla", "develop", "requires", 17, "6.0"),
        dep("EV", "runtime", "recommends", 17, "4"),
      ],
    });
  });

  it("a Module::Build Build.PL: perl from requires only, build_requires' perl is no pin", () => {
    const text = "use Module::Build;\nModule::Build->new(\n  module_name => 'My::Dist',\n  build_requires => { 'perl' => '5.006', 'Test::Fatal' => '0.01' },\n  requires => { 'perl' => '5.010', 'Plack' => '1.0' },\n  configure_requires => { 'Module::Build' => '0.42' },\n)->create_build_script;\n";
    expect(readBuildScript(text)).toEqual({
      perl: "5.010",
      dependencies: [dep("Test::Fatal", "build", "requires", 4, "0.01"), dep("Plack", "runtime", "requires", 5, "1.0"), dep("Module::Build", "configure", "requires", 6, "0.42")],
    });
    expect(readBuildScript("Module::Build->new(\n  recommends => { 'perl' => '5.012' },\n  build_requires => { perl => '5.006' },\n);\n")).toEqual({ dependencies: [] });
  });

  it("a Module::Install Makefile.PL: perl_version and its statements; MIN_PERL_VERSION read where written first", () => {
    const text = "use inc::Module::Install;\nname 'My-App';\nperl_version '5.008001';\nrequires 'Catalyst::Runtime' => '5.90';\ntest_requires 'Test::More' => '0.88';\nWriteAll;\n";
    expect(readBuildScript(text)).toEqual({ perl: "5.008001", dependencies: [dep("Catalyst::Runtime", "runtime", "requires", 4, "5.90"), dep("Test::More", "test", "requires", 5, "0.88")] });
    expect(readBuildScript("WriteMakefile(\n  MIN_PERL_VERSION => '5.012',\n);\nperl_version '5.010';\n").perl).toBe("5.012");
    expect(readBuildScript("WriteMakefile(\n  MIN_PERL_VERSION => $min,\n  NAME => 'X',\n);\n").perl).toBeUndefined();
    expect(readBuildScript("perl_version;\n").perl).toBeUndefined();
  });

  it("a Build.PL's meta_merge prereqs written above its requires: the phase's hash closes before the top-level requires", () => {
    const text = "Module::Build->new(\n  meta_merge => { 'meta-spec' => { version => 2 }, prereqs => { develop => { requires => { 'Dist::Zilla' => '6' } } } },\n  requires => { 'Plack' => '1.0' },\n)->create_build_script;\n";
    expect(readBuildScript(text)).toEqual({ dependencies: [dep("Dist::Zilla", "develop", "requires", 2, "6"), dep("Plack", "runtime", "requires", 3, "1.0")] });
  });

  it("a relationship key outside a phase's hash, and a phase's key outside META_MERGE's prereqs, name nothing", () => {
    // `requires` under `resources` (no phase) is Module::Build's own key; `runtime => {}` at the top is no key at all.
    expect(readBuildScript("WriteMakefile(\n  runtime => { 'A::B' => '1' },\n  resources => { recommends => { 'C::D' => '2' } },\n);\n")).toEqual({ dependencies: [dep("C::D", "runtime", "recommends", 3, "2")] });
  });
});

describe("readMeta", () => {
  it("META.json: phases and relationships the spec names only; a number version; perl from runtime requires", () => {
    const meta = { prereqs: { x_custom: { requires: { "A::B": "1" } }, runtime: { requires: { perl: "5.010", "B::C": 2, "C::D": "0" }, conflicts: { "D::E": "1" } }, test: "nope", develop: { requires: "nope" } } };
    expect(readMeta(meta)).toEqual({ perl: "5.010", dependencies: [dep("B::C", "runtime", "requires", undefined, "2"), dep("C::D", "runtime", "requires")] });
  });

  it("META.yml 1.x: its flat keys; a number perl; a key that is no hash passed over", () => {
    expect(readMeta({ requires: { perl: 5.006, "E::F": "1.2" }, build_requires: { "F::G": "0" }, recommends: "x" })).toEqual({ perl: "5.006", dependencies: [dep("E::F", "runtime", "requires", undefined, "1.2"), dep("F::G", "build", "requires")] });
    expect(readMeta("not a map")).toEqual({ dependencies: [] });
  });
});
