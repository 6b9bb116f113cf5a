import { describe, expect, it } from "vitest";
import { imageFinding, imageReleases, imageVersion, releaseOfYear } from "../detectors/docker/image-version.js";
import { builtinCatalog } from "../src/catalog/load.js";

const catalog = { lookup: (kind: string, key: string) => builtinCatalog().ids(kind, key), tableValue: (table: string, key: string) => builtinCatalog().tableValue(table, key) };

// detectors/docker/image-version.ts called directly: what a finding of an image holds, and a year
// written with spaces around it (a CI input read as text).

describe("releaseOfYear", () => {
  it("reads a year with spaces around it, for the first tool of the list whose lines are named by year", () => {
    expect(releaseOfYear(["microsoft-sql-server"], " 2022 ", catalog.tableValue)).toEqual({ release: "16.0" });
    expect(releaseOfYear(["ubuntu", "microsoft-sql-server"], "2017", catalog.tableValue)).toEqual({ release: "14.0" });
    expect(releaseOfYear([], "2022", catalog.tableValue)).toBeUndefined();
    expect(releaseOfYear(["microsoft-sql-server"], "12022", catalog.tableValue)).toBeUndefined();
    expect(releaseOfYear(["microsoft-sql-server"], "20222", catalog.tableValue)).toBeUndefined();
  });
});

describe("imageFinding", () => {
  it("holds the image, its tag and release, and per-tool releases only for an image that names several", () => {
    expect(imageFinding({ name: "postgres", tag: "16.2-alpine" }, catalog)).toStrictEqual({ ref: "docker:postgres", declared: "16.2-alpine", version: "16.2" });
    expect(imageFinding({ name: "redis" }, catalog)).toStrictEqual({ ref: "docker:redis", declared: undefined, version: undefined });
    expect(imageFinding({ name: "pgvector/pgvector", tag: "0.7.4-pg16" }, catalog)).toStrictEqual({
      ref: "docker:pgvector/pgvector",
      declared: "0.7.4-pg16",
      version: "0.7.4",
      versions: { pgvector: "0.7.4", postgresql: "16.0.0" },
    });
  });

  it("gives a multi-tool image's tools no key at all where the tag names none of theirs", () => {
    expect(imageReleases("pgvector/pgvector", "latest")).toStrictEqual({});
    expect(imageReleases("pgvector/pgvector", "pg17")).toStrictEqual({ postgresql: "17.0.0" });
    expect(imageReleases("pgvector/pgvector", undefined)).toBeUndefined();
  });

  it("reads a year-tagged image's year only where the layout's release pattern finds one", () => {
    expect(imageVersion("mssql/server", "2022", catalog)).toBe("16.0");
    expect(imageVersion("mssql/server", undefined)).toBeUndefined();
    expect(imageVersion("postgres", undefined)).toBeUndefined();
  });

  it("gives a Dev Container image's own major alone no release (it is the image's, not the runtime's)", () => {
    expect(imageVersion("devcontainers/python", "1-bookworm")).toBeUndefined();
    expect(imageVersion("devcontainers/python", "1")).toBeUndefined();
    expect(imageVersion("devcontainers/python", "1-3.12-bookworm")).toBe("3.12");
    expect(imageVersion("devcontainers/javascript-node", "0-18")).toBe("18.0.0");
  });
});
