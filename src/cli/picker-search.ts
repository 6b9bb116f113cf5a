import type { Catalog } from "../catalog/catalog.js";
import type { CatalogTool } from "../catalog/types.js";
import { normalize } from "../catalog/name-keys.js";
import { listedOpening } from "../catalog/site-list.js";

/** A picker's line: the tool's id, and what is shown. */
export interface PickerChoice {
  name: string;
  message: string;
}

/** What the search asks of enquirer's prompt: a line made whole (index, enabled) before it is shown. */
interface Prompt {
  toChoice(choice: PickerChoice, index: number): Promise<PickerChoice>;
}

/** The most tools of the site's list a search adds: the picker shows 10 lines. */
const LISTED_SHOWN = 10;

/**
 * The picker's search, as it is typed in: the catalog's tools whose line holds the text (enquirer's
 * own search) or, normalized, its key ("githubactions" finds GitHub Actions: the space key selects a
 * line, so no space can be typed), then the tools of the site's list the catalog leaves out whose name or slug opens
 * with it, normalized ("cloudflare r" finds Cloudflare R2), which the picker's choices, the catalog's
 * alone, never held: parsing the whole list to offer all of them would cost every start of the
 * picker. Each listed tool found is told to `found`, which the document needs to make its entry.
 */
export function pickerSearch(catalog: Catalog, found: (tool: CatalogTool) => void) {
  // Each line's message normalized, once: the space key selects, so a name of words is typed without its spaces.
  const keys = new WeakMap<PickerChoice, string>();
  const keyOf = (choice: PickerChoice): string => {
    let key = keys.get(choice);
    if (key === undefined) keys.set(choice, (key = normalize(choice.message)));
    return key;
  };
  return async function suggest(this: Prompt, input: string, choices: PickerChoice[]): Promise<PickerChoice[]> {
    const text = input.toLowerCase();
    const key = normalize(input);
    const shown = choices.filter((c) => c.message.toLowerCase().includes(text) || (key !== "" && keyOf(c).includes(key)));
    const ids = new Set(shown.map((c) => c.name));
    for (const tool of listedOpening(catalog, key, LISTED_SHOWN)) {
      if (ids.has(tool.id)) continue;
      found(tool);
      // A line shown before is the one enquirer keeps among its choices, selected or not.
      shown.push(choices.find((c) => c.name === tool.id) ?? (await this.toChoice({ name: tool.id, message: tool.name }, choices.length)));
    }
    return shown;
  };
}
