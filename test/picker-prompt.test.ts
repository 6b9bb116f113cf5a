import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import Enquirer from "enquirer";
import { highlightTyped, pickerPrompt, type AutoCompleteClass } from "../src/cli/picker-prompt.js";

// The picker as a user types into it: enquirer's real AutoComplete, on a stream that says it is a
// terminal, the typed text set as its keypresses set it, then the lines it draws read back.

const AutoComplete = (Enquirer as unknown as { AutoComplete: AutoCompleteClass }).AutoComplete;
const LINES = ["C++", "C#", "F#", ".NET", "Node.js", "nodexjs", "Kubernetes", "Objective-C", "jQuery (core)", "Socket.IO"];

/** What the picker draws once `typed` is in its search field, with `[` and `]` around each lit text. */
async function drawn(typed: string, frames = 1): Promise<string> {
  const stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => stdin });
  const stdout = new PassThrough();
  let out = "";
  stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  const Picker = pickerPrompt(AutoComplete, true);
  const prompt = new Picker({ name: "tools", message: "Which tools?", multiple: true, limit: 20, rows: 40, columns: 80, stdin, stdout, choices: LINES.map((name) => ({ name, message: name })),
    // Every line shown: the picker's search also shows lines whose letters alone hold what is typed
    // (picker-search.ts: ".net" shows Kubernetes, "node.js" NodeJS), which must not be lit then.
    suggest: (_typed: string, choices: unknown[]) => choices,
  });
  (prompt as unknown as { styles: { complement: (t: string) => string } }).styles.complement = (text) => `[${text}]`;
  let frame = "";
  const failure = new Promise<unknown>((resolve) => {
    (prompt as unknown as { once(event: string, f: () => void): void }).once("run", () => {
      prompt.input = typed;
      // What a keypress does once it has changed the text: search, then draw. The frame is kept
      // before the cancel below draws its own.
      (prompt as unknown as { complete(): Promise<void> }).complete().then(
        async () => {
          // A prompt draws again on every keypress, a cursor move too: each frame from the lines as given.
          for (let i = 1; i < frames; i++) await prompt.render();
          frame = out;
          resolve(undefined);
        },
        (error: unknown) => resolve(error),
      );
    });
  });
  const running = prompt.run().catch(() => undefined);
  const error = await failure;
  (prompt as unknown as { cancel(): Promise<void> }).cancel();
  await running;
  if (error) throw error;
  // The last frame: the lines after the prompt's own.
  return frame.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, "").split("Which tools?").pop()!;
}

describe("the picker lights what is typed as text, not as a pattern", () => {
  it("names with a pattern's characters are searched and lit, never thrown", async () => {
    // enquirer's own render built `new RegExp("c++")`, which threw "Nothing to repeat" out of the keypress.
    expect(await drawn("c++")).toContain("[C++]");
    expect(await drawn("c#")).toContain("[C#]");
    expect(await drawn("(core")).toContain("jQuery [(core])");
    await expect(drawn("[")).resolves.toBeTypeOf("string");
    await expect(drawn("\\")).resolves.toBeTypeOf("string");
  });

  it("a dot is a dot: 'node.js' lights Node.js, not nodexjs; '.net' lights .NET, not Kubernetes' 'rnet'", async () => {
    const node = await drawn("node.js");
    expect(node).toContain("[Node.js]");
    expect(node).toContain(" nodexjs");
    const net = await drawn(".net");
    expect(net).toContain("[.NET]");
    expect(net).toContain(" Kubernetes");
  });

  it("drawn again, each line is lit once: the lines given are kept, not the lit ones", async () => {
    const again = await drawn("c", 3);
    expect(again).toContain("[C]++");
    expect(again).not.toContain("[[");
  });

  it("without colour, the focused line is marked by a pointer", async () => {
    expect(await drawn("objective")).toContain("> ");
  });
});

describe("highlightTyped", () => {
  const lit = (typed: string, line: string) => highlightTyped(typed, (t) => `<${t}>`)(line);
  it("lights every place the line holds the typed text, case aside", () => {
    expect(lit("c", "Objective-C code")).toBe("Obje<c>tive-<C> <c>ode");
    expect(lit("t.io", "Socket.IO, sockettio")).toBe("Socke<t.IO>, sockettio");
  });
  it("lights nothing for an empty search", () => {
    expect(lit("", "C++")).toBe("C++");
  });
});
