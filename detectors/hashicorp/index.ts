import type { Detector } from "../../src/types.js";
import { baseName, isRecord, lineOf, lineOfEach } from "../../src/kit.js";
import { readVagrantfile } from "./vagrantfile.js";
import { readHclLines } from "./hcl-lines.js";
import { reportImageRef } from "../docker/image-findings.js";
import { lowerBound } from "../../src/versions/range.js";
import { HASHICORP_FILES } from "../files.js";

/**
 * HashiCorp's machine and job files, read as text: a Vagrantfile's providers, provisioners and
 * boxes (VirtualBox, Ansible, Ubuntu), a Packer template's builders and provisioners (`source "amazon-ebs"`:
 * Amazon EC2; in HCL, HCL's JSON form, or a legacy JSON template's `builders`), and a Nomad job's task drivers and the images its tasks run (`redis:7.2`: Redis 7.2).
 * The files themselves name Vagrant, Packer and Nomad through the catalog's `file` globs.
 */
export const hashicorpDetector: Detector = {
  name: "hashicorp",
  files: HASHICORP_FILES,
  async detect(ctx) {
    for (const file of ctx.files) {
      const text = await ctx.text(file);
      if (text === undefined) continue;
      if (baseName(file) === "Vagrantfile") {
        const use = readVagrantfile(text);
        for (const p of use.providers) ctx.report({ ref: `vagrant-provider:${p.name}`, file, line: p.line });
        for (const p of use.provisioners) ctx.report({ ref: `vagrant-provisioner:${p.name}`, file, line: p.line });
        for (const b of use.boxes) ctx.report({ ref: `vagrant-box:${b.name}`, file, line: b.line });
      } else if (file.endsWith(".json")) {
        // A Packer template in JSON: HCL's JSON form (`*.pkr.json`: `"source": { "amazon-ebs": { ... } }`)
        // or the legacy template (`"builders": [{ "type": "amazon-ebs" }]`), which names Packer by that shape
        // (its file names are a project's own: packer.json, packer/web.json).
        // A JSON of a packer/ folder that holds no template (variables, a malformed one) is not parsed.
        if (!file.endsWith(".pkr.json") && !/"builders"\s*:/.test(text)) continue;
        const template = packerJson(await ctx.json(file));
        if (!template) continue;
        if (template.legacy && !file.endsWith(".pkr.json")) ctx.report({ ref: "format:packer-template", file });
        // Each name's first line through one lookup of the file (30,000 builders each searched from the top took 35 s).
        const lineOfName = lineOfEach(text);
        for (const name of template.builders) ctx.report({ ref: `packer-builder:${name}`, file, line: lineOfName(`"${name}"`) });
        for (const name of template.provisioners) ctx.report({ ref: `packer-provisioner:${name}`, file, line: lineOfName(`"${name}"`) });
      } else if (file.endsWith(".pkr.hcl")) {
        // The Packer release the template asks for (`packer { required_version = ">= 1.9.0" }`): its floor.
        const required = /^[ \t]*required_version[ \t]*=[ \t]*"([^"$]+)"/m.exec(packerSettings(text));
        if (required) ctx.report({ ref: "format:packer-required-version", file, line: lineOf(text, "required_version"), declared: required[1], version: lowerBound(required[1]!) });
        for (const { block, line } of readHclLines(text)) {
          if (block?.[0] === "source") ctx.report({ ref: `packer-builder:${block[1].toLowerCase()}`, file, line });
          if (block?.[0] === "provisioner") ctx.report({ ref: `packer-provisioner:${block[1].toLowerCase()}`, file, line });
        }
      } else {
        for (const { attribute, line } of readHclLines(text)) {
          if (attribute?.[0] === "driver") ctx.report({ ref: `nomad-driver:${attribute[1].toLowerCase()}`, file, line });
          if (attribute?.[0] !== "image") continue;
          reportImageRef(ctx, file, attribute[1], line);
        }
      }
    }
  },
};

/**
 * The builder and provisioner types of a Packer JSON template, lower-cased: the legacy form's
 * `builders` and `provisioners` lists of `{ "type": ... }`, or HCL's JSON form's `source` object
 * (keyed by builder type) and its builds' `provisioner` blocks. Undefined for any other JSON.
 */
function packerJson(data: unknown): { legacy: boolean; builders: string[]; provisioners: string[] } | undefined {
  if (!isRecord(data)) return undefined;
  const types = (list: unknown): string[] => (Array.isArray(list) ? list.map((e) => (isRecord(e) && typeof e.type === "string" ? e.type.toLowerCase() : "")).filter(Boolean) : []);
  if (Array.isArray(data.builders)) {
    const builders = types(data.builders);
    return builders.length > 0 ? { legacy: true, builders: [...new Set(builders)], provisioners: [...new Set(types(data.provisioners))] } : undefined;
  }
  if (!isRecord(data.source)) return undefined;
  const provisioners: string[] = [];
  for (const build of Array.isArray(data.build) ? data.build : [data.build]) {
    const blocks = isRecord(build) ? build.provisioner : undefined;
    for (const block of Array.isArray(blocks) ? blocks : [blocks]) if (isRecord(block)) provisioners.push(...Object.keys(block).map((k) => k.toLowerCase()));
  }
  return { legacy: false, builders: Object.keys(data.source).map((k) => k.toLowerCase()), provisioners: [...new Set(provisioners)] };
}

/** The `packer { }` block's own lines (those of its nested blocks, `required_plugins`, left out), in one pass. */
function packerSettings(text: string): string {
  const open = /^[ \t]*packer[ \t]*\{/m.exec(text);
  if (!open) return "";
  let out = "";
  let depth = 1;
  for (let i = open.index + open[0].length; i < text.length && depth > 0; i++) {
    const c = text[i]!;
    if (c === "{") depth++;
    else if (c === "}") depth--;
    else if (depth === 1) out += c;
  }
  return out;
}
