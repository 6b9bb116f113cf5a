// The folder holding catalog-sources (the site's tool list, ODbL): the one given with --shared, else
// ../shared beside the checkout (CI's layout), else ../../shared (a worktree one level deeper).
import { existsSync } from "node:fs";
import { join } from "node:path";

export function sharedFolder(checkout, given) {
  const found = [given, join(checkout, "../shared"), join(checkout, "../../shared")].find((d) => d && existsSync(join(d, "catalog-sources")));
  if (!found) throw new Error("no shared folder with catalog-sources beside the checkout: give --shared DIR");
  return found;
}
