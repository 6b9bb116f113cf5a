import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { pkg, tool } from "./helpers.js";

// Front-end apps that declare a chart library's framework wrapper, or a GraphQL client's
// framework binding, beside (or, where npm 7+ installs the peer, instead of) the library itself.
// Each wrapper is numbered apart from its library: it names the library's tool without giving it
// its own release, and a declared library still gives the tool its own.
const scanDeps = (deps: Record<string, string>) =>
  scan(
    new MemorySource({
      "package.json": JSON.stringify({ name: "charts-app", private: true, scripts: { dev: "vite" }, dependencies: deps }, null, 2),
      "src/main.ts": "export {}\n",
    }),
    { git: false },
  );

describe("chart wrappers and urql's bindings", () => {
  it.each([
    ["echarts-for-react", "^3.0.2", "ECharts"],
    ["vue-echarts", "^7.0.3", "ECharts"],
    ["ngx-echarts", "^18.0.0", "ECharts"],
    ["highcharts-vue", "^2.0.1", "Highcharts"],
    ["highcharts-angular", "^4.0.1", "Highcharts"],
    ["@urql/vue", "^1.4.2", "URQL"],
    ["@urql/core", "^5.0.8", "URQL"],
  ])("%s names %s without its own release", async (name, range, toolName) => {
    const { document } = await scanDeps({ [name]: range });
    expect(tool(document.tools, toolName)).toBeDefined();
    expect(tool(document.tools, toolName)?.version).toBeUndefined();
    expect(pkg(document.tools, name)).toBeDefined();
  });

  it("beside the library, the tool takes the library's release", async () => {
    const { document } = await scanDeps({ echarts: "^5.5.1", "vue-echarts": "^7.0.3", highcharts: "^11.4.6", "highcharts-vue": "^2.0.1" });
    expect(tool(document.tools, "ECharts")).toMatchObject({ version: "5.5.1" });
    expect(tool(document.tools, "Highcharts")).toMatchObject({ version: "11.4.6" });
  });
});
