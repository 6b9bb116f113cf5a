import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// Scientific toolchains a workflow sets up or a compose file runs: MATLAB (matlab-actions/setup-matlab,
// MathWorks' image, both named by a release such as R2023b that is no numeric version) and Fortran
// (fortran-lang/setup-fortran's compiler), as actions/setup-python names Python.
const opts = { git: false, disable: ["languages"] };
const workflow = (steps: string) => `on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n${steps}`;

describe("scientific toolchains from CI and images", () => {
  it("matlab-actions/setup-matlab and the mathworks/matlab image name MATLAB without a version", async () => {
    const ci = workflow("      - uses: matlab-actions/setup-matlab@v2\n        with:\n          release: R2023b\n      - uses: matlab-actions/run-build@v2\n");
    for (const files of [{ ".github/workflows/ci.yml": ci }, { "docker-compose.yml": "services:\n  matlab:\n    image: mathworks/matlab:r2023b\n" }] as Array<Record<string, string>>) {
      const { document } = await scan(new MemorySource(files), opts);
      const matlab = document.tools.find((t) => t.name === "MATLAB");
      expect(matlab, Object.keys(files)[0]).toMatchObject({ detection_source: Object.keys(files)[0] });
      expect(matlab?.version).toBeUndefined();
    }
  });

  it("fortran-lang/setup-fortran names Fortran, not at its compiler's version", async () => {
    const ci = workflow("      - uses: fortran-lang/setup-fortran@v1\n        with:\n          compiler: gcc\n          version: 13\n      - run: fpm test\n");
    const { document } = await scan(new MemorySource({ ".github/workflows/ci.yml": ci }), opts);
    const fortran = document.tools.find((t) => t.name === "Fortran");
    expect(fortran).toMatchObject({ detection_source: ".github/workflows/ci.yml" });
    expect(fortran?.version).toBeUndefined();
  });
});
