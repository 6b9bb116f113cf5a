import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scan, MemorySource } from "../src/index.js";
import { tool } from "./helpers.js";
import { nixCode } from "../detectors/tool-versions/nix-code.js";
import { readNixPackages } from "../detectors/tool-versions/nix-packages.js";
import { expectFinishesWithin } from "./work-budget.js";

const opts = { git: false, timestamp: "2024-01-01T00:00:00+00:00" } as const;

// A flake as `nix flake init` and flake-utils users write one: a dev shell listing its packages
// under `with pkgs;`, comments and a shellHook mentioning other packages.
const FLAKE = [
  "{",
  '  description = "orders service: dev shell";',
  "",
  "  inputs = {",
  '    nixpkgs.url = "github:NixOS/nixpkgs/nixos-24.05";',
  '    flake-utils.url = "github:numtide/flake-utils";',
  "  };",
  "",
  "  outputs = { self, nixpkgs, flake-utils }:",
  "    flake-utils.lib.eachDefaultSystem (system:",
  "      let",
  "        pkgs = import nixpkgs { inherit system; };",
  "      in {",
  "        devShells.default = pkgs.mkShell {",
  "          packages = with pkgs; [",
  "            nodejs_20",
  "            python311",
  "            postgresql_16 # mysql80 is gone",
  "            terraform",
  "            gopls",
  "            ripgrep",
  "          ];",
  "          shellHook = ''",
  '            export PGDATA="$PWD/.pg"',
  "            echo ${pkgs.redis}/bin ''${HOME} '''quoted'''",
  "          '';",
  "        };",
  "      }) // {",
  "        # a NixOS machine's system packages are no project's",
  "        nixosConfigurations.box = nixpkgs.lib.nixosSystem { modules = [ { environment.systemPackages = [ nixpkgs.mongodb ]; } ]; };",
  "      };",
  "}",
  "",
].join("\n");

describe("Nix dev shells: the packages a flake.nix or shell.nix puts on the path", () => {
  it("names each package the catalog knows by its nixpkgs name, at the release line the name carries", async () => {
    const { document, warnings } = await scan(new MemorySource({ "flake.nix": FLAKE }), opts);
    expect(warnings).toEqual([]);
    expect(tool(document.tools, "Node.js")).toMatchObject({ version: "20.0.0", detection_source: "flake.nix" });
    expect(tool(document.tools, "Python")).toMatchObject({ version: "3.11", detection_source: "flake.nix" });
    expect(tool(document.tools, "PostgreSQL")).toMatchObject({ version: "16.0.0", detection_source: "flake.nix" });
    expect(tool(document.tools, "Terraform")).toMatchObject({ detection_source: "flake.nix" });
    expect(tool(document.tools, "Terraform")?.version).toBeUndefined();
    // a comment's and a shell hook's packages are none of the shell's
    for (const absent of ["MySQL", "Redis", "MongoDB"]) expect(tool(document.tools, absent)).toBeUndefined();
    // gopls and ripgrep name nothing the catalog knows
    expect(document.tools.map((t) => t.name).sort()).toEqual(["Nix", "Node.js", "PostgreSQL", "Python", "Terraform"]);
  });

  it("reads a shell.nix's `pkgs.` items, a package set's path, and a wrapped Python by its head, not the Python packages inside it", async () => {
    const shell = [
      "{ pkgs ? import <nixpkgs> {} }:",
      "",
      "pkgs.mkShell {",
      "  buildInputs = [",
      "    pkgs.go_1_22",
      "    pkgs.nodePackages.pnpm",
      "    (pkgs.python312.withPackages (ps: with ps; [ redis psycopg2 ]))",
      "    pkgs.python311Packages.pika",
      "    pkgs.php83",
      "    pkgs.jdk17",
      "  ] ++ pkgs.lib.optionals pkgs.stdenv.isDarwin [ pkgs.darwin.apple_sdk.frameworks.Security ];",
      "  nativeBuildInputs = [ pkgs.ruby_3_3 ] ++ (with pkgs; [ elixir_1_16 mongodb-6_0 ]);",
      "}",
      "",
    ].join("\n");
    const { document } = await scan(new MemorySource({ "shell.nix": shell }), opts);
    expect(tool(document.tools, "Golang")).toMatchObject({ version: "1.22", detection_source: "shell.nix" });
    expect(tool(document.tools, "pnpm")).toMatchObject({ detection_source: "shell.nix" });
    expect(tool(document.tools, "Python")).toMatchObject({ version: "3.12" });
    expect(tool(document.tools, "PHP")).toMatchObject({ version: "8.3" });
    expect(tool(document.tools, "Java")).toMatchObject({ version: "17.0.0" });
    expect(tool(document.tools, "Ruby")).toMatchObject({ version: "3.3" });
    expect(tool(document.tools, "Elixir")).toMatchObject({ version: "1.16" });
    expect(tool(document.tools, "MongoDB")).toMatchObject({ version: "6.0" });
    // ps.redis is Python's client inside the interpreter, and python311Packages.pika a Python library
    expect(tool(document.tools, "Redis")).toBeUndefined();
    expect(tool(document.tools, "RabbitMQ")).toBeUndefined();
  });

  it("reads a devenv.nix's packages and a default.nix that makes a dev shell, not one that packages software", async () => {
    const files = {
      "devenv.nix": '{ pkgs, ... }:\n{\n  packages = [ pkgs.git pkgs.kubernetes-helm pkgs.ansible pkgs.nodePackages.prettier ];\n  languages.python.enable = true;\n}\n',
      "default.nix": "{ pkgs ? import <nixpkgs> {} }:\npkgs.mkShell {\n  nativeBuildInputs = with pkgs.buildPackages; [ go postgresql_13 ];\n}\n",
      "nix/pkgs/tool/default.nix": "{ stdenv, redis }:\nstdenv.mkDerivation { pname = \"tool\"; buildInputs = [ redis ]; }\n",
    };
    const { document } = await scan(new MemorySource(files), opts);
    expect(tool(document.tools, "Helm")).toMatchObject({ detection_source: "devenv.nix" });
    expect(tool(document.tools, "Ansible")).toMatchObject({ detection_source: "devenv.nix" });
    expect(tool(document.tools, "Prettier")).toMatchObject({ detection_source: "devenv.nix" });
    expect(tool(document.tools, "PostgreSQL")).toMatchObject({ version: "13.0.0", detection_source: "default.nix" });
    expect(tool(document.tools, "Golang")).toMatchObject({ detection_source: "default.nix" });
    expect(tool(document.tools, "Redis")).toBeUndefined();
  });

  it("follows a list bound to a name and a package bound to a name, past a flake's `inputs` set of the same name", () => {
    const flake = [
      "{",
      "  inputs = {",
      '    nixpkgs.url = "github:NixOS/nixpkgs/release-23.11";',
      "  };",
      "  outputs = { nixpkgs, flake-utils, ... }:",
      "    flake-utils.lib.eachDefaultSystem (system:",
      "      let",
      "        pkgs = import nixpkgs { inherit system; };",
      "        nodejs = pkgs.nodejs-18_x;",
      "        inputs = with pkgs; [ nodejs yarn ];",
      "      in {",
      "        devShells.default = pkgs.mkShell { nativeBuildInputs = inputs; };",
      "      });",
      "}",
    ].join("\n");
    expect(readNixPackages(flake)).toEqual([
      { path: "pkgs.nodejs-18_x", line: 9 },
      { path: "yarn", line: 10 },
    ]);
  });

  it("blanks comments and strings, indented strings' escapes and interpolations included, keeping every line", () => {
    const text = "a = [ x ]; # [ y ]\nb = ''\n  '''[ z ]''' ''${[ w ]}\n  ${ \"}\" }\n'';\nc = \"\\\"[\"; /* [ v ] */ d = [ u ];\n";
    const code = nixCode(text);
    expect(code.split("\n").length).toBe(text.split("\n").length);
    expect(code.length).toBe(text.length);
    expect(code.match(/[a-z]/g)?.join("")).toBe("axbcdu");
  });

  it("never fails and finds only what is written: any text in a string or comment names nothing, listed names are found in order", () => {
    const names = fc.constantFrom("nodejs_20", "python311", "pkgs.go_1_22", "yarn", "postgresql_16", "pkgs.nodePackages.pnpm");
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.uniqueArray(names, { maxLength: 6 }), fc.constantFrom(" ", "\n", " # note\n", " /* x */ "), (noise, listed, gap) => {
        const inString = readNixPackages(`packages = [ ${JSON.stringify(noise)} ];\nbuildInputs = [ # ${noise.replace(/\n/g, " ")}\n];`);
        expect(inString).toEqual([]);
        const found = readNixPackages(`{ pkgs }: pkgs.mkShell {\n  packages = with pkgs; [${gap}${listed.join(gap)}${gap}];\n}\n`).map((p) => p.path);
        expect(found).toEqual(listed);
        // anything at all is read without an exception
        readNixPackages(noise);
      }),
      { numRuns: 300 },
    );
  });

  it("reads hostile files in linear time: names bound to names bound to long lists, nested parentheses, strings never closed", () => {
    const chain = `base = [ ${Array.from({ length: 10_000 }, (_, i) => `p${i}`).join(" ")} ];\n${Array.from({ length: 1_000 }, (_, i) => `n${i} = base;`).join("\n")}\npackages = [ ${Array.from({ length: 1_000 }, (_, i) => `n${i}`).join(" ")} ];\n`;
    const nested = `packages = [ ${"(with pkgs; [ x ".repeat(5_000)}`;
    const repeated = "buildInputs = with pkgs; packages = ".repeat(1_000) + ";";
    const open = `packages = [ "${"\\\"${".repeat(5_000)}`;
    const results = expectFinishesWithin(() => [chain, nested, repeated, open].map(readNixPackages), 20, "four hostile Nix files");
    expect(results[0]!.length).toBe(10_000);
    expect(results[3]).toEqual([]);
  });
});
