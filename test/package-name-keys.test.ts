import { describe, expect, it } from "vitest";
import { Catalog } from "../src/catalog/catalog.js";
import { NO_RANK_TRAITS } from "../src/catalog/rank-traits.js";
import { keysNameTool, packageNameKeys, toolNames } from "../src/document/names.js";

// The registries' naming rules as catalog/registries.yml gives them: Go's major paths, npm's typings.
const naming = new Catalog({ registries: { go: { major_suffix: "/v{n}" }, npm: { typings_prefix: "@types/" } } }).rankTraits;

// A package compared with many tools (installed releases against each unversioned tool) has its
// name keys worked out once: the keys and the test on them answer as namesTool does.
describe("a package's name keys", () => {
  it("lists the whole name first, then a scoped name's part, a -core's tool, a path's last part", () => {
    expect(packageNameKeys("npm:Vue.JS", naming)).toEqual(["vue"]);
    expect(packageNameKeys("npm:@vue/cli", naming)).toEqual(["vuecli", "cli"]);
    expect(packageNameKeys("npm:@nestjs/core", naming)).toEqual(["nestjscore", "core", "nest"]);
    expect(packageNameKeys("npm:babel-core", naming)).toEqual(["babelcore", "babel"]);
    expect(packageNameKeys("go:github.com/labstack/echo/v4", naming)).toEqual(["githubcomlabstackechov4", "echo"]);
    expect(packageNameKeys("go:github.com/labstack/echo/v4", NO_RANK_TRAITS)).toEqual(["githubcomlabstackechov4", "v4"]);
    expect(packageNameKeys("npm:@types/node", naming)).toEqual([]);
  });

  it("names a tool by the whole name only when asked so", () => {
    const echo = toolNames({ id: "echo", name: "Echo" });
    expect(keysNameTool(packageNameKeys("go:github.com/labstack/echo/v4", naming), echo)).toBe(true);
    expect(keysNameTool(packageNameKeys("go:github.com/labstack/echo/v4", naming), echo, true)).toBe(false);
    expect(keysNameTool(packageNameKeys("npm:@types/echo", naming), echo)).toBe(false);
  });
});
