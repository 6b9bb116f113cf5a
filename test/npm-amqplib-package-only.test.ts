import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { pkg, tool } from "./helpers.js";

describe("amqplib", () => {
  // Modelled on a Next.js app that publishes chat events over AMQP with amqplib.
  const manifest = JSON.stringify({
    name: "chat",
    private: true,
    dependencies: { amqplib: "^0.10.3", next: "^13.4.2", react: "18.2.0", "react-dom": "18.2.0" },
    devDependencies: { "@types/amqplib": "^0.10.2", typescript: "^5.1.6" },
  });

  it("is a package entry naming no RabbitMQ", async () => {
    const { document } = await scan(new MemorySource({ "app/package.json": manifest }), { git: false });
    expect(tool(document.tools, "RabbitMQ")).toBeUndefined();
    expect(pkg(document.tools, "amqplib")).toBeDefined();
    expect(tool(document.tools, "Next.js")).toBeDefined();
  });

  it("still names RabbitMQ with --all-tools", async () => {
    const { document } = await scan(new MemorySource({ "app/package.json": manifest }), { git: false, allTools: true });
    expect(tool(document.tools, "RabbitMQ")).toBeDefined();
  });

  it("leaves RabbitMQ to a broker the project runs", async () => {
    const compose = "services:\n  broker:\n    image: rabbitmq:3.12-management\n";
    const { document } = await scan(new MemorySource({ "package.json": manifest, "docker-compose.yml": compose }), { git: false });
    expect(tool(document.tools, "RabbitMQ")?.version).toBe("3.12");
  });
});
