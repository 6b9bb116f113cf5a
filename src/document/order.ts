import type { ToolEntry } from "../types.js";
import { compareCodeUnits, largestGroupsFirst } from "../kit.js";

/**
 * The site does not list tools by category: it puts them in five blocks, each by name in code
 * units (`Yarn` before `npm`), as its techstack.yml files show over the corpus (adjacent truth
 * pairs kept: by category then name 2347 of 2485, by these blocks 2454):
 * 0. languages (`sub_category: Languages`): `C#` before `.NET`;
 * 1. the application's frameworks: the rest of Languages & Frameworks and the front-end libraries
 *    (`Guzzle, Laravel, Node.js, Tailwind CSS, Vue.js, jQuery`, one run by name);
 * 2. data: Data Stores and realtime back ends (`BullMQ, Firebase, MongoDB, Socket.IO`);
 * 3. build and run: Build, Test, Deploy, Monitoring and the servers of Application Hosting
 *    (`Git, Jest, NGINX, PHPUnit`);
 * 4. the rest, whatever the category or none (`Lodash, MailerSend, Nodemailer, Passport, axios`),
 *    including platforms and serverless hosting, which the site lists after `npm`.
 */
const FRONT_END_LIBRARIES = new Set([
  "Javascript UI Libraries",
  "Javascript MVC Frameworks",
  "JavaScript Framework Components",
  "State Management Library",
  "Charting Libraries",
]);
const HOSTING_LISTED_LATE = new Set(["Platform as a Service", "Serverless / Task Processing"]);

function block(entry: ToolEntry): number {
  const { category, sub_category: sub = "" } = entry;
  if (sub === "Languages") return 0;
  if (category === "Languages & Frameworks" || (category === "Libraries" && FRONT_END_LIBRARIES.has(sub))) return 1;
  if (category === "Data Stores" || sub === "Realtime Backend / API") return 2;
  if (category === "Build, Test, Deploy" || category === "Monitoring") return 3;
  if (category === "Application Hosting" && !HOSTING_LISTED_LATE.has(sub)) return 3;
  return 4;
}

/** Tool entries as the site lists them: by block (above), then name by code units. */
export function toolOrder(a: ToolEntry, b: ToolEntry): number {
  return block(a) - block(b) || nameOrder(a, b);
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
  const sorted = largestGroupsFirst(packages, registryOf).flatMap(([, group]) => group.sort(nameOrder));
  sorted.forEach((p, i) => (packages[i] = p));
  return packages;
}

/** Entries by name in code units (`Yarn` before `npm`). */
export function nameOrder(a: ToolEntry, b: ToolEntry): number {
  return compareCodeUnits(a.name, b.name);
}
