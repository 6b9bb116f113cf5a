// `npm test`: the vitest suite, then the type check (tsc --noEmit). Each keeps its own exit code: the
// command fails when either fails. Arguments go to vitest (`npm test -- test/cli.test.ts`).
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

// A package's bin script, found from its package.json (vitest exports no path to its bin).
function bin(name, path) {
  return join(dirname(require.resolve(`${name}/package.json`)), path);
}

function run(script, args, options) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], options);
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
const tests = await run(bin("vitest", "vitest.mjs"), ["run", ...process.argv.slice(2)], { stdio: "inherit", env: suiteEnv });
// tsc runs after the suite, not beside it: the suite keeps both cores of a 2-core machine busy, and
// tsc beside it (one thread and its collector, 0.5 GB) stretched the whole from 179 s to 224 s here
// (vitest 168 s then tsc 11 s, against 223 s for the two at once; stop 55, one run each, quiet machine).
const started = Date.now();
const types = await run(bin("typescript", "bin/tsc"), ["--noEmit"], { stdio: ["ignore", "pipe", "pipe"], env: suiteEnv });
const seconds = (Date.now() - started) / 1000;
if (types.code === 0) {
  console.log(`tsc --noEmit: no type errors (${seconds.toFixed(1)} s, after the suite)`);
} else {
  process.stdout.write(types.output);
  console.log(`tsc --noEmit: type errors (exit ${types.code}); the suite's own result is above`);
}
process.exitCode = types.code !== 0 ? types.code : tests.code;
