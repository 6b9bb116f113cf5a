import { describe, expect, it } from "vitest";
import { builtinCatalog, resolve } from "../src/index.js";
import { peerDocument, plainVersion, toolFor } from "../scripts/peer-map.mjs";

// The pure part of scripts/peer-stack.mjs: the peer analyser's technologies (key and display
// name, as @specfy/stack-analyser 1.27 writes them) and dependencies, turned into the site's names.
const TECHS = [
  { key: "nodejs", name: "Node.js" },
  { key: "expressjs", name: "Express" },
  { key: "postgresql", name: "PostgreSQL" },
  { key: "aws.sqs", name: "AWS SQS" },
  { key: "github.actions", name: "GitHub Actions" },
  { key: "vuejs", name: "Vue" },
  { key: "nvm", name: "nvm" },
  { key: "alibabacloud", name: "Alibaba Cloud" },
];

describe("peer names to catalog tools", () => {
  it("maps by exact name, alias or slug, and counts the rest as unmapped", () => {
    const { doc, unmapped } = peerDocument(builtinCatalog(), resolve, TECHS);
    expect(doc.tools.map((t) => t.name)).toEqual(["Node.js", "ExpressJS", "PostgreSQL", "Amazon SQS", "GitHub Actions", "Vue.js"]);
    expect(unmapped.map((t) => t.key)).toEqual(["nvm", "alibabacloud"]);
    expect(doc.tools[1]).toEqual({ name: "ExpressJS", category: "Languages & Frameworks", sub_category: "Microframeworks (Backend)" });
  });

  it("takes no fuzzy guess: a near name is not a match", () => {
    expect(toolFor(builtinCatalog(), resolve, { key: "swcjs", name: "SWC JS" })).toBeUndefined();
    expect(toolFor(builtinCatalog(), resolve, { key: "oxlint", name: "OxLint" })).toBeUndefined();
    // An exact name is one.
    expect(toolFor(builtinCatalog(), resolve, { key: "vuejs", name: "Vue.js" })?.name).toBe("Vue.js");
  });

  it("tries the key when the display name does not map", () => {
    expect(toolFor(builtinCatalog(), resolve, { key: "mongodb", name: "Mongo Thing" })?.name).toBe("MongoDB");
  });

  it("one entry per tool, however many peer names reach it", () => {
    const { doc } = peerDocument(builtinCatalog(), resolve, [{ key: "vuejs", name: "Vue" }, { key: "vue", name: "Vue.js" }]);
    expect(doc.tools).toHaveLength(1);
  });

  it("gives the peer's dependencies as the site's package entries, versions as a plain range starts", () => {
    const { doc } = peerDocument(builtinCatalog(), resolve, [], [
      ["npm", "express", "^4.18.2"],
      ["npm", "express", "^4.18.2"],
      ["python", "requests", "latest"],
      ["golang", "github.com/spf13/cobra", "v1.6.1"],
      ["ruby", "rails", "~> 7.0.4"],
      ["php", "laravel/framework", "^10.0"],
      ["docker", "postgres", "15"],
      ["githubAction", "actions/checkout", "v4"],
    ]);
    expect(doc.tools.map((t) => [t.package_url, t.version])).toEqual([
      ["https://www.npmjs.com/express", "4.18.2"],
      ["https://pypi.org/project/requests", undefined],
      ["https://pkg.go.dev/github.com/spf13/cobra", "1.6.1"],
      ["https://rubygems.org/rails", "7.0.4"],
      ["https://packagist.org/laravel/framework", "10.0"],
    ]);
    expect(doc.tools[0]).toMatchObject({ category: "Libraries", sub_category: "npm Packages" });
  });

  it.each([
    ["^1.2.3", "1.2.3"], ["~1.2", "1.2"], [">=2.0.0", "2.0.0"], ["==3.1", "3.1"], ["v1.0.0-beta.1", "1.0.0-beta.1"],
    ["latest", undefined], ["*", undefined], [">=1 <2", undefined], ["1.x", undefined], ["", undefined],
  ])("the declared version %s is written %s", (raw, want) => {
    expect(plainVersion(raw)).toBe(want);
  });
});
