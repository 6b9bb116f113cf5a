import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";
import { dockerDetector } from "../detectors/docker/index.js";
import { readHealthcheckPrograms } from "../detectors/docker/compose.js";
import { byFile, detectorFindings } from "./detector-findings.js";

const named = (tools: ToolEntry[]) => tools.filter((t) => !t.package_url).map((t) => t.name);

// An object-storage service built from a local Dockerfile (FROM minio/minio), probed with curl.
const bucketCompose = `version: "3.7"

services:

  minio1:
    build:
      context: .
    volumes:
      - data:/data
    ports:
      - "9001:9000"
    command: server /data
    healthcheck:
      test: ["CMD", "curl", "-f", "https://localhost:9000/minio/health/live"]
      interval: 30s
      timeout: 20s
      retries: 3

volumes:
  data:
`;

describe("compose health checks", () => {
  it("a service whose health check runs curl names cURL", async () => {
    const { document } = await scan(new MemorySource({ "bucket/docker-compose.yml": bucketCompose }), { git: false });
    expect(named(document.tools)).toContain("cURL");
    expect(document.tools.find((t) => t.name === "cURL")).toMatchObject({ detection_source: "bucket/docker-compose.yml" });
  });

  it("a Dockerfile that runs curl, or a compose command that does, names no cURL", async () => {
    const { document } = await scan(
      new MemorySource({
        Dockerfile: "FROM debian:bookworm\nRUN apt-get update && apt-get install -y curl\nRUN curl -fsSL https://example.com/setup.sh | sh\n",
        "docker-compose.yml": "services:\n  app:\n    image: alpine:3.19\n    command: curl -f http://web/\n",
      }),
      { git: false },
    );
    expect(named(document.tools)).not.toContain("cURL");
    // Both files are read: their base images name their systems.
    expect(named(document.tools)).toEqual(expect.arrayContaining(["Debian", "Alpine Linux"]));
  });

  it("reads the CMD, CMD-SHELL and string forms; NONE and a disabled check run nothing", () => {
    const data = {
      services: {
        api: { image: "x", healthcheck: { test: ["CMD", "/usr/bin/curl", "-f", "http://localhost/"] } },
        web: { image: "x", healthcheck: { test: ["CMD-SHELL", "wget -q -O- http://localhost/ || exit 1"] } },
        db: { image: "x", healthcheck: { test: "pg_isready -U postgres && curl -f http://localhost:8080" } },
        off: { image: "x", healthcheck: { test: ["NONE"] } },
        disabled: { image: "x", healthcheck: { test: ["CMD", "curl", "http://x"], disable: true } },
      },
    };
    expect(readHealthcheckPrograms(data)).toEqual([
      { service: "api", program: "curl" },
      { service: "web", program: "wget" },
      { service: "web", program: "exit" },
      { service: "db", program: "pg_isready" },
      { service: "db", program: "curl" },
    ]);
  });

  it("the detector reports the program once per compose file, on the line that names it", async () => {
    const compose = "services:\n  a:\n    image: nginx:1.25\n    healthcheck:\n      test: [\"CMD\", \"curl\", \"-f\", \"http://localhost\"]\n  b:\n    image: redis:7\n    healthcheck:\n      test: curl -f http://localhost:8001 || exit 1\n";
    const { findings } = await detectorFindings(dockerDetector, { "docker-compose.yml": compose });
    expect(byFile(findings)).toEqual({ "docker-compose.yml": ["docker:nginx@3 1.25 ->1.25", "healthcheck-command:curl@5", "docker:redis@7 7 ->7.0.0"] });
  });
});
