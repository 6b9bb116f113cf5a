import { describe, expect, it } from "vitest";
import { compareText, toolOrder } from "../src/document/order.js";
import type { ToolEntry } from "../src/types.js";

// The order of the document's tool entries (src/document/order.ts): by the site's categories, then name.
const CATEGORIES = [
  "Languages & Frameworks",
  "Libraries",
  "Data Stores",
  "Build, Test, Deploy",
  "Monitoring",
  "Application Hosting",
  "Application Utilities",
  "Assets and Media",
  "Analytics",
  "Communications",
  "Collaboration",
  "Payments",
  "Support, Sales, and Marketing",
  "Back Office",
  "Mobile",
  "Design",
];

describe("tool order", () => {
  it("puts every category in the site's order, and one it does not know after them all", () => {
    const entries: ToolEntry[] = [{ name: "A tool without a category" }, { name: "Zapier", category: "Automation" }];
    for (const [i, category] of [...CATEGORIES].reverse().entries()) entries.push({ name: `Tool ${i}`, category });
    const sorted = [...entries].sort(toolOrder).map((t) => t.category ?? "(none)");
    expect(sorted).toEqual([...CATEGORIES, "(none)", "Automation"]);
  });

  it("orders one category by name, case-insensitively", () => {
    const entries: ToolEntry[] = ["webpack", "Vite", "ESLint", "esbuild", "Babel"].map((name) => ({ name, category: "Build, Test, Deploy" }));
    expect(entries.sort(toolOrder).map((t) => t.name)).toEqual(["Babel", "esbuild", "ESLint", "Vite", "webpack"]);
  });

  it("compares text case-insensitively first, then exactly, whatever the locale", () => {
    expect(["redux", "React", "react", "Angular", "react"].sort(compareText)).toEqual(["Angular", "React", "react", "react", "redux"]);
    expect(compareText("react", "React")).toBe(1);
    expect(compareText("React", "react")).toBe(-1);
    expect(compareText("react", "react")).toBe(0);
    expect(compareText("b", "A")).toBe(1);
    expect(compareText("A", "b")).toBe(-1);
  });
});
