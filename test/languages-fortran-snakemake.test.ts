import { describe, expect, it } from "vitest";
import { MemorySource, REPO_METADATA, scan } from "../src/index.js";

// linguist's Fortran group (fixed-form .f/.f77/.fpp and free-form .f90/.f95/.f03/.f08) and its
// Snakemake language (Snakefile, .smk), which the language bar counts as Python.
const names = async (files: Record<string, string>) => {
  const { document } = await scan(new MemorySource(files), { git: false });
  return document.tools.filter((t) => t.detection_source === REPO_METADATA).map((t) => t.name).sort();
};

describe("Fortran's extensions", () => {
  it("a fixed-form Fortran 77 code and a Fortran 2008 module count as Fortran", async () => {
    expect(await names({ "src/dgemm.f": "      SUBROUTINE DGEMM\n      END\n" })).toEqual(["Fortran"]);
    expect(await names({ "legacy/solver.F77": "      PROGRAM MAIN\n      END\n" })).toEqual(["Fortran"]);
    expect(await names({ "src/heat.f08": "module heat\nend module heat\n", "src/io.f95": "module io\nend module io\n" })).toEqual(["Fortran"]);
    expect(await names({ "src/kernel.F03": "module kernel\nend module kernel\n", "src/macros.fpp": "#define N 3\n" })).toEqual(["Fortran"]);
  });
});

describe("Snakemake workflows", () => {
  it("a Snakefile and its rule files count as Python", async () => {
    const files = {
      "workflow/Snakefile": 'configfile: "config/config.yaml"\ninclude: "rules/qc.smk"\n',
      "workflow/rules/qc.smk": 'rule fastqc:\n    input: "a"\n    shell: "fastqc {input}"\n',
      "workflow/scripts/counts.R": "library(DESeq2)\n",
    };
    expect(await names(files)).toEqual(["Python", "R Language"]);
  });
});
