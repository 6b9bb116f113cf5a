import fc from "fast-check";
import { describe, it } from "vitest";
import { jsonObject, jsonValue, nameOf, property, RUNS, TIMEOUT, tomlKey, tomlLines, tomlValue, version, yamlFlow, yamlScalar, type Tree } from "./fuzz-structured-kit.js";

// Structure-aware fuzzing of the ecosystems test/fuzz-structured.test.ts leaves out: Ruby, PHP, Rust,
// Elixir, Dart, Swift and CocoaPods, Terraform, Helm, sbt and CI files. Each generator writes what
// the tool writes (a Gemfile.lock's sections, a Cargo.lock of any version, a Package.resolved v1-v3)
// with hostile values where a reader expects a string: other types, prototype keys (`toString`,
// `__proto__`), duplicate keys, include and extends loops, empty and huge values, unicode, and the
// file saved with CRLF line ends or a BOM. The check is fuzz-structured-kit.ts's: no detector
// fails, the scan keeps its CPU budget, warnings name files of the tree, the document is valid, the
// good manifests beside the hostile ones are still reported.

/** A file as an editor on another system saves it: CRLF line ends, a byte order mark, or both. */
const saved = (text: fc.Arbitrary<string>) =>
  fc.tuple(text, fc.constantFrom("", "crlf", "bom", "crlf+bom")).map(([t, how]) => `${how.includes("bom") ? "\ufeff" : ""}${how.includes("crlf") ? t.replace(/\r?\n/g, "\r\n") : t}`);

/** A tree's every file saved by such an editor, each its own way. */
const savedTree = (tree: fc.Arbitrary<Tree>) =>
  tree.chain((t) => fc.tuple(...Object.keys(t).map((k) => saved(fc.constant(t[k]!)).map((v) => [k, v] as const))).map((pairs) => Object.fromEntries(pairs)));

/** Values past what a reader sees in practice: long, deep, made of characters that print oddly. */
const HUGE = ["x".repeat(100_000), "1.".repeat(20_000) + "1", "\u{1f600}".repeat(2_000), "\u202e1.0.0", "1.0.0\u0000", "\u00a0", "${".repeat(5_000), "\"'".repeat(5_000)];
/** A string value of a line format: a real one most of the time, else an odd or a huge one. */
const text = (real: readonly string[]) => fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...real) }, { weight: 3, arbitrary: version }, { weight: 1, arbitrary: fc.constantFrom(...HUGE) }, { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) });
/** A quoted string of Ruby, Elixir, Swift or HCL as written, quotes inside escaped, or left unclosed now and then. */
const quoted = (real: readonly string[]) => fc.tuple(text(real), fc.nat(30)).map(([t, n]) => (n === 0 ? `"${t}` : JSON.stringify(t)));
/** Lines of a line format, each drawn from `line`, some repeated (a bad merge), in any order. */
const lines = (line: fc.Arbitrary<string>, maxLength = 12) => fc.array(line, { maxLength }).chain((ls) => fc.shuffledSubarray([...ls, ...ls.slice(0, 2)], { minLength: ls.length }));
/** A JSON array, or now and then any value. */
const jsonList = (item: fc.Arbitrary<string>) => fc.oneof({ weight: 4, arbitrary: fc.array(item, { maxLength: 5 }).map((xs) => `[${xs.join(",")}]`) }, { weight: 1, arbitrary: jsonValue });
/** YAML flow nested to `depth`. */
const deepYaml = (depth: number) => `${"[".repeat(depth)}1${"]".repeat(depth)}`;
/** A YAML block value: flow (any shape), a scalar, or nesting near the 1,000-level limit. */
const yamlValue = fc.oneof({ weight: 4, arbitrary: version.map(yamlScalar) }, { weight: 3, arbitrary: yamlFlow }, { weight: 1, arbitrary: fc.constantFrom(deepYaml(990), deepYaml(1_010), "*anchor", "&anchor x", "|\n    a\n    b", ">-\n    x") });
/** `key: value` lines of a YAML mapping at `indent`, keys quoted, duplicates allowed (the last wins). */
const yamlLines = (key: fc.Arbitrary<string>, value: fc.Arbitrary<string>, indent = "  ") =>
  fc.array(fc.tuple(key, fc.oneof({ weight: 4, arbitrary: value }, { weight: 1, arbitrary: yamlValue })), { maxLength: 8 }).map((kv) => kv.map(([k, v]) => `${indent}${yamlScalar(k)}: ${v.includes("\n") && !v.startsWith("|") && !v.startsWith(">") ? v.replace(/\n/g, `\n${indent}`) : v}`).join("\n"));
/** A YAML document that a reader finds nothing in: `x-anchor: &anchor` first so that `*anchor` resolves. */
const yamlDoc = (body: string) => `x-anchor: &anchor {version: "1.0.0"}\n${body}\n`;

// ---------------------------------------------------------------------------------------------
// Ruby: Gemfile (group and platform blocks left open or closed twice, eval_gemfile loops),
// Gemfile.lock (GEM/GIT/PATH sections, PLATFORMS, DEPENDENCIES, RUBY VERSION, BUNDLED WITH), gemspec.

const GEMS = ["rails", "pg", "puma", "sidekiq", "rspec-rails", "rubocop", "rubocop-rails", "devise", "bundler", "nokogiri", "redis", "mysql2", "app", "billing"];
const gem = nameOf(GEMS);
const gemOption = fc.constantFrom("", ", require: false", ", group: :test", ", groups: [:development, :test]", ", git: \"https://github.com/a/b\"", ", github: \"a/b\"", ", path: \"engines/billing\"", ", path: \"../..\"", ", platforms: %i[mri windows]", ",", ", :require => false", ", group: [", ", group:");
const gemLine = fc
  .tuple(gem, fc.array(quoted(["~> 7.1", ">= 1.2.3", "1.16.2", "= 6.0.0", "< 2", "!= 1.0", "~> 1.11.0.rc1"]), { maxLength: 3 }), gemOption, fc.boolean())
  .map(([name, reqs, more, paren]) => (paren ? `gem(${JSON.stringify(name)}${reqs.map((r) => `, ${r}`).join("")}${more})` : `gem ${JSON.stringify(name)}${reqs.map((r) => `, ${r}`).join("")}${more}`));
const gemfile = lines(
  fc.oneof(
    { weight: 5, arbitrary: gemLine },
    { weight: 1, arbitrary: quoted(["3.2.2", ">= 2.6.10", "~> 3.2.0", "", "ruby-3.3.0", "3.1.4\", engine: \"jruby"]).map((v) => `ruby ${v}`) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        'source "https://rubygems.org"', "gemspec", "gemspec path: \"..\"", "group :development, :test do", "group(:test) do", "group :test do", "platforms :mri do", "if ENV[\"CI\"]", "end", "end", "end end",
        'eval_gemfile "Gemfile"', 'eval_gemfile "gemfiles/a.gemfile"', 'eval_gemfile File.expand_path("gemfiles/a.gemfile", __dir__)', 'eval_gemfile "../Gemfile"', 'eval_gemfile "../../../etc/passwd"', "eval_gemfile", "# gem \"mysql2\"", 'git "https://github.com/rails/rails" do', 'source "https://gems.example.com" do', "install_if -> { true } do", "gem", "gem \"\"", "gem \"a\", \"",
      ),
    },
  ),
  16,
).map((ls) => `${ls.join("\n")}\n`);
const lockSpec = fc.tuple(gem, text(["7.1.2", "1.16.2-x86_64-linux", "1.16.2-arm64-darwin", "0.0.1", "6.4.2-java", "1.0.0-x64-mingw-ucrt"]), fc.array(fc.tuple(gem, fc.option(fc.constantFrom(">= 1.2", "~> 7.1", "= 1.0", ""))), { maxLength: 3 })).map(
  ([name, v, deps]) => `    ${name} (${v})\n${deps.map(([d, r]) => `      ${d}${r === null ? "" : ` (${r})`}`).join("\n")}`,
);
const lockSection = fc.oneof(
  fc.tuple(fc.constantFrom("GEM", "GIT", "PATH"), fc.constantFrom("  remote: https://rubygems.org/", "  remote: .", "  remote: engines/billing", "  remote: ../..", "  remote: /", "  remote:", "  revision: abc\n  remote: https://github.com/a/b.git", ""), fc.array(lockSpec, { maxLength: 5 })).map(([head, remote, specs]) => `${head}\n${remote}\n  specs:\n${specs.join("\n")}`),
  fc.array(fc.tuple(gem, fc.constantFrom("", "!", " (~> 7.1)", " (>= 0)!", " (")), { maxLength: 6 }).map((ds) => `DEPENDENCIES\n${ds.map(([d, r]) => `  ${d}${r}`).join("\n")}`),
  fc.constantFrom("PLATFORMS\n  ruby\n  x86_64-linux\n  arm64-darwin-23", "PLATFORMS", "RUBY VERSION\n   ruby 3.2.2p53", "RUBY VERSION\n   ruby", "RUBY VERSION\n   jruby 9.4.0.0 (3.1.4)", "BUNDLED WITH\n   2.5.3", "BUNDLED WITH\n", "BUNDLED WITH\n   \n   2.4.1", "CHECKSUMS\n  rails (7.1.2) sha256=abc", "<<<<<<< HEAD\n=======\n>>>>>>> branch"),
);
const gemfileLock = lines(lockSection, 8).map((ss) => `${ss.join("\n\n")}\n`);
const gemspec = lines(
  fc.oneof(
    fc.tuple(fc.constantFrom("add_dependency", "add_runtime_dependency", "add_development_dependency"), gem, fc.array(quoted(["~> 7.0", ">= 1.0", "< 3"]), { maxLength: 2 }), fc.constantFrom('"X"', "%q<X>.freeze", "%q{X}", "%q(X)", "%q[X]", "%q<X")).map(([how, name, reqs, form]) => `  spec.${how} ${form.replace("X", name)}${reqs.map((r) => `, ${r}`).join("")}`),
    fc.constantFrom('Gem::Specification.new do |spec|', '  spec.name = "billing"', '  spec.required_ruby_version = ">= 3.1"', "  spec.required_ruby_version = Gem::Requirement.new(\">= 2.7\", \"< 4\")", '  spec.required_ruby_version = "', "end"),
  ),
).map((ls) => `${ls.join("\n")}\n`);

describe("structure-aware fuzzing: Ruby", () => {
  it(`Gemfile, Gemfile.lock and gemspec of open blocks, include loops, odd sections (${RUNS} cases)`, () =>
    property(
      savedTree(
        fc.tuple(gemfile, fc.option(gemfileLock), fc.option(gemfile), fc.option(gemspec), fc.option(gemfileLock), fc.option(fc.constantFrom("3.2.2", "ruby-3.1.2", "3.1.2@gemset", ">= 2.7.6", "", "\n", "x"))).map(([root, lock, included, spec, engineLock, rubyVersion]) => ({
          Gemfile: root,
          ...(lock === null ? {} : { "Gemfile.lock": lock }),
          ...(included === null ? {} : { "gemfiles/a.gemfile": included.replace(/gemfiles\/a\.gemfile/g, "../Gemfile") }),
          ...(spec === null ? {} : { "engines/billing/billing.gemspec": spec, "engines/billing/Gemfile": root }),
          ...(engineLock === null ? {} : { "engines/billing/Gemfile.lock": engineLock }),
          ...(rubyVersion === null ? {} : { ".ruby-version": rubyVersion }),
        })),
      ),
    ), TIMEOUT);
});

// ---------------------------------------------------------------------------------------------
// PHP: composer.json (require, config.platform, repositories of every type, as a list or keyed),
// composer.lock (packages and packages-dev of odd entries, path packages that point anywhere).

const PHP_PACKAGES = ["laravel/framework", "symfony/console", "php", "ext-redis", "ext-pdo_pgsql", "lib-curl", "composer-plugin-api", "npm-asset/dropzone", "npm-asset/fortawesome--fontawesome-free", "bower-asset/jquery", "phpstan/phpstan", "acme/billing", "wpackagist-plugin/woocommerce", "PHP", "a/b"];
const composerRepository = fc.oneof(
  fc.tuple(fc.constantFrom("vcs", "git", "github", "gitlab", "bitbucket", "svn", "hg", "fossil", "perforce", "composer", "pear", "path", "artifact", "package", "forgejo", "", "VCS"), fc.oneof(fc.constantFrom('"https://github.com/a/b"', '"git@gitlab.acme.io:platform/sdk.git"', '"https://repo.packagist.com/acme/"', '"packages/*"', '"../billing"', '"ssl:host:1666"', '"https://wpackagist.org"', '"pear.php.net"', '""'), jsonValue)).map(([type, url]) => jsonObject([["type", JSON.stringify(type)], ["url", url]])),
  fc.tuple(fc.constantFrom('"package"'), fc.oneof(jsonValue, fc.constantFrom('{"name":"a/b","version":"1.0","dist":{"url":"https://x/a.zip","type":"zip"}}', '[{"dist":{"url":7}},{"dist":null},null]', '{"dist":{"url":"https://x/b.zip"},"source":{"url":"https://github.com/a/b"}}'))).map(([type, pkg]) => jsonObject([["type", type], ["package", pkg]])),
  fc.constantFrom('{"packagist.org":false}', '{"packagist":false}', "null", "false", '"https://x"', "[]", '{"type":{"toString":1},"url":"https://x"}'),
  jsonValue,
);
const composerJson = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.tuple(fc.constantFrom("require", "require-dev"), fc.oneof({ weight: 4, arbitrary: fc.array(fc.tuple(nameOf(PHP_PACKAGES), fc.oneof(fc.constantFrom('"^8.2"', '"~5.7"', '"2.6.*"', '">=7.2 <8"', '"^7.2|^8.0"', '"dev-main"', '"*"', '"@dev"', '"v1.2.3"'), version.map((v) => JSON.stringify(v)), jsonValue)), { maxLength: 8 }).map(jsonObject) }, { weight: 1, arbitrary: jsonValue })) },
      { weight: 2, arbitrary: fc.tuple(fc.constant("repositories"), fc.oneof(jsonList(composerRepository), fc.array(fc.tuple(fc.oneof(fc.constantFrom("packagist.org", "private", "__proto__", "toString", "0")), composerRepository), { maxLength: 4 }).map(jsonObject))) },
      { weight: 1, arbitrary: fc.tuple(fc.constant("config"), fc.oneof(fc.tuple(fc.oneof(version.map((v) => JSON.stringify(v)), jsonValue)).map(([php]) => jsonObject([["platform", jsonObject([["php", php]])]])), jsonValue)) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom("name", "type", "autoload", "extra", "minimum-stability", "scripts", "__proto__", "constructor", "toString"), jsonValue) },
    ),
    { maxLength: 8 },
  )
  .map(jsonObject);
const composerPackage = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(nameOf(PHP_PACKAGES), fc.oneof(version.map((v) => JSON.stringify(v)), jsonValue), fc.constantFrom("", '"MIT"', '["MIT","GPL-2.0"]', "[1,null]", "{}"), fc.constantFrom("", '{"type":"path","url":"packages/billing"}', '{"type":"path","url":"../../.."}', '{"type":"path","url":"/"}', '{"type":"path","url":7}', '{"type":"zip","url":"https://x"}', "null", '"x"')).map(([n, v, lic, dist]) => jsonObject([["name", JSON.stringify(n)], ["version", v], ...(lic ? [["license", lic] as const] : []), ...(dist ? [["dist", dist] as const] : [])])) },
  { weight: 1, arbitrary: jsonValue },
);
const composerLock = fc.tuple(jsonList(composerPackage), jsonList(composerPackage), fc.constantFrom("", '"content-hash":"abc"', '"platform":{"php":"^8.2"}', '"platform":[]', '"packages":{}')).map(([p, d, more]) => `{"packages":${p},"packages-dev":${d}${more ? `,${more}` : ""}}`);

describe("structure-aware fuzzing: PHP", () => {
  it(`composer.json and composer.lock of odd entries and repositories of every type (${RUNS} cases)`, () =>
    property(
      savedTree(
        fc.tuple(composerJson, fc.option(composerLock), fc.option(composerJson), fc.option(fc.constantFrom("8.3", "php-8.3.7", "", "x", "8"))).map(([root, lock, billing, phpVersion]) => ({
          "composer.json": root,
          ...(lock === null ? {} : { "composer.lock": lock }),
          ...(billing === null ? {} : { "packages/billing/composer.json": billing }),
          ...(phpVersion === null ? {} : { ".php-version": phpVersion }),
        })),
      ),
    ), TIMEOUT);
});

// ---------------------------------------------------------------------------------------------
// Rust: Cargo.toml workspaces (inheritance of keys the root lacks, members excluded), inline and
// dotted tables, target tables; Cargo.lock v1 (its [metadata] checksums) to v4.

const CRATES = ["serde", "tokio", "sqlx", "diesel", "actix-web", "axum", "reqwest", "clap", "core", "app", "tokio02", "rust-version"];
const crate = nameOf(CRATES);
const cargoDep = fc.oneof(
  { weight: 3, arbitrary: fc.oneof(fc.constantFrom("1.0", "0.7", "=1.2.3", "^1", "~1.2", ">=1, <2", "0", "*", "1.0.0-beta.1+build"), version).map((v) => JSON.stringify(v)) },
  {
    weight: 3,
    arbitrary: fc
      .array(fc.oneof(version.map((v) => `version = ${JSON.stringify(v)}`), fc.constantFrom('features = ["postgres", "runtime-tokio"]', "features = [1, {}]", 'features = "postgres"', "workspace = true", 'workspace = "true"', "optional = true", 'path = "../core"', 'path = "."', "path = 1", 'git = "https://github.com/a/b"', 'package = "tokio"', 'package = "__proto__"', "package = []", "default-features = false", 'registry = "x"', 'version = ""')), { maxLength: 4 })
      .map((kv) => `{ ${[...new Map(kv.map((e) => [e.split(" =")[0], e])).values()].join(", ")} }`),
  },
  { weight: 1, arbitrary: tomlValue },
);
const cargoSection = fc.constantFrom("dependencies", "dev-dependencies", "build-dependencies", "dev_dependencies", "target.'cfg(unix)'.dependencies", 'target."cfg(target_os = \\"linux\\")".dev-dependencies', "target.x86_64-pc-windows-msvc.dependencies", "workspace.dependencies");
const cargoToml = fc
  .tuple(
    fc.option(fc.tuple(fc.oneof(crate.map((c) => JSON.stringify(c)), tomlValue), fc.oneof(fc.constantFrom('"1.74"', '"1.74.0"', "{ workspace = true }", "1.74", '""'), tomlValue))),
    fc.option(fc.tuple(fc.constantFrom('members = ["crates/*"]', 'members = ["crates/a", "crates/a", "."]', "members = 1", "members = []", 'members = ["../out", "/"]'), fc.constantFrom("", 'exclude = ["crates/b"]', "exclude = [1, {}]", 'exclude = "crates/b"', 'resolver = "2"'), fc.option(tomlLines(fc.constantFrom("rust-version", "edition", "version", "license", "__proto__"), fc.constantFrom('"1.74"', '"2021"', "{ workspace = true }", "[]"))))),
    fc.uniqueArray(fc.tuple(cargoSection, tomlLines(crate, cargoDep)), { maxLength: 4, selector: ([s]) => s }),
    fc.option(fc.tuple(crate, fc.array(fc.oneof(version.map((v) => `version = ${JSON.stringify(v)}`), fc.constantFrom('features = ["derive"]', "workspace = true", "optional = 1")), { maxLength: 3 }))),
  )
  .map(([pkg, workspace, sections, dotted]) => {
    const parts: string[] = [];
    if (pkg) parts.push(`[package]\nname = ${pkg[0]}\nrust-version = ${pkg[1]}\nedition = "2021"\n`);
    if (workspace) parts.push(`[workspace]\n${workspace[0]}\n${workspace[1]}\n`, ...(workspace[2] === null ? [] : [`[workspace.package]\n${workspace[2]}\n`]));
    for (const [section, body] of sections) if (!(section === "workspace.dependencies" && !workspace)) parts.push(`[${section}]\n${body}\n`);
    // `[dependencies.serde]`, a crate's table of its own, unless [dependencies] already names it.
    if (dotted && !sections.some(([s, body]) => s === "dependencies" && body.split("\n").some((l) => l.startsWith(`${tomlKey(dotted[0])} `)))) parts.push(`[dependencies.${tomlKey(dotted[0])}]\n${[...new Set(dotted[1].map((e) => e.split(" =")[0]))].map((k) => dotted[1].find((e) => e.startsWith(`${k} =`))).join("\n")}\n`);
    return parts.join("\n");
  });
const cargoLock = fc
  .tuple(
    fc.constantFrom("", "version = 3\n", "version = 4\n", "version = 99\n", 'version = "3"\n', "# This file is automatically @generated by Cargo.\n"),
    fc.array(fc.tuple(crate, fc.oneof(fc.constantFrom('"1.0.197"', '"0.7.4"', '"1.36.0"'), version.map((v) => JSON.stringify(v)), tomlValue), fc.constantFrom("", 'source = "registry+https://github.com/rust-lang/crates.io-index"\n', 'checksum = "abc"\n', 'dependencies = ["serde 1.0.197", "tokio", "x (registry+https://x)"]\n', "dependencies = [1]\n", 'source = "git+https://github.com/a/b#abc"\n')), { maxLength: 6 }),
    fc.constantFrom("", '[metadata]\n"checksum serde 1.0.197 (registry+https://github.com/rust-lang/crates.io-index)" = "abc"\n', "[metadata]\nx = 1\n", "package = 1\n", "[[patch.unused]]\nname = \"x\"\n"),
  )
  .map(([head, packages, tail]) => `${tail.startsWith("package =") ? tail : ""}${head}\n${packages.map(([n, v, more]) => `[[package]]\nname = ${JSON.stringify(n)}\nversion = ${v}\n${more}`).join("\n")}\n${tail.startsWith("package =") ? "" : tail}`);

describe("structure-aware fuzzing: Rust", () => {
  it(`Cargo.toml workspaces of odd inheritance and tables, Cargo.lock v1-v4 (${RUNS} cases)`, () =>
    property(
      savedTree(
        fc.tuple(cargoToml, fc.option(cargoLock), fc.option(cargoToml), fc.option(cargoToml), fc.option(cargoLock), fc.option(fc.constantFrom("1.77.2", "stable", "[toolchain]\nchannel = \"1.77\"\n", "[toolchain]\nchannel = 1\n", "[toolchain]\n[toolchain]\n", ""))).map(([root, lock, a, b, staleLock, toolchain]) => ({
          "Cargo.toml": root,
          ...(lock === null ? {} : { "Cargo.lock": lock }),
          ...(a === null ? {} : { "crates/a/Cargo.toml": a }),
          ...(b === null ? {} : { "crates/b/Cargo.toml": b }),
          ...(staleLock === null ? {} : { "crates/b/Cargo.lock": staleLock }),
          ...(toolchain === null ? {} : { [toolchain.startsWith("[") ? "rust-toolchain.toml" : "rust-toolchain"]: toolchain }),
        })),
      ),
    ), TIMEOUT);
});

// ---------------------------------------------------------------------------------------------
// Elixir: mix.exs read as text (tuples left open, attributes, umbrella lockfiles that point
// anywhere), mix.lock of odd entries, config files.

const HEX = ["phoenix", "ecto_sql", "postgrex", "jason", "plug_cowboy", "cowboy", "swoosh", "tailwind", "my_app", "x"];
const hex = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...HEX) }, { weight: 1, arbitrary: fc.stringMatching(/^[a-z][a-z0-9_]{0,6}$/) }, { weight: 1, arbitrary: fc.constantFrom("__proto__", "constructor", "to_string", "toString") });
const mixDep = fc
  .tuple(hex, fc.option(fc.oneof(quoted(["~> 1.7", ">= 0.0.0", "1.7.10", "== 2.0.0", "priv/plts/dialyzer.plt"]), fc.constantFrom("@phoenix_version", "@missing"))), fc.constantFrom("", ", only: [:dev, :test]", ", only: :test", ", runtime: false", ", path: \"../x\"", ", in_umbrella: true", ", git: \"https://github.com/a/b\", tag: \"v2.1.1\"", ", github: \"a/b\"", ", hex: :jason", ", override: true", ", only: [", ", {:nested, \"1\"}"), fc.boolean())
  .map(([name, req, more, open]) => `{:${name}${req === null ? "" : `, ${req}`}${more}${open ? "" : "}"}`);
const mixExs = fc
  .tuple(fc.option(quoted(["~> 1.14", ">= 1.12.0", ""])), fc.constantFrom("", 'lockfile: "../../mix.lock",', 'lockfile: "mix.lock",', 'lockfile: "../../../../mix.lock",', 'lockfile: "/etc/mix.lock",', "lockfile: 1,"), fc.array(mixDep, { maxLength: 8 }), fc.constantFrom("", '@phoenix_version "~> 1.7.14"', "@phoenix_version Mix.Project.config()[:version]", '@phoenix_version "'), fc.boolean())
  .map(([elixir, lockfile, deps, attribute, umbrella]) =>
    [`defmodule MyApp.MixProject do`, "  use Mix.Project", attribute, "  def project do", `    [app: :my_app,${elixir === null ? "" : ` elixir: ${elixir},`} ${lockfile}${umbrella ? " apps_path: \"apps\"," : ""} deps: deps()]`, "  end", "  defp deps do", "    [", ...deps.map((d) => `      ${d},`), "    ]", "  end", "end", ""].join("\n"),
  );
const mixLock = fc
  .array(
    fc.tuple(hex, fc.oneof(fc.tuple(hex, text(["1.7.10", "3.11.1", "0.0.0", ""])).map(([n, v]) => `{:hex, :${n}, "${v}", "abc", [:mix], [{:plug, "~> 1.14", [hex: :plug, repo: "hexpm", optional: false]}], "hexpm", "def"}`), fc.constantFrom('{:git, "https://github.com/a/b.git", "abc", [tag: "v1"]}', "{:hex, :x}", "{:hex, :x, 1}", "{}", "nil", "{:hex, :x, \"1.0\""))),
    { maxLength: 8 },
  )
  .map((entries) => `%{\n${entries.map(([n, e]) => `  "${n}": ${e},`).join("\n")}\n}\n`);
const mixConfig = lines(fc.constantFrom('import Config', 'config :tailwind, version: "3.4.0"', 'config :esbuild, version: "0.17.11"', "config :tailwind, version: 1", 'config :my_app, MyApp.Mailer, adapter: Swoosh.Adapters.Postmark', "adapter: Bamboo.MailgunAdapter", "# config :x, version: \"1\"", 'import_config "#{config_env()}.exs"', 'config :x, version: "'), 8).map((ls) => `${ls.join("\n")}\n`);

describe("structure-aware fuzzing: Elixir", () => {
  it(`mix.exs of open tuples and odd options, mix.lock of odd entries, umbrella lockfiles (${RUNS} cases)`, () =>
    property(
      savedTree(
        fc.tuple(mixExs, fc.option(mixLock), fc.option(mixExs), fc.option(mixLock), fc.option(mixConfig)).map(([root, lock, app, appLock, config]) => ({
          "mix.exs": root,
          ...(lock === null ? {} : { "mix.lock": lock }),
          ...(app === null ? {} : { "apps/web/mix.exs": app }),
          ...(appLock === null ? {} : { "apps/web/mix.lock": appLock }),
          ...(config === null ? {} : { "config/config.exs": config, "config/prod.exs": config }),
        })),
      ),
    ), TIMEOUT);
});

// ---------------------------------------------------------------------------------------------
// Dart and Flutter: pubspec.yaml (SDK, path, git and hosted dependencies of odd shapes, workspace
// members), pubspec.lock (odd entries, path packages that point anywhere, odd sdks).

const PUB = ["flutter", "flutter_test", "flutter_localizations", "http", "provider", "firebase_core", "dio", "riverpod", "core", "toString", "__proto__", "valueOf"];
const pub = nameOf(PUB);
const pubDep = fc.oneof(
  { weight: 3, arbitrary: fc.oneof(fc.constantFrom("^1.2.0", "any", ">=2.0.0 <3.0.0", "1.0.0"), version).map(yamlScalar) },
  { weight: 2, arbitrary: fc.constantFrom("{sdk: flutter}", "{sdk: dart}", "{sdk: [flutter]}", "{path: ../core}", "{path: 1}", "{path: [a]}", "{git: {url: 'https://github.com/a/b', ref: main}}", "{hosted: https://pub.x, version: ^1.0.0}", "{version: [1]}", "{version: {a: 1}}", "{version: ^1.2.0}", "", "null", "{toString: 1}", "{valueOf: x}", "*anchor") },
  { weight: 1, arbitrary: yamlValue },
);
const pubspec = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom("dependencies", "dev_dependencies", "dependency_overrides"), yamlLines(pub, pubDep)), { maxLength: 3 }),
    fc.oneof(fc.constantFrom("environment:\n  sdk: '>=3.0.0 <4.0.0'\n  flutter: '>=3.10.0'", "environment:\n  sdk: ^3.5.0", "environment: {sdk: [1]}", "environment: 1", "environment:", "environment: {sdk: {toString: 1}}", ""), yamlValue.map((v) => `environment:\n  sdk: ${v}`)),
    fc.constantFrom("", "resolution: workspace", "resolution: [workspace]", "workspace:\n  - packages/core\n  - packages/core\n  - ../x", "flutter:\n  uses-material-design: true", "name: 1", "name: app"),
  )
  .map(([sections, environment, more]) => yamlDoc([...sections.map(([s, body]) => `${s}:\n${body}`), environment, more].join("\n")));
const pubLockEntry = fc
  .tuple(
    fc.constantFrom("direct main", "direct dev", "transitive", "direct overridden", "[1]"),
    fc.oneof(fc.constantFrom('{name: http, url: "https://pub.dev"}', '{path: "packages/core", relative: true}', '{path: "../../..", relative: true}', '{path: "/", relative: "true"}', "{path: 1, relative: {toString: 1}}", "{path: core, relative: {valueOf: 1}}", "flutter", "{url: x, ref: main, resolved-ref: abc, path: .}", "[]"), yamlFlow),
    fc.constantFrom("hosted", "path", "sdk", "git", "[path]", "{}"),
    fc.oneof(fc.constantFrom('"1.2.0"', '"0.0.0"', "1.2.0", "[1.2.0]", "{a: 1}", "", "null"), version.map(yamlScalar)),
  )
  .map(([dependency, description, source, v]) => `\n    dependency: ${dependency}\n    description: ${description}\n    source: ${source}\n    version: ${v}`);
const pubspecLock = fc
  .tuple(fc.array(fc.tuple(pub, fc.oneof({ weight: 4, arbitrary: pubLockEntry }, { weight: 1, arbitrary: yamlValue })), { maxLength: 6 }), fc.constantFrom('sdks:\n  dart: ">=3.0.0 <4.0.0"\n  flutter: ">=3.10.0"', "sdks: 1", "sdks: {dart: [1]}", ""), fc.boolean())
  .map(([packages, sdks, flowPackages]) => yamlDoc(`packages:${flowPackages && packages.length === 0 ? " {}" : ""}\n${packages.map(([n, e]) => `  ${yamlScalar(n)}: ${e}`).join("\n")}\n${sdks}`));

describe("structure-aware fuzzing: Dart", () => {
  it(`pubspec.yaml and pubspec.lock of odd dependency shapes, workspace and path members (${RUNS} cases)`, () =>
    property(
      savedTree(
        fc.tuple(pubspec, fc.option(pubspecLock), fc.option(pubspec), fc.option(pubspecLock)).map(([app, lock, core, coreLock]) => ({
          "pubspec.yaml": app,
          ...(lock === null ? {} : { "pubspec.lock": lock }),
          ...(core === null ? {} : { "packages/core/pubspec.yaml": core }),
          ...(coreLock === null ? {} : { "example/pubspec.lock": coreLock, "example/pubspec.yaml": "name: example\ndependencies:\n  core: {path: ../packages/core}\n" }),
        })),
      ),
    ), TIMEOUT);
});

// ---------------------------------------------------------------------------------------------
// Swift and CocoaPods: Package.swift read as text, Package.resolved v1-v3 of odd pins (also an
// Xcode project's), Podfile and podspec lines, Podfile.lock sections.

const SWIFT_URLS = ["https://github.com/Alamofire/Alamofire.git", "https://github.com/firebase/firebase-ios-sdk", "https://github.com/apple/swift-argument-parser.git/", "git@github.com:a/b.git", "https://x/", "/", "", "../local", "https://github.com/a/b.git.git"];
const swiftRequirement = fc.oneof(quoted(["5.8.0", "1.0.0", "10.20.0"]).map((v) => `from: ${v}`), fc.constantFrom('.upToNextMajor(from: "5.0.0")', '.upToNextMinor(from: "1.2.0")', 'exact: "1.2.3"', '.exact("1.2.3")', '"1.0.0"..<"2.0.0"', 'branch: "main"', 'revision: "abc"', '.upToNextMajor(from: ', ""));
const packageSwift = fc
  .tuple(
    fc.constantFrom("// swift-tools-version:5.9", "// swift-tools-version: 5.7.1", "// swift-tools-version:", ""),
    fc.array(fc.oneof(fc.tuple(fc.option(quoted(["Firebase", "X", ""])), quoted(SWIFT_URLS), swiftRequirement).map(([name, url, req]) => `.package(${name === null ? "" : `name: ${name}, `}url: ${url}, ${req})`), fc.constantFrom('.package(path: "../Core")', '.Package(url: "https://github.com/a/b.git", majorVersion: 2, minor: 1)', '.Package(url: "https://github.com/a/b.git", Version(1, 4, 0))', '.Package(url: "/", majorVersion: 1)', '.Package(url: "', ".package(url:")), { maxLength: 6 }),
    fc.array(fc.tuple(quoted(["FirebaseAuth", "Alamofire", "ArgumentParser", ""]), quoted(["firebase-ios-sdk", "Firebase", "alamofire", "__proto__", ""])).map(([n, p]) => `.product(name: ${n}, package: ${p})`), { maxLength: 4 }),
  )
  .map(([tools, packages, products]) => `${tools}\nimport PackageDescription\n\nlet package = Package(\n  name: "App",\n  dependencies: [\n    ${packages.join(",\n    ")}\n  ],\n  targets: [.target(name: "App", dependencies: [${products.join(", ")}])]\n)\n`);
const resolvedPin = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.constantFrom("identity", "package", "repositoryURL", "location"), fc.oneof(fc.constantFrom(...["alamofire", "firebase-ios-sdk", "Alamofire", "toString", "__proto__", ""].map((s) => JSON.stringify(s))), jsonValue), fc.oneof(fc.tuple(fc.oneof(version.map((v) => JSON.stringify(v)), jsonValue)).map(([v]) => jsonObject([["revision", '"abc"'], ["version", v]])), fc.constantFrom('{"branch":"main","revision":"abc","version":null}', "null", '"5.8.0"', "[]")), fc.constantFrom("", '"kind":"remoteSourceControl"', '"location":"https://github.com/a/b.git"', '"repositoryURL":"https://github.com/Alamofire/Alamofire.git"'))
      .map(([key, id, state, more]) => `{${jsonObject([[key, id], ["state", state]]).slice(1, -1)}${more ? `,${more}` : ""}}`),
  },
  { weight: 1, arbitrary: jsonValue },
);
const packageResolved = fc.tuple(fc.constantFrom("1", "2", "3", "99", '"2"', "null"), jsonList(resolvedPin), fc.boolean()).map(([v, pins, old]) => (old ? `{"object":{"pins":${pins}},"version":${v}}` : `{"originHash":"abc","pins":${pins},"version":${v}}`));
const POD_NAMES = ["Alamofire", "Firebase", "Firebase/Auth", "Firebase/Crashlytics", "GoogleSignIn", "Flutter", "React-Core", "toString", "__proto__"];
const podLine = fc
  .tuple(fc.constantFrom(...POD_NAMES), fc.option(quoted(["~> 5.0", "10.20.0", ">= 1.0"])), fc.constantFrom("", ", :path => '../shared'", ", path: '../x'", ", :podspec => '../node_modules/x.podspec'", ", :podspec => 'https://x/y.podspec'", ", :subspecs => ['Auth', 'Firestore']", ", subspecs: [", ", :git => 'https://github.com/a/b.git', :tag => '1.0'", ", :modular_headers => true"))
  .map(([name, req, more]) => `  pod '${name}'${req === null ? "" : `, ${req}`}${more}`);
const podfile = lines(fc.oneof({ weight: 4, arbitrary: podLine }, { weight: 1, arbitrary: fc.constantFrom("platform :ios, '13.0'", "use_frameworks!", "target 'App' do", "end", "end", "abstract_target 'Shared' do", "source 'https://cdn.cocoapods.org/'", "post_install do |installer|", "pod", "pod ''") })).map((ls) => `${ls.join("\n")}\n`);
const podspec = lines(fc.oneof(fc.tuple(fc.constantFrom("s", "spec", "ss", "s.ios"), fc.constantFrom(...POD_NAMES, "App", "App/Core"), fc.option(quoted(["~> 5.0", "1.0"])), fc.boolean()).map(([who, name, req, paren]) => `  ${who}.dependency${paren ? "(" : " "}'${name}'${req === null ? "" : `, ${req}`}${paren ? ")" : ""}`), fc.constantFrom("Pod::Spec.new do |s|", "  s.name = 'App'", "  s.name = ''", "  s.version = '1.0.0'", "end", "  s.subspec 'Core' do |ss|"))).map((ls) => `${ls.join("\n")}\n`);
const podfileLock = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom(...POD_NAMES), text(["5.8.1", "10.20.0", "0.0.1", ""]), fc.boolean(), fc.array(fc.constantFrom(...POD_NAMES), { maxLength: 2 })), { maxLength: 6 }),
    fc.constantFrom("", "DEPENDENCIES:\n  - Alamofire (~> 5.0)\n  - Flutter (from `Flutter`)", "DEPENDENCIES:", "SPEC REPOS:\n  trunk:\n    - Alamofire", "EXTERNAL SOURCES:\n  Flutter:\n    :path: Flutter", "SPEC CHECKSUMS:\n  Alamofire: abc", "PODFILE CHECKSUM: abc"),
    fc.constantFrom("COCOAPODS: 1.15.2", "COCOAPODS: ", "COCOAPODS: x", "", "COCOAPODS: 1.15.2\nCOCOAPODS: 1.16.0"),
  )
  .map(([pods, middle, tail]) => `PODS:\n${pods.map(([n, v, q, deps]) => `  - ${q ? `"${n} (${v})"` : `${n} (${v})`}${deps.length ? `:\n${deps.map((d) => `    - ${d}`).join("\n")}` : ""}`).join("\n")}\n\n${middle}\n\n${tail}\n`);

/** A package of XcodeGen's project.yml: `url` and `github` each of any shape, or left out, with a requirement. */
const xcodegenPackage = fc
  .tuple(
    fc.option(fc.oneof(fc.constantFrom("https://github.com/Alamofire/Alamofire", "''", "{toString: 1}", "[1]", "null"), yamlValue)),
    fc.option(fc.oneof(fc.constantFrom("firebase/firebase-ios-sdk", "''", "[a/b]", "{valueOf: 1}"), yamlValue)),
    fc.option(fc.oneof(fc.constantFrom("from: 5.8.0", "majorVersion: 10.0.0", "exactVersion: [1]", "branch: main", "path: ../Core", "minVersion: {a: 1}"), yamlValue.map((v) => `from: ${v}`))),
  )
  .map(([url, github, requirement]) => [url === null ? "" : `url: ${url}`, github === null ? "" : `github: ${github}`, requirement ?? ""].filter(Boolean));
/** XcodeGen's project.yml: packages by `url` or `github`, of odd shapes, and targets that make it XcodeGen's. */
const xcodegenSpec = fc
  .array(fc.tuple(fc.constantFrom("Alamofire", "Firebase", "toString", "__proto__", ""), xcodegenPackage), { maxLength: 4 })
  .map((ps) => yamlDoc(`name: App\npackages:\n${ps.map(([n, body]) => `  ${yamlScalar(n)}:\n${body.map((b) => `    ${b.replace(/\n/g, "\n    ")}`).join("\n") || "    {}"}`).join("\n") || "  {}"}\ntargets:\n  App:\n    type: application\n    platform: iOS\n    deploymentTarget: "16.0"\n    dependencies:\n      - package: Alamofire\n      - package: Firebase\n        product: FirebaseAuth`));

describe("structure-aware fuzzing: Swift and CocoaPods", () => {
  it(`Package.swift, Package.resolved v1-v3, XcodeGen's project.yml, Podfile, podspec and Podfile.lock of odd entries (${RUNS} cases)`, () =>
    property(
      savedTree(
        fc.tuple(fc.option(packageSwift), fc.option(packageResolved), fc.option(podfile), fc.option(podfileLock), fc.option(podspec), fc.option(packageResolved), fc.option(xcodegenSpec)).map(([swift, resolved, pods, lock, spec, xcode, xcodegen]) => ({
          ...(swift === null ? {} : { "Package.swift": swift }),
          ...(resolved === null ? {} : { "Package.resolved": resolved }),
          ...(pods === null ? {} : { "ios/Podfile": pods }),
          ...(lock === null ? {} : { "ios/Podfile.lock": lock }),
          ...(spec === null ? {} : { "ios/App.podspec": spec }),
          ...(xcode === null ? {} : { "App.xcodeproj/project.xcworkspace/xcshareddata/swiftpm/Package.resolved": xcode }),
          ...(xcodegen === null ? {} : { "project.yml": xcodegen }),
        })),
      ),
    ), TIMEOUT);
});

// ---------------------------------------------------------------------------------------------
// Terraform: .tf blocks left open or closed twice, heredocs and comments that swallow the rest,
// interpolations; .terraform.lock.hcl of odd provider blocks; main.tf.json of odd types.

const hclString = quoted(["hashicorp/aws", "~> 5.0", ">= 1.5.0", "postgres", "aurora-postgresql", "terraform-aws-modules/rds/aws", "git::https://github.com/a/b.git//modules/x?ref=v1.2.0", "registry.terraform.io/hashicorp/google", "${var.engine}", "s3", "../modules/db", ""]);
const hclBlock = fc.letrec<{ block: string }>((tie) => ({
  block: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.tuple(fc.constantFrom("engine", "version", "source", "required_version", "runtime", "image", "bucket", "endpoint", "kind"), hclString).map(([k, v]) => `${k} = ${v}`),
    fc.constantFrom("count = 1", "tags = { a = \"b\" }", "values = [\"a\", \"b\"", "}", "{", "/* open comment", "# x {", "// }", "policy = <<EOF\n{ \"a\": \"}\" }\nEOF", "body = <<-EOT\n  provider \"x\" {\nEOT", "body = <<EOF", "x = \"${\"", "dynamic \"setting\" {\n  for_each = var.x\n}", "lifecycle {}"),
    fc.tuple(fc.constantFrom("terraform", "required_providers", 'backend "s3"', 'backend "remote"', 'provider "aws"', 'resource "aws_db_instance" "db"', 'resource "aws_rds_cluster" "x"', 'resource "helm_release" "redis"', 'module "db"', 'data "aws_ami" "x"', "locals", 'provider "registry.terraform.io/hashicorp/aws"'), fc.array(tie("block"), { maxLength: 4 })).map(([head, body]) => `${head} {\n${body.join("\n")}\n}`),
  ),
})).block;
const terraformFile = fc.tuple(fc.array(hclBlock, { maxLength: 6 }), fc.option(fc.constantFrom(`${"x = {\n".repeat(900)}${"}\n".repeat(900)}`, `terraform {\n${"  a {\n".repeat(2_000)}`, `${'resource "aws_db_instance" "db" {\n'.repeat(2_000)}`))).map(([blocks, deep]) => `${blocks.join("\n\n")}\n${deep ?? ""}`);
const terraformLock = lines(
  fc.tuple(quoted(["registry.terraform.io/hashicorp/aws", "registry.opentofu.org/hashicorp/google", "hashicorp/random", "", "REGISTRY.TERRAFORM.IO/HASHICORP/AWS"]), fc.array(fc.oneof(quoted(["5.31.0", "~> 5.0", ""]).map((v) => `  version = ${v}`), fc.constantFrom('  constraints = "~> 5.0"', '  hashes = [\n    "h1:abc",\n  ]', "  version = 5", "}", "  version =")), { maxLength: 3 }), fc.boolean()).map(([name, body, close]) => `provider ${name} {\n${body.join("\n")}\n${close ? "}" : ""}`),
  6,
).map((ls) => `# This file is maintained automatically by "terraform init".\n\n${ls.join("\n\n")}\n`);
const terraformJson = fc
  .array(
    fc.tuple(
      fc.constantFrom("terraform", "provider", "resource", "module", "variable", "__proto__", "toString"),
      fc.oneof(jsonValue, fc.constantFrom('{"required_providers":{"aws":{"source":"hashicorp/aws","version":"~> 5.0"},"google":"4.0","x":null}}', '[{"required_version":">= 1.5"},{"backend":{"s3":[{"endpoint":"https://minio.x"}]}}]', '{"aws_db_instance":{"db":{"engine":"postgres"}}}', '{"db":[{"source":"terraform-aws-modules/rds/aws","engine":"mysql","version":1}]}', '{"db":{"source":{"toString":1}}}', '{"backend":{"toString":{}}}', '{"aws":[{}],"":{}}')),
    ),
    { maxLength: 5 },
  )
  .map(jsonObject);

describe("structure-aware fuzzing: Terraform", () => {
  it(`.tf of open and nested blocks, heredocs and comments; .terraform.lock.hcl; main.tf.json of odd types (${RUNS} cases)`, () =>
    property(
      savedTree(
        fc.tuple(terraformFile, fc.option(terraformLock), fc.option(terraformFile), fc.option(terraformJson)).map(([main, lock, module, json]) => ({
          "infra/main.tf": main,
          ...(lock === null ? {} : { "infra/.terraform.lock.hcl": lock }),
          ...(module === null ? {} : { "infra/modules/db/main.tf": module }),
          ...(json === null ? {} : { "infra/cdk.tf.json": json }),
        })),
      ),
    ), TIMEOUT);
});

// ---------------------------------------------------------------------------------------------
// Helm: Chart.yaml and requirements.yaml of odd dependencies, Chart.lock, values.yaml of odd
// images, a helmfile of odd releases.

const CHARTS = ["postgresql", "redis", "bitnami/redis", "oci://registry-1.docker.io/bitnamicharts/postgresql", "./charts/web/", "postgresql-13.2.24.tgz", "", "/", "${CHART}", "{{ .Values.chart }}"];
const chartDependency = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.oneof(fc.constantFrom(...CHARTS).map(yamlScalar), yamlValue), fc.oneof(version.map(yamlScalar), yamlValue), fc.constantFrom("https://charts.bitnami.com/bitnami", "oci://x", "file://../common", "@bitnami", "")).map(([name, v, repo]) => `{name: ${name}, version: ${v}, repository: ${yamlScalar(repo)}, condition: x.enabled}`) },
  { weight: 1, arbitrary: yamlValue },
);
const chartDependencies = fc.oneof({ weight: 4, arbitrary: fc.array(chartDependency, { maxLength: 5 }).map((ds) => ds.map((d) => `  - ${d}`).join("\n")) }, { weight: 1, arbitrary: yamlValue.map((v) => `  ${v}`) });
const chartYaml = fc.tuple(fc.constantFrom("v2", "v1", "[v2]"), fc.oneof(version.map(yamlScalar), yamlValue), chartDependencies).map(([api, v, deps]) => yamlDoc(`apiVersion: ${api}\nname: app\nversion: ${v}\nappVersion: ${v}\ndependencies:\n${deps}`));
const valuesYaml = fc
  .array(fc.oneof(fc.tuple(fc.oneof(fc.constantFrom("bitnami/redis", "postgres", "docker.io/library/nginx", "", ":", "@"), version), fc.oneof(version.map(yamlScalar), yamlValue)).map(([repo, tag]) => `image:\n  repository: ${yamlScalar(repo)}\n  tag: ${tag}`), fc.constantFrom("image: postgres:16", "image: [1]", "image: {toString: 1}", "postgresql:\n  image:\n    registry: docker.io\n    repository: bitnami/postgresql\n    tag: 16.1.0", "global: {imageRegistry: x}")), { maxLength: 3 })
  .map((vs) => yamlDoc(vs.map((v, i) => (i === 0 ? v : v.replace(/^image:/, `x${i}:\n  image:`).replace(/\n {2}/g, "\n    "))).join("\n")));
const helmfile = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...CHARTS).map(yamlScalar), yamlValue), fc.oneof(version.map(yamlScalar), yamlValue)), { maxLength: 4 })
  .map((rs) => `repositories:\n  - name: bitnami\n    url: https://charts.bitnami.com/bitnami\nreleases:\n${rs.map(([c, v]) => `  - name: r\n    chart: ${c}\n    version: ${v}`).join("\n") || "  []"}\n---\nreleases: {{ .Values.x }}-suffix\n---\nreleases: [{chart: bitnami/postgresql, version: 13.2.0}]\n`);

/** Go template action lines (Helmfile 1.x's helmfile.yaml.gotmpl), well formed or not, put between a helmfile's lines. */
const ACTION_LINES = ["{{- if .Values.db.enabled }}", "{{- end }}", "  {{/* a comment */}}", "{{ range .Values.apps }}{{ end }}", "{{ unclosed", "{{", "}}", `${"{{ x }}".repeat(20_000)}`, `${" ".repeat(50_000)}{{`, "{{ toYaml .Values | nindent 2 }}"];
/** A `helmfiles:` document naming nested state files: itself, the other, globs over the tree, paths out of it, odd shapes. */
const NESTED = ["helmfile.yaml.gotmpl", "helmfile.d/10-apps.yaml.gotmpl", "../deploy/helmfile.yaml.gotmpl", "**/*.yaml", "*/*.gotmpl", "../../..", "/etc/passwd", "git::https://x/y.git@a.yaml", "{{ .Values.x }}", "x".repeat(400), "*".repeat(300), "charts/app/Chart.yaml"];
const nestedDoc = fc.array(fc.oneof(fc.constantFrom(...NESTED).map((p) => `  - path: ${yamlScalar(p)}`), fc.constantFrom(...NESTED).map((p) => `  - ${yamlScalar(p)}`), yamlValue.map((v) => `  - ${v}`)), { maxLength: 6 }).map((ls) => `helmfiles:\n${ls.join("\n") || "  []"}\n---\n`);
const templatedHelmfile = fc.tuple(helmfile, fc.array(fc.tuple(fc.nat(40), fc.constantFrom(...ACTION_LINES)), { maxLength: 5 }), fc.option(nestedDoc)).map(([body, actions, nested]) => {
  const ls = body.split("\n");
  for (const [at, line] of actions) ls.splice(at % (ls.length + 1), 0, line);
  return `${nested ?? ""}${ls.join("\n")}`;
});

describe("structure-aware fuzzing: Helm", () => {
  it(`Chart.yaml, requirements.yaml, Chart.lock, values.yaml and a helmfile of odd entries, a templated one too (${RUNS} cases)`, () =>
    property(
      savedTree(
        fc.tuple(chartYaml, fc.option(chartDependencies), fc.option(valuesYaml), fc.option(helmfile), fc.option(chartDependencies), fc.option(templatedHelmfile)).map(([chart, requirements, values, releases, lock, templated]) => ({
          "charts/app/Chart.yaml": chart,
          ...(requirements === null ? {} : { "charts/app/requirements.yaml": yamlDoc(`dependencies:\n${requirements}`) }),
          ...(lock === null ? {} : { "charts/app/Chart.lock": yamlDoc(`dependencies:\n${lock}\ndigest: sha256:abc\ngenerated: "2024-01-01T00:00:00Z"`) }),
          ...(values === null ? {} : { "charts/app/values.yaml": values }),
          ...(releases === null ? {} : { "helmfile.yaml": releases }),
          ...(templated === null ? {} : { "deploy/helmfile.yaml.gotmpl": templated, "deploy/helmfile.d/10-apps.yaml.gotmpl": templated }),
        })),
      ),
    ), TIMEOUT);
});

// ---------------------------------------------------------------------------------------------
// Molecule scenarios of odd drivers, Ansible Builder's definitions, and Carthage's Cartfile.private
// beside a Cartfile.resolved.

const moleculeScenario = fc
  .tuple(fc.oneof(fc.constantFrom("docker", "Podman", "vagrant", "default", "delegated", "", "toString", "__proto__", "a.b", "x".repeat(100_000)).map(yamlScalar), yamlValue), fc.constantFrom("", "  options:\n    managed: false\n", "  provider:\n    name: virtualbox\n", "  name: docker\n"), fc.boolean())
  .map(([name, more, first]) => yamlDoc(`${first ? "" : "platforms:\n  - name: docker\n    image: geerlingguy/docker-${MOLECULE_DISTRO:-ubuntu2204}-ansible\n"}driver:\n${more}  name: ${name}\nprovisioner:\n  name: ansible\n`));
const cartLine = fc.tuple(fc.constantFrom("github", "git", "binary", "gitlab"), quoted(["Quick/Nimble", "getsentry/sentry-cocoa", "https://x/y.json", "a/", "", "toString"]), fc.option(fc.oneof(quoted(["8.21.0", "v13.0.0", "a7e4b5c", ""]), fc.constantFrom("~> 7.3", "== 1.0", ">= 2", "~>")))).map(([kind, name, req]) => `${kind} ${name}${req === null ? "" : ` ${req}`}`);

/** Ansible Builder's definition: an ansible-core pin of any shape, galaxy dependencies inline (text that may not parse, a mapping, a list) or a file. */
const executionEnvironment = fc
  .tuple(fc.oneof(fc.constantFrom("ansible-core==2.16.3", "ansible-core>=2.15,<2.16", "ansible-core", "ansible-core==", `ansible-core==${"1.".repeat(20_000)}1`, "").map(yamlScalar), yamlValue), fc.oneof(fc.constantFrom("requirements.yml", "|\n    collections:\n      - name: community.docker\n      - kubernetes.core", "|\n    collections: [\n      - {", "|\n    - geerlingguy.docker\n    - {src: x}", "\n    collections:\n      - name: toString\n      - __proto__"), yamlValue))
  .map(([core, galaxy]) => yamlDoc(`version: 3\ndependencies:\n  ansible_core:\n    package_pip: ${core}\n  galaxy: ${galaxy}\nimages:\n  base_image:\n    name: quay.io/ansible/awx-ee:latest`));

describe("structure-aware fuzzing: Molecule, Ansible Builder and Carthage", () => {
  it(`molecule.yml of odd drivers, execution-environment.yml of odd pins and galaxy dependencies, Cartfile.private and Cartfile.resolved of odd lines (${RUNS} cases)`, () =>
    property(
      savedTree(
        fc.tuple(moleculeScenario, fc.option(moleculeScenario), lines(cartLine), fc.option(lines(cartLine)), fc.option(executionEnvironment)).map(([scenario, other, cart, resolved, ee]) => ({
          ...(ee === null ? {} : { "ee/execution-environment.yml": ee }),
          "molecule/default/molecule.yml": scenario,
          ...(other === null ? {} : { "roles/web/molecule/podman/molecule.yml": other }),
          "Cartfile.private": `${cart.join("\n")}\n`,
          ...(resolved === null ? {} : { "Cartfile.resolved": `${resolved.join("\n")}\n` }),
        })),
      ),
    ), TIMEOUT);
});

// ---------------------------------------------------------------------------------------------
// sbt: build.sbt read as text (vals that name each other, comments and strings left open,
// module IDs of odd parts), project/*.scala and project/plugins.sbt.

const SBT_MODULES = ['"org.typelevel" %% "cats-core" % "2.10.0"', '"com.typesafe.akka" %% "akka-actor-typed" % Versions.akka', '"org.scala-js" %%% "scalajs-dom" % "2.8.0"', '"org.postgresql" % "postgresql" % pgVersion', '"a" % "b" % missing', '"" % "" % ""', '"x" %% "y" % a', '"com.typesafe.play" % "sbt-plugin" % "2.9.1"'];
const sbtLine = fc.oneof(
  fc.constantFrom(...SBT_MODULES).map((m) => `libraryDependencies += ${m}`),
  fc.array(fc.constantFrom(...SBT_MODULES), { maxLength: 4 }).map((ms) => `libraryDependencies ++= Seq(\n  ${ms.join(",\n  ")}\n)`),
  fc.constantFrom('Seq("com.typesafe.akka" %% "akka-actor-typed", "com.typesafe.akka" %% "akka-stream").map(_ % akkaVersion)', "Seq(\"a\" %% \"b\").map(_ % missing)", "Seq(.map(_ %", 'ThisBuild / scalaVersion := "3.3.1"', 'scalaVersion := "2.13.12"', "scalaVersion := scala3Version", "scalaVersion := a", 'scalaVersion in ThisBuild := "2.12.18"', "scalaVersion := ", 'crossScalaVersions := Seq("2.13.12", "3.3.1")'),
  fc.tuple(fc.constantFrom("a", "b", "akkaVersion", "pgVersion", "scala3Version", "toString", "__proto__"), fc.oneof(quoted(["2.8.5", "3.3.1", "42.7.1", ""]), fc.constantFrom("a", "b", "akkaVersion", "Versions.akka"))).map(([k, v]) => `val ${k} = ${v}`),
  fc.constantFrom("/* open comment", "// \"a\" %% \"b\" % \"1\"", "\"open string", "lazy val root = (project in file(\".\")).settings(", ")", "addSbtPlugin(\"com.typesafe.play\" % \"sbt-plugin\" % playVersion)"),
);
const sbtBuild = lines(sbtLine).map((ls) => `${ls.join("\n")}\n`);
const scalaObject = fc.array(fc.tuple(fc.constantFrom("akka", "a", "b", "http4s", "toString"), fc.oneof(quoted(["2.8.5", "0.23.25"]), fc.constantFrom("a", "b", "akka"))), { maxLength: 5 }).map((vs) => `object Versions {\n${vs.map(([k, v]) => `  val ${k} = ${v}`).join("\n")}\n}\nobject Dependencies {\n  lazy val akkaActor = "com.typesafe.akka" %% "akka-actor-typed" % Versions.akka\n}\n`);

describe("structure-aware fuzzing: sbt", () => {
  it(`build.sbt of vals that name each other and open comments, project/*.scala, plugins.sbt (${RUNS} cases)`, () =>
    property(
      savedTree(
        fc.tuple(sbtBuild, fc.option(scalaObject), fc.option(sbtBuild)).map(([build, scala, plugins]) => ({
          "build.sbt": build,
          ...(scala === null ? {} : { "project/Dependencies.scala": scala }),
          ...(plugins === null ? {} : { "project/plugins.sbt": plugins }),
        })),
      ),
    ), TIMEOUT);
});

// ---------------------------------------------------------------------------------------------
// CI: GitHub Actions workflows of odd `uses:` and inputs, composite actions that call each other;
// GitLab CI files whose includes and extends loop.

const USES = ["actions/checkout@v4", "actions/setup-node@v4", "actions/setup-python@v5", "dtolnay/rust-toolchain@1.79.0", "dtolnay/rust-toolchain@stable", "pnpm/action-setup@v4", "erlef/setup-beam@v1", "./.github/actions/setup", "./", "docker://postgres:16", "docker://", "owner", "a/b/c/d@ref", "@v1", "/@", "actions/checkout@", "${{ matrix.action }}", "", "a/b@v1@v2"];
const withInputs = fc.array(fc.tuple(fc.constantFrom("node-version", "python-version", "version", "toolchain", "otp-version", "elixir-version", "toString", "__proto__", "valueOf", "with"), fc.oneof(fc.constantFrom('"20"', "18.x", "[18, 20]", "[{a: 1}]", "${{ matrix.node }}", "false", "{toString: 1}", "{}", "null", "*anchor"), yamlFlow)), { maxLength: 4 }).map((kv) => `{${kv.map(([k, v]) => `${k}: ${v}`).join(", ")}}`);
const step = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.oneof(fc.constantFrom(...USES).map(yamlScalar), yamlFlow), fc.option(withInputs)).map(([uses, w]) => `{uses: ${uses}${w === null ? "" : `, with: ${w}`}}`) },
  { weight: 1, arbitrary: fc.constantFrom("{run: npm test}", "null", "[]", '"x"', "{uses: [actions/checkout@v4]}", "{uses: {toString: 1}}") },
);
const job = fc
  .tuple(fc.array(step, { maxLength: 5 }), fc.constantFrom("", "container: node:20", "container: {image: postgres:16}", "container: {image: [1]}", "container: [1]", "services: {db: {image: postgres:16}, x: null, y: {image: {toString: 1}}}", "services: [postgres]", "uses: ./.github/workflows/reusable.yml", "uses: octo/repo/.github/workflows/ci.yml@main", "uses: [1]", "strategy: {matrix: {node: [18, 20]}}"))
  .map(([steps, more]) => `{${more ? `${more.replace(/^(\w+): /, "$1: ")}, ` : ""}steps: [${steps.join(", ")}]}`.replace(/^\{(\w+): ([^{[].*?), steps/, "{$1: $2, steps"));
const workflow = fc.tuple(fc.array(fc.tuple(fc.constantFrom("build", "test", "deploy", "__proto__", "toString", "a"), fc.oneof({ weight: 5, arbitrary: job }, { weight: 1, arbitrary: yamlValue })), { maxLength: 4 }), fc.constantFrom("on: push", "on: [push, pull_request]", "on:", "'on': {workflow_call: {}}")).map(([jobs, on]) => yamlDoc(`name: ci\n${on}\njobs:\n${jobs.map(([n, j]) => `  ${n}: ${j}`).join("\n") || "  {}"}`));
const actionYml = fc.tuple(fc.constantFrom("composite", "node20", "node", "docker", "[composite]", "{toString: 1}"), fc.array(step, { maxLength: 4 }), fc.constantFrom("docker://alpine:3.19", "Dockerfile", "docker://", "[1]")).map(([using, steps, image]) => yamlDoc(`name: setup\nruns:\n  using: ${using}\n  image: ${image}\n  steps: [${steps.join(", ")}]`));
const gitlabInclude = fc.oneof(
  fc.constantFrom(".gitlab-ci.yml", "ci/a.yml", "ci/b.yml", "/ci/a.yml", "ci/*.yml", "ci/**/*.yml", "**.yml", "*/*/*/*/*/*.yml", "https://x/y.yml", "../../etc/x.yml", "").map(yamlScalar),
  fc.constantFrom("{local: ci/a.yml}", "{local: /ci/b.yml}", "{local: [1]}", "{template: Terraform/Base.gitlab-ci.yml}", "{template: Auto-DevOps.gitlab-ci.yml}", "{template: {toString: 1}}", "{project: a/b, file: /x.yml}", "{remote: https://x/y.yml}", "{component: gitlab.com/a/b@1}", "null", "{}"),
);
const gitlabJob = fc.array(fc.oneof(fc.constantFrom("extends: .base", "extends: [.base, .other]", "extends: .missing", "extends: build", "extends: [1]", "image: node:20", "image: {name: postgres:16, entrypoint: ['']}", "image: [1]", "image: {toString: 1}", "services: [postgres:16, {name: redis:7, alias: cache}, null, [1]]", "pages: true", "pages: false", "pages: {toString: 1}", "pages: {publish: public}", "script: [npm test]", "variables: {A: $B, B: $A}", "<<: *anchor"), yamlValue.map((v) => `script: ${v}`)), { maxLength: 4 });
const gitlabCi = fc
  .tuple(fc.oneof(fc.array(gitlabInclude, { maxLength: 4 }).map((is) => `include: [${is.join(", ")}]`), gitlabInclude.map((i) => `include: ${i}`), fc.constant("")), fc.array(fc.tuple(fc.constantFrom(".base", ".other", "build", "pages", "test", "default", "__proto__", "toString", "variables"), gitlabJob), { maxLength: 4 }))
  .map(([include, jobs]) => yamlDoc(`${include}\n${jobs.map(([n, body]) => `${yamlScalar(n)}:\n${body.map((b) => `  ${b}`).join("\n") || "  script: [x]"}`).join("\n")}`));

describe("structure-aware fuzzing: CI", () => {
  it(`GitHub Actions workflows of odd uses and inputs, composite actions that call each other (${RUNS} cases)`, () =>
    property(
      savedTree(
        fc.tuple(workflow, fc.option(workflow), fc.option(actionYml), fc.option(actionYml)).map(([ci, reusable, setup, other]) => ({
          ".github/workflows/ci.yml": ci,
          ...(reusable === null ? {} : { ".github/workflows/reusable.yml": reusable }),
          ...(setup === null ? {} : { ".github/actions/setup/action.yml": setup }),
          ...(other === null ? {} : { "action.yml": other }),
        })),
      ),
    ), TIMEOUT);

  it(`GitLab CI files whose includes and extends loop, with odd images and pages jobs (${RUNS} cases)`, () =>
    property(
      savedTree(
        fc.tuple(gitlabCi, fc.option(gitlabCi), fc.option(gitlabCi)).map(([root, a, b]) => ({
          ".gitlab-ci.yml": root,
          ...(a === null ? {} : { "ci/a.yml": a }),
          ...(b === null ? {} : { "ci/b.yml": b, "ci/deep/c.yml": b }),
        })),
      ),
    ), TIMEOUT);
});
