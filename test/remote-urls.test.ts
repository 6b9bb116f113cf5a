import { describe, expect, it } from "vitest";
import { parseRemote } from "../src/git/facts.js";

// What a checkout's `origin` can hold, as `git remote get-url origin` prints it.
describe("remote URLs", () => {
  it("never carries a credential from a query string, a fragment or the user part into the facts", () => {
    for (const url of [
      "https://git.example.com/team/app.git?private_token=glpat-SECRET",
      "https://github.com/acme/app.git#SECRET",
      "https://oauth2:SECRET@gitlab.com/acme/app.git",
      "https://x-access-token:SECRET@github.com/acme/app",
      "ssh://git:SECRET@git.example.com:2222/acme/app.git",
    ]) {
      const facts = parseRemote(url);
      expect(facts, url).toBeDefined();
      expect(JSON.stringify(facts), url).not.toMatch(/SECRET|private_token|[?#@]/);
      expect(facts!.repo_name, url).toMatch(/^(team|acme)\/app$/);
    }
  });

  it("reads a host in brackets (IPv6) and a port", () => {
    expect(parseRemote("http://user:pw@[::1]:8080/team/app")).toMatchObject({ repo_name: "team/app", provider: "[::1]", requested_by: "team" });
    expect(parseRemote("https://github.com:443/acme/app.git")).toMatchObject({ repo_name: "acme/app", provider: "github", web_url: "https://github.com/acme/app" });
  });

  it("takes a relative or home-relative path for the local folder it is, not a host", () => {
    for (const url of ["../upstream/app.git", "./mirror/team/app.git", "~/repos/team/app.git", "mirrors/team/app.git", "C:\\repos\\app.git"]) {
      expect(parseRemote(url), url).toBeUndefined();
    }
  });

  it("still reads the scp-like form, with or without a user", () => {
    expect(parseRemote("git@github.com:acme/app.git")).toMatchObject({ repo_name: "acme/app", provider: "github" });
    expect(parseRemote("git.example.com:team/app")).toMatchObject({ repo_name: "team/app", provider: "git.example.com" });
    expect(parseRemote("git://git.kernel.org/pub/scm/git/git.git")).toMatchObject({ repo_name: "pub/scm/git/git", provider: "git.kernel.org" });
  });
});

describe("links to a file on a branch with URL characters in its name", () => {
  it("encode the branch as they encode the path ('#' would start a fragment, '%41' read as 'A')", async () => {
    const { buildDocument } = await import("../src/document/build.js");
    const { builtinCatalog } = await import("../src/index.js");
    const doc = buildDocument({
      findings: [{ ref: "npm:react", file: "package.json", detector: "test", version: "18.2.0" }],
      catalog: builtinCatalog(),
      repo: { repo_name: "acme/app", provider: "github", branch: "fix#12/%41", requested_by: "acme", repo_type: "Public", web_url: "https://github.com/acme/app" },
      timestamp: "2024-01-01T00:00:00Z",
    });
    const react = doc.tools.find((t) => t.name === "React");
    expect(react?.detection_source_url).toBe("https://github.com/acme/app/blob/fix%2312/%2541/package.json");
    expect(doc.branch).toBe("fix#12/%41");
  });
});
