import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// Svelte's detection_source: the site cites Svelte from the package.json that declares `svelte`,
// though the language bar counts the .svelte files (where every other language the bar counts is
// cited as "Repo Metadata"): 2 of 2 stack files of 2 owners, both in stop 53's new held-out round
// (/work/heldout-new/a53a): GarthDB/humdrum-svelte (a Storybook component library, src/*.svelte)
// and shinhanbyeol/svelt-smaple (Oracle's Sapper sample, src/routes/*.svelte). Vue.js likewise is
// never cited from the bar (catalog/matchers/languages.yml has no `.vue`). Without a package.json
// declaring it, the .svelte files still name Svelte from the bar.

async function document(files: Record<string, string>) {
  return (await scan(new MemorySource(files), { git: false })).document;
}

function entry(doc: Awaited<ReturnType<typeof document>>, name: string) {
  return doc.tools.find((t) => t.name === name && !t.package_url);
}

const button = `<script>
  export let label = "";
  export let primary = false;
</script>

<button class:primary on:click>{label}</button>

<style>
  button { padding: 0.5em 1em; }
  .primary { background: #1ea7fd; }
</style>
`;

describe("Svelte's source", () => {
  it("a component library: package.json's svelte, not the language bar counting its .svelte files", async () => {
    const doc = await document({
      "package.json": JSON.stringify({ name: "humdrum-svelte", svelte: "src/index.js", devDependencies: { rollup: "^2.28.2", "rollup-plugin-svelte": "^6.0.1", svelte: "^3.29.0" } }, null, 2),
      "src/Button.svelte": button,
      "src/Heading.svelte": button.replace("button", "h1"),
      "src/index.js": `export { default as Button } from "./Button.svelte";\nexport { default as Heading } from "./Heading.svelte";\n`,
    });
    expect(entry(doc, "Svelte")?.detection_source).toBe("package.json");
  });

  it("an app below the root cites its own package.json", async () => {
    const doc = await document({
      "web/package.json": JSON.stringify({ name: "sample", devDependencies: { sapper: "~0.29.3", svelte: "~3.44.0" } }, null, 2),
      "web/src/routes/index.svelte": button,
      "web/src/routes/_layout.svelte": "<slot />\n",
    });
    expect(entry(doc, "Svelte")?.detection_source).toBe("web/package.json");
  });

  it("with no package.json declaring it, the .svelte files still name Svelte from the language bar", async () => {
    const doc = await document({
      "package.json": JSON.stringify({ name: "components", devDependencies: { rollup: "^2.28.2" } }),
      "src/Button.svelte": button,
      "src/Card.svelte": button.replace("button", "div"),
    });
    expect(entry(doc, "Svelte")?.detection_source).toBe("Repo Metadata");
  });
});
