import { answerMessage } from "./submit-answer.js";

/** Posting a document to the site, with retries; never prints or returns the token. */
export interface PostOptions {
  endpoint: string;
  token?: string;
  timeoutMs: number;
  retries: number;
  /** Base of the exponential backoff between retries. */
  backoffMs: number;
  onRetry?: (attempt: number, reason: string) => void;
  /** Each attempt and answer, for --verbose; the token never reaches it. */
  log?: (line: string) => void;
}

/** The request headers, with the token shown as *** (for --dry-run and --verbose). */
export function shownHeaders(token: string | undefined): Record<string, string> {
  return requestHeaders(token ? "***" : undefined);
}

function requestHeaders(token: string | undefined): Record<string, string> {
  const headers: Record<string, string> = { "content-type": "application/json", "user-agent": "techstack" };
  if (token) headers.authorization = `Bearer ${token}`;
  return headers;
}

export class SubmitError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** POSTs JSON; retries 5xx answers, timeouts and network errors; stops at once on 4xx with the server's message. */
export async function postJson(body: unknown, options: PostOptions): Promise<{ status: number; text: string; location?: string }> {
  const payload = JSON.stringify(body);
  let lastReason = "";
  for (let attempt = 0; attempt <= options.retries; attempt++) {
    if (attempt > 0) {
      options.onRetry?.(attempt, lastReason);
      await new Promise((r) => setTimeout(r, options.backoffMs * 2 ** (attempt - 1)));
    }
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), options.timeoutMs);
    try {
      options.log?.(`POST ${options.endpoint} (attempt ${attempt + 1} of ${options.retries + 1}, ${payload.length} bytes)`);
      const response = await fetch(options.endpoint, { method: "POST", headers: requestHeaders(options.token), body: payload, signal: controller.signal });
      const text = redact(await response.text(), options.token);
      options.log?.(`answer ${response.status} ${response.statusText}: ${text.slice(0, 200)}`);
      if (response.ok) return { status: response.status, text, location: redact(response.headers.get("location") ?? "", options.token) || undefined };
      const said = answerMessage(text);
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
      if (response.status >= 400 && response.status < 500) {
        throw new SubmitError(`the server refused the submission (${status})${said ? `: ${said}` : ""}`, response.status);
      }
      lastReason = `server error ${status}${said ? `: ${said}` : ""}`;
    } catch (error) {
      if (error instanceof SubmitError) throw error;
      lastReason = controller.signal.aborted ? `no answer within ${options.timeoutMs} ms` : redact(networkReason(error), options.token);
    } finally {
      clearTimeout(timer);
    }
  }
  throw new SubmitError(`submission failed after ${options.retries + 1} attempt${options.retries === 0 ? "" : "s"}: ${lastReason}`);
}

/** fetch's error with its cause, which says what failed: `fetch failed (connect ECONNREFUSED 127.0.0.1:9)`. */
function networkReason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { message?: unknown; code?: unknown } | undefined;
  const detail = typeof cause?.message === "string" && cause.message ? cause.message : typeof cause?.code === "string" ? cause.code : "";
  return detail && !error.message.includes(detail) ? `${error.message} (${detail})` : error.message;
}

/** Removes the token from anything that will be shown. */
export function redact(text: string, token: string | undefined): string {
  return token ? text.split(token).join("***") : text;
}

/**
 * The host a bearer token would travel to unencrypted: an `http:` endpoint on another machine.
 * Undefined for https, and for this machine (localhost, 127.0.0.0/8, ::1), as a local test server is.
 */
export function tokenInTheClear(endpoint: string): string | undefined {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return undefined;
  }
  if (url.protocol !== "http:") return undefined;
  const host = url.hostname.toLowerCase();
  const local = host === "localhost" || host.endsWith(".localhost") || /^127\.\d+\.\d+\.\d+$/.test(host) || host === "[::1]";
  return local ? undefined : host;
}
