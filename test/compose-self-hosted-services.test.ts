import { describe, expect, it } from "vitest";
import { scan, MemorySource } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";

// Compose files of self-hosted services: a database beside the browser UI that manages it, as a
// book's sample application runs them (an API, MinIO, PostgreSQL and the official Adminer image), and
// a home server's file synchronization.
const detect = async (files: Record<string, string>): Promise<Map<string, ToolEntry>> => {
  const { document } = await scan(new MemorySource(files), { git: false });
  return new Map(document.tools.filter((t) => !t.package_url).map((t) => [t.name, t]));
};

const compose = (adminerImage: string): string =>
  [
    'version: "3"',
    "services:",
    "  api:",
    "    build: PhotosApi",
    "    depends_on:",
    "      - minio",
    "      - db",
    "  minio:",
    "    image: quay.io/minio/minio",
    '    command: server /data --console-address ":9090"',
    "  db:",
    "    image: postgres:14.5-alpine",
    "    environment:",
    "      POSTGRES_DB: photos",
    "  adminer:",
    `    image: ${adminerImage}`,
    "    restart: always",
    "    depends_on:",
    "      - db",
    "    ports:",
    "      - 8080:8080",
    "",
  ].join("\n");

describe("a database manager's image in a compose file", () => {
  it("names Adminer, as the site shows it: without a category", async () => {
    const tools = await detect({ "demo-app/docker-compose.yml": compose("adminer") });
    const adminer = tools.get("Adminer");
    expect(adminer).toBeDefined();
    expect(adminer?.website_url).toBe("https://www.adminer.org/");
    expect(adminer?.category).toBeUndefined();
    expect(adminer?.version).toBeUndefined();
    expect(tools.get("PostgreSQL")?.version).toBe("14.5");
    expect(tools.get("Minio")).toBeDefined();
  });

  it("takes Adminer's release from the image tag", async () => {
    const tools = await detect({ "docker-compose.yml": compose("adminer:4.8.1-standalone") });
    expect(tools.get("Adminer")?.version).toBe("4.8.1");
  });
  it("names Syncthing from its own image and LinuxServer.io's, with the release only from its own", async () => {
    const own = await detect({
      "syncthing/docker-compose.yml": [
        'version: "3.8"',
        "services:",
        "  syncthing:",
        "    image: syncthing/syncthing:1.27",
        "    network_mode: host",
        "    volumes:",
        "      - /mnt/share/syncthing:/var/syncthing",
        "",
      ].join("\n"),
    });
    expect(own.get("Syncthing")?.version).toBe("1.27");
    expect(own.get("Syncthing")?.category).toBe("Assets and Media");
    const linuxserver = await detect({
      "docker-compose.yml": "services:\n  sync:\n    image: lscr.io/linuxserver/syncthing:1.27.2\n",
    });
    expect(linuxserver.get("Syncthing")).toBeDefined();
    expect(linuxserver.get("Syncthing")?.version).toBeUndefined();
  });
});

describe("databases the site lists as hosted services, run from their own images", () => {
  it("CockroachDB's and Couchbase's image tags are their releases; an emulator's tag (DynamoDB Local) and a client's number are not", async () => {
    const tools = await detect({
      "docker-compose.yml": "services:\n  db:\n    image: cockroachdb/cockroach:v23.1.13\n  cb:\n    image: couchbase/server:7.2.3\n  dynamo:\n    image: amazon/dynamodb-local:2.1.0\n",
      "go.mod": "module example.com/app\n\ngo 1.22\n\nrequire github.com/cockroachdb/cockroach-go/v2 v2.3.5\n",
    });
    expect(tools.get("CockroachDB")?.version).toBe("23.1.13");
    expect(tools.get("Couchbase")?.version).toBe("7.2.3");
    expect(tools.get("Amazon DynamoDB")).toBeDefined();
    expect(tools.get("Amazon DynamoDB")?.version).toBeUndefined();
    const clientOnly = await detect({ "go.mod": "module example.com/app\n\ngo 1.22\n\nrequire github.com/cockroachdb/cockroach-go/v2 v2.3.5\n" });
    expect(clientOnly.get("CockroachDB")).toBeDefined();
    expect(clientOnly.get("CockroachDB")?.version).toBeUndefined();
  });
});
