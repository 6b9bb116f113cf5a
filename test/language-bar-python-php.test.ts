import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

// Python and PHP are cited as "Repo Metadata" where the language bar counts them, as the site cites
// them (catalog/overrides.yml: cited_files ["Repo Metadata"]), though an image, a CI runtime list or a
// compose file names them too: Python in 15 of 15 corpus stack files of 6 owners, PHP in 4 of 4 of 3
// owners. A file giving the release keeps giving it and the URL.
const py = "print('hi')\n";
const php = "<?php echo 'hi';\n";

describe("Python and PHP, counted by the language bar, are cited as Repo Metadata", () => {
  it("Python beside a Dockerfile's python image: Repo Metadata, the image's release and URL", async () => {
    const { document } = await scan(
      new MemorySource({
        "platform/Dockerfile": "FROM python:3.11-slim-buster as prod\nWORKDIR /app\nCOPY . .\n",
        "platform/app/main.py": py,
        "platform/app/util.py": py,
      }),
      { git: false },
    );
    expect(tool(document.tools, "Python")).toMatchObject({ detection_source: "Repo Metadata", version: "3.11", detection_source_url: "platform/Dockerfile" });
  });

  it("Python beside a Travis runtime list: Repo Metadata", async () => {
    const { document } = await scan(
      new MemorySource({
        ".travis.yml": "language: python\npython:\n  - \"3.6\"\nscript: pytest\n",
        "app/main.py": py,
        "app/util.py": py,
      }),
      { git: false },
    );
    expect(tool(document.tools, "Python")?.detection_source).toBe("Repo Metadata");
  });

  it("PHP beside a Travis runtime list and a php image in compose: Repo Metadata", async () => {
    const { document } = await scan(
      new MemorySource({
        ".travis.yml": "language: php\nphp:\n  - 7.1\n  - 7.2\nscript: vendor/bin/phpunit\n",
        "docker-compose.yml": "services:\n  worker:\n    image: php:7.2-cli\n",
        "app/index.php": php,
        "app/User.php": php,
      }),
      { git: false },
    );
    expect(tool(document.tools, "PHP")?.detection_source).toBe("Repo Metadata");
  });
});
