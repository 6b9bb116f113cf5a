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

  // A build script named by its whole file (Ember's ember-cli-build.js, gulp's gulpfile.js) ends in .js as
  // Chart.js does: only a glob of an extension alone is passed over for it.
  it("leaves a whole-file glob ending in such a domain reading it", () => {
    expect(names("gulpfile.js")[0]).toBe("gulp");
    expect(names("ember-cli-build.js")[0]).toBe("Ember.js");
    expect(names("truffle-config.js")[0]).toBe("TRUFFLE");
  });

  // "App.jsx" holds ".js" and "service.proto" ends in "to" after a letter: neither ends in a domain.
  it("is a whole domain after a dot, at the name's end: a component's .jsx and a .proto schema still read", () => {
    expect(names("App.jsx")[0]).toBe("React");
    expect(names("service.proto")[0]).toBe("Protobuf");
  });

  // As the README says of typed file names: a path is read from the repository's root, `/` or `./`
  // before it left off; the first tool a glob names comes first (Terraform Registry is main.tf's second).
  it("reads a path typed from the root, and a glob's first tool before the next it names", () => {
    expect(names("/Chart.yaml")[0]).toBe("Kubernetes");
    expect(names("/.circleci/config.yml")[0]).toBe("CircleCI");
    expect(resolve(catalog, "main.tf", 2).map((r) => [r.tool.name, r.score])).toEqual([["Terraform", 0.95], ["Terraform Registry", 0.93]]);
  });

  // A path is a file of the repository, not a product's name.
  it("is a name alone: an Illustrator document typed with its folder is one", () => {
    expect(names("design/logo.ai")[0]).toBe("Adobe Illustrator");
    expect(names("logo.ai")).not.toContain("Adobe Illustrator");
  });
});
