import type { DetectContext } from "../../src/types.js";
import { baseName, hostName, isRecord, textLines, yamlDocuments } from "../../src/kit.js";

/**
 * A JVM application's configuration (application.properties or .yml, and its profiles'
 * application-<profile> files): a Grails 1.x/2.x application's `app.grails.version`, and the SMTP
 * server Spring Boot's `spring.mail.host` or Quarkus' `quarkus.mailer.host` sends mail through.
 */
export function reportApplicationConfig(ctx: DetectContext, file: string, text: string): void {
  const base = baseName(file);
  // Only Grails' metadata file carries this key; a Spring Boot application.properties does not.
  const grails = base === "application.properties" ? /^[ \t]*app\.grails\.version[ \t]*[=:][ \t]*([\w.-]+)/m.exec(text)?.[1] : undefined;
  if (grails) ctx.report({ ref: "runtime:grails", file, version: grails });
  // Only a file that sets a mail key is read further (parsed, for YAML).
  if (!/spring\.mail\.host|quarkus\.mailer\.host|^[ \t]*mail(?:er)?[ \t]*:/m.test(text)) return;
  const hosts = base.endsWith(".properties") ? mailHostsOfProperties(text) : mailHostsOfYaml(yamlDocuments(ctx, file, text) ?? []);
  for (const host of new Set(hosts)) {
    if (ctx.lookup("smtp-host", host).length > 0) ctx.report({ ref: `smtp-host:${host}`, file, line: hostLine(text, host) });
  }
}

/** An SMTP server as written (`smtp.sendgrid.net`), or the default of a `${MAIL_HOST:smtp.sendgrid.net}` placeholder; lower-cased. */
function smtpServer(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const v = value.trim();
  const server = /^\$\{[\w.-]+:([^}]*)\}$/.exec(v)?.[1] ?? v;
  return hostName(server);
}

/**
 * The SMTP servers of an application.properties: Spring Boot's `spring.mail.host` and Quarkus'
 * `quarkus.mailer.host`, also under a Quarkus profile (`%prod.quarkus.mailer.host`). The key ends
 * at `=`, `:` or white space, as java.util.Properties reads it (`spring.mail.host smtp.sendgrid.net`
 * too); comments skipped.
 */
export function mailHostsOfProperties(text: string): string[] {
  const out: string[] = [];
  for (const line of textLines(text)) {
    const m = /^[ \t]*(?:%[\w-]+(?:,[\w-]+)*\.)?(?:spring\.mail|quarkus\.mailer)\.host(?:[ \t]*[=:][ \t]*|[ \t]+)(\S+)/.exec(line);
    const host = smtpServer(m?.[1]);
    if (host) out.push(host);
  }
  return out;
}

/**
 * The SMTP servers of an application.yml's documents, nested or as a dotted key: Spring Boot's
 * `spring.mail.host` and Quarkus' `quarkus.mailer.host` (quarkus-config-yaml), also under a Quarkus
 * profile's key (`"%prod": { quarkus: ... }`).
 */
export function mailHostsOfYaml(docs: unknown[]): string[] {
  const out: string[] = [];
  const roots = docs.filter(isRecord).flatMap((doc) => [doc, ...Object.keys(doc).filter((k) => k.startsWith("%")).map((k) => doc[k]).filter(isRecord)]);
  for (const doc of roots) {
    const candidates = [...hostsUnder(doc, "spring", "mail"), ...hostsUnder(doc, "quarkus", "mailer")];
    for (const value of candidates) {
      const host = smtpServer(value);
      if (host) out.push(host);
    }
  }
  return out;
}

/** `root.mail.host`, `root["mail.host"]` and `"root.mail.host"` of a YAML document, as Spring and Quarkus read them alike. */
function hostsUnder(doc: Record<string, unknown>, root: string, section: string): unknown[] {
  const top = doc[root];
  const nested = isRecord(top) ? top[section] : undefined;
  return [isRecord(nested) ? nested.host : undefined, isRecord(top) ? top[`${section}.host`] : undefined, doc[`${root}.${section}.host`]];
}

/**
 * The 1-based line where the lower-cased `needle` first occurs in `text` outside a comment line (`#`,
 * and a properties file's `!`): a commented-out `# spring.mail.host=...` above is not where it is set.
 */
function hostLine(text: string, needle: string): number | undefined {
  const at = textLines(text).findIndex((line) => !/^\s*[#!]/.test(line) && line.toLowerCase().includes(needle));
  return at < 0 ? undefined : at + 1;
}
