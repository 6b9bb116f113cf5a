import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { readPipfileLock } from "../detectors/python/pipenv.js";

// pipenv resolved [dev-packages] apart from [packages] (before 2022), so one Pipfile.lock can hold
// Flask 2.3.3 under `default` and 3.0.2 under `develop`. The tool comes from [packages]: its
// release is `default`'s.
const pipfile = [
  "[[source]]",
  'url = "https://pypi.org/simple"',
  "verify_ssl = true",
  'name = "pypi"',
  "",
  "[packages]",
  'flask = "~=2.3"',
  'sqlalchemy = ">=1.4,<2"',
  "",
  "[dev-packages]",
  'pytest = "*"',
  'flask = "*"',
  'sqlalchemy = "*"',
  "",
].join("\n");
const lock = JSON.stringify(
  {
    _meta: { hash: { sha256: "00" }, "pipfile-spec": 6, requires: { python_version: "3.11" }, sources: [] },
    default: {
      flask: { hashes: [], index: "pypi", version: "==2.3.3" },
      sqlalchemy: { hashes: [], index: "pypi", version: "==1.4.51" },
    },
    develop: {
      flask: { hashes: [], index: "pypi", version: "==3.0.2" },
      pytest: { hashes: [], index: "pypi", version: "==8.0.2" },
      sqlalchemy: { hashes: [], index: "pypi", version: "==2.0.27" },
    },
  },
  null,
  4,
);

describe("Pipfile.lock holding a package under default and develop at different releases", () => {
  it("takes default's release for [packages], develop's only for what default lacks", async () => {
    const { document } = await scan(new MemorySource({ Pipfile: pipfile, "Pipfile.lock": lock }), { git: false });
    const pick = (name: string) => document.tools.find((t) => t.name === name);
    expect(pick("Flask")).toMatchObject({ version: "2.3.3", detection_source: "Pipfile", detection_source_url: "Pipfile.lock" });
    expect(pick("SQLAlchemy")).toMatchObject({ version: "1.4.51", detection_source_url: "Pipfile.lock" });
    expect(document.tools.find((t) => t.name === "pytest" && t.package_url)).toMatchObject({ version: "8.0.2" });
  });

  it("reads default before develop", () => {
    const read = readPipfileLock(JSON.parse(lock));
    expect(Object.fromEntries(read)).toEqual({ flask: "2.3.3", sqlalchemy: "1.4.51", pytest: "8.0.2" });
  });
});
