import { afterEach, describe, expect, it, vi } from "vitest";
import { submitCommand } from "../src/cli/commands/submit.js";
import { tokenInTheClear } from "../src/cli/submit-http.js";
import { call } from "./helpers.js";

// The token goes as a bearer header: over http to another machine anyone on the way reads it. The
// user is warned (not refused: a staging server on a private network may speak http alone); a
// server on this machine, as in a local test, is no such risk.

afterEach(() => vi.unstubAllEnvs());

describe("a token sent over plain http", () => {
  it("is the case for http to another host, not for https nor for this machine", () => {
    expect(tokenInTheClear("http://stacks.example.com/api")).toBe("stacks.example.com");
    expect(tokenInTheClear("HTTP://10.0.0.7:8080/api")).toBe("10.0.0.7");
    expect(tokenInTheClear("https://stacks.example.com/api")).toBeUndefined();
    for (const local of ["http://localhost:3000/x", "http://127.0.0.1:9/x", "http://127.3.4.5/x", "http://[::1]:8080/x", "http://api.localhost/x"]) expect(tokenInTheClear(local), local).toBeUndefined();
  });

  it("submit warns before sending, naming the host; with no token set there is nothing to warn of", async () => {
    vi.stubEnv("TECHSTACK_TOKEN", "tok-51f0c9a2e7");
    // A name that never resolves: the send fails at once, after the warning.
    const sent = await call(submitCommand, ["--manual", "redis", "--endpoint", "http://stacks.invalid/api", "--retries", "0"]);
    expect(sent.code).toBe(1);
    expect(sent.stderr.split("\n")[0]).toBe("warning: the endpoint is plain http: TECHSTACK_TOKEN goes unencrypted to stacks.invalid (give an https endpoint)");
    expect(sent.stderr).not.toContain("tok-51f0c9a2e7");
    vi.stubEnv("TECHSTACK_TOKEN", "");
    const anonymous = await call(submitCommand, ["--manual", "redis", "--endpoint", "http://stacks.invalid/api", "--retries", "0"]);
    expect(anonymous.stderr).not.toContain("plain http");
  });
});
