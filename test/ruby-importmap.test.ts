import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { readImportmap } from "../detectors/ruby/importmap.js";
import { tool } from "./helpers.js";

// A Rails app on importmap-rails declares its npm packages in config/importmap.rb, not package.json.
describe("Rails importmaps", () => {
  it("reads the pins bin/importmap writes: a release in a comment, or in a CDN link; the app's own and gems' modules have none", () => {
    const text = [
      "# Pin npm packages by running ./bin/importmap",
      "",
      'pin "application"',
      'pin "@hotwired/turbo-rails", to: "turbo.min.js"',
      'pin_all_from "app/javascript/controllers", under: "controllers"',
      'pin "alpinejs" # @3.13.3',
      'pin "@rails/request.js", to: "@rails--request.js.js" # @0.0.9',
      'pin "chart.js", to: "https://ga.jspm.io/npm:chart.js@4.4.1/dist/chart.js"',
      'pin "lodash", to: "https://cdn.jsdelivr.net/npm/lodash@4.17.21/lodash.js"',
      'pin "md5", to: "https://unpkg.com/md5@2.3.0/md5.js", preload: true',
      '# pin "trix" # @2.0.0',
      'pin "my-chart.js", to: "https://example.com/vendor/chart.js@4.4.1.js"',
    ].join("\n");
    expect(readImportmap(text)).toEqual([
      { name: "alpinejs", version: "3.13.3", line: 6 },
      { name: "@rails/request.js", version: "0.0.9", line: 7 },
      { name: "chart.js", version: "4.4.1", line: 8 },
      { name: "lodash", version: "4.17.21", line: 9 },
      { name: "md5", version: "2.3.0", line: 10 },
    ]);
  });

  it("each pinned package shows its tool at the pinned release, from the importmap, with no package entry", async () => {
    const { document } = await scan(
      new MemorySource({
        Gemfile: 'source "https://rubygems.org"\ngem "rails", "~> 7.1.2"\ngem "importmap-rails"\n',
        "config/importmap.rb": 'pin "application"\npin "chart.js" # @4.4.1\npin "alpinejs", to: "https://ga.jspm.io/npm:alpinejs@3.13.3/dist/module.esm.js"\n',
      }),
      { git: false },
    );
    expect(tool(document.tools, "Chart.js")).toMatchObject({ version: "4.4.1", detection_source: "config/importmap.rb" });
    expect(tool(document.tools, "AlpineJS")).toMatchObject({ version: "3.13.3", detection_source: "config/importmap.rb" });
    expect(document.tools.filter((t) => t.package_url?.includes("npmjs"))).toEqual([]);
  });
});
