import { describe, expect, it } from "vitest";
import { scan, MemorySource } from "../src/index.js";

// github.com/ethereum/go-ethereum is Geth, the Go implementation of Ethereum: the site names it as its
// tool Go Ethereum (Languages & Frameworks / Languages), with no release, and names no Ethereum from it
// (3 stack files of 3 owners, catalog/matchers/dev-tools.yml). Modelled on a small library that
// compiles Solidity through solc and uses go-ethereum's ABI types.
const opts = { git: false, timestamp: "2024-04-15T00:00:00+00:00" } as const;

const gomod = (goEthereum: string) =>
  [
    "module github.com/example/solc-go", "", "go 1.20", "", "require (",
    goEthereum,
    "\tgithub.com/google/go-cmp v0.5.9",
    "\tgolang.org/x/sync v0.3.0",
    ")", "", "require (",
    "\tgithub.com/go-stack/stack v1.8.1 // indirect",
    "\tgolang.org/x/crypto v0.1.0 // indirect",
    ")", "",
  ].join("\n");

describe("go-ethereum", () => {
  it("names Go Ethereum without a release, beside the module's package entry", async () => {
    const { document } = await scan(new MemorySource({ "go.mod": gomod("\tgithub.com/ethereum/go-ethereum v1.12.0") }), opts);
    const tool = document.tools.find((t) => t.name === "Go Ethereum" && !t.package_url);
    expect(tool).toMatchObject({ category: "Languages & Frameworks", sub_category: "Languages", detection_source: "go.mod" });
    expect(tool?.version).toBeUndefined();
    expect(document.tools.some((t) => t.name === "Ethereum")).toBe(false);
    expect(document.tools.find((t) => t.package_url === "https://pkg.go.dev/github.com/ethereum/go-ethereum")).toMatchObject({
      name: "go-ethereum",
      version: "1.12.0",
    });
  });

  it("names nothing from an indirect go-ethereum no source imports", async () => {
    const { document } = await scan(
      new MemorySource({ "go.mod": gomod("\tgithub.com/ethereum/go-ethereum v1.12.0 // indirect"), "main.go": "package main\n\nfunc main() {}\n" }),
      opts,
    );
    expect(document.tools.some((t) => t.name === "Go Ethereum" || t.name === "Ethereum")).toBe(false);
    expect(document.tools.some((t) => t.package_url === "https://pkg.go.dev/github.com/ethereum/go-ethereum")).toBe(true);
  });
});
