import { coded } from "../errors.js";
import { checkArgument } from "../document/shape.js";
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import type { FileEntry, FileSource, ScanWarning } from "../types.js";
import { filterListed, NESTED_REPOSITORY } from "./ignore-rules.js";
import { readRecord } from "../git/batch-records.js";
import { gitArgs, gitProcessOptions, runGit } from "../git/run.js";
import { stderrText } from "../git/stderr-text.js";
import { watchSilence, type SilenceWatch } from "../git/silence.js";
import { treeRecords } from "../git/tree-records.js";
import { shallowCloneHint } from "../git/shallow-hint.js";

/**
 * One revision of a git repository, bare or shallow, read without a checkout: `git ls-tree` lists
 * it, one long-lived `git cat-file --batch` reads the blobs.
 */
export class GitRevisionSource implements FileSource {
  readonly label: string;
  /** The submodules the revision holds, each said as a working tree's scan says it. */
  readonly warnings: ScanWarning[] = [];
  /** The revision's symbolic links, never followed: the scan warns of those a detector would read. */
  readonly passedOver: Array<{ path: string; kind: "symbolic link" }> = [];
  private objects = new Map<string, string>();
  private batch: BlobReader | undefined;

  /**
   * `listed`: the revision's tree as `git ls-tree -r -l -z REV` gave it, where the caller has
   * listed it already (CheckoutAnswers' trees), so that it is not listed twice.
   */
  constructor(
    readonly repo: string,
    readonly rev: string,
    private readonly listed?: string,
  ) {
    checkArgument("GitRevisionSource", "repo", typeof repo === "string", "a directory path (a string)", repo);
    checkArgument("GitRevisionSource", "rev", typeof rev === "string", "a revision name (a string)", rev);
    // git would read a revision starting with "-" as one of its options (`--output=FILE`).
    if (rev.startsWith("-")) throw coded(new Error(`not a revision: '${rev}'`), "TECHSTACK_BAD_REVISION");
    this.label = `${repo}@${rev}`;
  }

  async list(): Promise<FileEntry[]> {
    // Without --full-tree, a folder below the top lists only itself, with paths relative to it.
    const out = this.listed ?? await runGit(this.repo, ["ls-tree", "-r", "-l", "-z", this.rev]).catch(async (error: Error) => {
      // git's own words ("fatal: Not a valid object name v9") do not say which repository was asked,
      // nor that it has no commit at all (a bare repository just made on a server).
      if (/not a valid object name/i.test(error.message)) {
        const empty = (await runGit(this.repo, ["rev-list", "-n", "1", "--all"]).catch(() => "x")).trim() === "";
        // A shallow clone (actions/checkout fetches one commit by default) lacks the older revisions.
        const shallow = !empty && (await runGit(this.repo, ["rev-parse", "--is-shallow-repository"]).catch(() => "")).trim() === "true";
        const why = empty ? ": the repository has no commit yet" : shallow ? shallowCloneHint() : "";
        throw coded(new Error(`no revision '${this.rev}' in ${this.repo}${why}`), "TECHSTACK_BAD_REVISION");
      }
      if (/not a tree object/i.test(error.message)) throw coded(new Error(`'${this.rev}' in ${this.repo} is a file, not a commit or tree to scan`), "TECHSTACK_BAD_REVISION");
      throw error;
    });
    const entries: FileEntry[] = [];
    const submodules: string[] = [];
    const links: Array<{ path: string; kind: "symbolic link" }> = [];
    for (const { type, object, size, link, path } of treeRecords(out)) {
      if (type === "commit") submodules.push(path);
      if (type === "blob" && link) links.push({ path, kind: "symbolic link" });
      if (type !== "blob" || link) continue; // submodules and symbolic links are not followed
      this.objects.set(path, object);
      // An object git cannot read (size "-") has no size here; reading it says what is wrong.
      if (size !== undefined) this.sizes.set(path, size);
      entries.push({ path, size });
    }
    // A folder below the top that the revision does not hold lists nothing: said, as a folder
    // that does not exist is, rather than scanned as an empty one.
    if (entries.length === 0) await this.checkFolderExists();
    const listed = await filterListed(entries, async (path) => new TextDecoder().decode(await this.read(path)), { gitignore: false });
    // Said where a checkout would enter the folder: not in node_modules, vendor and the like.
    const entered = await filterListed(submodules.map((path) => ({ path: `${path}/x`, submodule: path })), async () => undefined, { gitignore: false });
    for (const { submodule } of entered) this.warnings.push({ file: submodule, message: NESTED_REPOSITORY });
    this.passedOver.push(...(await filterListed(links, async () => undefined, { gitignore: false })));
    return listed;
  }

  private sizes = new Map<string, number>();

  private async checkFolderExists(): Promise<void> {
    const missing = await runGit(this.repo, ["cat-file", "-e", `${this.rev}:./`]).then(
      () => false,
      (error: Error) => /exists on disk, but not in|does not exist in/i.test(error.message),
    );
    if (!missing) return;
    const prefix = (await runGit(this.repo, ["rev-parse", "--show-prefix"]).catch(() => "")).trim().replace(/\/$/, "");
    throw coded(new Error(`no folder '${prefix || "."}' in revision '${this.rev}' of ${this.repo}`), "TECHSTACK_BAD_REVISION");
  }

  async read(path: string, maxBytes = Infinity): Promise<Uint8Array> {
    const object = this.objects.get(path);
    if (!object) throw Object.assign(new Error(`not in ${this.rev}: ${path}`), { code: "ENOENT" });
    if ((this.sizes.get(path) ?? 0) > maxBytes) throw Object.assign(new Error("too large"), { code: "E2BIG" });
    this.batch ??= new BlobReader(this.repo);
    return this.batch.read(object);
  }

  /** Ends the `cat-file` process; reads after this start a new one. */
  close(): void {
    this.batch?.close();
    this.batch = undefined;
  }
}

/** Answers blob requests in order from one `git cat-file --batch` process. */
class BlobReader {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly pending: Array<{ resolve: (b: Uint8Array) => void; reject: (e: Error) => void }> = [];
  private buffer: Buffer = Buffer.alloc(0);
  // Chunks wait here until the blob being read is complete: joining each chunk onto the buffer as
  // it arrives copies a large blob once per chunk (a 20 MB lockfile took seconds).
  private chunks: Buffer[] = [];
  private buffered = 0;
  private needed = 0;
  private failure: Error | undefined;
  private readonly watch: SilenceWatch;

  constructor(repo: string) {
    this.child = spawn("git", gitArgs(repo, ["cat-file", "--batch"]), { stdio: ["pipe", "pipe", "pipe"], ...gitProcessOptions() });
    this.watch = watchSilence(this.child, repo, "cat-file", () => this.pending.length > 0);
    this.child.stdout.on("data", (chunk: Buffer) => {
      this.chunks.push(chunk);
      this.buffered += chunk.length;
      if (this.buffered < this.needed) return;
      this.buffer = this.buffer.length || this.chunks.length > 1 ? Buffer.concat([this.buffer, ...this.chunks]) : chunk;
      this.chunks = [];
      this.drain();
      this.buffered = this.buffer.length;
    });
    // git's last words, for the failure's message.
    const stderr = stderrText(this.child, "tail");
    this.child.on("error", (error) => this.fail(error));
    // "close" comes after the exit and after stdout and stderr are read to their end: what is still
    // pending then gets no answer, and neither would a later read.
    this.child.on("close", (code, signal) => {
      const words = this.watch.said() ?? stderr().trim().split("\n")[0];
      this.fail(new Error(`git cat-file exited with ${code ?? signal}${words ? `: ${words}` : ""}`));
    });
    // A write into a process that has died fails with EPIPE; its close, which follows, says why.
    this.child.stdin.on("error", () => {});
  }

  read(object: string): Promise<Uint8Array> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      if (this.pending.length === 0) this.watch.heard();
      this.pending.push({ resolve, reject });
      this.child.stdin.write(`${object}\n`);
    });
  }

  close(): void {
    this.child.stdin.end();
  }

  /** Fails what is pending and every later read, with the first failure's words (a broken record's, not the exit that follows it). */
  private fail(error: Error): void {
    this.failure ??= error;
    for (const p of this.pending.splice(0)) p.reject(this.failure);
  }

  /** Answers the pending reads from the records the buffer holds whole. */
  private drain(): void {
    let at = 0;
    this.needed = 0;
    while (this.pending.length > 0) {
      const record = readRecord(this.buffer, at);
      if (record.kind === "incomplete") {
        this.needed = record.needed - at;
        break;
      }
      if (record.kind === "broken") {
        // The records after it cannot be found: no later answer could be trusted.
        this.fail(new Error(`git cat-file: the bytes of object ${record.name} are not followed by a newline`));
        this.child.kill();
        break;
      }
      const waiter = this.pending.shift()!;
      if (record.kind === "header") waiter.reject(new Error(`git object ${record.name} ${record.rest ?? "unreadable"}`));
      else waiter.resolve(Uint8Array.prototype.slice.call(this.buffer, record.start, record.end));
      at = record.next;
    }
    this.buffer = this.buffer.subarray(at);
  }
}
