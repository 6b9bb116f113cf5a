import { describe, expect, it } from "vitest";
import { expectFinishesWithin } from "./work-budget.js";

// 10,000 dependency lines, each looked up by name: once in one pass, once searched from the top of
// the text per name (the quadratic form several readers had before their fixes).
const text = Array.from({ length: 10_000 }, (_, i) => `  "pkg-${i}": "^1.0.${i}",`).join("\n");
const names = Array.from({ length: 10_000 }, (_, i) => `"pkg-${i}"`);
const expected = names.map((_, i) => i + 1);

function onePass(): number[] {
  const lines = new Map<string, number>();
  text.split("\n").forEach((line, i) => lines.set(line.trim().slice(0, line.trim().indexOf(":")), i + 1));
  return names.map((name) => lines.get(name)!);
}

function fromTheTop(): number[] {
  return names.map((name) => {
    const at = text.indexOf(name);
    let line = 1;
    for (let i = text.indexOf("\n"); i !== -1 && i < at; i = text.indexOf("\n", i + 1)) line++;
    return line;
  });
}

describe("expectFinishesWithin", () => {
  it("passes a run within its budget and returns its value, awaited when it is a promise", async () => {
    expect(expectFinishesWithin(onePass, 2)).toEqual(expected);
    expect(await expectFinishesWithin(async () => onePass(), 2)).toEqual(expected);
  });

  it("fails a quadratic run of the same work, giving both figures", async () => {
    expect(() => expectFinishesWithin(fromTheTop, 2, "from the top")).toThrow(/^from the top: took \d+ ms, [\d.]+ times the reference job's [\d.]+ ms; the budget is 2 times \(\d+ ms\)/);
    await expect(expectFinishesWithin(async () => fromTheTop(), 2)).rejects.toThrow(/times the reference job's/);
  });
});
