import type { ChildProcessWithoutNullStreams } from "node:child_process";

/** How much of a git process's error output is kept for a failure's message. */
const MAX_STDERR = 4096;

/**
 * What a git process writes to its standard error, as it stands when asked: its first 4 KiB or so
 * (`"head"`: the first error a walk met) or its last 4 KiB (`"tail"`: the last words of a process
 * that answers many requests). Read either way, so a chatty git never blocks on a full pipe.
 */
export function stderrText(child: ChildProcessWithoutNullStreams, keep: "head" | "tail"): () => string {
  let text = "";
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (chunk: string) => {
    if (keep === "tail") text = (text + chunk).slice(-MAX_STDERR);
    else if (text.length < MAX_STDERR) text += chunk;
  });
  return () => text;
}
