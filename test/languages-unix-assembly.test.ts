import { describe, expect, it } from "vitest";
import { MemorySource, REPO_METADATA, scan } from "../src/index.js";

// linguist's Unix Assembly (`.s`, GNU as syntax, Go's assembler files) is in its Assembly group,
// which the language bar shows as Assembly; linguist matches extensions without case, so the
// preprocessed `.S` form counts too.
const names = async (files: Record<string, string>) => {
  const { document } = await scan(new MemorySource(files), { git: false });
  return document.tools.filter((t) => t.detection_source === REPO_METADATA).map((t) => t.name).sort();
};

describe("Unix assembly sources", () => {
  it("a Go package's amd64 and arm64 kernels count as Assembly beside Go", async () => {
    const files = {
      "go.mod": "module example.com/vector\n\ngo 1.21\n",
      "distancer/asm/dot.go": "package asm\n",
      "distancer/asm/dot_amd64.go": "package asm\n\n//go:noescape\nfunc dot(a, b []float32) float32\n",
      "distancer/asm/dot_amd64.s": "#include \"textflag.h\"\n\nTEXT ·dot(SB), NOSPLIT, $0-52\n\tRET\n",
      "distancer/asm/dot_arm64.s": "#include \"textflag.h\"\n\nTEXT ·dot(SB), NOSPLIT, $0-52\n\tRET\n",
    };
    expect(await names(files)).toEqual(["Assembly Language", "Golang"]);
  });

  it("a C project's preprocessed start-up file in upper-case .S counts as Assembly", async () => {
    const files = {
      "src/main.c": "int main(void) { return 0; }\n",
      "src/boot/start.S": ".globl _start\n_start:\n\tbl main\n",
    };
    expect(await names(files)).toEqual(["Assembly Language", "C lang"]);
  });
});
