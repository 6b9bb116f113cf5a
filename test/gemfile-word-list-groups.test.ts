import { describe, expect, it } from "vitest";
import { readGemfile } from "../detectors/ruby/gemfile.js";

// RuboCop's Style/SymbolArray (on by default) asks for `%i[development test]` over
// `[:development, :test]`, so Gemfiles it lints name their groups as word lists, in a group block
// and in a gem's own group option.

const groupsOf = (text: string) => Object.fromEntries(readGemfile(text).gems.map((g) => [g.name, g.groups]));

describe("Gemfile groups written as word lists", () => {
  it("a group block and a gem's group option written %i[...] or %w(...)", () => {
    const gemfile = [
      'source "https://rubygems.org"',
      'gem "rails", "~> 7.1.3"',
      "group %i[development test] do",
      '  gem "rspec-rails", "~> 6.1"',
      "end",
      'gem "factory_bot_rails", group: %i[development test]',
      'gem "rubocop", groups: %w(development), require: false',
      'gem "web-console", group: :development',
    ].join("\n");
    expect(groupsOf(gemfile)).toEqual({
      rails: [],
      "rspec-rails": ["development", "test"],
      factory_bot_rails: ["development", "test"],
      rubocop: ["development"],
      "web-console": ["development"],
    });
  });
});
