import { describe, expect, it } from "vitest";
import { goDetector } from "../detectors/go/index.js";
import { compact, detectorFindings } from "./detector-findings.js";

// The Go detector's own findings (detectors/go/index.ts), finding by finding: which line a
// directive is reported from, what a replacement does to a requirement, and what a workspace warns of.

describe("go detector findings", () => {
  it("go.mod: the toolchain's release from its line, requirements direct or transitive, replacements by path or folder", async () => {
    const gomod = [
      "module github.com/acme/api",
      "",
      "go 1.21",
      "",
      "toolchain go1.21.6",
      "",
      "require (",
      "\tgithub.com/gin-gonic/gin v1.9.1",
      "\tgithub.com/acme/shared v0.0.0-20240101000000-abcdefabcdef",
      "\tgithub.com/labstack/echo/v4 v4.11.4",
      "\tgolang.org/x/sys v0.15.0 // indirect",
      "\tgithub.com/docker/docker v24.0.7+incompatible",
      ")",
      "",
      "replace github.com/acme/shared => ./shared",
      "replace github.com/labstack/echo/v4 => github.com/acme/echo/v4 v4.11.5",
      "",
    ].join("\n");
    const { findings, warnings } = await detectorFindings(goDetector, { "go.mod": gomod });
    expect(compact(findings)).toEqual([
      "runtime:go@5 ->1.21.6",
      "go:github.com/gin-gonic/gin@8 v1.9.1 ->1.9.1 direct",
      "go:github.com/acme/shared@9 v0.0.0-20240101000000-abcdefabcdef ->0.0.0",
      "go:github.com/acme/echo/v4@10 v4.11.5 ->4.11.5 direct",
      "go:golang.org/x/sys@11 v0.15.0 ->0.15.0 direct transitive",
      "go:github.com/docker/docker@12 v24.0.7+incompatible ->24.0.7 direct",
    ]);
    expect(warnings).toEqual([]);
  });

  it("Go 1.24's tool directives: the modules `go get -tool` required `// indirect` are the module's own choice, as an import is", async () => {
    const gomod = [
      "module github.com/acme/svc",
      "",
      "go 1.24.0",
      "",
      "tool (",
      "\tgithub.com/golangci/golangci-lint/cmd/golangci-lint",
      "\tgithub.com/sqlc-dev/sqlc/cmd/sqlc",
      ")",
      "",
      "tool golang.org/x/tools/cmd/stringer",
      "",
      "require github.com/gin-gonic/gin v1.10.0",
      "",
      "require (",
      "\tgithub.com/golangci/golangci-lint v1.64.8 // indirect",
      "\tgithub.com/sqlc-dev/sqlc v1.28.0 // indirect",
      "\tgolang.org/x/tools v0.31.0 // indirect",
      "\tgithub.com/bytedance/sonic v1.11.6 // indirect",
      ")",
      "",
    ].join("\n");
    const { findings, warnings } = await detectorFindings(goDetector, { "go.mod": gomod });
    expect(compact(findings)).toEqual([
      "runtime:go@3 ->1.24.0",
      "go:github.com/gin-gonic/gin@12 v1.10.0 ->1.10.0 direct",
      "go:github.com/golangci/golangci-lint@15 v1.64.8 ->1.64.8 direct",
      "go:github.com/sqlc-dev/sqlc@16 v1.28.0 ->1.28.0 direct",
      "go:golang.org/x/tools@17 v0.31.0 ->0.31.0 direct",
      "go:github.com/bytedance/sonic@18 v1.11.6 ->1.11.6 direct transitive",
    ]);
    expect(warnings).toEqual([]);
  });

  it("the go line when the toolchain names no release, indented directives found by their keyword", async () => {
    const plain = await detectorFindings(goDetector, { "go.mod": "module x\n\n  go 1.22.1\n\ntoolchain default\n" });
    expect(compact(plain.findings)).toEqual(["runtime:go@3 ->1.22.1"]);
    const none = await detectorFindings(goDetector, { "go.mod": "module x\n" });
    expect(none.findings).toEqual([]);
    // A folder replacement above the module (../lib) is local too.
    const up = await detectorFindings(goDetector, { "svc/go.mod": "module x\n\nrequire example.com/lib v1.0.0\n\nreplace example.com/lib => ../lib\n" });
    expect(compact(up.findings)).toEqual(["go:example.com/lib@3 v1.0.0 ->1.0.0"]);
  });

  it("a go.mod's problems: the first said, with how many more", async () => {
    const one = await detectorFindings(goDetector, { "go.mod": "module x\nbogus line\n" });
    expect(one.warnings).toEqual(["go.mod: line 2: not a go.mod directive"]);
    const three = await detectorFindings(goDetector, { "go.mod": "module x\nbogus\nworse\nworst\n" });
    expect(three.warnings).toEqual(["go.mod: line 2: not a go.mod directive (and 2 more)"]);
  });

  it("go.work: Go's version at its go line, and each used folder without a go.mod, relative to the go.work's folder", async () => {
    const { findings, warnings } = await detectorFindings(goDetector, {
      "work/go.work": "go 1.22.3\n\nuse (\n\t./svc\n\t../lib\n\t./gone\n\t.\n\t../../outside\n)\n",
      "work/svc/go.mod": "module svc\n",
      "lib/go.mod": "module lib\n",
    });
    // The go line dates the release with git facts on, as a go.mod's does (not the go.work's first line).
    expect(compact(findings.filter((f) => f.file === "work/go.work"))).toEqual(["runtime:go@1 ->1.22.3"]);
    // `.` is the go.work's own folder (no go.mod there); a path above the root is not looked for.
    expect(warnings).toEqual(["work/go.work: use ./gone: no go.mod there", "work/go.work: use .: no go.mod there"]);
    const bare = await detectorFindings(goDetector, { "go.work": "use ./api\n", "api/go.mod": "module api\n" });
    expect(bare.findings.filter((f) => f.file === "go.work")).toEqual([]);
    expect(bare.warnings).toEqual([]);
  });

  it("go.work: its toolchain line names the release the workspace builds with, as a go.mod's does", async () => {
    // A workspace's go.work governs every module it uses: `go` is the lowest language version, `toolchain` the Go that builds.
    const work = "go 1.22.2\n\ntoolchain go1.22.3\n\nuse (\n\t./svc/api\n)\n";
    const { findings } = await detectorFindings(goDetector, { "go.work": work, "svc/api/go.mod": "module api\n\ngo 1.22\n" });
    expect(compact(findings.filter((f) => f.file === "go.work"))).toEqual(["runtime:go@3 ->1.22.3"]);
    const plain = await detectorFindings(goDetector, { "go.work": "go 1.22.2\n\ntoolchain default\n" });
    expect(compact(plain.findings)).toEqual(["runtime:go@1 ->1.22.2"]);
  });

  it("the go line's own line number, the first line too; a go.mod that does not read is the scan's warning only", async () => {
    const plain = await detectorFindings(goDetector, { "go.mod": "module x\n\ngo 1.22\n\nrequire (\n\tgithub.com/gin-gonic/gin v1.9.1\n)\n" });
    expect(compact(plain.findings)[0]).toBe("runtime:go@3 ->1.22");
    const first = await detectorFindings(goDetector, { "go.mod": "go 1.21\n\nmodule x\n" });
    expect(compact(first.findings)).toEqual(["runtime:go@1 ->1.21"]);
    const binary = await detectorFindings(goDetector, { "go.mod": "module x\n\u0000\u0001" });
    expect([binary.findings, binary.warnings]).toEqual([[], ["go.mod: skipped: binary content"]]);
  });

  it("go.work: the go directive only at a line's start, however spaced; a used folder above the go.work's without a go.mod, or one written with a trailing slash", async () => {
    const { findings, warnings } = await detectorFindings(goDetector, {
      "work/go.work": "// Modules of the api: go work use ./svc\ngo  1.22.3\n\nuse (\n\t./svc/\n\t../lib\n\t../missing\n)\n",
      "work/svc/go.mod": "module svc\n",
      "lib/go.mod": "module lib\n",
    });
    expect(compact(findings.filter((f) => f.file === "work/go.work"))).toEqual(["runtime:go@2 ->1.22.3"]);
    expect(warnings).toEqual(["work/go.work: use ../missing: no go.mod there"]);
  });
});
