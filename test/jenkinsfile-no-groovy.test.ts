import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// A Node service built by a declarative Jenkins pipeline (modelled on a NestJS microservice
// boilerplate with a Jenkinsfile, a Dockerfile and a few shell scripts).
const files = {
  "package.json": JSON.stringify({ name: "svc", dependencies: { "@nestjs/core": "^8.0.0" }, devDependencies: { typescript: "^4.5.0" } }),
  "src/main.ts": "import { NestFactory } from '@nestjs/core';\n",
  "scripts/build.sh": "#!/bin/sh\nnpm run build\n",
  Jenkinsfile: "pipeline {\n  agent any\n  stages {\n    stage('Build') { steps { sh 'npm ci && npm run build' } }\n  }\n}\n",
};

describe("a Jenkinsfile", () => {
  it("names Jenkins and no Groovy", async () => {
    const { document } = await scan(new MemorySource(files), { git: false });
    const names = document.tools.filter((t) => !t.package_url).map((t) => t.name);
    expect(names).toContain("Jenkins");
    expect(names).toContain("TypeScript");
    expect(names).not.toContain("Groovy");
  });

  it("leaves Groovy to .groovy sources", async () => {
    const { document } = await scan(new MemorySource({ ...files, "vars/deploy.groovy": "def call() { echo 'deploy' }\n" }), { git: false });
    expect(document.tools.map((t) => t.name)).toContain("Groovy");
  });
});
