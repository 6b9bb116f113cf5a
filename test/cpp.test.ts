import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";
import { cppDetector } from "../detectors/cpp/index.js";
import { readCmake } from "../detectors/cpp/cmake.js";
import { releaseOfTag } from "../detectors/cpp/release-tag.js";
import { conanRelease, readConanfilePy, readConanfileTxt, readConanLock } from "../detectors/cpp/conan.js";
import { readVcpkgManifest } from "../detectors/cpp/vcpkg.js";
import { compact, detectorFindings } from "./detector-findings.js";
import { fixture } from "./helpers.js";

// The fixtures are laid out as vcpkg's manifest mode and Conan 2 projects lay them out: a vcpkg.json
// with overrides and a tests feature beside CMakeLists.txt and a cmake/ folder of FetchContent and CPM
// calls; a conanfile.py with a conan.lock (Conan 2's lockfile format 0.5).

const options = { git: false, timestamp: "2024-01-01T00:00:00+00:00" } as const;
const tools = (found: readonly ToolEntry[]) => found.map((t) => `${t.name} ${t.version ?? "-"} ${t.detection_source}${t.detection_source_url !== t.detection_source ? ` (${t.detection_source_url})` : ""}`);

describe("C and C++ projects", () => {
  it("vcpkg manifest mode: overrides pin, version>= is the lowest, CMake finds and fetches, vendored and commented-out calls left out", async () => {
    const { document, warnings } = await scan(fixture("cpp-vcpkg-app"), options);
    expect(warnings).toEqual([]);
    expect(tools(document.tools)).toEqual([
      // find_package(Boost 1.83) and boost-asio's version>= both ask for 1.83 at least: vcpkg,
      // which builds it, decides over CMake's floor
      "Boost 1.83.0 vcpkg.json",
      // the override pins qtbase 6.6.1 (its port-version is vcpkg's own revision)
      "Qt 6.6.1 vcpkg.json",
      // FindPostgreSQL and libpqxx: clients, which never version the server
      "PostgreSQL - CMakeLists.txt",
      // CPM's short form gh:redis/hiredis@1.2.0: a client
      "Redis - cmake/Dependencies.cmake",
      // cppzmq numbers itself; no release of ZeroMQ
      "ZeroMQ - cmake/Dependencies.cmake",
      "CMake - Repo Metadata (cpp-vcpkg-app)",
      // FetchContent_Declare(googletest ... GIT_TAG v1.14.0)
      "Google Test 1.14.0 cmake/Dependencies.cmake",
      // LANGUAGES CXX CUDA
      "CUDA - CMakeLists.txt",
      // pkg_check_modules(... libavcodec>=60 ...): libavcodec's numbering is not FFmpeg's
      "FFMPEG - CMakeLists.txt",
    ]);
    // The site has no package pages for vcpkg, Conan or CMake packages: no package entries.
    expect(document.tools.filter((t) => t.package_url)).toEqual([]);
  });

  it("Conan 2: conanfile.py's attributes and calls at conan.lock's releases, a range's lowest release locked, an f-string reference skipped", async () => {
    const { document, warnings } = await scan(fixture("cpp-conan-service"), options);
    expect(warnings).toEqual([]);
    expect(tools(document.tools).filter((t) => !t.startsWith("Python "))).toEqual([
      "Protobuf 3.21.12 conanfile.py (conan.lock)",
      "gRPC 1.54.3 conanfile.py (conan.lock)",
      "Kafka - CMakeLists.txt",
      "Redis - CMakeLists.txt",
      // tool_requires: the build's CMake
      "CMake 3.27.9 Repo Metadata (conan.lock)",
      "Conan - conanfile.py",
      "Google Test 1.14.0 conanfile.py",
      "OpenSSL 3.2.1 conanfile.py (conan.lock)",
    ]);
  });

  it("a conanfile.txt: sections, user/channel and revisions, ranges, comments; Conan 1's graph_lock", async () => {
    const text = [
      "[requires]",
      "boost/1.83.0",
      "poco/1.12.4@mycompany/stable  # our fork",
      "sqlite3/3.44.2#2d2d4e1a",
      "libpq/[>=15 <17]",
      "",
      "[tool_requires]",
      "cmake/3.27.9",
      "",
      "[generators]",
      "CMakeDeps",
      "",
      "[options]",
      "boost/*:shared=True",
    ].join("\r\n");
    expect(readConanfileTxt(text)).toEqual([
      { name: "boost", declared: "1.83.0", dev: false, line: 2 },
      { name: "poco", declared: "1.12.4", dev: false, line: 3 },
      { name: "sqlite3", declared: "3.44.2", dev: false, line: 4 },
      { name: "libpq", declared: "[>=15 <17]", dev: false, line: 5 },
      { name: "cmake", declared: "3.27.9", dev: true, line: 8 },
    ]);
    const conan1 = { graph_lock: { nodes: { "0": { ref: "app/1.0", requires: ["1"] }, "1": { ref: "zlib/1.2.13#97d5730b529b4224045fe7090592d4c1", package_id: "x" } } }, version: "0.4" };
    expect([...readConanLock(conan1)]).toEqual([["app", "1.0"], ["zlib", "1.2.13"]]);
    expect(readConanLock("not a lock")).toEqual(new Map());
  });

  it("a range's lowest release; a system package or an open range none", () => {
    expect(conanRelease("1.83.0")).toBe("1.83.0");
    expect(conanRelease("[>=1.80 <2]")).toBe("1.80");
    expect(conanRelease("[~1.2]")).toBe("1.2");
    expect(conanRelease("[^3.0, include_prerelease]")).toBe("3.0");
    expect(conanRelease("[<2.0]")).toBeUndefined();
    expect(conanRelease("system")).toBeUndefined();
  });

  it("conanfile.py: a list over several lines, a single string, and calls with options", () => {
    const text = [
      "class App(ConanFile):",
      '    requires = ["fmt/10.2.1",',
      "                'spdlog/1.13.0']",
      '    test_requires = "catch2/3.5.2"',
      "",
      "    def requirements(self):",
      '        self.requires("qt/6.6.1", transitive_headers=True)',
      '        self.requires(f"boost/{BOOST}")',
      "        self.tool_requires('protobuf/3.21.12')",
    ].join("\n");
    expect(readConanfilePy(text).map((r) => `${r.name} ${r.declared} ${r.dev ? "dev" : "run"} @${r.line}`)).toEqual([
      "fmt 10.2.1 run @2",
      "spdlog 1.13.0 run @3",
      "catch2 3.5.2 dev @4",
      "qt 6.6.1 run @7",
      "protobuf 3.21.12 dev @9",
    ]);
  });

  it("vcpkg.json: strings and objects, host tools and feature dependencies as development ones, overrides' version forms", () => {
    const manifest = {
      dependencies: ["openssl", { name: "grpc", "version>=": "1.51.1#3" }, { name: "vcpkg-cmake", host: true }, { name: "Not-Valid" }, 7],
      features: { bench: { description: "benchmarks", dependencies: ["benchmark", "openssl"] } },
      overrides: [{ name: "openssl", "version-string": "3.1.4" }, { name: "broken" }],
    };
    expect(readVcpkgManifest(manifest)).toEqual([
      { name: "openssl", declared: "3.1.4", version: "3.1.4", dev: false },
      { name: "grpc", declared: ">=1.51.1", version: "1.51.1", dev: false },
      { name: "vcpkg-cmake", declared: undefined, version: undefined, dev: true },
      { name: "benchmark", declared: undefined, version: undefined, dev: true },
    ]);
    expect(readVcpkgManifest(["not", "a", "manifest"])).toEqual([]);
  });

  it("CMake: case-insensitive commands, quoted and bracket-commented arguments, version ranges, variables skipped", () => {
    const text = [
      'FIND_PACKAGE(OpenCV 4.8...<5 REQUIRED)',
      "find_package(${DEP_NAME} REQUIRED)",
      'message("find_package(NotReal) # inside a string")',
      "#[==[ find_package(Gone) ]==]",
      "cpmaddpackage(\"gh:fmtlib/fmt#10.2.1\")",
      "CPMAddPackage(NAME Catch2 VERSION 3.5.2 GITHUB_REPOSITORY catchorg/Catch2)",
      "CPMFindPackage(GITHUB_REPOSITORY jbeder/yaml-cpp GIT_TAG yaml-cpp-0.7.0)",
      "FetchContent_Declare(abseil GIT_TAG 4447c7562e3bc702ade25105912dce503f0c4010)",
      "enable_language(CUDA)",
      "pkg_search_module(Z REQUIRED zlib)",
      "find_package(Broken 1.0",
    ].join("\n");
    expect(readCmake(text).map((r) => `${r.kind}:${r.name} ${r.version ?? "-"} @${r.line}`)).toEqual([
      "cmake:OpenCV 4.8 @1",
      "cmake:fmt 10.2.1 @5",
      "cmake:Catch2 3.5.2 @6",
      "cmake:yaml-cpp 0.7.0 @7",
      "cmake:abseil - @8",
      "cmake:CUDA - @9",
      "pkgconfig:zlib - @10",
    ]);
    expect(releaseOfTag("release-1.12.1")).toBe("1.12.1");
    expect(releaseOfTag("main")).toBeUndefined();
  });

  it("build files under vendored folders, find modules and package config files are not the project's", async () => {
    const { findings } = await detectorFindings(cppDetector, {
      "CMakeLists.txt": "find_package(OpenSSL 3.0 REQUIRED)\n",
      "external/grpc/CMakeLists.txt": "find_package(Protobuf)\n",
      "3rdparty/sdl/CMakeLists.txt": "find_package(SDL2)\n",
      "build/_deps/googletest-src/CMakeLists.txt": "find_package(Python3)\n",
      "cmake/FindLibUV.cmake": "find_package(PkgConfig)\n",
      "cmake/MyLibConfig.cmake": "find_dependency(Boost)\nfind_package(Boost)\n",
      "cmake/deps.cmake": "find_package(SQLite3)\n",
    });
    expect(compact(findings)).toEqual(["cmake:sqlite3@1 direct", "cmake:openssl@1 ->3.0 direct"]);
  });

  it("meson.build: dependency() names, Meson's own (boost, qt5) and pkg-config's; comments and subprojects left out", async () => {
    const { findings } = await detectorFindings(cppDetector, {
      "meson.build": [
        "project('player', 'cpp', version : '1.2.0')",
        "boost_dep = dependency('boost', modules : ['filesystem'], version : '>=1.74')",
        "qt_dep = dependency('qt5', modules : ['Core', 'Widgets'])",
        "# sdl_dep = dependency('sdl2')",
        "av_deps = [dependency('libavcodec'), dependency('libavformat', required : false)]",
        "pq = dependency('libpq')",
        "pq_again = dependency('libpq', version : '>=14')",
      ].join("\n"),
      "subprojects/zlib/meson.build": "dep = dependency('sqlite3')\n",
    });
    expect(compact(findings)).toEqual([
      "pkgconfig:boost@2 direct",
      "pkgconfig:qt5@3 direct",
      "pkgconfig:libavcodec@5 direct",
      "pkgconfig:libavformat@5 direct",
      "pkgconfig:libpq@6 direct",
    ]);
    const { document } = await scan(new MemorySource({ "meson.build": "dependency('boost')\ndependency('qt5')\ndependency('libavcodec')\ndependency('libpq')\n" }), options);
    expect(tools(document.tools)).toEqual(["Boost - meson.build", "Qt - meson.build", "PostgreSQL - meson.build", "FFMPEG - meson.build"]);
  });

  it("MODULE.bazel: bazel_dep modules at the version each pins, the registry's .bcr.N revision left off; comments skipped", async () => {
    const module = [
      'module(name = "kvstore", version = "0.3.0")',
      "",
      'bazel_dep(name = "rules_cc", version = "0.0.9")',
      'bazel_dep(name = "abseil-cpp", version = "20240116.1", repo_name = "com_google_absl")',
      "bazel_dep(",
      '    name = "grpc",',
      '    version = "1.62.1",',
      ")",
      'bazel_dep(version = "26.0", name = "protobuf")',
      'bazel_dep(name = "googletest", version = "1.14.0.bcr.1", dev_dependency = True)',
      'bazel_dep(name = "boost.asio", version = "1.83.0.bcr.1")',
      '# bazel_dep(name = "openssl", version = "3.3.1.bcr.1")',
      'bazel_dep(name = "curl")',
    ].join("\n");
    const { findings } = await detectorFindings(cppDetector, { "MODULE.bazel": module });
    expect(compact(findings)).toEqual([
      "bazel:rules_cc@3 0.0.9 ->0.0.9 direct",
      "bazel:abseil-cpp@4 20240116.1 ->20240116.1 direct",
      "bazel:grpc@5 1.62.1 ->1.62.1 direct",
      "bazel:protobuf@9 26.0 ->26.0 direct",
      "bazel:googletest@10 1.14.0.bcr.1 ->1.14.0 direct dev",
      "bazel:boost.asio@11 1.83.0.bcr.1 ->1.83.0 direct",
      "bazel:curl@13 direct",
    ]);
    const { document, warnings } = await scan(new MemorySource({ "MODULE.bazel": module }), options);
    expect(warnings).toEqual([]);
    expect(tools(document.tools)).toEqual([
      "Boost 1.83.0 MODULE.bazel",
      "Protobuf 26.0 MODULE.bazel",
      "gRPC 1.62.1 MODULE.bazel",
      "Bazel - MODULE.bazel",
      "Google Test 1.14.0 MODULE.bazel",
      "cURL - MODULE.bazel",
    ]);
  });

  it("Eclipse Paho's C and C++ clients show MQTT, without the client's release, from vcpkg, Conan and CMake", async () => {
    const cases: Array<Record<string, string>> = [
      { "vcpkg.json": JSON.stringify({ name: "bridge", dependencies: ["paho-mqttpp3"], overrides: [{ name: "paho-mqttpp3", version: "1.3.2" }] }) },
      { "conanfile.txt": "[requires]\npaho-mqtt-c/1.3.13\n" },
      { "CMakeLists.txt": "find_package(PahoMqttCpp 1.3 REQUIRED)\nfind_package(eclipse-paho-mqtt-c REQUIRED)\n" },
    ];
    for (const files of cases) {
      const { document } = await scan(new MemorySource(files), { ...options, disable: ["languages"] });
      const mqtt = document.tools.find((t) => t.name === "MQTT");
      expect(mqtt, Object.keys(files)[0]).toBeDefined();
      expect(mqtt?.version).toBeUndefined();
    }
  });

  it("platformio.ini shows PlatformIO, and Arduino where an environment builds on its framework (not the platform's release)", async () => {
    const ini = [
      "; PlatformIO Project Configuration File",
      "[platformio]",
      "default_envs = esp32dev",
      "",
      "[env]",
      "framework = arduino ; the Arduino core",
      "lib_deps =",
      "    bblanchon/ArduinoJson@^7.0.4",
      "",
      "[env:esp32dev]",
      "platform = espressif32@6.5.0",
      "board = esp32dev",
      "",
      "[env:idf]",
      "platform = espressif32",
      "framework = espidf, arduino",
    ].join("\n");
    const { findings } = await detectorFindings(cppDetector, { "platformio.ini": ini });
    expect(compact(findings)).toEqual(["platformio-framework:arduino@6 direct", "arduino-library:arduinojson@8 direct", "platformio-platform:espressif32@11 direct", "platformio-framework:espidf@16 direct"]);
    const { document, warnings } = await scan(new MemorySource({ "platformio.ini": ini, "src/main.cpp": "" }), { ...options, disable: ["languages"] });
    expect(warnings).toEqual([]);
    expect(tools(document.tools)).toEqual(["PlatformIO - platformio.ini", "Arduino - platformio.ini", "ESP32 - platformio.ini"]);
    // Another framework alone names no Arduino; ESP-IDF builds for the ESP32 family.
    const idf = await scan(new MemorySource({ "platformio.ini": "[env:s3]\nplatform = espressif32\nframework = espidf\n" }), { ...options, disable: ["languages"] });
    expect(tools(idf.document.tools)).toEqual(["PlatformIO - platformio.ini", "ESP32 - platformio.ini"]);
    expect(idf.document.tools.find((t) => t.name === "ESP32")).toBeDefined();
    expect(idf.document.tools.find((t) => t.name === "ESP32")?.version).toBeUndefined();
  });

  it("a platformio.ini's platforms by name, whatever form names them; ESP8266's names no ESP32", async () => {
    const ini = [
      "[env:a]",
      "platform = platformio/espressif32@^6.5.0 ; the registry's owner",
      "[env:b]",
      "platform = https://github.com/pioarduino/platform-espressif32/releases/download/51.03.04/platform-espressif32.zip",
      "[env:c]",
      "platform = https://github.com/platformio/platform-espressif8266.git#v4.2.1",
      "platform_packages = framework-arduinoespressif32 @ https://github.com/espressif/arduino-esp32.git",
      "[env:d]",
      "platform = ${env.platform}",
      "; platform = ststm32",
      "[env:native]",
      "platform = native",
    ].join("\n");
    const { findings } = await detectorFindings(cppDetector, { "platformio.ini": ini });
    expect(compact(findings)).toEqual(["platformio-platform:espressif32@2 direct", "platformio-platform:espressif8266@6 direct", "platformio-platform:native@12 direct"]);
    const esp8266 = await scan(new MemorySource({ "platformio.ini": "[env:d1]\nplatform = espressif8266@4.2.1\nboard = d1_mini\nframework = arduino\n" }), { ...options, disable: ["languages"] });
    expect(tools(esp8266.document.tools)).toEqual(["PlatformIO - platformio.ini", "Arduino - platformio.ini"]);
  });

  it("the libraries a platformio.ini's lib_deps name: MQTT from an MQTT client's, without its release", async () => {
    const ini = [
      "[env]",
      "lib_deps =",
      "    knolleary/PubSubClient@^2.8 ; the MQTT client",
      "    bblanchon/ArduinoJson @ ^7.0.4",
      "    adafruit/Adafruit BME280 Library@^2.2.4",
      "",
      "    ; a comment line",
      "    https://github.com/tzapu/WiFiManager.git#v2.0.17",
      "build_flags = -DMQTT_MAX_PACKET_SIZE=512",
      "[env:esp32dev]",
      "lib_deps = ${env.lib_deps}, 256dpi/MQTT@2.5.2, symlink://../shared, 89",
    ].join("\n");
    const { findings } = await detectorFindings(cppDetector, { "platformio.ini": ini });
    expect(compact(findings).filter((f) => f.startsWith("arduino-library:"))).toEqual([
      "arduino-library:pubsubclient@3 direct",
      "arduino-library:arduinojson@4 direct",
      "arduino-library:adafruit bme280 library@5 direct",
      "arduino-library:wifimanager@8 direct",
      "arduino-library:mqtt@11 direct",
    ]);
    const { document, warnings } = await scan(new MemorySource({ "platformio.ini": ini }), { ...options, disable: ["languages"] });
    expect(warnings).toEqual([]);
    expect(document.tools.find((t) => t.name === "MQTT")).toMatchObject({ detection_source: "platformio.ini" });
    expect(document.tools.find((t) => t.name === "MQTT")?.version).toBeUndefined();
    expect(document.tools.filter((t) => t.package_url)).toEqual([]);
  });

  it("an Arduino CLI sketch.yaml's libraries and a library.properties' depends (not a Processing library's file)", async () => {
    const sketch = "profiles:\n  uno:\n    fqbn: arduino:avr:uno\n    platforms:\n      - platform: arduino:avr (1.8.6)\n    libraries:\n      - PubSubClient (2.8)\n      - FastLED (3.6.0)\ndefault_profile: uno\n";
    const properties = "name=Telemetry\nversion=1.0.2\nsentence=Sends readings to InfluxDB.\narchitectures=esp32,esp8266\ndepends=ESP8266 Influxdb (>=3.13.1), ArduinoJson\n";
    const processing = "name=Telemetry\nversion=3\nprettyVersion=1.0\ndepends=PubSubClient\n";
    const { findings } = await detectorFindings(cppDetector, { "Blink/sketch.yaml": sketch, "lib/Telemetry/library.properties": properties, "processing/library.properties": processing });
    expect(compact(findings)).toEqual([
      "arduino-library:fastled direct",
      "arduino-library:pubsubclient direct",
      "arduino-platform:arduino:avr direct",
      "arduino-library:arduinojson@5 direct",
      "arduino-library:esp8266 influxdb@5 direct",
    ]);
    const { document } = await scan(new MemorySource({ "Blink/sketch.yaml": sketch, "lib/Telemetry/library.properties": properties }), { ...options, disable: ["languages"] });
    expect(tools(document.tools)).toEqual(expect.arrayContaining(["MQTT - Blink/sketch.yaml", "InfluxDB - lib/Telemetry/library.properties"]));
    expect(document.tools.find((t) => t.name === "InfluxDB")).toBeDefined();
    expect(document.tools.find((t) => t.name === "InfluxDB")?.version).toBeUndefined();
    expect(document.tools.find((t) => t.name === "ESP32")).toBeUndefined();
    // A profile on Espressif's core (its board's fqbn, or the platform it installs) builds for the ESP32
    const esp = "profiles:\n  s3:\n    fqbn: esp32:esp32:esp32s3\n    platforms:\n      - platform: esp32:esp32 (2.0.14)\n        platform_index_url: https://espressif.github.io/arduino-esp32/package_esp32_index.json\n";
    const onEsp = await scan(new MemorySource({ "Blink/sketch.yaml": esp }), { ...options, disable: ["languages"] });
    expect(onEsp.document.tools.find((t) => t.name === "ESP32")).toMatchObject({ detection_source: "Blink/sketch.yaml" });
    expect(onEsp.document.tools.find((t) => t.name === "ESP32")?.version).toBeUndefined();
  });

  it("an ESP-IDF project shows ESP32: its component manifest, ESP-IDF's image and CI action", async () => {
    const files = {
      "CMakeLists.txt": "cmake_minimum_required(VERSION 3.16)\ninclude($ENV{IDF_PATH}/tools/cmake/project.cmake)\nproject(blink)\n",
      "main/CMakeLists.txt": 'idf_component_register(SRCS "main.c" INCLUDE_DIRS ".")\n',
      "main/idf_component.yml": 'dependencies:\n  espressif/led_strip: "^2.5.3"\n  idf:\n    version: ">=5.1.0"\n',
    };
    const { document } = await scan(new MemorySource(files), { ...options, disable: ["languages"] });
    expect(tools(document.tools)).toContain("ESP32 - main/idf_component.yml");
    const image = await scan(new MemorySource({ "Dockerfile": "FROM espressif/idf:v5.1.2\n" }), { ...options, disable: ["languages"] });
    expect(image.document.tools.find((t) => t.name === "ESP32")).toMatchObject({ detection_source: "Dockerfile" });
    expect(image.document.tools.find((t) => t.name === "ESP32")?.version).toBeUndefined();
    // An ESP-IDF project without a component manifest: its sdkconfig's target chip; ESP8266's SDK names another
    const legacy = { "CMakeLists.txt": files["CMakeLists.txt"], "sdkconfig.defaults": 'CONFIG_IDF_TARGET="esp32c3"\nCONFIG_FREERTOS_HZ=1000\n' };
    const { findings } = await detectorFindings(cppDetector, legacy);
    expect(compact(findings)).toContain("esp-idf-target:esp32c3@1 direct");
    const target = await scan(new MemorySource(legacy), { ...options, disable: ["languages"] });
    expect(tools(target.document.tools)).toContain("ESP32 - sdkconfig.defaults");
    const esp8266 = await scan(new MemorySource({ "CMakeLists.txt": files["CMakeLists.txt"], sdkconfig: '#\n# Automatically generated file. DO NOT EDIT.\n#\nCONFIG_IDF_TARGET_ESP8266=y\nCONFIG_IDF_TARGET="esp8266"\n' }), { ...options, disable: ["languages"] });
    expect(esp8266.document.tools.find((t) => t.name === "ESP32")).toBeUndefined();
    const workflow = "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: espressif/esp-idf-ci-action@v1\n        with:\n          esp_idf_version: v5.1.2\n          target: esp32s3\n";
    const ci = await scan(new MemorySource({ ".github/workflows/build.yml": workflow }), { ...options, disable: ["languages"] });
    expect(ci.document.tools.find((t) => t.name === "ESP32")).toMatchObject({ detection_source: ".github/workflows/build.yml" });
  });

  it("a qmake *.pro shows Qt; Android's proguard-rules.pro does not", async () => {
    const pro = ["# notes app", "QT += core gui widgets sql", "CONFIG += c++17", "TEMPLATE = app", "SOURCES += main.cpp mainwindow.cpp", "HEADERS += mainwindow.h"].join("\n");
    const proguard = "# keep the models\n-keep class com.example.model.** { *; }\n-dontwarn okhttp3.**\n";
    const { findings } = await detectorFindings(cppDetector, { "notes.pro": pro, "app/proguard-rules.pro": proguard });
    expect(compact(findings)).toEqual(["format:qmake-project@2"]);
    const { document } = await scan(new MemorySource({ "notes.pro": pro, "main.cpp": "" }), { ...options, disable: ["languages"] });
    expect(tools(document.tools)).toEqual(["Qt - notes.pro"]);
    const android = await scan(new MemorySource({ "app/proguard-rules.pro": proguard }), { ...options, disable: ["languages"] });
    expect(tools(android.document.tools)).toEqual([]);
  });

  it("build files inside a git submodule .gitmodules lists are the submodule's, wherever its folder is", async () => {
    const gitmodules = ['[submodule "contrib/sdl"]', "\tpath = contrib/sdl", "\turl = https://github.com/libsdl-org/SDL.git", '[submodule "imgui"]', "\tpath = libs/imgui", "\turl = https://github.com/ocornut/imgui.git"].join("\n");
    const files = {
      ".gitmodules": gitmodules,
      "CMakeLists.txt": "project(Voxel CXX)\nfind_package(OpenGL REQUIRED)\nadd_subdirectory(contrib/sdl)\n",
      "contrib/sdl/CMakeLists.txt": "project(SDL2 C)\nfind_package(OpenSSL)\nfind_package(SQLite3)\n",
      "libs/imgui/vcpkg.json": JSON.stringify({ name: "imgui", dependencies: ["protobuf"] }),
      // a folder whose name only starts like a submodule's is the project's own
      "libs/imgui-ext/CMakeLists.txt": "find_package(CURL REQUIRED)\n",
    };
    const { findings } = await detectorFindings(cppDetector, files);
    expect(compact(findings)).toEqual(["cmake:opengl@2 direct", "cmake:curl@1 direct"]);
  });

  it("xmake.lua: add_requires packages at an exact or lowest release, vcpkg:: and conan:: packages, Qt's rules; options and comments skipped", async () => {
    const lua = [
      'add_rules("mode.debug", "mode.release")',
      'add_requires("fmt 10.2.1", "openssl3", "boost >=1.80")',
      'add_requires("vcpkg::grpc", "conan::libcurl 8.6.0", {alias = "curl", configs = {shared = "sqlite3"}})',
      '-- add_requires("hiredis")',
      'add_requires("gtest", {optional = true})',
      'target("app")',
      '    add_rules("qt.widgetapp")',
      '    add_packages("fmt", "openssl3")',
    ].join("\n");
    const { findings } = await detectorFindings(cppDetector, { "xmake.lua": lua });
    expect(compact(findings)).toEqual([
      "xmake-rule:mode.debug@1 direct",
      "xmake-rule:mode.release@1 direct",
      "xmake:boost@2 >=1.80 ->1.80 direct",
      "xmake:fmt@2 10.2.1 ->10.2.1 direct",
      "xmake:openssl3@2 direct",
      "conan:libcurl@3 8.6.0 ->8.6.0 direct",
      "vcpkg:grpc@3 direct",
      "xmake:gtest@5 direct",
      "xmake-rule:qt.widgetapp@7 direct",
    ]);
    const { document, warnings } = await scan(new MemorySource({ "xmake.lua": lua }), { ...options, disable: ["languages"] });
    expect(warnings).toEqual([]);
    expect(tools(document.tools)).toEqual([
      "Boost 1.80 xmake.lua",
      "Qt - xmake.lua",
      "gRPC - xmake.lua",
      "Google Test - xmake.lua",
      "OpenSSL - xmake.lua",
      "cURL 8.6.0 xmake.lua",
    ]);
  });

  it("CMake: Qt 5's and 6's per-module packages (find_package(Qt5Widgets)) show Qt", async () => {
    const cmake = "project(editor CXX)\nfind_package(Qt5Widgets 5.15 REQUIRED)\nfind_package(Qt5Network REQUIRED)\n";
    const { document } = await scan(new MemorySource({ "CMakeLists.txt": cmake }), { ...options, disable: ["languages"] });
    expect(tools(document.tools)).toEqual(["Qt - CMakeLists.txt", "CMake - CMakeLists.txt"]);
    const six = await scan(new MemorySource({ "CMakeLists.txt": "find_package(Qt6Core REQUIRED)\n" }), { ...options, disable: ["languages"] });
    expect(tools(six.document.tools)).toContain("Qt - CMakeLists.txt");
  });

  it("WORKSPACE: http_archive and git_repository names the libraries' guides give, at a strip_prefix's, URL's or tag's release; a commit gives none", async () => {
    const ws = [
      'workspace(name = "tracer")',
      'load("@bazel_tools//tools/build_defs/repo:http.bzl", "http_archive")',
      "http_archive(",
      '    name = "com_google_googletest",',
      '    urls = ["https://github.com/google/googletest/archive/refs/tags/v1.13.0.zip"],',
      '    strip_prefix = "googletest-1.13.0",',
      ")",
      "http_archive(",
      '    name = "com_github_grpc_grpc",',
      '    urls = ["https://github.com/grpc/grpc/archive/refs/tags/v1.56.0.tar.gz"],',
      ")",
      'git_repository(name = "com_google_protobuf", remote = "https://github.com/protocolbuffers/protobuf", tag = "v21.12")',
      "http_archive(",
      '    name = "com_github_nelhage_rules_boost",',
      '    url = "https://github.com/nelhage/rules_boost/archive/45bfb4dde46b1f7a6c5bb0a6d9a95ab3c4c26ee9.tar.gz",',
      '    strip_prefix = "rules_boost-45bfb4dde46b1f7a6c5bb0a6d9a95ab3c4c26ee9",',
      ")",
      '# http_archive(name = "rules_cuda", urls = ["https://example.com/rules_cuda.zip"])',
    ].join("\n");
    const { findings } = await detectorFindings(cppDetector, { WORKSPACE: ws });
    expect(compact(findings)).toEqual([
      "bazel-repo:com_google_googletest@3 ->1.13.0 direct",
      "bazel-repo:com_github_grpc_grpc@8 ->1.56.0 direct",
      "bazel-repo:com_google_protobuf@12 ->21.12 direct",
      "bazel-repo:com_github_nelhage_rules_boost@13 direct",
    ]);
    const { document } = await scan(new MemorySource({ WORKSPACE: ws }), { ...options, disable: ["languages"] });
    expect(tools(document.tools)).toEqual(["Boost - WORKSPACE", "Protobuf 21.12 WORKSPACE", "gRPC 1.56.0 WORKSPACE", "Bazel - WORKSPACE", "Google Test 1.13.0 WORKSPACE"]);
  });

  it("a Makefile: pkg-config's modules and the -l libraries it links, comments and options skipped", async () => {
    const make = [
      "CC ?= gcc",
      "CFLAGS = -O2 -Wall $(shell pkg-config --cflags libcurl gtk+-3.0)",
      "LDLIBS = $(shell pkg-config --libs libcurl gtk+-3.0) -lpq -lssl -lcrypto -lpthread -lm",
      "# LDLIBS += -lhiredis",
      "test: LDLIBS += -lgtest -lgtest_main -lboost_system",
      "clean:",
      "\trm -f fetcher && ls -la",
    ].join("\n");
    const { findings } = await detectorFindings(cppDetector, { Makefile: make, "vendor/lib/Makefile": "LDLIBS = -lsqlite3\n" });
    expect(compact(findings)).toEqual([
      "pkgconfig:gtk+-3.0@2 direct",
      "pkgconfig:libcurl@2 direct",
      "ldlib:crypto@3 direct",
      "ldlib:m@3 direct",
      "ldlib:pq@3 direct",
      "ldlib:pthread@3 direct",
      "ldlib:ssl@3 direct",
      "ldlib:boost_system@5 direct",
      "ldlib:gtest@5 direct",
      "ldlib:gtest_main@5 direct",
      "ldlib:a@7 direct",
    ]);
    const { document } = await scan(new MemorySource({ Makefile: make, "src/main.c": "" }), { ...options, disable: ["languages"] });
    expect(tools(document.tools)).toEqual(["Boost - Makefile", "PostgreSQL - Makefile", "Google Test - Makefile", "OpenSSL - Makefile", "cURL - Makefile"]);
  });

  it("CMake: a superbuild's ExternalProject_Add fetches as FetchContent_Declare does, at its tag's or archive's release", () => {
    const text = [
      "include(ExternalProject)",
      "ExternalProject_Add(grpc",
      "  GIT_REPOSITORY https://github.com/grpc/grpc.git",
      "  GIT_TAG v1.62.1",
      "  CMAKE_ARGS -DgRPC_INSTALL=ON)",
      "ExternalProject_Add(openssl URL https://www.openssl.org/source/openssl-3.2.1.tar.gz CONFIGURE_COMMAND ./config)",
    ].join("\n");
    // the archive's own name, openssl-3.2.1.tar.gz, gives its release
    expect(readCmake(text).map((r) => `${r.name} ${r.version ?? "-"} @${r.line}`)).toEqual(["grpc 1.62.1 @2", "openssl 3.2.1 @6"]);
  });

  it("an unclosed parenthesis loses only its own command", () => {
    const text = "find_package(Open\n" + "find_package(Boost)\n".repeat(3) + 'message("unclosed\nfind_package(Qt6)\n';
    expect(readCmake(text).map((r) => `${r.name} @${r.line}`)).toEqual(["Boost @2", "Boost @3", "Boost @4"]);
  });

  it("malformed manifests warn and name the file; the other files are still read", async () => {
    const { document, warnings } = await scan(new MemorySource({ "vcpkg.json": "{ not json", "conan.lock": "[1,", "conanfile.txt": "[requires]\nopencv/4.8.1\n" }), options);
    expect(warnings.map((w) => w.file).sort()).toEqual(["conan.lock", "vcpkg.json"]);
    expect(tools(document.tools)).toEqual(["Conan - conanfile.txt", "OpenCV 4.8.1 conanfile.txt"]);
  });
});
