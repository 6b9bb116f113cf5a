// Preloaded into the CLI by the side-effect test: records every socket, lookup and process.
import { appendFileSync } from "node:fs";
import net from "node:net";
import dns from "node:dns";
import childProcess from "node:child_process";
import { syncBuiltinESMExports } from "node:module";

const log = process.env.TECHSTACK_SIDE_EFFECT_LOG;
const record = (what) => appendFileSync(log, what + "\n");
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const [first] = args;
  if (!(first && typeof first === "object" && first.path) && typeof first !== "string") record(`socket ${JSON.stringify(first)}`);
  return connect.apply(this, args);
};
const lookup = dns.lookup;
dns.lookup = (...args) => (record(`dns ${args[0]}`), lookup(...args));
for (const name of ["spawn", "execFile", "exec", "fork", "spawnSync", "execFileSync", "execSync"]) {
  const original = childProcess[name];
  childProcess[name] = (...args) => (record(`${name} ${args[0]}`), original(...args));
}
syncBuiltinESMExports();
