import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// An R package whose DESCRIPTION imports CRAN packages but writes no `Depends: R (>= ...)` line
// (as most packages built from usethis' template do), with the renv.lock renv snapshots beside it.
const description = [
  "Package: myanalysis",
  "Version: 0.1.0",
  "Title: Sales Analysis Helpers",
  "Imports:",
  "    dplyr (>= 1.1.0),",
  "    ggplot2,",
  "    shiny",
  "License: MIT + file LICENSE",
  "",
].join("\n");
const renvLock = JSON.stringify(
  {
    R: { Version: "4.3.2", Repositories: [{ Name: "CRAN", URL: "https://cloud.r-project.org" }] },
    Packages: {
      dplyr: { Package: "dplyr", Version: "1.1.4", Source: "Repository", Repository: "CRAN", License: "MIT + file LICENSE", Hash: "fedd9d00c2944ff00a0e2696ccf048ec" },
      ggplot2: { Package: "ggplot2", Version: "3.4.4", Source: "Repository", Repository: "CRAN", Hash: "313d31eff2274ecf4c1d3581db7241f9" },
      shiny: { Package: "shiny", Version: "1.8.0", Source: "Repository", Repository: "RSPM", Hash: "3a1f41807d648a908e3c7f0334bf85e6" },
    },
  },
  null,
  2,
);

describe("a package's renv.lock when its DESCRIPTION names no R requirement", () => {
  it("still gives R the release it records, citing the lockfile", async () => {
    const { document } = await scan(new MemorySource({ DESCRIPTION: description, "renv.lock": renvLock, "R/sales.R": "summarise_sales <- function(df) df\n" }), { git: false });
    expect(document.tools.find((t) => t.name === "R Language")).toMatchObject({ version: "4.3.2", detection_source_url: "renv.lock" });
    expect(document.tools.find((t) => t.package_url === "https://cran.r-project.org/dplyr")).toMatchObject({ version: "1.1.4", detection_source: "DESCRIPTION", detection_source_url: "renv.lock" });
  });

  it("a DESCRIPTION's own R requirement still takes the lockfile's release, reported once", async () => {
    const withR = description.replace("Imports:", "Depends: R (>= 4.1.0)\nImports:");
    const { document } = await scan(new MemorySource({ DESCRIPTION: withR, "renv.lock": renvLock }), { git: false });
    expect(document.tools.filter((t) => t.name === "R Language")).toHaveLength(1);
    expect(document.tools.find((t) => t.name === "R Language")).toMatchObject({ version: "4.3.2", detection_source: "DESCRIPTION", detection_source_url: "renv.lock" });
  });
});
