import type { ToolEntry } from "../types.js";

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

/** Tool entries by category, then name. */
export function toolOrder(a: ToolEntry, b: ToolEntry): number {
  return rank(a.category) - rank(b.category) || compareText(a.name, b.name);
}

/** Case-insensitive first, then exact, so the order never depends on the locale. */
export function compareText(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}
