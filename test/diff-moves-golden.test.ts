import { describe, expect, it } from "vitest";
import { diff, formatDiff, parse } from "../src/index.js";

// The moves of `techstack diff` (and check's message, and the pull-request comment), whole, on two
// pull requests as the site's techstack.yml files show them: a monorepo that moved its web app under
// apps/ (bumping Next.js on the way), and a Django service that moved requirements.txt and
// requirements-dev.txt into pyproject.toml.

/** A techstack.yml as the site writes one: each entry with its file, and that file's page on the forge. */
function stackFile(repo: string, branch: string, entries: Array<[name: string, version: string | null, file: string, packageUrl?: string]>): string {
  const lines = [`repo_name: ${repo}`, "report_id: 7a1c0e5bd8f24f3e9c1d2b6a0f9e8d7c", "version: 0.1", "repo_type: Public", "timestamp: '2026-11-30T09:12:44+00:00'", "requested_by: octo-bot", "provider: github", `branch: ${branch}`, `detected_tools_count: ${entries.length}`, "tools:"];
  for (const [name, version, file, packageUrl] of entries) {
    lines.push(`- name: ${name.startsWith("@") ? `"${name}"` : name}`); // a scoped package is quoted, as the site writes it
    if (packageUrl) lines.push(`  package_url: ${packageUrl}`);
    if (version) lines.push(`  version: ${version}`);
    lines.push(`  detection_source_url: https://github.com/${repo}/blob/${branch}/${file}`, `  detection_source: ${file}`, "  last_updated_by: Ada Lovelace", "  last_updated_on: 2026-11-28 14:02:11.000000000 Z");
  }
  return lines.join("\n") + "\n";
}

const npm = (name: string) => `https://www.npmjs.com/package/${name}`;
const pypi = (name: string) => `https://pypi.org/project/${name}`;

describe("a monorepo that moved its web app under apps/", () => {
  const web = (root: string, next: string): Array<[string, string | null, string, string?]> => [
    ["Next.js", next, `${root}/package.json`],
    ["React", "18.3.1", `${root}/package.json`],
    ["Tailwind CSS", "3.4.4", `${root}/package.json`],
    ["Docker", null, `${root}/Dockerfile`],
    ["next", next, `${root}/package.json`, npm("next")],
    ["react", "18.3.1", `${root}/package.json`, npm("react")],
    ["react-dom", "18.3.1", `${root}/package.json`, npm("react-dom")],
    ["tailwindcss", "3.4.4", `${root}/package.json`, npm("tailwindcss")],
    ["@tanstack/react-query", "5.45.1", `${root}/package.json`, npm("@tanstack/react-query")],
    ["zod", "3.23.8", `${root}/package.json`, npm("zod")],
  ];
  const api: Array<[string, string | null, string, string?]> = [
    ["Node.js", "20.14.0", "api/package.json"],
    ["ExpressJS", "4.19.2", "api/package.json"],
    ["GitHub Actions", null, ".github/workflows/ci.yml"],
    ["express", "4.19.2", "api/package.json", npm("express")],
  ];
  const before = parse(stackFile("acme/storefront", "main", [...web("web", "14.2.3"), ...api]));
  const after = parse(stackFile("acme/storefront", "main", [...web("apps/web", "14.2.5"), ...api]));

  it("as text: the version change, then one group for the manifest and one for the Dockerfile", () => {
    expect(formatDiff(diff(before, after))).toBe(`~ Next.js 14.2.3 -> 14.2.5
~ next 14.2.3 -> 14.2.5 (package)
> 3 tools and 6 packages moved from web/package.json to apps/web/package.json
    Next.js, React, Tailwind CSS; packages: next, react, react-dom, tailwindcss, @tanstack/react-query, zod
> Docker moved from web/Dockerfile to apps/web/Dockerfile
`);
  });

  it("as Markdown: the version tables, then the moves folded, the manifest's names folded beneath its sentence", () => {
    expect(formatDiff(diff(before, after), "markdown")).toBe(`### Tech stack changes

| | Tool | Version | Found in |
|:--|:--|:--|:--|
| ⬆️ upgraded | Next.js | 14.2.3 → 14.2.5 | \`apps/web/package.json\` |

<details><summary>Packages: 1 upgraded</summary>

| | Package | Version | Found in |
|:--|:--|:--|:--|
| ⬆️ upgraded | [next](https://www.npmjs.com/package/next) | 14.2.3 → 14.2.5 | \`apps/web/package.json\` |

</details>

<details><summary>Detected from another file: 4 tools and 6 packages</summary>

<details><summary>3 tools and 6 packages moved from <code>web/package.json</code> to <code>apps/web/package.json</code></summary>

Next.js, React, Tailwind CSS; packages: [next](https://www.npmjs.com/package/next), [react](https://www.npmjs.com/package/react), [react-dom](https://www.npmjs.com/package/react-dom), [tailwindcss](https://www.npmjs.com/package/tailwindcss), [@tanstack/react-query](https://www.npmjs.com/package/@tanstack/react-query), [zod](https://www.npmjs.com/package/zod)

</details>

Docker moved from \`web/Dockerfile\` to \`apps/web/Dockerfile\`

</details>
`);
  });
});

describe("a Django service that moved its requirements files into pyproject.toml", () => {
  const service = (runtime: string, dev: string): Array<[string, string | null, string, string?]> => [
    ["Python", "3.12.4", "Repo Metadata"],
    ["Django", "5.0.6", runtime],
    ["Celery", "5.4.0", runtime],
    ["Gunicorn", "22.0.0", runtime],
    ["pytest", "8.2.2", dev],
    ["Django", "5.0.6", runtime, pypi("Django")],
    ["celery", "5.4.0", runtime, pypi("celery")],
    ["gunicorn", "22.0.0", runtime, pypi("gunicorn")],
    ["psycopg", "3.1.19", runtime, pypi("psycopg")],
    ["redis", "5.0.6", runtime, pypi("redis")],
    ["pytest", "8.2.2", dev, pypi("pytest")],
    ["pytest-django", "4.8.0", dev, pypi("pytest-django")],
    ["ruff", "0.4.10", dev, pypi("ruff")],
  ];
  const before = parse(stackFile("acme/ledger", "main", service("requirements.txt", "requirements-dev.txt")));
  const after = parse(stackFile("acme/ledger", "main", service("pyproject.toml", "pyproject.toml")));

  it("as text: only moves, the larger group first", () => {
    expect(formatDiff(diff(before, after))).toBe(`> 3 tools and 5 packages moved from requirements.txt to pyproject.toml
    Django, Celery, Gunicorn; packages: Django, celery, gunicorn, psycopg, redis
> 1 tool and 3 packages moved from requirements-dev.txt to pyproject.toml
    pytest; packages: pytest, pytest-django, ruff
`);
  });

  it("as Markdown: a sentence instead of 'No change', then the moves, open", () => {
    expect(formatDiff(diff(before, after), "markdown")).toBe(`### Tech stack changes

No tool or version changed, but 12 entries are now detected from another file.

<details open><summary>Detected from another file: 4 tools and 8 packages</summary>

<details><summary>3 tools and 5 packages moved from <code>requirements.txt</code> to <code>pyproject.toml</code></summary>

Django, Celery, Gunicorn; packages: [Django](https://pypi.org/project/Django), [celery](https://pypi.org/project/celery), [gunicorn](https://pypi.org/project/gunicorn), [psycopg](https://pypi.org/project/psycopg), [redis](https://pypi.org/project/redis)

</details>

<details><summary>1 tool and 3 packages moved from <code>requirements-dev.txt</code> to <code>pyproject.toml</code></summary>

pytest; packages: [pytest](https://pypi.org/project/pytest), [pytest-django](https://pypi.org/project/pytest-django), [ruff](https://pypi.org/project/ruff)

</details>

</details>
`);
  });
});
