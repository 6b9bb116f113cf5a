import { describe, expect, it } from "vitest";
import { toolVersions } from "./helpers.js";

// Service images of tools under the site list's import floor, each its project's own image as its
// documentation runs it, tagged with its release (a tag of one number written as x.0.0, as postgres:16 is); and dbt's trino adapter naming Trino beside dbt.
describe("tools named by their own images", () => {
  it("a compose file's Watchtower, Trino, Kafka UI, Nginx Proxy Manager and GlitchTip services", async () => {
    const compose = [
      "services:",
      "  updater:",
      "    image: containrrr/watchtower:1.7.1",
      "  query:",
      "    image: trinodb/trino:435",
      "  kafka-ui:",
      "    image: provectuslabs/kafka-ui:v0.7.1",
      "  proxy:",
      "    image: jc21/nginx-proxy-manager:2.11.1",
      "  errors:",
      "    image: glitchtip/glitchtip:v4.0",
      "",
    ].join("\n");
    const tools = await toolVersions({ "docker-compose.yml": compose });
    expect(tools).toMatchObject({ Watchtower: "1.7.1", Trino: "435.0.0", "Kafka UI": "0.7.1", "Nginx Proxy Manager": "2.11.1", GlitchTip: "4.0" });
  });

  it("Kafka UI's image under its new owner, kafbat", async () => {
    const tools = await toolVersions({ "docker-compose.yml": "services:\n  ui:\n    image: ghcr.io/kafbat/kafka-ui:v1.0.0\n" });
    expect(tools["Kafka UI"]).toBe("1.0.0");
  });
});

describe("dbt's trino adapter", () => {
  it("a profiles.yml output of type trino names Trino beside dbt", async () => {
    const tools = await toolVersions({
      "dbt_project.yml": "name: shop\nprofile: shop\n",
      "profiles.yml": "shop:\n  target: dev\n  outputs:\n    dev:\n      type: trino\n      host: localhost\n      port: 8080\n",
    });
    expect(Object.keys(tools)).toEqual(expect.arrayContaining(["dbt", "Trino"]));
  });
});
