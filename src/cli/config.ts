import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import yaml from "js-yaml";
import type { DetectOptions } from "../detect.js";
import { parseCatalogFile } from "../catalog/load.js";

/** What techstack.config.(json|yml) or package.json's `techstack` key may set. */
export interface TechstackConfig {
  exclude?: string[];
  include?: string[];
  /** Extra catalog file (same format as techstack.catalog.yml), relative to the repository. */
  catalog?: string;
  disable?: string[];
  endpoint?: string;
}

const FILES = ["techstack.config.json", "techstack.config.yml", "techstack.config.yaml"];

/** The repository's configuration; flags override it, and it overrides defaults. */
export function loadConfig(dir: string): TechstackConfig {
  for (const name of FILES) {
    const file = join(dir, name);
    if (!existsSync(file)) continue;
    const text = readFileSync(file, "utf8");
    const data = name.endsWith(".json") ? JSON.parse(text) : yaml.load(text, { schema: yaml.JSON_SCHEMA });
    return (data ?? {}) as TechstackConfig;
  }
  const pkg = join(dir, "package.json");
  if (existsSync(pkg)) {
    try {
      const data = JSON.parse(readFileSync(pkg, "utf8")) as { techstack?: TechstackConfig };
      if (data.techstack && typeof data.techstack === "object") return data.techstack;
    } catch {
      // a malformed package.json is reported by the scan itself
    }
  }
  return {};
}

/** Scan options from the configuration, for flags to extend. */
export function optionsFromConfig(dir: string, config: TechstackConfig): DetectOptions {
  const options: DetectOptions = {};
  if (config.exclude?.length) options.exclude = config.exclude;
  if (config.include?.length) options.include = config.include;
  if (config.disable?.length) options.disable = config.disable;
  if (config.catalog) options.catalog = parseCatalogFile(readFileSync(join(dir, config.catalog), "utf8"), config.catalog);
  return options;
}
