import { execFileSync } from "node:child_process";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { submitCommand } from "../src/cli/commands/submit.js";
import { postJson, redact, shownHeaders, SubmitError, type PostOptions } from "../src/cli/submit-http.js";
import { call, tempDir } from "./helpers.js";
import { CliError } from "../src/cli/shared.js";

// submit and its HTTP client called in-process against a server on loopback: what is sent, what
// is retried, what the user is told, and that the token never shows.

const TOKEN = "tok-51f0c9a2e7";

interface Seen {
  method?: string;
  headers: IncomingMessage["headers"];
  body: string;
}

/** A loopback server answering each request with the next of `answers` (the last one repeats). */
async function server(answers: Array<(res: ServerResponse) => void>) {
  const seen: Seen[] = [];
  const srv = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      seen.push({ method: req.method, headers: req.headers, body });
      answers[Math.min(seen.length, answers.length) - 1]!(res);
    });
  });
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(srv.address() as AddressInfo).port}/api/stacks`;
  return { url, seen, close: () => new Promise<void>((r) => srv.close(() => r())) };
}

const answer = (status: number, body = "", headers: Record<string, string> = {}) => (res: ServerResponse) => res.writeHead(status, headers).end(body);

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function options(endpoint: string, more: Partial<PostOptions> = {}): PostOptions {
  return { endpoint, timeoutMs: 30_000, retries: 0, backoffMs: 0, ...more };
}

describe("postJson", () => {
  it("POSTs the JSON with its headers and the bearer token; answers the status, text and Location, the token hidden", async () => {
    const s = await server([answer(201, `{"saved":"${TOKEN}"}`, { location: `/stacks/7?by=${TOKEN}` })]);
    const log: string[] = [];
    const result = await postJson({ document: { tools: [] } }, options(s.url, { token: TOKEN, log: (l) => log.push(l) }));
    await s.close();
    expect(result).toEqual({ status: 201, text: '{"saved":"***"}', location: "/stacks/7?by=***" });
    expect(s.seen).toHaveLength(1);
    expect(s.seen[0]!.method).toBe("POST");
    expect(s.seen[0]!.body).toBe('{"document":{"tools":[]}}');
    expect(s.seen[0]!.headers).toMatchObject({ "content-type": "application/json", "user-agent": "techstack", authorization: `Bearer ${TOKEN}` });
    expect(log).toEqual([`POST ${s.url} (attempt 1 of 1, 25 bytes)`, 'answer 201 Created: {"saved":"***"}']);
  });

  it("--verbose's log shows at most 200 characters of an answer; no attempt's time limit is left running", async () => {
    const long = "x".repeat(300);
    const s = await server([answer(503, long), answer(400, long)]);
    const log: string[] = [];
    const limits = vi.spyOn(globalThis, "setTimeout");
    const cleared = vi.spyOn(globalThis, "clearTimeout");
    await postJson({}, options(s.url, { retries: 1, timeoutMs: 25_000, log: (l) => log.push(l) })).catch(() => undefined);
    await s.close();
    expect(log.filter((l) => l.startsWith("answer "))).toEqual([`answer 503 Service Unavailable: ${"x".repeat(200)}`, `answer 400 Bad Request: ${"x".repeat(200)}`]);
    // A timer left running would keep the command alive for the whole time limit after its answer.
    const timers = limits.mock.calls.flatMap((c, i) => (c[1] === 25_000 ? [limits.mock.results[i]!.value as unknown] : []));
    expect(timers).toHaveLength(2);
    for (const timer of timers) expect(cleared.mock.calls.map((c) => c[0])).toContain(timer);
  });

  it("without a token sends no authorization; an answer without Location has none", async () => {
    const s = await server([answer(200, "ok")]);
    const result = await postJson({}, options(s.url));
    await s.close();
    expect(result).toEqual({ status: 200, text: "ok", location: undefined });
    expect(s.seen[0]!.headers.authorization).toBeUndefined();
  });

  it("retries server errors with a doubling wait, telling each retry's reason; succeeds on a later attempt", async () => {
    const s = await server([answer(503, '{"message":"busy"}'), answer(502, ""), answer(200, "ok")]);
    const retries: string[] = [];
    const waits = vi.spyOn(globalThis, "setTimeout");
    const result = await postJson({}, options(s.url, { retries: 3, backoffMs: 7, timeoutMs: 20_000, onRetry: (n, why) => retries.push(`${n}: ${why}`) }));
    await s.close();
    expect(result.status).toBe(200);
    expect(s.seen).toHaveLength(3);
    expect(retries).toEqual(["1: server error 503 Service Unavailable: busy", "2: server error 502 Bad Gateway"]);
    // The waits asked for (fetch's own timers aside): each attempt's time limit, the backoff doubling between attempts.
    const asked = waits.mock.calls.map((c) => c[1]).filter((ms) => ms === 20_000 || (typeof ms === "number" && ms < 100 && ms % 3.5 === 0));
    expect(asked).toEqual([20_000, 7, 20_000, 14, 20_000]);
  });

  it("stops at once on a 4xx with the server's message and status; fails after the last retry with the last reason", async () => {
    const refused = await server([answer(422, JSON.stringify({ error: `bad tool for ${TOKEN}` }))]);
    const error = await postJson({}, options(refused.url, { retries: 2, token: TOKEN })).catch((e: unknown) => e);
    await refused.close();
    expect(refused.seen).toHaveLength(1);
    expect(error).toBeInstanceOf(SubmitError);
    expect(error).toMatchObject({ message: "the server refused the submission (422 Unprocessable Entity): bad tool for ***", status: 422 });
    const quiet = await server([answer(400)]);
    await expect(postJson({}, options(quiet.url))).rejects.toThrow(/^the server refused the submission \(400 Bad Request\)$/);
    await quiet.close();
    const down = await server([answer(500, "")]);
    const failed = await postJson({}, options(down.url, { retries: 1 })).catch((e: unknown) => e);
    await down.close();
    expect(down.seen).toHaveLength(2);
    expect(failed).toMatchObject({ message: "submission failed after 2 attempts: server error 500 Internal Server Error", status: undefined });
    // 399 is no refusal, 499 is, 500 is not.
    for (const [status, tries] of [[399, 2], [499, 1], [500, 2]] as const) {
      const s = await server([answer(status)]);
      await postJson({}, options(s.url, { retries: 1 })).catch(() => undefined);
      await s.close();
      expect(s.seen).toHaveLength(tries);
    }
  });

  it("a status without its words is shown alone", async () => {
    const s = await server([(res) => res.writeHead(509, "").end("")]);
    await expect(postJson({}, options(s.url))).rejects.toThrow(/: server error 509$/);
    await s.close();
  });

  it("a server that never answers: the attempt's time limit is the reason", async () => {
    const s = await server([() => undefined]);
    await expect(postJson({}, options(s.url, { timeoutMs: 50 }))).rejects.toThrow("submission failed after 1 attempt: no answer within 50 ms");
    s.close();
  });

  it("a network failure names its cause (message, else code), once, with the token hidden", async () => {
    const reasons = async (thrown: unknown) => {
      vi.stubGlobal("fetch", () => Promise.reject(thrown));
      return ((await postJson({}, options("http://127.0.0.1:9/", { token: TOKEN })).catch((e: Error) => e)) as Error).message;
    };
    expect(await reasons(Object.assign(new TypeError("fetch failed"), { cause: { message: "connect ECONNREFUSED 127.0.0.1:9" } }))).toBe(
      "submission failed after 1 attempt: fetch failed (connect ECONNREFUSED 127.0.0.1:9)",
    );
    expect(await reasons(Object.assign(new TypeError("fetch failed"), { cause: { message: "", code: "ENOTFOUND" } }))).toBe("submission failed after 1 attempt: fetch failed (ENOTFOUND)");
    expect(await reasons(Object.assign(new TypeError("fetch failed: ENOTFOUND"), { cause: { code: "ENOTFOUND" } }))).toBe("submission failed after 1 attempt: fetch failed: ENOTFOUND");
    expect(await reasons(Object.assign(new TypeError("fetch failed"), { cause: { code: 7 } }))).toBe("submission failed after 1 attempt: fetch failed");
    expect(await reasons(new Error(`refused for ${TOKEN}`))).toBe("submission failed after 1 attempt: refused for ***");
    expect(await reasons(`socket closed ${TOKEN}`)).toBe("submission failed after 1 attempt: socket closed ***");
  });

  it("shows headers with the token as ***; redacts every occurrence, nothing without a token", () => {
    expect(shownHeaders(TOKEN)).toEqual({ "content-type": "application/json", "user-agent": "techstack", authorization: "Bearer ***" });
    expect(shownHeaders(undefined)).toEqual({ "content-type": "application/json", "user-agent": "techstack" });
    expect(shownHeaders("")).toEqual({ "content-type": "application/json", "user-agent": "techstack" });
    expect(redact(`${TOKEN}:${TOKEN}`, TOKEN)).toBe("***:***");
    expect(redact("a b", undefined)).toBe("a b");
    expect(redact("a b", "")).toBe("a b");
  });
});

describe("submit, in-process", () => {
  it("--manual sends the named tools with the token and prints the count, the status and the place", async () => {
    vi.stubEnv("TECHSTACK_TOKEN", TOKEN);
    const s = await server([answer(201, JSON.stringify({ url: "https://stacks.example/acme/shop" }))]);
    const out = await call(submitCommand, ["--manual", "postgres", "redis", "--endpoint", s.url]);
    await s.close();
    expect(out).toEqual({ code: 0, stdout: "submitted 2 tools (201): https://stacks.example/acme/shop\n", stderr: "" });
    expect(s.seen[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    const body = JSON.parse(s.seen[0]!.body) as { document: { tools: Array<{ name: string }> } };
    expect(body.document.tools.map((t) => t.name).sort()).toEqual(["PostgreSQL", "Redis"]);
  });

  it("--manual --yes sends names that each resolve surely, a clear guess among them said on stderr", async () => {
    vi.stubEnv("TECHSTACK_TOKEN", TOKEN);
    const s = await server([answer(201, "{}")]);
    // "reactt" is a close spelling far ahead of the next match: sure, as resolve calls a pick.
    const out = await call(submitCommand, ["--manual", "postgres", "redis", "gh actions", "reactt", "--yes", "--endpoint", s.url]);
    await s.close();
    expect(out).toEqual({ code: 0, stdout: "submitted 4 tools (201)\n", stderr: "'reactt' taken as React\n" });
    expect(s.seen).toHaveLength(1);
    expect((JSON.parse(s.seen[0]!.body) as { document: { tools: Array<{ name: string }> } }).document.tools.map((t) => t.name).sort()).toEqual(["GitHub Actions", "PostgreSQL", "React", "Redis"]);
  });

  it("--manual --yes with one name not sure among sure ones sends nothing: a coded usage error lists its candidates", async () => {
    vi.stubEnv("TECHSTACK_TOKEN", TOKEN);
    const s = await server([answer(201, "{}")]);
    // "nxt" is Next.js at 0.70 and Nuxt at 0.69; "zap" is ZAP the scanner and Zap the logger, both exactly.
    const args = ["--manual", "postgres", "nxt", "redis", "zap", "--yes", "--endpoint", s.url];
    const error = await submitCommand.run(args).catch((e: unknown) => e);
    const out = await call(submitCommand, args);
    await s.close();
    expect(s.seen).toHaveLength(0);
    expect(error).toBeInstanceOf(CliError);
    expect(error).toMatchObject({ code: "TECHSTACK_UNSURE_NAME", exitCode: 2 });
    expect(out.code).toBe(2);
    expect(out.stdout).toBe("");
    expect(out.stderr.split("\n")).toEqual([
      "error: nothing was sent: with --yes each name must resolve surely, and 2 do not (TECHSTACK_UNSURE_NAME):",
      "  'nxt' could be 'Next.js', 'Nuxt.js' or '.NET'",
      "  'zap' could be 'ZAP' (Penetration Testing Tools), 'Zap' (Logging Tools) or 'Zapier'",
      "Type each as its tool's exact catalog name or its id, as quoted above (techstack resolve NAME lists more), or choose on a terminal without --yes.",
    ]);
  });

  it("--manual --yes takes a tool's exact name or id where the typed name was not sure", async () => {
    vi.stubEnv("TECHSTACK_TOKEN", TOKEN);
    const s = await server([answer(201, "{}")]);
    const out = await call(submitCommand, ["--manual", "next-js", "Nuxt", "zap-uber", "--yes", "--endpoint", s.url]);
    await s.close();
    expect(out).toEqual({ code: 0, stdout: "submitted 3 tools (201)\n", stderr: "" });
    expect((JSON.parse(s.seen[0]!.body) as { document: { tools: Array<{ name: string; sub_category: string }> } }).document.tools.map((t) => `${t.name} ${t.sub_category}`).sort()).toEqual(["Next.js Frameworks (Full Stack)", "Nuxt.js Front-End Frameworks", "Zap Logging Tools"]);
  });

  it("an empty token is no token: a warning, no authorization; --verbose shows the headers and each answer", async () => {
    vi.stubEnv("TECHSTACK_TOKEN", "");
    const s = await server([answer(200, "{}")]);
    const out = await call(submitCommand, ["--manual", "redis", "--endpoint", s.url, "--verbose"]);
    await s.close();
    expect(out.code).toBe(0);
    expect(out.stdout).toBe("submitted 1 tool (200)\n");
    expect(s.seen[0]!.headers.authorization).toBeUndefined();
    expect(out.stderr.split("\n")).toEqual([
      "warning: TECHSTACK_TOKEN is not set; sending without authorization",
      'headers {"content-type":"application/json","user-agent":"techstack"}',
      expect.stringMatching(/^POST http:\/\/127\.0\.0\.1:\d+\/api\/stacks \(attempt 1 of 4, \d+ bytes\)$/),
      "answer 200 OK: {}",
      "",
    ]);
  });

  it("waits half a second before a retry unless --retry-delay-ms says otherwise", async () => {
    vi.stubEnv("TECHSTACK_TOKEN", TOKEN);
    const s = await server([answer(503, "busy"), answer(201, "{}")]);
    const waits = vi.spyOn(globalThis, "setTimeout");
    const out = await call(submitCommand, ["--manual", "redis", "--endpoint", s.url]);
    await s.close();
    expect(out.code).toBe(0);
    expect(waits.mock.calls.map((c) => c[1])).toContain(500);
  });

  it("--verbose never shows the token; a retry is told; a refusal is exit 1 with the server's words, the token hidden", async () => {
    vi.stubEnv("TECHSTACK_TOKEN", TOKEN);
    const s = await server([answer(503, "busy"), answer(403, `no access for ${TOKEN}`)]);
    const out = await call(submitCommand, ["--manual", "redis", "--endpoint", s.url, "--verbose", "--retry-delay-ms", "0"]);
    await s.close();
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('headers {"content-type":"application/json","user-agent":"techstack","authorization":"Bearer ***"}\n');
    expect(out.stderr).toContain("retrying (1) after: server error 503 Service Unavailable: busy\n");
    expect(out.stderr).toContain("answer 403 Forbidden: no access for ***\n");
    expect(out.stderr.endsWith("error: the server refused the submission (403 Forbidden): no access for ***")).toBe(true);
    expect(out.stdout + out.stderr).not.toContain(TOKEN);
  });

  it("--dry-run prints the body and, on stderr, the endpoint and headers with the token as ***", async () => {
    vi.stubEnv("TECHSTACK_TOKEN", TOKEN);
    vi.stubEnv("TECHSTACK_ENDPOINT", "");
    const dry = await call(submitCommand, ["--manual", "redis", "--dry-run", "--endpoint", "https://stacks.example/api"]);
    expect(dry.code).toBe(0);
    expect(dry.stderr).toBe('would POST to https://stacks.example/api with headers {"content-type":"application/json","user-agent":"techstack","authorization":"Bearer ***"}\n');
    expect(dry.stdout).toMatch(/^\{\n {2}"document": \{\n[\s\S]*\n\}\n$/);
    expect((JSON.parse(dry.stdout) as { document: { tools: Array<{ name: string }> } }).document.tools.map((t) => t.name)).toEqual(["Redis"]);
    const nowhere = await call(submitCommand, ["--manual", "redis", "--dry-run"]);
    expect(nowhere.stderr).toMatch(/^would POST to \(no endpoint set\) with headers /);
  });

  it("the endpoint: the flag over TECHSTACK_ENDPOINT over the configuration; none is an error; no user:password, http(s) only", async () => {
    vi.stubEnv("TECHSTACK_ENDPOINT", "https://env.example/api");
    const dir = tempDir();
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "shop", dependencies: { express: "^4.18.2" } }));
    writeFileSync(join(dir, "techstack.config.json"), JSON.stringify({ endpoint: "https://config.example/api" }));
    const where = async (args: string[]) => (await call(submitCommand, ["--auto", dir, "--no-git", "--dry-run", ...args])).stderr.split(" with ")[0];
    expect(await where(["--endpoint", "https://flag.example/api"])).toBe("would POST to https://flag.example/api");
    expect(await where([])).toBe("would POST to https://env.example/api");
    vi.stubEnv("TECHSTACK_ENDPOINT", "");
    expect(await where([])).toBe("would POST to https://config.example/api");
    // Said before the scan or the picker, with every place an endpoint may come from: the user
    // waited for a whole scan (its warnings printed) or went through the picker to be told.
    const none = /^error: no endpoint: give --endpoint URL, set TECHSTACK_ENDPOINT, or put "endpoint" in techstack\.config\.json \(or \.yml\)$/;
    expect(await call(submitCommand, ["--manual", "redis"])).toMatchObject({ code: 2, stderr: expect.stringMatching(none) });
    const broken = tempDir();
    writeFileSync(join(broken, "package.json"), '{"dependencies": {"express": ');
    expect(await call(submitCommand, ["--auto", broken, "--no-git"])).toMatchObject({ code: 2, stderr: expect.stringMatching(none) });
    expect((await call(submitCommand, ["--manual", "redis", "--endpoint", "ftp://stacks.example/"])).stderr).toMatch(/error: the endpoint must be an http\(s\) URL, not 'ftp:\/\/stacks\.example\/'$/);
    expect((await call(submitCommand, ["--manual", "redis", "--endpoint", "HTTPS://stacks.example/api", "--dry-run"])).code).toBe(0);
    expect((await call(submitCommand, ["--manual", "redis", "--endpoint", "ftp://stacks.example/?next=https://stacks.example/"])).stderr).toMatch(/error: the endpoint must be an http\(s\) URL/);
    expect((await call(submitCommand, ["--manual", "redis", "--endpoint", "http://exa mple/"])).stderr).toMatch(/error: the endpoint is not a valid URL: 'http:\/\/exa mple\/'$/);
    const secret = await call(submitCommand, ["--manual", "redis", "--endpoint", "https://ada:pw@stacks.example/api"]);
    expect(secret.code).toBe(2);
    expect(secret.stderr).toMatch(/error: the endpoint must not carry credentials \(user:password@\): give https:\/\/stacks\.example\/api and the token in TECHSTACK_TOKEN$/);
    expect((await call(submitCommand, ["--manual", "redis", "--endpoint", "https://ada@stacks.example/api"])).code).toBe(2);
    expect((await call(submitCommand, ["--manual", "redis", "--endpoint", "https://:pw@stacks.example/api"])).code).toBe(2);
  });

  it("--auto sends the scan of the folder; a scan that finds nothing sends nothing (exit 1)", async () => {
    vi.stubEnv("TECHSTACK_TOKEN", TOKEN);
    const dir = tempDir();
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "shop", dependencies: { express: "^4.18.2" } }));
    const s = await server([answer(201, "{}")]);
    const out = await call(submitCommand, ["--auto", dir, "--no-git", "--endpoint", s.url]);
    expect(out).toMatchObject({ code: 0, stdout: expect.stringMatching(/^submitted \d+ tools \(201\)\n$/) });
    expect((JSON.parse(s.seen[0]!.body) as { document: { tools: Array<{ name: string }> } }).document.tools.map((t) => t.name)).toContain("ExpressJS");
    // A tool added by hand to the folder's techstack.yml is sent too, as write keeps it.
    writeFileSync(join(dir, "techstack.yml"), "repo_name: shop\ntools:\n- name: Stripe\n  category: Payments\n  detection_source: manual\n");
    await call(submitCommand, ["--auto", dir, "--no-git", "--endpoint", s.url]);
    expect((JSON.parse(s.seen[1]!.body) as { document: { tools: Array<{ name: string; detection_source?: string }> } }).document.tools).toContainEqual(expect.objectContaining({ name: "Stripe", detection_source: "manual" }));
    const empty = tempDir();
    expect(await call(submitCommand, ["--auto", empty, "--no-git", "--endpoint", s.url])).toMatchObject({ code: 1, stderr: expect.stringMatching(new RegExp(`\nerror: the scan of ${empty} found no tools: nothing was sent$`)) });
    // A checkout's folder with nothing to read shows Git alone, from the repository's metadata: that
    // stack would have replaced the site's with Git, so it is not sent either.
    execFileSync("git", ["init", "-q", empty]);
    expect(await call(submitCommand, ["--auto", empty, "--endpoint", s.url])).toMatchObject({ code: 1, stderr: expect.stringMatching(new RegExp(`\nerror: the scan of ${empty} found no tools: nothing was sent$`)) });
    await s.close();
    expect(s.seen).toHaveLength(2);
  });

  it("usage: one of --auto or --manual, the numbers' bounds, one directory, no scan flag with --manual; -h prints the help", async () => {
    const usage = async (args: string[]) => {
      const out = await call(submitCommand, args);
      expect(out.code).toBe(2);
      return out.stderr.split("\n")[0];
    };
    expect(await usage([])).toBe("error: choose one of --auto or --manual");
    expect(await usage(["--auto", "--manual"])).toBe("error: choose one of --auto or --manual");
    expect(await usage(["--manual", "redis", "--timeout", "0"])).toBe("error: --timeout takes a number of seconds above 0, not '0'");
    expect(await usage(["--manual", "redis", "--timeout", "soon"])).toBe("error: --timeout takes a number of seconds above 0, not 'soon'");
    for (const retries of ["-1", "11", "1.5", "x"]) expect(await usage(["--manual", "redis", `--retries=${retries}`])).toBe(`error: --retries takes a whole number from 0 to 10, not '${retries}'`);
    for (const delay of ["-1", "x"]) expect(await usage(["--manual", "redis", `--retry-delay-ms=${delay}`])).toBe(`error: --retry-delay-ms takes a number of milliseconds, not '${delay}'`);
    expect(await usage(["--auto", "a", "b"])).toBe("error: submit --auto takes one directory, got 2");
    expect(await usage(["--manual", "redis", "--no-git"])).toBe("error: --no-git is for --auto: --manual scans nothing");
    for (const fine of [["--retries", "0"], ["--retries", "10"], ["--retry-delay-ms", "0"], ["--timeout", "0.5"]]) {
      expect((await call(submitCommand, ["--manual", "redis", "--dry-run", ...fine])).code).toBe(0);
    }
    const help = await call(submitCommand, ["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: techstack submit \[dir\] --auto \[options\]\n[\s\S]*--dry-run\n$/);
  });
});
