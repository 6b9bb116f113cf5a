import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// A Next.js front end over a Truffle-era contract folder, as a hackathon dApp lays it out: the
// contract beside its own package.json (solc-js and web3), the root manifest repeating them.
const contract = "pragma solidity ^0.4.25;\n\ncontract Certificate {\n    mapping (bytes32 => bool) private issued;\n}\n";
const contracts = { name: "certificate", version: "1.0.0", scripts: { test: "mocha" }, dependencies: { "ganache-cli": "^6.12.2", mocha: "^9.1.2", solc: "^0.4.26", "truffle-hdwallet-provider": "^0.0.3", web3: "^1.3.5" } };
const root = { ...contracts, scripts: { test: "mocha", dev: "next dev" }, dependencies: { ...contracts.dependencies, next: "^11.1.2", react: "^17.0.2", "react-dom": "^17.0.2" } };

const named = async (files: Record<string, string>) => {
  const { document } = await scan(new MemorySource(files), { git: false });
  return new Map(document.tools.filter((t) => !t.package_url).map((t) => [t.name, t]));
};

describe("the Solidity language under the name the site's stack files write", () => {
  it("a .sol contract names `solidity`, uncategorised and cited to the language bar, and no Solidity Language", async () => {
    const tools = await named({
      "package.json": JSON.stringify(root),
      "ethereum/package.json": JSON.stringify(contracts),
      "ethereum/contracts/Certificate.sol": contract,
      "pages/index.js": "export default function Home() { return null; }\n",
    });
    expect(tools.get("solidity")).toMatchObject({ detection_source: "Repo Metadata" });
    expect(tools.get("solidity")?.category).toBeUndefined();
    expect(tools.has("Solidity Language")).toBe(false);
  });

  it("solc-js declared without a contract names the same entry", async () => {
    const tools = await named({ "package.json": JSON.stringify({ name: "compile", dependencies: { solc: "^0.8.26" } }) });
    expect(tools.has("solidity")).toBe(true);
    expect(tools.has("Solidity Language")).toBe(false);
  });
});
