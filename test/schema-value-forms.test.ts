import { describe, expect, it } from "vitest";
import { detect, MemorySource, validate } from "../src/index.js";
import { isoDate } from "../src/document/iso-date.js";

// validate accepted values the schema's own words call wrong: a range as the version, a website_url
// that is no address, a timestamp or last_updated_on that is no date. A category keeps no list: a
// repository's catalog file may give its own tool one of its own, and detect writes it.
describe("validate judges a value's form, as the site writes it", () => {
  const document = (tool: Record<string, unknown>, header: Record<string, unknown> = {}) => ({ repo_name: "acme/shop", timestamp: "2024-05-01T12:00:00+00:00", ...header, tools: [{ name: "React", ...tool }] });
  const problems = (tool: Record<string, unknown>, header?: Record<string, unknown>) => validate(document(tool, header)).map((e) => e.path);

  it("refuses what the finding typed", () => {
    expect(problems({ version: "^5.4.0" })).toEqual(["/tools/0/version"]);
    expect(problems({ website_url: "not a url" })).toEqual(["/tools/0/website_url"]);
    expect(problems({}, { timestamp: "last tuesday" })).toEqual(["/timestamp"]);
    expect(problems({ last_updated_on: "never" })).toEqual(["/tools/0/last_updated_on"]);
    for (const range of [">=5", "5.x", "~1.2", "1.2 || 2", "*"]) expect(problems({ version: range }), range).toEqual(["/tools/0/version"]);
    for (const field of ["package_url", "image_url"]) expect(problems({ [field]: "www npmjs com" }), field).toEqual([`/tools/0/${field}`]);
  });

  it("takes every form the site's files write", () => {
    expect(problems({ version: "18.2.0", category: "Libraries", website_url: "https://react.dev", package_url: "https://www.npmjs.com/react", image_url: "https://img.stackshare.io/package/npm/image.png", last_updated_on: "2024-02-29 19:20:29.000000000 Z" })).toEqual([]);
    expect(problems({ last_updated_on: "2024-02-29", version: "1.0.0-beta.3", category: null })).toEqual([]);
    // Real site files: a host without its scheme, a bare scheme, and BUG where it had no page.
    for (const url of ["docs.microsoft.com/en-us/aspnet/core/", "www.js.com", "http://", "BUG"]) expect(problems({ website_url: url }), url).toEqual([]);
  });

  it("takes as a timestamp or last_updated_on every date isoDate reads, and says the one form for both", () => {
    for (const date of ["2024-05-01", "2024-05-01T14:00", "2024-05-01t14:00:00.5+02:00", "2024-05-01 14:00:00.000000000 z", " 2024-05-01T14:00:00Z "]) {
      expect(isoDate(date), date).toBeDefined();
      expect(problems({ last_updated_on: date }, { timestamp: date }), date).toEqual([]);
    }
    const messages = validate(document({ last_updated_on: "never" }, { timestamp: "last tuesday" })).map((e) => e.message);
    expect(new Set(messages).size).toBe(1);
    expect(messages[0]).toMatch(/^must be an ISO 8601 date, or a date and time with or without its zone/);
  });

  it("says what it expected, not only the pattern", () => {
    const [error] = validate(document({ version: "^5.4.0" }));
    expect(error!.message).toBe("must be the version in use, as the site writes it: the release, never a range (5.4.0, not ^5.4.0, >=5 or 5.x)");
  });

  it("takes the category a repository's catalog file gives its own tool, as detect writes it", async () => {
    const files = {
      "package.json": '{"name":"shop","dependencies":{"@acme/bus-client":"2.1.0"}}\n',
      "techstack.catalog.yml": 'tools:\n  - id: acme-bus\n    name: Acme Bus\n    category: Internal Platform\nmatchers:\n  npm:\n    "@acme/bus-client": acme-bus\n',
    };
    const written = await detect(new MemorySource(files), { timestamp: "2024-05-01T12:00:00Z" });
    expect(written.tools.find((t) => t.name === "Acme Bus")?.category).toBe("Internal Platform");
    expect(validate(written)).toEqual([]);
  });
});
