import { describe, expect, it } from "vitest";
import { readMakefile } from "../detectors/cpp/makefile.js";

// A Makefile's pkg-config call naming its modules through make variables written in braces
// (`${PKGS}`, which make reads as `$(PKGS)`), or through two variables in one call, as GTK and
// libcurl projects split their module lists.

const modules = (text: string) => readMakefile(text).map((f) => `${f.kind}:${f.name}@${f.line}`);

describe("readMakefile: the variables a pkg-config call names", () => {
  it("a variable in braces names the modules its definition lists", () => {
    expect(modules("PKGS = gtk+-3.0 libcurl\nCFLAGS += $(shell pkg-config --cflags ${PKGS})\nLDLIBS += `${PKG_CONFIG} --libs ${PKGS}`\n")).toEqual([
      "pkgconfig:gtk+-3.0@1",
      "pkgconfig:libcurl@1",
    ]);
  });

  it("each of two variables in one call names its modules", () => {
    expect(modules("GUI_PKGS = gtk+-3.0\nNET_PKGS := libcurl openssl\nLDLIBS = $(shell pkg-config --libs $(GUI_PKGS) $(NET_PKGS)) -lm\n")).toEqual([
      "pkgconfig:gtk+-3.0@1",
      "pkgconfig:libcurl@2",
      "pkgconfig:openssl@2",
      "ldlib:m@3",
    ]);
  });
});
