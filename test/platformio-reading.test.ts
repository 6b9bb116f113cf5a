import { describe, expect, it } from "vitest";
import {
  readLibraryDepends,
  readLibraryJson,
  readPlatformioFrameworks,
  readPlatformioLibraries,
  readPlatformioPlatforms,
  readPlatformioTestFrameworks,
  readSketchProject,
} from "../detectors/cpp/platformio.js";

// PlatformIO's and the Arduino tools' project files read alone: a platformio.ini with several
// environments as `pio project init` and ESP32 projects write it, an Arduino CLI sketch.yaml, an
// Arduino library's library.properties and a PlatformIO library's library.json.

const named = (found: ReadonlyArray<{ name: string; line: number }>) => found.map((f) => `${f.name}@${f.line}`);

const INI = `; PlatformIO Project Configuration File
[platformio]
default_envs = esp32dev

[env]
framework = Arduino
monitor_speed = 115200
lib_deps =
    knolleary/PubSubClient@^2.8
    bblanchon/ArduinoJson @ 7.0.4 ; the JSON parser
  ; adafruit/Adafruit GFX Library
    https://github.com/me-no-dev/ESPAsyncWebServer.git#v1.2.3

    git@github.com:tzapu/WiFiManager.git, 64
    \${common.lib_deps}
lib_ignore = notalib

[env:esp32dev]
platform = espressif32@6.5.0
board = esp32dev
framework = arduino, espidf ; both
test_framework = GoogleTest
platform_packages = platformio/framework-arduinoespressif32

[env:esp8266]
PLATFORM = https://github.com/platformio/platform-espressif8266.git#v4.2.1
framework = \${env.framework}
test_framework = unity # ThrowTheSwitch's
lib_deps = Name=https://example.org/lib.zip, a/b/c, https://gitlab.com/x/y.git, symlink://../shared, FastLED

[env:pico]
platform = https://github.com/maxgerhardt/platform-raspberrypi.git
[env:native]
platform = platformio/native @ ^1.2
[env:stm]
platform = \${common.platform}
[env:tasmota]
platform = https://github.com/tasmota/platform-espressif32/releases/download/2024.01.01/platform-espressif32.zip
`;

describe("platformio.ini", () => {
  it("frameworks, each once at its first line, lower-cased, from a comma list; comments and references skipped", () => {
    expect(named(readPlatformioFrameworks(INI))).toEqual(["arduino@6", "espidf@21"]);
  });

  it("test frameworks, a # comment after the value skipped", () => {
    expect(named(readPlatformioTestFrameworks(INI))).toEqual(["googletest@22", "unity@28"]);
  });

  it("platforms by name, from a registry name with an owner or release, a repository, a fork's archive; platform_packages and references are none", () => {
    expect(named(readPlatformioPlatforms(INI))).toEqual(["espressif32@19", "espressif8266@26", "raspberrypi@32", "native@34"]);
    expect(named(readPlatformioPlatforms("platform = file:///home/me/platform-sifive\nplatform = https://example.org/boards.zip\n"))).toEqual(["sifive@1"]);
  });

  it("libraries from the key's line and its indented lines (a blank line too) to the next key, by name lower-cased; comments, ids, references and other URLs none", () => {
    expect(named(readPlatformioLibraries(INI))).toEqual([
      "pubsubclient@9",
      "arduinojson@10",
      "espasyncwebserver@12",
      "wifimanager@14",
      "fastled@29",
    ]);
  });

  it("a library line commented with # at its start, or holding only a github.com host, names nothing", () => {
    expect(named(readPlatformioLibraries("lib_deps =\n  # old/Lib\n  https://github.com/owner\n  https://github.com/a/b/tree/main\n  owner/Good\n"))).toEqual(["good@5"]);
  });
});

describe("platformio.ini written without blanks around =, its alternatives commented out", () => {
  // As many hand-written project files are: the options an environment tried before kept behind `;`.
  const ini = [
    "[env:nodemcuv2]",
    "platform=espressif8266",
    ";platform = espressif32",
    "board=nodemcuv2",
    "framework=arduino",
    "; framework = espidf",
    "test_framework=unity",
    ";test_framework = googletest",
    "lib_deps=",
    "\tbblanchon/ArduinoJson@^6.21.3",
    ";lib_deps = knolleary/PubSubClient",
    "monitor_speed=115200",
    "build_flags =",
    "\t-Iinclude",
    "\t-DCORE_DEBUG_LEVEL=3",
  ].join("\n");

  it("reads each option's value and none of the commented-out ones; another option's indented lines after lib_deps are not libraries", () => {
    expect(named(readPlatformioPlatforms(ini))).toEqual(["espressif8266@2"]);
    expect(named(readPlatformioFrameworks(ini))).toEqual(["arduino@5"]);
    expect(named(readPlatformioTestFrameworks(ini))).toEqual(["unity@7"]);
    expect(named(readPlatformioLibraries(ini))).toEqual(["arduinojson@10"]);
  });
});

describe("sketch.yaml", () => {
  it("each profile's libraries by name and cores from its fqbn and platforms, lower-cased, once", () => {
    const sketch = {
      profiles: {
        uno: { fqbn: "arduino:avr:uno", platforms: [{ platform: "arduino:avr (1.8.6)" }], libraries: ["ArduinoJson (7.0.4)", "Servo"] },
        esp32: { fqbn: "esp32:esp32:esp32s3", platforms: [{ platform: "esp32:esp32 (2.0.14)", platform_index_url: "https://espressif.github.io/arduino-esp32/package_esp32_index.json" }, "x"], libraries: ["arduinojson", 5, " (1.0)"] },
        nothing: "x",
        bare: { fqbn: 7, libraries: "Servo" },
      },
    };
    expect(readSketchProject(sketch)).toEqual({ libraries: ["arduinojson", "servo"], platforms: ["arduino:avr", "esp32:esp32"] });
    expect(readSketchProject({ profiles: [] })).toEqual({ libraries: [], platforms: [] });
    expect(readSketchProject("profiles")).toEqual({ libraries: [], platforms: [] });
  });
});

describe("library.properties", () => {
  it("an Arduino library's depends, by name without its version, each once; a file without the format's keys names none", () => {
    const props = "name=WeatherStation\nversion=1.0.0\nsentence=Reads sensors.\ndepends=FastLED (>=3.5.0), PubSubClient, fastled, \n  depends = Servo\n";
    expect(named(readLibraryDepends(props))).toEqual(["fastled@4", "pubsubclient@4", "servo@5"]);
    expect(named(readLibraryDepends("architectures=*\ndepends=Ethernet\n"))).toEqual(["ethernet@2"]);
    expect(named(readLibraryDepends("name=Processing lib\nxsentence=no\ndepends=Video\n"))).toEqual([]);
  });
});

describe("library.json", () => {
  it("frameworks and platforms as a list or a comma string, * and duplicates left out; dependencies as a list of objects or a map", () => {
    expect(readLibraryJson({ name: "Weather", frameworks: "arduino, espidf, *", platforms: ["espressif32", "Espressif32", 5], dependencies: [{ owner: "bblanchon", name: " ArduinoJson ", version: "^7" }, { name: "" }, "x"] })).toEqual({
      frameworks: ["arduino", "espidf"],
      platforms: ["espressif32"],
      libraries: ["arduinojson"],
    });
    expect(readLibraryJson({ platforms: "*", dependencies: { "knolleary/PubSubClient": "^2.8", "https://github.com/me-no-dev/AsyncTCP.git": "*", "a/b/c": "1" } })).toEqual({
      frameworks: [],
      platforms: [],
      libraries: ["pubsubclient", "asynctcp"],
    });
    expect(readLibraryJson({ name: "npm-like", dependencies: { lodash: "^4" } })).toEqual({ frameworks: [], platforms: [], libraries: [] });
    expect(readLibraryJson({ frameworks: 7, dependencies: 7 })).toEqual({ frameworks: [], platforms: [], libraries: [] });
  });
});
