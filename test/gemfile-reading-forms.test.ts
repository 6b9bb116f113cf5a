import { describe, expect, it } from "vitest";
import { readGemfile } from "../detectors/ruby/gemfile.js";

// readGemfile called alone on the forms hand-written Gemfiles take beside the generated one: inline
// groups, modifiers after a gem, comments after a group's `do`, eval_gemfile in its call forms, an
// exact `ruby` requirement, and a file cut off after a comma.

describe("readGemfile: forms of hand-written Gemfiles", () => {
  it("reads inline groups, a gem with an if modifier, and a group line with a trailing comment", () => {
    const gemfile = readGemfile(
      [
        'source "https://rubygems.org"',
        'gem "rspec-rails", "~> 6.1", group: [:development, :test]',
        'gem "factory_bot_rails", groups: [:development, "test"]',
        'gem "rb-fsevent", "~> 0.11" if RUBY_PLATFORM =~ /darwin/',
        "group :test do # system tests",
        '  gem "capybara", ">= 3.26"',
        "end",
      ].join("\n"),
    );
    expect(gemfile.gems.map((g) => [g.name, g.requirements, g.groups, g.line])).toEqual([
      ["rspec-rails", ["~> 6.1"], ["development", "test"], 2],
      ["factory_bot_rails", [], ["development", "test"], 3],
      ["rb-fsevent", ["~> 0.11"], [], 4],
      ["capybara", [">= 3.26"], ["test"], 6],
    ]);
  });

  it("reads a group line continued after a comma, as a long list of groups is wrapped", () => {
    const gemfile = readGemfile(
      [
        'source "https://rubygems.org"',
        "group :development,",
        "      :test,",
        "      :ci do",
        '  gem "rubocop-rails", require: false',
        "end",
        'gem "puma", "~> 6.4"',
      ].join("\n"),
    );
    expect(gemfile.gems.map((g) => [g.name, g.groups, g.line])).toEqual([
      ["rubocop-rails", ["development", "test", "ci"], 5],
      ["puma", [], 7],
    ]);
  });

  it("reads eval_gemfile with parentheses and through File.expand_path", () => {
    const gemfile = readGemfile(['eval_gemfile("gemfiles/rubocop.gemfile")', 'eval_gemfile File.expand_path("Gemfile.local", __dir__)', "gemspec"].join("\n"));
    expect(gemfile.included).toEqual(["gemfiles/rubocop.gemfile", "Gemfile.local"]);
    expect(gemfile.gemspec).toBe(true);
  });

  it("takes a ruby requirement written with = as one release", () => {
    expect(readGemfile('ruby "= 3.2.2"')).toMatchObject({ ruby: "3.2.2", rubyPinned: true });
    expect(readGemfile('ruby "~> 3.2.0"')).toMatchObject({ ruby: "3.2.0", rubyPinned: false });
  });

  it("reads a file cut off after a gem line's comma", () => {
    const gemfile = readGemfile(['gem "rails", "~> 7.1.3"', 'gem "puma",'].join("\n"));
    expect(gemfile.gems.map((g) => [g.name, g.requirements])).toEqual([
      ["rails", ["~> 7.1.3"]],
      ["puma", []],
    ]);
  });
});
