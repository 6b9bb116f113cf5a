import type { Detector } from "../../src/types.js";
import { baseName, textLines } from "../../src/kit.js";

/**
 * Puppet's and Chef's dependency files, read as text (both are Ruby DSLs, never run): a
 * Puppetfile's `mod 'puppetlabs-mysql', '13.0.0'` (or `puppetlabs/mysql`) and a Berksfile's or a
 * cookbook's metadata.rb `cookbook 'nginx'` / `depends 'nginx', '~> 12.0'`. Each module or cookbook
 * is a catalog key (`puppetlabs-mysql`, `nginx`); its release is the module's, never the tool's.
 * The files themselves name Puppet and Chef through the catalog's `file` globs.
 */
export const configManagementDetector: Detector = {
  name: "config-management",
  files: ["Puppetfile", "Berksfile", "**/cookbooks/*/metadata.rb", "/metadata.rb"],
  async detect(ctx) {
    for (const file of ctx.files) {
      const text = await ctx.text(file);
      if (text === undefined) continue;
      const puppet = baseName(file) === "Puppetfile";
      const seen = new Set<string>();
      textLines(text).forEach((raw, i) => {
        const line = raw.replace(/^\s+/, "");
        if (line.startsWith("#")) return;
        const m = puppet ? /^mod\s*\(?\s*["']([\w-]+)[/-]([\w-]+)["']/.exec(line) : /^(?:cookbook|depends)\s*\(?\s*["']([\w-]+)["']/.exec(line);
        if (!m) return;
        const key = (puppet ? `${m[1]}-${m[2]}` : m[1]!).toLowerCase();
        if (seen.has(key)) return;
        seen.add(key);
        ctx.report({ ref: `${puppet ? "puppet-module" : "chef-cookbook"}:${key}`, file, line: i + 1 });
      });
    }
  },
};
