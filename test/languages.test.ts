import { describe, expect, it } from "vitest";
import { MemorySource, REPO_METADATA, scan } from "../src/index.js";

const names = async (files: Record<string, string>) => {
  const { document } = await scan(new MemorySource(files), { git: false });
  return document.tools.filter((t) => t.detection_source === REPO_METADATA).map((t) => t.name).sort();
};

describe("languages detector", () => {
  it("counts languages by extension and file name", async () => {
    expect(await names({ "src/a.ts": "", "src/b.tsx": "", "scripts/run.sh": "", "ci/check.sh": "", "lib/x.go": "", ".gitignore": "dist/" })).toEqual(
      ["Git", "Golang", "Shell", "TypeScript"],
    );
  });

  it("leaves out vendored and documentation trees", async () => {
    const files = { "app/main.go": "", "vendor/lib/x.py": "", "docs/conf.py": "", "examples/demo.py": "", "static/jquery-3.6.0.min.js": "" };
    expect(await names(files)).toEqual(["Golang"]);
  });

  it("honours .gitattributes linguist overrides", async () => {
    const files = {
      ".gitattributes": "generated/** linguist-generated\n*.inc linguist-language=PHP\ndocs/** -linguist-documentation\n",
      "generated/api.ts": "",
      "lib/util.inc": "",
      "docs/tool.py": "",
    };
    expect(await names(files)).toEqual(["Git", "PHP", "Python"]);
  });

  it("a single file in a large repository is a trace", async () => {
    const files: Record<string, string> = { "tools/one.rb": "" };
    for (let i = 0; i < 5001; i++) files[`src/f${i}.js`] = "";
    expect(await names(files)).toEqual(["JavaScript"]);
    delete files["src/f0.js"];
    files["tools/two.rb"] = "";
    expect(await names(files)).toEqual(["JavaScript", "Ruby"]);
  });

  it("follows linguist's anchoring: root examples/ and tests/fixtures/ are left out, nested ones and install.sh count", async () => {
    const files = {
      "src/app.ts": "",
      "examples/demo.py": "",
      "chapter2/src/test/java/examples/Sim.scala": "",
      "test/fixtures/basic/global.css": "",
      "dist/index.css": "",
      "types/generated/contentTypes.d.ts": "",
      "install.sh": "",
      "INSTALL.md": "",
    };
    expect(await names(files)).toEqual(["Scala", "Shell", "TypeScript"]);
  });

  it("git hooks and Debian maintainer scripts are shell; extensionless scripts go by their interpreter line", async () => {
    expect(await names({ "index.js": "", ".husky/pre-commit": "npx lint-staged\n" })).toEqual(["JavaScript", "Shell"]);
    expect(await names({ "pkg/deb/control/postinst": "" , "main.go": "" })).toEqual(["Golang", "Shell"]);
    const scripts = {
      "lib/a.rb": "",
      "bin/setup": "#!/usr/bin/env bash\nset -euo pipefail\n",
      "bin/console": "#!/usr/bin/env ruby\nrequire 'irb'\n",
      "scripts/release": "#!/usr/bin/python3 -u\nprint(1)\n",
      "bin/tool": "\u007fELF binary",
      "src/notes": "#!/bin/sh\n",
    };
    expect(await names(scripts)).toEqual(["Python", "Ruby", "Shell"]);
  });
});
