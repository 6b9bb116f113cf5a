/**
 * What a user needs from the site's answer to a submission, read from its body (and Location
 * header): where the stack now lives on success, the server's own message on failure. Kept short
 * and on one line; the caller has already taken the token out of the text.
 */

const MAX = 200;

/** One line, at most MAX characters. */
function short(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > MAX ? `${line.slice(0, MAX - 1)}…` : line;
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const str = (v: unknown): string | undefined => (typeof v === "string" && v.trim() ? v.trim() : typeof v === "number" ? String(v) : undefined);

/**
 * The server's message: a JSON body's `message`, `error` (or `error.message`), `detail`,
 * `errors[0]` (or its `message`) or `title`; an HTML page's <title>; else the text itself.
 */
export function answerMessage(text: string): string | undefined {
  const body = parsed(text);
  if (body && typeof body === "object") {
    const o = body as Record<string, unknown>;
    const error = o.error && typeof o.error === "object" ? (o.error as Record<string, unknown>) : undefined;
    const first = Array.isArray(o.errors) ? o.errors[0] : undefined;
    const found =
      str(o.message) ?? str(o.error) ?? str(error?.message) ?? str(o.detail) ?? str(first) ?? str((first as Record<string, unknown> | undefined)?.message) ?? str(o.title);
    return found === undefined ? undefined : short(found);
  }
  if (/^\s*</.test(text)) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1];
    return title?.trim() ? short(title) : undefined;
  }
  return text.trim() ? short(text) : undefined;
}

/**
 * Where the submitted stack is: a JSON body's `url`, `html_url`, `web_url` or `link` (at the top or
 * under `data`/`stack`), else the Location header; with the `id` the body gives (`id`,
 * `report_id`, `stack_id`) when there is no URL.
 */
export function answerPlace(text: string, location: string | null | undefined, endpoint: string): string | undefined {
  const body = parsed(text);
  const objects = [body, (body as Record<string, unknown> | undefined)?.data, (body as Record<string, unknown> | undefined)?.stack].filter(
    (o): o is Record<string, unknown> => Boolean(o) && typeof o === "object" && !Array.isArray(o),
  );
  for (const o of objects) {
    const url = str(o.url) ?? str(o.html_url) ?? str(o.web_url) ?? str(o.link);
    if (url && /^https?:\/\//i.test(url)) return short(url);
  }
  if (location) {
    try {
      return short(new URL(location, endpoint).href);
    } catch {
      // an unreadable Location is left out
    }
  }
  for (const o of objects) {
    const id = str(o.id) ?? str(o.report_id) ?? str(o.stack_id);
    if (id) return `id ${short(id)}`;
  }
  return undefined;
}
