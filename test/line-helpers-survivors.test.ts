import { describe, expect, it } from "vitest";
import { tomlKeyLines } from "../src/kit.js";
import { pomLines } from "../detectors/maven/pom-lines.js";
import { packageItemLines } from "../detectors/dotnet/item-lines.js";
import { pubspecKeyLines } from "../detectors/mobile/pubspec-lines.js";

// Stop 51's line finders on the shapes their first tests left out (mutation testing, stop 52): a
// pyproject.toml with arrays over several lines, spaced dotted keys and a header's comment; a pom
// whose comment or CDATA holds a `>` before an entry; a project file referencing one package per
// target framework and ending inside a comment; a pubspec with comments, blank lines and quoted keys.

describe("tomlKeyLines", () => {
  const text = [
    "[project]", //                                        1
    'classifiers = ["Framework :: Django",', //            2
    '  "Programming Language :: Python"]', //              3
    "readme = '''", //                                     4
    "The app.", //                                         5
    "requires-python = '>=3.11'", //                       6: inside the string
    "'''", //                                              7
    "notes ='''", //                                       8
    "[tool.fake]", //                                      9: inside the string
    "'''", //                                              10
    "[project.optional-dependencies]  # extras", //        11
    "test = ['pytest']", //                                12
    "[tool.ruff.lint]", //                                 13
    'site . "example.com" = true', //                      14
    "[tool.bad header]", //                                15: no table: the keys below stay under the last one
    "select = ['E']", //                                   16
    "[tool.ruff.lint]", //                                 17
    "select = ['F']", //                                   18
  ].join("\n");
  const line = tomlKeyLines(text);

  it("a value array over several lines, a string opened without a space, a header's comment and a spaced dotted key", () => {
    expect(line(["project"], "classifiers")).toBe(2);
    expect(line(["project"], "readme")).toBe(4);
    expect(line(["project"], "requires-python")).toBeUndefined();
    expect(line(["project"], "notes")).toBe(8);
    expect(line(["tool"], "fake")).toBeUndefined();
    expect(line(["project", "optional-dependencies"], "test")).toBe(12);
    expect(line(["project", "optional-dependencies"], "Framework :: Django")).toBeUndefined();
    expect(line(["tool", "ruff", "lint"], "site")).toBe(14);
    expect(line(["tool", "ruff", "lint"], "select")).toBe(16);
  });
});

describe("pomLines", () => {
  it("a comment or CDATA holding a > before an entry hides the entry", () => {
    const text = `<project>
  <dependencies>
    <!-- jackson -> gson: <dependency><artifactId>jackson-databind</artifactId></dependency> -->
    <dependency>
      <description><![CDATA[ a > b </dependency><dependency><artifactId>nope</artifactId> ]]></description>
      <artifactId>gson</artifactId>
    </dependency>
    <dependency>
      <artifactId>jackson-databind</artifactId>
    </dependency>
  </dependencies>
</project>`;
    const line = pomLines(text);
    expect(line("dependencies", "gson")).toBe(6);
    expect(line("dependencies", "nope")).toBeUndefined();
    expect(line("dependencies", "jackson-databind")).toBe(9);
  });
});

describe("packageItemLines", () => {
  it("a package referenced once per target framework: each asked in turn, the last one again once none is left; an unclosed comment hides the rest", () => {
    const text = `<Project Sdk="Microsoft.NET.Sdk">
  <ItemGroup Condition="'$(TargetFramework)' == 'net48'">
    <PackageReference Include="System.Text.Json" Version="6.0.0" />
  </ItemGroup>
  <ItemGroup Condition="'$(TargetFramework)' == 'net8.0'">
    <PackageReference Include="System.Text.Json" Version="8.0.4" />
  </ItemGroup>
  <!-- <PackageReference Include="Serilog" Version="3.1.1" />
</Project>`;
    const line = packageItemLines(text);
    expect(line("System.Text.Json")).toBe(3);
    expect(line("System.Text.Json")).toBe(6);
    expect(line("System.Text.Json")).toBe(6);
    expect(line("Serilog")).toBeUndefined();
  });
});

describe("pubspecKeyLines", () => {
  it("comments at the line's start and blank lines inside a section, quoted keys, spaces before a colon, a key given twice", () => {
    const text = `name: app
dependencies :
  http: ^1.2.1

# the state
  "provider": ^6.1.2
  riverpod : ^2.5.1
  http: ^1.0.0
dev_dependencies:
  'mocktail':    ^1.0.3
`;
    const line = pubspecKeyLines(text);
    expect(line("dependencies", "http")).toBe(3);
    expect(line("dependencies", "provider")).toBe(6);
    expect(line("dependencies", "riverpod")).toBe(7);
    expect(line("dev_dependencies", "mocktail")).toBe(10);
  });
});
