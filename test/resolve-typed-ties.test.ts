import { describe, expect, it } from "vitest";
import { builtinCatalog, resolve } from "../src/index.js";
import { isClear } from "../src/catalog/clear-match.js";

// Names typed for the catalog's most popular tools (lowercased, without spaces or "js", slugs,
// "X charts" / "X db" / "X ci", aliases), run through submit --manual's rule: these were refused as
// ambiguous without a terminal though one tool was plainly meant.
const catalog = builtinCatalog();
const top = (q: string, n = 2) => resolve(catalog, q, n).map((r) => r.tool.name);
const clearFor = (q: string) => isClear(resolve(catalog, q, 10));

describe("ties where one tool was plainly meant", () => {
  // Before: Helm and Google Charts both 0.88 ("charts" is Google Charts only with "google" put
  // before it), so the first led by nothing and submit refused it; so for 305 of the 400 tools'
  // "X charts".
  it.each([["helm charts", "Helm"], ["react charts", "React"], ["docker charts", "Docker"], ["postgresql charts", "PostgreSQL"]])(
    "a word that is a product only with its vendor put before it yields to a tool's own key: %s is %s",
    (q, name) => {
      expect(top(q, 1)).toEqual([name]);
      expect(clearFor(q)).toBe(true);
    },
  );

  it("two tools joined by a joining word both stay (the user names two)", () => {
    expect(top("postgres on rds")).toEqual(["PostgreSQL", "Amazon RDS"]);
  });

  // Before: Kafka 0.97 and Kafka UI 0.95 ("kafka db" without its db is Kafka's name, and Kafka UI's
  // only without its UI too); GraphQL 0.97 and graphql-js 0.96.
  it.each([["kafka db", "Kafka"], ["graphql db", "GraphQL"], ["angular db", "Angular"], ["jquery db", "jQuery"], ["tensorflow db", "TensorFlow"]])(
    "a key reached only by dropping its own suffix yields to the query's stem as written: %s is %s",
    (q, name) => {
      expect(top(q, 1)).toEqual([name]);
      expect(clearFor(q)).toBe(true);
    },
  );

  // Before: GraphQL 0.88 and graphql-js 0.87, Scala and Scala.js so.
  it.each([["graphql ci", "GraphQL"], ["scala ci", "Scala"], ["tensorflow ci", "TensorFlow"]])("among other words as well: %s is %s", (q, name) => {
    expect(top(q, 1)).toEqual([name]);
    expect(clearFor(q)).toBe(true);
  });

  // Before: "aws ecs" (an alias of Amazon EC2 Container Service as typed) and Amazon ECS (its name
  // with AWS spelled Amazon) both 0.99.
  it("a key typed as written comes before another tool's name reached by respelling the vendor", () => {
    expect(top("aws ecs", 1)).toEqual(["Amazon EC2 Container Service"]);
    expect(clearFor("aws ecs")).toBe(true);
    expect(top("amazon ecs", 1)).toEqual(["Amazon ECS"]);
  });
});

describe("two tools a phrase names, one far more popular", () => {
  // Before: jQuery and Stack (the Haskell build tool, 152 on the site's popularity figure against
  // jQuery's 327,812) both 0.88; so for 303 of the 400 tools' "X stack". As for two close spellings,
  // one 100 or more times as popular is set 0.15 ahead, a clear guess.
  it.each([["jquery stack", "jQuery"], ["php stack", "PHP"], ["wordpress stack", "WordPress"]])("%s is %s", (q, name) => {
    expect(top(q, 1)).toEqual([name]);
    expect(clearFor(q)).toBe(true);
    expect(resolve(catalog, q, 2)[1]?.score).toBeLessThanOrEqual(0.88 - 0.15 + 1e-9);
  });

  it("two about as popular stay a tie, and a joining word keeps both", () => {
    expect(clearFor("docker kubernetes")).toBe(false);
    expect(top("docker kubernetes").sort()).toEqual(["Docker", "Kubernetes"]);
    expect(top("postgres on rds")).toEqual(["PostgreSQL", "Amazon RDS"]);
    expect(resolve(catalog, "postgres on rds", 2).map((r) => r.score)).toEqual([0.88, 0.88]);
  });
});
