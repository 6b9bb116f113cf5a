import type { DetectContext } from "../../src/types.js";
import { isRecord, lineCounter, lineOf } from "../../src/kit.js";
import { parseYaml } from "../../src/parse/yaml.js";
import { galaxyLines, readGalaxyRequirements } from "./ansible-galaxy.js";
import { isExact, normalizeName, parseRequirement, versionOfSpecifier } from "../python/pep508.js";

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

/**
 * A Molecule scenario (molecule/<scenario>/molecule.yml), which tests an Ansible role or collection:
 * it names Ansible, and its driver (`driver: { name: docker }`) the machines the tests converge
 * (Docker or Podman containers, Vagrant boxes, EC2 instances), as Test Kitchen's driver does. The
 * `default` and `delegated` drivers make no machines of their own, and `containers` takes Docker
 * or Podman, whichever it finds: the catalog keys none of them.
 */
export async function reportMoleculeScenario(ctx: DetectContext, file: string): Promise<void> {
  const text = (await ctx.text(file)) ?? "";
  if (!/^driver:/m.test(text)) return;
  const scenario = await ctx.yaml(file);
  if (!isRecord(scenario) || !isRecord(scenario.driver)) return;
  ctx.report({ ref: "format:molecule-scenario", file });
  const name = scenario.driver.name;
  if (typeof name !== "string" || !/^[\w-]+$/.test(name)) return;
  // The driver's `name:` line: the first naming it after the top-level `driver:` key.
  const driverAt = /^driver:/m.exec(text)!.index;
  const nameAt = new RegExp(`^[ \\t]+name:[ \\t]*["']?${name}\\b`, "m").exec(text.slice(driverAt));
  ctx.report({ ref: `molecule-driver:${name.toLowerCase()}`, file, line: nameAt ? lineCounter(text)(driverAt + nameAt.index) : undefined });
}

/**
 * Ansible Builder's execution environment definition (execution-environment.yml, or the older
 * execution_environment.yml): the container image Ansible runs in, as AWX and Automation Platform
 * run it; an Event-Driven Ansible decision environment (decision-environment.yml) is one too. It names Ansible, at the ansible-core release `dependencies.ansible_core.package_pip`
 * pins exactly (`ansible-core==2.15.8`; a range names none), read as requirements.txt's same pin
 * (a pre-release, `==2.17.0rc1`, is kept, and the document writes what it writes for it); the collections its `galaxy`
 * dependencies list inline (a requirements.yml's text, or its mapping) are read as a
 * requirements.yml's. A `galaxy` naming a file is that file, read under its own name.
 */
export async function reportExecutionEnvironment(ctx: DetectContext, file: string): Promise<void> {
  const text = (await ctx.text(file)) ?? "";
  if (!/^dependencies:/m.test(text) && !/^images:/m.test(text)) return;
  const definition = await ctx.yaml(file);
  if (!isRecord(definition) || !(isRecord(definition.dependencies) || isRecord(definition.images))) return;
  const dependencies = isRecord(definition.dependencies) ? definition.dependencies : {};
  const core = isRecord(dependencies.ansible_core) ? dependencies.ansible_core.package_pip : undefined;
  const pinned = typeof core === "string" ? exactAnsibleCore(core) : undefined;
  ctx.report({ ref: "format:ansible-execution-environment", file, version: pinned, line: pinned ? lineOf(text, (core as string).trim()) : undefined });
  const galaxy = dependencies.galaxy;
  let inline: unknown = isRecord(galaxy) ? galaxy : undefined;
  if (typeof galaxy === "string" && galaxy.includes("\n")) {
    try {
      inline = parseYaml(galaxy);
    } catch {
      ctx.warn(file, "malformed YAML in dependencies.galaxy: its collections are not read");
    }
  }
  const lineOfName = galaxyLines(text);
  for (const name of readGalaxyRequirements(inline) ?? []) ctx.report({ ref: `ansible-galaxy:${name}`, file, line: lineOfName(name) });
}

/** The release a PEP 508 requirement on ansible-core pins exactly (`ansible-core==2.16.3`, `ansible_core===2.17.0rc1`). */
function exactAnsibleCore(requirement: string): string | undefined {
  const parsed = parseRequirement(requirement);
  return parsed && normalizeName(parsed.name) === "ansible-core" && isExact(parsed.specifier) ? versionOfSpecifier(parsed.specifier) : undefined;
}
