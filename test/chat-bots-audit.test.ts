import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// Chat bots, GitHub apps and their deploy files, in the shapes hobby and small-team repositories
// write them (audit a39d): each case is a gap the audit found.
const scanned = async (files: Record<string, string>) => (await scan(new MemorySource(files), { git: false, disable: ["languages"] })).document;
const toolsOf = async (files: Record<string, string>) => new Map((await scanned(files)).tools.filter((t) => !t.package_url).map((t) => [t.name, t]));

describe("chat bots and GitHub apps", () => {
  it("a .NET bot's Octokit package (Octokit.net, the site's Octokit) names Octokit at its release", async () => {
    const csproj = [
      '<Project Sdk="Microsoft.NET.Sdk.Worker">',
      "  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>",
      "  <ItemGroup>",
      '    <PackageReference Include="Discord.Net" Version="3.13.0" />',
      '    <PackageReference Include="Octokit" Version="9.1.0" />',
      "  </ItemGroup>",
      "</Project>",
    ].join("\n");
    const tools = await toolsOf({ "src/Bot/Bot.csproj": csproj });
    expect(tools.get("Octokit")?.version).toBe("9.1.0");
    expect(tools.get("Octokit")?.sub_category).toBe("Tools for GitHub");
    expect(tools.has("Discord")).toBe(true);
    // Octokit.GraphQL is numbered apart (0.x): Octokit without its release
    const graphql = await toolsOf({ "Bot.csproj": csproj.replace('Include="Octokit" Version="9.1.0"', 'Include="Octokit.GraphQL" Version="0.2.1-beta"') });
    expect(graphql.has("Octokit")).toBe(true);
    expect(graphql.get("Octokit")?.version).toBeUndefined();
  });

  it("a Go GitHub app on Octokit's Go SDK names Octokit, without the SDK's numbering", async () => {
    const gomod = ["module github.com/acme/triage-app", "", "go 1.22", "", "require github.com/octokit/go-sdk v0.0.21", ""].join("\n");
    const tools = await toolsOf({ "go.mod": gomod });
    expect(tools.has("Octokit")).toBe(true);
    expect(tools.get("Octokit")?.version).toBeUndefined();
  });

  it("a bot's Dockerfile FROM PM2's image names PM2 and the Node.js its tag is", async () => {
    const tools = await toolsOf({ Dockerfile: 'FROM keymetrics/pm2:18-alpine\nWORKDIR /app\nCOPY . .\nCMD ["pm2-runtime", "start", "ecosystem.config.js"]\n' });
    expect(tools.get("PM2")?.version).toBeUndefined();
    expect(tools.get("PM2")?.detection_source).toBe("Dockerfile");
    expect(tools.get("Node.js")?.version).toBe("18.0.0");
    const latest = await toolsOf({ Dockerfile: "FROM keymetrics/pm2:latest-alpine\n" });
    expect(latest.has("PM2")).toBe(true);
    expect(latest.get("Node.js")?.version).toBeUndefined();
  });
});

describe("scrapers' images", () => {
  it("a scraper's Dockerfile FROM Puppeteer's own image names Puppeteer at its tag, and Node.js", async () => {
    const tools = await toolsOf({ Dockerfile: "FROM ghcr.io/puppeteer/puppeteer:21.6.1\nWORKDIR /home/pptruser/app\nCOPY . .\nCMD [\"node\", \"scrape.js\"]\n" });
    expect(tools.get("Puppeteer")?.version).toBe("21.6.1");
    expect(tools.get("Puppeteer")?.detection_source).toBe("Dockerfile");
    expect(tools.has("Node.js")).toBe(true);
    expect(tools.get("Node.js")?.version).toBeUndefined();
  });
});

describe("Discord bot libraries the site lists as packages", () => {
  const gomod = ["module github.com/example/bridge", "", "go 1.21", "", "require github.com/bwmarrin/discordgo v0.27.1", ""].join("\n");

  it("a Go bot's discordgo is a package entry and names no Discord by default", async () => {
    const document = await scanned({ "go.mod": gomod });
    expect(document.tools.find((t) => t.package_url && t.name === "discordgo")?.version).toBe("0.27.1");
    expect(document.tools.some((t) => !t.package_url && t.name === "Discord")).toBe(false);
  });

  it("with --all-tools it names Discord", async () => {
    const { document } = await scan(new MemorySource({ "go.mod": gomod }), { git: false, allTools: true });
    expect(document.tools.some((t) => !t.package_url && t.name === "Discord")).toBe(true);
  });
});
