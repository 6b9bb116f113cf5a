import { parse } from "smol-toml";

/** TOML 1.0 (pyproject.toml, Cargo.toml, libs.versions.toml, netlify.toml). */
export function parseToml(text: string): unknown {
  return parse(text);
}
