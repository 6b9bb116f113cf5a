// Writes a synthetic monorepo shaped like real ones, deterministically from a seed:
// workspace packages, a pnpm-lock.yaml and a package-lock.json of over 2 MB each, Python, Go,
// Maven and Gradle modules, Dockerfiles, compose and CI files, an installed node_modules folder
// and .gitignored build output (both must be skipped), and source files for the rest.
import { mkdirSync, writeFileSync, rmSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";

const NPM = ["react", "react-dom", "next", "vue", "express", "fastify", "lodash", "axios", "zod", "dayjs", "jest", "vitest", "eslint", "prettier", "typescript", "webpack", "vite", "rollup", "mongoose", "pg", "redis", "ioredis", "graphql", "@apollo/client", "@nestjs/core", "rxjs", "tailwindcss", "sass", "storybook", "cypress"];
const PYPI = ["django", "flask", "fastapi", "celery", "sqlalchemy", "pytest", "numpy", "pandas", "requests", "boto3"];
const GO = ["github.com/gin-gonic/gin v1.9.1", "github.com/spf13/cobra v1.8.0", "gorm.io/gorm v1.25.5", "github.com/stretchr/testify v1.8.4"];

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generate(root, totalFiles, seed = 42) {
  const stamp = join(root, ".generated");
  if (existsSync(stamp)) return root;
  rmSync(root, { recursive: true, force: true });
  const random = rng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  let count = 0;
  const write = (path, text) => {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
    count++;
  };

  const workspaces = Math.max(10, Math.min(500, Math.round(totalFiles / 200)));
  write("package.json", JSON.stringify({ name: "bench-monorepo", private: true, packageManager: "pnpm@8.15.1", workspaces: ["packages/*"], devDependencies: { turbo: "^1.12.0", typescript: "^5.3.3" } }, null, 2));
  write("pnpm-workspace.yaml", "packages:\n  - 'packages/*'\n");
  write(".gitignore", "node_modules/\ndist/\n*.log\ncoverage/\n");
  let importers = "lockfileVersion: '9.0'\n\nimporters:\n\n  .:\n    devDependencies:\n      turbo:\n        specifier: ^1.12.0\n        version: 1.12.3\n";
  for (let i = 0; i < workspaces; i++) {
    const deps = {};
    for (let k = 0; k < 6; k++) deps[pick(NPM)] = `^${1 + Math.floor(random() * 9)}.${Math.floor(random() * 20)}.0`;
    write(`packages/pkg-${i}/package.json`, JSON.stringify({ name: `@bench/pkg-${i}`, version: "1.0.0", dependencies: deps }, null, 2));
    importers += `\n  packages/pkg-${i}:\n    dependencies:\n`;
    for (const [name, range] of Object.entries(deps)) {
      importers += `      '${name}':\n        specifier: '${range}'\n        version: ${range.slice(1)}\n`;
    }
  }
  let packages = "\npackages:\n";
  for (let i = 0; packages.length + importers.length < 2.2e6; i++) {
    packages += `\n  dep-${i}@1.${i % 50}.${i % 7}:\n    resolution: {integrity: sha512-${"x".repeat(86)}==}\n    engines: {node: '>=14'}\n    dependencies:\n      dep-${i + 1}: 1.0.0\n      dep-${i + 2}: 2.0.0\n`;
  }
  write("pnpm-lock.yaml", importers + packages);

  // A separate npm project with a big package-lock v3.
  const lockPackages = { "": { name: "legacy", dependencies: { express: "^4.18.2", lodash: "^4.17.21" } } };
  for (let i = 0, size = 0; size < 2.2e6; i++) {
    const entry = { version: `1.${i % 40}.0`, resolved: `https://registry.npmjs.org/dep-${i}/-/dep-${i}-1.0.0.tgz`, integrity: `sha512-${"y".repeat(86)}==`, license: "MIT", dependencies: { [`dep-${i + 1}`]: "^1.0.0" } };
    lockPackages[`node_modules/dep-${i}`] = entry;
    size += JSON.stringify(entry).length + 40;
  }
  lockPackages["node_modules/express"] = { version: "4.18.2", license: "MIT" };
  write("legacy/package.json", JSON.stringify({ name: "legacy", dependencies: { express: "^4.18.2", lodash: "^4.17.21" } }, null, 2));
  write("legacy/package-lock.json", JSON.stringify({ name: "legacy", lockfileVersion: 3, requires: true, packages: lockPackages }, null, 2));

  const services = Math.max(2, Math.round(workspaces / 10));
  for (let i = 0; i < services; i++) {
    write(`services/py-${i}/requirements.txt`, PYPI.slice(0, 3 + (i % 7)).map((p) => `${p}==${1 + (i % 4)}.${i % 10}.0`).join("\n") + "\n");
    write(`services/py-${i}/pyproject.toml`, `[project]\nname = "py-${i}"\nversion = "0.1.0"\ndependencies = ["${pick(PYPI)}>=1.0"]\n`);
    write(`services/py-${i}/Dockerfile`, `FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\n`);
    write(`services/go-${i}/go.mod`, `module example.com/svc${i}\n\ngo 1.22\n\nrequire (\n${GO.map((g) => `\t${g}`).join("\n")}\n)\n`);
    write(`services/java-${i}/pom.xml`, `<?xml version="1.0"?>\n<project><modelVersion>4.0.0</modelVersion><groupId>com.example</groupId><artifactId>svc${i}</artifactId><version>1.0</version>\n<parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>3.2.2</version></parent>\n<dependencies><dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency><dependency><groupId>junit</groupId><artifactId>junit</artifactId><version>4.13.2</version><scope>test</scope></dependency></dependencies></project>\n`);
    write(`services/android-${i}/app/build.gradle.kts`, `plugins { id("com.android.application") }\ndependencies {\n  implementation("androidx.core:core-ktx:1.12.0")\n  testImplementation("junit:junit:4.13.2")\n}\n`);
  }
  write("docker-compose.yml", "services:\n  db:\n    image: postgres:16\n  cache:\n    image: redis:7-alpine\n  queue:\n    image: rabbitmq:3-management\n");
  write("Dockerfile", "ARG NODE_VERSION=20\nFROM node:${NODE_VERSION}-alpine AS build\nRUN corepack enable\n");
  write(".github/workflows/ci.yml", "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n        with:\n          node-version: 20\n");
  write(".gitlab-ci.yml", "test:\n  image: node:20\n  script: [npm test]\n");

  // Skipped trees: installed dependencies and ignored build output.
  const skipped = Math.round(totalFiles * 0.15);
  for (let i = 0; i < skipped; i++) {
    if (i % 2) write(`node_modules/dep-${i % 400}/lib/file-${i}.js`, `module.exports = ${i};\n`);
    else write(`packages/pkg-${i % workspaces}/dist/chunk-${i}.js`, `export default ${i};\n`);
  }
  for (let i = 0; i < 40; i++) write(`node_modules/dep-${i}/package.json`, JSON.stringify({ name: `dep-${i}`, version: "1.0.0", dependencies: { lodash: "^4.0.0" } }));

  // Source files for the rest.
  const exts = [".ts", ".tsx", ".js", ".py", ".go", ".java", ".css", ".md"];
  for (let i = 0; count < totalFiles; i++) {
    const ext = exts[i % exts.length];
    const where = ext === ".py" ? `services/py-${i % services}/app` : ext === ".go" ? `services/go-${i % services}/internal` : ext === ".java" ? `services/java-${i % services}/src/main/java` : `packages/pkg-${i % workspaces}/src/dir-${i % 13}`;
    write(`${where}/file-${i}${ext}`, `// generated ${i}\n`);
  }
  writeFileSync(stamp, String(count));
  return root;
}
