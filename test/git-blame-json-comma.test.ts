import { describe, expect, it } from "vitest";
import { detect } from "../src/index.js";
import type { StackDocument } from "../src/types.js";
import { importedHistory, type ImportedCommit } from "./git-import.js";

const day = (n: number) => `2021-01-${String(n).padStart(2, "0")} 10:00:00.000000000 Z`;

function dated(doc: StackDocument): Record<string, string> {
  return Object.fromEntries(doc.tools.filter((t) => t.last_updated_on).map((t) => [`${t.name}${t.package_url ? " (package)" : ""}`, `${t.last_updated_by} ${t.last_updated_on}`]));
}

/** A package.json as npm writes it: one dependency a line, a comma after each but the last. */
function packageJson(deps: Record<string, string>, devDeps: Record<string, string> = { jest: "^29.7.0" }): string {
  const table = (entries: Record<string, string>) => Object.entries(entries).map(([name, range]) => `    "${name}": "${range}"`).join(",\n");
  return `{\n  "name": "shop-api",\n  "version": "1.0.0",\n  "dependencies": {\n${table(deps)}\n  },\n  "devDependencies": {\n${table(devDeps)}\n  }\n}\n`;
}

describe("in a JSON file, a comma added or taken off a line does not redate it", () => {
  it("`npm install` appending a dependency after the last one leaves the last one's date (its line only gained a comma)", async () => {
    const dir = importedHistory([
      { by: "Ada", day: 1, message: "start", files: { "package.json": packageJson({ express: "^4.18.2", mongoose: "^8.0.0" }) } },
      { by: "Bea", day: 4, message: "cors, supertest", files: { "package.json": packageJson({ express: "^4.18.2", mongoose: "^8.0.0", cors: "^2.8.5" }, { jest: "^29.7.0", supertest: "^6.3.3" }) } },
    ]);

    const tools = dated(await detect(dir, { timestamp: "2024-01-01T00:00:00Z" }));
    expect(tools["cors (package)"]).toBe(`Bea ${day(4)}`);
    expect(tools["supertest (package)"]).toBe(`Bea ${day(4)}`);
    expect(tools["Mongoose"]).toBe(`Ada ${day(1)}`);
    expect(tools["Jest"]).toBe(`Ada ${day(1)}`);
    expect(tools["ExpressJS"]).toBe(`Ada ${day(1)}`);
  });

  it("uninstalling the last dependency leaves the new last one's date; a line whose range changed with its comma is redated", async () => {
    const history: ImportedCommit[] = [
      { by: "Ada", day: 1, message: "start", files: { "package.json": packageJson({ express: "^4.18.2", mongoose: "^8.0.0", cors: "^2.8.5" }) } },
      { by: "Bea", day: 3, message: "helmet", files: { "package.json": packageJson({ express: "^4.18.2", mongoose: "^8.0.0", cors: "^2.8.5", helmet: "^7.1.0" }) } },
      { by: "Cy", day: 5, message: "no helmet", files: { "package.json": packageJson({ express: "^4.18.2", mongoose: "^8.0.0", cors: "^2.8.5" }) } },
    ];
    // cors lost its comma when helmet went (and gained it when helmet came): written by Ada.
    const before = dated(await detect(importedHistory(history), { timestamp: "2024-01-01T00:00:00Z" }));
    expect(before["cors (package)"]).toBe(`Ada ${day(1)}`);
    // The same history, then a bump of the last line while a line is appended after it: its own change, dated so.
    const dir = importedHistory([...history, { by: "Dee", day: 7, message: "cors bump, dotenv", files: { "package.json": packageJson({ express: "^4.18.2", mongoose: "^8.0.0", cors: "^2.8.6", dotenv: "^16.4.5" }) } }]);

    const tools = dated(await detect(dir, { timestamp: "2024-01-01T00:00:00Z" }));
    expect(tools["cors (package)"]).toBe(`Dee ${day(7)}`);
    expect(tools["dotenv (package)"]).toBe(`Dee ${day(7)}`);
    expect(tools["Mongoose"]).toBe(`Ada ${day(1)}`);
    expect(tools["ExpressJS"]).toBe(`Ada ${day(1)}`);
  });

  it("a line that gained a comma, then lost it, keeps the date of the commit that wrote it", async () => {
    const dir = importedHistory([
      { by: "Ada", day: 1, message: "start", files: { "package.json": packageJson({ express: "^4.18.2", mongoose: "^8.0.0" }) } },
      { by: "Bea", day: 3, message: "cors", files: { "package.json": packageJson({ express: "^4.18.2", mongoose: "^8.0.0", cors: "^2.8.5" }) } },
      { by: "Cy", day: 5, message: "no cors", files: { "package.json": packageJson({ express: "^4.18.2", mongoose: "^8.0.0" }) } },
      { by: "Dee", day: 7, message: "helmet", files: { "package.json": packageJson({ express: "^4.18.2", mongoose: "^8.0.0", helmet: "^7.1.0" }) } },
    ]);

    const tools = dated(await detect(dir, { timestamp: "2024-01-01T00:00:00Z" }));
    expect(tools["Mongoose"]).toBe(`Ada ${day(1)}`);
    expect(tools["helmet (package)"]).toBe(`Dee ${day(7)}`);
  });

  it("a line that gained a comma when an entry was appended after it keeps its date after that entry is bumped, or another is put between them", async () => {
    const dir = importedHistory([
      { by: "Ada", day: 1, message: "start", files: { "package.json": packageJson({ express: "^4.18.2", mongoose: "^8.0.0" }, { jest: "^29.7.0" }) } },
      { by: "Bea", day: 3, message: "zod, supertest", files: { "package.json": packageJson({ express: "^4.18.2", mongoose: "^8.0.0", zod: "^3.22.0" }, { jest: "^29.7.0", supertest: "^6.3.3" }) } },
      { by: "Cy", day: 5, message: "zod bump, nodemon", files: { "package.json": packageJson({ express: "^4.18.2", mongoose: "^8.0.0", zod: "^3.23.8" }, { jest: "^29.7.0", nodemon: "^3.1.0", supertest: "^6.3.3" }) } },
    ]);

    const tools = dated(await detect(dir, { timestamp: "2024-01-01T00:00:00Z" }));
    expect(tools["zod (package)"]).toBe(`Cy ${day(5)}`);
    expect(tools["nodemon (package)"]).toBe(`Cy ${day(5)}`);
    expect(tools["supertest (package)"]).toBe(`Bea ${day(3)}`);
    expect(tools["Mongoose"]).toBe(`Ada ${day(1)}`);
    expect(tools["Jest"]).toBe(`Ada ${day(1)}`);
  });

  it("a package.json in a folder whose name is not ASCII is followed as well", async () => {
    const dir = importedHistory([
      { by: "Ada", day: 1, message: "start", files: { "apps/café/package.json": packageJson({ express: "^4.18.2", mongoose: "^8.0.0" }) } },
      { by: "Bea", day: 4, message: "cors", files: { "apps/café/package.json": packageJson({ express: "^4.18.2", mongoose: "^8.0.0", cors: "^2.8.5" }) } },
    ]);

    const tools = dated(await detect(dir, { timestamp: "2024-01-01T00:00:00Z" }));
    expect(tools["cors (package)"]).toBe(`Bea ${day(4)}`);
    expect(tools["Mongoose"]).toBe(`Ada ${day(1)}`);
  });

  it("outside JSON a comma is part of the line: a Package.swift entry that gained one is redated", async () => {
    const manifest = (added: string) => `// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "Inventory",
    dependencies: [
        .package(url: "https://github.com/vapor/fluent.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/vapor.git", from: "4.92.0")${added}
    ]
)
`;
    const dir = importedHistory([
      { by: "Ada", day: 1, message: "template", files: { "Package.swift": manifest("") } },
      { by: "Bea", day: 4, message: "postgres driver", files: { "Package.swift": manifest(`,\n        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.8.0")`) } },
    ]);

    const tools = dated(await detect(dir, { timestamp: "2024-01-01T00:00:00Z" }));
    expect(tools["Vapor"]).toBe(`Bea ${day(4)}`);
  });
});
