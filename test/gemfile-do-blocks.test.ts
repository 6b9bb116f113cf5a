import { describe, expect, it } from "vitest";
import { readGemfile } from "../detectors/ruby/gemfile.js";

// Every `do` block of a Gemfile closes with an `end`, and only a `group` block's end closes a group.
// Bundler's DSL has block forms beyond `platforms`, `source`, `git` and `path`: `github "org/repo" do`,
// `env "VAR" do`, `git_source(:github) do |repo|`, and a Gemfile is Ruby, so a loop
// (`%w[...].each do |name|`) opens one too.

const groupsOf = (text: string) => Object.fromEntries(readGemfile(text).gems.map((g) => [g.name, g.groups]));

describe("Gemfile do blocks inside a group", () => {
  it("a github block's end does not close the group around it", () => {
    const gemfile = [
      'source "https://rubygems.org"',
      'ruby "3.2.2"',
      'gem "rails", "~> 7.1.2"',
      "group :development do",
      '  github "rails/web-console", branch: "main" do',
      '    gem "web-console"',
      "  end",
      '  gem "listen", "~> 3.8"',
      "end",
      'gem "puma", ">= 5.0"',
    ].join("\n");
    expect(groupsOf(gemfile)).toEqual({ rails: [], "web-console": ["development"], listen: ["development"], puma: [] });
  });

  it("an env block, a git_source block and a loop inside a group keep the gems after them in it", () => {
    const gemfile = [
      'source "https://rubygems.org"',
      "group :development, :test do",
      '  env "COVERAGE" do',
      '    gem "simplecov", require: false',
      "  end",
      "  git_source(:internal) do |repo|",
      '    "https://git.example.com/#{repo}.git"',
      "  end",
      "  %w[rspec-core rspec-mocks].each do |lib|",
      '    gem lib, github: "rspec/#{lib}"',
      "  end",
      '  gem "rspec-rails", "~> 6.1"',
      "end",
      'gem "pg", "~> 1.5"',
    ].join("\n");
    expect(groupsOf(gemfile)).toEqual({ simplecov: ["development", "test"], "rspec-rails": ["development", "test"], pg: [] });
  });

  it("a block opened and closed on one line opens no level", () => {
    const gemfile = ["group :test do", '  platforms(:mri) do gem "byebug" end', '  gem "capybara"', "end", 'gem "bootsnap"'].join("\n");
    expect(groupsOf(gemfile)).toEqual({ capybara: ["test"], bootsnap: [] });
  });
});
