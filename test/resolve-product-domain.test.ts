import { describe, expect, it } from "vitest";
import { builtinCatalog, resolve } from "../src/index.js";

// A product named with a web domain ("Copy.ai", "Wit.ai") is no file: `*.ai`, Adobe Illustrator's
// documents, read "Copy.ai", "Api.ai", "Wit.ai" and "Jasper.ai" as Adobe Illustrator at 0.95. A glob
// naming a whole file still reads a typed file name, as a glob of an extension that is no such domain does.
const catalog = builtinCatalog();
const names = (q: string) => resolve(catalog, q, 5).map((r) => r.tool.name);

describe("a typed name ending in a domain products are named with", () => {
  it("is not read by a glob of its extension alone", () => {
    for (const q of ["Copy.ai", "Api.ai", "Wit.ai", "Jasper.ai"]) expect(names(q), q).not.toContain("Adobe Illustrator");
  });

  it("leaves globs of whole files and of other extensions reading file names", () => {
    expect(names("Chart.yaml")[0]).toBe("Kubernetes");
    expect(names("main.tf")[0]).toBe("Terraform");
    expect(names("deploy.tf")[0]).toBe("Terraform");
    expect(names("schema.prisma")[0]).toBe("Prisma");
  });
});
