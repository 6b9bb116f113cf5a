import { describe, expect, it } from "vitest";
import { cppDetector } from "../detectors/cpp/index.js";
import { byFile, detectorFindings } from "./detector-findings.js";

// The C and C++ detector alone, finding by finding: which files it reads (vendored folders,
// submodules, CMake's find modules and package configs left out), how a vcpkg.json, a conanfile and
// conan.lock decide the release of what CMake finds, and what each other build file reports.

const found = async (files: Record<string, string>) => byFile((await detectorFindings(cppDetector, files)).findings);

describe("cpp: the files read", () => {
  it("build files under vendored folders (any case and spelling) are someone else's; a folder whose name only contains such a word is the project's", async () => {
    const cmake = "find_package(ZLIB)\n";
    const files = Object.fromEntries(
      ["third_party/a", "ThirdParty/b", "3rd-party/c", "3rdparty/d", "extern/e", "external/f", "deps/g", "_deps/h", "submodules/i", "subprojects/j", "managed_components/k", "cmake-build-debug/l", "src/vendor-deps", "mydeps/x", "tools"].map((d) => [`${d}/CMakeLists.txt`, cmake]),
    );
    expect(Object.keys(await found(files))).toEqual(["mydeps/x/CMakeLists.txt", "src/vendor-deps/CMakeLists.txt", "tools/CMakeLists.txt"]);
  });

  it("a .gitmodules' paths, quoted, with ./ or a trailing slash, in the root or a folder, are submodules; a path of blanks is none", async () => {
    const files = {
      ".gitmodules": '[submodule "json"]\n\tpath = libs/json\n\turl = https://github.com/nlohmann/json.git\n[submodule "fmt"]\n  path = "./libs/fmt/"\n[submodule "x"]\n\tpath =   \n',
      "engine/.gitmodules": "[submodule \"glfw\"]\n\tpath=glfw\n",
      "libs/json/CMakeLists.txt": "find_package(Threads)\n",
      "libs/fmt/CMakeLists.txt": "find_package(Threads)\n",
      "engine/glfw/CMakeLists.txt": "find_package(X11)\n",
      "libs/jsonx/CMakeLists.txt": "find_package(Doxygen)\n",
      "glfw/CMakeLists.txt": "find_package(Vulkan)\n",
    };
    expect(await found(files)).toEqual({ "glfw/CMakeLists.txt": ["cmake:vulkan@1 direct"], "libs/jsonx/CMakeLists.txt": ["cmake:doxygen@1 direct"] });
  });

  it("CMake's find modules, package config files (either spelling, with their version files) and CPM's bootstrap are not the project's scripts; other .cmake files are", async () => {
    const files = Object.fromEntries(
      ["FindLibUV.cmake", "fmtConfig.cmake", "fmtConfigVersion.cmake", "fmt-config.cmake", "fmt-config-version.cmake", "Config.cmake", "CPM.cmake", "get_cpm.cmake", "Dependencies.cmake", "FindingsReport.txt", "toolchain-arm.cmake"].map((n) => [`cmake/${n}`, "find_package(Boost)\n"]),
    );
    expect(Object.keys(await found(files))).toEqual(["cmake/Dependencies.cmake", "cmake/toolchain-arm.cmake"]);
  });
});

describe("cpp: releases CMake's floors yield to", () => {
  it("a vcpkg.json's override or version>= no lower than the floor decides; a lower one does not; a port of another stem is another package", async () => {
    const files = {
      "vcpkg.json": JSON.stringify({
        dependencies: ["sdl2", { name: "lua", "version>=": "5.4.6" }, { name: "openssl", "version>=": "1.1" }, "nlohmann-json", "curl", "boost-asio", "qtbase"],
        overrides: [{ name: "sdl2", version: "2.30.1" }, { name: "nlohmann-json", version: "3.11.3" }, { name: "boost-asio", version: "1.84.0" }, { name: "qtbase", version: "6.6.1" }],
      }),
      "CMakeLists.txt": [
        "find_package(SDL2 2.28 REQUIRED)",
        "find_package(Lua 5.4)",
        "find_package(OpenSSL 3.0)",
        "find_package(nlohmann_json 3.2.0)",
        "find_package(CURL 8.0)",
        "find_package(Boost 1.80 COMPONENTS system)",
        "find_package(Qt6 6.5)",
        "find_package(Protobuf 3.21)",
        "find_package(LibLZMA 5.2)",
      ].join("\n"),
    };
    expect((await found(files))["CMakeLists.txt"]).toEqual([
      "cmake:sdl2@1 direct",
      "cmake:lua@2 direct",
      "cmake:openssl@3 ->3.0 direct",
      "cmake:nlohmann_json@4 direct",
      "cmake:curl@5 ->8.0 direct",
      "cmake:boost@6 direct",
      "cmake:qt6@7 direct",
      "cmake:protobuf@8 ->3.21 direct",
      "cmake:liblzma@9 ->5.2 direct",
    ]);
  });

  it("a library whose name ends in a number is not the one without it: libssh2 is not libssh, PCRE2 not PCRE, tinyxml2 not tinyxml, nghttp2 not nghttp3", async () => {
    // curl's own build finds both SSH libraries; the manifest pins the ones the project builds with.
    const files = {
      "vcpkg.json": JSON.stringify({
        dependencies: ["libssh", "pcre", "tinyxml", "nghttp3"],
        overrides: [{ name: "libssh", version: "0.10.6" }, { name: "pcre", version: "8.45" }, { name: "tinyxml", version: "2.6.2" }, { name: "nghttp3", version: "1.1.0" }],
      }),
      "CMakeLists.txt": [
        "find_package(Libssh2 1.9)",
        "find_package(libssh 0.9)",
        "find_package(PCRE2 10.40)",
        "find_package(tinyxml2 9.0)",
        "find_package(NGHTTP2 1.50)",
      ].join("\n"),
    };
    expect((await found(files))["CMakeLists.txt"]).toEqual([
      "cmake:libssh2@1 ->1.9 direct",
      "cmake:libssh@2 direct",
      "cmake:pcre2@3 ->10.40 direct",
      "cmake:tinyxml2@4 ->9.0 direct",
      "cmake:nghttp2@5 ->1.50 direct",
    ]);
  });

  it("names that keep their number everywhere are one library, and so are those whose number is the major only some package managers write (Eigen3 and Conan's eigen, glfw3 and glfw, SDL2 and sdl); Conan's libcurl is CURL", async () => {
    const files = {
      "conanfile.txt": "[requires]\neigen/3.4.0\nglfw/3.4\nsdl/2.28.5\nopencv/4.9.0\nfftw/3.3.10\nbullet3/3.25\nproj/9.3.1\nbzip2/1.0.8\nlibxml2/2.12.5\nlz4/1.9.4\nlibssh2/1.11.0\nlibcurl/8.6.0\n\n[generators]\nCMakeDeps\nCMakeToolchain\n",
      "CMakeLists.txt": [
        "cmake_minimum_required(VERSION 3.21)",
        "find_package(Eigen3 3.3 REQUIRED NO_MODULE)",
        "find_package(glfw3 3.3 REQUIRED)",
        "find_package(SDL2 2.26 REQUIRED)",
        "find_package(OpenCV 4.5 REQUIRED)",
        "find_package(FFTW3 3.3)",
        "find_package(Bullet 3.20)",
        "find_package(PROJ 9.0)",
        "find_package(BZip2 1.0.6)",
        "find_package(LibXml2 2.9)",
        "find_package(lz4 1.9)",
        "find_package(Libssh2 1.10)",
        "find_package(CURL 7.80)",
      ].join("\n"),
      "vcpkg/vcpkg.json": JSON.stringify({ dependencies: ["opencv4", "gtk3", "sdl2"], overrides: [{ name: "opencv4", version: "4.8.0" }, { name: "gtk3", version: "3.24.38" }, { name: "sdl2", version: "2.30.1" }] }),
      "vcpkg/CMakeLists.txt": "find_package(OpenCV 4.5)\nfind_package(GTK 3.22)\nfind_package(SDL2 2.26)\n",
    };
    const out = await found(files);
    expect(out["CMakeLists.txt"]).toEqual(["cmake:eigen3@2 direct", "cmake:glfw3@3 direct", "cmake:sdl2@4 direct", "cmake:opencv@5 direct", "cmake:fftw3@6 direct", "cmake:bullet@7 direct", "cmake:proj@8 direct", "cmake:bzip2@9 direct", "cmake:libxml2@10 direct", "cmake:lz4@11 direct", "cmake:libssh2@12 direct", "cmake:curl@13 direct"]);
    expect(out["vcpkg/CMakeLists.txt"]).toEqual(["cmake:opencv@1 direct", "cmake:gtk@2 direct", "cmake:sdl2@3 direct"]);
  });

  it("a manifest's floor with fewer parts is below a CMake floor that goes on past them (version>= 3.0 under find_package(OpenSSL 3.0.8))", async () => {
    const files = {
      "vcpkg.json": JSON.stringify({ name: "relay", "version-string": "0.3.0", dependencies: [{ name: "openssl", "version>=": "3.0" }, { name: "zlib", "version>=": "1.3.1" }] }),
      "CMakeLists.txt": "find_package(OpenSSL 3.0.8 REQUIRED)\nfind_package(ZLIB 1.3)\n",
    };
    expect((await found(files))["CMakeLists.txt"]).toEqual(["cmake:openssl@1 ->3.0.8 direct", "cmake:zlib@2 direct"]);
  });

  it("a manifest in the script's folder or one above decides, not one in a sibling folder; equal floors are no lower", async () => {
    const files = {
      "app/vcpkg.json": JSON.stringify({ dependencies: [{ name: "fmt", "version>=": "10.2" }] }),
      "app/src/CMakeLists.txt": "find_package(fmt 10.2.0)\n",
      "tools/CMakeLists.txt": "find_package(fmt 10.2)\n",
      "conanfile.txt": "[requires]\nspdlog/[>=1.12 <2]\ngtest/1.14.0\n",
      "lib/CMakeLists.txt": "find_package(spdlog 1.13)\nfind_package(spdlog 1.11)\nfind_package(GTest 1.10)\n",
    };
    const out = await found(files);
    expect(out["app/src/CMakeLists.txt"]).toEqual(["cmake:fmt@1 direct"]);
    expect(out["tools/CMakeLists.txt"]).toEqual(["cmake:fmt@1 ->10.2 direct"]);
    expect(out["lib/CMakeLists.txt"]).toEqual(["cmake:spdlog@1 ->1.13 direct", "cmake:gtest@3 direct"]);
  });

  it("one finding a package a file: the first mention that gives a version (at its line), else the first; a library a project target names is the project's", async () => {
    const files = {
      "CMakeLists.txt": "find_package(ZLIB)\nFIND_PACKAGE(zlib 1.2.13)\nfind_package(ZLIB 1.3)\ntarget_link_libraries(app PRIVATE crypto curl)\n",
      "src/CMakeLists.txt": "add_library(crypto STATIC aes.c)\n",
    };
    expect((await found(files))["CMakeLists.txt"]).toEqual(["cmake:zlib@2 ->1.2.13 direct", "ldlib:curl@4 direct"]);
  });

  it("a conanfile takes its nearest conan.lock's releases (the lock cited), else its own version or range's lowest", async () => {
    const files = {
      "conan.lock": JSON.stringify({ version: "0.5", requires: ["zlib/1.3.1#r%1", "fmt/10.2.1#r%1"] }),
      "conanfile.txt": "[requires]\nzlib/[>=1.2 <2]\nboost/1.84.0\n[tool_requires]\ncmake/[>=3.20]\nninja/system\n",
      "svc/conan.lock": JSON.stringify({ version: "0.5", requires: ["fmt/10.1.0#r%1"] }),
      "svc/api/conanfile.py": 'class Api(ConanFile):\n    requires = "fmt/[>=10 <11]", "poco/1.12.4"\n',
    };
    expect(await found(files)).toEqual({
      "conanfile.txt": ["conan:zlib@2 [>=1.2 <2] ->1.3.1 (conan.lock) direct", "conan:boost@3 1.84.0 ->1.84.0 direct", "conan:cmake@5 [>=3.20] ->3.20 direct dev", "conan:ninja@6 system direct dev"],
      "svc/api/conanfile.py": ["conan:fmt@2 [>=10 <11] ->10.1.0 (svc/conan.lock) direct", "conan:poco@2 1.12.4 ->1.12.4 direct"],
    });
  });
});

describe("cpp: the other build files", () => {
  it("vcpkg ports with their constraints and development flags", async () => {
    const files = { "vcpkg.json": JSON.stringify({ dependencies: ["fmt", { name: "grpc", "version>=": "1.60.0#1" }, { name: "vcpkg-cmake", host: true }], overrides: [{ name: "fmt", version: "10.2.1" }] }) };
    expect((await found(files))["vcpkg.json"]).toEqual(["vcpkg:fmt 10.2.1 ->10.2.1 direct", "vcpkg:grpc >=1.60.0 ->1.60.0 direct", "vcpkg:vcpkg-cmake direct dev"]);
  });

  it("meson's dependencies once each; MODULE.bazel's modules, archives and Python; a .bzl file's archives but not its Python; BUILD's libraries", async () => {
    const files = {
      "meson.build": "glib = dependency('glib-2.0')\nglib2 = dependency('glib-2.0', version : '>=2.70')\nfmt = dependency('fmt', method : 'cmake')\nfmt2 = dependency('fmt', method : 'cmake')\n",
      "MODULE.bazel": 'bazel_dep(name = "googletest", version = "1.14.0.bcr.1", dev_dependency = True)\nhttp_archive(name = "eigen", strip_prefix = "eigen-3.4.0")\npython.toolchain(python_version = "3.11")\n',
      "bazel/deps.bzl": 'python_register_toolchains(name = "py", python_version = "3.10")\nhttp_archive(name = "zlib", strip_prefix = "zlib-1.3.1")\n',
      "WORKSPACE.bazel": 'python_register_toolchains(name = "py", python_version = "3.12")\n',
      "BUILD.bazel": 'cc_binary(name = "a", linkopts = ["-lpq"])\n',
      "pkg/BUILD": 'cc_binary(name = "b", linkopts = ["-lm"])\n',
    };
    expect(await found(files)).toEqual({
      "BUILD.bazel": ["ldlib:pq@1 direct"],
      "MODULE.bazel": ["bazel:googletest@1 1.14.0.bcr.1 ->1.14.0 direct dev", "bazel-repo:eigen@2 ->3.4.0 direct", "runtime:python@3 ->3.11"],
      "WORKSPACE.bazel": ["runtime:python@1 ->3.12"],
      "bazel/deps.bzl": ["bazel-repo:zlib@2 ->1.3.1 direct"],
      "meson.build": ["pkgconfig:glib-2.0@1 direct", "cmake:fmt@3 direct"],
      "pkg/BUILD": ["ldlib:m@1 direct"],
    });
  });

  it("platformio.ini, library.json, sketch.yaml and library.properties; an ESP-IDF target and component manifest", async () => {
    const files = {
      "platformio.ini": "[env:esp32]\nplatform = espressif32\nframework = arduino\ntest_framework = unity\nlib_deps = knolleary/PubSubClient\n",
      "lib/sensor/library.json": JSON.stringify({ name: "sensor", frameworks: "arduino", platforms: "espressif8266", dependencies: { "bblanchon/ArduinoJson": "^7" } }),
      "sketch/sketch.yaml": "profiles:\n  uno:\n    fqbn: arduino:avr:uno\n    libraries:\n      - Servo (1.2.1)\n",
      "lib/led/library.properties": "name=Led\nsentence=Blinks.\ndepends=FastLED\n",
      "sdkconfig.defaults": "# chip\nCONFIG_IDF_TARGET=\"ESP32S3\"\n",
      "sdkconfig": "CONFIG_IDF_TARGET=esp32\n",
      "main/idf_component.yml": "dependencies:\n  idf: '>=5.0'\n  espressif/mdns: '^1.2'\n  'bad name': '1'\n",
      "other/idf_component.yml": "dependencies: [a]\n",
    };
    expect(await found(files)).toEqual({
      "lib/led/library.properties": ["arduino-library:fastled@3 direct"],
      "lib/sensor/library.json": ["arduino-library:arduinojson direct", "platformio-framework:arduino direct", "platformio-platform:espressif8266 direct"],
      "main/idf_component.yml": ["esp-idf-component:espressif/mdns direct"],
      "platformio.ini": ["platformio-platform:espressif32@2 direct", "platformio-framework:arduino@3 direct", "platformio-test-framework:unity@4 direct dev", "arduino-library:pubsubclient@5 direct"],
      "sdkconfig.defaults": ["esp-idf-target:esp32s3@2 direct"],
      "sketch/sketch.yaml": ["arduino-library:servo direct", "arduino-platform:arduino:avr direct"],
    });
  });

  it("ESP-IDF's generated sdkconfig and a per-target sdkconfig.defaults name their chip; a qmake include file setting QT makes no project of its own", async () => {
    const files = {
      "sdkconfig": "#\n# Automatically generated file. DO NOT EDIT.\n# Espressif IoT Development Framework (ESP-IDF) 5.2.1 Project Configuration\n#\nCONFIG_SOC_BROWNOUT_RESET_SUPPORTED=\"Not determined\"\nCONFIG_IDF_TARGET_ARCH_XTENSA=y\nCONFIG_IDF_TARGET_ARCH=\"xtensa\"\nCONFIG_IDF_TARGET=\"esp32\"\n",
      "sdkconfig.defaults.esp32c3": "CONFIG_IDF_TARGET=\"esp32c3\"\nCONFIG_ESP_CONSOLE_USB_SERIAL_JTAG=y\n",
      "src/qtsingleapplication.pri": "INCLUDEPATH += $$PWD\nDEPENDPATH += $$PWD\nQT *= network\nLIBS += -lX11\n",
    };
    expect(await found(files)).toEqual({
      "sdkconfig": ["esp-idf-target:esp32@8 direct"],
      "sdkconfig.defaults.esp32c3": ["esp-idf-target:esp32c3@1 direct"],
      "src/qtsingleapplication.pri": ["ldlib:X11@4 direct"],
    });
  });

  it("a qmake project file by its own variables (an include file's libraries without a project); xmake's packages and rules once each; configure.ac and Makefiles of each name", async () => {
    const files = {
      "app.pro": "# editor\nQT += widgets\nLIBS += -lcurl\n",
      "common.pri": "LIBS += -lssl\n",
      "proguard-rules.pro": "-keep class com.example.** { *; }\nLIBS += -lnot\n",
      "xmake.lua": 'add_requires("fmt 10.2.1", "fmt")\nadd_rules("qt.widgetapp")\nadd_rules("qt.widgetapp")\n',
      "configure.in": "AC_CHECK_LIB([z], [inflate])\n",
      "GNUmakefile": "LDLIBS = -lpq\n",
      "src/Makefile.am": "app_LDADD = -luv\n",
      "makefile": "LDLIBS = -lm\n",
      "Makefile.in": "LDLIBS = -lgenerated\n",
    };
    expect(await found(files)).toEqual({
      "GNUmakefile": ["ldlib:pq@1 direct"],
      "app.pro": ["format:qmake-project@2", "ldlib:curl@3 direct"],
      "common.pri": ["ldlib:ssl@1 direct"],
      "configure.in": ["ldlib:z@1 direct"],
      "makefile": ["ldlib:m@1 direct"],
      "src/Makefile.am": ["ldlib:uv@1 direct"],
      "xmake.lua": ["xmake:fmt@1 10.2.1 ->10.2.1 direct", "xmake-rule:qt.widgetapp@2 direct"],
    });
  });
});
