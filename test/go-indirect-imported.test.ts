import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { goImports, importsModule, moduleSources } from "../detectors/go/imports.js";
import type { ToolEntry } from "../src/types.js";

const named = (tools: ToolEntry[]) => tools.filter((t) => !t.package_url).map((t) => t.name);

// A Fiber + MongoDB API whose author ran `go get` and never `go mod tidy`: every requirement,
// the ones main.go imports included, still carries the `// indirect` note.
const goMod = `module github.com/example/hrms

go 1.19

require (
	github.com/gofiber/fiber/v2 v2.41.0 // indirect
	github.com/joho/godotenv v1.4.0 // indirect
	github.com/klauspost/compress v1.15.9 // indirect
	github.com/lib/pq v1.10.7 // indirect
	go.mongodb.org/mongo-driver v1.11.1 // indirect
	golang.org/x/crypto v0.0.0-20220622213112-05595931fe9d // indirect
)
`;

const mainGo = `package main

import (
	"context"
	"log"

	"github.com/gofiber/fiber/v2"
	"github.com/joho/godotenv"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

func main() {
	_ = godotenv.Load()
	client, _ := mongo.Connect(context.Background(), options.Client())
	_ = client
	log.Fatal(fiber.New().Listen(":8000"))
}
`;

describe("go: `// indirect` modules the module's own code imports", () => {
  it("name their tools; modules nothing here imports still do not", async () => {
    const { document } = await scan(new MemorySource({ "go.mod": goMod, "main.go": mainGo }), { git: false });
    const names = named(document.tools);
    expect(names).toContain("MongoDB");
    // lib/pq is needed only by another module: no PostgreSQL
    expect(names).not.toContain("PostgreSQL");
  });

  it("without the source files, an `// indirect` module names nothing", async () => {
    const { document } = await scan(new MemorySource({ "go.mod": goMod, "main.go": "package main\n\nfunc main() {}\n" }), { git: false });
    expect(named(document.tools)).not.toContain("MongoDB");
    // go.mod is read: Go at its `go` line.
    expect(document.tools.find((t) => t.name === "Golang")?.version).toBe("1.19");
  });

  it("a vendored copy, a nested module or a commented-out import does not count", async () => {
    const files = {
      "go.mod": goMod,
      "main.go": 'package main\n\n// import "go.mongodb.org/mongo-driver/mongo"\nimport "fmt"\n\nfunc main() { fmt.Println("/* \\"github.com/lib/pq\\" */") }\n',
      "vendor/github.com/x/y/y.go": 'package y\n\nimport "go.mongodb.org/mongo-driver/mongo"\n',
      "tools/go.mod": "module github.com/example/hrms/tools\n\ngo 1.19\n",
      "tools/main.go": 'package main\n\nimport _ "github.com/lib/pq"\n',
    };
    const { document } = await scan(new MemorySource(files), { git: false });
    const names = named(document.tools);
    expect(names).not.toContain("MongoDB");
    expect(names).not.toContain("PostgreSQL");
    // go.mod is read: Go at its `go` line.
    expect(document.tools.find((t) => t.name === "Golang")?.version).toBe("1.19");
  });
});

describe("go: reading imports", () => {
  it("reads single, aliased, blank, dot and grouped imports", () => {
    const src = 'package x\n\nimport "fmt"\nimport pg "github.com/lib/pq"\nimport _ "github.com/go-sql-driver/mysql"\n\nimport (\n\t. "github.com/onsi/gomega"\n\tr "github.com/redis/go-redis/v9" // cache\n\t"go.mongodb.org/mongo-driver/bson"\n)\n\nvar s = "github.com/not/an/import"\n';
    expect(goImports(src).sort()).toEqual(["fmt", "github.com/go-sql-driver/mysql", "github.com/lib/pq", "github.com/onsi/gomega", "github.com/redis/go-redis/v9", "go.mongodb.org/mongo-driver/bson"]);
  });

  it("an import inside a block comment is none, however long the comment", () => {
    const src = 'package x\n\n/*\nimport (\n\t"github.com/lib/pq"\n)\nimport "github.com/go-sql-driver/mysql"\n*/\nimport "fmt"\n';
    expect(goImports(src)).toEqual(["fmt"]);
  });

  it("valid Go that gofmt would respace: no space or a comment after import, several spaces, an indented import, raw-string paths", () => {
    const src = [
      "package x",
      'import("github.com/lib/pq")',
      "import/* the driver */`github.com/go-sql-driver/mysql`",
      'import  "github.com/redis/go-redis/v9"',
      'import bsonx  "go.mongodb.org/mongo-driver/bson"',
      '\timport (\n\t\t`github.com/gin-gonic/gin`\n\t)',
      '\timport "github.com/spf13/cobra"',
      "",
    ].join("\n");
    expect(goImports(src).sort()).toEqual([
      "github.com/gin-gonic/gin",
      "github.com/go-sql-driver/mysql",
      "github.com/lib/pq",
      "github.com/redis/go-redis/v9",
      "github.com/spf13/cobra",
      "go.mongodb.org/mongo-driver/bson",
    ]);
  });

  it("an import written inside a string, not at a line's start, is none", () => {
    const src = 'package gen\n\nconst header = `import ("github.com/gin-gonic/gin")`\nconst single = `import "github.com/lib/pq"`\n';
    expect(goImports(src)).toEqual([]);
    // The same import at a line's start is one.
    expect(goImports(`${src}import "github.com/lib/pq"\n`)).toEqual(["github.com/lib/pq"]);
  });

  it("a package of a module counts for the module; a module whose path only begins the same does not", () => {
    expect(importsModule(["github.com/gin-gonic/gin/binding"], "github.com/gin-gonic/gin")).toBe(true);
    expect(importsModule(["github.com/gin-gonic/gin"], "github.com/gin-gonic/gin")).toBe(true);
    expect(importsModule(["github.com/gin-gonic/gin-contrib/cors", "fmt"], "github.com/gin-gonic/gin")).toBe(false);
  });

  it("the module's files in path order, whatever the listing's; a module that itself lives under testdata/ keeps its files", () => {
    expect(moduleSources("go.mod", ["z.go", "cmd/main.go", "a.go"])).toEqual(["a.go", "cmd/main.go", "z.go"]);
    expect(moduleSources("testdata/app/go.mod", ["testdata/app/go.mod", "testdata/app/main.go", "testdata/other.go"])).toEqual(["testdata/app/main.go"]);
  });

  it("takes the module's own files only", () => {
    const paths = ["svc/go.mod", "svc/main.go", "svc/vendor/a/a.go", "svc/testdata/t.go", "svc/inner/go.mod", "svc/inner/i.go", "svc/pkg/p.go", "other/o.go"];
    expect(moduleSources("svc/go.mod", paths)).toEqual(["svc/main.go", "svc/pkg/p.go"]);
    expect(moduleSources("go.mod", ["go.mod", "a.go", "b/go.mod", "b/b.go"])).toEqual(["a.go"]);
  });
});

describe("go: what the glance at imports costs", () => {
  const plainMod = "module github.com/example/tool\n\ngo 1.21\n\nrequire (\n\tgithub.com/spf13/cobra v1.8.0\n\tgolang.org/x/sys v0.15.0 // indirect\n\tgithub.com/inconshreveable/mousetrap v1.1.0 // indirect\n)\n";

  it("a go.mod whose indirect modules would name no tool has none of its .go files read", async () => {
    const files: Record<string, string> = { "go.mod": plainMod };
    for (let i = 0; i < 50; i++) files[`cmd/f${i}.go`] = 'package cmd\n\nimport "golang.org/x/sys/unix"\n';
    const { stats } = await scan(new MemorySource(files), { git: false });
    expect(stats.filesRead).toBe(1);
  });

  it("200 files a module at most, 1,000 a scan", async () => {
    const files: Record<string, string> = {};
    for (let m = 0; m < 8; m++) {
      files[`svc${m}/go.mod`] = goMod.replace("github.com/example/hrms", `github.com/example/svc${m}`);
      for (let i = 0; i < 300; i++) files[`svc${m}/pkg/f${String(i).padStart(3, "0")}.go`] = "package pkg\n";
    }
    const { stats } = await scan(new MemorySource(files), { git: false });
    // 8 go.mod files, then 200 .go files of each of the first five modules
    expect(stats.filesRead).toBe(8 + 1_000);
  });
});
