import { describe, expect, it } from "vitest";
import { namedToolVersions } from "./helpers.js";

// CI systems other than GitHub Actions' steps (Jenkins, Buildkite, Drone, Woodpecker, Cloud Build,
// CodeBuild, Dagger): what their files plainly reveal, audited file by file.
const opts = { git: false, packages: false, timestamp: "2024-01-01T00:00:00+00:00" } as const;

describe("Dagger.io, the CI engine, is not Square's Dagger", () => {
  it("its action, SDKs and dagger.json name Dagger.io", async () => {
    const files = {
      ".github/workflows/ci.yml": "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: dagger/dagger-for-github@v6\n        with:\n          version: '0.13.3'\n          verb: call\n          args: test\n",
      "ci/dagger.json": '{\n  "name": "ci",\n  "sdk": "go",\n  "engineVersion": "v0.13.3"\n}\n',
      "ci/go.mod": "module acme.dev/ci\n\ngo 1.22\n\nrequire dagger.io/dagger v0.13.3\n",
      "tools/package.json": JSON.stringify({ name: "pipeline", private: true, dependencies: { "@dagger.io/dagger": "0.13.3" } }),
      "py/requirements.txt": "dagger-io==0.13.3\n",
    };
    expect(await namedToolVersions(files, ["Dagger.io", "Dagger"], opts)).toEqual({ "Dagger.io": "0.13.3", Dagger: "not named" });
  });
});
