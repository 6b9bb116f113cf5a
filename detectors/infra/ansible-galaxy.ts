import { isRecord, lineOfEach } from "../../src/kit.js";

/**
 * An Ansible Galaxy requirements file (`ansible-galaxy install -r requirements.yml`): the roles
 * and collections a playbook repository installs, each by its Galaxy name (`geerlingguy.docker`,
 * `community.postgresql`), lower-cased. Both layouts: a mapping of `roles:` and `collections:`,
 * and the older bare list of roles. An entry given by URL (`src: https://github.com/...`) is read
 * by its `name:`, else left out. Undefined when the data is no such file.
 */
export function readGalaxyRequirements(data: unknown): string[] | undefined {
  const lists = Array.isArray(data) ? [data] : isRecord(data) && (Array.isArray(data.roles) || Array.isArray(data.collections)) ? [data.roles, data.collections] : undefined;
  if (!lists) return undefined;
  const names = new Set<string>();
  for (const list of lists) {
    for (const entry of Array.isArray(list) ? list : []) {
      const name = typeof entry === "string" ? entry : isRecord(entry) ? [entry.name, entry.src].find((v) => typeof v === "string" && GALAXY_NAME.test(v)) : undefined;
      if (typeof name === "string" && GALAXY_NAME.test(name)) names.add(name.toLowerCase());
    }
  }
  // A bare list is Galaxy's only when an entry is a role (a list of anything else is some other file).
  if (Array.isArray(data) && names.size === 0 && !data.some((e) => isRecord(e) && typeof e.src === "string")) return undefined;
  return [...names];
}

/** `namespace.name`, as Galaxy writes roles and collections. */
const GALAXY_NAME = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/**
 * The 1-based line of each Galaxy name's first occurrence in a file, through one lookup of it
 * (`lineOfEach`); a name the file writes in capitals (`Geerlingguy.Docker`, read lower-cased) in
 * the lower-cased text. (Each name searched from the top, 60,000 of them took 72 s.)
 */
export function galaxyLines(text: string): (name: string) => number | undefined {
  const exact = lineOfEach(text);
  let lower: ((name: string) => number | undefined) | undefined;
  return (name) => exact(name) ?? (lower ??= lineOfEach(text.toLowerCase()))(name);
}
