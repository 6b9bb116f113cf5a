// `npm test`: the build, the vitest suite, and the type check (tsc --noEmit). The type check runs
// beside the build and its result is said after the suite's; each keeps its own exit code: the command
// fails when any fails. Arguments go to vitest (`npm test -- test/cli.test.ts`).
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

// A package's bin script, found from its package.json (vitest exports no path to its bin).
function bin(name, path) {
  return join(dirname(require.resolve(`${name}/package.json`)), path);
}

function run(command, args, options) {
  return new Promise((resolve) => {
    const child = spawn(command, args, options);
    let output = "";
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    child.on("error", (error) => resolve({ code: 1, output: `${output}${error.message}\n` }));
    child.on("close", (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

// The suite opens no TLS connection (its servers are local http ones), yet every Node.js process it
// starts (two workers, some 230 CLI runs, npm, tsc) would parse the CA bundle NODE_EXTRA_CA_CERTS
// names where the machine sets one: about 40 ms of CPU each on this project's machine.
const { NODE_EXTRA_CA_CERTS: _bundle, ...suiteEnv } = process.env;

// tsc reads no file the build writes (the project's sources, not dist/), and the two are mostly one
// thread each: the declaration build's compiler (9.5 of the build's 12 s) and tsc's. So on a 2-core
// machine they run at once, where tsc after the suite added its whole run (11 to 15 s) to the wall.
// The suite starts once both are done: beside the suite tsc did not pay (stop 55: both cores are the
// suite's; 179 s -> 224 s).
const started = Date.now();
let seconds = 0;
const typed = run(process.execPath, [bin("typescript", "bin/tsc"), "--noEmit"], { stdio: ["ignore", "pipe", "pipe"], env: suiteEnv }).then((result) => {
  seconds = (Date.now() - started) / 1000;
  return result;
});
// npm_execpath is npm's own script when npm runs this one; `npm run build` as the README says otherwise.
const npm = process.env.npm_execpath ? [process.execPath, [process.env.npm_execpath]] : ["npm", []];
const built = await run(npm[0], [...npm[1], "run", "build"], { stdio: "inherit", env: suiteEnv });
const types = await typed;
const tests = built.code === 0 ? await run(process.execPath, [bin("vitest", "vitest.mjs"), "run", ...process.argv.slice(2)], { stdio: "inherit", env: suiteEnv }) : built;
if (built.code !== 0) console.log(`npm run build: failed (exit ${built.code}), so the suite did not run`);
if (types.code === 0) {
  console.log(`tsc --noEmit: no type errors (${seconds.toFixed(1)} s, beside the build)`);
} else {
  process.stdout.write(types.output);
  console.log(`tsc --noEmit: type errors (exit ${types.code}); the suite's own result is above`);
}
process.exitCode = types.code !== 0 ? types.code : tests.code;
