import { textLines } from "../../src/kit.js";

/**
 * The database adapters a Rails `config/database.yml` names (`adapter: postgresql`, quoted or not,
 * any environment's), lower-cased, each once at the line that first declares it: the environments
 * that repeat one (development, test, production) or take it through `<<: *default` point at that
 * line, not at the file's first. A commented-out `# adapter: mysql2` and an ERB value
 * (`<%= ENV["DB_ADAPTER"] %>`) give nothing.
 */
export function databaseAdapters(text: string): Array<{ adapter: string; line: number }> {
  const out: Array<{ adapter: string; line: number }> = [];
  const seen = new Set<string>();
  textLines(text).forEach((raw, i) => {
    const adapter = /^[ \t]*adapter:[ \t]*["']?([\w-]+)/.exec(raw)?.[1]?.toLowerCase();
    if (adapter === undefined || seen.has(adapter)) return;
    seen.add(adapter);
    out.push({ adapter, line: i + 1 });
  });
  return out;
}

/**
 * The SMTP servers an Action Mailer configuration names as literals (`address: "smtp.sendgrid.net"`,
 * `:address => 'smtp.mailgun.org'`), with their line; commented lines and values read from the
 * environment (`ENV["SMTP_HOST"]`) give nothing. Each host once, at its first line (a file repeating
 * one 100,000 times gave as many findings, each carried through the document build).
 */
export function smtpHosts(text: string): Array<{ host: string; line: number }> {
  const out: Array<{ host: string; line: number }> = [];
  const seen = new Set<string>();
  textLines(text).forEach((raw, i) => {
    const line = raw.replace(/^\s+/, "");
    if (line.startsWith("#")) return;
    for (const m of line.matchAll(/(?:^|[\s{,(:])["']?address["']?\s*(?::|=>)\s*["']([A-Za-z0-9.-]+\.[A-Za-z]{2,})["']/g)) {
      const host = m[1]!.toLowerCase();
      if (!seen.has(host)) out.push({ host, line: i + 1 });
      seen.add(host);
    }
  });
  return out;
}

/**
 * The Action Mailer delivery methods an environment sets (`config.action_mailer.delivery_method =
 * :postmark`, `:ses`), with their line: each one a gem registers for its service. Commented lines
 * give nothing; Rails' own methods (smtp, sendmail, file, test) are no service, and the catalog keys none.
 * Each method once, at its first line.
 */
export function deliveryMethods(text: string): Array<{ method: string; line: number }> {
  const out: Array<{ method: string; line: number }> = [];
  const seen = new Set<string>();
  textLines(text).forEach((raw, i) => {
    const method = /^\s*(?:config\.)?action_mailer\.delivery_method\s*=\s*:(\w+)/.exec(raw)?.[1]?.toLowerCase();
    if (method !== undefined && !seen.has(method)) out.push({ method, line: i + 1 });
    if (method !== undefined) seen.add(method);
  });
  return out;
}

/**
 * The domains of the S3-compatible services an Active Storage configuration points its S3 service
 * at (`endpoint: https://nyc3.digitaloceanspaces.com` -> `digitaloceanspaces.com`, the host's last
 * two labels, as each service's hosts vary by region or account), with their line. Commented lines
 * (the stock file's) and values read from the environment give nothing.
 */
export function storageEndpoints(text: string): Array<{ domain: string; line: number }> {
  const out: Array<{ domain: string; line: number }> = [];
  textLines(text).forEach((raw, i) => {
    const m = /^\s*endpoint:\s*["']?https?:\/\/([A-Za-z0-9.-]+\.[A-Za-z]{2,})(?=[:/"'\s]|$)/.exec(raw);
    if (m) out.push({ domain: m[1]!.toLowerCase().split(".").slice(-2).join("."), line: i + 1 });
  });
  return out;
}
