import { describe, expect, it } from "vitest";
import { scan, MemorySource, type Detector } from "../src/index.js";
import { imageReleases, imageVersion, releaseOfYear } from "../detectors/docker/image-version.js";
import { builtinCatalog } from "../src/catalog/load.js";

// One image that holds two tools and whose tag names a release of each: pgvector's images are
// PostgreSQL with the extension (`pg16`, `0.7.4-pg16`), PostGIS's are PostgreSQL with PostGIS
// (`16-3.4`). Each tool takes its own release from the tag, not the first tool's number.
const opts = { git: false, timestamp: "2024-01-01T00:00:00+00:00" } as const;
/** What a detector's context reads of the built-in catalog for an image's year-named release. */
const catalog = { lookup: (kind: string, key: string) => builtinCatalog().ids(kind, key), tableValue: (table: string, key: string) => builtinCatalog().tableValue(table, key) };

// A tool named without a release is "-" (toEqual would let an `undefined` stand for a tool not named at all).
async function releases(files: Record<string, string>): Promise<Record<string, string>> {
  const { document } = await scan(new MemorySource(files), opts);
  return Object.fromEntries(document.tools.filter((t) => ["pgvector", "PostgreSQL", "PostGIS", "TimescaleDB"].includes(t.name)).map((t) => [t.name, t.version ?? "-"]));
}

describe("an image's tag that names the release of each tool it holds", () => {
  it("gives pgvector and PostgreSQL their own releases from a compose file", async () => {
    const compose = "services:\n  db:\n    image: pgvector/pgvector:0.7.4-pg16\n    environment:\n      POSTGRES_PASSWORD: postgres\n";
    expect(await releases({ "docker-compose.yml": compose })).toEqual({ pgvector: "0.7.4", PostgreSQL: "16.0.0" });
  });

  it("gives PostgreSQL its major from a `pg16` tag and pgvector none, in a CI service", async () => {
    const workflow = [
      "name: test",
      "on: [push]",
      "jobs:",
      "  test:",
      "    runs-on: ubuntu-latest",
      "    services:",
      "      postgres:",
      "        image: pgvector/pgvector:pg16",
      "        ports: ['5432:5432']",
      "    steps:",
      "      - uses: actions/checkout@v4",
      "",
    ].join("\n");
    expect(await releases({ ".github/workflows/test.yml": workflow })).toEqual({ pgvector: "-", PostgreSQL: "16.0.0" });
  });

  it("names PostGIS beside PostgreSQL from a PostGIS image, each at its release", async () => {
    expect(await releases({ Dockerfile: "FROM postgis/postgis:15-3.4-alpine\nCOPY init.sql /docker-entrypoint-initdb.d/\n" })).toEqual({ PostGIS: "3.4.0", PostgreSQL: "15.0.0" });
    expect(await releases({ "docker-compose.yml": "services:\n  gis:\n    image: kartoza/postgis:16-3.4--v2024.03.17\n" })).toEqual({ PostGIS: "3.4", PostgreSQL: "16.0.0" });
    // A lone major is PostgreSQL's; PostGIS is whatever the image was built with.
    expect(await releases({ "docker-compose.yml": "services:\n  gis:\n    image: postgis/postgis:13-master\n" })).toEqual({ PostGIS: "-", PostgreSQL: "13.0.0" });
  });

  it("names PostGIS beside PostgreSQL from Semaphore's postgis service, whose release argument is PostgreSQL's", async () => {
    const semaphore = "version: v1.0\nblocks:\n  - task:\n      jobs:\n        - commands:\n            - sem-service start postgis 14\n";
    expect(await releases({ ".semaphore/semaphore.yml": semaphore })).toEqual({ PostGIS: "-", PostgreSQL: "14.0.0" });
  });

  it("reads each runtime's release after its name in nikolaik's python-nodejs tags", async () => {
    const { document } = await scan(new MemorySource({ Dockerfile: "FROM nikolaik/python-nodejs:python3.12-nodejs20-slim\n" }), opts);
    const tools = Object.fromEntries(document.tools.map((t) => [t.name, t.version ?? "-"]));
    expect(tools).toMatchObject({ Python: "3.12.0", "Node.js": "20.0.0" });
  });

  it("gives PHP the release of Bitnami's PHP-FPM tag too, and MariaDB (not Galera) that of its Galera image", async () => {
    const compose = "services:\n  php:\n    image: bitnami/php-fpm:8.2.15-debian-12-r4\n  db:\n    image: bitnami/mariadb-galera:11.2\n";
    const { document } = await scan(new MemorySource({ "docker-compose.yml": compose }), opts);
    const tools = Object.fromEntries(document.tools.map((t) => [t.name, t.version ?? "-"]));
    expect(tools).toMatchObject({ PHP: "8.2.15", "PHP-FPM": "8.2.15", MariaDB: "11.2", "Galera Cluster": "-" });
  });

  it("reads PostgreSQL's major and minor from Supabase's PostgreSQL build, and gives Supabase none", async () => {
    const { document } = await scan(new MemorySource({ Dockerfile: "FROM supabase/postgres:15.8.1.085\n" }), opts);
    const tools = Object.fromEntries(document.tools.map((t) => [t.name, t.version ?? "-"]));
    expect(tools).toMatchObject({ PostgreSQL: "15.8.0", Supabase: "-" });
  });

  it("reads TimescaleDB's release after `ts` in its HA images, and none from `pg16` alone", async () => {
    expect(await releases({ "docker-compose.yml": "services:\n  tsdb:\n    image: timescale/timescaledb-ha:pg16.2-ts2.14.2-all\n" })).toEqual({ TimescaleDB: "2.14.2" });
    expect(await releases({ "docker-compose.yml": "services:\n  tsdb:\n    image: timescale/timescaledb-ha:pg16\n" })).toEqual({ TimescaleDB: "-" });
  });

  // Microsoft tags its SQL Server images by the product's year (`2022-latest`, `2019-CU18-ubuntu-20.04`):
  // the year names a release line whose version is another number, SQL Server 2022 being 16.0, as a
  // SQL project's schema provider (Sql160) gives it; read as a version, the year made up "2022.0.0".
  it("reads Microsoft SQL Server's release from the year its image tags open with", async () => {
    const { document } = await scan(new MemorySource({ "docker-compose.yml": "services:\n  db:\n    image: mcr.microsoft.com/mssql/server:2022-latest\n    environment:\n      ACCEPT_EULA: 'Y'\n" }), opts);
    expect(document.tools.find((t) => t.name === "Microsoft SQL Server")?.version).toBe("16.0");
    expect(imageVersion("mssql/server", "2019-CU18-ubuntu-20.04", catalog)).toBe("15.0");
    expect(imageVersion("mssql/rhel/server", "2022-CU13-rhel-9.1", catalog)).toBe("16.0");
    expect(imageVersion("microsoft/mssql-server-linux", "2017-latest", catalog)).toBe("14.0");
    // a year this table does not know, and a tag naming no line, give none
    expect(imageVersion("mssql/server", "2030-latest", catalog)).toBeUndefined();
    expect(imageVersion("mssql/server", "latest", catalog)).toBeUndefined();
  });

  it("gives a Dockerfile's SQL Server image the year's release as a compose file does, and pads only a release its tag writes", async () => {
    const files = {
      "db/Dockerfile": "FROM mcr.microsoft.com/mssql/server:2022-latest\nENV ACCEPT_EULA=Y\n",
      "app/Dockerfile": "FROM ubuntu:22.04\nRUN apt-get update\n",
    };
    const { document } = await scan(new MemorySource(files), opts);
    const version = (name: string) => document.tools.find((t) => t.name === name && !t.package_url)?.version;
    expect(version("Microsoft SQL Server")).toBe("16.0");
    expect(version("Ubuntu")).toBe("22.04.0");
  });

  it("reads a bare year as a release line only for a tool numbered otherwise", () => {
    expect(releaseOfYear(["microsoft-sql-server"], "2019", catalog.tableValue)).toEqual({ release: "15.0" });
    expect(releaseOfYear(["microsoft-sql-server"], "2030", catalog.tableValue)).toEqual({ release: undefined });
    // not a year, or no tool with year-named lines: the caller reads the value as it would
    expect(releaseOfYear(["microsoft-sql-server"], "15.0", catalog.tableValue)).toBeUndefined();
    expect(releaseOfYear(["ubuntu"], "2022", catalog.tableValue)).toBeUndefined();
    expect(releaseOfYear(["constructor"], "2022", catalog.tableValue)).toBeUndefined();
  });

  it("leaves both without a release for a tag that names none", async () => {
    expect(imageReleases("pgvector/pgvector", "latest")).toEqual({});
    expect(imageVersion("pgvector/pgvector", "0.8.0-pg17-bookworm")).toBe("0.8.0");
    expect(imageReleases("pgvector/pgvector", "0.8.0-pg17-bookworm")).toEqual({ pgvector: "0.8.0", postgresql: "17.0.0" });
    expect(imageReleases("postgres", "16")).toBeUndefined();
  });
});

describe("a finding's per-tool releases (`versions`)", () => {
  // A detector of the caller's own reports one finding for a key that reveals two tools.
  const detector = (versions: unknown): Detector => ({
    name: "own",
    files: ["stack.txt"],
    detect: (ctx) => ctx.report({ ref: "docker:pgvector/pgvector", file: "stack.txt", version: "9.9.9", versions } as never),
  });
  const run = async (versions: unknown) => {
    const { document } = await scan(new MemorySource({ "stack.txt": "x" }), { ...opts, detectors: [detector(versions)] });
    return Object.fromEntries(document.tools.filter((t) => ["pgvector", "PostgreSQL"].includes(t.name)).map((t) => [t.name, t.version ?? "-"]));
  };

  it("decides every tool's release, and one it leaves out takes none", async () => {
    expect(await run({ postgresql: "15" })).toEqual({ pgvector: "-", PostgreSQL: "15" });
  });

  it("is ignored when it is not an object, and its values are read as the site writes versions", async () => {
    expect(await run("15")).toEqual({ pgvector: "9.9.9", PostgreSQL: "-" });
    // a list is no table of releases either (it erased every tool's version)
    expect(await run([])).toEqual({ pgvector: "9.9.9", PostgreSQL: "-" });
    expect(await run(["16"])).toEqual({ pgvector: "9.9.9", PostgreSQL: "-" });
    expect(await run({ postgresql: "^15", pgvector: "v0.7.4.1" })).toEqual({ pgvector: "0.7.4", PostgreSQL: "-" });
    expect(await run({ constructor: "1.0.0", postgresql: { toString: () => "16" } })).toEqual({ pgvector: "-", PostgreSQL: "-" });
  });
});
