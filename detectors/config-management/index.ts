import type { DetectContext, Detector } from "../../src/types.js";
import { baseName, isRecord, lineCounter, lineOf, lineOfEach, textLines } from "../../src/kit.js";
import { CONFIG_MANAGEMENT_FILES } from "../files.js";

/**
 * Puppet's and Chef's dependency files, read as text (both are Ruby DSLs, never run): a
 * Puppetfile's `mod 'puppetlabs-mysql', '13.0.0'` (or `puppetlabs/mysql`) and a Berksfile's, a
 * Policyfile's or a cookbook's metadata.rb `cookbook 'nginx'` / `depends 'nginx', '~> 12.0'`. Each
 * module or cookbook is a catalog key (`puppetlabs-mysql`, `nginx`); its release is the module's,
 * never the tool's. The Puppetfile, Berksfile and Policyfile name Puppet and Chef through the
 * catalog's `file` globs; a cookbook's metadata.rb (`name` beside `depends`, `chef_version`,
 * `supports` or `maintainer`) and a Puppet module's metadata.json (what the Forge publishes: a
 * `owner-name` name beside its dependencies and the operating systems or Puppet releases it
 * supports), whose names other projects share, are told by what they hold; the module's
 * dependencies are keys as a Puppetfile's modules are. Test Kitchen's kitchen.yml: its driver and
 * provisioner (`kitchen-driver:vagrant`, `kitchen-provisioner:chef_zero`).
 */
export const configManagementDetector: Detector = {
  name: "config-management",
  files: CONFIG_MANAGEMENT_FILES,
  async detect(ctx) {
    for (const file of ctx.files) {
      if (/^\.?kitchen\.yml$/.test(baseName(file))) await reportKitchen(ctx, file);
      else if (file === "metadata.json") await reportPuppetModuleMetadata(ctx, file);
      else await reportModulesAndCookbooks(ctx, file);
    }
  },
};

/**
 * Test Kitchen's driver (the machines it converges: vagrant, dokken, ec2) and provisioner
 * (what converges them: chef_zero, ansible_playbook), read as text: the file may hold ERB.
 */
async function reportKitchen(ctx: DetectContext, file: string): Promise<void> {
  const text = (await ctx.text(file)) ?? "";
  for (const section of ["driver", "provisioner"] as const) {
    const m = new RegExp(`^${section}:[ \\t]*\\r?\\n(?:[ \\t]+(?:#.*)?\\r?\\n|[ \\t]+\\w+:.*\\r?\\n)*?[ \\t]+name:[ \\t]*["']?([\\w-]+)`, "m").exec(text);
    // The line of the section's own `name:` (the match's last): kitchen-dokken names its driver
    // and its provisioner alike (`name: dokken`), so the text's first such line is the driver's.
    if (m) ctx.report({ ref: `kitchen-${section}:${m[1]!.toLowerCase()}`, file, line: lineCounter(text)(m.index + m[0].lastIndexOf("\n") + 1) });
  }
}

/**
 * A Puppet module's metadata.json and the modules it depends on. Other projects keep a
 * metadata.json of their own (JSON with comments among them): only one holding a module's keys
 * is parsed, so theirs draw no warning.
 */
async function reportPuppetModuleMetadata(ctx: DetectContext, file: string): Promise<void> {
  const text = (await ctx.text(file)) ?? "";
  if (!/"(?:operatingsystem_support|requirements|pdk-version)"\s*:/.test(text)) return;
  const meta = await ctx.json(file);
  if (!isPuppetModule(meta)) return;
  ctx.report({ ref: "format:puppet-module-metadata", file, line: lineOf(text, '"name"') });
  const seen = new Set<string>();
  const lineOfName = lineOfEach(text);
  for (const d of meta.dependencies) {
    const name = isRecord(d) && typeof d.name === "string" && /^[\w/-]+$/.test(d.name.trim()) ? splitModuleName(d.name.trim()) : undefined;
    const key = name ? `${name[0]}-${name[1]}`.toLowerCase() : undefined;
    if (!key || seen.has(key)) continue;
    seen.add(key);
    ctx.report({ ref: `puppet-module:${key}`, file, line: lineOfName((d as { name: string }).name) });
  }
}

/** A Puppetfile's modules, or the cookbooks a Berksfile, a Policyfile or a cookbook's metadata.rb names (and that metadata.rb itself). */
async function reportModulesAndCookbooks(ctx: DetectContext, file: string): Promise<void> {
  const text = await ctx.text(file);
  if (text === undefined) return;
  const puppet = baseName(file) === "Puppetfile";
  const seen = new Set<string>();
  const lines = textLines(text);
  // `name 'x'` or `name('x')`: the bracket optional after one space run, not between two (a
  // line of 50,000 spaces was split every way).
  if (baseName(file) === "metadata.rb" && lines.some((l) => /^name\s*(?:\(\s*)?["'][\w-]+["']/.test(l)) && lines.some((l) => /^(?:depends|chef_version|supports|maintainer)\b/.test(l))) {
    ctx.report({ ref: "format:chef-cookbook-metadata", file, line: lines.findIndex((l) => /^name\b/.test(l)) + 1 });
  }
  lines.forEach((raw, i) => {
    const line = raw.replace(/^\s+/, "");
    if (line.startsWith("#")) return;
    const m = puppet ? puppetModule(line) : /^(?:cookbook|depends)\s*(?:\(\s*)?["']([\w-]+)["']/.exec(line);
    if (!m) return;
    const key = (puppet ? `${m[1]}-${m[2]}` : m[1]!).toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    ctx.report({ ref: `${puppet ? "puppet-module" : "chef-cookbook"}:${key}`, file, line: i + 1 });
  });
}

/** A Puppet module's metadata.json: `owner-name`, a dependencies list, and the systems or Puppet releases it supports. */
function isPuppetModule(data: unknown): data is { name: string; dependencies: unknown[] } {
  if (!isRecord(data) || typeof data.name !== "string" || !/^[a-z0-9]+[-/][a-z][a-z0-9_]*$/i.test(data.name) || !Array.isArray(data.dependencies)) return false;
  const puppetRequirement = Array.isArray(data.requirements) && data.requirements.some((r) => isRecord(r) && r.name === "puppet");
  return puppetRequirement || Array.isArray(data.operatingsystem_support) || typeof data["pdk-version"] === "string";
}

/**
 * A Puppetfile line's module (`mod 'puppetlabs/stdlib'`, `mod "puppetlabs-apache"`): its owner and
 * name as `/^mod\s*\(?\s*["']([\w-]+)[/-]([\w-]+)["']/` splits them (at the `/`, else at the last
 * `-` with a name after it), found in one pass: that pattern retried a long run of spaces or of
 * `-` from each of its positions, a time that grows with its square or cube (a line of 300,000: minutes).
 */
function puppetModule(line: string): [string, string, string] | undefined {
  const quoted = /^mod\s*(?:\(\s*)?["']([\w/-]+)["']/.exec(line)?.[1];
  if (quoted === undefined) return undefined;
  const parts = splitModuleName(quoted);
  return parts && [quoted, ...parts];
}

/**
 * A module name of word characters, `-` and `/` split as `/^([\w-]+)[/-]([\w-]+)$/` splits it (at
 * the `/`, else at the last `-` with a name after it), in one pass: a metadata.json dependency of
 * 100,000 `-0` ending in `/` took that pattern 18 s.
 */
export function splitModuleName(name: string): [string, string] | undefined {
  const slash = name.indexOf("/");
  let at: number;
  if (slash >= 0) at = name.indexOf("/", slash + 1) < 0 ? slash : -1;
  else at = name.lastIndexOf("-", name.length - 2);
  if (at < 1 || at > name.length - 2) return undefined;
  return [name.slice(0, at), name.slice(at + 1)];
}
