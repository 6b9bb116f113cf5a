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
  for (const [title, list] of largestGroupsFirst(packages, (p) => registryTitle(p, registries))) {
    // Two empty lines between one registry's table and the next heading.
    if (!first) out.push("");
    first = false;
    const registry = [...registries.values()].find((r) => r.title === title);
    out.push(`## ${registry?.icon ? `<img width='24' height='24' src='${registry.icon}'/> ` : ""}${title} (${list.length})`, "");
    out.push("|NAME|VERSION|LAST UPDATED|LAST UPDATED BY|LICENSE|VULNERABILITIES|", "|:------|:------|:------|:------|:------|:------|");
    for (const p of list.sort(nameOrder)) out.push(packageRow(p, registry));
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
 * The title of the registry a package entry's page is on (`npm`), or its host when none matches;
 * an entry with no page (a Maven coordinate), that of the registry whose entries have none, filed
 * as it is, else its sub-category.
 */
function registryTitle(p: ToolEntry, registries: ReadonlyMap<string, Registry>): string {
  for (const r of registries.values()) {
    const prefix = r.package_url?.split("{name}")[0];
    if (prefix && p.package_url?.startsWith(prefix)) return r.title ?? prefix;
  }
  if (!p.package_url) {
    const own = [...registries.values()].find((r) => !r.package_url && r.category === p.category && r.sub_category === p.sub_category);
    return own?.title ?? p.sub_category!;
  }
  // A page no registry gives, by its host; one that is no URL (a package added by hand) as written.
  const url = URL.canParse(p.package_url!) ? new URL(p.package_url!) : undefined;
  return url?.hostname || p.package_url!.replace(/\s+/g, " ");
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
