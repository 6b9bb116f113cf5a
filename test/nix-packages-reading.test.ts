import { describe, expect, it } from "vitest";
import { scan, MemorySource } from "../src/index.js";
import { nixPackageNames, readNixPackages } from "../detectors/tool-versions/nix-packages.js";
import { tool } from "./helpers.js";

const opts = { git: false, timestamp: "2024-01-01T00:00:00+00:00" } as const;
const paths = (text: string) => readNixPackages(text).map((p) => p.path);

// The Nix reader's shapes called alone, each as people write dev shells (nixpkgs' manual, flake
// templates, devenv): conditionals, wrapped and overridden packages, local files, names bound to
// lists, and every list attribute a shell or derivation puts on the path.
describe("the packages a Nix shell lists, read as text", () => {
  it("every list attribute of a derivation, each package once at its first line", () => {
    const derivation = [
      "{ pkgs ? import <nixpkgs> { } }:",
      "pkgs.stdenv.mkDerivation {",
      '  pname = "orders";',
      "  nativeBuildInputs = with pkgs; [ cmake pkg-config ];",
      "  buildInputs = with pkgs; [",
      "    openssl",
      "    cmake",
      "  ];",
      "  propagatedBuildInputs = [ pkgs.libxml2 ];",
      "  nativeCheckInputs = [ pkgs.python3Packages.pytest ];",
      "  checkInputs = [ pkgs.valgrind ];",
      "  packages = [ pkgs.jq ];",
      "  shellInputs = [ pkgs.hello ];",
      "}",
    ].join("\n");
    expect(readNixPackages(derivation)).toEqual([
      { path: "cmake", line: 4 },
      { path: "pkg-config", line: 4 },
      { path: "openssl", line: 6 },
      { path: "pkgs.libxml2", line: 9 },
      { path: "pkgs.python3Packages.pytest", line: 10 },
      { path: "pkgs.valgrind", line: 11 },
      { path: "pkgs.jq", line: 12 },
    ]);
  });

  it("both branches of an if, a conditional list's items without its condition, a wrapped or overridden package by its head", () => {
    expect(paths("packages = if stdenv.isLinux then [ inotify-tools ] else [ fswatch ];")).toEqual(["inotify-tools", "fswatch"]);
    expect(paths("buildInputs = [ nodejs ] ++ (lib.optionals stdenv.isDarwin [ darwin.cctools ]);")).toEqual(["nodejs", "darwin.cctools"]);
    expect(paths("buildInputs = [ (lib.optional withDb postgresql) ];")).toEqual(["postgresql"]);
    expect(paths("packages = [ (terraform.withPlugins (p: [ p.aws ])) (vim.withPlugins (p: [ p.fzf ])) (nodejs.overrideAttrs (o: { })) (go.override { }) ];")).toEqual(["terraform", "vim", "nodejs", "go"]);
    expect(paths("packages = [ (  with pkgs; [ jq ]) (\n  yq ) (rec { }) ];")).toEqual(["jq", "yq"]);
  });

  it("lib.optional and lib.optionals written without parentheses: the package or list they add, never their condition", () => {
    expect(paths("buildInputs = [ nodejs ] ++ lib.optional withDb postgresql;")).toEqual(["nodejs", "postgresql"]);
    expect(paths("buildInputs = [ go ] ++ lib.optionals stdenv.isDarwin [ darwin.cctools ] ++ lib.optional stdenv.isLinux inotify-tools;")).toEqual(["go", "darwin.cctools", "inotify-tools"]);
    expect(paths("nativeBuildInputs = with lib; [ cmake ] ++ optional (system == \"x86_64-linux\") valgrind ++ optional enableJs (nodejs.override { });")).toEqual(["cmake", "valgrind", "nodejs"]);
    expect(paths("packages = [ jq ] ++ pkgs.lib.optional useDb pkgs.postgresql_16 ++ [ curl ];")).toEqual(["jq", "pkgs.postgresql_16", "curl"]);
    // optionalString and optionalAttrs add text and sets, no package
    expect(paths("packages = [ jq ]; shellHook = lib.optionalString stdenv.isDarwin \"export X=1\";")).toEqual(["jq"]);
  });

  it("local files, Nix's search path and an interpolated attribute name no package; a set's values none of the list's", () => {
    expect(paths("packages = [ ./scripts/tool.nix nix/local.nix <nixpkgs> ../up.nix ];")).toEqual([]);
    expect(paths("packages = [ { name = jq; } curl ];")).toEqual(["curl"]);
    expect(paths("packages = [ pkgs.${name} x ];")).toEqual(["pkgs", "x"]);
  });

  it("names followed to their lists and packages, a comparison binding nothing, a name bound to no list kept as itself", () => {
    expect(paths("buildInputs = base; base = [ go ] ++ extra; extra = [ gopls ];")).toEqual(["go", "gopls"]);
    expect(paths("tools = [ jq ];\nok = tools == [ ];\npackages = tools;")).toEqual(["jq"]);
    expect(paths("packages = [ git ]; git = { };")).toEqual(["git"]);
    // a package's name bound to another package: the one it stands for
    expect(readNixPackages("let node = pkgs.nodejs_20;\nin {\n  packages = [\n    node\n  ];\n}")).toEqual([{ path: "pkgs.nodejs_20", line: 1 }]);
    // `with pkgs;` before a list is a scope: nothing of it a package, whatever follows it
    expect(paths("packages = with pkgs; with lib; [ hello ];")).toEqual(["hello"]);
  });

  it("names followed three deep, no further", () => {
    expect(paths("packages = a; a = b; b = c; c = [ jq ];")).toEqual(["jq"]);
    expect(paths("packages = a; a = b; b = c; c = d; d = [ jq ];")).toEqual([]);
  });

  it("a file of more than 256 KB is not read", () => {
    const list = "packages = with pkgs; [ jq ];\n";
    const padding = "# ".padEnd(99, "-") + "\n";
    expect(paths(list + padding.repeat(Math.floor((256 * 1024 - list.length) / 100)))).toEqual(["jq"]);
    expect(paths(list + padding.repeat(2_622))).toEqual([]);
  });
});

describe("a Nix package's names and release", () => {
  it("without its pkgs., a package set's last name, never a language's package set", () => {
    expect(nixPackageNames("pkgs.nodejs_20")).toEqual({ names: ["nodejs_20"], stem: "nodejs", digits: "20" });
    expect(nixPackageNames("unstable.go_1_24")).toEqual({ names: ["unstable.go_1_24", "go_1_24"], stem: "go", digits: "1_24" });
    expect(nixPackageNames("python311Packages.redis")).toEqual({ names: ["python311Packages.redis"] });
    expect(nixPackageNames("pkgs.haskellPackages_9_6.hlint")).toEqual({ names: ["haskellPackages_9_6.hlint"] });
    expect(nixPackageNames("pkgs.nodePackages.pnpm")).toEqual({ names: ["nodePackages.pnpm"] });
    expect(nixPackageNames("pkgs.unstable.nodePackages.pnpm")).toEqual({ names: ["unstable.nodePackages.pnpm"] });
    expect(nixPackageNames("a.b.c")).toEqual({ names: ["a.b.c"] });
  });

  it("the stem and release digits nixpkgs writes, none for a name without them", () => {
    expect(nixPackageNames("nodejs-18_x")).toEqual({ names: ["nodejs-18_x"], stem: "nodejs", digits: "18" });
    expect(nixPackageNames("lua5_4")).toEqual({ names: ["lua5_4"], stem: "lua", digits: "5_4" });
    expect(nixPackageNames("jdk17")).toEqual({ names: ["jdk17"], stem: "jdk", digits: "17" });
    expect(nixPackageNames("mongodb-6_0")).toEqual({ names: ["mongodb-6_0"], stem: "mongodb", digits: "6_0" });
    expect(nixPackageNames("go")).toEqual({ names: ["go"] });
    expect(nixPackageNames("9abc")).toEqual({ names: ["9abc"] });
    expect(nixPackageNames("python3_")).toEqual({ names: ["python3_"] });
    expect(nixPackageNames(`${"x".repeat(60)}_1_2`)).toEqual({ names: [`${"x".repeat(60)}_1_2`], stem: "x".repeat(60), digits: "1_2" });
    expect(nixPackageNames(`${"x".repeat(61)}_1_2`)).toEqual({ names: [`${"x".repeat(61)}_1_2`] });
  });
});

describe("a Nix package reported as the tool the catalog knows it by", () => {
  it("a package set's package by its last name, glued digits split only for the stems the table lists, a zero-padded part read as its number", async () => {
    const shell = "{ pkgs, unstable }:\npkgs.mkShell {\n  packages = [ unstable.go_1_24 pkgs.mysql80 pkgs.perl538 pkgs.jdk21 pkgs.awscli2 pkgs.redis_07_2 pkgs.kubectl ];\n}\n";
    const { document } = await scan(new MemorySource({ "shell.nix": shell }), opts);
    expect(tool(document.tools, "Golang")).toMatchObject({ version: "1.24", detection_source: "shell.nix" });
    expect(tool(document.tools, "MySQL")).toMatchObject({ version: "8.0" });
    expect(tool(document.tools, "Perl")).toMatchObject({ version: "5.38" });
    expect(tool(document.tools, "Java")).toMatchObject({ version: "21.0.0" });
    expect(tool(document.tools, "AWS CLI")?.version).toBeUndefined();
    expect(tool(document.tools, "Redis")).toMatchObject({ version: "7.2" });
    expect(tool(document.tools, "Kubernetes")?.version).toBeUndefined();
  });

  it("a release part of more than six digits, or a stem the catalog does not know, names nothing", async () => {
    const shell = "pkgs.mkShell {\n  packages = with pkgs; [ nodejs_1234567 pg_16 Terraform ];\n}\n";
    const { document } = await scan(new MemorySource({ "shell.nix": shell }), opts);
    expect(document.tools.map((t) => t.name).sort()).toEqual(["Nix", "Terraform"]);
    const six = await scan(new MemorySource({ "shell.nix": "pkgs.mkShell { packages = [ pkgs.nodejs_123456 ]; }\n" }), opts);
    expect(tool(six.document.tools, "Node.js")).toMatchObject({ version: "123456.0.0" });
  });
});
