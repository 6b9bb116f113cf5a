import { describe, expect, it } from "vitest";
import { goImports } from "../detectors/go/imports.js";
import { expectFinishesWithin } from "./work-budget.js";

// goImports drops a Go file's comments before it reads its import declarations. It did so with one
// regex per `/*`, which read to the text's end from every unclosed one (80,000 of them: 8 s),
// and without regard to strings, so a `"/*"` in a string hid every import after it.

describe("Go imports around comments and strings", () => {
  it("reads imports after a string holding /* and // , and leaves commented ones out", () => {
    const source = [
      "package main",
      "",
      'const glob = "static/*" // where assets live',
      "",
      "import (",
      '\t"fmt" // printing',
      "\t/* \"github.com/old/dep\" */",
      '\t"github.com/gin-gonic/gin"',
      ")",
      "",
      'import r "github.com/redis/go-redis/v9"',
      "",
      "var url = `https://example.test/*`",
      'import "github.com/jackc/pgx/v5"',
    ].join("\n");
    expect(goImports(source)).toEqual(["fmt", "github.com/gin-gonic/gin", "github.com/redis/go-redis/v9", "github.com/jackc/pgx/v5"]);
  });

  it("reads a file of unclosed comment openers at once", () => {
    // (`/*/*` would close itself: each opener here stands on its own line.)
    const text = 'package x\nimport "fmt"\n' + "/* a\n".repeat(80_000);
    expect(expectFinishesWithin(() => goImports(text), 5)).toEqual(["fmt"]);
  });
});
