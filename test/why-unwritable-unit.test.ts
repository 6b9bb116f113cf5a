import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cannotWrite, whyUnwritable } from "../src/io/why-unwritable.js";
import { tempDir } from "./helpers.js";

// The refusals Node gives for a write, built as fs builds them (code, syscall, path on an Error whose
// message is Node's own), each read alone: the words, the code after them, and what to do.
const refusal = (code: string, syscall: string, path?: string) =>
  Object.assign(new Error(`${code}: refused, ${syscall}${path === undefined ? "" : ` '${path}'`}`), { code, syscall, ...(path === undefined ? {} : { path }) });
const instead = "give --out a folder you can write to";

describe("why a file or folder could not be written, code by code", () => {
  it("a folder where the file goes, and a path through a file with no file above it to name", () => {
    const dir = tempDir("techstack-why-");
    expect(cannotWrite(refusal("EISDIR", "open", join(dir, "techstack.yml")), instead)).toBe(`a folder of that name is in the way (EISDIR); ${instead}`);
    // no path given, or every part above the path a folder: the words name no file
    expect(whyUnwritable(refusal("ENOTDIR", "mkdir"))).toBe("a part of the path is a file, not a folder (ENOTDIR)");
    expect(whyUnwritable(refusal("ENOTDIR", "mkdir", join(dir, "a", "b")))).toBe("a part of the path is a file, not a folder (ENOTDIR)");
  });

  it("a path through a file names the nearest file above it, the path itself where it is that file", () => {
    const dir = tempDir("techstack-why-");
    mkdirSync(join(dir, "out"));
    writeFileSync(join(dir, "out", "taken"), "");
    expect(whyUnwritable(refusal("ENOTDIR", "open", join(dir, "out", "taken", "x", "techstack.yml")))).toBe(`${join(dir, "out", "taken")} is a file, not a folder (ENOTDIR)`);
    expect(whyUnwritable(refusal("ENOTDIR", "scandir", join(dir, "out", "taken")))).toBe(`${join(dir, "out", "taken")} is a file, not a folder (ENOTDIR)`);
  });

  it("a file opened in a missing folder names the folder; a folder the system will not make, or no path, says nothing can be made", () => {
    const dir = tempDir("techstack-why-");
    const missing = join(dir, "gone");
    expect(whyUnwritable(refusal("ENOENT", "open", join(missing, "techstack.yml")))).toBe(`the folder ${missing} does not exist (ENOENT)`);
    // mkdir's path is the folder it could not make: its parent is there, and naming it would mislead
    expect(whyUnwritable(refusal("ENOENT", "mkdir", join(missing, "sub")))).toBe("nothing can be made there (ENOENT)");
    expect(whyUnwritable(refusal("ENOENT", "open", join(dir, "techstack.yml")))).toBe("nothing can be made there (ENOENT)");
    expect(whyUnwritable(refusal("ENOENT", "open"))).toBe("nothing can be made there (ENOENT)");
  });

  it("a read-only or refusing system asks for another place; only a full disk or quota asks for space", () => {
    expect(cannotWrite(refusal("EACCES", "open", "/srv/app/.techstack.yml.4242.tmp"), instead)).toBe(`permission denied (EACCES); ${instead}`);
    expect(cannotWrite(refusal("EIO", "write", "/mnt/usb/techstack.yml"), instead)).toBe(`EIO; ${instead}`);
    expect(cannotWrite(new Error("socket hang up"), instead)).toBe(`socket hang up; ${instead}`);
  });

  it("something thrown that is no error: its text's first line, and nothing at all read as such", () => {
    expect(whyUnwritable("write failed\nat line 2")).toBe("write failed");
    expect(whyUnwritable(undefined)).toBe("undefined");
    expect(whyUnwritable(null)).toBe("null");
    expect(cannotWrite(undefined, instead)).toBe(`undefined; ${instead}`);
  });
});
