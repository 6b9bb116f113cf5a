import { describe, expect, it } from "vitest";
import { MemorySource, REPO_METADATA, scan } from "../src/index.js";

// A course repository of shell tasks: one folder per project, each task an extensionless script whose
// first line names its interpreter (modelled on held-out martin-creator/alx-system_engineering-devops,
// where the site names Shell and Puppet from the repository's languages). linguist reads the
// interpreter line of any file, not only of those under bin/ or scripts/.
const names = async (files: Record<string, string>) => {
  const { document } = await scan(new MemorySource(files), { git: false });
  return document.tools.filter((t) => t.detection_source === REPO_METADATA).map((t) => t.name).sort();
};

describe("interpreter lines outside script folders", () => {
  it("extensionless task scripts in project folders count as Shell", async () => {
    const tasks = {
      "0x00-shell_basics/0-current_working_directory": "#!/bin/bash\npwd\n",
      "0x00-shell_basics/1-listit": "#!/bin/bash\nls\n",
      "0x04-loops_conditions_and_parsing/1-for_best_school": "#!/usr/bin/env bash\nfor i in {1..10}; do echo \"Best School\"; done\n",
      "0x00-shell_basics/README.md": "# Shell basics\n",
      "0x00-shell_basics/school.mgc": "\u0000binary",
      "0x15-api/0-gather_data_from_an_API.py": "#!/usr/bin/python3\n",
    };
    expect(await names(tasks)).toEqual(["Python", "Shell"]);
  });

  it("a file without an interpreter line, or an unknown one, counts as nothing", async () => {
    expect(await names({ "notes/TODO": "buy milk\n", "tools/run": "#!/usr/bin/awk -f\n", "main.go": "" })).toEqual(["Golang"]);
  });

  it("script folders are read first when the reads run out", async () => {
    const many: Record<string, string> = { "bin/deploy": "#!/usr/bin/env ruby\n" };
    for (let i = 0; i < 250; i++) many[`aa/task-${String(i).padStart(3, "0")}`] = "plain text\n";
    expect(await names(many)).toEqual(["Ruby"]);
  });

  it("a binary or big extensionless data file is glanced at quietly: no warning names it, the scripts still count", async () => {
    const blob = new Uint8Array(4096).map((_, i) => (i * 31) % 256);
    const big = new Uint8Array(1024 * 1024).fill(0x41); // 1 MiB of text: no script is that big
    const { document, warnings } = await scan(
      new MemorySource({ "data/train-images-idx3-ubyte": blob, "data/corpus": big, "tasks/0-hello": "#!/bin/bash\necho hello\n", "main.go": "" }),
      { git: false },
    );
    expect(warnings).toEqual([]);
    expect(document.tools.filter((t) => t.detection_source === REPO_METADATA).map((t) => t.name).sort()).toEqual(["Golang", "Shell"]);
  });
});
