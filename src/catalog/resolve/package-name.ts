import type { Catalog } from "../catalog.js";
import type { Index } from "../resolve-index.js";
import { normalize } from "../name-keys.js";
import { MAX_PACKAGE_LENGTH, PINNED_PACKAGE, fileTools, isDataFileName, leadingStems, packageTools } from "../package-query.js";
import type { Readings } from "./readings.js";

/**
 * A package or image name, as a manifest or a compose file writes it ("psycopg2", "react-dom",
 * "@angular/core", "github.com/gin-gonic/gin", "laravel/framework", "postgres:15",
 * "bitnami/postgresql"): the tools the catalog's matchers say it reveals, where no name or alias
 * is the query. The first tool a key names is the package's own (0.95), any other a little under
 * (a Spring Boot starter names Spring Framework, then Spring Boot) unless the package's name opens
 * with that tool's name ("spring-boot-starter-web" is Spring Boot's).
 * `typed` is the query trimmed; `misspelt` says it misspells a whole key (fuzzy.ts).
 */
export function readPackageName(catalog: Catalog, index: Index, typed: string, misspelt: boolean, readings: Readings): void {
  if (readings.reaches(0.99) || typed.length > MAX_PACKAGE_LENGTH) return;
  const stems = leadingStems(typed);
  const revealed = packageTools(catalog, index, typed, !misspelt);
  // A file name or path a matcher knows ("Chart.yaml", "main.tf", ".circleci/config.yml"), read as
  // a package name is: the tools a scan names from a file so named.
  for (const [tool, first] of fileTools(catalog, typed)) if (!revealed.get(tool)) revealed.set(tool, first);
  // The package's own tool is the one its longest opening run of words names, the whole name
  // when a release is pinned after it ("@angular/cli@17.0.0" is Angular CLI's, not Angular's).
  const pinned = PINNED_PACKAGE.exec(typed)?.[1];
  const runs = pinned ? [normalize(pinned.replace(/^@/, "")), ...stems] : stems;
  const ownRun = runs.find((run) => (index.exact.get(run) ?? []).some((e) => e.key === run && revealed.has(e.tool)));
  const ownTools = new Set((ownRun ? index.exact.get(ownRun) ?? [] : []).filter((e) => e.key === ownRun).map((e) => e.tool.id));
  for (const [tool, first] of revealed) readings.add(tool, ownTools.has(tool.id) ? 0.96 : first ? 0.95 : 0.93, "package");
  // A package named after its tool, with more words joined on ("react-dom", "hibernate-core",
  // "spring-boot-starter-web", "@sentry/react"): the longest opening run of words that is a name,
  // alias or slug as written, under every key matched whole, over every fuzzy guess. Only a name
  // written as one word, as packages are: words typed apart after a name are often a product of
  // its own ("azure cli", "google sheets"), and no guess of the vendor.
  // A data or settings file ("README.md", "turbo.json") is no package: its name before the dot names no tool so.
  if (misspelt || /\s/.test(typed) || isDataFileName(typed) || readings.reaches(0.94)) return;
  for (const stem of stems) {
    const hits = (index.exact.get(stem) ?? []).filter((e) => e.key === stem);
    for (const e of hits) readings.add(e.tool, 0.92, e.kind);
    if (hits.length) break;
  }
}
