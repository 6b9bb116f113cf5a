import { describe, expect, it } from "vitest";
import { builtinCatalog, isClear, resolve } from "../src/index.js";

// "apache" alone is the web server people mean by it (the site's Apache HTTP Server); the vendor
// word before another project's name ("apache superset") stays that project's maker, and names
// no web server.
describe("a vendor's word typed alone or before a project", () => {
  const catalog = builtinCatalog();
  const best = (q: string) => resolve(catalog, q, 5);

  it("apache is Apache HTTP Server, clearly", () => {
    const matches = best("apache");
    expect(matches[0]!.tool.name).toBe("Apache HTTP Server");
    expect(isClear(matches)).toBe(true);
  });

  it("apache before a project is that project's maker: the project, clearly, and no web server", () => {
    for (const [query, name] of [["apache superset", "Superset"], ["apache kafka", "Kafka"], ["apache spark", "Apache Spark"], ["apache flink", "Apache Flink"], ["apache tomcat", "Apache Tomcat"], ["Apache Airflow", "Airflow"]] as const) {
      const matches = best(query);
      expect([query, matches[0]?.tool.name, isClear(matches)]).toEqual([query, name, true]);
    }
  });

  it("apache before a word that names no project is no sure web server", () => {
    const matches = best("apache frobnicator");
    expect(matches[0]?.tool.name === "Apache HTTP Server" && isClear(matches)).toBe(false);
  });
});
