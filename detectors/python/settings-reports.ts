import type { DetectContext } from "../../src/types.js";
import { refKind, textLines } from "../../src/kit.js";
import { readSpaceConfig } from "./spaces.js";
import { readDbtProfiles } from "./dbt.js";
import { readEmailSettings } from "./django-settings.js";

/**
 * tox's own file when it has tox's sections: many tox.ini files carry only other tools'
 * settings ([flake8], [pytest], [isort]), which they read from there too.
 */
export async function reportToxIni(ctx: DetectContext, file: string): Promise<void> {
  const lines = textLines((await ctx.text(file)) ?? "");
  const at = lines.findIndex((l) => /^\s*\[(tox|testenv(:[^\]]*)?)\]/.test(l));
  if (at >= 0) ctx.report({ ref: "python-tool:tox", file, line: at + 1 });
}

/**
 * dbt's connection profiles, where a repository keeps them (CI, a dev container): the
 * adapter type of each target, the warehouse the project runs on.
 */
export async function reportDbtProfiles(ctx: DetectContext, file: string): Promise<void> {
  for (const type of readDbtProfiles(await ctx.yaml(file))) ctx.report({ ref: `dbt-adapter:${type}`, file });
}

/**
 * A Hugging Face Space's configuration (the root README.md's front matter): the SDK it runs (its
 * release, which the Space installs itself) and its Python version.
 */
export async function reportSpaceConfig(ctx: DetectContext, file: string): Promise<void> {
  const space = readSpaceConfig((await ctx.text(file)) ?? "");
  if (space?.sdk) ctx.report({ ref: `pypi:${space.sdk}`, file, line: 1, version: space.sdkVersion });
  if (space?.python) ctx.report({ ref: "runtime:python", file, line: 1, version: space.python });
}

/**
 * The mail service a Django project sends through: the ESP backend EMAIL_BACKEND names
 * (django-anymail's, django-ses'), or the SMTP server of EMAIL_HOST, as a Rails environment's.
 */
export async function reportDjangoEmail(ctx: DetectContext, file: string): Promise<void> {
  for (const { kind, value, line } of readEmailSettings((await ctx.text(file)) ?? "")) {
    const ref = kind === "backend" ? `django-email-backend:${value}` : `smtp-host:${value}`;
    if (ctx.lookup(refKind(ref), value).length > 0) ctx.report({ ref, file, line });
  }
}

/** runtime.txt (Heroku's `python-3.12.1`) or .python-version: the Python release it pins. */
export async function reportPythonVersionFile(ctx: DetectContext, file: string): Promise<void> {
  const text = (await ctx.text(file))?.trim() ?? "";
  const m = /^(?:python-)?(\d+\.\d+(?:\.\d+)?)\s*$/.exec(textLines(text)[0] ?? "");
  if (m) ctx.report({ ref: "runtime:python", file, line: 1, version: m[1] });
}
