import { MemorySource, builtinCatalog } from "../src/index.js";
import { runDetectors } from "../src/scan/run.js";
import type { Detector, Finding } from "../src/types.js";

/** How the findings come back: sorted by file, then line or ref, or in the order the detector reported them. */
export type FindingOrder = "file, line, ref" | "file, ref, line" | "as found";

const ORDERS: Record<Exclude<FindingOrder, "as found">, (a: Finding, b: Finding) => number> = {
  "file, line, ref": (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.ref.localeCompare(b.ref),
  "file, ref, line": (a, b) => a.file.localeCompare(b.file) || a.ref.localeCompare(b.ref) || (a.line ?? 0) - (b.line ?? 0),
};

/** What one detector alone reports for a tree, and its warnings as `file: message`. */
export async function detectorFindings(
  detector: Detector,
  files: Record<string, string>,
  order: FindingOrder = "file, line, ref",
): Promise<{ findings: Finding[]; warnings: string[] }> {
  const run = await runDetectors(new MemorySource(files), [detector], builtinCatalog());
  const findings = run.findings.filter((f) => f.detector === detector.name).map(({ detector: _, ...f }) => f as Finding);
  if (order !== "as found") findings.sort(ORDERS[order]);
  return { findings, warnings: run.warnings.map((w) => `${w.file}: ${w.message}`) };
}

/** Findings written compactly: `ref@line declared->version (versionFile) [dev]`, only the parts a finding has. */
export function compact(findings: readonly Finding[]): string[] {
  return findings.map((f) =>
    [
      f.ref,
      f.line ? `@${f.line}` : "",
      f.declared !== undefined ? ` ${f.declared}` : "",
      f.version !== undefined ? ` ->${f.version}` : "",
      f.versionFile ? ` (${f.versionFile})` : "",
      f.direct ? " direct" : "",
      f.dev ? " dev" : "",
      f.installed ? " installed" : "",
      f.transitive ? " transitive" : "",
    ].join(""),
  );
}

/** `compact` findings grouped by the file that showed them. */
export function byFile(findings: readonly Finding[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const f of findings) (out[f.file] ??= []).push(...compact([f]));
  return out;
}
