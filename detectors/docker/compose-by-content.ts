import { isComposeFile } from "./compose.js";
import type { DockerScan } from "./scan-state.js";

/**
 * Another root YAML file: a compose file only by its content (`local.yml` and `production.yml`, as
 * cookiecutter-django writes them, run with `docker compose -f`). The text is looked at before
 * parsing, so the other YAML files at the root are not parsed for nothing.
 */
export async function reportComposeByContent(scan: DockerScan, file: string): Promise<void> {
  const { ctx } = scan;
  if (scan.composeRead.has(file)) return;
  const text = await ctx.text(file);
  if (text === undefined || !/^services\s*:/m.test(text)) return;
  // Several documents (Drone's pipelines, `---` between them) are no compose file, which
  // Compose reads as one: not parsed, so no warning that the stream is malformed.
  if (severalDocuments(text)) return;
  const data = await ctx.yaml(file);
  if (!isComposeFile(data)) return;
  // Compose reads it only when told to (`docker compose -f local.yml`): a variant, whatever its name.
  ctx.report({ ref: "format:compose-file", file, variant: true });
  await scan.readComposeFile(data, file, text, undefined, true);
}

/** A YAML stream holding content before one of its `---` separators (a leading one opens the first document). */
export function severalDocuments(text: string): boolean {
  const content = /^(?![ \t]*#)(?!---(?:[ \t]|$))(?!%)[ \t]*\S/m.exec(text);
  if (!content) return false;
  const separator = /^---(?:[ \t].*)?$/gm;
  separator.lastIndex = content.index;
  return separator.test(text);
}
