import { repositoryUrl } from "../git/forges.js";
import type { StackDocument } from "../types.js";

/** A header fact saying where the repository is published, as the committed file and a rewrite give it. */
export interface PlaceChange {
  field: "repo_name" | "provider" | "repository page";
  from: string;
  to: string;
}

/**
 * Where `before` (a committed techstack.yml) and `after` (what write would write: a scan given its
 * rule for keeping the file's repository, a fork's clone keeping it where a remote is it) disagree
 * on where the repository is published: its repo_name, provider and the page its links open (the
 * host and repository of each detection_source_url; the branch is not compared), each as written,
 * since write writes `after`'s (a remote spelt `Acme/Shop` rewrites `acme/shop`). None where `after`
 * names no repository on a code host (no git, no remote): the checkout cannot say where the file is
 * published.
 */
export function placeChanges(before: StackDocument, after: StackDocument): PlaceChange[] {
  const now = { repo_name: text(after.repo_name), provider: text(after.provider), page: pageOf(after) };
  if (!now.page) return [];
  const was = { repo_name: text(before.repo_name), provider: text(before.provider), page: pageOf(before) ?? "" };
  const changes: PlaceChange[] = [];
  if (was.repo_name !== now.repo_name) changes.push({ field: "repo_name", from: was.repo_name, to: now.repo_name });
  if (was.provider !== now.provider) changes.push({ field: "provider", from: was.provider, to: now.provider });
  if (was.page !== now.page) changes.push({ field: "repository page", from: was.page, to: now.page });
  return changes;
}

/** The repository page a document's header and links name, if any. */
function pageOf(document: StackDocument): string | undefined {
  const links = (Array.isArray(document.tools) ? document.tools : []).map((tool) => (typeof tool?.detection_source_url === "string" ? tool.detection_source_url : undefined));
  return repositoryUrl(text(document.provider) || undefined, text(document.repo_name), links);
}

/** A header value as written ("" where the file has none or another kind of value). */
function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}
