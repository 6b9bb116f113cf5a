import { describe, expect, it } from "vitest";
import { pubspecKeyLines } from "../detectors/mobile/pubspec-lines.js";

describe("pubspecKeyLines", () => {
  it("gives each package the line of its own key in its section, nested keys and comments aside", () => {
    const text = `name: app
environment:
  sdk: ^3.4.0

dependencies:
  # http: ^0.13.0
  http: ^1.2.1
  dio:
    version: ^5.4.0
    hosted: https://pub.dev
  'intl' : 0.19.0

dev_dependencies:
    mocktail: ^1.0.3
    dio: ^5.0.0
flutter:
  uses-material-design: true
`;
    const line = pubspecKeyLines(text);
    expect(line("environment", "sdk")).toBe(3);
    expect(line("dependencies", "http")).toBe(7);
    expect(line("dependencies", "dio")).toBe(8);
    expect(line("dependencies", "version")).toBeUndefined();
    expect(line("dependencies", "intl")).toBe(11);
    expect(line("dev_dependencies", "mocktail")).toBe(14);
    expect(line("dev_dependencies", "dio")).toBe(15);
    expect(line("dependencies", "uses-material-design")).toBeUndefined();
  });

  it("finds no key in a flow mapping", () => {
    expect(pubspecKeyLines(`name: app\ndependencies: {http: ^1.2.1}\n`)("dependencies", "http")).toBeUndefined();
    // In a block mapping, the same key is found.
    expect(pubspecKeyLines(`name: app\ndependencies:\n  http: ^1.2.1\n`)("dependencies", "http")).toBe(3);
  });
});
