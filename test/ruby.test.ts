import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";
import { readGemfile, readGemfileLock, readGemspec } from "../detectors/ruby/gemfile.js";
import { tool } from "./helpers.js";

const opts = { git: false } as const;
const pkg = (tools: ToolEntry[], name: string) => tools.find((t) => t.package_url === `https://rubygems.org/${name}`);

// A gem repository in the shape `bundle gem` leaves: a gemspec with runtime dependencies, a Gemfile
// with `gemspec` and development gems, one of them a RuboCop plugin.
const GEM_LOCK = `GIT
  remote: https://github.com/csfrancis/cityhash.git
  revision: 3cfc7d01f333c01811d5e834f1495eaa29f87c36
  specs:
    cityhash (0.6.0)

PATH
  remote: .
  specs:
    tapioca (0.11.6)
      bundler (>= 2.2.25)
      netrc (>= 0.11.0)
      thor (>= 1.2.0)
      yard-sorbet

GEM
  remote: https://rubygems.org/
  specs:
    ast (2.4.2)
    netrc (0.11.0)
    nokogiri (1.15.2-x86_64-linux)
      racc (~> 1.4)
    rubocop (1.50.2)
      ast (~> 2.4.1)
    rubocop-shopify (2.13.0)
      rubocop (~> 1.48)
    thor (1.2.2)
    yard-sorbet (0.8.1)

PLATFORMS
  x86_64-linux

DEPENDENCIES
  cityhash!
  minitest (~> 5.18)
  rubocop-shopify
  tapioca!

RUBY VERSION
   ruby 3.2.2p53

BUNDLED WITH
   2.4.14
`;

describe("Gemfile.lock", () => {
  it("reads PATH gems with their runtime dependencies, GEM and GIT versions, and what requires what", () => {
    const lock = readGemfileLock(GEM_LOCK);
    expect(lock.local).toEqual([
      {
        name: "tapioca",
        remote: ".",
        dependencies: [
          { name: "bundler", requirement: ">= 2.2.25" },
          { name: "netrc", requirement: ">= 0.11.0" },
          { name: "thor", requirement: ">= 1.2.0" },
          { name: "yard-sorbet" },
        ],
      },
    ]);
    expect(lock.versions.get("nokogiri")).toBe("1.15.2");
    expect(lock.versions.get("cityhash")).toBe("0.6.0");
    expect(lock.requires.get("rubocop-shopify")).toEqual(["rubocop"]);
    expect(lock.dependencies).toEqual(["cityhash", "minitest", "rubocop-shopify"]);
    expect(lock.ruby).toBe("3.2.2");
    expect(lock.bundler).toBe("2.4.14");
  });

  it("text that is not a lockfile gives empty data, not an exception", () => {
    const lock = readGemfileLock("{\n  \"not\": \"a lockfile\"\n}\n    (\n      )\n");
    expect(lock.versions.size).toBe(0);
    expect(lock.local).toEqual([]);
    expect(lock.dependencies).toEqual([]);
    expect(lock).not.toHaveProperty("ruby");
  });
});

describe("gem repositories", () => {
  it("the gemspec's runtime gems come from PATH, credited to the gemspec, with locked versions", async () => {
    const { document } = await scan(
      new MemorySource({
        Gemfile: 'source "https://rubygems.org"\ngemspec\ngem "rubocop-shopify", require: false\ngem "cityhash", git: "https://github.com/csfrancis/cityhash.git"\n',
        "Gemfile.lock": GEM_LOCK,
        // Present but unreadable as a gemspec (a generated one, or content not fetched): the lockfile still knows.
        "tapioca.gemspec": "",
      }),
      opts,
    );
    expect(pkg(document.tools, "netrc")).toMatchObject({ version: "0.11.0", detection_source: "tapioca.gemspec", detection_source_url: "Gemfile.lock" });
    expect(pkg(document.tools, "thor")?.version).toBe("1.2.2");
    expect(pkg(document.tools, "yard-sorbet")?.version).toBe("0.8.1");
    expect(pkg(document.tools, "bundler")).toBeUndefined();
    expect(pkg(document.tools, "tapioca")).toBeUndefined();
    // RuboCop through its plugin, with rubocop's own locked version rather than the plugin's.
    expect(tool(document.tools, "RuboCop")).toMatchObject({ version: "1.50.2", detection_source: "Gemfile" });
    expect(pkg(document.tools, "rubocop-shopify")?.version).toBe("2.13.0");
    expect(pkg(document.tools, "rubocop")).toBeUndefined();
    expect(tool(document.tools, "Ruby")?.version).toBe("3.2.2");
    expect(tool(document.tools, "Bundler")?.version).toBe("2.4.14");
  });

  it("a gemspec beside a lockfile takes the locked versions", async () => {
    const gemspec = [
      'Gem::Specification.new do |spec|',
      '  spec.name = "tapioca"',
      '  spec.add_dependency("netrc", ">= 0.11.0")',
      '  spec.add_runtime_dependency "thor", ">= 1.2.0" # CLI',
      '  spec.add_development_dependency "rubocop", "~> 1.40"',
      '  # spec.add_dependency "commented-out"',
      'end',
    ].join("\n");
    expect(readGemspec(gemspec).map((d) => [d.name, d.requirements, d.dev])).toEqual([
      ["netrc", [">= 0.11.0"], false],
      ["thor", [">= 1.2.0"], false],
      ["rubocop", ["~> 1.40"], true],
    ]);
    const { document } = await scan(new MemorySource({ "tapioca.gemspec": gemspec, "Gemfile.lock": GEM_LOCK }), opts);
    expect(pkg(document.tools, "thor")).toMatchObject({ version: "1.2.2", detection_source: "tapioca.gemspec", detection_source_url: "Gemfile.lock" });
    expect(tool(document.tools, "RuboCop")?.version).toBe("1.50.2");
    expect(pkg(document.tools, "commented-out")).toBeUndefined();
  });

  it("a PATH gem outside the repository is not this project's gem", async () => {
    const lock = "PATH\n  remote: ../shared-gem\n  specs:\n    shared (1.0.0)\n      leaked (>= 1)\n\nGEM\n  remote: https://rubygems.org/\n  specs:\n    leaked (1.2.0)\n\nDEPENDENCIES\n  shared!\n";
    const { document } = await scan(new MemorySource({ Gemfile: "gemspec\ngem 'shared', path: '../shared-gem'\n", "Gemfile.lock": lock }), opts);
    expect(pkg(document.tools, "leaked")).toBeUndefined();
    // A path gem is a folder, not a RubyGems package.
    expect(pkg(document.tools, "shared")).toBeUndefined();
    // Inside the repository, the path gem's dependency is the project's.
    const inside = lock.replace("../shared-gem", "vendor/shared-gem");
    const own = await scan(new MemorySource({ Gemfile: "gemspec\ngem 'shared', path: 'vendor/shared-gem'\n", "Gemfile.lock": inside }), opts);
    expect(pkg(own.document.tools, "leaked")).toMatchObject({ version: "1.2.0" });
  });
});

describe("Gemfile ruby directive", () => {
  it("takes the lowest version a requirement allows, and ignores `ruby file:`", () => {
    expect(readGemfile('source "https://rubygems.org"\nruby "~> 3.2.0"\n').ruby).toBe("3.2.0");
    expect(readGemfile("ruby '3.1.4', engine: 'jruby', engine_version: '9.4.3.0'\n").ruby).toBe("3.1.4");
    expect(readGemfile('ruby file: ".ruby-version"\n')).not.toHaveProperty("ruby");
    expect(readGemfile('ruby ">= 3.1"\n').ruby).toBe("3.1");
    expect(readGemfile('ruby "< 4"\n')).not.toHaveProperty("ruby");
  });

  it("tells a pinned release from a requirement", () => {
    expect(readGemfile('ruby "3.2.2"\n').rubyPinned).toBe(true);
    expect(readGemfile("ruby '3.1.4', engine: 'jruby'\n").rubyPinned).toBe(true);
    expect(readGemfile('ruby ">= 2.6.10"\n').rubyPinned).toBe(false);
    expect(readGemfile('ruby "~> 3.2.0"\n').rubyPinned).toBe(false);
  });

  it("a requirement gives way to the RUBY VERSION the lockfile recorded (React Native's template Gemfile)", async () => {
    // Modelled on a React Native 0.73 app: the template's Gemfile asks for `>= 2.6.10`, and the
    // lockfile bundled with CocoaPods records the Ruby it was resolved with.
    const gemfile = "source 'https://rubygems.org'\n\nruby \">= 2.6.10\"\n\ngem 'cocoapods', '>= 1.13', '< 1.15'\ngem 'activesupport', '>= 6.1.7.5', '< 7.1.0'\n";
    const lock = "GEM\n  remote: https://rubygems.org/\n  specs:\n    activesupport (7.0.8.1)\n    cocoapods (1.14.3)\n\nPLATFORMS\n  ruby\n\nDEPENDENCIES\n  activesupport (>= 6.1.7.5, < 7.1.0)\n  cocoapods (>= 1.13, < 1.15)\n\nRUBY VERSION\n   ruby 3.1.2p20\n\nBUNDLED WITH\n   2.4.20\n";
    const { document } = await scan(new MemorySource({ Gemfile: gemfile, "Gemfile.lock": lock }), opts);
    // the language bar counts the Gemfile as Ruby: cited as Repo Metadata, the lockfile giving release and URL
    expect(tool(document.tools, "Ruby")).toMatchObject({ version: "3.1.2", detection_source: "Repo Metadata", detection_source_url: "Gemfile.lock" });
    // Without the lockfile, the lowest release the requirement allows.
    const alone = await scan(new MemorySource({ Gemfile: gemfile }), opts);
    expect(tool(alone.document.tools, "Ruby")?.version).toBe("2.6.10");
  });
});

describe("Gemfiles as Rails apps write them", () => {
  it("versions, inline and block groups, platforms and source blocks, sources, comments and line numbers", () => {
    const gemfile = readGemfile(
      [
        'source "https://rubygems.org"',
        'git_source(:github) { |repo| "https://github.com/#{repo}.git" }',
        "",
        'ruby("3.2.2")',
        "",
        'gem "rails", "~> 7.1.2"',
        'gem "pg", "~> 1.1",  ">= 1.5.4"',
        'gem "puma", ">= 5.0" # pinned, "6.0" broke the workers',
        "gem  'sidekiq', '7.2.0', require: 'sidekiq/web'",
        'gem "bootsnap", require: false',
        'gem "tzinfo-data", platforms: %i[ windows jruby ]',
        'gem "devise", github: "heartcombo/devise", branch: "main"',
        'gem "my_engine", path: "engines/my_engine"',
        'gem "rack-mini-profiler", group:  :development',
        'gem "rspec-rails", groups: [:development, "test"]',
        'gem "letter_opener", group: "development"',
        '#gem "commented_out"',
        "",
        "group  :development,  :test  do",
        "  platform :mri do",
        '    gem "byebug"',
        "  end",
        '  gem "legend"',
        "end",
        "",
        "group :test, optional: true do",
        '  gem "capybara"',
        "end",
        "",
        'source "https://gems.example.com" do',
        '  gem "private_gem"',
        "end",
      ].join("\n"),
    );
    expect(gemfile.ruby).toBe("3.2.2");
    expect(gemfile.gemspec).toBe(false);
    expect(gemfile.gems.map((g) => [g.name, g.requirements, g.groups, g.line, g.source])).toEqual([
      ["rails", ["~> 7.1.2"], [], 6, undefined],
      ["pg", ["~> 1.1", ">= 1.5.4"], [], 7, undefined],
      ["puma", [">= 5.0"], [], 8, undefined],
      ["sidekiq", ["7.2.0"], [], 9, undefined],
      ["bootsnap", [], [], 10, undefined],
      ["tzinfo-data", [], [], 11, undefined],
      ["devise", [], [], 12, "github"],
      ["my_engine", [], [], 13, "path"],
      ["rack-mini-profiler", [], ["development"], 14, undefined],
      ["rspec-rails", [], ["development", "test"], 15, undefined],
      ["letter_opener", [], ["development"], 16, undefined],
      ["byebug", [], ["development", "test"], 21, undefined],
      ["legend", [], ["development", "test"], 23, undefined],
      ["capybara", [], ["test"], 27, undefined],
      ["private_gem", [], [], 31, undefined],
    ]);
    expect(readGemfile('source "https://rubygems.org"\n\ngemspec\n\ngem "rake", "~> 13.0"\n').gemspec).toBe(true);
  });

  it("the parenthesized call style: gem(...), group(...) do, ruby(...)", async () => {
    const text = [
      "# frozen_string_literal: true",
      "",
      'ruby("3.3.0")',
      'source("https://rubygems.org")',
      "",
      'gem("actionpack", "~> 7.1")',
      'gem("puma", "~> 6.4")',
      'gem("cure_acts_as_versioned", ">= 0.6.5",',
      '    git: "https://github.com/example/acts_as_versioned/")',
      'gem("brakeman", require: false)',
      "",
      "group(:test, :development) do",
      '  gem("byebug")',
      "end",
      "",
      "group :test do",
      '  gem("capybara", "~> 3.36.0") # for ruby 2.6',
      "end",
      "",
    ].join("\n");
    const gemfile = readGemfile(text);
    expect(gemfile.ruby).toBe("3.3.0");
    expect(gemfile.gems.map((g) => [g.name, g.requirements, g.groups, g.line])).toEqual([
      ["actionpack", ["~> 7.1"], [], 6],
      ["puma", ["~> 6.4"], [], 7],
      ["cure_acts_as_versioned", [">= 0.6.5"], [], 8],
      ["brakeman", [], [], 10],
      ["byebug", [], ["test", "development"], 13],
      ["capybara", ["~> 3.36.0"], ["test"], 17],
    ]);
    const { document } = await scan(new MemorySource({ Gemfile: text }), opts);
    expect(tool(document.tools, "Puma")).toMatchObject({ version: "6.4", detection_source: "Gemfile" });
    expect(tool(document.tools, "Brakeman")?.detection_source).toBe("Gemfile");
    expect(tool(document.tools, "Capybara")?.version).toBe("3.36.0");
    expect(pkg(document.tools, "byebug")).toBeDefined();
  });

  it("a Gemfile.lock cut short: empty RUBY VERSION and BUNDLED WITH sections give nothing", () => {
    const lock = readGemfileLock(["GEM", "  remote: https://rubygems.org/", "  specs:", "    rake (13.1.0)", "", "DEPENDENCIES", "  rake", "", "RUBY VERSION", "", "BUNDLED WITH", ""].join("\n"));
    expect(lock.versions.get("rake")).toBe("13.1.0");
    expect(lock.dependencies).toEqual(["rake"]);
    expect(lock).not.toHaveProperty("ruby");
    expect(lock).not.toHaveProperty("bundler");
  });

  it("a gemspec: runtime and development dependencies with their line", () => {
    const deps = readGemspec(
      [
        "Gem::Specification.new do |spec|",
        '  spec.name = "acme"',
        '  spec.add_dependency "rack", ">= 2.2", "< 4" # "5.0" is untested',
        "  spec.add_runtime_dependency('thor', '~> 1.2')",
        '  spec.add_development_dependency "rspec", "~> 3.12"',
        '  # spec.add_dependency "old"',
        "end",
      ].join("\n"),
    );
    expect(deps).toEqual([
      { name: "rack", requirements: [">= 2.2", "< 4"], dev: false, line: 3 },
      { name: "thor", requirements: ["~> 1.2"], dev: false, line: 4 },
      { name: "rspec", requirements: ["~> 3.12"], dev: true, line: 5 },
    ]);
  });
});

describe("a generated gemspec (gem build, Jeweler)", () => {
  it("names written as %q literals, each gem once, as its first declaration says", async () => {
    const gemspec = [
      "# -*- encoding: utf-8 -*-",
      "Gem::Specification.new do |s|",
      '  s.name = "devise_otp2".freeze',
      "  if s.respond_to? :add_runtime_dependency then",
      '    s.add_runtime_dependency(%q<railties>.freeze, [">= 6.0", "< 7.2"])',
      '    s.add_runtime_dependency(%q{rotp}, [">= 6.2"])',
      '    s.add_development_dependency(%q<rspec>.freeze, ["~> 3.12"])',
      "  else",
      '    s.add_dependency(%q<railties>.freeze, [">= 6.0", "< 7.2"])',
      '    s.add_dependency(%q<rspec>.freeze, ["~> 3.12"])',
      "  end",
      "end",
    ].join("\n");
    expect(readGemspec(gemspec).map((d) => [d.name, d.requirements, d.dev, d.line])).toEqual([
      ["railties", [">= 6.0", "< 7.2"], false, 5],
      ["rotp", [">= 6.2"], false, 6],
      ["rspec", ["~> 3.12"], true, 7],
    ]);
    const { document } = await scan(new MemorySource({ "devise_otp2.gemspec": gemspec }), opts);
    expect(pkg(document.tools, "railties")).toMatchObject({ version: "6.0", detection_source: "devise_otp2.gemspec" });
    expect(tool(document.tools, "Rails")).toMatchObject({ version: "6.0", detection_source: "devise_otp2.gemspec" });
    expect(tool(document.tools, "RSpec")?.version).toBe("3.12");
  });
});

describe("RubyGems: a gem's gemspec, else a Gemfile", () => {
  it("a gem's Gemfile (with a gemspec beside it) leaves RubyGems to the gemspec; an app's Gemfile still names it", async () => {
    const gem = await scan(
      new MemorySource({
        Gemfile: 'source "https://rubygems.org"\n\ngemspec\n',
        "tiny_cli.gemspec": 'Gem::Specification.new do |spec|\n  spec.name = "tiny_cli"\n  spec.add_dependency "thor", "~> 1.2"\nend\n',
      }),
      opts,
    );
    expect(tool(gem.document.tools, "RubyGems")).toMatchObject({ detection_source: "tiny_cli.gemspec" });
    // A Rails app with an engine of its own in a folder: the app's Gemfile, the shallowest.
    const app = await scan(
      new MemorySource({
        Gemfile: 'source "https://rubygems.org"\ngem "rails", "~> 7.1.0"\ngem "admin", path: "engines/admin"\n',
        "engines/admin/admin.gemspec": 'Gem::Specification.new do |spec|\n  spec.name = "admin"\nend\n',
        "engines/admin/Gemfile": 'source "https://rubygems.org"\ngemspec\n',
      }),
      opts,
    );
    expect(tool(app.document.tools, "RubyGems")).toMatchObject({ detection_source: "Gemfile" });
  });
});

describe("eval_gemfile (audit a37g)", () => {
  it("the gems of a Gemfile evaluated into the Gemfile, declared there and locked in the Gemfile's lockfile", async () => {
    const gemfile = [
      'source "https://rubygems.org"',
      "gemspec",
      'eval_gemfile "gemfiles/rubocop.gemfile"',
      'eval_gemfile File.expand_path("gemfiles/missing.gemfile", __dir__)',
      'gem "rspec", "~> 3.13"',
    ].join("\n");
    const included = 'group :development do\n  gem "rubocop", "~> 1.60"\n  gem "rubocop-md", "~> 1.0"\nend\n';
    const lock = "GEM\n  remote: https://rubygems.org/\n  specs:\n    rspec (3.13.0)\n    rubocop (1.62.1)\n    rubocop-md (1.2.2)\n      rubocop (>= 1.0)\n\nDEPENDENCIES\n  rspec (~> 3.13)\n  rubocop (~> 1.60)\n  rubocop-md (~> 1.0)\n\nBUNDLED WITH\n   2.5.6\n";
    expect(readGemfile(gemfile).included).toEqual(["gemfiles/rubocop.gemfile", "gemfiles/missing.gemfile"]);
    const { document, warnings } = await scan(
      new MemorySource({ Gemfile: gemfile, "gemfiles/rubocop.gemfile": included, "Gemfile.lock": lock }),
      opts,
    );
    expect(warnings).toEqual([]);
    expect(pkg(document.tools, "rubocop-md")).toMatchObject({ version: "1.2.2", detection_source: "gemfiles/rubocop.gemfile", detection_source_url: "Gemfile.lock" });
    expect(tool(document.tools, "RuboCop")).toMatchObject({ version: "1.62.1", detection_source: "gemfiles/rubocop.gemfile" });
    // Without a lockfile: the included file's requirements.
    const bare = await scan(new MemorySource({ Gemfile: gemfile, "gemfiles/rubocop.gemfile": included }), opts);
    expect(tool(bare.document.tools, "RuboCop")).toMatchObject({ version: "1.60", detection_source: "gemfiles/rubocop.gemfile" });
  });
});

describe("RuboCop's extensions (audit a37g)", () => {
  it("any rubocop-* gem names RuboCop, at the release the lockfile holds of rubocop itself", async () => {
    const gemfile = 'source "https://rubygems.org"\ngemspec\ngroup :development do\n  gem "rubocop-md"\n  gem "rubocop-thread_safety"\nend\n';
    const lock = "GEM\n  remote: https://rubygems.org/\n  specs:\n    rubocop (1.62.1)\n    rubocop-md (1.2.2)\n      rubocop (>= 1.0)\n    rubocop-thread_safety (0.5.1)\n      rubocop (>= 0.90.0)\n\nDEPENDENCIES\n  rubocop-md\n  rubocop-thread_safety\n\nBUNDLED WITH\n   2.5.6\n";
    const { document } = await scan(new MemorySource({ Gemfile: gemfile, "Gemfile.lock": lock }), opts);
    expect(tool(document.tools, "RuboCop")).toMatchObject({ version: "1.62.1", detection_source: "Gemfile" });
    expect(pkg(document.tools, "rubocop-md")?.version).toBe("1.2.2");
  });
});

describe(".ruby-version", () => {
  it("a version as written, a requirement as the lowest version it allows", async () => {
    const ruby = async (content: string) => tool((await scan(new MemorySource({ ".ruby-version": content }), opts)).document.tools, "Ruby")?.version;
    expect(await ruby("3.2.2\n")).toBe("3.2.2");
    expect(await ruby("ruby-3.1.4\n")).toBe("3.1.4");
    // React Native's app template writes a requirement its Gemfile reads back.
    expect(await ruby(">= 2.7.6\n")).toBe("2.7.6");
    // Written as the requirement writes it, as a Gemfile `ruby "~> 3.2"` gives it.
    expect(await ruby("~> 3.2\n")).toBe("3.2");
    expect(await ruby("system\n")).toBeUndefined();
    // rvm's `version@gemset`: the gemset names the project's gems, not a version.
    expect(await ruby("3.1.2@filterbuildscheduler\n")).toBe("3.1.2");
  });

  it("the Ruby of a Gemfile without a `ruby` line is the lockfile's RUBY VERSION, and the lockfile gives it", async () => {
    const gemfile = "source 'https://rubygems.org'\n\ngem 'rails', '>= 6.1'\ngem 'pg'\n";
    const lock = "GEM\n  remote: https://rubygems.org/\n  specs:\n    pg (1.3.2)\n    rails (6.1.5)\n\nPLATFORMS\n  x86_64-linux\n\nDEPENDENCIES\n  pg\n  rails (>= 6.1)\n\nRUBY VERSION\n   ruby 3.0.2p107\n\nBUNDLED WITH\n   2.2.27\n";
    const { document } = await scan(new MemorySource({ Gemfile: gemfile, "Gemfile.lock": lock }), opts);
    // Repo Metadata, as the language bar counts the Gemfile (held-out muhenge/my-article-app: the site's Ruby 2.7.0, Repo Metadata, Gemfile.lock)
    expect(tool(document.tools, "Ruby")).toMatchObject({ version: "3.0.2", detection_source: "Repo Metadata", detection_source_url: "Gemfile.lock" });
    // A `ruby` line in the Gemfile is the Gemfile's own.
    const pinned = await scan(new MemorySource({ Gemfile: `ruby "3.1.2"\n${gemfile}`, "Gemfile.lock": lock }), opts);
    expect(tool(pinned.document.tools, "Ruby")).toMatchObject({ version: "3.1.2", detection_source: "Repo Metadata", detection_source_url: "Gemfile" });
  });
});

describe("gems named like tools of other ecosystems", () => {
  it("the spring preloader is Rails Spring and slim-rails is Slim Lang, not Java's Spring or PHP's Slim", async () => {
    const { document } = await scan(new MemorySource({ Gemfile: 'gem "rails"\ngem "spring"\ngem "slim-rails"\n' }), opts);
    expect(tool(document.tools, "Rails Spring")).toBeDefined();
    expect(tool(document.tools, "Slim Lang")).toBeDefined();
    expect(tool(document.tools, "Spring")).toBeUndefined();
    expect(tool(document.tools, "Slim")).toBeUndefined();
  });
});

describe("gems that are package entries only", () => {
  it("a Rails 4 app's generated Gemfile: sass, sass-rails and selenium-webdriver name no tool; guard-livereload names LiveReload without its release", async () => {
    const gemfile = "source 'https://rubygems.org'\n\ngem 'rails', '4.2.3'\ngem 'sass-rails', '~> 5.0'\ngem 'sass'\ngem 'uglifier', '>= 1.3.0'\n\ngroup :development, :test do\n  gem 'guard-livereload', '~> 2.4', require: false\nend\n\ngroup :test do\n  gem 'selenium-webdriver', '>= 2.43.0'\nend\n";
    const lock = [
      "GEM", "  remote: https://rubygems.org/", "  specs:",
      "    guard-livereload (2.4.0)", "    rails (4.2.3)", "    sass (3.4.17)",
      "    sass-rails (5.0.3)", "      sass (~> 3.1)", "    selenium-webdriver (2.47.1)", "    uglifier (2.7.1)",
      "", "PLATFORMS", "  ruby", "", "DEPENDENCIES",
      "  guard-livereload (~> 2.4)", "  rails (= 4.2.3)", "  sass", "  sass-rails (~> 5.0)", "  selenium-webdriver (>= 2.43.0)", "  uglifier (>= 1.3.0)", "",
    ].join("\n");
    const { document } = await scan(new MemorySource({ Gemfile: gemfile, "Gemfile.lock": lock }), opts);
    expect(tool(document.tools, "Sass")).toBeUndefined();
    expect(tool(document.tools, "Selenium")).toBeUndefined();
    expect(pkg(document.tools, "sass-rails")?.version).toBe("5.0.3");
    expect(pkg(document.tools, "sass")?.version).toBe("3.4.17");
    expect(pkg(document.tools, "selenium-webdriver")?.version).toBe("2.47.1");
    expect(tool(document.tools, "LiveReload")).toBeDefined();
    expect(tool(document.tools, "LiveReload")?.version).toBeUndefined();
    expect(tool(document.tools, "Rails")?.version).toBe("4.2.3");
  });

  it("rake is listed as a package, with the lockfile's release, and names no Rake tool", async () => {
    const lock = "GEM\n  remote: https://rubygems.org/\n  specs:\n    rake (13.0.6)\n    rspec (3.12.0)\n\nPLATFORMS\n  ruby\n\nDEPENDENCIES\n  rake\n  rspec\n";
    const { document } = await scan(new MemorySource({ Gemfile: 'source "https://rubygems.org"\ngem "rake"\ngem "rspec"\n', "Gemfile.lock": lock }), opts);
    expect(document.tools.find((t) => t.package_url === "https://rubygems.org/rake")?.version).toBe("13.0.6");
    expect(tool(document.tools, "Rake")).toBeUndefined();
    expect(tool(document.tools, "RSpec")).toBeDefined();
  });

  it("the turbolinks gem of a Rails 4 app is a package entry only; npm's turbolinks still names Turbolinks", async () => {
    // Modelled on a Rails 4.0 app's generated Gemfile (turbolinks 2) with haml-rails and rspec-rails added.
    const gemfile = "source 'https://rubygems.org'\n\ngem 'rails', '4.0.3'\ngem 'sqlite3'\ngem 'jquery-rails'\ngem 'turbolinks'\ngem 'jbuilder', '~> 1.2'\ngem \"haml-rails\"\ngem \"rspec-rails\", :group => [:development, :test]\n";
    const lock = "GEM\n  remote: https://rubygems.org/\n  specs:\n    haml-rails (0.5.3)\n    jbuilder (1.5.3)\n    jquery-rails (3.1.0)\n    rails (4.0.3)\n    rspec-rails (2.14.1)\n    sqlite3 (1.3.8)\n    turbolinks (2.2.1)\n\nPLATFORMS\n  ruby\n\nDEPENDENCIES\n  haml-rails\n  jbuilder (~> 1.2)\n  jquery-rails\n  rails (= 4.0.3)\n  rspec-rails\n  sqlite3\n  turbolinks\n";
    const { document } = await scan(new MemorySource({ Gemfile: gemfile, "Gemfile.lock": lock }), opts);
    expect(tool(document.tools, "Turbolinks")).toBeUndefined();
    expect(pkg(document.tools, "turbolinks")?.version).toBe("2.2.1");
    expect(tool(document.tools, "Rails")?.version).toBe("4.0.3");
    // A Rails 6 app with Webpacker's package.json: the npm package names it.
    const withNpm = await scan(new MemorySource({ Gemfile: gemfile, "Gemfile.lock": lock, "package.json": '{"name":"app","private":true,"dependencies":{"@rails/ujs":"^6.0.0","turbolinks":"^5.2.0"}}' }), opts);
    expect(tool(withNpm.document.tools, "Turbolinks")).toBeDefined();
  });
});

describe("Rails glue gems on their own numbering", () => {
  it("name their tool without giving it their release; the tool's own gem in the lockfile does", async () => {
    const gemfile = 'source "https://rubygems.org"\n\ngem "rails", "~> 7.0.6"\ngem "sassc-rails"\ngem "haml-rails"\ngem "omniauth-github"\ngem "rubocop-rails", require: false\n';
    const lock = [
      "GEM",
      "  remote: https://rubygems.org/",
      "  specs:",
      "    haml (6.1.2)",
      "    haml-rails (2.1.0)",
      "      haml (>= 4.0.6)",
      "    omniauth (2.1.1)",
      "    omniauth-github (2.0.1)",
      "      omniauth (~> 2.0)",
      "    rails (7.0.6)",
      "    rubocop (1.56.0)",
      "    rubocop-rails (2.20.2)",
      "      rubocop (>= 1.33.0, < 2.0)",
      "    sassc (2.4.0)",
      "    sassc-rails (2.1.2)",
      "      sassc (>= 2.0)",
      "",
      "PLATFORMS",
      "  ruby",
      "",
      "DEPENDENCIES",
      "  haml-rails",
      "  omniauth-github",
      "  rails (~> 7.0.6)",
      "  rubocop-rails",
      "  sassc-rails",
      "",
    ].join("\n");
    const { document } = await scan(new MemorySource({ Gemfile: gemfile, "Gemfile.lock": lock }), opts);
    // sassc-rails, the asset pipeline's glue, is a package entry only: the site names no Sass from it.
    expect(tool(document.tools, "Sass")).toBeUndefined();
    expect(tool(document.tools, "HAML")?.version).toBe("6.1.2");
    expect(tool(document.tools, "OmniAuth")?.version).toBe("2.1.1");
    expect(tool(document.tools, "RuboCop")?.version).toBe("1.56.0");
    expect(pkg(document.tools, "sassc-rails")?.version).toBe("2.1.2");
  });

  it("a plugin alone, with no lockfile to name its tool's release, gives none", async () => {
    const { document } = await scan(new MemorySource({ Gemfile: 'gem "turbo-rails", "1.4.0"\ngem "stimulus-rails", "1.2.1"\ngem "tailwindcss-rails", "2.0.30"\n' }), opts);
    for (const name of ["Turbo", "Stimulus", "Tailwind CSS"]) expect(tool(document.tools, name), name).toMatchObject({ name });
    for (const name of ["Turbo", "Stimulus", "Tailwind CSS"]) expect(tool(document.tools, name)?.version, name).toBeUndefined();
  });
});

describe("a hosting platform from its Rails gem", () => {
  it("rails_12factor, Heroku's gem for Rails 4 apps, names Heroku without lending it the gem's release", async () => {
    const gemfile = "source 'https://rubygems.org'\nruby '2.0.0'\ngem 'rails', '4.0.1'\ngroup :production do\n  gem 'pg'\n  gem 'rails_12factor'\nend\n";
    const lock = [
      "GEM", "  remote: https://rubygems.org/", "  specs:",
      "    pg (0.17.0)", "    rails (4.0.1)", "    rails_12factor (0.0.2)", "      rails_serve_static_assets", "      rails_stdout_logging",
      "    rails_serve_static_assets (0.0.1)", "    rails_stdout_logging (0.0.3)",
      "", "PLATFORMS", "  ruby", "", "DEPENDENCIES", "  pg", "  rails (= 4.0.1)", "  rails_12factor", "",
    ].join("\n");
    const { document } = await scan(new MemorySource({ Gemfile: gemfile, "Gemfile.lock": lock }), opts);
    expect(tool(document.tools, "Heroku")).toMatchObject({ name: "Heroku", detection_source: "Gemfile" });
    expect(tool(document.tools, "Heroku")?.version).toBeUndefined();
    expect(pkg(document.tools, "rails_12factor")?.version).toBe("0.0.2");
    // Its two halves, on their own, are generic Rack/Rails helpers and name nothing.
    const halves = await scan(new MemorySource({ Gemfile: "gem 'rails_serve_static_assets'\ngem 'rails_stdout_logging'\n" }), opts);
    expect(tool(halves.document.tools, "Heroku")).toBeUndefined();
  });
});

describe("GraphiQL from the Rails gem that mounts it", () => {
  it("graphiql-rails names GraphiQL without lending it the gem's own release", async () => {
    const gemfile = 'source "https://rubygems.org"\ngem "graphql"\ngroup :development do\n  gem "graphiql-rails", "1.8.0"\nend\n';
    const { document } = await scan(new MemorySource({ Gemfile: gemfile }), opts);
    expect(tool(document.tools, "GraphiQL")).toBeDefined();
    expect(tool(document.tools, "GraphiQL")?.version).toBeUndefined();
    expect(tool(document.tools, "GraphQL")).toBeDefined();
  });
});

describe("mail services from a Rails environment's SMTP settings", () => {
  it("a literal SMTP address names its service; comments, the environment and unknown hosts do not", async () => {
    const production = [
      "Rails.application.configure do",
      "  config.action_mailer.delivery_method = :smtp",
      "  config.action_mailer.smtp_settings = {",
      "    address: 'smtp.sendgrid.net',",
      "    port: 587,",
      "    user_name: 'apikey',",
      "    password: ENV['SENDGRID_API_KEY']",
      "  }",
      "  # config.action_mailer.smtp_settings = { address: 'smtp.mailgun.org' }",
      "end",
    ].join("\n");
    const staging = "Planner::Application.configure do\n  config.action_mailer.smtp_settings = {\n    :port =>    '587',\n    :address => \"email-smtp.eu-west-1.amazonaws.com\",\n  }\nend\n";
    const development = "Rails.application.configure do\n  config.action_mailer.smtp_settings = { address: ENV.fetch('SMTP_ADDRESS'), port: 1025 }\n  config.action_mailer.smtp_settings = { address: 'mail.example.org' }\nend\n";
    const { document } = await scan(
      new MemorySource({ Gemfile: 'gem "rails"\n', "config/environments/production.rb": production, "config/environments/staging.rb": staging, "config/environments/development.rb": development }),
      opts,
    );
    expect(tool(document.tools, "Twilio SendGrid")).toMatchObject({ detection_source: "config/environments/production.rb" });
    expect(tool(document.tools, "Amazon SES")?.detection_source).toBe("config/environments/staging.rb");
    expect(tool(document.tools, "Mailgun")).toBeUndefined(); // a commented-out setting
    expect(document.tools.filter((t) => t.category === "Communications").map((t) => t.name).sort()).toEqual(["Amazon SES", "Twilio SendGrid"]);
  });

  it("Gmail's SMTP server names Gmail, as the learn-rails tutorial's production.rb sends through it", async () => {
    const production = [
      "LearnRails::Application.configure do",
      "  config.action_mailer.smtp_settings = {",
      '    address: "smtp.gmail.com",',
      "    port: 587,",
      '    domain: "example.com",',
      '    authentication: "plain",',
      "    enable_starttls_auto: true,",
      '    user_name: ENV["GMAIL_USERNAME"],',
      '    password: ENV["GMAIL_PASSWORD"]',
      "  }",
      "end",
    ].join("\n");
    const { document } = await scan(new MemorySource({ Gemfile: 'gem "rails"\n', "config/environments/production.rb": production }), opts);
    expect(tool(document.tools, "Gmail")).toMatchObject({ category: "Back Office", detection_source: "config/environments/production.rb" });
  });

  it("Active Storage's Azure service gems name Azure Storage (a hosted service: no release), as google-cloud-storage names Google Cloud Storage", async () => {
    for (const gem of ["azure-storage-blob", "azure-storage"]) {
      const { document } = await scan(
        new MemorySource({
          Gemfile: `gem "rails", "~> 6.1.7"\ngem "${gem}", "~> 2.0", require: false\n`,
          "Gemfile.lock": `GEM\n  remote: https://rubygems.org/\n  specs:\n    ${gem} (2.0.3)\n    rails (6.1.7.6)\n\nDEPENDENCIES\n  ${gem} (~> 2.0)\n  rails (~> 6.1.7)\n`,
        }),
        opts,
      );
      const azure = tool(document.tools, "Azure Storage");
      expect(azure, gem).toMatchObject({ detection_source: "Gemfile", category: "Data Stores" });
      expect(azure?.version).toBeUndefined();
    }
  });

  it("delayed_job (the tool) from its Active Record backend, the gem a Rails app declares, at the release of the delayed_job gem it pulls", async () => {
    const { document } = await scan(
      new MemorySource({
        Gemfile: "gem 'rails', '~> 5.2.4'\ngem 'delayed_job_active_record'\n",
        "Gemfile.lock": "GEM\n  remote: https://rubygems.org/\n  specs:\n    delayed_job (4.1.9)\n      activesupport (>= 3.0, < 6.2)\n    delayed_job_active_record (4.1.5)\n      activerecord (>= 3.0, < 6.2)\n      delayed_job (>= 3.0, < 5)\n    rails (5.2.4.4)\n\nDEPENDENCIES\n  delayed_job_active_record\n  rails (~> 5.2.4)\n",
      }),
      opts,
    );
    expect(tool(document.tools, "delayed_job")).toMatchObject({ version: "4.1.9", detection_source: "Gemfile", detection_source_url: "Gemfile.lock" });
  });

  it("Resend from its SMTP server (smtp.resend.com) in an environment's Action Mailer settings", async () => {
    const production = 'Rails.application.configure do\n  config.action_mailer.smtp_settings = {\n    address: "smtp.resend.com",\n    port: 465,\n    user_name: "resend",\n    password: ENV["RESEND_API_KEY"],\n    tls: true\n  }\nend\n';
    const { document } = await scan(new MemorySource({ Gemfile: 'gem "rails"\n', "config/environments/production.rb": production }), opts);
    expect(tool(document.tools, "Resend")).toMatchObject({ detection_source: "config/environments/production.rb", category: "Communications" });
  });

  it("the S3-compatible service an Active Storage S3 service's endpoint names (config/storage.yml); commented and environment endpoints name nothing", async () => {
    const storage = [
      "test:", "  service: Disk", '  root: <%= Rails.root.join("tmp/storage") %>', "",
      "spaces:", "  service: S3", "  endpoint: https://nyc3.digitaloceanspaces.com", '  access_key_id: <%= ENV["SPACES_KEY"] %>', "  region: nyc3", "  bucket: uploads", "",
      "backups:", "  service: S3", '  endpoint: "https://s3.us-west-002.backblazeb2.com"', "  bucket: backups", "",
      "# wasabi:", "#   service: S3", "#   endpoint: https://s3.wasabisys.com", "",
      "minio:", "  service: S3", '  endpoint: <%= ENV.fetch("MINIO_ENDPOINT", "http://localhost:9000") %>', "  force_path_style: true", "",
    ].join("\n");
    const { document } = await scan(new MemorySource({ Gemfile: 'gem "rails"\ngem "aws-sdk-s3", require: false\n', "app/config/storage.yml": storage }), opts);
    expect(tool(document.tools, "DigitalOcean Spaces")).toMatchObject({ detection_source: "app/config/storage.yml", category: "Data Stores" });
    expect(tool(document.tools, "Backblaze B2 Cloud Storage")).toMatchObject({ detection_source: "app/config/storage.yml" });
    expect(tool(document.tools, "Wasabi Storage")).toBeUndefined();
    expect(document.tools.filter((t) => t.sub_category === "Cloud Storage").map((t) => t.name).sort()).toEqual(["Amazon S3", "Backblaze B2 Cloud Storage", "DigitalOcean Spaces"]);
  });

  it("a Rails app in a folder of the repository (api/ beside a front end): its database.yml, environments and importmap are read as at the root", async () => {
    const production = "Rails.application.configure do\n  config.action_mailer.smtp_settings = {\n    :address => 'smtp.sendgrid.net',\n    :port => '587'\n  }\nend\n";
    const { document } = await scan(
      new MemorySource({
        "api/Gemfile": 'gem "rails"\n',
        "api/config/database.yml": "default: &default\n  adapter: cockroachdb\n\nproduction:\n  <<: *default\n",
        "api/config/environments/production.rb": production,
        "api/config/importmap.rb": 'pin "application"\npin "chart.js" # @4.4.1\n',
        "web/package.json": JSON.stringify({ dependencies: { vue: "^3.4.0" } }),
      }),
      opts,
    );
    expect(tool(document.tools, "Twilio SendGrid")).toMatchObject({ detection_source: "api/config/environments/production.rb" });
    expect(tool(document.tools, "CockroachDB")).toMatchObject({ detection_source: "api/config/database.yml" });
    expect(tool(document.tools, "Chart.js")).toMatchObject({ version: "4.4.1", detection_source: "api/config/importmap.rb" });
  });
});

describe("GitHub Pages' gem", () => {
  it("names GitHub Pages and Jekyll, and Jekyll takes the release the lockfile resolved for it", async () => {
    const gemfile = 'source "https://rubygems.org"\n\ngem "github-pages", "~> 228", group: :jekyll_plugins\n\ngroup :jekyll_plugins do\n  gem "jekyll-feed", "~> 0.12"\nend\n';
    const lock = [
      "GEM",
      "  remote: https://rubygems.org/",
      "  specs:",
      "    github-pages (228)",
      "      jekyll (= 3.9.3)",
      "      jekyll-feed (= 0.15.1)",
      "    jekyll (3.9.3)",
      "      kramdown (>= 1.17, < 3)",
      "    jekyll-feed (0.15.1)",
      "      jekyll (>= 3.7, < 5.0)",
      "    kramdown (2.3.2)",
      "",
      "PLATFORMS",
      "  ruby",
      "",
      "DEPENDENCIES",
      "  github-pages (~> 228)",
      "  jekyll-feed (~> 0.12)",
      "",
      "BUNDLED WITH",
      "   2.4.10",
      "",
    ].join("\n");
    const { document } = await scan(new MemorySource({ Gemfile: gemfile, "Gemfile.lock": lock }), opts);
    expect(tool(document.tools, "GitHub Pages")).toBeDefined();
    expect(tool(document.tools, "GitHub Pages")?.version).toBeUndefined(); // 228 is the gem's own numbering
    expect(tool(document.tools, "Jekyll")).toMatchObject({ version: "3.9.3", detection_source_url: "Gemfile.lock" });
    expect(pkg(document.tools, "github-pages")?.version).toBe("228");
  });
});

describe("a Jekyll site's own gems", () => {
  it("liquid names Liquid at the release the lockfile resolved; Jekyll pulling it in alone names nothing", async () => {
    const gemfile = "source 'https://rubygems.org'\ngem 'jekyll', '~> 4.3'\ngem 'kramdown'\ngem 'liquid'\n";
    const lock = "GEM\n  remote: https://rubygems.org/\n  specs:\n    jekyll (4.3.2)\n      kramdown (~> 2.3, >= 2.3.1)\n      liquid (~> 4.0)\n    kramdown (2.4.0)\n    liquid (4.0.4)\n\nPLATFORMS\n  ruby\n\nDEPENDENCIES\n  jekyll (~> 4.3)\n  kramdown\n  liquid\n\nBUNDLED WITH\n   2.4.10\n";
    const { document } = await scan(new MemorySource({ Gemfile: gemfile, "Gemfile.lock": lock }), opts);
    expect(tool(document.tools, "Liquid")).toMatchObject({ version: "4.0.4", category: "Languages & Frameworks", sub_category: "Templating Languages & Extensions", detection_source: "Gemfile" });
    expect(tool(document.tools, "Jekyll")?.version).toBe("4.3.2");
    const onlyJekyll = await scan(new MemorySource({ Gemfile: "gem 'jekyll', '~> 4.3'\n", "Gemfile.lock": lock.replace("  kramdown\n  liquid\n", "") }), opts);
    expect(tool(onlyJekyll.document.tools, "Liquid")).toBeUndefined();
  });
});

describe("Jekyll from _config.yml", () => {
  const names = async (files: Record<string, string>) => (await scan(new MemorySource(files), { ...opts, disable: ["languages"] })).document.tools.map((t) => t.name);

  it("a Jekyll site's configuration, in a docs folder too, or an empty one", async () => {
    expect(await names({ "_config.yml": "title: Blog\nmarkdown: kramdown\nplugins:\n  - jekyll-feed\n" })).toContain("Jekyll");
    expect(await names({ "docs/_config.yml": "remote_theme: pages-themes/cayman\n" })).toContain("Jekyll");
    expect(await names({ "_config.yml": "" })).toContain("Jekyll");
  });

  it("not Hexo's site configuration or its themes', nor Jupyter Book's", async () => {
    const hexo = "title: Hexo\nsource_dir: source\npublic_dir: public\nnew_post_name: :title.md\ntheme: next\n";
    expect(await names({ "_config.yml": hexo, "themes/next/_config.yml": "menu:\n  home: /\n" })).not.toContain("Jekyll");
    expect(await names({ "book/_config.yml": "title: Notes\nauthor: Me\n", "book/_toc.yml": "format: jb-book\nroot: intro\n" })).not.toContain("Jekyll");
    expect(await names({ "_config.yml": "title: Notes\nexecute:\n  execute_notebooks: force\n" })).not.toContain("Jekyll");
    // A Jekyll site's own _config.yml names it.
    expect(await names({ "_config.yml": "title: Notes\ntheme: minima\n" })).toContain("Jekyll");
  });

  it("the other generators' keys are catalog data a repository's own catalog extends", async () => {
    const config = { "_config.yml": "title: Site\nnew_generator_key: true\n" };
    expect(await names(config)).toContain("Jekyll");
    const catalog = "matchers:\n  site-config-key:\n    new_generator_key: hexo\n";
    expect(await names({ ...config, "techstack.catalog.yml": catalog })).not.toContain("Jekyll");
  });
});

describe("gemspec required_ruby_version", () => {
  const gemspec = (line: string) =>
    `Gem::Specification.new do |spec|\n  spec.name = "minima"\n${line}\n  spec.add_runtime_dependency "jekyll", ">= 3.5", "< 5.0"\nend\n`;

  it("gives the lowest Ruby the requirement allows, in its plain, Gem::Requirement and list forms", async () => {
    for (const [line, expected] of [
      ['  spec.required_ruby_version = ">= 2.5.0"', "2.5.0"],
      ['  spec.required_ruby_version = Gem::Requirement.new(">= 3.1.0")', "3.1.0"],
      ['  spec.required_ruby_version = ["< 4", ">= 2.7"]', "2.7"],
    ] as const) {
      const { document } = await scan(new MemorySource({ "Gemfile": 'source "https://rubygems.org"\ngemspec\n', "minima.gemspec": gemspec(line) }), opts);
      expect(tool(document.tools, "Ruby")?.version).toBe(expected);
      expect(tool(document.tools, "Jekyll")).toBeDefined();
    }
  });

  it("a Ruby the Gemfile pins beats the gemspec's lower bound", async () => {
    const { document } = await scan(
      new MemorySource({ "Gemfile": 'source "https://rubygems.org"\nruby "3.3.0"\ngemspec\n', "minima.gemspec": gemspec('  spec.required_ruby_version = ">= 2.5.0"') }),
      opts,
    );
    expect(tool(document.tools, "Ruby")?.version).toBe("3.3.0");
  });
});

describe("gems that reveal the store, broker, search engine or service a Rails app talks to", () => {
  it("the drivers, adapters and clients beside the catalog's pg/mysql2/redis/bunny: Trilogy, redis-client, Hutch and Karafka's WaterDrop, Chewy, Meilisearch, BigQuery", async () => {
    // A Rails 7.1 app on Trilogy, modelled on a generated Gemfile plus the gems its services add.
    const gemfile = [
      "source 'https://rubygems.org'", "ruby '3.2.2'", "",
      "gem 'rails', '~> 7.1.0'", "gem 'trilogy', '~> 2.6'", "gem 'puma', '>= 5.0'",
      "gem 'redis-client'", "gem 'hutch'", "gem 'waterdrop'", "gem 'chewy'", "gem 'meilisearch-rails'",
      "gem 'google-cloud-bigquery'", "gem 'aws-sdk-kinesis'", "gem 'launchdarkly-server-sdk'", "gem 'anthropic'", "",
    ].join("\n");
    const database = "default: &default\n  adapter: jdbcpostgresql\n  pool: 5\n\ndevelopment:\n  <<: *default\n  database: app_development\n";
    const { document } = await scan(new MemorySource({ Gemfile: gemfile, "config/database.yml": database }), opts);
    const names = ["MySQL", "Redis", "RabbitMQ", "Kafka", "Elasticsearch", "MeiliSearch", "Google BigQuery", "Amazon Kinesis", "LaunchDarkly", "Claude", "PostgreSQL"];
    for (const name of names) expect(tool(document.tools, name), name).toBeDefined();
    // A driver's release is not the database server's.
    expect(tool(document.tools, "MySQL")).toBeDefined();
    expect(tool(document.tools, "MySQL")?.version).toBeUndefined();
    expect(tool(document.tools, "PostgreSQL")).toMatchObject({ detection_source: "config/database.yml" });
  });

  it("a database.yml on the PostGIS adapter names PostgreSQL and PostGIS, as the adapter's gem does; on the Spanner adapter, Cloud Spanner", async () => {
    const yml = (adapter: string) => `default: &default\n  adapter: ${adapter}\n\ndevelopment:\n  <<: *default\n  database: geo_dev\n`;
    const postgis = await scan(new MemorySource({ "config/database.yml": yml("postgis") }), opts);
    expect(tool(postgis.document.tools, "PostgreSQL")).toMatchObject({ detection_source: "config/database.yml" });
    expect(tool(postgis.document.tools, "PostGIS")).toMatchObject({ detection_source: "config/database.yml" });
    const spanner = await scan(new MemorySource({ "config/database.yml": yml("spanner") }), opts);
    expect(tool(spanner.document.tools, "Google Cloud Spanner")).toMatchObject({ detection_source: "config/database.yml" });
  });

  it("a database.yml on the SQL Server adapter names Microsoft SQL Server, the tool its gems name too, not the site's MSSQL (npm's client)", async () => {
    const gemfile = 'source "https://rubygems.org"\ngem "rails", "~> 7.0.8"\ngem "activerecord-sqlserver-adapter", "~> 7.0"\ngem "tiny_tds"\n';
    const database = "default: &default\n  adapter: sqlserver\n  host: localhost\n\ndevelopment:\n  <<: *default\n  database: erp_dev\n";
    for (const files of [{ "config/database.yml": database }, { Gemfile: gemfile, "config/database.yml": database }] as Array<Record<string, string>>) {
      const { document } = await scan(new MemorySource(files), opts);
      expect(tool(document.tools, "Microsoft SQL Server")).toBeDefined();
      expect(tool(document.tools, "MSSQL")).toBeUndefined();
    }
  });
});

describe("rubocop-rails-omakase, the RuboCop configuration Rails 7.2+ generates", () => {
  it("names RuboCop at the release of the rubocop gem it pulls in, not its own", async () => {
    const gemfile = ['source "https://rubygems.org"', 'gem "rails", "~> 7.2.0"', "group :development do", '  gem "rubocop-rails-omakase", require: false', "end", ""].join("\n");
    const lock = [
      "GEM",
      "  remote: https://rubygems.org/",
      "  specs:",
      "    rails (7.2.1)",
      "    rubocop (1.66.1)",
      "    rubocop-performance (1.21.1)",
      "      rubocop (>= 1.48.1, < 2.0)",
      "    rubocop-rails (2.26.0)",
      "      rubocop (>= 1.52.0, < 2.0)",
      "    rubocop-rails-omakase (1.0.0)",
      "      rubocop",
      "      rubocop-minitest",
      "      rubocop-performance",
      "      rubocop-rails",
      "",
      "PLATFORMS",
      "  x86_64-linux",
      "",
      "DEPENDENCIES",
      "  rails (~> 7.2.0)",
      "  rubocop-rails-omakase",
      "",
      "BUNDLED WITH",
      "   2.5.16",
      "",
    ].join("\n");
    const { document } = await scan(new MemorySource({ Gemfile: gemfile, "Gemfile.lock": lock }), opts);
    const rubocop = tool(document.tools, "RuboCop");
    expect([rubocop?.version, rubocop?.detection_source]).toEqual(["1.66.1", "Gemfile"]);
    expect(pkg(document.tools, "rubocop-rails-omakase")?.version).toBe("1.0.0");
  });
});
