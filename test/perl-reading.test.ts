import { describe, expect, it } from "vitest";
import { perlDetector } from "../detectors/perl/index.js";
import { tokenize } from "../detectors/perl/tokens.js";
import { readCpanfile } from "../detectors/perl/cpanfile.js";
import { distributionVersion, installedModules, namesakeModules, readSnapshot } from "../detectors/perl/snapshot.js";
import { perlRelease } from "../detectors/perl/perl-version.js";
import { byFile, detectorFindings } from "./detector-findings.js";

// The Perl reader piece by piece, on cpanfiles written the ways real ones are (Module::CPANfile's
// DSL: both quote kinds, comma and fat comma, phase blocks and shortcuts, feature blocks, options
// after the version) and on the cpanfile.snapshot Carton writes beside them.

const brief = (text: string) => readCpanfile(text).dependencies.map((d) => `${d.name}${d.declared === undefined ? "" : ` [${d.declared}]`} ${d.phase}/${d.relationship}@${d.line}`);

describe("cpanfile tokens", () => {
  it("strings of both quote kinds, escapes, words, numbers and marks, comments left out", () => {
    const tokens = tokenize(`requires "Foo::Bar" => 1.0.28; # a comment: requires 'Nope'\nrequires('It\\'s', "v\\"2");`);
    expect(tokens.map((t) => `${t.kind}:${t.text}@${t.line}`)).toEqual([
      "word:requires@1", "string:Foo::Bar@1", "mark:=>@1", "word:1.0.28@1", "mark:;@1",
      "word:requires@2", "mark:(@2", "string:It's@2", "mark:,@2", 'string:v"2@2', "mark:)@2", "mark:;@2",
    ]);
  });

  it("a `#` inside a string is no comment; lines count through multi-line strings", () => {
    const tokens = tokenize(`requires 'A', '1', url => 'http://example.com/a#frag';\nrequires 'B\nC';\nrequires 'D';`);
    expect(tokens.filter((t) => t.kind === "string").map((t) => `${t.text}@${t.line}`)).toEqual(["A@1", "1@1", "http://example.com/a#frag@1", "B\nC@2", "D@4"]);
  });

  it("q and qq quotes with paired or plain delimiters, nested pairs kept whole", () => {
    const tokens = tokenize("requires q(Moose), qq{2.2};\nrequires q [Try::Tiny];\nrequires q|Moo|, q<a<b>c>;\nrequires q;\nrequires quux;");
    expect(tokens.filter((t) => t.kind === "string").map((t) => t.text)).toEqual(["Moose", "2.2", "Try::Tiny", "Moo", "a<b>c"]);
    // `q` followed by a mark that opens no quote is a word, as is a word that only starts with q.
    expect(tokens.filter((t) => t.kind === "word").map((t) => t.text)).toEqual(["requires", "requires", "requires", "requires", "q", "requires", "quux"]);
    // A tab before the delimiter; words that only start or end with q are words; lines go on after a multi-line quote.
    expect(tokenize("q\t(A)\nquux(1) faq(2)\nrequires q(B\nC);\nrequires 'D';").map((t) => `${t.kind}:${t.text}@${t.line}`)).toEqual([
      "string:A@1", "word:quux@2", "mark:(@2", "word:1@2", "mark:)@2", "word:faq@2", "mark:(@2", "word:2@2", "mark:)@2",
      "word:requires@3", "string:B\nC@3", "mark:;@4", "word:requires@5", "string:D@5", "mark:;@5",
    ]);
  });

  it("POD blocks and everything after __END__ or __DATA__ are left out", () => {
    const text = "requires 'A';\n=pod\n\nrequires 'Hidden';\n\n=cut\nrequires 'B';\n=head1 NAME\nrequires 'Open';\n__END__\nrequires 'Late';\n";
    expect(tokenize(text).filter((t) => t.kind === "string").map((t) => `${t.text}@${t.line}`)).toEqual(["A@1", "B@7"]);
    expect(tokenize("requires 'A';\n__DATA__\nrequires 'B';").filter((t) => t.kind === "string").map((t) => t.text)).toEqual(["A"]);
    // `=` opens POD only at a line's start, followed by a letter: a fat comma at a line's start does not.
    expect(tokenize("requires 'A'\n=> '1.0';\n =pod\n").map((t) => t.text)).toEqual(["requires", "A", "=>", "1.0", ";", "pod"]);
    // An unterminated quote runs to the end without failing.
    expect(tokenize("requires 'A', '1.0").map((t) => t.text)).toEqual(["requires", "A", ",", "1.0"]);
    expect(tokenize("requires q(A").map((t) => t.text)).toEqual(["requires", "A"]);
    expect(tokenize("x \\").map((t) => t.text)).toEqual(["x"]);
    // POD on the first line; a stray `=cut` line is a block of its own; __END__ outside POD.
    expect(tokenize("=pod\nrequires 'A';\n=cut\nrequires 'B';\n=cut\nrequires 'C';\n__END__\nrequires 'D';").filter((t) => t.kind === "string").map((t) => `${t.text}@${t.line}`)).toEqual(["B@4", "C@6"]);
    // A comment, a word or a variable that ends the text.
    expect(tokenize("requires 'A'; # the end").map((t) => t.text)).toEqual(["requires", "A", ";"]);
    expect(tokenize("requires Foo").map((t) => t.text)).toEqual(["requires", "Foo"]);
    expect(tokenize("requires $foo").map((t) => t.text)).toEqual(["requires", "$foo"]);
    // Only `=>` is a fat comma: `->` and a lone `>` are skipped.
    expect(tokenize("requires 'A' -> '1' > '2'").map((t) => t.text)).toEqual(["requires", "A", "1", "2"]);
    expect(tokenize("requires $module, @list, %hash, $ 'A'").map((t) => `${t.kind}:${t.text}`)).toEqual(["word:requires", "mark:$module", "mark:,", "mark:@list", "mark:,", "mark:%hash", "mark:,", "string:A"]);
    expect(tokenize("'a\\")[0]?.text).toBe("a\\");
  });
});

describe("cpanfile statements", () => {
  it("requires, recommends and suggests at runtime, each with its version as written", () => {
    const text = [
      "requires 'perl', '5.010001';",
      "requires 'Mojolicious', '>= 9.0, < 10.0';",
      'requires "Dancer2" => "0.400000";',
      "requires 'Moo' => 2;",
      "requires 'Try::Tiny';",
      "requires 'Any', '0';",
      "requires('JSON::MaybeXS', '1.003');",
      "requires Plack => '1.0047';",
      "recommends 'EV', '4.0';",
      "suggests 'Cpanel::JSON::XS', '== 4.37';",
      "conflicts 'JSON::Validator', '< 5.0';",
    ].join("\n");
    expect(readCpanfile(text).perl).toBe("5.010001");
    expect(brief(text)).toEqual([
      "Mojolicious [>= 9.0, < 10.0] runtime/requires@2",
      "Dancer2 [0.400000] runtime/requires@3",
      "Moo [2] runtime/requires@4",
      "Try::Tiny runtime/requires@5",
      "Any runtime/requires@6",
      "JSON::MaybeXS [1.003] runtime/requires@7",
      "Plack [1.0047] runtime/requires@8",
      "EV [4.0] runtime/recommends@9",
      "Cpanel::JSON::XS [== 4.37] runtime/suggests@10",
    ]);
  });

  it("on blocks set the phase of what they hold, and the phase ends with the block", () => {
    const text = `on 'test' => sub {
    requires 'Test::More', '0.98';
    recommends 'Test::Pod';
};
on develop => sub { requires 'Perl::Critic' };
on "configure", sub {
  requires 'Module::Build::Tiny', '0.034';
};
on build => sub { requires 'ExtUtils::MakeMaker' };
on runtime => sub { requires 'Moo' };
requires 'After';
`;
    expect(brief(text)).toEqual([
      "Test::More [0.98] test/requires@2",
      "Test::Pod test/recommends@3",
      "Perl::Critic develop/requires@5",
      "Module::Build::Tiny [0.034] configure/requires@7",
      "ExtUtils::MakeMaker build/requires@9",
      "Moo runtime/requires@10",
      "After runtime/requires@11",
    ]);
  });

  it("the phase shortcuts, and feature blocks that keep the phase around them", () => {
    const text = `test_requires 'Test::Fatal';
build_requires 'Module::Install';
configure_requires 'ExtUtils::MakeMaker', '6.64';
author_requires 'Test::Perl::Critic';
feature 'sqlite', 'SQLite support' => sub {
    requires 'DBD::SQLite', '1.60';
    on test => sub { requires 'Test::SQLite' };
    requires 'DBIx::Class';
};
on test => sub {
    feature 'pg', 'PostgreSQL' => sub { requires 'Test::PostgreSQL' };
    requires 'Test::Deep';
};
`;
    expect(brief(text)).toEqual([
      "Test::Fatal test/requires@1",
      "Module::Install build/requires@2",
      "ExtUtils::MakeMaker [6.64] configure/requires@3",
      "Test::Perl::Critic develop/requires@4",
      "DBD::SQLite [1.60] runtime/requires@6",
      "Test::SQLite test/requires@7",
      "DBIx::Class runtime/requires@8",
      "Test::PostgreSQL test/requires@11",
      "Test::Deep test/requires@12",
    ]);
  });

  it("options after the module or its version are no version; a phase word without a block names no phase", () => {
    const text = [
      "requires 'Sentry::Raven', '== 1.16', dist => 'QCOMMIT/Sentry-Raven-1.16.tar.gz';",
      "requires 'Local::Thing', dist => 'ME/Local-Thing-0.01.tar.gz';",
      "requires 'Fork', url => 'https://example.com/Fork-1.0.tar.gz';",
      "requires 'Mirrored', mirror => 'https://cpan.example.com';",
      "requires 'FromGit', git => 'https://github.com/example/p5-fromgit.git', ref => 'main';",
      "requires 'Reffed', ref => 'v1';",
      "on 'test';",
      "{ requires 'StillRuntime' }",
      "on 'nonsense' => sub { requires 'Nonsense' };",
    ].join("\n");
    expect(brief(text)).toEqual([
      "Sentry::Raven [== 1.16] runtime/requires@1",
      "Local::Thing runtime/requires@2",
      "Fork runtime/requires@3",
      "Mirrored runtime/requires@4",
      "FromGit runtime/requires@5",
      "Reffed runtime/requires@6",
      "StillRuntime runtime/requires@8",
      "Nonsense runtime/requires@9",
    ]);
  });

  it("what is no module is skipped: variables, names with spaces, a missing name; stray closing braces do not break the phase", () => {
    expect(brief("requires 'A', $version;\nrequires 'B'")).toEqual(["A runtime/requires@1", "B runtime/requires@2"]);
    expect(brief("requires 'A';\nrequires")).toEqual(["A runtime/requires@1"]);
    const text = "requires $module, '1.0';\nrequires 'Foo Bar';\nrequires;\nrequires ,'1.0';\n}}\nrequires 'Ok::Name_2', '1';\nrequires '3D';\nrequires 'Foo::', '1';\nrequires '::Foo';\nrequires 'A::B:C';";
    expect(brief(text)).toEqual(["Ok::Name_2 [1] runtime/requires@6"]);
  });

  it("Perl's own version only from a runtime `requires`, never from a test phase, `recommends` or version 0", () => {
    expect(readCpanfile("requires 'perl', '0';").perl).toBeUndefined();
    expect(readCpanfile("requires 'perl';").perl).toBeUndefined();
    expect(readCpanfile("recommends 'perl', '5.036';").perl).toBeUndefined();
    expect(readCpanfile("on test => sub { requires 'perl', '5.036' };").perl).toBeUndefined();
    expect(readCpanfile("test_requires 'perl', '5.036';").perl).toBeUndefined();
    expect(readCpanfile("requires 'perl' => 'v5.36';\nrequires 'perl', '5.038';").perl).toBe("5.038");
    expect(readCpanfile("requires 'perl' => 'v5.36';").dependencies).toEqual([]);
    expect(readCpanfile("requires 'perl', ' 5.020 ';").perl).toBe("5.020");
  });
});

describe("perlRelease", () => {
  it("decimal versions become dotted, three digits a part; dotted ones and ranges keep their bound", () => {
    expect(perlRelease("5.010")).toBe("5.10");
    expect(perlRelease("5.010001")).toBe("5.10.1");
    expect(perlRelease("5.008_001")).toBe("5.8.1");
    expect(perlRelease("5.0360")).toBe("5.36.0");
    expect(perlRelease("5.006")).toBe("5.6");
    expect(perlRelease("v5.36")).toBe("5.36");
    expect(perlRelease("5.32.0")).toBe("5.32.0");
    expect(perlRelease(">= 5.010, < 6")).toBe("5.10");
    expect(perlRelease("5.10")).toBe("5.10");
    expect(perlRelease("5")).toBe("5");
    expect(perlRelease("10.010")).toBe("10.10");
    expect(perlRelease("5.10.100")).toBe("5.10.100");
    expect(perlRelease("5.100.1")).toBe("5.100.1");
    expect(perlRelease("0")).toBeUndefined();
    expect(perlRelease(undefined)).toBeUndefined();
  });
});

const snapshot = `# carton snapshot format: version 1.0
DISTRIBUTIONS
  Mojolicious-9.35
    pathname: S/SR/SRI/Mojolicious-9.35.tar.gz
    provides:
      Mojo undef
      Mojo::Base undef
      Mojolicious 9.35
      Test::Mojo undef
    requirements:
      ExtUtils::MakeMaker 0
      IO::Socket::IP 0.37
      perl 5.016
  DBD-Pg-3.18.0
    pathname: T/TU/TURNSTEP/DBD-Pg-3.18.0.tar.gz
    provides:
      Bundle::DBD::Pg v3.18.0
      DBD::Pg v3.18.0
    requirements:
      DBI 1.614
  DBI-1.643
    pathname: T/TI/TIMB/DBI-1.643.tar.gz
    provides:
      Bundle::DBI 12.008696
      DBD::DBM 0.08
      DBI 1.643
  mod_perl-2.0.13
    pathname: S/SH/SHAY/mod_perl-2.0.13.tar.gz
    provides:
      Apache2::Const 2.000013
      mod_perl2 2.000013
    requirements:
      perl 5.006
  Local-Build
    pathname: L/LO/LOCAL/Local-Build.tar.gz
    provides:
      Local::Build::Util undef
      Local::Build 0.5
  Unversioned
    provides:
      Unversioned undef
  Mojo-Pg-v4.27
    pathname: S/SR/SRI/Mojo-Pg-4.27.tar.gz
    provides:
      Mojo::Pg 4.27
      Mojo::Base 0.1
`;

describe("cpanfile.snapshot", () => {
  it("each distribution with its release and the modules it provides", () => {
    const dists = readSnapshot(snapshot);
    expect(dists.map((d) => `${d.name} ${d.version}`)).toEqual(["Mojolicious-9.35 9.35", "DBD-Pg-3.18.0 3.18.0", "DBI-1.643 1.643", "mod_perl-2.0.13 2.0.13", "Local-Build 0.5", "Unversioned undefined", "Mojo-Pg-v4.27 4.27"]);
    expect([...dists[0]!.provides]).toEqual([["Mojo", undefined], ["Mojo::Base", undefined], ["Mojolicious", "9.35"], ["Test::Mojo", undefined]]);
    expect(dists[1]!.provides.get("DBD::Pg")).toBe("3.18.0");
    // The requirements and the pathname are not modules the distribution provides.
    expect(dists[0]!.provides.has("IO::Socket::IP")).toBe(false);
    expect(dists[3]!.provides.has("perl")).toBe(false);
  });

  it("a module's release is its distribution's; the first distribution providing a module keeps it", () => {
    const modules = installedModules(readSnapshot(snapshot));
    expect(modules.get("Mojolicious")).toBe("9.35");
    expect(modules.get("Test::Mojo")).toBe("9.35");
    expect(modules.get("Mojo::Base")).toBe("9.35");
    expect(modules.get("mod_perl2")).toBe("2.0.13");
    expect(modules.get("DBD::DBM")).toBe("1.643");
    expect(modules.get("Local::Build")).toBe("0.5");
    expect(modules.has("Unversioned")).toBe(false);
    expect(modules.get("Mojo::Pg")).toBe("4.27");
  });

  it("the modules a distribution is named after, else all it provides", () => {
    const modules = namesakeModules(readSnapshot(snapshot));
    expect([...modules]).toEqual([
      ["Mojolicious", "9.35"],
      ["DBD::Pg", "3.18.0"],
      ["DBI", "1.643"],
      ["Apache2::Const", "2.0.13"],
      ["mod_perl2", "2.0.13"],
      ["Local::Build", "0.5"],
      ["Mojo::Pg", "4.27"],
    ]);
  });

  it("lines out of place, entries that are no module line, and text before DISTRIBUTIONS are skipped", () => {
    const odd = "  Early-1.0\n      Early 1.0\nDISTRIBUTIONS\n      Orphan 1.0\n  A-1.0\n    provides:\n      A 1.0\n      not a module line\n      B::C\n    requirements:\n      D 2.0\nFOOTER\n      E 3.0\n";
    const dists = readSnapshot(odd);
    expect(dists.map((d) => [d.name, [...d.provides.keys()]])).toEqual([["Early-1.0", []], ["A-1.0", ["A"]]]);
    // A blank line, a line that is no field and an indent no snapshot uses keep the distribution; a
    // margin line ends it; two spaces before a version are still one entry.
    const loose = "DISTRIBUTIONS\n  A-1.0\n    provides:\n      A 1.0\n\n      B  1.0\n    not provides:\n      C 1.0\n    provides:\n     odd\n      D 1.0\nE 1.0\n      F 1.0\n  G-1.0\n    provides:\n      G 1.0\n   odd\n      H 1.0\n  Redis-1.999\n    provides:\n      Redis 1.999\n  Redis-2.000\n    provides:\n      Redis 2.000\n";
    expect(readSnapshot(loose).map((d) => [d.name, [...d.provides.keys()]])).toEqual([["A-1.0", ["A", "B", "D"]], ["G-1.0", ["G", "H"]], ["Redis-1.999", ["Redis"]], ["Redis-2.000", ["Redis"]]]);
    expect(namesakeModules(readSnapshot(loose)).get("Redis")).toBe("1.999");
    expect(readSnapshot("")).toEqual([]);
    expect(readSnapshot("DISTRIBUTIONS\r\n  X-1.0\r\n    provides:\r\n      X 1.0\r\n")[0]!.provides.get("X")).toBe("1.0");
  });

  it("distributionVersion reads the release a name ends with", () => {
    expect(distributionVersion("DBD-Pg-3.18.0")).toBe("3.18.0");
    expect(distributionVersion("Canary-Stability-2013")).toBe("2013");
    expect(distributionVersion("libwww-perl-6.67")).toBe("6.67");
    expect(distributionVersion("Foo-v1.2.3")).toBe("1.2.3");
    expect(distributionVersion("Foo-1.2-TRIAL")).toBeUndefined();
    expect(distributionVersion("Foo")).toBeUndefined();
    expect(distributionVersion("Foo2")).toBeUndefined();
  });
});

describe("the Perl detector", () => {
  it("a cpanfile alone: each module as a cpan finding with its lower bound, development phases marked, Perl with its release", async () => {
    const cpanfile = "requires 'perl', '5.020';\nrequires 'Mojolicious', '>= 9.0, < 10.0';\nrequires 'Mojo::Pg' => '4.27';\nrequires 'EV';\non test => sub { requires 'Test::More', '0.98'; requires 'Mojolicious'; };\nsuggests 'Mojolicious', '8.0';\n";
    const { findings, warnings } = await detectorFindings(perlDetector, { cpanfile });
    expect(warnings).toEqual([]);
    expect(byFile(findings)).toEqual({
      cpanfile: [
        "runtime:perl 5.020 ->5.20",
        "cpan:Mojolicious@2 >= 9.0, < 10.0 ->9.0 direct",
        "cpan:Mojo::Pg@3 4.27 ->4.27 direct",
        "cpan:EV@4 direct",
        "cpan:Test::More@5 0.98 ->0.98 direct dev",
      ],
    });
  });

  it("a runtime declaration outranks a development one, requires outranks recommends, whichever comes first", async () => {
    const cpanfile = "on test => sub { requires 'A', '2'; };\nrequires 'A', '1';\nsuggests 'B', '3';\nrecommends 'B', '2';\nrequires 'B', '1';\nrecommends 'C', '1';\nsuggests 'C', '2';\non develop => sub { requires 'D', '1' };\nrecommends 'D', '2';\nrecommends 'E', '1';\non test => sub { requires 'E', '2' };\nrequires 'F', '1';\nrequires 'F', '2';\n";
    const { findings } = await detectorFindings(perlDetector, { cpanfile });
    expect(byFile(findings).cpanfile!.filter((f) => f.startsWith("cpan:"))).toEqual([
      "cpan:A@2 1 ->1 direct",
      "cpan:B@5 1 ->1 direct",
      "cpan:C@6 1 ->1 direct",
      "cpan:D@9 2 ->2 direct",
      "cpan:E@10 1 ->1 direct",
      "cpan:F@12 1 ->1 direct",
    ]);
  });

  it("the snapshot beside the cpanfile or above it gives installed releases; its other catalog modules lend theirs", async () => {
    const files = {
      "cpanfile": "requires 'Mojolicious::Plugin::OpenAPI';\nrequires 'DBD::Pg', '3.5.0';\nrequires 'Unlocked', '1.0';\n",
      "cpanfile.snapshot": snapshot + "  Mojolicious-Plugin-OpenAPI-5.09\n    provides:\n      Mojolicious::Plugin::OpenAPI 5.09\n  Redis-2.000\n    provides:\n      Redis 2.000\n  Moo-2.005004\n    provides:\n      Moo 2.005004\n",
      "services/api/cpanfile": "requires 'Mojolicious';\n",
      "tools/cpanfile": "requires 'Redis';\n",
      "tools/cpanfile.snapshot": "DISTRIBUTIONS\n  Redis-1.999\n    provides:\n      Redis 1.999\n",
    };
    const { findings, warnings } = await detectorFindings(perlDetector, files);
    expect(warnings).toEqual([]);
    expect(byFile(findings)).toEqual({
      cpanfile: [
        "cpan:Apache2::Const ->2.0.13 (cpanfile.snapshot) installed",
        "cpan:mod_perl2 ->2.0.13 (cpanfile.snapshot) installed",
        "cpan:Mojo::Pg ->4.27 (cpanfile.snapshot) installed",
        "cpan:Mojolicious ->9.35 (cpanfile.snapshot) installed",
        "cpan:Redis ->2.000 (cpanfile.snapshot) installed",
        "runtime:perl",
        "cpan:Mojolicious::Plugin::OpenAPI@1 ->5.09 (cpanfile.snapshot) direct",
        "cpan:DBD::Pg@2 3.5.0 ->3.18.0 (cpanfile.snapshot) direct",
        "cpan:Unlocked@3 1.0 ->1.0 direct",
      ],
      // Below the snapshot's folder: the same snapshot; the modules it declares are not installed findings.
      "services/api/cpanfile": [
        "cpan:Apache2::Const ->2.0.13 (cpanfile.snapshot) installed",
        "cpan:DBD::Pg ->3.18.0 (cpanfile.snapshot) installed",
        "cpan:mod_perl2 ->2.0.13 (cpanfile.snapshot) installed",
        "cpan:Mojo::Pg ->4.27 (cpanfile.snapshot) installed",
        "cpan:Mojolicious::Plugin::OpenAPI ->5.09 (cpanfile.snapshot) installed",
        "cpan:Redis ->2.000 (cpanfile.snapshot) installed",
        "runtime:perl",
        "cpan:Mojolicious@1 ->9.35 (cpanfile.snapshot) direct",
      ],
      "tools/cpanfile": ["runtime:perl", "cpan:Redis@1 ->1.999 (tools/cpanfile.snapshot) direct"],
    });
  });

  it("a snapshot without a cpanfile says nothing; an unreadable cpanfile is a warning", async () => {
    const alone = await detectorFindings(perlDetector, { "cpanfile.snapshot": snapshot });
    expect(alone.findings).toEqual([]);
    const binary = await detectorFindings(perlDetector, { cpanfile: "\u0000\u0001\u0002", "cpanfile.snapshot": "\u0000\u0001" });
    expect(binary.warnings).toEqual(["cpanfile: skipped: binary content", "cpanfile.snapshot: skipped: binary content"]);
    expect(binary.findings).toEqual([]);
    // Files that only end like a cpanfile are not one.
    const others = await detectorFindings(perlDetector, { "my.cpanfile": "requires 'A';", "cpanfile.snapshot.bak": snapshot });
    expect(others.findings).toEqual([]);
  });
});
