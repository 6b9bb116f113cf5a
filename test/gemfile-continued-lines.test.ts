import { describe, expect, it } from "vitest";
import { readGemfile } from "../detectors/ruby/gemfile.js";

describe("Gemfile gem lines continued after a comma", () => {
  it("reads the requirements and options of the following lines, at the gem line's number", () => {
    const gemfile = readGemfile(
      [
        'source "https://rubygems.org"',
        'gem "puma",',
        '  "~> 6.4", # the web server',
        '  ">= 6.4.2",',
        "  require: false",
        'gem "rails", "~> 7.1"',
        "group :test do",
        '  gem "capybara",',
        '    "~> 3.39"',
        "end",
        'gem "pg"',
      ].join("\n"),
    );
    expect(gemfile.gems.map((g) => [g.name, g.requirements, g.groups, g.line])).toEqual([
      ["puma", ["~> 6.4", ">= 6.4.2"], [], 2],
      ["rails", ["~> 7.1"], [], 6],
      ["capybara", ["~> 3.39"], ["test"], 8],
      ["pg", [], [], 11],
    ]);
  });
});

describe("Gemfile conditionals inside a group", () => {
  it("an if or unless block's end closes the block, not the group around it", () => {
    const gemfile = readGemfile(
      [
        "group :development, :test do",
        '  if RUBY_VERSION >= "3.0"',
        '    gem "debug"',
        "  else",
        '    gem "byebug"',
        "  end",
        '  unless ENV["CI"] then gem "pry" end',
        '  gem "rspec-rails"',
        "end",
        'gem "rails"',
      ].join("\n"),
    );
    expect(gemfile.gems.map((g) => [g.name, g.groups])).toEqual([
      ["debug", ["development", "test"]],
      ["byebug", ["development", "test"]],
      ["rspec-rails", ["development", "test"]],
      ["rails", []],
    ]);
  });
});
