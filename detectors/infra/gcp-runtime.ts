import { versionFromTag } from "../../src/versions/image-tag.js";

/**
 * The language and release of a Google Cloud runtime ID, as App Engine's standard environment, Cloud
 * Functions (and so Firebase's functions) and Cloud Run's source deploys write them: the release is
 * packed into digits, `nodejs20`, `java21` and `dotnet8` a major, `python312`, `php83` and `ruby32` a
 * major digit and its minor (`python39` is 3.9, `python27` 2.7), `go122` Go 1.22. A bare language
 * (`python`, App Engine's flexible environment) has no release.
 */
export function gcpRuntime(id: string): { language: string; version?: string } | undefined {
  const m = /^(nodejs|java|dotnet|python|php|ruby|go)(\d*)$/.exec(id.trim().toLowerCase());
  if (!m) return undefined;
  const [, language, digits] = m as unknown as [string, string, string];
  let version: string | undefined;
  if (!digits) version = undefined;
  else if (language === "nodejs" || language === "java" || language === "dotnet") version = /^\d{1,2}$/.test(digits) ? versionFromTag(digits) : undefined;
  else if (language === "go") version = /^1\d{2}$/.test(digits) ? `1.${digits.slice(1)}` : undefined;
  else if (/^\d{2,3}$/.test(digits)) version = `${digits[0]}.${digits.slice(1)}`;
  return { language, version };
}
