import { describe, expect, it } from "vitest";
import { treeRecords } from "../src/git/tree-records.js";

// `git ls-tree -r -l -z` as git writes it: sizes padded right-aligned, "-" for a submodule's commit and
// for a blob git cannot read, a path with a tab or a blank kept whole, records ended by NUL.
describe("git ls-tree -l -z records", () => {
  it("gives each record's type, object, size, link and whole path", () => {
    const listing = [
      "100644 blob 3b18e512dba79e4c8300dd08aeb37f8e728b8dad      12\tpackage.json",
      "120000 blob 9daeafb9864cf43055ae93beb0afd6c7d144bfa4       9\tlatest",
      "160000 commit 5d2e9ab0fb3b7ddc2b8b0e7b0b6b2a3f9c0f1e2d       -\tvendor/lib",
      "100644 blob e69de29bb2d1d6434b8b29ae775ad8c2e48c5391       -\tbroken.txt",
      "100644 blob 8ab686eafeb1f44702738c8b0f24f2567c36da6d 1048576\tdocs/a name\twith a tab.md",
      "",
    ].join("\0");
    expect(treeRecords(listing)).toEqual([
      { type: "blob", object: "3b18e512dba79e4c8300dd08aeb37f8e728b8dad", size: 12, link: false, path: "package.json" },
      { type: "blob", object: "9daeafb9864cf43055ae93beb0afd6c7d144bfa4", size: 9, link: true, path: "latest" },
      { type: "commit", object: "5d2e9ab0fb3b7ddc2b8b0e7b0b6b2a3f9c0f1e2d", size: undefined, link: false, path: "vendor/lib" },
      { type: "blob", object: "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391", size: undefined, link: false, path: "broken.txt" },
      { type: "blob", object: "8ab686eafeb1f44702738c8b0f24f2567c36da6d", size: 1048576, link: false, path: "docs/a name\twith a tab.md" },
    ]);
    expect(treeRecords("")).toEqual([]);
  });
});
