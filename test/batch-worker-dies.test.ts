import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { batchCommand } from "../src/cli/commands/batch.js";
import { call, tempDir } from "./helpers.js";

// batch's pool of worker threads with each thread stood in for by a fake one, in-process: it answers
// a job at once with the entry's done line, and dies (an error, then its exit) on an entry named
// `crash`, as a thread does that runs out of memory. No repository is scanned.
const started = vi.hoisted(() => ({ workers: 0 }));

vi.mock("node:worker_threads", async () => {
  const { EventEmitter } = await import("node:events");
  class FakeWorker extends EventEmitter {
    constructor() {
      super();
      started.workers++;
    }
    postMessage(message: { entry: string; job: { repo: string } } | { stop: true }): void {
      if ("stop" in message) return;
      const { entry, job } = message;
      setImmediate(() => {
        if (!entry.includes("crash")) return this.emit("message", JSON.stringify({ entry, repo: job.repo, ok: true, seconds: 0, warnings: 0, document: { tools: [] } }));
        this.emit("error", new Error("out of memory"));
        this.emit("exit", 1);
      });
    }
    terminate(): Promise<number> {
      setImmediate(() => this.emit("exit", 1));
      return Promise.resolve(1);
    }
  }
  return { isMainThread: true, parentPort: null, workerData: undefined, Worker: FakeWorker };
});

describe("batch: a worker thread that dies", () => {
  it("writes the entry it held as failed, naming why, and a new thread takes the entries left; the other lanes' entries are done", async () => {
    const dir = tempDir("techstack-batch-dies-");
    const entries = ["/r/api", "/r/crash", "/r/web", "/r/cli", "/r/docs"];
    writeFileSync(join(dir, "list.txt"), entries.join("\n") + "\n");
    const out = join(dir, "out.jsonl");
    const run = await call(batchCommand, [join(dir, "list.txt"), "--out", out, "--workers", "2"]);
    expect(run).toEqual({ code: 1, stdout: "", stderr: "batch: 5 scanned (1 failed), 0 already done, 2 workers\n" });
    const written = readFileSync(out, "utf8").trimEnd().split("\n").map((l) => JSON.parse(l) as { entry: string; ok: boolean; error?: string });
    expect(written.map((l) => l.entry).sort()).toEqual([...entries].sort());
    expect(written.find((l) => l.entry === "/r/crash")).toMatchObject({ repo: "/r/crash", ok: false, error: "worker died: out of memory" });
    expect(written.filter((l) => l.ok).map((l) => l.entry).sort()).toEqual(["/r/api", "/r/cli", "/r/docs", "/r/web"]);
    // Two lanes, and the one that took over from the thread that died.
    expect(started.workers).toBe(3);
  });
});
