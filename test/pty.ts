import { execFileSync } from "node:child_process";

// Drives a command on a 24x100 pseudo-terminal (or the size given; 0x0 is one that reports none) through Python's pty module (the tests that use
// it are skipped where python3 or the module is missing): waits until the output shows `waitFor`,
// types each key with a pause after it, and returns everything the command wrote.
const DRIVER = `
import os, pty, sys, time, select, json, fcntl, termios, struct
args, keys, until, pause = json.loads(sys.argv[1]), json.loads(sys.argv[2]), sys.argv[3].encode(), float(sys.argv[4])
rows, cols = int(sys.argv[5]), int(sys.argv[6])
pid, fd = pty.fork()
if pid == 0:
    os.execvp(args[0], args)
fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
out = b""
def read(until=None, limit=20.0):
    global out
    end = time.time() + limit
    while time.time() < end:
        if until is not None and until in out: return
        r, _, _ = select.select([fd], [], [], 0.1)
        if r:
            try: chunk = os.read(fd, 65536)
            except OSError: return
            if not chunk: return
            out += chunk
read(until)
for k in keys:
    os.write(fd, k.encode()); read(limit=pause)
read()
sys.stdout.write(out.decode("utf8", "replace"))
`;

/** Whether this machine can run `onTerminal` (python3 with pty, fcntl and termios). */
export const hasPty = (() => {
  try {
    execFileSync("python3", ["-c", "import pty, fcntl, termios"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

export function onTerminal(args: string[], keys: string[], options: { waitFor: string; pause?: number; cwd?: string; env?: NodeJS.ProcessEnv; rows?: number; columns?: number }): string {
  return execFileSync("python3", ["-c", DRIVER, JSON.stringify(args), JSON.stringify(keys), options.waitFor, String(options.pause ?? 0.5), String(options.rows ?? 24), String(options.columns ?? 100)], {
    cwd: options.cwd,
    encoding: "utf8",
    env: options.env,
    timeout: 60_000,
  });
}
