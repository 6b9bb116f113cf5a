import type { DetectContext } from "../../src/types.js";
import { dirOf, isRecord, lineFinder } from "../../src/kit.js";
import { pin } from "./pin.js";
import type { PinReader } from "./pin-reader.js";

/**
 * The tools each folder's mise configuration pins (`.config/mise.toml` is its parent's): mise reads
 * a folder's .tool-versions below its own configuration, so where both pin a tool, the mise.toml
 * pin is the release it installs.
 */
export class MisePins {
  private readonly byFolder = new Map<string, Set<string>>();

  constructor(private readonly ctx: DetectContext) {}

  /** The tools `name` means, pinned by the mise file `file`. */
  add(file: string, name: string): void {
    const folder = dirOf(file).replace(/(^|\/)\.config$/, "");
    const ids = this.byFolder.get(folder) ?? new Set<string>();
    for (const id of this.ctx.lookup("version-manager", name.toLowerCase())) ids.add(id);
    this.byFolder.set(folder, ids);
  }

  /** Whether a mise file of `file`'s folder pins the tool `name` means. */
  pins(file: string, name: string): boolean {
    return this.ctx.lookup("version-manager", name.toLowerCase()).some((id) => this.byFolder.get(dirOf(file))?.has(id));
  }
}

/**
 * mise's `mise.toml` / `.mise.toml`: `[tools]` with `node = "22"`, a list (the first the
 * preferred), or `{ version = "22" }`. Read last, it takes every file no other reader does: of the
 * detector's list, those two.
 */
export const MISE: PinReader = {
  takes: () => true,
  async read(ctx, file, _base, mise) {
    const data = await ctx.toml<{ tools?: unknown }>(file);
    const tools = data && typeof data === "object" && isRecord(data.tools) ? data.tools : {};
    const lineOfName = lineFinder((await ctx.text(file)) ?? "");
    for (const [name, value] of Object.entries(tools)) {
      const first = Array.isArray(value) ? value[0] : isRecord(value) ? value.version : value;
      if (typeof first !== "string") continue;
      pin(ctx, file, lineOfName(name), name, first);
      mise.add(file, name);
    }
  },
};
