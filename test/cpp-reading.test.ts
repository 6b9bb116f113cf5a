import { describe, expect, it } from "vitest";
import { readConfigureAc } from "../detectors/cpp/autoconf.js";
import { readMakefile } from "../detectors/cpp/makefile.js";
import { readQmake } from "../detectors/cpp/qmake.js";
import { readMeson } from "../detectors/cpp/meson.js";

// The C and C++ build-file readers called alone, on files laid out as autoscan, qmake, hand-written
// Makefiles and meson.build files lay them out.

const shown = (found: ReadonlyArray<{ kind: string; name: string; line: number }>) => found.map((f) => `${f.kind}:${f.name}@${f.line}`);

describe("readConfigureAc", () => {
  it("pkg-config modules and library checks, each once at its first macro's line; constraints, variables and comments name nothing", () => {
    const CONFIGURE = `AC_INIT([weather], [1.0])
AM_INIT_AUTOMAKE([foreign])
AC_PROG_CC
dnl Checks for libraries: PKG_CHECK_MODULES([OLD], [libold])
PKG_CHECK_MODULES([CURL], [libcurl >= 7.68 openssl])
PKG_CHECK_MODULES_STATIC(SQLITE, sqlite3)
PKG_CHECK_EXISTS([libmosquitto], [have_mqtt=yes])
AC_CHECK_LIB([pq], [PQconnectdb], [], [AC_MSG_ERROR([libpq is needed])])
AC_CHECK_LIB(m, cos)
AC_SEARCH_LIBS([dlopen], [dl dld], [], [])
# AC_CHECK_LIB([ssl], [SSL_new])
AC_CHECK_LIB([pq], [PQexec])
AC_SEARCH_LIBS([clock_gettime])
PKG_CHECK_MODULES([GLIB], [glib-2.0 >= $GLIB_REQUIRED gtk+-3.0])
AC_CHECK_LIBS([z], [inflate])
`;
    expect(shown(readConfigureAc(CONFIGURE))).toEqual([
      "pkgconfig:libcurl@5",
      "pkgconfig:openssl@5",
      "pkgconfig:sqlite3@6",
      "pkgconfig:libmosquitto@7",
      "ldlib:pq@8",
      "ldlib:m@9",
      "ldlib:dl@10",
      "ldlib:dld@10",
      "pkgconfig:glib-2.0@14",
      "pkgconfig:gtk+-3.0@14",
    ]);
  });

  it("a module list quoted in nested brackets or holding a comma inside them stays one argument; a pkg-config module and a library of one name are both kept", () => {
    expect(shown(readConfigureAc("PKG_CHECK_MODULES([DEPS], [[libxml-2.0 zlib]], [], [AC_MSG_ERROR([a, b])])\nAC_CHECK_LIB([zlib], [inflate])\n"))).toEqual([
      "pkgconfig:libxml-2.0@1",
      "pkgconfig:zlib@1",
      "ldlib:zlib@2",
    ]);
    expect(shown(readConfigureAc("AC_SEARCH_LIBS([socket], [socket nsl], , [AC_MSG_ERROR([no, socket])])\n"))).toEqual(["ldlib:socket@1", "ldlib:nsl@1"]);
    expect(shown(readConfigureAc("AC_SEARCH_LIBS([socket], [socket]]], [nsl])\n"))).toEqual(["ldlib:socket@1"]);
    expect(shown(readConfigureAc("x_dnl PKG_CHECK_EXISTS([gio-2.0])\nAC_CHECK_LIB ( [curl] )\n"))).toEqual(["pkgconfig:gio-2.0@1", "ldlib:curl@2"]);
  });
});

describe("readMakefile", () => {
  it("pkg-config's modules (also through $(PKG_CONFIG) and the variables it names) and -l flags, each once at its first line", () => {
    const MAKEFILE = `CC ?= gcc
PKGS = gtk+-3.0 \\
       libcurl
PKGS += sqlite3
export EXTRA := json-c
override OTHER ::= notread
STATIC ?= libzstd
# LDLIBS += -lold
CFLAGS += $(shell pkg-config --cflags $(PKGS)) -Wall
LDLIBS = $(shell $(PKG_CONFIG) --libs $(EXTRA)) -lm -lpthread \`pkg-config --static --libs $(STATIC)\`
LDLIBS += -lpq\\#1 -lcurl
VERSION = \`pkg-config --modversion libpng16\`
app: main.o
\t$(CC) -o $@ $^ $(LDLIBS) -lssl
`;
    expect(shown(readMakefile(MAKEFILE))).toEqual([
      "pkgconfig:gtk+-3.0@2",
      "pkgconfig:libcurl@2",
      "pkgconfig:sqlite3@4",
      "pkgconfig:json-c@5",
      "pkgconfig:libzstd@7",
      "ldlib:m@10",
      "ldlib:pthread@10",
      "ldlib:pq@11",
      "ldlib:curl@11",
      "pkgconfig:libpng16@12",
      "ldlib:ssl@14",
    ]);
  });

  it("${PKG_CONFIG} in braces is read; a -l inside a word is no flag; a $# is no comment", () => {
    expect(shown(readMakefile("X = ${PKG_CONFIG} --libs zlib\nY = foo-lbar -lz\nZ = $(words $#) -lbz2\n"))).toEqual(["pkgconfig:zlib@1", "ldlib:z@2", "ldlib:bz2@3"]);
  });
});

describe("readQmake", () => {
  it("LIBS' -l flags and PKGCONFIG's modules, scoped and continued, each once at its value's line; comments and other flags skipped", () => {
    const PRO = `QT += core gui network
CONFIG += c++17 link_pkgconfig
TEMPLATE = app
# LIBS += -lold
LIBS += -L/usr/local/lib -lcurl \\
        -lssl
unix:!macx: LIBS *= -lpq
win32 { LIBS += -lws2_32 }
PKGCONFIG += opencv4 \\
    libavcodec $$PWD
LIBS += -lcurl
MYLIBS += -lnotread
`;
    expect(shown(readQmake(PRO))).toEqual(["ldlib:curl@5", "ldlib:ssl@5", "ldlib:pq@7", "pkgconfig:opencv4@9", "pkgconfig:libavcodec@9"]);
  });
});

describe("readMeson", () => {
  it("each dependency() in order at its line, through CMake where its call says so; commented, variable and odd names skipped", () => {
    const MESON = `project('app', 'cpp', version : '1.0.0')
glib = dependency('glib-2.0', version : '>=2.56')
boost = dependency('boost', modules : ['system'])
# old = dependency('gtk+-2.0')
fmt = dependency('fmt', method : 'cmake', modules : ['fmt::fmt'])
x = dependency('x y')
threads = dependency( 'threads' ) # dependency('notread')
zlib = dependency('zlib',
  method: 'pkg-config')
gtest = dependency('gtest', main : true, required : get_option('tests'))
`;
    expect(shown(readMeson(MESON))).toEqual([
      "pkgconfig:glib-2.0@2",
      "pkgconfig:boost@3",
      "cmake:fmt@5",
      "pkgconfig:threads@7",
      "pkgconfig:zlib@8",
      "pkgconfig:gtest@10",
    ]);
  });
});
