import { describe, expect, it } from "vitest";
import { readMakefile } from "../detectors/cpp/makefile.js";
import { readMeson } from "../detectors/cpp/meson.js";
import { readQmake } from "../detectors/cpp/qmake.js";

// The Makefile, meson.build and qmake readers alone, on the shapes that their mutation round's
// survivors showed untested: files laid out as Qt Creator's "Add Library" wizard, GLib's and
// hand-written meson.build files and hand-written Makefiles write them.

const shown = (found: ReadonlyArray<{ kind: string; name: string; line: number }>) => found.map((f) => `${f.kind}:${f.name}@${f.line}`);

describe("readQmake: scopes", () => {
  it("a scope that calls a function (Qt Creator's CONFIG(release, debug|release): and else: lines, contains(QT_ARCH, ...)) or names a mkspec with a + (win32-g++) still scopes LIBS", () => {
    // As Qt Creator's Add Library wizard appends to a .pro file.
    const pro = [
      "QT += core network",
      "TEMPLATE = app",
      "win32:CONFIG(release, debug|release): LIBS += -L$$PWD/../3rdparty/lib/release/ -lcurl",
      "else:win32:CONFIG(debug, debug|release): LIBS += -L$$PWD/../3rdparty/lib/debug/ -lcurld",
      "else:unix: LIBS += -L$$PWD/../3rdparty/lib/ -lcurl",
      "win32-g++: LIBS += -lws2_32",
      "contains(QT_ARCH, x86_64): LIBS += -lpq",
      "!contains(DEFINES, NO_SSL) { PKGCONFIG += openssl }",
      "",
    ].join("\n");
    expect(shown(readQmake(pro))).toEqual(["ldlib:curl@3", "ldlib:curld@4", "ldlib:ws2_32@6", "ldlib:pq@7"]);
  });

  it("LIBS -= takes a library away rather than linking it; ~= rewrites; neither is read", () => {
    expect(shown(readQmake("LIBS += -lGL -lz\nunix: LIBS -= -lGL\nLIBS ~= s/-lz/-lzstd/\n"))).toEqual(["ldlib:GL@1", "ldlib:z@1"]);
  });
});
