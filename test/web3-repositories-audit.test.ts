import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";

// Smart-contract and dApp repositories as they are laid out: a Foundry project, a Next.js front end
// on wagmi and viem, a Truffle project (Truffle installed globally, or declared), a Brownie project.
const detect = async (files: Record<string, string>): Promise<{ tools: Map<string, ToolEntry>; packages: Map<string, ToolEntry> }> => {
  const { document } = await scan(new MemorySource(files), { git: false });
  return {
    tools: new Map(document.tools.filter((t) => !t.package_url).map((t) => [t.name, t])),
    packages: new Map(document.tools.filter((t) => t.package_url).map((t) => [t.name, t])),
  };
};

const lock = (name: string, packages: Record<string, string>, dev: Record<string, string> = {}): string =>
  JSON.stringify({
    name,
    version: "1.0.0",
    lockfileVersion: 3,
    requires: true,
    packages: {
      "": { name, version: "1.0.0", dependencies: Object.fromEntries(Object.keys(packages).map((n) => [n, `^${packages[n]}`])), devDependencies: Object.fromEntries(Object.keys(dev).map((n) => [n, `^${dev[n]}`])) },
      ...Object.fromEntries(Object.entries(packages).map(([n, v]) => [`node_modules/${n}`, { version: v }])),
      ...Object.fromEntries(Object.entries(dev).map(([n, v]) => [`node_modules/${n}`, { version: v, dev: true }])),
    },
  });

const contract = "// SPDX-License-Identifier: MIT\npragma solidity ^0.8.24;\ncontract Vault {}\n";

describe("smart-contract and dApp repositories", () => {
  it("a Foundry project: foundry.toml names Ethereum, without a release", async () => {
    const { tools } = await detect({
      "foundry.toml": '[profile.default]\nsrc = "src"\nout = "out"\nlibs = ["lib"]\nsolc_version = "0.8.26"\n',
      ".gitmodules": '[submodule "lib/forge-std"]\n\tpath = lib/forge-std\n\turl = https://github.com/foundry-rs/forge-std\n',
      "remappings.txt": "forge-std/=lib/forge-std/src/\n",
      "src/Vault.sol": contract,
      "test/Vault.t.sol": contract,
    });
    expect(tools.get("Ethereum")).toMatchObject({ detection_source: "foundry.toml" });
    expect(tools.get("Ethereum")?.version).toBeUndefined();
    expect(tools.has("solidity")).toBe(true);
  });

  it("a wagmi and viem front end names Ethereum; the libraries keep their releases on their package entries", async () => {
    const pkg = { name: "swap", private: true, dependencies: { next: "14.2.5", react: "^18", viem: "2.x", wagmi: "^2.10.10", "@rainbow-me/rainbowkit": "^2.1.3" } };
    const { tools, packages } = await detect({
      "package.json": JSON.stringify(pkg),
      "package-lock.json": lock("swap", { next: "14.2.5", react: "18.3.1", viem: "2.17.3", wagmi: "2.10.10", "@rainbow-me/rainbowkit": "2.1.3" }),
    });
    expect(tools.get("Ethereum")).toMatchObject({ detection_source: "package.json" });
    expect(tools.get("Ethereum")?.version).toBeUndefined();
    expect(packages.get("viem")?.version).toBe("2.17.3");
    expect(packages.get("wagmi")?.version).toBe("2.10.10");
    // viem alone (a server script) says as much
    const { tools: alone } = await detect({ "package.json": JSON.stringify({ name: "bot", dependencies: { viem: "^2.17.0" } }) });
    expect(alone.has("Ethereum")).toBe(true);
  });

  it("truffle-config.js names TRUFFLE and Ethereum where Truffle is installed globally; truffle.js (Truffle 4) too", async () => {
    const config = 'module.exports = {\n  networks: { development: { host: "127.0.0.1", port: 8545, network_id: "*" } },\n  compilers: { solc: { version: "0.8.19" } },\n};\n';
    const { tools } = await detect({
      "truffle-config.js": config,
      "package.json": JSON.stringify({ name: "market", dependencies: { "@openzeppelin/contracts": "^4.9.3" } }),
      "contracts/Market.sol": contract,
    });
    expect(tools.get("TRUFFLE")).toMatchObject({ detection_source: "truffle-config.js", category: "Build, Test, Deploy" });
    expect(tools.get("TRUFFLE")?.version).toBeUndefined();
    expect(tools.has("Ethereum")).toBe(true);
    const { tools: older } = await detect({ "truffle.js": config, "contracts/Market.sol": contract });
    expect(older.get("TRUFFLE")?.detection_source).toBe("truffle.js");
    expect(older.has("Ethereum")).toBe(true);
  });

  it("a declared truffle gives TRUFFLE the lockfile's release and names Ethereum without it; ganache names Ethereum", async () => {
    const pkg = { name: "market", devDependencies: { truffle: "^5.11.5", ganache: "^7.9.1" } };
    const { tools, packages } = await detect({
      "package.json": JSON.stringify(pkg),
      "package-lock.json": lock("market", {}, { truffle: "5.11.5", ganache: "7.9.1" }),
    });
    expect(tools.get("TRUFFLE")?.version).toBe("5.11.5");
    expect(tools.has("Ethereum")).toBe(true);
    expect(tools.get("Ethereum")?.version).toBeUndefined();
    expect(packages.get("ganache")?.version).toBe("7.9.1");
    const { tools: chainOnly } = await detect({ "package.json": JSON.stringify({ name: "e2e", devDependencies: { "ganache-cli": "^6.12.2" } }) });
    expect(chainOnly.has("Ethereum")).toBe(true);
    expect(chainOnly.get("Ethereum")?.version).toBeUndefined();
  });

  it("Brownie's and ApeWorX's project files name Ethereum; eth-brownie stays a package entry", async () => {
    const { tools, packages } = await detect({
      "brownie-config.yaml": "dependencies:\n  - OpenZeppelin/openzeppelin-contracts@4.8.0\ncompiler:\n  solc:\n    version: 0.8.17\ndotenv: .env\n",
      "requirements.txt": "eth-brownie==1.20.6\npython-dotenv==1.0.1\n",
      "contracts/Lottery.sol": contract,
    });
    expect(tools.get("Ethereum")).toMatchObject({ detection_source: "brownie-config.yaml" });
    expect(packages.get("eth-brownie")?.version).toBe("1.20.6");
    // an ApeWorX project (Vyper contracts): ape-config.yaml likewise
    const { tools: ape } = await detect({
      "ape-config.yaml": "name: amm\nplugins:\n  - name: vyper\n  - name: alchemy\nethereum:\n  default_network: local\n",
      "pyproject.toml": '[project]\nname = "amm"\nversion = "0.1.0"\ndependencies = ["eth-ape>=0.8.10", "ape-vyper>=0.8.4"]\n',
      "contracts/Pool.vy": "# pragma version ~=0.4.0\n",
    });
    expect(ape.get("Ethereum")).toMatchObject({ detection_source: "ape-config.yaml" });
  });

  it("a devnet compose file: Geth's and Ganache's images name Ethereum without their clients' releases", async () => {
    const compose = [
      "services:",
      "  geth:",
      "    image: ethereum/client-go:v1.14.7",
      '    command: ["--dev", "--http"]',
      "  ganache:",
      "    image: trufflesuite/ganache:v7.9.2",
      "  beacon:",
      "    image: sigp/lighthouse:v5.2.1",
      "",
    ].join("\n");
    const { tools } = await detect({ "docker-compose.yml": compose });
    expect(tools.get("Ethereum")).toMatchObject({ detection_source: "docker-compose.yml" });
    expect(tools.get("Ethereum")?.version).toBeUndefined();
    const { tools: ganache } = await detect({ "docker-compose.yml": "services:\n  chain:\n    image: trufflesuite/ganache-cli:v6.12.2\n" });
    expect(ganache.has("Ethereum")).toBe(true);
  });

  it("a declared solc (solc-js, released with the compiler it wraps) gives Solidity its release; hardhat's own copy does not", async () => {
    const pkg = { name: "compile", dependencies: { solc: "^0.8.26", web3: "^4.9.0" } };
    const { tools } = await detect({
      "package.json": JSON.stringify(pkg),
      "package-lock.json": lock("compile", { solc: "0.8.26", web3: "4.9.0" }),
      "contracts/Inbox.sol": contract,
    });
    expect(tools.get("solidity")).toMatchObject({ version: "0.8.26", detection_source: "Repo Metadata", detection_source_url: "package-lock.json" });
    const hardhat = { name: "nft", devDependencies: { hardhat: "^2.22.6" } };
    const { tools: beside } = await detect({
      "package.json": JSON.stringify(hardhat),
      "package-lock.json": JSON.stringify({ name: "nft", lockfileVersion: 3, requires: true, packages: { "": hardhat, "node_modules/hardhat": { version: "2.22.6", dev: true }, "node_modules/solc": { version: "0.7.3", dev: true } } }),
      "contracts/Nft.sol": contract,
    });
    expect(beside.has("solidity")).toBe(true);
    expect(beside.get("solidity")?.version).toBeUndefined();
  });

  it("IPFS from Helia (without its release) and from go-ipfs, kubo's module before its rename (with it)", async () => {
    const { tools } = await detect({ "package.json": JSON.stringify({ name: "pin", type: "module", dependencies: { helia: "^4.2.4", "@helia/unixfs": "^3.0.6" } }) });
    expect(tools.has("IPFS")).toBe(true);
    expect(tools.get("IPFS")?.version).toBeUndefined();
    const gomod = "module example.com/pinner\n\ngo 1.19\n\nrequire github.com/ipfs/go-ipfs v0.12.2\n";
    const { tools: go } = await detect({ "go.mod": gomod });
    expect(go.get("IPFS")).toMatchObject({ version: "0.12.2", detection_source: "go.mod" });
  });

  it("a Rust bot on alloy (or rust-web3) names Ethereum without the crate's release", async () => {
    const cargo = '[package]\nname = "mev-bot"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nalloy = { version = "0.2", features = ["full"] }\ntokio = { version = "1", features = ["full"] }\n';
    const { tools } = await detect({ "Cargo.toml": cargo });
    expect(tools.get("Ethereum")).toMatchObject({ detection_source: "Cargo.toml" });
    expect(tools.get("Ethereum")?.version).toBeUndefined();
    const { tools: older } = await detect({ "Cargo.toml": '[package]\nname = "watcher"\nversion = "0.1.0"\n\n[dependencies]\nweb3 = "0.19"\n' });
    expect(older.has("Ethereum")).toBe(true);
  });

  it("a Foundry project with its libraries committed (forge install --no-git): lib/<name>/ is other projects' trees", async () => {
    const oz = {
      name: "openzeppelin-solidity",
      version: "4.9.2",
      scripts: { compile: "hardhat compile", test: "hardhat test" },
      devDependencies: { chai: "^4.2.0", eslint: "^8.30.0", hardhat: "^2.9.1", prettier: "^2.8.1", solhint: "^3.3.6", web3: "^1.3.0" },
    };
    const files = {
      "foundry.toml": '[profile.default]\nsrc = "src"\nout = "out"\nlibs = ["lib"]\n',
      "src/Governor.sol": contract,
      "lib/forge-std/package.json": JSON.stringify({ name: "forge-std", version: "1.9.2", license: "(Apache-2.0 OR MIT)" }),
      "lib/forge-std/src/Test.sol": contract,
      "lib/openzeppelin-contracts/package.json": JSON.stringify(oz),
      "lib/openzeppelin-contracts/hardhat.config.js": "module.exports = { solidity: '0.8.19' };\n",
      "lib/openzeppelin-contracts/netlify.toml": '[build]\ncommand = "npm run docs"\n',
      "lib/openzeppelin-contracts/contracts/token/ERC20/ERC20.sol": contract,
    };
    const { tools, packages } = await detect(files);
    expect([...tools.keys()].sort()).toEqual(["Ethereum", "solidity"]);
    expect(tools.get("Ethereum")?.detection_source).toBe("foundry.toml");
    expect(packages.size).toBe(0);
    // the project's own files directly in lib/ stay, and without a foundry.toml lib/ is any folder
    const { tools: own } = await detect({ ...files, "lib/deploy.js": "module.exports = {};\n" });
    expect(own.has("JavaScript")).toBe(true);
    const { tools: node } = await detect({ "lib/api/package.json": JSON.stringify({ name: "api", dependencies: { express: "4.19.2" } }) });
    expect(node.has("ExpressJS")).toBe(true);
    // a folder of lib/ without Solidity is no Foundry library (a gem's own code beside a test chain)
    const { tools: gem } = await detect({
      "foundry.toml": "[profile.default]\n",
      "src/Probe.sol": contract,
      "lib/ethgem/client.rb": "module Ethgem\n  class Client; end\nend\n",
      "lib/ethgem/version.rb": 'module Ethgem\n  VERSION = "0.3.0"\nend\n',
      "lib/ethgem/tasks/package.json": JSON.stringify({ name: "tasks", devDependencies: { prettier: "3.3.2" } }),
    });
    expect(gem.has("Ruby")).toBe(true);
    expect(gem.has("Prettier")).toBe(true);
  });
});
