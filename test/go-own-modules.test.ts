import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// A go.work monorepo whose api module requires its sibling modules: go.work resolves them to the
// folders beside it, so they carry the zero pseudo-version and no replace directive.
const files = {
  "go.work": "go 1.23.0\n\nuse (\n\t./api\n\t./common\n)\n",
  "api/go.mod": [
    "module github.com/acme/billing/api",
    "",
    "go 1.23.0",
    "",
    "require (",
    "\tgithub.com/acme/billing/common v0.0.0-00010101000000-000000000000",
    "\tgithub.com/labstack/echo/v4 v4.12.0",
    ")",
    "",
  ].join("\n"),
  "common/go.mod": "module github.com/acme/billing/common\n\ngo 1.23.0\n\nrequire github.com/spf13/cobra v1.8.1\n",
};

describe("a repository's own Go modules", () => {
  it("required by a sibling, are its own code, not package entries (the site's 'common' page is another module's)", async () => {
    const { document } = await scan(new MemorySource(files), { git: false });
    const packages = document.tools.filter((t) => t.package_url).map((t) => t.package_url);
    expect(packages).toEqual(expect.arrayContaining(["https://pkg.go.dev/github.com/labstack/echo/v4", "https://pkg.go.dev/github.com/spf13/cobra"]));
    expect(packages).not.toContain("https://pkg.go.dev/github.com/acme/billing/common");
  });
});
