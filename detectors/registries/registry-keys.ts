import type { DetectContext } from "../../src/types.js";

/** Vendors' own public registries under a pattern that otherwise means a customer's private one. */
const VENDOR_PUBLIC_HOSTS = new Set(["groovy.jfrog.io", "releases.jfrog.io", "jfrog.bintray.com"]);

/** An AWS account number or region label, written as `*` in the keys. */
const VARYING_LABEL = /^(\d{12}|[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d)$/;

/**
 * The host and first path segment of a URL (`https://user:token@gem.fury.io/acme/`), a
 * scheme-less `//host/path` or an image reference (`quay.io/acme/api:1.2`); undefined for a
 * template or variable, or an image without a registry host.
 */
export function registryHost(url: string): { host: string; port?: string; segment?: string } | undefined {
  let rest = url.trim().replace(/^["']|["']$/g, "");
  const scheme = /^(?:[a-z][\w+.-]*:)?\/\//i.exec(rest);
  if (scheme) rest = rest.slice(scheme[0].length);
  else {
    // An image reference: its first part is a registry host only with a dot or a port (or localhost).
    const first = rest.split("/")[0]!;
    if (!rest.includes("/") || !/[.:]|^localhost$/.test(first)) return undefined;
  }
  const slash = rest.indexOf("/");
  let authority = slash < 0 ? rest : rest.slice(0, slash);
  const path = slash < 0 ? "" : rest.slice(slash + 1);
  authority = authority.slice(authority.lastIndexOf("@") + 1);
  const [host, port] = authority.toLowerCase().split(":");
  if (!host || !/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(host)) return undefined;
  if (port !== undefined && !/^\d+$/.test(port)) return undefined;
  const segment = path.split(/[/:@?#]/)[0]!.toLowerCase();
  return { host, port, segment: /^[a-z0-9][\w.-]*$/.test(segment) ? segment : undefined };
}

/** The candidate keys of a host, most specific first (see the detector's comment in index.ts). */
export function registryKeys(url: string): string[] {
  const parsed = registryHost(url);
  if (!parsed || VENDOR_PUBLIC_HOSTS.has(parsed.host)) return [];
  const labels = parsed.host.split(".").map((l) => (VARYING_LABEL.test(l) ? "*" : l));
  const hosts: string[] = [];
  if (parsed.port) hosts.push(`${labels.join(".")}:${parsed.port}`);
  hosts.push(labels.join("."));
  for (let i = 1; i < labels.length - 1; i++) hosts.push(["*", ...labels.slice(i)].join("."));
  const keys: string[] = [];
  for (const h of hosts) {
    if (parsed.segment) keys.push(`${h}/${parsed.segment}`);
    keys.push(h);
  }
  if (parsed.segment) keys.push(`*/${parsed.segment}`);
  return keys;
}

/** The first candidate key of a URL the catalog's `kind` knows a tool for. */
export function registryKey(ctx: DetectContext, kind: string, url: string): string | undefined {
  return registryKeys(url).find((key) => ctx.lookup(kind, key).length > 0);
}
