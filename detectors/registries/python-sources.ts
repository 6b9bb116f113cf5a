import { isRecord } from "../../src/kit.js";
import { isRequirementsFile } from "../python/file-names.js";
import type { SourceReader } from "./found.js";

/**
 * pip's index options in the files pip reads as requirements (the python detector's names: a
 * requirements/ folder's .txt or .in file, requirements-dev.txt, constraints.txt). Another file of
 * that folder or name is no pip file: requirements/Dockerfile reaches the container reader.
 */
export const PIP_REQUIREMENTS_SOURCES: SourceReader = {
  takes: (file) => isRequirementsFile(file),
  find(_ctx, _file, clean, add) {
    for (const m of clean.matchAll(/^[ \t]*(?:--index-url|--extra-index-url|-i)(?:[ \t]*=[ \t]*|[ \t]+)(\S+)/gm)) add(m[1]!, m.index!);
  },
};

/** pip's index options in requirements files, pip.conf and .pypirc, and pyproject's or a Pipfile's sources. */
export const PYTHON_SOURCES: readonly SourceReader[] = [
  PIP_REQUIREMENTS_SOURCES,
  {
    takes: (_, base) => base === "pip.conf" || base === "pip.ini" || base === ".pypirc",
    find(_ctx, _file, clean, add) {
      // `index-url = URL`, `extra-index-url =` (its further URLs on indented lines), `repository = URL`
      for (const m of clean.matchAll(/^[ \t]*(?:index-url|extra-index-url|index|repository)[ \t]*[=:][ \t]*(\S*)((?:\r?\n[ \t]+\S+)*)/gm)) {
        for (const url of [m[1]!, ...m[2]!.split(/\r?\n/).map((s) => s.trim())]) if (url) add(url, m.index!);
      }
    },
  },
  {
    takes: (_, base) => base === "pyproject.toml" || base === "Pipfile",
    async find(ctx, file, clean, add) {
      const data = await ctx.toml(file);
      for (const url of pythonSources(data)) add(url, () => Math.max(0, clean.indexOf(url)));
    },
  },
];

/** The index URLs of a pyproject's Poetry, uv and PDM sources, or a Pipfile's `[[source]]`. */
function pythonSources(data: unknown): string[] {
  if (!isRecord(data)) return [];
  const out: string[] = [];
  const urls = (list: unknown, field: string) => {
    for (const s of Array.isArray(list) ? list : []) if (isRecord(s) && typeof s[field] === "string") out.push(s[field] as string);
  };
  urls(data.source, "url");
  const tool = isRecord(data.tool) ? data.tool : {};
  if (isRecord(tool.poetry)) urls(tool.poetry.source, "url");
  if (isRecord(tool.pdm)) urls(tool.pdm.source, "url");
  if (isRecord(tool.uv)) {
    urls(tool.uv.index, "url");
    for (const field of ["index-url", "extra-index-url", "publish-url"]) {
      const v = tool.uv[field];
      for (const url of Array.isArray(v) ? v : [v]) if (typeof url === "string") out.push(url);
    }
  }
  return out;
}
