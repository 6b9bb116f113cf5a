import type { DetectContext } from "../../src/types.js";
import { baseName, isRecord, offsetLines, textLines } from "../../src/kit.js";
import { readDocuments } from "./documents.js";

/**
 * The outputs a log or metric shipper sends to, each a catalog key of its own kind: Telegraf's
 * `[[outputs.influxdb_v2]]` tables (and the servers its `[[inputs.*]]` read), Fluent Bit's `[OUTPUT]` sections' `Name` (or, in its YAML
 * form, `pipeline.outputs[].name`), and Fluentd's `<match>` blocks' `@type`. Comments are skipped;
 * the files themselves name Telegraf, Fluent Bit and Fluentd through the catalog's `file` globs.
 */
export async function readShipper(ctx: DetectContext, file: string): Promise<void> {
  const base = baseName(file);
  const text = (await ctx.text(file)) ?? "";
  const outputs = new ShipperOutputs();
  if (/^fluent-bit|^td-agent-bit/.test(base) && /\.ya?ml$/.test(base)) await readFluentBitYaml(ctx, file, text, outputs);
  else {
    const read = /^telegraf/.test(base) || file.includes("telegraf.d/") ? readTelegraf : /^(fluent-bit|td-agent-bit)/.test(base) ? readFluentBitClassic : readFluentd;
    read(textLines(text), outputs);
  }
  outputs.report(ctx, file);
}

/** A shipper file's outputs (and inputs), each once, in the order first found, with its line. */
class ShipperOutputs {
  private readonly found: Array<{ ref: string; line: number }> = [];
  private readonly seen = new Set<string>();

  /** A line to work out is asked only for a new output (a file of thousands of them was squared). */
  add(kind: string, name: string, line: number | (() => number)): void {
    const ref = `${kind}:${name.toLowerCase()}`;
    if (this.seen.has(ref)) return;
    this.seen.add(ref);
    this.found.push({ ref, line: typeof line === "number" ? line : line() });
  }

  report(ctx: DetectContext, file: string): void {
    for (const { ref, line } of this.found) ctx.report({ ref, file, line });
  }
}

/** Fluent Bit's YAML form: `pipeline.outputs[].name` of each document. */
async function readFluentBitYaml(ctx: DetectContext, file: string, text: string, outputs: ShipperOutputs): Promise<void> {
  const lineOfOutput = fluentBitOutputLines(text);
  for (const data of (await readDocuments(ctx, file, text)) ?? []) {
    const list = isRecord(data) && isRecord(data.pipeline) && Array.isArray(data.pipeline.outputs) ? data.pipeline.outputs : [];
    for (const output of list) {
      if (isRecord(output) && typeof output.name === "string") outputs.add("fluentbit-output", output.name, lineOfOutput(output.name));
    }
  }
}

/**
 * The line of a Fluent Bit YAML output, by its name, worked out when asked for. Each output's
 * line is its own `name:` line below `outputs:`: the name's first place in the text may be
 * elsewhere (`es` in an input's `path: /var/log/messages`, `http` in `http_server: on`).
 */
function fluentBitOutputLines(text: string): (name: string) => () => number {
  const named = new Map<string, number>();
  const outputsAt = text.search(/^[ \t]*outputs[ \t]*:/m);
  // One line table for both passes below: the second searches from `outputs:` again, so its
  // offsets may fall before the first's last (a counter that only counts forward would not do).
  const lineAt = offsetLines(text);
  if (outputsAt >= 0) {
    for (const m of text.slice(outputsAt).matchAll(/^[ \t]*(?:-[ \t]*)?name[ \t]*:[ \t]*["']?([^\s"'#]+)/gm)) {
      if (!named.has(m[1]!)) named.set(m[1]!, lineAt(outputsAt + m.index!));
    }
  }
  // An output whose `name:` line that pattern misses (a flow map's `- {name: es}`): its name's
  // next place after the last one found, in the order the outputs are written, so the text is
  // searched once; past a name not found, the `outputs:` line.
  let cursor = Math.max(0, outputsAt);
  let searching = true;
  const outputsLine = outputsAt >= 0 ? lineAt(outputsAt) : 1;
  return (name) => (): number => {
    const known = named.get(name.trim());
    if (known !== undefined) return known;
    const at = searching ? text.indexOf(name, cursor) : -1;
    if (at < 0) {
      searching = false;
      return outputsLine;
    }
    cursor = at + name.length;
    return lineAt(at);
  };
}

/**
 * Telegraf's `[[outputs.*]]` tables, and its inputs too (`[[inputs.postgresql]]`): the catalog keys
 * only those that read a server or broker the system runs (PostgreSQL, Redis, an MQTT broker), not
 * the host's own metrics (cpu, disk).
 */
function readTelegraf(lines: readonly string[], outputs: ShipperOutputs): void {
  lines.forEach((line, i) => {
    const m = /^\s*\[\[\s*(outputs|inputs)\.([a-z0-9_]+)\s*\]\]/.exec(line);
    if (m) outputs.add(m[1] === "outputs" ? "telegraf-output" : "telegraf-input", m[2]!, i + 1);
  });
}

/** Fluent Bit's classic form: each `[OUTPUT]` section's `Name`. */
function readFluentBitClassic(lines: readonly string[], outputs: ShipperOutputs): void {
  let section = "";
  lines.forEach((line, i) => {
    if (/^\s*#/.test(line)) return;
    const head = /^\s*\[([A-Za-z_]+)\]\s*$/.exec(line);
    if (head) section = head[1]!.toUpperCase();
    else if (section === "OUTPUT") {
      const m = /^\s*name\s+([A-Za-z0-9_.-]+)\s*$/i.exec(line);
      if (m) outputs.add("fluentbit-output", m[1]!, i + 1);
    }
  });
}

/** Fluentd's `<match>` blocks' `@type`. */
function readFluentd(lines: readonly string[], outputs: ShipperOutputs): void {
  let inMatch = false;
  lines.forEach((line, i) => {
    if (/^\s*#/.test(line)) return;
    if (/^\s*<match\b/.test(line)) inMatch = true;
    else if (/^\s*<\/match>/.test(line)) inMatch = false;
    else if (inMatch) {
      // Fluentd 0.12 wrote `type`, later releases `@type`; a <store> of a copy output counts too.
      const m = /^\s*@?type\s+([A-Za-z0-9_-]+)\s*$/.exec(line);
      if (m) outputs.add("fluentd-output", m[1]!, i + 1);
    }
  });
}
