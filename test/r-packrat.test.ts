import { describe, expect, it } from "vitest";
import { rDetector } from "../detectors/r/index.js";
import { byFile, detectorFindings } from "./detector-findings.js";

// Packrat (renv's predecessor) writes packrat/packrat.lock: a header record with the R release,
// then one record a package. It is the project's lockfile as renv.lock is.
const LOCK = `PackratFormat: 1.4
PackratVersion: 0.9.2
RVersion: 4.2.3
Repos: CRAN=https://cran.rstudio.com/

Package: ggplot2
Source: CRAN
Version: 3.4.2
Hash: 1f2c
Requires: glue, gtable,
    rlang

Package: shiny
Source: CRAN
Version: 1.7.4
Hash: 2a3b
`;

describe("R: packrat.lock", () => {
  it("a Shiny app that keeps only packrat/packrat.lock gives the R release it records", async () => {
    const { findings, warnings } = await detectorFindings(rDetector, { "app.R": "library(shiny)\n", "packrat/packrat.lock": LOCK });
    expect(warnings).toEqual([]);
    expect(byFile(findings)).toEqual({ "packrat/packrat.lock": ["runtime:r ->4.2.3"] });
  });

  it("a package's DESCRIPTION takes the versions packrat locked", async () => {
    const description = "Package: plots\nVersion: 0.1.0\nDepends: R (>= 4.0)\nImports: ggplot2 (>= 3.3.0), shiny\n";
    const { findings } = await detectorFindings(rDetector, { DESCRIPTION: description, "packrat/packrat.lock": LOCK });
    expect(byFile(findings)).toEqual({
      DESCRIPTION: [
        "cran:ggplot2 3.3.0 ->3.4.2 (packrat/packrat.lock) direct",
        "cran:shiny ->1.7.4 (packrat/packrat.lock) direct",
        "runtime:r 4.0 ->4.2.3 (packrat/packrat.lock)",
      ],
    });
  });
});
