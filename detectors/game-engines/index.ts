import type { Detector, DetectContext } from "../../src/types.js";
import { baseName, isRecord, textLines } from "../../src/kit.js";
import { GAME_ENGINES_FILES } from "../files.js";

/**
 * Game engines' project files, which pin the editor a project is made with: Unity's
 * `ProjectSettings/ProjectVersion.txt` (`m_EditorVersion: 2022.3.10f1`), an Unreal Engine
 * `.uproject` (`"EngineAssociation": "5.3"`; a source build's GUID or an empty value names no
 * release) or a plugin's `.uplugin` (`"EngineVersion": "5.3.0"`, which Marketplace plugins write) and Godot's `project.godot` (`config/features=PackedStringArray("4.2", "C#", ...)`,
 * written since Godot 4; a Godot 3 project file names no release). Each is reported as
 * `engine-project:<engine>`; which tool that is, is catalog data (catalog/matchers/dev-tools.yml).
 */
export const gameEnginesDetector: Detector = {
  name: "game-engines",
  files: GAME_ENGINES_FILES,
  async detect(ctx) {
    for (const file of ctx.files) {
      const base = baseName(file);
      if (base === "ProjectVersion.txt") await unity(ctx, file);
      else if (base === "project.godot") await godot(ctx, file);
      else await unreal(ctx, file);
    }
  },
};

/** A release as an engine writes it: `2022.3.10f1`, `5.3`, `4.2.1`; anything else is none. */
function release(value: unknown): string | undefined {
  return typeof value === "string" && /^\d+\.\d+[0-9A-Za-z.]*$/.test(value.trim()) ? value.trim() : undefined;
}

async function unity(ctx: DetectContext, file: string): Promise<void> {
  const text = await ctx.text(file);
  if (text === undefined) return;
  const lines = textLines(text);
  const index = lines.findIndex((l) => /^\s*m_EditorVersion\s*:/.test(l));
  const version = index >= 0 ? release(lines[index]!.replace(/^\s*m_EditorVersion\s*:/, "")) : undefined;
  ctx.report({ ref: "engine-project:unity", file, ...(index >= 0 ? { line: index + 1 } : {}), ...(version ? { version } : {}) });
}

async function unreal(ctx: DetectContext, file: string): Promise<void> {
  const data = await ctx.json(file);
  const text = (await ctx.text(file)) ?? "";
  const key = file.endsWith(".uplugin") ? "EngineVersion" : "EngineAssociation";
  const association = isRecord(data) ? data[key] : undefined;
  const index = textLines(text).findIndex((l) => l.includes(`"${key}"`));
  const version = release(association);
  ctx.report({ ref: "engine-project:unreal", file, ...(index >= 0 ? { line: index + 1 } : {}), ...(version ? { version } : {}) });
}

async function godot(ctx: DetectContext, file: string): Promise<void> {
  const text = await ctx.text(file);
  if (text === undefined) return;
  const lines = textLines(text);
  // `config/features` of the [application] section: the editor's release first, then its features.
  const index = lines.findIndex((l) => /^\s*config\/features\s*=/.test(l));
  const strings = index >= 0 ? [...lines[index]!.matchAll(/"([^"]*)"/g)].map((m) => m[1]!) : [];
  const version = strings.map(release).find(Boolean);
  ctx.report({ ref: "engine-project:godot", file, ...(index >= 0 ? { line: index + 1 } : {}), ...(version ? { version } : {}) });
}
