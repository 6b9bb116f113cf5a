import { describe, expect, it } from "vitest";
import { Catalog } from "../src/catalog/catalog.js";
import { repositoryPage, webAddress, websiteTools } from "../src/catalog/web-address.js";

// The typed web address reader and the catalog's sites by host, called alone on a catalog of a few
// tools whose sites are laid out as the site's tool pages give them: a host of one tool, one shared
// by a vendor's products (its root the vendor's own), two tools of one site, and code hosts.

describe("webAddress", () => {
  it("reads a host, its path's parts (case kept) and whether a scheme or www. marked it; query and fragment left off", () => {
    expect(webAddress("https://redis.io")).toEqual({ host: "redis.io", path: [], marked: true });
    expect(webAddress("http://redis.io/")).toEqual({ host: "redis.io", path: [], marked: true });
    expect(webAddress("www.DjangoProject.com")).toEqual({ host: "djangoproject.com", path: [], marked: true });
    expect(webAddress("  vuejs.org  ")).toEqual({ host: "vuejs.org", path: [], marked: false });
    expect(webAddress("https://aws.amazon.com/S3//pricing/?nc=sn#top")).toEqual({ host: "aws.amazon.com", path: ["S3", "pricing"], marked: true });
    expect(webAddress("docs.python-requests.org/en#intro")).toEqual({ host: "docs.python-requests.org", path: ["en"], marked: false });
    expect(webAddress("HTTPS://WWW.Example.co.uk")).toEqual({ host: "example.co.uk", path: [], marked: true });
  });

  it("is no address without a dotted host ending in two letters or more, with a port or tag, a space, or a label opening or closing with a dash", () => {
    for (const text of ["redis", "localhost:8080", "postgres:16", "redis.io:6379", "node.js v20", "a.b", "-redis.io", "redis-.io", "redis..io", "https://", "ftp://redis.io", "x.io/a b", "1.2.3", "https:/redis.io", "wwwredis"]) {
      expect(webAddress(text), text).toBeUndefined();
    }
    expect(webAddress("3scale.net")).toEqual({ host: "3scale.net", path: [], marked: false });
    expect(webAddress("a.io")).toEqual({ host: "a.io", path: [], marked: false });
    expect(webAddress("my-app.fly.dev")).toEqual({ host: "my-app.fly.dev", path: [], marked: false });
    expect(webAddress("developer.x.com")).toEqual({ host: "developer.x.com", path: [], marked: false });
  });
});

const tool = (id: string, website_url?: string) => ({ id, name: id, ...(website_url ? { website_url } : {}) });
const catalog = () =>
  new Catalog({
    tools: [
      tool("redis", "http://redis.io/"),
      tool("redis-cloud", "https://redis.io/cloud/"),
      tool("amazon-web-services-aws", "https://aws.amazon.com/"),
      tool("amazon-s3-glacier", "https://aws.amazon.com/s3/glacier/"),
      tool("amazon-s3", "https://aws.amazon.com/S3/"),
      tool("amazon-ec2", "https://aws.amazon.com/ec2"),
      tool("nodejs", "http://nodejs.org/"),
      tool("matomo", "https://matomo.org/"),
      tool("piwik", "https://www.matomo.org"),
      tool("github", "https://github.com/"),
      tool("devise", "https://github.com/heartcombo/devise"),
      tool("mongodb", "https://www.mongodb.com/"),
      tool("no-site"),
      tool("bad-site", "not a site"),
    ],
    matchers: {},
  });
const ids = (found: ReturnType<typeof websiteTools>) => ({ tools: found.tools.map((t) => t.id), ...("repository" in found ? { repository: found.repository } : {}) });
const named = (c: Catalog, text: string) => ids(websiteTools(c, webAddress(text)!));

describe("websiteTools", () => {
  it("a site's root, or a page under it: the tool of the longest site path the address opens with", () => {
    const c = catalog();
    expect(named(c, "https://redis.io")).toEqual({ tools: ["redis"] });
    expect(named(c, "redis.io/cloud/pricing")).toEqual({ tools: ["redis-cloud"] });
    expect(named(c, "https://aws.amazon.com/s3/pricing/")).toEqual({ tools: ["amazon-s3"] });
    expect(named(c, "aws.amazon.com/EC2")).toEqual({ tools: ["amazon-ec2"] });
    expect(named(c, "aws.amazon.com/s3/glacier/pricing")).toEqual({ tools: ["amazon-s3-glacier"] });
    expect(named(c, "aws.amazon.com")).toEqual({ tools: ["amazon-web-services-aws"] });
    expect(named(c, "nodejs.org/en/download")).toEqual({ tools: ["nodejs"] });
  });

  it("a shared host's root names no tool by another page; a page that is a prefix of no site names none", () => {
    const c = catalog();
    expect(named(c, "aws.amazon.com/lambda")).toEqual({ tools: [] });
    expect(named(c, "redis.io/docs")).toEqual({ tools: [] });
    expect(named(c, "aws.amazon.com/s3x")).toEqual({ tools: [] });
    expect(named(c, "unknown.example.org")).toEqual({ tools: [] });
  });

  it("two tools of one site are both named, in the catalog's order", () => {
    expect(named(catalog(), "https://matomo.org/")).toEqual({ tools: ["matomo", "piwik"] });
  });

  it("a page of the stack-sharing site names the tool its one path part is, case aside", () => {
    const c = catalog();
    expect(named(c, "https://stackshare.io/MongoDB")).toEqual({ tools: ["mongodb"] });
    expect(named(c, "stackshare.io/mongodb/reviews")).toEqual({ tools: [] });
    expect(named(c, "stackshare.io")).toEqual({ tools: [] });
    expect(named(c, "stackshare.io/nothing-here")).toEqual({ tools: [] });
  });

  it("on a code host, a repository with no tool site there is given back by its name; a repository that is a tool's site is that tool", () => {
    const c = catalog();
    expect(named(c, "https://github.com/vercel/next.js")).toEqual({ tools: [], repository: "next.js" });
    expect(named(c, "github.com/HeartCombo/Devise/wiki")).toEqual({ tools: ["devise"] });
    expect(named(c, "github.com")).toEqual({ tools: ["github"] });
    expect(named(c, "github.com/vercel")).toEqual({ tools: [] });
    expect(named(c, "gitlab.com/inkscape/inkscape")).toEqual({ tools: [], repository: "inkscape" });
    expect(named(c, "codeberg.org/forgejo/forgejo")).toEqual({ tools: [], repository: "forgejo" });
    expect(named(c, "bitbucket.org/atlassian/python-bitbucket")).toEqual({ tools: [], repository: "python-bitbucket" });
    expect(named(c, "sr.ht/~sircmpwn/hare")).toEqual({ tools: [] });
    // A clone's address ends in .git; a GitHub Pages repository only holds it (`<owner>.github.io`).
    expect(named(c, "https://github.com/vercel/next.js.git")).toEqual({ tools: [], repository: "next.js" });
    expect(named(c, "github.com/octocat/octocat.github.io")).toEqual({ tools: [], repository: "octocat.github.io" });
  });

  it("repositoryPage: a code host's repository address as its page; no page for another host, an owner alone or no address", () => {
    expect(repositoryPage("github.com/techfort/LokiJS")).toBe("https://github.com/techfort/LokiJS");
    expect(repositoryPage("https://gitlab.com/inkscape/inkscape.git")).toBe("https://gitlab.com/inkscape/inkscape");
    expect(repositoryPage("github.com/octocat/octocat.github.io/tree/main")).toBe("https://github.com/octocat/octocat.github.io");
    for (const query of ["https://example.com/acme/tool", "github.com/techfort", "LokiJS"]) expect(repositoryPage(query), query).toBeUndefined();
  });

  it("each catalog keeps its own sites: another catalog's tool of the same site is not named in the first", () => {
    const c = catalog();
    expect(named(c, "nodejs.org")).toEqual({ tools: ["nodejs"] });
    const other = new Catalog({ tools: [tool("deno", "https://nodejs.org/")], matchers: {} });
    expect(named(other, "nodejs.org")).toEqual({ tools: ["deno"] });
    expect(named(c, "nodejs.org")).toEqual({ tools: ["nodejs"] });
  });
});
