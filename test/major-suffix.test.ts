import { describe, expect, it } from "vitest";
import { isMajorSuffix, withoutMajorSuffix } from "../src/catalog/major-suffix.js";

// A registry's major_suffix (Go's `/v{n}`): what it cuts from a module path, and which values a catalog may give.

describe("withoutMajorSuffix", () => {
  it("cuts a major's suffix, any count of digits, from the end of a Go module path", () => {
    expect(withoutMajorSuffix("github.com/go-redis/redis/v9", "/v{n}")).toBe("github.com/go-redis/redis");
    expect(withoutMajorSuffix("github.com/jackc/pgx/v5", "/v{n}")).toBe("github.com/jackc/pgx");
    expect(withoutMajorSuffix("github.com/google/go-github/v62", "/v{n}")).toBe("github.com/google/go-github");
    // Asked again: the same answer from the pattern kept.
    expect(withoutMajorSuffix("github.com/jackc/pgx/v5", "/v{n}")).toBe("github.com/jackc/pgx");
  });

  it("leaves a path whose end is not the suffix, one that is only the suffix, and any path without a suffix", () => {
    expect(withoutMajorSuffix("github.com/jackc/pgx", "/v{n}")).toBe("github.com/jackc/pgx");
    expect(withoutMajorSuffix("github.com/acme/v5/client", "/v{n}")).toBe("github.com/acme/v5/client");
    expect(withoutMajorSuffix("github.com/acme/v5x", "/v{n}")).toBe("github.com/acme/v5x");
    expect(withoutMajorSuffix("github.com/acme/v", "/v{n}")).toBe("github.com/acme/v");
    expect(withoutMajorSuffix("/v2", "/v{n}")).toBe("/v2");
    expect(withoutMajorSuffix("github.com/jackc/pgx/v5", undefined)).toBe("github.com/jackc/pgx/v5");
    expect(withoutMajorSuffix("github.com/jackc/pgx/v5", "")).toBe("github.com/jackc/pgx/v5");
  });

  it("reads the suffix's other characters as themselves (gopkg.in's `.v{n}`)", () => {
    expect(withoutMajorSuffix("gopkg.in/yaml.v3", ".v{n}")).toBe("gopkg.in/yaml");
    expect(withoutMajorSuffix("gopkg.in/yamlxv3", ".v{n}")).toBe("gopkg.in/yamlxv3");
    expect(withoutMajorSuffix("example.com/lib+v2", "+v{n}")).toBe("example.com/lib");
    expect(withoutMajorSuffix("example.com/libbv2", "+v{n}")).toBe("example.com/libbv2");
  });
});

describe("isMajorSuffix", () => {
  it("takes text holding {n} once beside something else, up to 40 characters", () => {
    expect(isMajorSuffix("/v{n}")).toBe(true);
    expect(isMajorSuffix("{n}-major")).toBe(true);
    expect(isMajorSuffix("/" + "v".repeat(36) + "{n}")).toBe(true); // 40 characters
    expect(isMajorSuffix("/" + "v".repeat(37) + "{n}")).toBe(false); // 41
    expect(isMajorSuffix("/v")).toBe(false);
    expect(isMajorSuffix("/v{n}/{n}")).toBe(false);
    expect(isMajorSuffix("{n}")).toBe(false);
    expect(isMajorSuffix(2)).toBe(false);
    expect(isMajorSuffix(undefined)).toBe(false);
  });
});
