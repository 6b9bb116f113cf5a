import fc from "fast-check";
import { describe, it } from "vitest";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fixture, ROOT, readTree } from "./helpers.js";
import { jsonDeps, jsonObject, jsonValue, nameOf, property, RUNS, TIMEOUT, tomlKey, tomlLines, tomlValue, version, xmlAttr, xmlText, yamlFlow, yamlScalar, type Tree } from "./fuzz-structured-kit.js";

// Structure-aware fuzzing: test/fuzz.test.ts mutates the fixtures' bytes, which mostly breaks a
// manifest's syntax and stops its reader at the parser. The generators here write documents that
// parse (JSON, YAML, TOML, XML and the line formats as their tools write them) with hostile values
// where a reader expects a string or a table: numbers, arrays, objects, empty and prototype keys
// (`__proto__`, `constructor`), references to missing keys and reference cycles, YAML anchors,
// merge keys and alias chains, import cycles. What must hold for any of them: the scan neither
// throws nor lets a detector fail, finishes at once (a budget of plain linear work, see
// work-budget.ts), names a file of the tree in each warning, gives a document the schema accepts,
// and still reports the good manifests beside the hostile ones.
// FUZZ_RUNS sets the cases per generator (the suite's default is small; a long run may set thousands),
// FUZZ_SEED the seed (each failure prints its own).
// The shared pieces (the check, the hostile keys and values, JSON, YAML, TOML and XML text) are in
// fuzz-structured-kit.ts; test/fuzz-ecosystems.test.ts fuzzes the other ecosystems with them.

// ---------------------------------------------------------------------------------------------
// npm: package.json and its lockfiles.

const NPM_NAMES = ["express", "react", "react-dom", "vue", "@angular/core", "typescript", "eslint", "next", "jest", "vitest", "webpack", "@prisma/client", "prisma", "firebase", "mongoose", "pg", "redis", "tailwindcss", "@nestjs/core", "svelte", "a", "b"];
const npmName = nameOf(NPM_NAMES);

const packageJson = (extra: fc.Arbitrary<ReadonlyArray<readonly [string, string]>> = fc.constant([])) =>
  fc
    .tuple(
      fc.array(
        fc.oneof(
          { weight: 4, arbitrary: fc.tuple(fc.constantFrom("dependencies", "devDependencies", "peerDependencies", "optionalDependencies", "resolutions", "overrides"), jsonDeps(NPM_NAMES)) },
          { weight: 1, arbitrary: fc.tuple(fc.constant("engines"), jsonDeps(["node", "npm", "pnpm", "yarn", "bun", "vscode"])) },
          { weight: 1, arbitrary: fc.tuple(fc.constant("packageManager"), fc.oneof(fc.constantFrom("pnpm@8.15.0", "yarn@4.1.0+sha256.abc", "npm@", "bun@1", "pnpm", "@", "yarn@berry").map((v) => JSON.stringify(v)), jsonValue)) },
          { weight: 1, arbitrary: fc.tuple(fc.constant("workspaces"), fc.oneof(fc.array(fc.constantFrom("packages/*", "apps/**", "a", "", "!x", "../out", "/", "*", "__proto__")).map((g) => JSON.stringify(g)), fc.constantFrom('{"packages":["packages/*"],"nohoist":["**"]}', '{"packages":"x"}', '"packages/*"'), jsonValue)) },
          { weight: 1, arbitrary: fc.tuple(fc.constantFrom("name", "version", "private", "type", "main", "scripts", "pnpm", "volta", "browserslist", "eslintConfig", "prettier", "jest", "devEngines", "catalog", "catalogs", "bundleDependencies", "bundledDependencies", "trustedDependencies", "__proto__", "constructor", ""), jsonValue) },
        ),
        { maxLength: 10 },
      ),
      extra,
    )
    .map(([fields, more]) => jsonObject([...fields, ...more]));

/** A package-lock.json entry: a good one, or one of odd shape. */
const lockEntry = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(version, fc.option(npmName)).map(([v, n]) => jsonObject([["version", JSON.stringify(v)], ...(n === null ? [] : [["name", JSON.stringify(n)] as const])])) },
  { weight: 1, arbitrary: fc.constantFrom('{"link":true,"resolved":"packages/a"}', '{"link":"yes"}', "{}", "null", "1", "[]", '{"version":{"v":"1"}}', '{"version":["1.0.0"]}', '{"version":"npm:"}', '{"version":"npm:@@1"}', '{"version":"npm:x@1.0.0","name":7}', '{"dev":true}', '{"license":{}}') },
  { weight: 1, arbitrary: jsonValue },
);
const lockPath = fc.oneof(
  fc.constantFrom("", "packages/a", "packages/a/node_modules/react", "node_modules/a", "node_modules/node_modules/node_modules/react", "node_modules/@scope/", "node_modules/", "node_modules/__proto__", "__proto__", "constructor", "packages/__proto__", "node_modules/react/node_modules/react"),
  npmName.map((n) => `node_modules/${n}`),
);
const packageLock = fc.oneof(
  // v1: nested by name.
  fc.letrec<{ deps: string }>((tie) => ({
    deps: fc.array(fc.tuple(npmName, fc.oneof({ depthSize: "small" }, lockEntry, fc.tuple(version, tie("deps")).map(([v, d]) => jsonObject([["version", JSON.stringify(v)], ["dependencies", d]])))), { maxLength: 6 }).map(jsonObject),
  })).deps.map((deps) => jsonObject([["name", '"app"'], ["lockfileVersion", "1"], ["dependencies", deps]])),
  // v2 / v3: flat by install path; v2 may keep v1's map beside it.
  fc.tuple(fc.constantFrom("2", "3", '"3"', "null", "99"), fc.array(fc.tuple(lockPath, lockEntry), { maxLength: 8 }), fc.option(jsonValue)).map(([v, packages, legacy]) =>
    jsonObject([["lockfileVersion", v], ["packages", jsonObject(packages)], ...(legacy === null ? [] : [["dependencies", legacy] as const])]),
  ),
);

/** yarn.lock, classic or berry, as line text. */
const yarnSpec = fc.tuple(npmName, fc.oneof(version, version.map((v) => `npm:${v}`), fc.constantFrom("workspace:.", "workspace:packages/a", "npm:preact@^10", "patch:typescript@npm%3A^5.4.5#~builtin<compat/typescript>"))).map(([n, r]) => `${n}@${r}`);
const yarnEntry = fc.tuple(
  fc.array(yarnSpec, { minLength: 1, maxLength: 3 }),
  fc.boolean(),
  fc.array(
    fc.oneof(
      version.map((v) => `  version "${v}"`),
      version.map((v) => `  version: ${v}`),
      fc.constantFrom('  resolved "https://registry.yarnpkg.com/x/-/x-1.0.0.tgz"', '  resolution: "app@workspace:."', '  resolution: "@acme/ui@workspace:packages/ui"', '  resolution: "x@workspace:"', "  dependencies:", '    x "^1.0.0"', "  languageName: node", "  linkType: soft", "  version", "  version:", "version 1", "  checksum: 10/abc"),
    ),
    { maxLength: 6 },
  ),
).map(([specs, quoted, body]) => `${specs.map((s) => (quoted ? `"${s}"` : s)).join(", ")}:\n${body.join("\n")}`);
const yarnLock = fc.tuple(fc.constantFrom("# yarn lockfile v1\n", "__metadata:\n  version: 8\n  cacheKey: 10\n", ""), fc.array(yarnEntry, { maxLength: 6 })).map(([head, entries]) => `${head}\n${entries.join("\n\n")}\n`);

/** pnpm-lock.yaml, versions 5, 6 and 9, in the block form pnpm writes, with odd values. */
const pnpmDepValue = fc.oneof(
  { weight: 3, arbitrary: version.map(yamlScalar) },
  { weight: 2, arbitrary: fc.tuple(version, version).map(([s, v]) => `\n        specifier: ${yamlScalar(s)}\n        version: ${yamlScalar(v)}`) },
  { weight: 1, arbitrary: fc.constantFrom("link:../x", "'link:../../packages/ui'", "{}", "\n        specifier: ^1", "\n        version: {a: 1}", "\n        version: [1]", "\n        version:", "/react/18.2.0", "/react@18.2.0(x@1)", "'@scope/x@2.1.0(react@18.3.1)'") },
  { weight: 1, arbitrary: yamlFlow },
);
const pnpmSection = fc.uniqueArray(fc.tuple(fc.constantFrom("dependencies", "devDependencies", "optionalDependencies", "specifiers"), fc.uniqueArray(fc.tuple(npmName, pnpmDepValue), { maxLength: 5, selector: ([n]) => n })), { maxLength: 3, selector: ([k]) => k });
const pnpmLock = fc
  .tuple(
    fc.constantFrom("5.4", "'6.0'", "'9.0'", "6.1", "{}", "x"),
    fc.boolean(),
    fc.uniqueArray(fc.tuple(fc.constantFrom(".", "packages/a", "apps/web", "__proto__", "constructor", "''", "..", "packages/a/"), pnpmSection), { maxLength: 3, selector: ([p]) => p }),
    pnpmSection,
    fc.array(fc.tuple(npmName, version, fc.constantFrom("/", "@", "")), { maxLength: 6 }),
    fc.option(fc.constantFrom("anchors", "merge", "flow")),
  )
  .map(([lockVersion, withImporters, importers, root, packages, odd]) => {
    const section = (deps: typeof root, indent: string) => deps.map(([name, entries]) => `${indent}${name}:\n${entries.map(([n, v]) => `${indent}  ${yamlScalar(n)}: ${v.replace(/\n {8}/g, `\n${indent}    `)}`).join("\n")}`).join("\n");
    const lines = [`lockfileVersion: ${lockVersion}`, ""];
    if (withImporters) lines.push("importers:", "", importers.map(([path, deps]) => `  ${path}:\n${section(deps, "    ")}`).join("\n\n"), "");
    else lines.push(section(root, ""), "");
    lines.push("packages:", "", packages.map(([n, v, sep]) => `  ${sep === "/" ? `/${n}/${v}` : sep === "@" ? `/${n}@${v}` : `'${n}@${v}'`}:\n    resolution: {integrity: sha512-x}`).join("\n\n"));
    if (odd === "anchors") lines.push("importers2: &a\n  x: 1\nother: *a");
    if (odd === "merge") lines.push("x-base: &b {dependencies: {react: 1.0.0}}\ndependencies:\n  <<: *b");
    if (odd === "flow") lines.push("dependencies: {react: {version: [1, 2]}, __proto__: {version: 1.0.0}}");
    return `${lines.join("\n")}\n`;
  });

describe("structure-aware fuzzing: npm", () => {
  it(`package.json of hostile values, alone and in workspaces (${RUNS} cases)`, () =>
    property(
      fc.tuple(packageJson(), fc.option(packageJson()), fc.option(fc.constantFrom("20", "v18.17.0", "lts/*", "node", "", "x"))).map(([root, child, nvmrc]) => {
        const tree: Tree = { "package.json": root };
        if (child !== null) tree["packages/a/package.json"] = child;
        if (nvmrc !== null) tree[".nvmrc"] = nvmrc;
        return tree;
      }),
    ), TIMEOUT);

  it(`package-lock.json v1-v3 of odd entries, beside a package.json (${RUNS} cases)`, () =>
    property(fc.tuple(packageJson(fc.constant([["workspaces", '["packages/*"]'] as const])), packageLock, fc.option(packageJson())).map(([pkg, lock, child]) => ({ "package.json": pkg, "package-lock.json": lock, ...(child === null ? {} : { "packages/a/package.json": child }) }))),
  TIMEOUT);

  it(`yarn.lock, classic and berry, of odd entries (${RUNS} cases)`, () =>
    property(fc.tuple(packageJson(), yarnLock, fc.option(packageJson())).map(([pkg, lock, child]) => ({ "package.json": pkg, "yarn.lock": lock, ...(child === null ? {} : { "packages/a/package.json": child }) }))),
  TIMEOUT);

  it(`pnpm-lock.yaml v5-v9 of odd entries and importers (${RUNS} cases)`, () =>
    property(
      fc.tuple(packageJson(), pnpmLock, fc.option(packageJson()), fc.option(fc.constantFrom("packages:\n  - packages/*\n", "packages: x\n", "catalog:\n  react: ^18.2.0\ncatalogs:\n  react18: {react: 18.2.0}\n", "catalog: [1]\n"))).map(([pkg, lock, child, workspace]) => ({
        "package.json": pkg,
        "pnpm-lock.yaml": lock,
        ...(child === null ? {} : { "packages/a/package.json": child }),
        ...(workspace === null ? {} : { "pnpm-workspace.yaml": workspace }),
      })),
    ), TIMEOUT);
});

// ---------------------------------------------------------------------------------------------
// Python: pyproject.toml, poetry.lock, Pipfile, Pipfile.lock, uv.lock.

// Not django: a lockfile's local package of that name (the repository's own project, `source = { editable = "." }`)
// rightly takes the name from every manifest, the good one's too.
const PY_NAMES = ["flask", "fastapi", "requests", "numpy", "pandas", "torch", "celery", "sqlalchemy", "pytest", "python", "black", "poetry-core", "setuptools", "Flask", "psycopg2-binary"];
const pyName = nameOf(PY_NAMES);
const pySpec = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(pyName, fc.constantFrom("", "==", ">=", "~=", "<", "===", " @ ", "[x]==", ";python_version<'3.8'"), version).map(([n, op, v]) => `${n}${op}${v}`) },
  { weight: 1, arbitrary: fc.constantFrom("", " ", "-e .", "git+https://github.com/a/b.git@v1#egg=b", "django @ file:///x", "[", "django[", "django==4.2.9; extra == 'x'", "-r other.txt", "--index-url x") },
  { weight: 1, arbitrary: fc.string({ maxLength: 16 }) },
);
const tomlSpecs = fc.array(pySpec, { maxLength: 5 }).map((xs) => `[${xs.map((x) => JSON.stringify(x)).join(", ")}]`);
const poetryDep = fc.oneof(
  version.map((v) => JSON.stringify(v)),
  fc.tuple(version, fc.constantFrom("", ', extras = ["x"]', ", optional = true", ', python = "^3.8"', ', git = "https://x"', ", path = '../x', develop = true", ", version = 1", ", markers = 2")).map(([v, more]) => `{ version = ${JSON.stringify(v)}${more} }`),
  fc.array(version, { maxLength: 3 }).map((vs) => `[${vs.map((v) => `{ version = ${JSON.stringify(v)} }`).join(", ")}]`),
);
const pyproject = fc
  .tuple(
    fc.option(fc.tuple(fc.oneof(tomlSpecs, tomlValue), fc.oneof(version.map((v) => JSON.stringify(v)), tomlValue), fc.oneof(fc.constant("{ dev = [\"pytest\"], docs = 1 }"), tomlValue))),
    fc.option(fc.tuple(tomlLines(pyName, poetryDep), tomlLines(pyName, poetryDep), fc.constantFrom("dev", "test", "__proto__", "constructor", "a.b"))),
    fc.option(fc.tuple(fc.oneof(tomlSpecs, tomlValue), fc.oneof(fc.constantFrom('"hatchling.build"', '"poetry.core.masonry.api"', '"setuptools.build_meta"', '""'), tomlValue))),
    fc.option(fc.constantFrom('[tool.uv]\ndev-dependencies = ["pytest>=8"]\n', "[tool.uv]\ndev-dependencies = 1\n", '[dependency-groups]\ndev = ["pytest", { include-group = "dev" }]\n', '[dependency-groups]\na = [{ include-group = "b" }]\nb = [{ include-group = "a" }]\n', '[tool.pdm.dev-dependencies]\ntest = ["pytest"]\n', "[tool.setuptools]\npackages = 1\n", "[tool]\npoetry = 1\n", "[project]\n")),
  )
  .map(([project, poetry, build, more]) => {
    const parts: string[] = [];
    if (project) parts.push(`[project]\nname = "x"\ndependencies = ${project[0]}\nrequires-python = ${project[1]}\noptional-dependencies = ${project[2]}\n`);
    if (poetry) parts.push(`[tool.poetry.dependencies]\n${poetry[0]}\n`, `[tool.poetry.group.${tomlKey(poetry[2])}.dependencies]\n${poetry[1]}\n`);
    if (build) parts.push(`[build-system]\nrequires = ${build[0]}\nbuild-backend = ${build[1]}\n`);
    if (more && !(project && more.startsWith("[project]"))) parts.push(more);
    return parts.join("\n");
  });
const tomlPackages = fc
  .array(
    fc.tuple(pyName, fc.oneof(version.map((v) => JSON.stringify(v)), tomlValue), fc.constantFrom("", 'category = "dev"\n', "optional = true\n", "dependencies = { x = 1 }\n", 'source = { editable = "." }\n', 'source = { virtual = "." }\n', "[package.dependencies]\ndjango = \">=4\"\n")),
    { maxLength: 6 },
  )
  .map((ps) => ps.map(([n, v, more]) => `[[package]]\nname = ${JSON.stringify(n)}\nversion = ${v}\n${more}`).join("\n"));
const poetryLock = fc.tuple(tomlPackages, fc.constantFrom("", '[metadata]\npython-versions = "^3.11"\n', "[metadata]\npython-versions = 3\n", '[metadata]\nlock-version = "2.0"\n')).map(([p, m]) => `${p}\n${m}`);
const uvLock = fc.tuple(fc.constantFrom("version = 1\n", 'requires-python = ">=3.12"\n', "requires-python = 1\n", ""), tomlPackages).map(([h, p]) => `${h}\n${p}`);
const pipfile = fc
  .tuple(tomlLines(pyName, poetryDep), tomlLines(pyName, poetryDep), fc.oneof(version.map((v) => `[requires]\npython_version = ${JSON.stringify(v)}\n`), tomlValue.map((v) => `[requires]\npython_full_version = ${v}\n`), fc.constant("")))
  .map(([a, b, r]) => `[packages]\n${a}\n\n[dev-packages]\n${b}\n\n${r}`);
const pipfileLock = fc
  .tuple(fc.oneof(jsonDeps(PY_NAMES), fc.array(fc.tuple(pyName, fc.oneof(version.map((v) => `{"version":${JSON.stringify(`==${v}`)}}`), jsonValue)), { maxLength: 5 }).map(jsonObject)), jsonDeps(PY_NAMES), fc.oneof(version.map((v) => `{"requires":{"python_version":${JSON.stringify(v)}}}`), jsonValue))
  .map(([d, dev, meta]) => jsonObject([["_meta", meta], ["default", d], ["develop", dev]]));
const requirements = fc.array(pySpec, { maxLength: 8 }).map((xs) => xs.join("\n"));

describe("structure-aware fuzzing: Python", () => {
  it(`pyproject.toml (PEP 621, Poetry, uv, PDM) with poetry.lock or uv.lock of odd tables (${RUNS} cases)`, () =>
    property(
      fc.tuple(pyproject, fc.option(poetryLock), fc.option(uvLock), fc.option(pyproject)).map(([p, pl, ul, child]) => ({
        "pyproject.toml": p,
        ...(pl === null ? {} : { "poetry.lock": pl }),
        ...(ul === null ? {} : { "uv.lock": ul }),
        ...(child === null ? {} : { "libs/a/pyproject.toml": child }),
      })),
    ), TIMEOUT);

  it(`Pipfile, Pipfile.lock and requirements files of odd entries (${RUNS} cases)`, () =>
    property(
      fc.tuple(fc.option(pipfile), fc.option(pipfileLock), requirements, fc.option(fc.constantFrom("-r requirements.txt\n", "-r dev.txt\n-r requirements.txt\n", "-c requirements.txt\n-r ../requirements/dev.txt\n"))).map(([pf, pl, req, dev]) => ({
        ...(pf === null ? {} : { Pipfile: pf }),
        ...(pl === null ? {} : { "Pipfile.lock": pl }),
        "requirements.txt": req,
        ...(dev === null ? {} : { "dev.txt": dev.replace("-r dev.txt\n", "-r requirements.txt\n-r dev.txt\n") }),
      })),
    ), TIMEOUT);
});

// ---------------------------------------------------------------------------------------------
// Maven: pom.xml with empty, nested and repeated elements, property cycles, parents that loop.

const MVN = [["org.springframework.boot", "spring-boot-starter-web"], ["org.springframework.boot", "spring-boot-starter-parent"], ["org.postgresql", "postgresql"], ["junit", "junit"], ["org.projectlombok", "lombok"], ["com.fasterxml.jackson.core", "jackson-databind"], ["org.apache.kafka", "kafka-clients"], ["", ""], ["${g}", "${a}"]] as const;
const propName = fc.constantFrom("a", "b", "c", "spring.version", "java.version", "maven.compiler.source", "project.version", "revision", "__proto__", "constructor", "");
const pomProperties = fc
  .array(fc.tuple(propName, fc.oneof(xmlText, propName.map((p) => `\${${p}}`), fc.array(propName, { minLength: 2, maxLength: 4 }).map((ps) => ps.map((p) => `\${${p}}`).join("")))), { maxLength: 8 })
  .map((ps) => `<properties>${ps.map(([k, v]) => (k ? `<${k}>${v}</${k}>` : "<_/>")).join("")}</properties>`);
const pomDependency = fc
  .tuple(fc.constantFrom(...MVN), fc.option(xmlText), fc.constantFrom("", "<scope>test</scope>", "<scope>import</scope><type>pom</type>", "<version/>", "<version><version>1</version></version>", "<version>1</version><version>2</version>", '<artifactId attr="x">y</artifactId>', "<exclusions><exclusion/></exclusions>", "<groupId/>"))
  .map(([[g, a], v, more]) => `<dependency><groupId>${g}</groupId><artifactId>${a}</artifactId>${v === null ? "" : `<version>${v}</version>`}${more}</dependency>`);
const pom = fc
  .tuple(
    fc.option(fc.tuple(fc.constantFrom(...MVN), xmlText, fc.constantFrom("", "<relativePath/>", "<relativePath>../pom.xml</relativePath>", "<relativePath>pom.xml</relativePath>", "<relativePath>../app/pom.xml</relativePath>", "<relativePath>..</relativePath>"))),
    fc.option(pomProperties),
    fc.array(pomDependency, { maxLength: 5 }),
    fc.array(pomDependency, { maxLength: 3 }),
    fc.constantFrom("", "<modules><module>app</module></modules>", "<modules><module>.</module><module>app</module><module>../</module></modules>", "<modules/>", "<modules><module><module>app</module></module></modules>"),
    fc.constantFrom("", "<build><plugins><plugin><artifactId>maven-compiler-plugin</artifactId><configuration><release>${java.version}</release></configuration></plugin></plugins></build>", "<build><plugins/></build>", "<build><plugins><plugin/><plugin><groupId>org.springframework.boot</groupId></plugin></plugins></build>", "<profiles><profile><properties><a>${b}</a></properties></profile></profiles>"),
    fc.constantFrom("<groupId>com.acme</groupId><artifactId>app</artifactId><version>1.0</version>", "<groupId>${g}</groupId><artifactId>${a}</artifactId><version>${revision}</version>", "", "<artifactId/><version><![CDATA[1]]></version>"),
  )
  .map(([parent, props, deps, managed, modules, build, coords]) =>
    [
      '<?xml version="1.0" encoding="UTF-8"?>\n<project xmlns="http://maven.apache.org/POM/4.0.0">',
      "<modelVersion>4.0.0</modelVersion>",
      coords,
      parent ? `<parent><groupId>${parent[0][0]}</groupId><artifactId>${parent[0][1]}</artifactId><version>${parent[1]}</version>${parent[2]}</parent>` : "",
      props ?? "",
      `<dependencyManagement><dependencies>${managed.join("")}</dependencies></dependencyManagement>`,
      `<dependencies>${deps.join("")}</dependencies>`,
      modules,
      build,
      "</project>\n",
    ].join("\n"),
  );

describe("structure-aware fuzzing: Maven", () => {
  it(`pom.xml trees of property cycles, parents that loop, odd elements (${RUNS} cases)`, () =>
    property(fc.tuple(pom, fc.option(pom), fc.option(pom)).map(([root, app, other]) => ({ "pom.xml": root, ...(app === null ? {} : { "app/pom.xml": app }), ...(other === null ? {} : { "bom/pom.xml": other }) }))),
  TIMEOUT);
});

// ---------------------------------------------------------------------------------------------
// Gradle: version catalogs with refs to missing keys and cycles, build scripts that use them.

const GRADLE_MODULES = ["org.springframework.boot:spring-boot-starter-web", "androidx.compose.ui:ui", "org.jetbrains.kotlin:kotlin-stdlib", "com.squareup.retrofit2:retrofit", "junit:junit", "", ":", "a:b:c:d", "${g}:x"];
const catalogKey = fc.constantFrom("kotlin", "spring", "compose", "retrofit", "a", "b", "c", "a-b", "a.b", "a_b", "__proto__", "constructor", "toString");
const versionEntry = fc.oneof(
  { weight: 3, arbitrary: version.map((v) => JSON.stringify(v)) },
  { weight: 2, arbitrary: catalogKey.map((k) => `{ ref = ${JSON.stringify(k)} }`) },
  { weight: 1, arbitrary: fc.constantFrom('{ strictly = "[1.0, 2.0[", prefer = "1.5" }', '{ require = "1.0" }', '{ reject = ["1.0"] }', "{ rejectAll = true }", "{}", "1", "[]", '{ ref = 1 }', '{ ref = "" }') },
  { weight: 1, arbitrary: tomlValue },
);
const libraryEntry = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...GRADLE_MODULES), catalogKey).map(([m, k]) => `{ module = ${JSON.stringify(m)}, version.ref = ${JSON.stringify(k)} }`) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...GRADLE_MODULES), version).map(([m, v]) => JSON.stringify(`${m}:${v}`)) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...GRADLE_MODULES), versionEntry).map(([m, v]) => `{ group = ${JSON.stringify(m.split(":")[0] ?? "")}, name = ${JSON.stringify(m.split(":")[1] ?? "")}, version = ${v} }`) },
  { weight: 1, arbitrary: fc.constantFrom("{}", '{ module = 1 }', '{ module = "a:b", version = { ref = "missing" } }', '{ version.ref = "kotlin" }', '""', "[]") },
  { weight: 1, arbitrary: tomlValue },
);
const versionCatalog = fc
  .tuple(
    tomlLines(catalogKey, versionEntry),
    tomlLines(catalogKey, libraryEntry),
    tomlLines(catalogKey, fc.array(catalogKey, { maxLength: 4 }).map((ks) => `[${ks.map((k) => JSON.stringify(k)).join(", ")}]`)),
    tomlLines(catalogKey, fc.tuple(fc.constantFrom("org.jetbrains.kotlin.jvm", "org.springframework.boot", "com.android.application", ""), fc.oneof(catalogKey.map((k) => `version.ref = ${JSON.stringify(k)}`), versionEntry.map((v) => `version = ${v}`))).map(([id, v]) => `{ id = ${JSON.stringify(id)}, ${v} }`)),
  )
  .map(([versions, libraries, bundles, plugins]) => `[versions]\n${versions}\n\n[libraries]\n${libraries}\n\n[bundles]\n${bundles}\n\n[plugins]\n${plugins}\n`);
const buildScript = fc
  .array(
    fc.oneof(
      catalogKey.map((k) => `    implementation(libs.${k.replace(/[-_]/g, ".")})`),
      catalogKey.map((k) => `    implementation(libs.bundles.${k})`),
      catalogKey.map((k) => `    alias(libs.plugins.${k})`),
      catalogKey.map((k) => `    implementation(platform(libs.${k}))`),
      fc.constantFrom('    implementation("org.springframework.boot:spring-boot-starter-web:${springVersion}")', "    implementation(libs)", "    implementation(libs.)", "    implementation(libs.versions.kotlin.get())", '    id("org.springframework.boot") version "${a}"', "val a by extra(\"${b}\")\nval b by extra(\"${a}\")", "ext { a = \"$b\"; b = \"$a\" }", 'kotlin { jvmToolchain(libs.versions.a.get().toInt()) }'),
    ),
    { maxLength: 6 },
  )
  .map((lines) => `plugins {\n${lines.filter((l) => l.includes("alias(") || l.includes("id(")).join("\n")}\n}\ndependencies {\n${lines.filter((l) => !l.includes("alias(") && !l.includes("id(")).join("\n")}\n}\n`);

describe("structure-aware fuzzing: Gradle", () => {
  it(`libs.versions.toml of missing and cyclic refs, build scripts that use them (${RUNS} cases)`, () =>
    property(
      fc.tuple(versionCatalog, buildScript, fc.boolean(), fc.option(fc.constantFrom("a=${b}\nb=${a}\n", "springVersion=3.2.1\nkotlin.code.style=official\n", "=\n==\n", "org.gradle.jvmargs=-Xmx2g\n"))).map(([catalog, script, kts, props]) => ({
        "gradle/libs.versions.toml": catalog,
        [`app/build.gradle${kts ? ".kts" : ""}`]: script,
        [`settings.gradle${kts ? ".kts" : ""}`]: 'rootProject.name = "x"\ninclude(":app")\n',
        ...(props === null ? {} : { "gradle.properties": props }),
      })),
    ), TIMEOUT);
});

// ---------------------------------------------------------------------------------------------
// Docker: compose files of anchors, merge keys, alias chains, extends loops; Dockerfiles of ARG cycles.

const IMAGES = ["postgres:16", "redis:7-alpine", "node:20", "python:3.12-slim", "mysql", "mongo:latest", "nginx:1.25@sha256:abc", "${IMAGE}", "${IMAGE:-postgres:${PG:-16}}", "${A}${A}${A}", "$${x}", "${", "}", "", ":", "@", "registry:5000/a/b:1", "postgres:${PG_VERSION:?set it}"];
const image = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...IMAGES) }, { weight: 1, arbitrary: version.map((v) => `postgres:${v}`) });
const serviceName = fc.constantFrom("db", "web", "cache", "a", "b", "__proto__", "constructor", "x-y");
const serviceBody = fc
  .array(
    fc.oneof(
      image.map((i) => `image: ${yamlScalar(i)}`),
      fc.constantFrom("<<: *common", "<<: [*common, *other]", "<<: *chain", "<<: [*common]", "<<: {}", "<<: *list"),
      serviceName.map((s) => `extends: ${s}`),
      serviceName.map((s) => `extends: {service: ${yamlScalar(s)}}`),
      fc.constantFrom("extends: {service: db, file: docker-compose.yml}", "extends: {file: other.yml, service: a}", "extends: [1]", "build: .", "build: {context: ., dockerfile: Dockerfile, args: {A: 1, B: [2]}}", "build: {context: ./b, dockerfile: ../Dockerfile}", "build: [1]", "depends_on: [a, b, __proto__]", "depends_on: {a: {condition: x}}", "environment: [\"A=${B}\", \"B=${A}\"]", "environment: {A: 1, __proto__: 2}", "env_file: [.env, .env]", "profiles: 1", "healthcheck: {test: [CMD, curl, -f, x]}", "ports: [1]"),
      yamlFlow.map((v) => `labels: ${v}`),
    ),
    { maxLength: 5 },
  )
  .map((lines) => [...new Map(lines.map((l) => [l.split(":")[0], l])).values()]);
const composeFile = fc
  .tuple(
    fc.array(fc.tuple(serviceName, serviceBody), { maxLength: 4 }),
    fc.constantFrom(
      "",
      "x-common: &common\n  image: postgres:16\nx-other: &other {image: redis:7}\nx-list: &list [a, b]\n",
      "x-common: &common\n  image: postgres:16\nx-other: &other\n  <<: *common\nx-list: &list []\nx-chain: &chain\n  <<: *other\n",
    ),
    fc.option(fc.tuple(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 2, max: 6 }))),
    fc.constantFrom("", "version: '3.8'\n", "version: 3\n", "name: app\n", "version: {}\n", "include: [other.yml]\n", "include: [docker-compose.yml]\n"),
  )
  .map(([services, anchors, bomb, head]) => {
    // Anchors the services' merge keys name always exist (an unknown alias is a syntax error).
    const defs = anchors || "x-common: &common\n  image: postgres:16\nx-other: &other {image: redis:7}\nx-list: &list [a, b]\nx-chain: &chain\n  <<: *common\n";
    const withChain = defs.includes("&chain") ? defs : `${defs}x-chain: &chain\n  <<: *common\n`;
    // An alias chain of `fanout` copies over `levels` levels: fanout^levels values once expanded.
    const chain = bomb ? [`x-l0: &l0 {image: "postgres:16"}`, ...Array.from({ length: bomb[0] }, (_, i) => `x-l${i + 1}: &l${i + 1} [${Array(bomb[1]).fill(`*l${i}`).join(", ")}]`)].join("\n") + "\n" : "";
    const body = [...new Map(services).entries()].map(([name, lines]) => `  ${name}:\n${lines.map((l) => `    ${l}`).join("\n") || "    image: x"}`).join("\n");
    return `${head}${withChain}${chain}services:\n${body || "  db:\n    image: postgres:16"}\n${bomb ? `  bomb:\n    labels: *l${bomb[0]}\n` : ""}`;
  });
const dockerfile = fc
  .array(
    fc.oneof(
      fc.constantFrom("ARG A=${B}", "ARG B=${A}", "ARG BASE=node:${NODE_VERSION}", "ARG NODE_VERSION=20", "ARG NODE_VERSION=${NODE_VERSION}", "ARG X=${X:-${X}}", "ARG", "ARG =", "ARG A B C", "ENV A=${A}"),
      fc.constantFrom("FROM ${BASE} AS base", "FROM base AS build", "FROM build AS base", "FROM a AS b", "FROM b AS a", "FROM ${A}", "FROM ${B}:${A}", "FROM scratch", "FROM --platform=$BUILDPLATFORM node:20 AS deps", "FROM", "FROM AS", "FROM base", "FROM $A$A$A$A"),
      image.map((i) => `FROM ${i}`),
      fc.constantFrom("COPY --from=a /x /x", "COPY --from=base . .", "RUN --mount=type=cache,target=/x npm ci", "RUN pip install django==4.2", "# syntax=docker/dockerfile:1", "USER ${A}", "ONBUILD FROM x", "\\", "RUN a \\\n  b"),
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((lines) => `${lines.join("\n")}\n`);

describe("structure-aware fuzzing: Docker", () => {
  it(`compose files of anchors, merge keys, alias chains and extends loops; .env cycles (${RUNS} cases)`, () =>
    property(
      fc.tuple(composeFile, fc.option(composeFile), fc.option(fc.constantFrom("A=${B}\nB=${A}\n", "IMAGE=${IMAGE}\n", "PG=${PG:-${PG}}\nIMAGE=postgres:${PG}\n", "=\n==x\nA\n"))).map(([main, other, env]) => ({
        "docker-compose.yml": main,
        ...(other === null ? {} : { "other.yml": other, "compose.override.yaml": other }),
        ...(env === null ? {} : { ".env": env }),
      })),
    ), TIMEOUT);

  it(`Dockerfiles of ARG cycles and stage loops, beside a compose file that builds them (${RUNS} cases)`, () =>
    property(
      fc.tuple(dockerfile, fc.option(dockerfile), fc.constantFrom("", "docker-bake.hcl")).map(([main, nested, bake]) => ({
        Dockerfile: main,
        ...(nested === null ? {} : { "b/Dockerfile": nested }),
        "docker-compose.yml": "services:\n  web:\n    build: .\n  b:\n    build: {context: ./b, args: {A: \"${A}\"}}\n",
        ...(bake ? { [bake]: 'target "a" {\n  inherits = ["b"]\n}\ntarget "b" {\n  inherits = ["a"]\n  dockerfile = "Dockerfile"\n}\n' } : {}),
      })),
    ), TIMEOUT);
});

// ---------------------------------------------------------------------------------------------
// Go: go.mod files whose replace directives loop, go.work listing them twice.

const GO_MODULES = ["github.com/gin-gonic/gin", "gorm.io/gorm", "github.com/redis/go-redis/v9", "example.com/a", "example.com/b", "github.com/docker/docker", "google.golang.org/grpc", "", "a", "..", "./b"];
const goModule = fc.constantFrom(...GO_MODULES);
const goVersion = fc.oneof(fc.constantFrom("v1.9.1", "v0.0.0-20240101000000-abcdef123456", "v2.0.0+incompatible", "v9.5.1", "latest", "v", "", "1.2.3"), version);
const goMod = fc
  .tuple(
    fc.constantFrom("example.com/a", "example.com/b", "", "\"example.com/a\""),
    fc.constantFrom("go 1.21", "go 1.22.1", "go", "go 1", "go 999999999999999999999", ""),
    fc.constantFrom("", "toolchain go1.22.1", "toolchain", "toolchain default"),
    fc.array(fc.tuple(goModule, goVersion, fc.constantFrom("", " // indirect", " // x")), { maxLength: 6 }),
    fc.array(
      fc.oneof(
        fc.tuple(goModule, goModule).map(([a, b]) => `replace ${a} => ${b.startsWith(".") || b === "" ? b : `${b} v1.0.0`}`),
        fc.constantFrom("replace example.com/a => ./b", "replace example.com/b => ../", "replace example.com/b => ./b", "replace example.com/a => example.com/b v1.0.0", "replace example.com/b => example.com/a v1.0.0", "replace github.com/gin-gonic/gin v1.9.1 => github.com/gin-gonic/gin v1.8.0", "replace (\n\tgorm.io/gorm => ./\n)", "replace =>", "exclude gorm.io/gorm v1.0.0", "retract [v1.0.0, v1.9.9]", "godebug default=go1.21"),
      ),
      { maxLength: 5 },
    ),
  )
  .map(([module, go, toolchain, requires, replaces]) => [module ? `module ${module}` : "", go, toolchain, requires.length ? `require (\n${requires.map(([m, v, c]) => `\t${m} ${v}${c}`).join("\n")}\n)` : "", ...replaces, ""].join("\n"));

describe("structure-aware fuzzing: Go", () => {
  it(`go.mod files whose replace directives loop, in a workspace (${RUNS} cases)`, () =>
    property(
      fc.tuple(goMod, fc.option(goMod), fc.option(fc.constantFrom("go 1.22\n\nuse (\n\t.\n\t./b\n\t./b\n\t../\n)\n", "go 1.22\nuse ./b\nreplace example.com/a => ./b\n", "use\n", "go 1.22\nuse (\n\t./missing\n)\n"))).map(([root, b, work]) => ({
        "go.mod": root,
        "main.go": 'package main\n\nimport "github.com/gin-gonic/gin"\n\nfunc main() { gin.Default() }\n',
        ...(b === null ? {} : { "b/go.mod": b }),
        ...(work === null ? {} : { "go.work": work }),
      })),
    ), TIMEOUT);
});

// ---------------------------------------------------------------------------------------------
// .NET: projects under Directory.Build.props and Directory.Packages.props that import each other.

const NUGET = ["Serilog.AspNetCore", "Microsoft.EntityFrameworkCore.SqlServer", "Newtonsoft.Json", "xunit", "", "$(A)", "__proto__"];
const msbuildValue = fc.oneof(xmlText, fc.constantFrom("$(A)", "$(B)", "$(Tf)", "$(A)$(A)$(A)$(A)", "$(", "$()", "$(MSBuildThisFileDirectory)", "net8.0", "net8.0;net6.0", "netstandard2.0", "net48", "")).map((v) => v);
const msbuildProperties = fc
  .array(fc.tuple(fc.constantFrom("A", "B", "Tf", "TargetFramework", "TargetFrameworks", "ManagePackageVersionsCentrally", "LangVersion", "EfVersion"), msbuildValue), { maxLength: 6 })
  .map((ps) => `<PropertyGroup>${ps.map(([k, v]) => `<${k}>${v}</${k}>`).join("")}</PropertyGroup>`);
const packageItem = fc
  .tuple(fc.constantFrom("PackageReference", "PackageVersion", "GlobalPackageReference"), fc.constantFrom("Include", "Update", "Remove"), fc.constantFrom(...NUGET), fc.option(msbuildValue), fc.constantFrom("", "VersionOverride=\"1.0\"", "Condition=\"'$(A)' == 'x'\""), fc.boolean())
  .map(([item, how, id, v, more, element]) =>
    element && v !== null ? `<${item} ${how}=${xmlAttr(id)} ${more}><Version>${v}</Version></${item}>` : `<${item} ${how}=${xmlAttr(id)}${v === null ? "" : ` Version=${xmlAttr(v)}`} ${more}/>`,
  );
const imports = fc.array(fc.constantFrom("build/a.props", "build/b.props", "../Directory.Build.props", "Directory.Build.props", "$([MSBuild]::GetPathOfFileAbove('Directory.Build.props', '$(MSBuildThisFileDirectory)../'))", "$([MSBuild]::GetPathOfFileAbove('Directory.Packages.props', '$(MSBuildThisFileDirectory)../'))", "..\\build\\a.props", "src/App/App.csproj", "", "$(A)"), { maxLength: 3 });
const msbuildFile = (root: string) =>
  fc
    .tuple(imports, msbuildProperties, fc.array(packageItem, { maxLength: 5 }), fc.constantFrom("", "<ItemGroup/>", "<ItemGroup><ItemGroup/></ItemGroup>", "<PropertyGroup><PropertyGroup/></PropertyGroup>", "<Sdk Name=\"Microsoft.NET.Sdk.Web\"/>", "<Import Sdk=\"Microsoft.NET.Sdk\" Project=\"Sdk.props\"/>"))
    .map(([imported, props, items, more]) => `<${root}>\n${imported.map((p) => `<Import Project=${xmlAttr(p)} />`).join("\n")}\n${props}\n<ItemGroup>${items.join("")}</ItemGroup>\n${more}\n</Project>\n`);

describe("structure-aware fuzzing: .NET", () => {
  it(`projects under Directory.Build.props and Directory.Packages.props that import each other, property cycles (${RUNS} cases)`, () =>
    property(
      fc.tuple(msbuildFile('Project Sdk="Microsoft.NET.Sdk.Web"'), msbuildFile("Project"), msbuildFile("Project"), fc.option(msbuildFile("Project")), fc.option(msbuildFile("Project")), fc.option(msbuildFile("Project"))).map(([app, props, packages, nested, a, b]) => ({
        "src/App/App.csproj": app,
        "Directory.Build.props": props,
        "Directory.Packages.props": packages,
        ...(nested === null ? {} : { "src/Directory.Build.props": nested }),
        ...(a === null ? {} : { "build/a.props": a }),
        ...(b === null ? {} : { "build/b.props": b }),
      })),
    ), TIMEOUT);
});

// ---------------------------------------------------------------------------------------------
// Every YAML manifest of the fixtures with one of its values replaced by an alias chain of 10^5 to
// 3 x 10^6 values once expanded (ctx.yaml refuses more than 2 x 10^6): a reader meets a list of
// lists where it expects a string, deep in the structure it walks.

const YAML_FILES = readdirSync(join(ROOT, "fixtures"))
  .filter((f) => f !== "sources-tree")
  .flatMap((f) => Object.entries(readTree(fixture(f))).filter(([p]) => /\.ya?ml$/.test(p)).map(([p, bytes]) => [p, Buffer.from(bytes).toString("utf8")] as const))
  .filter(([, text]) => !/^(%|---)/.test(text));

describe("structure-aware fuzzing: YAML alias chains in every YAML manifest", () => {
  it(`a value of a real manifest replaced by an alias chain near ctx.yaml's limit (${RUNS} cases)`, () =>
    property(
      fc
        .tuple(fc.constantFrom(...YAML_FILES), fc.constantFrom([2, 17], [2, 20], [2, 21], [3, 11], [3, 13], [4, 9], [4, 10], [5, 8], [5, 9], [6, 7], [6, 8], [10, 6], [30, 4], [100, 3], [1000, 2], [1400, 2], [1500, 2]), fc.nat(), fc.boolean())
        .map(([[path, text], [fanout, levels], pick, asMapping]) => {
          const defs = [asMapping ? "x-l0: &l0 {image: postgres:16, version: 1.2.3}" : "x-l0: &l0 postgres:16"];
          for (let i = 1; i <= levels; i++) defs.push(asMapping ? `x-l${i}: &l${i} {${Array.from({ length: fanout }, (_, j) => `k${j}: *l${i - 1}`).join(", ")}}` : `x-l${i}: &l${i} [${Array(fanout).fill(`*l${i - 1}`).join(", ")}]`);
          const lines = text.split("\n");
          const values = lines.map((l, i) => [l, i] as const).filter(([l]) => /^\s*(?:- )?[\w.-]+:[ \t]+[^\s&*|>#'"[{][^#]*$/.test(l));
          if (values.length > 0) {
            const [line, at] = values[pick % values.length]!;
            lines[at] = line.replace(/:[ \t].*$/, `: *l${levels}`);
          } else lines.push(`x-bomb: *l${levels}`);
          return { [path]: `${defs.join("\n")}\n${lines.join("\n")}` };
        }),
    ), TIMEOUT);
});
