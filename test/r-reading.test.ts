import { describe, expect, it } from "vitest";
import { rDetector, readFields } from "../detectors/r/index.js";
import { byFile, detectorFindings } from "./detector-findings.js";

// The R reader field by field, on DESCRIPTION files laid out as R packages write them (usethis and
// roxygen order, fields whose names hold `@` or `/`), beside the renv.lock files renv writes.

// As usethis lays out a package that later gained imports: Authors@R and the Config/ fields come
// after the dependency fields, each continued on indented lines.
const description = `Package: salesr
Title: Tools for Sales Reports
Version: 1.2.0
Depends: R (>= 4.1.0)
Imports:
    cli (>= 3.6.0),
    rlang,
 vctrs,
Authors@R: c(
    person("Ada", "Byron", , "ada@example.org", role = c("aut", "cre"),
           comment = c(ORCID = "0000-0001-2345-6789")),
    person("Posit Software, PBC", role = c("cph", "fnd"))
  )
Suggests:
    covr,
    testthat (>= 3.1.5)
Config/Needs/website:
    tidyverse/tidytemplate,
    pkgdown
Config/testthat/edition: 3
Encoding: UTF-8
Roxygen: list(markdown = TRUE)
RoxygenNote: 7.3.1
`;

describe("R DESCRIPTION files", () => {
  it("fields named with '@' or '/' (Authors@R, Config/Needs/website) are fields: their continued lines are not dependencies", async () => {
    const { findings, warnings } = await detectorFindings(rDetector, { DESCRIPTION: description });
    expect(warnings).toEqual([]);
    expect(byFile(findings)).toEqual({
      DESCRIPTION: [
        "cran:cli 3.6.0 ->3.6.0 direct",
        "cran:covr direct dev",
        "cran:rlang direct",
        "cran:testthat 3.1.5 ->3.1.5 direct dev",
        "cran:vctrs direct",
        "runtime:r 4.1.0 ->4.1.0",
      ],
    });
    const binary = await detectorFindings(rDetector, { DESCRIPTION: "\u0000\u0001\u0002" });
    expect(binary.warnings).toEqual(["DESCRIPTION: skipped: binary content"]);
    expect(binary.findings).toEqual([]);
    expect(readFields(description).map(([name]) => name)).toEqual([
      "Package", "Title", "Version", "Depends", "Imports", "Authors@R", "Suggests", "Config/Needs/website", "Config/testthat/edition", "Encoding", "Roxygen", "RoxygenNote",
    ]);
  });
});

describe("an renv.lock no DESCRIPTION reads", () => {
  it("an analysis project's renv.lock gives the R release it was snapshotted with, and lists none of its packages", async () => {
    // As renv writes it for a project that is no package: every package installed, dependencies included.
    const lock = JSON.stringify({
      R: { Version: "4.2.3", Repositories: [{ Name: "CRAN", URL: "https://cloud.r-project.org" }] },
      Packages: {
        "data.table": { Package: "data.table", Version: "1.14.8", Source: "Repository", Repository: "CRAN", Hash: "b4c06e554f33344e044ccd7fdca750a9" },
        renv: { Package: "renv", Version: "1.0.3", Source: "Repository", Repository: "CRAN", Hash: "41b847654f567341725473431dd0d5ab" },
      },
    }, null, 2);
    const { findings } = await detectorFindings(rDetector, {
      "analysis/renv.lock": lock,
      // A package's own lockfile stays the source of its DESCRIPTION's R, as before.
      "pkg/DESCRIPTION": "Package: p\nDepends: R (>= 4.1.0)\n",
      "pkg/renv.lock": lock.replace("4.2.3", "4.3.2"),
    });
    expect(byFile(findings)).toEqual({
      "analysis/renv.lock": ["runtime:r ->4.2.3"],
      "pkg/DESCRIPTION": ["runtime:r 4.1.0 ->4.3.2 (pkg/renv.lock)"],
    });
  });
});
