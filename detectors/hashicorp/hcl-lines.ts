import { textLines } from "../../src/kit.js";

/**
 * The labelled blocks and string attributes of a Packer template or a Nomad job, read line by line
 * as HashiCorp's configuration language writes them, one to a line or just inside a block opened on it: `source "amazon-ebs" "web" {`,
 * `provisioner "ansible" {`, `driver = "docker"`, `image = "redis:7.2"`. `#` and `//` comments are
 * skipped; a value built from variables (`"${var.image}"`) is left out.
 */
export interface HclLine {
  line: number;
  /** A block's type and first label: `["source", "amazon-ebs"]`. */
  block?: [string, string];
  /** An attribute set to a plain string: `["image", "redis:7.2"]`. */
  attribute?: [string, string];
}

export function readHclLines(text: string): HclLine[] {
  const out: HclLine[] = [];
  textLines(text).forEach((raw, i) => {
    const line = raw.trim();
    if (line.startsWith("#") || line.startsWith("//")) return;
    const block = /^([a-z_]+)\s+"([^"$]+)"(?:\s+"[^"]*")?\s*\{/.exec(line);
    if (block) out.push({ line: i + 1, block: [block[1]!, block[2]!] });
    // At the line's start or just inside a block opened on it (`config { image = "redis:7.2" }`).
    for (const m of line.matchAll(/(?:^|\{)\s*([a-z_]+)\s*=\s*"([^"$]+)"/g)) out.push({ line: i + 1, attribute: [m[1]!, m[2]!] });
  });
  return out;
}
