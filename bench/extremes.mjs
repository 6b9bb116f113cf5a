// `node bench/extremes.mjs [--runs N] [--only NAME]`: techstack on inputs far past real ones, each
// a fresh process (median of N, default 3), to catch a cost that grows faster than its input:
//   monorepo   40,000 package.json files, each declaring lodash (one entry of 40,000 findings)
//   setup-py   one setup.py whose install_requires lists 200,000 requirements
//   npm-lock   a package-lock.json v3 of 5 MB
//   pnpm-lock  a pnpm-lock.yaml of 50 MB (read with --max-file-bytes above it)
//   yarn-lock  a classic yarn.lock of 30,000 entries
//   gemfile    a Gemfile.lock of 5,000 gems
//   go-sum     a go.mod beside a go.sum of 100,000 lines
//   pom-xml    a pom.xml of 19.8 MB (100,000 dependencies), just under the default 20 MiB limit
//   requirements  a pip-compile requirements.txt of 19.8 MB (hashes, `# via` lines), under it too
//   gitignore-rules  a .gitignore of 5,000 anchored rules (`build42/*.tmp`) over 5,000 files
//   gitignore-chain  500 folders nested, each with a .gitignore of its own, over 10,000 files
// Prints one row each: wall and CPU seconds, peak RSS, tools named. Build first: npm run build.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { scriptArgs } from "../scripts/script-args.mjs";

const USAGE = `usage: extremes.mjs [--runs N] [--only NAME]

techstack on inputs far past real ones (monorepo, setup-py, npm-lock, pnpm-lock, yarn-lock, gemfile,
go-sum, pom-xml, requirements, gitignore-rules, gitignore-chain), each a fresh process: wall and CPU seconds, peak RSS, tools named. Build first.
  --runs N      runs of each, their median (default 3)
  --only NAME   only the inputs whose name holds NAME`;
const { values } = scriptArgs(USAGE, { runs: { type: "string", default: "3" }, only: { type: "string", default: "" } });
const here = dirname(fileURLToPath(import.meta.url));
const runs = Number(values.runs);
const only = values.only;
const work = join(tmpdir(), "techstack-bench", "extremes");
if (!existsSync(join(here, "../dist/cli.js"))) throw new Error("build first: npm run build");

const NPM = ["react", "react-dom", "express", "lodash", "axios", "typescript", "jest", "webpack", "vite", "eslint"];
const manifest = () => JSON.stringify({ name: "app", version: "1.0.0", dependencies: Object.fromEntries(NPM.map((n) => [n, "^1.0.0"])) }, null, 2);

/** Each input: its files, written once (a stamp marks a finished tree), and any extra flags. */
const inputs = {
  monorepo: (put) => {
    put("package.json", JSON.stringify({ name: "mono", private: true, workspaces: ["packages/*"] }, null, 2));
    for (let i = 0; i < 40000; i++) put(`packages/p${i}/package.json`, JSON.stringify({ name: `@m/p${i}`, version: "1.0.0", dependencies: { lodash: "^4.17.21" } }, null, 2));
  },
  "setup-py": (put) => {
    const lines = ["from setuptools import setup", "", "setup(", '    name="big",', '    version="1.0",', "    install_requires=["];
    const named = ["django", "flask", "requests", "numpy", "celery", "sqlalchemy", "pytest", "boto3"];
    for (let i = 0; i < 200000; i++) lines.push(`        "${i % 50 === 0 ? named[i % 8] : `dep-${i}`}>=1.${i % 9}",`);
    put("setup.py", `${lines.join("\n")}\n    ],\n)\n`);
  },
  "npm-lock": (put) => {
    const packages = { "": { name: "app", version: "1.0.0", dependencies: Object.fromEntries(NPM.map((n) => [n, "^1.0.0"])) } };
    for (let i = 0, size = 0; size < 5e6; i++) {
      const name = i < NPM.length ? NPM[i] : `dep-${i}`;
      const entry = { version: `1.${i % 40}.${i % 7}`, resolved: `https://registry.npmjs.org/${name}/-/${name}-1.0.0.tgz`, integrity: `sha512-${"y".repeat(86)}==`, license: "MIT", dependencies: { [`dep-${i + 1}`]: "^1.0.0" } };
      if (i % 3 === 0) entry.dev = true;
      packages[`node_modules/${name}`] = entry;
      if (i % 5 === 0) packages[`node_modules/${name}/node_modules/dep-${i + 3}`] = { version: "0.1.0" };
      size += JSON.stringify(entry).length + 60;
    }
    put("package.json", manifest());
    put("package-lock.json", JSON.stringify({ name: "app", version: "1.0.0", lockfileVersion: 3, requires: true, packages }, null, 2));
  },
  "pnpm-lock": (put) => {
    const head = ["lockfileVersion: '9.0'", "", "importers:", "", "  .:", "    dependencies:"];
    for (const n of NPM) head.push(`      ${n}:`, "        specifier: ^1.0.0", "        version: 1.0.0");
    const packages = [];
    const snapshots = [];
    for (let i = 0, size = 0; size < 5e7; i++) {
      const key = `${i < NPM.length ? NPM[i] : `dep-${i}`}@1.${i % 50}.${i % 7}`;
      const p = `\n  ${key}:\n    resolution: {integrity: sha512-${"x".repeat(86)}==}\n    engines: {node: '>=14'}\n`;
      const s = `\n  ${key}:\n    dependencies:\n      dep-${i + 1}: 1.0.0\n      dep-${i + 2}: 2.0.0(react@18.2.0)\n`;
      packages.push(p);
      snapshots.push(s);
      size += p.length + s.length;
    }
    put("package.json", manifest());
    put("pnpm-lock.yaml", `${head.join("\n")}\n\npackages:\n${packages.join("")}\nsnapshots:\n${snapshots.join("")}`);
  },
  "yarn-lock": (put) => {
    const parts = ["# yarn lockfile v1\n\n\n"];
    for (let i = 0; i < 30000; i++) {
      const name = i < NPM.length ? NPM[i] : `dep-${i}`;
      parts.push(`"${name}@^1.0.0", "${name}@^1.${i % 9}.0":\n  version "1.${i % 50}.${i % 7}"\n  resolved "https://registry.yarnpkg.com/${name}/-/${name}-1.0.0.tgz#abc"\n  integrity sha512-${"z".repeat(86)}==\n  dependencies:\n    dep-${i + 1} "^1.0.0"\n    dep-${i + 2} "^2.0.0"\n\n`);
    }
    put("package.json", manifest());
    put("yarn.lock", parts.join(""));
  },
  gemfile: (put) => {
    const gems = ["rails", "puma", "pg", "sidekiq", "rspec-rails", "devise", "nokogiri", "redis"];
    const specs = [];
    for (let i = 0; i < 5000; i++) specs.push(`    ${i < gems.length ? gems[i] : `gem-${i}`} (${1 + (i % 5)}.${i % 10}.${i % 3})\n      gem-${i + 1} (>= 1.0)\n      gem-${i + 2} (~> 2.0, >= 2.0.1)\n`);
    put("Gemfile", `source "https://rubygems.org"\n\n${gems.map((g) => `gem "${g}"`).join("\n")}\n`);
    put("Gemfile.lock", `GEM\n  remote: https://rubygems.org/\n  specs:\n${specs.join("")}\nPLATFORMS\n  ruby\n\nDEPENDENCIES\n${gems.map((g) => `  ${g}`).join("\n")}\n\nRUBY VERSION\n   ruby 3.2.2p53\n\nBUNDLED WITH\n   2.4.10\n`);
  },
  "go-sum": (put) => {
    const mods = ["github.com/gin-gonic/gin", "gorm.io/gorm", "github.com/spf13/cobra", "github.com/stretchr/testify"];
    const lines = [];
    for (let i = 0; i < 50000; i++) {
      const m = i < mods.length ? mods[i] : `github.com/org${i % 300}/mod-${i}`;
      lines.push(`${m} v1.${i % 30}.${i % 9} h1:${"A".repeat(43)}=`, `${m} v1.${i % 30}.${i % 9}/go.mod h1:${"B".repeat(43)}=`);
    }
    put("go.mod", `module example.com/app\n\ngo 1.22\n\nrequire (\n${mods.map((m) => `\t${m} v1.0.0`).join("\n")}\n)\n`);
    put("go.sum", `${lines.join("\n")}\n`);
  },
  "pom-xml": (put) => {
    const known = [["org.springframework.boot", "spring-boot-starter-web"], ["org.postgresql", "postgresql"], ["org.junit.jupiter", "junit-jupiter"]];
    const deps = [];
    for (let i = 0, size = 0; size < 19.8e6; i++) {
      const [group, artifact] = i < known.length ? known[i] : [`com.example.group${i % 500}`, `artifact-${i}`];
      const dep = `      <dependency>\n        <groupId>${group}</groupId>\n        <artifactId>${artifact}</artifactId>\n        <version>1.${i % 30}.${i % 9}</version>${i % 4 === 0 ? "\n        <scope>test</scope>" : ""}\n      </dependency>\n`;
      deps.push(dep);
      size += dep.length;
    }
    const parent = "  <parent>\n    <groupId>org.springframework.boot</groupId>\n    <artifactId>spring-boot-starter-parent</artifactId>\n    <version>3.2.0</version>\n  </parent>\n";
    put("pom.xml", `<?xml version="1.0" encoding="UTF-8"?>\n<project xmlns="http://maven.apache.org/POM/4.0.0">\n  <modelVersion>4.0.0</modelVersion>\n${parent}  <groupId>com.example</groupId>\n  <artifactId>big</artifactId>\n  <version>1.0.0</version>\n  <dependencies>\n${deps.join("")}  </dependencies>\n</project>\n`);
    put("Dockerfile", "FROM eclipse-temurin:17-jre\nCOPY target/app.jar /app.jar\n");
  },
  requirements: (put) => {
    const named = ["django", "flask", "requests", "numpy", "celery", "sqlalchemy", "pytest", "boto3"];
    const hash = (i) => i.toString(16).padStart(8, "0").repeat(8);
    const parts = ["#\n# This file is autogenerated by pip-compile with Python 3.11\n#\n#    pip-compile --generate-hashes requirements.in\n#\n"];
    for (let i = 0, size = 0; size < 19.8e6; i++) {
      const part = `${i < named.length ? named[i] : `dep-${i}`}==1.${i % 30}.${i % 9} \\\n    --hash=sha256:${hash(i)} \\\n    --hash=sha256:${hash(i + 7)}\n    # via -r requirements.in\n`;
      parts.push(part);
      size += part.length;
    }
    put("requirements.txt", parts.join(""));
  },
  "gitignore-rules": (put) => {
    put("package.json", manifest());
    put(".gitignore", `${Array.from({ length: 5000 }, (_, i) => `build${i}/*.tmp`).join("\n")}\n`);
    for (let d = 0; d < 50; d++) for (let f = 0; f < 100; f++) put(`src${d}/f${f}.ts`, "");
  },
  "gitignore-chain": (put) => {
    put("package.json", manifest());
    let dir = "";
    for (let i = 0; i < 500; i++) {
      dir += `d${i}/`;
      put(`${dir}.gitignore`, `/gen${i}/*.out\n!keep${i}.log\nsrc/**/tmp\n`);
      for (let f = 0; f < 20; f++) put(`${dir}f${f}.txt`, "");
    }
  },
};
const flags = { "pnpm-lock": ["--max-file-bytes", String(64 * 1024 * 1024)] };

function materialize(name) {
  const root = join(work, name);
  if (existsSync(join(root, ".generated"))) return root;
  rmSync(root, { recursive: true, force: true });
  inputs[name]((path, text) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  });
  writeFileSync(join(root, ".generated"), "");
  return root;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [["input", "wall s", "cpu s", "peak MB", "tools"]];
for (const name of Object.keys(inputs).filter((n) => n.includes(only))) {
  const dir = materialize(name);
  const all = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [join(here, "measure.mjs"), "ours", dir, ...(flags[name] ?? [])], { encoding: "utf8", maxBuffer: 1 << 28 });
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    if (r.status !== 0) throw new Error(`${name} failed: ${r.stderr.slice(-500)}`);
    all.push({ seconds, ...JSON.parse(r.stderr.trim().split("\n").filter((l) => l.startsWith("{")).pop()) });
  }
  rows.push([name, median(all.map((r) => r.seconds)).toFixed(2), median(all.map((r) => r.cpuS)).toFixed(2), median(all.map((r) => r.rssMB)).toFixed(0), String(all[0].tools)]);
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
console.log(rows.map((r) => r.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join("  ")).join("\n"));
