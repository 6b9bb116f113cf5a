import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { versionOfSpecifier } from "../detectors/python/pep508.js";
import { requirementVersion } from "../detectors/rust/cargo.js";

// "Any release" written as a zero lower bound, with no lockfile to say which one was installed:
// `fastapi>=0.0.0` in a requirements file, `serde = ">=0"` or `tokio = "0"` in Cargo.toml. No
// release 0.0.0 was installed; the entry gets no version rather than a made-up one.
describe("a zero lower bound and no lockfile", () => {
  it("names no PyPI or crates.io release", async () => {
    const { document } = await scan(
      new MemorySource({
        "requirements.txt": "fastapi>=0.0.0\nuvicorn[standard]>=0\ncelery>=0.0,<6\nflask>=2.3\n",
        "Cargo.toml": '[package]\nname = "svc"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nserde = { version = ">=0", features = ["derive"] }\ntokio = "0"\n',
        "src/main.rs": "fn main() {}\n",
      }),
      { git: false },
    );
    const entry = (pred: (t: { name: string; package_url?: string }) => boolean) => document.tools.find(pred);
    expect(entry((t) => t.name === "FastAPI")).toBeDefined();
    expect(entry((t) => t.name === "FastAPI")?.version).toBeUndefined();
    expect(entry((t) => t.package_url === "https://pypi.org/project/fastapi")).toBeDefined();
    expect(entry((t) => t.package_url === "https://pypi.org/project/fastapi")?.version).toBeUndefined();
    expect(entry((t) => t.name === "Celery")).toBeDefined();
    expect(entry((t) => t.name === "Celery")?.version).toBeUndefined();
    expect(entry((t) => t.name === "Serde")).toBeDefined();
    expect(entry((t) => t.name === "Serde")?.version).toBeUndefined();
    expect(entry((t) => t.name === "Tokio")).toBeDefined();
    expect(entry((t) => t.name === "Tokio")?.version).toBeUndefined();
    // A real lower bound still gives its release.
    expect(entry((t) => t.package_url === "https://pypi.org/project/flask")?.version).toBe("2.3");
  });

  it("reads only zero bounds as none: a pin or a later clause still names one", () => {
    expect(versionOfSpecifier(">=0")).toBeUndefined();
    expect(versionOfSpecifier("^0")).toBeUndefined();
    expect(versionOfSpecifier("~=0.0")).toBeUndefined();
    expect(versionOfSpecifier(">=0,>=1.4")).toBe("1.4");
    expect(versionOfSpecifier("==0.0.0")).toBe("0.0.0");
    expect(versionOfSpecifier(">=0.1")).toBe("0.1");
    expect(requirementVersion("0")).toBeUndefined();
    expect(requirementVersion(">=0.0.0")).toBeUndefined();
    expect(requirementVersion("0.1")).toBe("0.1");
  });
});
