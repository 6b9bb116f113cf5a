import { describe, expect, it } from "vitest";
import { readMeson } from "../detectors/cpp/meson.js";
import { readQmake } from "../detectors/cpp/qmake.js";

// Stop 56 (a56g): the meson.build and qmake readers on the shapes their survivors showed untested:
// a compact `method:'cmake'`, a call whose message leaves a parenthesis open, a `\` continuation
// written against the last flag, a Debian multiarch -L folder and a library named through a
// variable suffix (Qwt's `-lqwt$${DEBUG_SUFFIX}`).

const shown = (found: ReadonlyArray<{ kind: string; name: string; line: number }>) => found.map((f) => `${f.kind}:${f.name}@${f.line}`);

describe("readMeson: methods and messages", () => {
  it("method:'cmake' written without blanks is CMake's; a not-found message with an open parenthesis keeps its call's method to itself", () => {
    const meson = [
      "project('viewer', 'cpp', version : '0.4.1', default_options : ['cpp_std=c++17'])",
      "gtk_dep = dependency('gtk+-3.0', version: '>=3.22')",
      "sdl_dep = dependency('sdl2', not_found_message: 'SDL2 not found :(')",
      "fmt_dep = dependency('fmt', method:'cmake', modules:['fmt::fmt'])",
      "",
    ].join("\n");
    expect(shown(readMeson(meson))).toEqual(["pkgconfig:gtk+-3.0@2", "pkgconfig:sdl2@3", "cmake:fmt@4"]);
  });
});

describe("readMeson: GNU style", () => {
  it("a blank between dependency and its parenthesis, as GNU-styled projects write calls, is still a call", () => {
    const meson = "project ('mailer', 'c')\nzlib_dep = dependency ('zlib', required : false)\n";
    expect(shown(readMeson(meson))).toEqual(["pkgconfig:zlib@2"]);
  });
});

describe("readQmake: how assignments are written", () => {
  it("LIBS = without +, LIBS+= without blanks, a blank before a scope's colon (win32 : LIBS) and a Windows -L folder's backslashes", () => {
    const pro = [
      "TEMPLATE = app",
      "LIBS = -lX11",
      "unix:LIBS+=-lGL",
      "win32 : LIBS += -LC:\\OpenSSL-Win64\\lib -llibssl -lws2_32",
      "",
    ].join("\n");
    expect(shown(readQmake(pro))).toEqual(["ldlib:X11@2", "ldlib:GL@3", "ldlib:libssl@4", "ldlib:ws2_32@4"]);
  });
});

describe("readQmake: continuations and flags around the -l ones", () => {
  it("a backslash written against the last flag (-lssl\\) continues the value, indented or not", () => {
    const pro = ["QT += widgets svg", "CONFIG += c++17", "LIBS += -lssl\\", "    -lcrypto\\", "-lz", ""].join("\n");
    expect(shown(readQmake(pro))).toEqual(["ldlib:ssl@3", "ldlib:crypto@3", "ldlib:z@3"]);
  });

  it("a Debian multiarch -L folder (x86_64-linux-gnu) links no library of its own", () => {
    const pro = "QT += core gui\nunix:!macx: LIBS += -L/usr/lib/x86_64-linux-gnu -lqwt-qt5\n";
    expect(shown(readQmake(pro))).toEqual(["ldlib:qwt-qt5@2"]);
  });
});

describe("readQmake: a library named through a variable suffix", () => {
  it("-lqwt$${DEBUG_SUFFIX}, -lopencv_core$$OPENCV_VER and -lboost_system-$${BOOST_SUFFIX} are qwt, opencv_core and boost_system", () => {
    const pro = [
      "QT += widgets svg",
      "CONFIG += c++17",
      "CONFIG(debug, debug|release): DEBUG_SUFFIX = d",
      "LIBS += -L$$PWD/../3rdparty/qwt/lib -lqwt$${DEBUG_SUFFIX}",
      "LIBS += -lopencv_core$$OPENCV_VER -lboost_system-$${BOOST_SUFFIX}",
      "LIBS += -l$${PROJECT_LIB}",
      "",
    ].join("\n");
    expect(shown(readQmake(pro))).toEqual(["ldlib:qwt@4", "ldlib:opencv_core@5", "ldlib:boost_system@5"]);
  });

  it("-l$$qtLibraryTarget(qwt), as projects linking Qwt write it (qwt, or qwtd in a debug build), is qwt", () => {
    const pro = "QT += widgets svg\nCONFIG += qwt\nunix: LIBS += -L/usr/local/qwt-6.2.0/lib -l$$qtLibraryTarget(qwt)\n";
    expect(shown(readQmake(pro))).toEqual(["ldlib:qwt@3"]);
  });

  it("a pkg-config module named through a suffix is the module written before it; a module that is only a variable names none", () => {
    const pro = "CONFIG += link_pkgconfig\nPKGCONFIG += gstreamer-1.0 gstreamer-video$${GST_SUFFIX} $$EXTRA_MODULES\n";
    expect(shown(readQmake(pro))).toEqual(["pkgconfig:gstreamer-1.0@2", "pkgconfig:gstreamer-video@2"]);
  });
});
