import { beforeAll, describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";

// A secrets scanner's CLI that posts its findings to Slack and Discord, modelled on checkmarx/2ms's
// go.mod of 2023 (corpus 2lambda123/2ms), shortened: slack-go and discordgo required directly.
const scannerMod = [
  "module github.com/example/leakscan", "", "go 1.20", "", "require (",
  "\tgithub.com/bwmarrin/discordgo v0.27.1",
  "\tgithub.com/rs/zerolog v1.29.0",
  "\tgithub.com/slack-go/slack v0.12.2",
  "\tgithub.com/spf13/cobra v1.6.1",
  "\tgithub.com/stretchr/testify v1.8.1", ")", "",
].join("\n");
const reporter = 'package reporting\n\nimport "github.com/slack-go/slack"\n\nfunc Post(token string) { _ = slack.New(token) }\n';
const files = { "go.mod": scannerMod, "reporting/slack.go": reporter };
const tools = (entries: ToolEntry[]) => entries.filter((t) => !t.package_url).map((t) => t.name);

describe("go: Slack's Go client is a package entry only", () => {
  let byDefault: ToolEntry[];
  let all: ToolEntry[];
  beforeAll(async () => {
    byDefault = (await scan(new MemorySource(files), { git: false })).document.tools;
    all = (await scan(new MemorySource(files), { git: false, allTools: true })).document.tools;
  });

  it("names no Slack from github.com/slack-go/slack required directly", () => {
    // The site names no Slack from it in 2 owners' stack files (corpus 2lambda123/2ms; held-out
    // watain666/goreleaser, also watain666/bbgo's older go.mod), and none names it from the module.
    expect(tools(byDefault)).not.toContain("Slack");
    expect(tools(byDefault)).toContain("Testify");
  });

  it("names Slack with --all-tools", () => {
    expect(tools(all)).toContain("Slack");
  });
});
