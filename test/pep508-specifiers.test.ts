import { describe, expect, it } from "vitest";
import { forkedRelease, isExact, parseRequirement, specifierAllows, versionOfSpecifier } from "../detectors/python/pep508.js";

// The PEP 508 and PEP 440 helpers called alone, on requirement lines and specifiers as pip freeze,
// requirements files, Pipfiles and Poetry's pyproject.toml write them.

describe("parseRequirement: direct references to an archive", () => {
  it("takes the release of a wheel served over plain http, and of a wheel with a build tag", () => {
    expect(parseRequirement("torch @ http://download.pytorch.org/whl/cu118/torch-2.0.1%2Bcu118-cp310-cp310-linux_x86_64.whl")?.specifier).toBe("==2.0.1+cu118");
    expect(parseRequirement("internal-tools @ https://files.example.com/internal_tools-3.1.0-2-py3-none-any.whl")?.specifier).toBe("==3.1.0");
  });

  it("reads multi-digit releases and PEP 440 suffixes from an archive's name", () => {
    expect(parseRequirement("setuptools @ https://files.pythonhosted.org/packages/setuptools-69.0.3.tar.gz")?.specifier).toBe("==69.0.3");
    expect(parseRequirement("Django @ https://github.com/django/django/archive/Django-4.2.10.tar.gz")?.specifier).toBe("==4.2.10");
    expect(parseRequirement("uvicorn @ https://example.com/dist/uvicorn-0.24.0.post1-py3-none-any.whl")?.specifier).toBe("==0.24.0.post1");
    expect(parseRequirement("pydantic @ https://example.com/dist/pydantic-2.0rc1.zip")?.specifier).toBe("==2.0rc1");
  });

  it("names no release for an archive of another distribution", () => {
    const requirement = parseRequirement("mylib @ https://example.com/dist/otherlib-1.4.0.tar.gz");
    expect(requirement).toEqual({ name: "mylib", specifier: "", extras: [], url: "https://example.com/dist/otherlib-1.4.0.tar.gz" });
  });

  it("reads a name with extras and a parenthesized specifier", () => {
    expect(parseRequirement('requests[security, socks] (>=2.31.0) ; python_version >= "3.8"')).toEqual({ name: "requests", specifier: ">=2.31.0", extras: ["security", "socks"] });
  });
});

describe("versionOfSpecifier", () => {
  it("reads a release with a pre-release and a post-release part", () => {
    expect(versionOfSpecifier("==1.0rc1.post1")).toBe("1.0rc1.post1");
    expect(versionOfSpecifier(">=2.0.0b2.dev3")).toBe("2.0.0b2.dev3");
  });

  it("names a pinned zero release, under == and under ===", () => {
    expect(versionOfSpecifier("==0.0.0")).toBe("0.0.0");
    expect(versionOfSpecifier("===0.0.0")).toBe("0.0.0");
    expect(versionOfSpecifier(">=0.0.0")).toBeUndefined();
  });
});

describe("specifierAllows", () => {
  it("weighs each PEP 440 operator at and around its bound", () => {
    expect(specifierAllows("==1.26.0", "1.26.4")).toBe(false);
    expect(specifierAllows("===1.26.0", "1.26.4")).toBe(false);
    expect(specifierAllows("==1.0", "1.0.1")).toBe(false);
    expect(specifierAllows("!=2.0.0", "2.1.0")).toBe(true);
    expect(specifierAllows("!=2.0.0", "2.0")).toBe(false);
    expect(specifierAllows(">=1.26", "1.26")).toBe(true);
    expect(specifierAllows("<=2.0", "2.0")).toBe(true);
    expect(specifierAllows("<=2.0", "2.0.1")).toBe(false);
    expect(specifierAllows(">1.0", "1.0")).toBe(false);
    expect(specifierAllows(">1.0", "1.0.1")).toBe(true);
    expect(specifierAllows("~=2.2.1", "2.2.0")).toBe(false);
    expect(specifierAllows("~=2.2.1", "2.2.1")).toBe(true);
    expect(specifierAllows("~=2.2.1", "2.3.0")).toBe(false);
  });

  it("reads spaced clauses, a trailing comma, an empty specifier and pre-release bounds", () => {
    expect(specifierAllows(">=1.26, <2", "1.26.4")).toBe(true);
    expect(specifierAllows(">=1.26, <2", "2.0.0")).toBe(false);
    expect(specifierAllows(">=1.0,", "1.2")).toBe(true);
    expect(specifierAllows("", "1.2")).toBe(true);
    expect(specifierAllows(">=1.0rc1", "1.0")).toBe(true);
  });

  it("compares multi-digit and epoch releases by their numbers", () => {
    expect(specifierAllows(">=10", "10.2")).toBe(true);
    expect(specifierAllows(">=2", "1!2.0")).toBe(true);
  });

  it("cannot tell for a release that is no PEP 440 one; weighs a Poetry union's alternatives", () => {
    expect(specifierAllows(">=1", "unknown")).toBeUndefined();
    expect(specifierAllows("^1.2 || ^2.0", "unknown")).toBeUndefined();
    expect(specifierAllows("^1.2 || ^2.0", "2.1")).toBe(true);
  });

  it("reads Poetry's caret, tilde and bare versions", () => {
    expect(specifierAllows("^1.2", "1.1")).toBe(false);
    expect(specifierAllows("^1.2.3", "1.4.0")).toBe(true);
    expect(specifierAllows("^10.1", "10.2")).toBe(true);
    expect(specifierAllows("^0.0", "0.0.5")).toBe(true);
    expect(specifierAllows("~1.2", "1.5")).toBe(false);
    expect(specifierAllows("~1", "1.9")).toBe(true);
    expect(specifierAllows("~1", "2.0")).toBe(false);
    expect(specifierAllows("1.2.3", "1.2.3")).toBe(true);
    expect(specifierAllows("1.2.3", "1.2.4")).toBe(false);
  });
});

describe("forkedRelease", () => {
  it("takes the highest release the specifier allows, wherever the lockfile lists it", () => {
    expect(forkedRelease(["2.1.0", "1.26.4", "1.24.0"], ">=1.24,<2")).toBe("1.26.4");
    expect(forkedRelease(["1.24.0", "2.1.0"], ">=1.24")).toBe("2.1.0");
  });

  it("takes none for no specifier, or one of spaces only", () => {
    expect(forkedRelease(["1.0"], undefined)).toBeUndefined();
    expect(forkedRelease(["1.0"], "   ")).toBeUndefined();
  });
});

describe("isExact", () => {
  it("is one release, no wildcard, no second clause", () => {
    expect(isExact("==2.31.0")).toBe(true);
    expect(isExact("===2.31.0")).toBe(true);
    expect(isExact("==1.*")).toBe(false);
    expect(isExact("==1.0,<2")).toBe(false);
    expect(isExact(">=1.0")).toBe(false);
  });
});
