import { describe, expect, it } from "vitest";
import { readWorkspace } from "../detectors/cpp/bazel.js";
import { readMakefile } from "../detectors/cpp/makefile.js";
import { readMeson } from "../detectors/cpp/meson.js";
import { readQmake } from "../detectors/cpp/qmake.js";
import { readXmakeRequires } from "../detectors/cpp/xmake.js";

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

describe("readMakefile: hand-written Makefiles", () => {
  it("a Makefile opening with a comment block; LDLIBS=-lm without blanks; -lstdc++; a definition indented under ifeq; CRLF lines", () => {
    const makefile = [
      "# On a Raspberry Pi: make LDLIBS=-lwiringPi",
      "# Makefile for the weather station daemon",
      "CC=gcc",
      "LDLIBS=-lm -lstdc++",
      "PKGS = libcurl",
      "ifeq ($(WITH_SSL),1)",
      "  PKGS += openssl",
      "endif",
      "CFLAGS += $$(pkg-config --cflags $(PKGS))",
      "wsd: wsd.o",
      "\t$(CC) -o $@ $^ $(LDLIBS)",
      "",
    ].join("\r\n");
    expect(shown(readMakefile(makefile))).toEqual(["ldlib:m@4", "ldlib:stdc++@4", "pkgconfig:libcurl@5", "pkgconfig:openssl@7"]);
  });

  it("a module list continued over a backslash-CRLF; the lines after it keep their numbers", () => {
    const makefile = "LIBS := $(shell pkg-config --libs \\\r\n\tglib-2.0 \\\r\n\tgio-2.0)\r\nLDLIBS += -lpthread\r\n";
    expect(shown(readMakefile(makefile))).toEqual(["pkgconfig:glib-2.0@1", "pkgconfig:gio-2.0@1", "ldlib:pthread@4"]);
  });
});

describe("readMeson: library meson.build files", () => {
  it("a library's own meson.override_dependency('glib-2.0', ...) and declare_dependency are no dependency; a call opened on one line with its name on the next is", () => {
    const meson = [
      "project('glib', 'c', version : '2.78.0')",
      "libglib_dep = declare_dependency(link_with : libglib)",
      "meson.override_dependency('glib-2.0', libglib_dep)",
      "pcre2 = dependency(",
      "  'libpcre2-8',",
      "  version : '>= 10.32',",
      ")",
      "sysprof_dep = dependency('sysprof-capture-4', method: 'cmake')",
      "",
    ].join("\n");
    expect(shown(readMeson(meson))).toEqual(["pkgconfig:libpcre2-8@4", "cmake:sysprof-capture-4@8"]);
  });
});

describe("readMakefile: what a pkg-config call's shell line holds besides modules", () => {
  it("a licence header's comment lines leave the lines below them their numbers; a redirection (2>/dev/null) or a fallback after || names no module", () => {
    const makefile = [
      "# SPDX-License-Identifier: GPL-2.0-or-later",
      "#",
      "# Copyright (C) 2021 The tray applet authors",
      "# See COPYING for the terms.",
      "LDLIBS = -lm",
      "GTK_CFLAGS := $(shell pkg-config --cflags gtk+-3.0 2>/dev/null)",
      "SSL_LIBS := $(shell pkg-config --libs openssl || echo -lssl -lcrypto)",
      "",
    ].join("\n");
    expect(shown(readMakefile(makefile))).toEqual(["ldlib:m@5", "pkgconfig:gtk+-3.0@6", "pkgconfig:openssl@7", "ldlib:ssl@7", "ldlib:crypto@7"]);
  });

  it("a variable's definition naming another variable ($(COMMON_PKGS)) gives only its own modules", () => {
    const makefile = "COMMON_PKGS = glib-2.0\nPKGS = $(COMMON_PKGS) libsoup-3.0\nCFLAGS += $(shell pkg-config --cflags $(PKGS))\n";
    expect(shown(readMakefile(makefile))).toEqual(["pkgconfig:libsoup-3.0@2"]);
  });
});

describe("readQmake: comments after a value", () => {
  it("a comment after a PKGCONFIG or LIBS value names nothing", () => {
    const pro = "CONFIG += link_pkgconfig\nPKGCONFIG += libusb-1.0 # for the device layer\nLIBS += -ludev # hotplug\n";
    expect(shown(readQmake(pro))).toEqual(["pkgconfig:libusb-1.0@2", "ldlib:udev@3"]);
  });
});

describe("readMeson: a project's whole meson.build", () => {
  it("a CMake dependency far into a long file keeps its method", () => {
    const options = Array.from({ length: 60 }, (_, i) => `conf.set('HAVE_FEATURE_${i}', cc.has_header('feature${i}.h'))`);
    const meson = ["project('daemon', 'cpp', version : '3.2.0', default_options : ['cpp_std=c++17'])", "cc = meson.get_compiler('cpp')", "conf = configuration_data()", ...options, "absl = dependency('absl', method : 'cmake', modules : ['absl::strings'])", ""].join("\n");
    expect(shown(readMeson(meson))).toEqual(["cmake:absl@64"]);
  });
});

describe("readXmakeRequires: other registries' forms, and comments", () => {
  const shownRequires = (text: string) => readXmakeRequires(text).requires.map((r) => `${r.kind}:${r.name}${r.declared ? ` "${r.declared}"` : ""}${r.version ? ` ${r.version}` : ""} @${r.line}`);

  it("Conan references as xmake's Conan guide writes them (conan::openssl/1.1.1g, conan::zlib/1.2.11@conan/stable) and a vcpkg port with features (vcpkg::boost[core])", () => {
    const lua = [
      'add_requires("conan::zlib/1.2.11@conan/stable", {alias = "zlib", debug = true})',
      'add_requires("conan::openssl/1.1.1g", {alias = "openssl", configs = {options = "OpenSSL:shared=True"}})',
      'add_requires("vcpkg::boost[core]")',
      'add_requires("brew::pcre2/libpcre2-8", {alias = "pcre2"})',
      "",
    ].join("\n");
    expect(shownRequires(lua)).toEqual(['conan:zlib "1.2.11" 1.2.11 @1', 'conan:openssl "1.1.1g" 1.1.1g @2', "vcpkg:boost @3"]);
  });

  it("a +N is read as a release part only when the caller says so (none by default)", () => {
    expect(shownRequires('add_requires("glm 0.9.9+8")')).toEqual(['xmake:glm "0.9.9+8" @1']);
  });

  it("`-- [[` with a blank is a line comment in Lua, the lines after it code; a last line that is a comment without a newline ends the file", () => {
    const lua = ['-- [[ packages pinned for the 2024 release', 'add_requires("fmt 10.2.1")', "-- ]]", 'add_requires("zlib v1.3.1")', "-- end of the requirements"].join("\n");
    expect(shownRequires(lua)).toEqual(['xmake:fmt "10.2.1" 10.2.1 @2', 'xmake:zlib "v1.3.1" 1.3.1 @4']);
  });
});

describe("readWorkspace: strip_prefix releases", () => {
  it("a folder named after the project rather than the binding (abseil-cpp under com_google_absl, rules_cc), and Boost's folder with its trailing slash beside a mirror's URL", () => {
    const ws = [
      "http_archive(",
      '    name = "com_google_absl",',
      '    strip_prefix = "abseil-cpp-20230802.1",',
      '    urls = ["https://mirror.bazel.build/abseil-cpp-20230802.1.tar.gz"],',
      ")",
      "http_archive(",
      '    name = "rules_cc",',
      '    strip_prefix = "rules_cc-0.0.9",',
      '    urls = ["https://mirror.bazel.build/rules_cc-0.0.9.tar.gz"],',
      ")",
      "http_archive(",
      '    name = "boost",',
      '    build_file = "@com_github_nelhage_rules_boost//:boost.BUILD",',
      '    strip_prefix = "boost_1_83_0/",',
      '    urls = ["https://archives.boost.io/release/1.83.0/source/boost_1_83_0.tar.bz2"],',
      ")",
    ].join("\n");
    expect(readWorkspace(ws).map((r) => `${r.name} ${r.version ?? "-"} @${r.line}`)).toEqual(["com_google_absl 20230802.1 @1", "rules_cc 0.0.9 @6", "boost 1.83.0 @11"]);
  });
});
