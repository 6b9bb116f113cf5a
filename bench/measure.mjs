// One measured run in a fresh process: `node bench/measure.mjs MODE DIR [READ_LIST | FLAG...]`.
//   ours   the techstack CLI exactly as a user runs it (detect DIR --format json --no-git, then any FLAGs)
//   floor  a minimal walk with the same ignore rules that reads the same files, parsing nothing
//   peer   @specfy/stack-analyser's analyser on the same folder (its library API; its CLI sleeps 500 ms)
//   record which files ours reads, written to READ_LIST for the floor
// Prints one JSON line on stderr at exit: { mode, listed, read, rssMB, cpuS }.
import { readdir, readFile } from "node:fs/promises";
import { writeFileSync, readFileSync } from "node:fs";
import { join } from "node:path";

const [mode, dir, readList] = process.argv.slice(2);
const report = (extra) => {
  const usage = process.resourceUsage();
  const rssMB = usage.maxRSS / 1024;
  const cpuS = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
  process.stderr.write(JSON.stringify({ mode, rssMB: Math.round(rssMB * 10) / 10, cpuS: Math.round(cpuS * 1000) / 1000, ...extra }) + "\n");
};

if (mode === "ours") {
  process.argv = [process.argv[0], "techstack", "detect", dir, "--format", "json", "--no-git", ...process.argv.slice(4)];
  const out = process.stdout.write.bind(process.stdout);
  let tools = 0;
  process.stdout.write = (chunk, ...rest) => {
    tools += (String(chunk).match(/"name":/g) ?? []).length;
    return true;
  };
  process.on("exit", () => report({ tools }));
  await import("../dist/cli.js");
} else if (mode === "record") {
  const { scan, DirectorySource } = await import("../dist/index.js");
  const inner = new DirectorySource(dir);
  const read = [];
  const source = { label: inner.label, warnings: inner.warnings, list: () => inner.list(), read: async (p, max) => {
    const bytes = await inner.read(p, max);
    read.push(p);
    return bytes;
  } };
  const result = await scan(source, { git: false });
  writeFileSync(readList, JSON.stringify(read));
  report({ listed: result.stats.filesListed, read: read.length });
} else if (mode === "floor") {
  const ignore = (await import("ignore")).default;
  const SKIP = new Set([".git", "node_modules", "bower_components", "vendor", ".venv", "venv", "__pycache__", ".next", ".nuxt", ".gradle", ".terraform"]);
  let listed = 0;
  const walk = async (rel, rules) => {
    const entries = await readdir(join(dir, rel), { withFileTypes: true });
    let here = rules;
    if (entries.some((e) => e.name === ".gitignore")) {
      const ig = ignore().add(await readFile(join(dir, rel, ".gitignore"), "utf8"));
      here = [...rules, [rel, ig]];
    }
    const test = (path, isDir) => here.some(([base, ig]) => ig.ignores((base ? path.slice(base.length + 1) : path) + (isDir ? "/" : "")));
    await Promise.all(
      entries.map((e) => {
        const path = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory()) return SKIP.has(e.name) || test(path, true) ? undefined : walk(path, here);
        if (e.isFile() && !test(path, false)) listed++;
        return undefined;
      }),
    );
  };
  await walk("", []);
  const files = JSON.parse(readFileSync(readList, "utf8"));
  let bytes = 0;
  for (let i = 0; i < files.length; i += 32) {
    const chunk = await Promise.all(files.slice(i, i + 32).map((f) => readFile(join(dir, f))));
    for (const b of chunk) bytes += b.length;
  }
  report({ listed, read: files.length, bytes });
} else if (mode === "peer") {
  const { analyser, FSProvider } = await import("@specfy/stack-analyser");
  await import("@specfy/stack-analyser/dist/autoload.js");
  const result = await analyser({ provider: new FSProvider({ path: dir, ignorePaths: [] }) });
  const json = result.toJson(dir);
  const techs = new Set();
  const visit = (node) => {
    for (const t of node.techs ?? []) techs.add(t);
    for (const c of node.childs ?? []) visit(c);
  };
  visit(json);
  report({ techs: techs.size });
} else if (mode === "catalog") {
  // What a scan pays: the built-in catalog's read and first lookup (dist/catalog.json keeps each matcher
  // kind as text, parsed when first asked: npm here), then every other kind read, as resolve's index
  // and a tree of every ecosystem would.
  const { builtinCatalog } = await import("../dist/index.js");
  const t0 = performance.now();
  const catalog = builtinCatalog();
  catalog.ids("npm", "react");
  const catalogMs = performance.now() - t0;
  for (const kind of catalog.kindNames()) catalog.knows(kind, "x");
  const catalogAllMs = performance.now() - t0;
  report({ catalogMs, catalogAllMs, tools: catalog.tools.size });
} else {
  process.stderr.write(`unknown mode ${mode}\n`);
  process.exit(2);
}
