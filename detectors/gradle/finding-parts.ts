import type { DetectContext } from "../../src/types.js";

/** A plugin's finding; a version written elsewhere (the catalog, the root's `apply false`) cites that file. */
export function reportPlugin(ctx: DetectContext, file: string, id: string, line: number | undefined, declared: { version: string; file: string } | undefined): void {
  ctx.report({ ref: `gradle-plugin:${id}`, file, line, version: declared?.version, versionFile: declared && declared.file !== file ? declared.file : undefined });
}

/** A catalog library's own lines in its catalog (its entry, its `[versions]` entry): part of the declaration of a script's dependency on it. */
export function catalogLines(file: string | undefined, lines: readonly number[] | undefined): { alsoDeclaredAt?: Array<{ file: string; line: number }> } {
  return file && lines?.length ? { alsoDeclaredAt: lines.map((line) => ({ file, line })) } : {};
}
