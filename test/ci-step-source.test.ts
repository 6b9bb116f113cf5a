import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// A tool a CI service's step names (a workflow's action, a Travis service, an Azure task) is cited
// from another file that names it too, where there is one: the site cites a CI file for another tool
// only where no other file names it (no other tool cited from a workflow, a .travis.yml, a CircleCI,
// GitLab or Azure Pipelines file in the 59 corpus stack files; held out, kingsley-einstein/jobber-auth's
// PostgreSQL from package.json over a Travis service). Modelled
// on corpus novuhq/novu (New Relic cited from apps/api/package.json, not the deploy workflow's
// newrelic/deployment-marker-action; Netlify from apps/web/netlify.toml, not the workflow's
// nwtgck/actions-netlify; MongoDB from .devcontainer/docker-compose.yml, not the composite action
// starting it) and held-out kalwabed/fire-todo (Firebase from package.json, not
// FirebaseExtended/action-hosting-deploy). A tool only a step names keeps the step's file.

async function document(files: Record<string, string>) {
  return (await scan(new MemorySource(files), { git: false })).document;
}

function source(doc: Awaited<ReturnType<typeof document>>, name: string) {
  return doc.tools.find((t) => t.name === name && !t.package_url)?.detection_source;
}

const deployApi = `name: Deploy DEV API
on:
  workflow_dispatch:
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v3
      - name: New Relic Application Deployment Marker
        uses: newrelic/deployment-marker-action@v2.3.0
        with:
          apiKey: \${{ secrets.NEW_RELIC_API_KEY }}
          region: EU
          guid: "\${{ secrets.NEW_RELIC_ENTITY_GUID_API }}"
          version: "\${{ env.NR_RELEASE_VERSION }}"
`;

const deployEmbed = `name: Deploy DEV Embed
on:
  workflow_dispatch:
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v3
      - name: Deploy Embed to DEV
        uses: nwtgck/actions-netlify@v1.2
        with:
          publish-dir: apps/widget/build
          production-deploy: true
        env:
          NETLIFY_AUTH_TOKEN: \${{ secrets.NETLIFY_AUTH_TOKEN }}
`;

const setupProject = `name: Setup Novu Monorepo
description: Sets up the whole monorepo and install dependencies
runs:
  using: composite
  steps:
    - name: Start MongoDB
      uses: supercharge/mongodb-github-action@1.7.0
      with:
        mongodb-version: 4.2.8
`;

describe("a tool a CI step names", () => {
  it("is cited from a manifest, a host's own file or a compose file naming it too, sorting after the CI file", async () => {
    const doc = await document({
      ".github/workflows/dev-deploy-api.yml": deployApi,
      ".github/workflows/dev-deploy-embed.yml": deployEmbed,
      ".github/actions/setup-project/action.yml": setupProject,
      ".devcontainer/docker-compose.yml": "version: '3'\nservices:\n  mongodb:\n    image: mongo\n    ports:\n      - 27017:27017\n",
      "apps/api/package.json": JSON.stringify({ name: "@novu/api", dependencies: { newrelic: "^9.15.0", "@nestjs/core": "^10.2.2" } }),
      "apps/web/netlify.toml": '[build]\n  command = "pnpm build"\n  publish = "build"\n',
    });
    expect(source(doc, "New Relic")).toBe("apps/api/package.json");
    expect(source(doc, "Netlify")).toBe("apps/web/netlify.toml");
    expect(source(doc, "MongoDB")).toBe(".devcontainer/docker-compose.yml");
    expect(source(doc, "GitHub Actions")).toBe(".github/workflows/dev-deploy-api.yml");
  });

  it("the release a step installs still gives the version and its URL", async () => {
    const { document: doc } = await scan(new MemorySource({
      ".github/actions/setup-project/action.yml": setupProject,
      ".devcontainer/docker-compose.yml": "version: '3'\nservices:\n  mongodb:\n    image: mongo\n",
    }), { git: false });
    const mongo = doc.tools.find((t) => t.name === "MongoDB")!;
    expect([mongo.version, mongo.detection_source, mongo.detection_source_url]).toEqual(["4.2.8", ".devcontainer/docker-compose.yml", ".github/actions/setup-project/action.yml"]);
  });

  it("a tool only a step names keeps the step's file", async () => {
    const doc = await document({ ".github/workflows/dev-deploy-api.yml": deployApi });
    expect(source(doc, "New Relic")).toBe(".github/workflows/dev-deploy-api.yml");
  });

  it("a Travis service beside a driver in package.json: the package.json", async () => {
    // held-out kingsley-einstein/jobber-auth: Travis starts PostgreSQL, package.json declares pg; the
    // site cites package.json
    const doc = await document({
      ".travis.yml": "language: node_js\nnode_js:\n  - 12\nservices:\n  - postgresql\n",
      "package.json": JSON.stringify({ name: "jobber-auth", dependencies: { express: "^4.17.1", pg: "^7.14.0", sequelize: "^5.21.2" } }),
    });
    expect(source(doc, "PostgreSQL")).toBe("package.json");
  });

  it("of the other files naming it, the one its ranks pick: compose's default file over a variant that sorts first", async () => {
    // A workflow starts MongoDB 6.0 for the tests (its release); docker-compose.dev.yml and
    // docker-compose.yml both run an untagged mongo: the default file is cited, as it would be
    // without the workflow (kinds.yml's variant-files).
    const ci = "name: CI\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - name: Start MongoDB\n        uses: supercharge/mongodb-github-action@1.10.0\n        with:\n          mongodb-version: '6.0'\n      - run: npm test\n";
    const compose = "services:\n  mongo:\n    image: mongo\n    ports:\n      - 27017:27017\n";
    const { document: doc } = await scan(new MemorySource({ ".github/workflows/ci.yml": ci, "docker-compose.dev.yml": compose, "docker-compose.yml": compose }), { git: false });
    const mongo = doc.tools.find((t) => t.name === "MongoDB")!;
    expect([mongo.version, mongo.detection_source]).toEqual(["6.0", "docker-compose.yml"]);
    const { document: without } = await scan(new MemorySource({ "docker-compose.dev.yml": compose, "docker-compose.yml": compose }), { git: false });
    expect(source(without, "MongoDB")).toBe("docker-compose.yml");
  });
});
