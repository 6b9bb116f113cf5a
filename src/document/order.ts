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

/** Tool entries by category, then name by code units, as the site lists them (`Yarn` before `npm`). */
export function toolOrder(a: ToolEntry, b: ToolEntry): number {
  return rank(a.category) - rank(b.category) || compareCodeUnits(a.name, b.name);
}
