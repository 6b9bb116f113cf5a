import { describe, expect, it } from "vitest";
import { headNumbers } from "../src/git/blame.js";
import { detect } from "../src/index.js";
import { writeFile as write } from "./helpers.js";
import { importedHistory } from "./git-import.js";

const day = (n: number) => `2021-01-0${n} 10:00:00.000000000 Z`;

function dated(doc: Awaited<ReturnType<typeof detect>>): Record<string, string> {
  return Object.fromEntries(doc.tools.filter((t) => t.last_updated_by !== undefined).map((t) => [t.name, `${t.last_updated_by} ${t.last_updated_on}`]));
}

describe("a working copy with uncommitted edits", () => {
  it("dates each unchanged line by its own commit wherever an insertion moved it; an edited or new line keeps the file's last change", async () => {
    const dir = importedHistory([
      { by: "Ada", day: 1, message: "start", files: { "requirements.txt": "django==4.2.7\ncelery==5.3.6\nredis==5.0.1\n" } },
      { by: "Bea", day: 3, message: "redis", files: { "requirements.txt": "django==4.2.7\ncelery==5.3.6\nredis==5.0.3\n" } },
      { by: "Cal", day: 5, message: "celery", files: { "requirements.txt": "django==4.2.7\ncelery==5.3.7\nredis==5.0.3\n" } },
    ]);
    // Uncommitted: a line inserted at the top, django edited, a line appended past HEAD's end.
    write(dir, "requirements.txt", "# pinned\ndjango==4.2.8\ncelery==5.3.7\nredis==5.0.3\ngunicorn==21.2.0\n");
    const doc = dated(await detect(dir, { timestamp: "2024-01-01T00:00:00Z" }));
    expect(doc["Redis"]).toBe(`Bea ${day(3)}`);
    expect(doc["Celery"]).toBe(`Cal ${day(5)}`);
    // Edited and new lines: the file's last commit, as before.
    expect(doc["django"]).toBe(`Cal ${day(5)}`); // a package entry, as gunicorn below
    expect(doc["gunicorn"]).toBe(`Cal ${day(5)}`);
  });

  it("maps working lines to HEAD's by the text both share at their start and end, and by lines each holds once between", () => {
    const head = ["a", "b", "c", "d"];
    // One line inserted after "a": b, c, d move down by one.
    expect(headNumbers(["a", "x", "b", "c", "d"], head, [1, 2, 3, 4, 5])).toEqual(new Map([[1, 1], [2, 3], [3, 4], [4, 5]]));
    // "c" edited: it has no HEAD number, the rest keep theirs.
    expect(headNumbers(["a", "b", "C", "d"], head, [1, 2, 3, 4])).toEqual(new Map([[1, 1], [2, 2], [4, 4]]));
    // Appended past the end; a line out of range is ignored.
    expect(headNumbers(["a", "b", "c", "d", "e"], head, [4, 5, 9, 0])).toEqual(new Map([[4, 4]]));
    // Repeated lines never map twice: the shared start and end do not overlap.
    expect(headNumbers(["a", "a"], ["a"], [1, 2])).toEqual(new Map([[1, 1]]));
    // Several edits: between the shared start and end, a text each copy holds once maps to its place.
    expect(headNumbers(["x", "a", "B", "c", "d", "y"], head, [1, 2, 3, 4, 5, 6])).toEqual(new Map([[1, 2], [3, 4], [4, 5]]));
    // A text repeated in the edited part (a closing brace) maps nowhere.
    expect(headNumbers(["x", "}", "a", "}"], ["}", "a", "}", "z"], [2, 3, 4])).toEqual(new Map([[2, 3]]));
  });
});
