import { describe, expect, it } from "vitest";
import { scan } from "../src/index.js";
import { fixture } from "./helpers.js";

// A Rails shop's deploy and CI files: Travis services and a database addon, CircleCI orbs and
// service images, Heroku's app.json add-ons, a Render Blueprint, a kustomization installing Argo CD
// from GitHub, and two side projects (a Haskell package, a Leiningen service).
describe("the ops-blueprints fixture", () => {
  it("names what each deploy and CI file provisions, with the file that showed it", async () => {
    const { document, warnings } = await scan(fixture("ops-blueprints"), { git: false, timestamp: "2024-01-01T00:00:00Z" });
    expect(warnings).toEqual([]);
    const tools = new Map(document.tools.filter((t) => !t.package_url).map((t) => [t.name, t]));
    const source = (name: string) => tools.get(name)?.detection_source;
    expect(source("MongoDB")).toBe(".travis.yml");
    expect(source("RabbitMQ")).toBe(".travis.yml");
    // Redis is also Heroku's add-on (app.json): a Travis service is no tool's source where another
    // file names the tool (kinds.yml's ci-step)
    expect(source("Redis")).toBe("app.json");
    expect(source("Heroku")).toBe("app.json");
    expect(source("Heroku Postgres")).toBe("app.json");
    expect(source("Heroku Redis")).toBe("app.json");
    expect(source("Heroku CI")).toBe("app.json");
    expect(source("Twilio SendGrid")).toBe("app.json");
    expect(source("Codecov")).toBe(".circleci/config.yml");
    expect(source("Amazon ECR")).toBe(".circleci/config.yml");
    expect(source("Render")).toBe("render.yaml");
    expect(tools.get("Argo")).toMatchObject({ version: "2.9.3", detection_source: "deploy/base/kustomization.yaml" });
    // The ingress-nginx chart the kustomization installs names it, and so does the Ingress of class
    // `nginx` it serves: the first file by path is the source.
    expect(source("NGINX")).toBe("deploy/base/ingress.yaml");
    // PostgreSQL's release: the CI service image's tag is the most exact of the three pins
    // (Travis addon 14, CircleCI cimg/postgres:14.9, Render's major 15)
    expect(tools.get("PostgreSQL")?.version).toBe("14.9");
    // the node orb runs the CI's tooling: no Node.js
    expect(tools.has("Node.js")).toBe(false);
    const packages = new Map(document.tools.filter((t) => t.package_url).map((t) => [t.name, t]));
    expect(packages.get("aeson")).toMatchObject({ version: "2.1", detection_source: "haskell/geo/geo.cabal" });
    expect(packages.has("geo")).toBe(false); // the package's own library
    expect(packages.get("ring/ring-core")).toMatchObject({ version: "1.10.0", detection_source: "clojure/project.clj" });
    expect(packages.has("org.clojure/clojure")).toBe(false); // no page on the site: Clojure is the tool
    expect(tools.get("Clojure")?.version).toBe("1.11.1");
  });
});
