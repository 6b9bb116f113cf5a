/** What the picker uses of enquirer's AutoComplete prompt, which ships no types for its members. */
export interface AutoCompletePrompt {
  run(): Promise<string[]>;
  render(): Promise<void>;
  index: number;
  input: string;
  choices: Array<{ message: string }>;
  state: { status: string };
  styles: { complement(text: string): string };
}
export type AutoCompleteClass = new (options: object) => AutoCompletePrompt;

/**
 * enquirer's AutoComplete as the picker shows it. Its own `render` highlights what is typed in each
 * line with `new RegExp(input)`, so "c++", "(" or "[" threw out of the keypress and killed the
 * process with a stack trace, and the dot of "node.js" or ".net" lit any letter: here what is typed
 * is lit as the text it is. Without colour (`plain`), a pointer marks the focused line, as colour
 * alone did.
 */
export function pickerPrompt(AutoComplete: AutoCompleteClass, plain: boolean): AutoCompleteClass {
  // AutoComplete's parent, Select, lays out the lines; AutoComplete's render only lights them first.
  const layOut = (Object.getPrototypeOf(AutoComplete.prototype) as AutoCompletePrompt).render;
  return class Picker extends AutoComplete {
    pointer(_choice: unknown, i: number): string {
      return plain ? (this.index === i ? "> " : "  ") : "";
    }
    override async render(): Promise<void> {
      if (this.state.status !== "pending") return layOut.call(this);
      const light = highlightTyped(this.input, (text) => this.styles.complement(text));
      const choices = this.choices;
      this.choices = choices.map((choice) => ({ ...choice, message: light(choice.message) }));
      try {
        await layOut.call(this);
      } finally {
        this.choices = choices;
      }
    }
  };
}

/** Each place a line holds the typed text, case aside, passed through `color`; the text is no pattern. */
export function highlightTyped(typed: string, color: (text: string) => string): (line: string) => string {
  if (typed === "") return (line) => line;
  const pattern = new RegExp(typed.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "gi");
  return (line) => line.replace(pattern, (found) => color(found));
}
