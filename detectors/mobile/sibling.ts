import { dirOf } from "../../src/kit.js";

/** The path of `name` in the folder of `file`. */
export function sibling(file: string, name: string): string {
  return dirOf(file) ? `${dirOf(file)}/${name}` : name;
}
