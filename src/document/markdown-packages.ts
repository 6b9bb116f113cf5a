import type { Registry } from "../catalog/types.js";
import type { ToolEntry } from "../types.js";
import { largestGroupsFirst } from "../kit.js";
import { nameOrder } from "./order.js";
import { cell, linkTarget, shortDate } from "./markdown-text.js";

/**
 * The open source packages of techstack.md: a table per registry, largest first as the site orders
 * them, with name, version, last change, author, license and known vulnerabilities.
 */
export function writePackageTables(out: string[], packages: ToolEntry[], registries: ReadonlyMap<string, Registry>): void {
  out.push("", `## <img src='https://img.stackshare.io/group.svg' /> Open source packages (${packages.length})</h2>`, "");
  let first = true;
  const rows = packages.map((p) => ({ p, ...tableOf(p, registries) }));
  for (const [title, list] of largestGroupsFirst(rows, (row) => row.title)) {
    // Two empty lines between one registry's table and the next heading.
    if (!first) out.push("");
    first = false;
    const icon = list.find((row) => row.registry?.icon)?.registry?.icon;
    out.push(`## ${icon ? `<img width='24' height='24' src='${icon}'/> ` : ""}${title} (${list.length})`, "");
    out.push("|NAME|VERSION|LAST UPDATED|LAST UPDATED BY|LICENSE|VULNERABILITIES|", "|:------|:------|:------|:------|:------|:------|");
    for (const row of list.sort((a, b) => nameOrder(a.p, b.p))) out.push(packageRow(row.p, row.registry));
    out.push("");
  }
}

function packageRow(p: ToolEntry, registry: Registry | undefined): string {
  const vulns = p.vulnerabilities?.length
    ? p.vulnerabilities.map((v) => `[${cell(v.cve_id ?? "")}](${linkTarget(v.cve_url ?? "")}) (${cell(capitalize(v.severity ?? ""))})`).join("<br/>")
    : "N/A";
  const when = p.last_updated_on ? shortDate(p.last_updated_on) : "N/A";
  const page = p.package_url ?? registry?.markdown_url?.replace("{name}", p.name.replaceAll(":", "/"));
  const name = page ? `[${cell(p.name)}](${linkTarget(page)})` : cell(p.name);
  return `|${name}|${p.version ? `v${cell(p.version)}` : "N/A"}|${when}|${cell(p.last_updated_by ?? "N/A")} |${cell(p.license ?? "N/A")}|${vulns}|`;
}

/**
 * The table a package entry is a row of: the registry its page is on (`npm`), titled by the
 * registry's title or else its page prefix; an entry with no page (a Maven coordinate), the registry
 * whose entries have none, filed as it is, titled by its title or else the sub-category; a page no
 * registry gives, its host.
 */
function tableOf(p: ToolEntry, registries: ReadonlyMap<string, Registry>): { title: string; registry?: Registry } {
  for (const registry of registries.values()) {
    const prefix = registry.package_url?.split("{name}")[0];
    if (prefix && p.package_url?.startsWith(prefix)) return { title: registry.title ?? prefix, registry };
  }
  if (!p.package_url) {
    const registry = [...registries.values()].find((r) => !r.package_url && r.category === p.category && r.sub_category === p.sub_category);
    return { title: registry?.title ?? p.sub_category!, registry };
  }
  // A page no registry gives, by its host; one that is no URL (a package added by hand) as written.
  const url = URL.canParse(p.package_url) ? new URL(p.package_url) : undefined;
  return { title: url?.hostname || p.package_url.replace(/\s+/g, " ") };
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
