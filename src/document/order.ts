import type { ToolEntry } from "../types.js";
import { compareCodeUnits } from "../kit.js";

/** The site's categories, in the order a reader meets them: languages first, business last. */
const CATEGORY_ORDER = [
  "Languages & Frameworks",
  "Libraries",
  "Data Stores",
  "Build, Test, Deploy",
  "Monitoring",
  "Application Hosting",
  "Application Utilities",
  "Assets and Media",
  "Analytics",
  "Communications",
  "Collaboration",
  "Payments",
  "Support, Sales, and Marketing",
  "Back Office",
  "Mobile",
  "Design",
];

function rank(category: string | undefined): number {
  const i = category ? CATEGORY_ORDER.indexOf(category) : -1;
  return i < 0 ? CATEGORY_ORDER.length : i;
}

/** 0 for a language (`sub_category: Languages`), which the site lists first in its category. */
function languageFirst(entry: ToolEntry): number {
  return entry.sub_category === "Languages" ? 0 : 1;
}

/**
 * Tool entries by category, languages first in theirs (`C#` before `.NET`, `TypeScript` before
 * `Angular`), then name by code units, as the site lists them (`Yarn` before `npm`).
 */
export function toolOrder(a: ToolEntry, b: ToolEntry): number {
  return rank(a.category) - rank(b.category) || languageFirst(a) - languageFirst(b) || compareCodeUnits(a.name, b.name);
}

/** The registry a package entry's page is on: the host of its `package_url`. */
function registryOf(entry: ToolEntry): string {
  const url = entry.package_url ?? "";
  const start = url.indexOf("//") + 2;
  const end = url.indexOf("/", start);
  return start < 2 ? url : url.slice(start, end < 0 ? undefined : end);
}

/**
 * Package entries sorted in place as the site lists them: one block per registry, the registry with
 * the most entries first (ties by the registry's host), and by name in code units inside a block.
 * The site's files put npm's 30 packages before Packagist's 23 in one repository and Packagist's 18
 * before npm's 13 in another, so no fixed order of registries fits.
 */
export function sortPackages(packages: ToolEntry[]): ToolEntry[] {
  const count = new Map<string, number>();
  for (const p of packages) count.set(registryOf(p), (count.get(registryOf(p)) ?? 0) + 1);
  return packages.sort((a, b) => {
    const ra = registryOf(a);
    const rb = registryOf(b);
    return count.get(rb)! - count.get(ra)! || compareCodeUnits(ra, rb) || compareCodeUnits(a.name, b.name);
  });
}
