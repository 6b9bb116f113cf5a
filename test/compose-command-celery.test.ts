import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";
import { dockerDetector } from "../detectors/docker/index.js";
import { readServiceCommandPrograms } from "../detectors/docker/compose.js";
import { byFile, detectorFindings } from "./detector-findings.js";

const named = (tools: ToolEntry[]) => tools.filter((t) => !t.package_url).map((t) => t.name);

// Superset's web, worker and beat services from one prebuilt image (modelled on an infrastructure
// repository's image build files): the workers run Celery, whose package is in no file of the repository.
const supersetCompose = `---
x-superset-image: &superset-image example/superset@\${SUPERSET_IMAGE_SHA}
version: "3.8"
services:
  traefik:
    image: traefik:v2.10
    command:
    - "--configFile=/etc/traefik/traefik.yaml"
  superset:
    image: *superset-image
    env_file: .env
    ports:
    - 8088:8088
  superset-worker:
    image: *superset-image
    command: ["celery", "--app=superset.tasks.celery_app:app", "worker", "-O", "fair", "-l", "INFO"]
    env_file: .env
  superset-worker-beat:
    image: *superset-image
    command: ["celery", "--app=superset.tasks.celery_app:app", "beat", "-l", "INFO"]
    env_file: .env
`;

// The same services started by a bootstrap script, whose worker's health check pings Celery.
const bootstrapCompose = `version: "3.7"
services:
  redis:
    image: redis:7
  superset-worker:
    image: apache/superset:latest-dev
    command: ["/app/docker/docker-bootstrap.sh", "worker"]
    healthcheck:
      test: ["CMD-SHELL", "celery -A superset.tasks.celery_app:app inspect ping -d celery@$$HOSTNAME"]
`;

describe("compose services that run Celery", () => {
  it("a service whose command runs celery names Celery, from that compose file", async () => {
    const { document } = await scan(new MemorySource({ "images/superset/docker-compose.yaml": supersetCompose }), { git: false });
    expect(named(document.tools)).toContain("Celery");
    expect(document.tools.find((t) => t.name === "Celery")).toMatchObject({ detection_source: "images/superset/docker-compose.yaml" });
  });

  it("a worker whose health check pings Celery names Celery beside the images' tools", async () => {
    const { document } = await scan(new MemorySource({ "docker-compose.yaml": bootstrapCompose }), { git: false });
    expect(named(document.tools)).toEqual(expect.arrayContaining(["Celery", "Redis", "Superset"]));
  });

  it("the compose finding gives Celery no release; the release its package pins stays", async () => {
    const alone = await scan(new MemorySource({ "docker-compose.yaml": supersetCompose }), { git: false });
    const celery = alone.document.tools.find((t) => t.name === "Celery" && !t.package_url);
    expect(celery).toBeDefined();
    expect(celery?.version).toBeUndefined();
    const pinned = await scan(
      new MemorySource({ "docker-compose.yaml": supersetCompose, "requirements.txt": "celery==5.3.6\nredis==5.0.1\n" }),
      { git: false },
    );
    expect(pinned.document.tools.find((t) => t.name === "Celery" && !t.package_url)).toMatchObject({ version: "5.3.6" });
  });

  it("reads entrypoint and command in the shell form, the exec form and a shell's -c line", () => {
    const data = {
      services: {
        worker: { image: "x", command: "celery -A proj worker --loglevel=info" },
        beat: { image: "x", command: ["sh", "-c", "sleep 5 && celery -A proj beat"] },
        web: { image: "x", entrypoint: ["/usr/local/bin/gunicorn"], command: ["app:wsgi"] },
        plain: { image: "x" },
      },
    };
    expect(readServiceCommandPrograms(data)).toEqual([
      { service: "worker", program: "celery" },
      { service: "beat", program: "sleep" },
      { service: "beat", program: "celery" },
      { service: "web", program: "gunicorn" },
    ]);
  });

  it("the detector reports it once per compose file, on the line that first names the program", async () => {
    const { findings } = await detectorFindings(dockerDetector, { "docker-compose.yaml": supersetCompose });
    expect(byFile(findings)["docker-compose.yaml"]).toContain("compose-command:celery@16");
    expect(byFile(findings)["docker-compose.yaml"]!.filter((f) => f.startsWith("compose-command:"))).toHaveLength(1);
  });
});
