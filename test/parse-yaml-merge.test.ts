import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { parseYaml, parseYamlAll } from "../src/parse/yaml.js";

const opts = { git: false } as const;

describe("YAML merge keys", () => {
  it("apply, as compose and GitLab CI read them; a `<<` that merges no mapping stays a plain key", () => {
    const text = "x-common: &common\n  image: apache/airflow:2.9.3\n  restart: always\nservices:\n  web:\n    <<: *common\n    restart: 'no'\n  worker:\n    <<: [*common]\n";
    expect(parseYaml(text)).toEqual({
      "x-common": { image: "apache/airflow:2.9.3", restart: "always" },
      services: { web: { image: "apache/airflow:2.9.3", restart: "no" }, worker: { image: "apache/airflow:2.9.3", restart: "always" } },
    });
    expect(parseYaml("a:\n  <<: 5\n  b: 1.10\n")).toEqual({ a: { "<<": "5", b: "1.10" } });
    expect(parseYamlAll("a: &a\n  k: v\n---\nb:\n  <<: 5\n")).toEqual([{ a: { k: "v" } }, { b: { "<<": "5" } }]);
  });

  it("Airflow's own compose file: the image its services share through an anchor names Airflow", async () => {
    const compose = [
      "x-airflow-common:",
      "  &airflow-common",
      "  image: ${AIRFLOW_IMAGE_NAME:-apache/airflow:2.9.3}",
      "  environment:",
      "    &airflow-common-env",
      "    AIRFLOW__CORE__EXECUTOR: CeleryExecutor",
      "services:",
      "  postgres:",
      "    image: postgres:13",
      "  airflow-webserver:",
      "    <<: *airflow-common",
      "    command: webserver",
      "  airflow-scheduler:",
      "    <<: *airflow-common",
      "    command: scheduler",
      "",
    ].join("\n");
    const { document } = await scan(new MemorySource({ "docker-compose.yaml": compose }), opts);
    expect(document.tools.find((t) => t.name === "Airflow")).toMatchObject({ version: "2.9.3", detection_source: "docker-compose.yaml" });
  });
});
