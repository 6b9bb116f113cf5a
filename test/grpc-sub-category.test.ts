import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// The sub-category of gRPC as the site's stack files write it: "Remote Procedure Call (RPC)", with
// the abbreviation the dataset's slug loses.
describe("gRPC's sub-category", () => {
  it("is written as the site writes it", async () => {
    // A Go service exporting OpenTelemetry traces and metrics over gRPC.
    const goMod = [
      "module github.com/example/observability-helloworld",
      "",
      "go 1.21.5",
      "",
      "require (",
      "\tgithub.com/spf13/viper v1.18.2",
      "\tgo.opentelemetry.io/otel v1.21.0",
      "\tgo.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracegrpc v1.21.0",
      "\tgoogle.golang.org/grpc v1.60.1",
      ")",
      "",
      "require (",
      "\tgithub.com/golang/protobuf v1.5.3 // indirect",
      "\tgoogle.golang.org/protobuf v1.31.0 // indirect",
      ")",
      "",
    ].join("\n");
    const { document } = await scan(new MemorySource({ "go.mod": goMod, "cmd/hello/main.go": "package main\n" }), { git: false });
    const grpc = document.tools.find((t) => t.name === "gRPC" && !t.package_url);
    expect(grpc).toMatchObject({ category: "Languages & Frameworks", sub_category: "Remote Procedure Call (RPC)", version: "1.60.1" });
  });
});
