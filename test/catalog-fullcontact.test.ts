import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// FullContact's own clients in each registry (stop 44 keyed the V3 ones: python-fullcontact,
// fullcontact-go, com.fullcontact.client:*); its older Ruby gem and Java client are its own too.
const named = async (files: Record<string, string>): Promise<boolean> => {
  const { document } = await scan(new MemorySource(files), { git: false, disable: ["languages"] });
  return document.tools.some((t) => t.name === "FullContact" && !t.package_url);
};

describe("FullContact", () => {
  it("the fullcontact gem (FullContact, Inc.'s) names FullContact", async () => {
    expect(await named({ Gemfile: 'source "https://rubygems.org"\ngem "rails", "~> 5.1"\ngem "fullcontact", "~> 0.18"\n' })).toBe(true);
    expect(await named({ Gemfile: 'source "https://rubygems.org"\ngem "fullcontacter"\n' })).toBe(false);
  });

  it("its Java clients, fullcontact4j before com.fullcontact.client, name it", async () => {
    const pom = (group: string, artifact: string) => `<project><modelVersion>4.0.0</modelVersion><groupId>a</groupId><artifactId>b</artifactId><version>1</version><dependencies><dependency><groupId>${group}</groupId><artifactId>${artifact}</artifactId><version>3.0.0</version></dependency></dependencies></project>\n`;
    expect(await named({ "pom.xml": pom("com.fullcontact", "fullcontact4j") })).toBe(true);
    expect(await named({ "pom.xml": pom("com.fullcontact.client", "java11") })).toBe(true);
    expect(await named({ "requirements.txt": "python-fullcontact==4.0.0\n" })).toBe(true);
  });
});
