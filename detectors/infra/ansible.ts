import type { DetectContext } from "../../src/types.js";
import { isRecord } from "../../src/kit.js";
import { galaxyLines, readGalaxyRequirements } from "./ansible-galaxy.js";

/**
 * An Ansible role's metadata (meta/main.yml, what Ansible Galaxy publishes), and the Galaxy roles it depends
 * on (`dependencies: [geerlingguy.java, { role: geerlingguy.docker }]`), as a requirements.yml's.
 */
export async function reportAnsibleRoleMetadata(ctx: DetectContext, file: string): Promise<void> {
  const text = (await ctx.text(file)) ?? "";
  if (/^galaxy_info:/m.test(text)) {
    ctx.report({ ref: "format:ansible-role-metadata", file });
    const meta = await ctx.yaml(file);
    const dependencies = isRecord(meta) && Array.isArray(meta.dependencies) ? meta.dependencies : [];
    const roles = dependencies.map((d) => (isRecord(d) ? (d.role ?? d.name ?? d.src) : d));
    const lineOfName = galaxyLines(text);
    for (const name of readGalaxyRequirements({ roles }) ?? []) ctx.report({ ref: `ansible-galaxy:${name}`, file, line: lineOfName(name) });
  }
}

/** Ansible Galaxy's requirements (requirements.yml): the roles and collections the playbooks install, as `readGalaxyRequirements` read them. */
export async function reportGalaxyRequirements(ctx: DetectContext, file: string, galaxy: readonly string[]): Promise<void> {
  const text = (await ctx.text(file)) ?? "";
  ctx.report({ ref: "format:ansible-requirements", file });
  const lineOfName = galaxyLines(text);
  for (const name of galaxy) ctx.report({ ref: `ansible-galaxy:${name}`, file, line: lineOfName(name) });
}

/** A playbook: a list of plays, each naming the hosts it runs on. */
export async function reportAnsiblePlaybook(ctx: DetectContext, file: string): Promise<void> {
  const text = (await ctx.text(file)) ?? "";
  // Blanks within the line only: `\s*-?\s*` backtracked over blank lines without end.
  if (/^[ \t]*(?:-[ \t]*)?hosts:/m.test(text)) ctx.report({ ref: "format:ansible-playbook", file });
}

/** An Ansible collection's manifest (galaxy.yml), and the collections it depends on. */
export async function reportAnsibleCollection(ctx: DetectContext, file: string): Promise<void> {
  const text = (await ctx.text(file)) ?? "";
  if (/^namespace:/m.test(text) && /^name:/m.test(text) && /^version:/m.test(text)) {
    ctx.report({ ref: "format:ansible-collection", file });
    // The collections it depends on (`dependencies: { prometheus.prometheus: ">=0.13.0" }`), as a requirements.yml's.
    const manifest = await ctx.yaml(file);
    const dependencies = isRecord(manifest) && isRecord(manifest.dependencies) ? Object.keys(manifest.dependencies) : [];
    const lineOfName = galaxyLines(text);
    for (const name of readGalaxyRequirements({ collections: dependencies }) ?? []) ctx.report({ ref: `ansible-galaxy:${name}`, file, line: lineOfName(name) });
  }
}
