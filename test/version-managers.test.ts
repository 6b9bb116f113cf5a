import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

const tools = async (files: Record<string, string>) => {
  const { document, warnings } = await scan(new MemorySource(files), { git: false, disable: ["languages"] });
  return { byName: new Map(document.tools.map((t) => [t.name, t])), warnings };
};

describe("version managers: asdf's .tool-versions and mise's [tools]", () => {
  it("a Phoenix app's .tool-versions pins Erlang, Elixir and Node.js; a Rails app's Ruby beats its image's", async () => {
    const phoenix = ["erlang 26.0.2", "elixir 1.15.4-otp-26", "nodejs 20", "postgres 15.3", ""].join("\n");
    const { byName } = await tools({ ".tool-versions": phoenix });
    expect(byName.get("Erlang")).toMatchObject({ version: "26.0.2", detection_source: ".tool-versions" });
    expect(byName.get("Elixir")?.version).toBe("1.15.4");
    expect(byName.get("Node.js")?.version).toBe("20.0.0");
    expect(byName.get("PostgreSQL")?.version).toBe("15.3");

    // A pin the project keeps for itself weighs as .ruby-version does: more than the image's tag.
    const rails = await tools({
      ".tool-versions": "ruby 3.2.2\nyarn 1.22.19 # for jsbundling\npython 3.11.4 2.7.18\n",
      Dockerfile: "ARG RUBY_VERSION=3.1.4\nFROM ruby:$RUBY_VERSION-slim\n",
    });
    expect(rails.byName.get("Ruby")).toMatchObject({ version: "3.2.2", detection_source: ".tool-versions" });
    expect(rails.byName.get("Yarn")?.version).toBe("1.22.19");
    // Several versions on a line: the first is the default.
    expect(rails.byName.get("Python")?.version).toBe("3.11.4");
  });

  it("vendor prefixes, names that are not versions, unknown plugins", async () => {
    const { byName, warnings } = await tools({ ".tool-versions": "java temurin-17.0.8+7\nterraform latest\ngolang system\nshellcheck 0.9.0\nrust ref:nightly\n" });
    expect(byName.get("Java")?.version).toBe("17.0.8");
    expect(byName.get("Terraform")).toBeDefined();
    expect(byName.get("Terraform")?.version).toBeUndefined();
    expect(byName.get("Golang")?.version).toBeUndefined();
    expect(byName.get("Rust")?.version).toBeUndefined();
    expect([...byName.keys()].sort()).toEqual(["Golang", "Java", "Rust", "Terraform"]);
    expect(warnings).toEqual([]);
  });

  it("mise's [tools] table: a version, a list (the first), a table with a version", async () => {
    const mise = '[tools]\nnode = "20.11.1"\npython = ["3.12", "3.11"]\ngo = { version = "1.22.1" }\n\n[env]\nNODE_ENV = "development"\n';
    const { byName } = await tools({ ".mise.toml": mise });
    expect(byName.get("Node.js")).toMatchObject({ version: "20.11.1", detection_source: ".mise.toml" });
    expect(byName.get("Python")?.version).toBe("3.12");
    expect(byName.get("Golang")?.version).toBe("1.22.1");
    const broken = await tools({ "mise.toml": "[tools\nnode = 20" });
    expect(broken.byName.size).toBe(0);
    expect(broken.warnings.map((w) => w.file)).toEqual(["mise.toml"]);
  });
});
