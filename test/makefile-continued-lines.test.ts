import { describe, expect, it } from "vitest";
import { readMakefile } from "../detectors/cpp/makefile.js";

// A Makefile line continued with a backslash-newline is one line to make: a pkg-config call whose
// module list goes on over the break names every module (GTK and libsoup projects write their lists
// so), and a comment ending in a backslash takes the next line with it.

const shown = (text: string) => readMakefile(text).map((f) => `${f.kind}:${f.name}@${f.line}`);

describe("readMakefile: lines continued with a backslash", () => {
  it("a $(shell pkg-config ...) call's modules after the break are read, at the call's line; a -l flag at its own", () => {
    const MAKEFILE = `CC = gcc
CFLAGS = -O2 $(shell pkg-config --cflags gtk+-3.0 \\
                 libcurl json-glib-1.0)
LDLIBS = \`pkg-config --libs gtk+-3.0 \\
\tlibsoup-2.4\` -lm
`;
    expect(shown(MAKEFILE)).toEqual([
      "pkgconfig:gtk+-3.0@2",
      "pkgconfig:libcurl@2",
      "pkgconfig:json-glib-1.0@2",
      "pkgconfig:libsoup-2.4@4",
      "ldlib:m@5",
    ]);
  });

  it("the call's name and options may end the first line; CRLF line ends continue the same way", () => {
    expect(shown("LIBS += $(shell $(PKG_CONFIG) --libs \\\r\n    sqlite3 \\\r\n    zlib) -lpthread\r\napp: main.o\r\n")).toEqual([
      "pkgconfig:sqlite3@1",
      "pkgconfig:zlib@1",
      "ldlib:pthread@3",
    ]);
  });

  it("a comment ending in a backslash goes on over the next line, as make reads it; the line after is read again", () => {
    expect(shown("# LDLIBS += $(shell pkg-config --libs old) \\\n   -lolder\nLDLIBS += -lcurl\n")).toEqual(["ldlib:curl@3"]);
  });
});
