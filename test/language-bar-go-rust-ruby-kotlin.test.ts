import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

// Go, Rust, Ruby and Kotlin are cited as "Repo Metadata" where the language bar counts them, as the
// site cites them (catalog/overrides.yml: cited_files ["Repo Metadata"]), though go.mod, Cargo.toml,
// a Gemfile or a Gradle build names them and may pin a release: that file keeps giving the release
// and the URL. Go: 5 stack files of 5 owners; Rust: 3 of 3; Ruby: 8 of 6; Kotlin: 4 of 3 (a47k).
const scanned = async (files: Record<string, string>) => (await scan(new MemorySource(files), { git: false })).document.tools;

describe("Go, Rust, Ruby and Kotlin, counted by the language bar, are cited as Repo Metadata", () => {
  it("Go beside go.mod's go directive", async () => {
    const tools = await scanned({
      "go.mod": "module github.com/example/tool\n\ngo 1.20\n\nrequire github.com/spf13/cobra v1.7.0\n",
      "main.go": "package main\n\nfunc main() {}\n",
      "cmd/root.go": "package cmd\n",
    });
    expect(tool(tools, "Golang")).toMatchObject({ detection_source: "Repo Metadata", version: "1.20", detection_source_url: "go.mod" });
  });

  it("Rust beside Cargo.toml's rust-version", async () => {
    const tools = await scanned({
      "Cargo.toml": '[package]\nname = "advmac"\nversion = "1.0.0"\nedition = "2021"\nrust-version = "1.64"\n\n[dependencies]\n',
      "src/lib.rs": "pub fn f() {}\n",
      "src/parser.rs": "pub fn g() {}\n",
    });
    expect(tool(tools, "Rust")).toMatchObject({ detection_source: "Repo Metadata", version: "1.64", detection_source_url: "Cargo.toml" });
  });

  it("Ruby beside the Gemfile's ruby line", async () => {
    const tools = await scanned({
      Gemfile: "source 'https://rubygems.org'\n\nruby '2.7.0'\n\ngem 'rails', '~> 6.0.3'\n",
      "app/models/article.rb": "class Article; end\n",
      "app/controllers/articles_controller.rb": "class ArticlesController; end\n",
    });
    expect(tool(tools, "Ruby")).toMatchObject({ detection_source: "Repo Metadata", version: "2.7.0", detection_source_url: "Gemfile" });
  });

  it("Kotlin beside a Gradle build applying its plugin", async () => {
    const tools = await scanned({
      "worker/build.gradle.kts": 'plugins {\n    kotlin("js") version "1.7.10"\n}\n\nrepositories {\n    mavenCentral()\n}\n',
      "worker/src/main/kotlin/main.kt": "fun main() {}\n",
      "worker/src/main/kotlin/handler.kt": "fun handle() {}\n",
    });
    expect(tool(tools, "Kotlin")).toMatchObject({ detection_source: "Repo Metadata", version: "1.7.10", detection_source_url: "worker/build.gradle.kts" });
  });
});
