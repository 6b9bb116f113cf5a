import { createServer, type OutgoingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { answerMessage, answerPlace } from "../src/cli/submit-answer.js";
import { type Outcome, ROOT, runCommand } from "./helpers.js";

// What `submit` tells its user from the server's answer: where the stack went on success, the
// status with the server's own message on failure; never the token, even when the server echoes it.

const TOKEN = "tok-9f8e7d6c5b4a";

/** submit in-process with the token set: what it makes of the answer is the command's, not the process's. */
const run = (args: string[]): Promise<Outcome> => runCommand(args, { cwd: ROOT, env: { NO_COLOR: "1", TECHSTACK_TOKEN: TOKEN } });

/** Submits `redis` to a loopback server that answers every request with this status, headers and body. */
async function submitTo(status: number, body: string, headers: OutgoingHttpHeaders = {}) {
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => res.writeHead(status, headers).end(body));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/stacks`;
  try {
    return await run(["submit", "--manual", "redis", "--endpoint", url, "--retries", "1", "--retry-delay-ms", "5"]);
  } finally {
    await new Promise<void>((r) => server.close(() => r()));
  }
}

describe("submit reports the server's answer", () => {
  it("on success: the stack's URL from the body, else the Location header, else the id; nothing more when the answer has none", async () => {
    expect((await submitTo(201, JSON.stringify({ id: 7, url: "https://stacks.example/acme/shop" }))).stdout).toBe("submitted 1 tool (201): https://stacks.example/acme/shop\n");
    const located = await submitTo(201, "", { location: "/acme/shop/stack" });
    expect(located.stdout).toMatch(/^submitted 1 tool \(201\): http:\/\/127\.0\.0\.1:\d+\/acme\/shop\/stack\n$/);
    expect((await submitTo(200, JSON.stringify({ data: { report_id: "r-123" } }))).stdout).toBe("submitted 1 tool (200): id r-123\n");
    expect((await submitTo(201, "{}")).stdout).toBe("submitted 1 tool (201)\n");
  });

  it("on a refusal: the status and the server's message, short, with an echoed token hidden", async () => {
    const refused = await submitTo(422, JSON.stringify({ error: { code: "invalid", message: `unknown tool 'Redis' for token ${TOKEN}` } }));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("the server refused the submission (422 Unprocessable Entity): unknown tool 'Redis' for token ***");
    expect(refused.stdout + refused.stderr).not.toContain(TOKEN);
    const html = await submitTo(403, "<!DOCTYPE html><html><head><title>403 Forbidden</title></head><body><h1>Forbidden</h1>" + "x".repeat(5000) + "</body></html>", { "content-type": "text/html" });
    // The page's title alone, and nothing after it: the error is the last thing said.
    expect(html.stderr).toMatch(/the server refused the submission \(403 Forbidden\): 403 Forbidden$/);
    const long = await submitTo(400, "bad request: " + "field ".repeat(200));
    expect(long.stderr.split("\n").find((l) => l.includes("refused"))!.length).toBeLessThan(300);
  });

  it("on server errors after the retries: the last status with its message", async () => {
    const failed = await submitTo(503, JSON.stringify({ message: "maintenance until 22:00 UTC" }));
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain("retrying (1) after: server error 503 Service Unavailable: maintenance until 22:00 UTC");
    expect(failed.stderr).toContain("submission failed after 2 attempts: server error 503 Service Unavailable: maintenance until 22:00 UTC");
  });

  it("reads the common shapes of a message and of a place", () => {
    expect(answerMessage('{"detail":"Authentication credentials were not provided."}')).toBe("Authentication credentials were not provided.");
    expect(answerMessage('{"errors":[{"message":"name is required"}]}')).toBe("name is required");
    expect(answerMessage('{"errors":["name is required"]}')).toBe("name is required");
    expect(answerMessage('{"ok":false}')).toBeUndefined();
    expect(answerMessage("<html><body>nope</body></html>")).toBeUndefined();
    expect(answerMessage("line one\n  line two")).toBe("line one line two");
    expect(answerMessage("y".repeat(500))).toHaveLength(200);
    expect(answerPlace('{"stack":{"html_url":"https://stacks.example/s/1"}}', undefined, "https://api.example/stacks")).toBe("https://stacks.example/s/1");
    expect(answerPlace('{"url":"javascript:alert(1)","id":5}', undefined, "https://api.example/stacks")).toBe("id 5");
    expect(answerPlace("created", "https://stacks.example/s/2", "https://api.example/stacks")).toBe("https://stacks.example/s/2");
  });
});
