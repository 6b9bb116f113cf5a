import { describe, expect, it } from "vitest";
import { parseRemote } from "../src/git/remote-url.js";
import { fileUrl, repositoryUrl } from "../src/git/forges.js";

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

  it("a host named as an object's own key (`constructor`, `__proto__`) is a host like any other, not a forge", () => {
    // An SSH alias from ~/.ssh/config can be any word: these crashed the scan (`host.includes is not a function`).
    expect(parseRemote("git@constructor:team/app.git")).toEqual({ repo_name: "team/app", provider: "constructor", requested_by: "team", web_url: "https://constructor/team/app" });
    expect(parseRemote("https://__proto__/team/app")?.web_url).toBe("https://__proto__/team/app");
    expect(fileUrl("https://constructor/team/app", "constructor", "main", "package.json", (p) => p)).toBe("https://constructor/team/app/blob/main/package.json");
    expect(fileUrl("https://tfs.local/coll/p/_git/app", "constructor", "main", "package.json", (p) => p)).toBe("https://tfs.local/coll/p/_git/app?path=/package.json&version=GBmain");
    expect(repositoryUrl("constructor", "team/app", [])).toBeUndefined();
    expect(repositoryUrl("gitlab", "team/app", [])).toBe("https://gitlab.com/team/app");
  });

  it("an SSH alias for a second account on a forge (`github.com-work`) is the forge's own host, its pages on the forge", () => {
    expect(parseRemote("git@github.com-work:acme/app.git")).toEqual({ repo_name: "acme/app", provider: "github", requested_by: "acme", web_url: "https://github.com/acme/app" });
    expect(parseRemote("git@gitlab.com_personal:grp/sub/app.git")).toMatchObject({ provider: "gitlab", web_url: "https://gitlab.com/grp/sub/app" });
    expect(parseRemote("ssh://git@bitbucket.org-client/team/app.git")).toMatchObject({ provider: "bitbucket", web_url: "https://bitbucket.org/team/app" });
    expect(parseRemote("https://www.github.com/acme/app")?.web_url).toBe("https://github.com/acme/app");
    // A real server's name stays: GitHub Enterprise, a host named after the forge with a domain of its own.
    expect(parseRemote("git@github.com-mirror.corp.example:acme/app.git")?.web_url).toBe("https://github.com-mirror.corp.example/acme/app");
    expect(parseRemote("git@github.acme.com:acme/app.git")?.web_url).toBe("https://github.acme.com/acme/app");
  });

  it("reads a host in brackets (IPv6) and a port", () => {
    expect(parseRemote("http://user:pw@[::1]:8080/team/app")).toMatchObject({ repo_name: "team/app", provider: "[::1]", requested_by: "team" });
    expect(parseRemote("https://github.com:443/acme/app.git")).toMatchObject({ repo_name: "acme/app", provider: "github", web_url: "https://github.com/acme/app" });
  });

  it("takes a relative or home-relative path for the local folder it is, not a host", () => {
    for (const url of ["../upstream/app.git", "./mirror/team/app.git", "~/repos/team/app.git", "mirrors/team/app.git", "C:\\repos\\app.git"]) {
      expect(parseRemote(url), url).toBeUndefined();
    }
    // A forge's remote beside them is read.
    expect(parseRemote("git@github.com:team/app.git")).toMatchObject({ repo_name: "team/app" });
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

// The remote forms teams use, each read for every field the document takes from it.
describe("remote URL forms, field by field", () => {
  const facts = (url: string) => parseRemote(url);

  it("an scp-like GitLab remote with subgroups keeps the whole path; the owner is its first folder", () => {
    expect(facts("git@gitlab.com:platform/payments/ledger-api.git")).toEqual({
      repo_name: "platform/payments/ledger-api",
      provider: "gitlab",
      requested_by: "platform",
      web_url: "https://gitlab.com/platform/payments/ledger-api",
    });
  });

  it("ssh:// and git+ssh:// remotes, a port and an upper-case scheme, host and .GIT suffix", () => {
    expect(facts("git+ssh://git@github.com/acme/shop.git")).toEqual({ repo_name: "acme/shop", provider: "github", requested_by: "acme", web_url: "https://github.com/acme/shop" });
    expect(facts("ssh://git@git.example.com:7999/team/app.git")).toMatchObject({ provider: "git.example.com", web_url: "https://git.example.com/team/app" });
    expect(facts("HTTPS://GitHub.com/Acme/Shop.GIT")).toEqual({ repo_name: "Acme/Shop", provider: "github", requested_by: "Acme", web_url: "https://github.com/Acme/Shop" });
    expect(facts("FILE:///srv/git/team/app.git")).toBeUndefined();
  });

  it("Azure DevOps over https (with the organisation as user) and over ssh", () => {
    expect(facts("https://contoso@dev.azure.com/contoso/Fabrikam/_git/Fabrikam-Web")).toEqual({
      repo_name: "contoso/Fabrikam/_git/Fabrikam-Web",
      provider: "dev.azure.com",
      requested_by: "contoso",
      web_url: "https://dev.azure.com/contoso/Fabrikam/_git/Fabrikam-Web",
    });
    // Its SSH and older visualstudio.com forms are the same repository, with the same web page.
    for (const url of [
      "git@ssh.dev.azure.com:v3/contoso/Fabrikam/Fabrikam-Web",
      "contoso@vs-ssh.visualstudio.com:v3/contoso/Fabrikam/Fabrikam-Web",
      "https://contoso.visualstudio.com/DefaultCollection/Fabrikam/_git/Fabrikam-Web",
      "https://contoso.visualstudio.com/Fabrikam/_git/Fabrikam-Web",
    ]) {
      expect(facts(url), url).toEqual(facts("https://dev.azure.com/contoso/Fabrikam/_git/Fabrikam-Web"));
    }
  });

  it("a name with escapes (an Azure DevOps project with a space) reads decoded; its web page and links stay escaped", async () => {
    const web = "https://dev.azure.com/contoso/Fabrikam%20Fiber/_git/Web%20App";
    // The https remote escapes the spaces, the SSH one may write them as they are: one repository either way.
    for (const url of [`https://contoso@dev.azure.com/contoso/Fabrikam%20Fiber/_git/Web%20App`, "git@ssh.dev.azure.com:v3/contoso/Fabrikam Fiber/Web App"]) {
      expect(facts(url), url).toEqual({ repo_name: "contoso/Fabrikam Fiber/_git/Web App", provider: "dev.azure.com", requested_by: "contoso", web_url: web });
    }
    // A malformed escape is kept as written rather than failing the scan.
    expect(facts("https://git.corp.example/team/100%/app.git")).toMatchObject({ repo_name: "team/100%/app", web_url: "https://git.corp.example/team/100%25/app" });
    const { repositoryUrl } = await import("../src/git/forges.js");
    expect(repositoryUrl("dev.azure.com", "contoso/Fabrikam Fiber/_git/Web App", [`${web}?path=/package.json&version=GBmain`])).toBe(web);
    expect(repositoryUrl("dev.azure.com", "contoso/Fabrikam Fiber/_git/Web App")).toBe(web);
  });

  it("an escaped slash (%2F) stays inside its folder: decoding it would make two folders, another repository's page", async () => {
    expect(facts("https://git.corp.example/team/a%2Fb.git")).toMatchObject({ repo_name: "team/a%2Fb", requested_by: "team", web_url: "https://git.corp.example/team/a%2Fb" });
    expect(facts("https://dev.azure.com/org/proj/_git/x%2fy")).toMatchObject({ web_url: "https://dev.azure.com/org/proj/_git/x%2Fy" });
    const { webPath, readableName } = await import("../src/git/forges.js");
    expect(readableName("team/a%2Fb%20c")).toBe("team/a%2Fb c");
    expect(webPath("team/a%2Fb c")).toBe("team/a%2Fb%20c");
    expect(repositoryUrl("github", "team/a%2Fb")).toBe("https://github.com/team/a%2Fb");
  });

  it("an https or http remote on a port of its own keeps it in the web page; an SSH port is not the web's", () => {
    expect(facts("https://token@git.corp.example:8443/team/app.git")).toEqual({ repo_name: "team/app", provider: "git.corp.example", requested_by: "team", web_url: "https://git.corp.example:8443/team/app" });
    expect(facts("http://git.corp.example:8080/team/app.git")).toMatchObject({ web_url: "http://git.corp.example:8080/team/app" });
    expect(facts("http://user:pw@[::1]:8080/team/app")).toMatchObject({ web_url: "http://[::1]:8080/team/app" });
    expect(facts("https://git.corp.example:443/team/app.git")).toMatchObject({ web_url: "https://git.corp.example/team/app" });
    expect(facts("http://git.corp.example:80/team/app.git")).toMatchObject({ web_url: "https://git.corp.example/team/app" });
    expect(facts("ssh://git@git.corp.example:2222/team/app.git")).toMatchObject({ web_url: "https://git.corp.example/team/app" });
  });

  it("a user name holding an '@' (an e-mail address) is cut at the last '@'", () => {
    expect(facts("https://jane@corp.example:token@git.corp.example/team/app.git")).toMatchObject({ provider: "git.corp.example", web_url: "https://git.corp.example/team/app" });
  });

  it("an empty port, doubled and trailing slashes are dropped from the web page", () => {
    expect(facts("https://git.example.com:/team/app")).toMatchObject({ provider: "git.example.com", web_url: "https://git.example.com/team/app" });
    expect(facts("https://github.com//acme/app.git/")).toMatchObject({ repo_name: "acme/app", web_url: "https://github.com/acme/app" });
    expect(facts("https://github.com/acme/app/?ref=main#readme")).toMatchObject({ repo_name: "acme/app" });
  });

  it("a remote naming no host, or a host with no owner folder, gives no facts", () => {
    for (const url of ["https:///acme/app.git", "https://user@/acme/app.git", "https://github.com/app.git", "git@github.com:app.git", "C:/repos/team/app.git", ""]) {
      expect(facts(url), url).toBeUndefined();
    }
    // With a host and an owner folder, it does.
    expect(facts("https://github.com/acme/app.git")).toMatchObject({ repo_name: "acme/app" });
  });

  it("a GitHub Pages repository keeps the .github in its name; only a final .git is dropped", () => {
    expect(facts("git@github.com:acme/acme.github.io.git")).toMatchObject({ repo_name: "acme/acme.github.io", web_url: "https://github.com/acme/acme.github.io" });
  });

  it("local paths git reads as folders: file:// with a host, a colon after a slash, an unclosed IPv6 bracket", () => {
    for (const url of ["file://localhost/srv/git/team/app.git", "/srv/git/host:team/app.git", "../mirrors/git.example.com:team/app.git", "http://[fd00::1/team/app"]) {
      expect(facts(url), url).toBeUndefined();
    }
    // A host's scp-like remote and a closed IPv6 bracket are hosts.
    expect(facts("git.example.com:team/app.git")).toMatchObject({ repo_name: "team/app" });
    expect(facts("http://[fd00::1]/team/app")).toMatchObject({ repo_name: "team/app" });
  });

  it("an IPv6 host in the scp-like form keeps its brackets", () => {
    expect(facts("git@[fd00::12]:team/app.git")).toMatchObject({ repo_name: "team/app", provider: "[fd00::12]", web_url: "https://[fd00::12]/team/app" });
  });

  it("SSH over the HTTPS port (ssh.github.com, altssh.gitlab.com, altssh.bitbucket.org) is the forge's own repository, linked on its web host", () => {
    expect(facts("ssh://git@ssh.github.com:443/acme/shop.git")).toEqual({ repo_name: "acme/shop", provider: "github", requested_by: "acme", web_url: "https://github.com/acme/shop" });
    expect(facts("ssh://git@altssh.gitlab.com:443/platform/payments/ledger.git")).toMatchObject({ provider: "gitlab", web_url: "https://gitlab.com/platform/payments/ledger" });
    expect(facts("ssh://git@altssh.bitbucket.org:443/team/app.git")).toMatchObject({ provider: "bitbucket", web_url: "https://bitbucket.org/team/app" });
  });

  it("a self-hosted forge is named by its kind where its host says it", () => {
    expect(facts("https://gitlab.example.org/team/app")).toMatchObject({ provider: "gitlab" });
    expect(facts("git@bitbucket.corp.example:team/app.git")).toMatchObject({ provider: "bitbucket" });
    expect(facts("https://github.example.com/team/app")).toMatchObject({ provider: "github", web_url: "https://github.example.com/team/app" });
  });
});

describe("links to a file of a repository on Azure DevOps or on a port of its own", () => {
  it("name the file and the branch in Azure's query, and keep the port", async () => {
    const { buildDocument } = await import("../src/document/build.js");
    const { builtinCatalog } = await import("../src/index.js");
    const link = (remote: string, folder?: string) => {
      const facts = parseRemote(remote)!;
      const doc = buildDocument({
        findings: [{ ref: "npm:react", file: "package.json", detector: "test", version: "18.2.0" }],
        catalog: builtinCatalog(),
        repo: { ...facts, branch: "release/2.0", repo_type: "Public", ...(folder ? { folder } : {}) },
        timestamp: "2024-01-01T00:00:00Z",
      });
      return doc.tools.find((t) => t.name === "React")?.detection_source_url;
    };
    expect(link("git@ssh.dev.azure.com:v3/contoso/Fabrikam/Fabrikam-Web", "web app")).toBe(
      "https://dev.azure.com/contoso/Fabrikam/_git/Fabrikam-Web?path=/web%20app/package.json&version=GBrelease/2.0",
    );
    expect(link("https://git.corp.example:8443/team/app.git")).toBe("https://git.corp.example:8443/team/app/blob/release/2.0/package.json");
    // Azure DevOps Server on its own host has the same form; a GitLab project under a `_git` group keeps GitLab's.
    expect(link("https://tfs.corp.example/tfs/DefaultCollection/Shop/_git/web")).toBe("https://tfs.corp.example/tfs/DefaultCollection/Shop/_git/web?path=/package.json&version=GBrelease/2.0");
    expect(link("git@gitlab.com:acme/_git/tools.git")).toBe("https://gitlab.com/acme/_git/tools/-/blob/release/2.0/package.json");
    const { repositoryUrl } = await import("../src/git/forges.js");
    expect(repositoryUrl("dev.azure.com", "contoso/Fabrikam/_git/Fabrikam-Web", [link("git@ssh.dev.azure.com:v3/contoso/Fabrikam/Fabrikam-Web")])).toBe(
      "https://dev.azure.com/contoso/Fabrikam/_git/Fabrikam-Web",
    );
    expect(repositoryUrl("git.corp.example", "team/app", [link("https://git.corp.example:8443/team/app.git")])).toBe("https://git.corp.example:8443/team/app");
  });
});

describe("the forge table", () => {
  it("links to one file with each forge's own segment", async () => {
    const { fileSegment } = await import("../src/git/forges.js");
    expect(fileSegment("github")).toBe("blob");
    expect(fileSegment("gitlab")).toBe("-/blob");
    expect(fileSegment("bitbucket")).toBe("src");
    expect(fileSegment("git.example.com")).toBe("blob");
    expect(fileSegment(undefined)).toBe("blob");
  });

  it("links to a file on Codeberg and other Gitea or Forgejo hosts by their `src/` path, which has no `blob/` route", async () => {
    // Gitea and Forgejo serve a file at src/branch/REF/PATH; the older src/REF/PATH they keep
    // resolves a branch, a tag or a commit, as a --rev scan's links need. blob/REF/PATH is a 404 there.
    const { fileSegment } = await import("../src/git/forges.js");
    for (const remote of ["https://codeberg.org/acme/app.git", "git@codeberg.org:acme/app.git", "https://gitea.com/acme/app", "https://gitea.corp.example/acme/app.git", "ssh://git@forgejo.example.org:2222/acme/app.git"]) {
      const facts = parseRemote(remote)!;
      expect(fileUrl(facts.web_url!, facts.provider, "main", "web/package.json", (p) => p), remote).toBe(`${facts.web_url}/src/main/web/package.json`);
    }
    // A host merely containing the word is not one (a GitHub Enterprise host named after a team).
    expect(fileSegment("legitea.example.com")).toBe("blob");
    expect(fileSegment("codeberg.org.example.com")).toBe("blob");
  });

  it("gives a repository's page for a forge or a host, none for a local folder or a name without an owner", async () => {
    const { repositoryUrl } = await import("../src/git/forges.js");
    expect(repositoryUrl("github", "acme/shop")).toBe("https://github.com/acme/shop");
    expect(repositoryUrl("gitlab", "platform/payments/ledger")).toBe("https://gitlab.com/platform/payments/ledger");
    expect(repositoryUrl("bitbucket", "team/app")).toBe("https://bitbucket.org/team/app");
    expect(repositoryUrl("git.example.com", "team/app")).toBe("https://git.example.com/team/app");
    expect(repositoryUrl("[::1]", "team/app")).toBeUndefined();
    expect(repositoryUrl("local", "team/app")).toBeUndefined();
    expect(repositoryUrl(undefined, "team/app")).toBeUndefined();
    expect(repositoryUrl("", "team/app")).toBeUndefined();
    expect(repositoryUrl("github", "shop")).toBeUndefined();
  });
});

describe("Bitbucket Server (Data Center) remotes", () => {
  const link = async (remote: string, folder?: string) => {
    const { buildDocument } = await import("../src/document/build.js");
    const { builtinCatalog } = await import("../src/index.js");
    const doc = buildDocument({
      findings: [{ ref: "npm:react", file: "package.json", detector: "test", version: "18.2.0" }],
      catalog: builtinCatalog(),
      repo: { ...parseRemote(remote)!, branch: "release/2.0", repo_type: "Public", ...(folder ? { folder } : {}) },
      timestamp: "2024-01-01T00:00:00Z",
    });
    return doc;
  };

  it("name the repository as its SSH remote does: the https clone's `scm/` prefix is no owner", () => {
    // One repository, cloned over https (/scm/PROJECT/REPO.git) and over SSH (port 7999): it was
    // "scm/shop/web", requested by "scm", over https and "shop/web" over SSH.
    const https = parseRemote("https://jane@bitbucket.corp.example/scm/shop/web.git");
    const ssh = parseRemote("ssh://git@bitbucket.corp.example:7999/shop/web.git");
    expect(https).toEqual({ repo_name: "shop/web", provider: "bitbucket", requested_by: "shop", web_url: "https://bitbucket.corp.example/projects/shop/repos/web" });
    expect(ssh).toEqual(https);
    // On a host not named bitbucket, the https clone's /scm/ path still tells it.
    expect(parseRemote("https://git.corp.example/scm/shop/web.git")).toEqual({ repo_name: "shop/web", provider: "git.corp.example", requested_by: "shop", web_url: "https://git.corp.example/projects/shop/repos/web" });
    // A personal repository (~user) has its page under users/.
    expect(parseRemote("https://bitbucket.corp.example/scm/~jane/notes.git")).toMatchObject({ repo_name: "~jane/notes", web_url: "https://bitbucket.corp.example/users/jane/repos/notes" });
    // A GitLab group named scm is a group.
    expect(parseRemote("https://gitlab.corp.example/scm/shop/web.git")).toMatchObject({ repo_name: "scm/shop/web", web_url: "https://gitlab.corp.example/scm/shop/web" });
    // Bitbucket Cloud is not Bitbucket Server.
    expect(parseRemote("git@bitbucket.org:team/app.git")).toMatchObject({ repo_name: "team/app", web_url: "https://bitbucket.org/team/app" });
    expect(parseRemote("ssh://git@altssh.bitbucket.org:443/team/app.git")).toMatchObject({ web_url: "https://bitbucket.org/team/app" });
  });

  it("link to a file by its browse page, with the branch as `at`, and to the repository by its project page", async () => {
    const doc = await link("https://bitbucket.corp.example/scm/shop/web.git", "apps/site");
    expect(doc.tools.find((t) => t.name === "React")?.detection_source_url).toBe("https://bitbucket.corp.example/projects/shop/repos/web/browse/apps/site/package.json?at=release/2.0");
    const { repositoryUrl } = await import("../src/git/forges.js");
    expect(repositoryUrl(doc.provider, doc.repo_name, doc.tools.map((t) => t.detection_source_url))).toBe("https://bitbucket.corp.example/projects/shop/repos/web");
    // Bitbucket Cloud keeps its src/ form.
    expect((await link("git@bitbucket.org:team/app.git")).tools.find((t) => t.name === "React")?.detection_source_url).toBe("https://bitbucket.org/team/app/src/release/2.0/package.json");
  });
});
