import { describe, expect, it } from "vitest";
import { nixCode } from "../detectors/tool-versions/nix-code.js";

// The Nix blanker's cases one by one, as flakes and shell.nix files hold them: strings inside
// interpolations inside strings, indented strings' escapes, Windows line ends, and strings or
// comments a damaged file leaves open.
describe("Nix source with its comments and strings blanked", () => {
  it("a string inside an interpolation inside a string is blanked whole, the outer quotes kept", () => {
    expect(nixCode('a = "x ${ "y ${z}" } w"; b')).toBe('a = "                 "; b');
    expect(nixCode("a = ''x ${ ''y'' } z''; b")).toBe("a = ''              ''; b");
    expect(nixCode('c = { x = "}"; }; d')).toBe('c = { x = " "; }; d');
  });

  it("an indented string's escapes do not end it, and its line ends stay, CRLF too", () => {
    expect(nixCode("a = ''\r\n  ''\\n [ x ]\r\n''; b # end")).toBe("a = ''\r\n            \r\n''; b      ");
    expect(nixCode("s = ''\n  ''$ [ x ]\n'';")).toBe(`s = ''\n${" ".repeat(11)}\n'';`);
  });

  it("a backslash in a string escapes the next character only", () => {
    expect(nixCode('a = "\\\\"; b = [ x ];')).toBe('a = "  "; b = [ x ];');
  });

  it("a comment or string left open blanks the rest of the file", () => {
    expect(nixCode("a /* open [")).toBe("a          ");
    expect(nixCode('a = "open [')).toBe('a = "      ');
    expect(nixCode("a = [ x ] # last line")).toBe("a = [ x ]            ");
    expect(nixCode("a = [ x ] /* */ b")).toBe("a = [ x ]       b");
  });
});
