import { describe, expect, it } from "vitest";
import { cmakeTargets, readCmake } from "../detectors/cpp/cmake.js";
import { releaseOfTag } from "../detectors/cpp/release-tag.js";

// CMake scripts read alone, command by command, on calls laid out as real projects write them
// (the packages' own install guides, Qt's build, ESP-IDF components, CPM's README), each finding
// with its kind, version and line.

const shown = (text: string) =>
  readCmake(text).map((r) => `${r.kind}:${r.name}${r.version ? ` ${r.version}` : ""}${r.floor ? " floor" : ""} @${r.line}`);

describe("readCmake: find_package", () => {
  it("the lowest version accepted is a floor, a range's lower end too; a keyword, a variable or a suffixed version gives none", () => {
    const text = [
      "cmake_minimum_required(VERSION 3.16)",
      "project(Weather VERSION 1.0 LANGUAGES CXX)",
      "find_package(Boost 1.74 REQUIRED COMPONENTS system filesystem)",
      "find_package(Qt6 6.2...6.5 COMPONENTS Widgets)",
      "find_package(OpenSSL REQUIRED)",
      "find_package(Protobuf 3.21.12.1)",
      "find_package(Python3 3.8abc)",
      "find_package(CURL ${CURL_MIN})",
      "find_package(${PROJECT_NAME}_deps)",
      "find_package(Qt${QT_VERSION_MAJOR} REQUIRED COMPONENTS Widgets)",
      "find_package()",
    ].join("\n");
    expect(shown(text)).toEqual([
      "cmake:Boost 1.74 floor @3",
      "cmake:Qt6 6.2 floor @4",
      "cmake:OpenSSL @5",
      "cmake:Protobuf 3.21.12.1 floor @6",
      "cmake:Python3 @7",
      "cmake:CURL @8",
    ]);
  });

  it("a command whose name only ends in find_package (Qt's qt_find_package) or starts with it is another command", () => {
    expect(shown("qt_find_package(WrapZLIB PROVIDED_TARGETS WrapZLIB::WrapZLIB)\nfind_package_handle_standard_args(Foo DEFAULT_MSG)\nfind_package (fmt 10)\n")).toEqual(["cmake:fmt 10 floor @3"]);
  });

  it("arguments over several lines count from the command's line; comments between them are blanked, a quoted # kept", () => {
    const text = [
      "# find_package(Old)",
      "find_package(",
      "  GTest # the test framework",
      "  1.14.0",
      ")",
      '#[[ find_package(Bracket)',
      "    still a comment ]]",
      "#[=[ find_package(Level) ]] still ]=]",
      'message(STATUS "# not a comment") find_package(ZLIB)',
      'set(X "escaped \\" quote find_package(NotOne)")',
      "find_package(Eigen3)",
      "#[[ never closed find_package(Lost)",
      "find_package(AfterUnclosed)",
    ].join("\n");
    expect(shown(text)).toEqual(["cmake:GTest 1.14.0 floor @2", "cmake:ZLIB @9", "cmake:Eigen3 @11"]);
  });

  it("a line comment mentioning #[[ later on its line stays a line comment", () => {
    expect(shown("# not a bracket comment: #[[ ... ]]\nfind_package(Foo)\n# ]]\n")).toEqual(["cmake:Foo @2"]);
  });

  it("a line comment on the last line without a newline ends the text; a # inside a quoted argument does not start one", () => {
    expect(shown('find_package(a1)\nfind_package(fmt) # trailing')).toEqual(["cmake:a1 @1", "cmake:fmt @2"]);
    expect(shown('configure_file("in#put.h" out.h)\nfind_package(SDL2)\n')).toEqual(["cmake:SDL2 @2"]);
  });
});

describe("readCmake: fetched packages", () => {
  it("FetchContent_Declare at its GIT_TAG's release, else its URL's; a commit, a branch or a variable name none", () => {
    const text = [
      "include(FetchContent)",
      "FetchContent_Declare(",
      "  googletest",
      "  GIT_REPOSITORY https://github.com/google/googletest.git",
      "  GIT_TAG        v1.14.0",
      ")",
      "FetchContent_Declare(json URL https://github.com/nlohmann/json/archive/refs/tags/v3.11.3.zip)",
      "FetchContent_Declare(Catch2 GIT_REPOSITORY https://github.com/catchorg/Catch2.git GIT_TAG devel)",
      "FetchContent_Declare(${DEP} GIT_TAG v1.0.0)",
      "FetchContent_Declare(spdlog URL https://github.com/gabime/spdlog/archive/v1.13.0.tar.gz URL_HASH SHA256=abc)",
      "FetchContent_Declare(zstd URL https://example.org/zstd/download/1.5.6/zstd.tgz)",
      "FetchContent_Declare(lz4 URL https://example.org/lz4/archive/1.9.4/)",
      "FetchContent_Declare(sdl URL https://www.libsdl.org/release/SDL2-2.30.1.zip)",
      "FetchContent_Declare(box URL https://example.org/box2d_v2.4.1.tar.bz2)",
      "FetchContent_Declare(raw URL https://example.org/tags/v1.2.3.exe)",
      "FetchContent_Declare(fmt URL https://github.com/fmtlib/fmt/archive/refs/tags/10.2.1.zip)",
      "FetchContent_Declare(pq URL https://ftp.postgresql.org/pub/source/v16.2/postgresql-16.2.tar.bz2)",
      "FetchContent_Declare(curl URL https://curl.se/download/curl-8.10.1.tar.xz)",
      "FetchContent_MakeAvailable(googletest json)",
    ].join("\n");
    expect(shown(text)).toEqual([
      "cmake:googletest 1.14.0 @2",
      "cmake:json 3.11.3 @7",
      "cmake:Catch2 @8",
      "cmake:spdlog 1.13.0 @10",
      "cmake:zstd 1.5.6 @11",
      "cmake:lz4 1.9.4 @12",
      "cmake:sdl 2.30.1 @13",
      "cmake:box 2.4.1 @14",
      "cmake:raw @15",
      "cmake:fmt 10.2.1 @16",
      "cmake:pq 16.2 @17",
      "cmake:curl 8.10.1 @18",
    ]);
  });

  it("CPM's short forms: GitHub, GitLab and Bitbucket prefixes, a URL ending in .git, a version after @ or a tag after #", () => {
    const text = [
      'CPMAddPackage("gh:gabime/spdlog@1.13.0")',
      'CPMAddPackage("gl:libeigen/eigen#3.4.0")',
      'CPMAddPackage("bb:someone/tinylib@v0.3.1")',
      'CPMAddPackage("https://github.com/ericniebler/range-v3.git@0.12.0")',
      'CPMAddPackage("gh:TheLartians/Ccache.cmake@1.2.4")',
      'CPMAddPackage("gh:nlohmann/json@develop")',
      'CPMAddPackage("gh:${OWNER}/${NAME}@1.0")',
      'CPMFindPackage("gh:fmtlib/fmt#10.2.1")',
      'CPMAddPackage(URI "gh:x/y@1.0" OPTIONS)',
      `CPMAddPackage("gh:a/${"@/".repeat(1100)}b")`,
    ].join("\n");
    expect(shown(text)).toEqual([
      "cmake:spdlog 1.13.0 @1",
      "cmake:eigen 3.4.0 @2",
      "cmake:tinylib 0.3.1 @3",
      "cmake:range-v3 0.12.0 @4",
      "cmake:Ccache.cmake 1.2.4 @5",
      "cmake:json @6",
      "cmake:fmt 10.2.1 @8",
      "cmake:y 1.0 @9",
    ]);
  });

  it("CPM's keyword form: NAME, else the repository's last part (GitLab's, a Git URL's without .git); VERSION before GIT_TAG before URL", () => {
    const text = [
      "CPMAddPackage(",
      "  NAME benchmark",
      "  GITHUB_REPOSITORY google/benchmark",
      "  VERSION 1.8.3",
      '  OPTIONS "BENCHMARK_ENABLE_TESTING Off"',
      ")",
      "CPMAddPackage(GITLAB_REPOSITORY group/sub/magic_enum GIT_TAG v0.9.5)",
      "CPMAddPackage(GIT_REPOSITORY https://github.com/Neargye/nameof.git GIT_TAG v0.10.4)",
      "CPMAddPackage(NAME doctest VERSION master GIT_TAG v2.4.11)",
      "CPMAddPackage(NAME lua URL https://www.lua.org/ftp/lua-5.4.6.tar.gz DOWNLOAD_ONLY YES)",
      "CPMAddPackage(DOWNLOAD_ONLY YES)",
      "CPMAddPackage(NAME ${X} VERSION 1.0)",
    ].join("\n");
    expect(shown(text)).toEqual(["cmake:benchmark 1.8.3 @1", "cmake:magic_enum 0.9.5 @7", "cmake:nameof 0.10.4 @8", "cmake:doctest 2.4.11 @9", "cmake:lua 5.4.6 @10"]);
  });
});

describe("readCmake: pkg-config, ESP-IDF, CUDA", () => {
  it("pkg_check_modules' modules after its prefix, with their constraints and keywords left out", () => {
    const text = [
      "find_package(PkgConfig REQUIRED)",
      "pkg_check_modules(AV REQUIRED IMPORTED_TARGET libavcodec>=58 libavformat libswscale)",
      'pkg_check_modules(GTK3 QUIET GLOBAL "gtk+-3.0 >= 3.22" NO_CMAKE_PATH NO_CMAKE_ENVIRONMENT_PATH)',
      "pkg_search_module(SSL openssl<=3 libssl=1.1)",
      "pkg_check_modules(X ${MODULES} lib$<CONFIG>)",
    ].join("\n");
    expect(shown(text)).toEqual([
      "cmake:PkgConfig @1",
      "pkgconfig:libavcodec @2",
      "pkgconfig:libavformat @2",
      "pkgconfig:libswscale @2",
      "pkgconfig:gtk+-3.0 @3",
      "pkgconfig:openssl @4",
      "pkgconfig:libssl @4",
    ]);
  });

  it("an ESP-IDF component's REQUIRES and PRIV_REQUIRES, lists in one quoted argument or split by semicolons; its sources and include folders are not components", () => {
    const text = [
      "idf_component_register(SRCS \"main.c\" \"wifi.c\"",
      '                    INCLUDE_DIRS "." "include"',
      "                    SRC_DIRS src",
      "                    REQUIRES mqtt nvs_flash",
      '                    PRIV_REQUIRES "esp_wifi esp_http_client;json"',
      "                    EMBED_TXTFILES certs/ca.pem)",
      'idf_component_register(SRCS "x.c" REQUIRES ${DEPS} driver)',
    ].join("\n");
    expect(shown(text)).toEqual([
      "esp-idf-component:mqtt @1",
      "esp-idf-component:nvs_flash @1",
      "esp-idf-component:esp_wifi @1",
      "esp-idf-component:esp_http_client @1",
      "esp-idf-component:json @1",
      "esp-idf-component:driver @7",
    ]);
  });

  it("CUDA as one of project()'s languages or enable_language's; a project named CUDA without it, or a language containing the word, is none", () => {
    expect(shown("project(Solver LANGUAGES CXX CUDA)\nproject(App C CUDA)\nenable_language(CUDA)\nproject(CUDA LANGUAGES CXX)\nproject(App LANGUAGES CUDAX)\n")).toEqual([
      "cmake:CUDA @1",
      "cmake:CUDA @2",
      "cmake:CUDA @3",
    ]);
  });
});

describe("readCmake: system libraries", () => {
  it("find_library's one name or NAMES list by linker name, up to its next keyword", () => {
    const text = [
      "find_library(WIRINGPI_LIB wiringPi)",
      "find_library(PQ_LIBRARY NAMES pq libpq HINTS /usr/lib/postgresql)",
      "find_library(M_LIB m)",
      "find_library(SQ NAMES libsqlite3.so sqlite3.a DOC \"sqlite\" PATHS /opt)",
      "find_library(Z NAMES z REQUIRED)",
      "find_library(MOSQ NAMES mosquitto NAMES_PER_DIR)",
      "find_library(FOO ${FOO_NAME})",
    ].join("\n");
    expect(shown(text)).toEqual([
      "ldlib:wiringPi @1",
      "ldlib:pq @2",
      "ldlib:pq @2",
      "ldlib:sqlite3 @4",
      "ldlib:sqlite3 @4",
      "ldlib:mosquitto @6",
    ]);
  });

  it("target_link_libraries' bare names and -l flags after the target, link_libraries' all; scopes, imported targets, variables, paths and one letter left out", () => {
    const text = [
      "target_link_libraries(app PRIVATE curl -lpq Threads::Threads ${OPENSSL_LIBRARIES} /usr/lib/libz.a m",
      "  PUBLIC mosquitto INTERFACE sqlite3 LINK_PUBLIC uv LINK_PRIVATE ev debug dl optimized rt general zmq LINK_INTERFACE_LIBRARIES hiredis)",
      "link_libraries(pthread $<$<CONFIG:Debug>:asan>)",
      "target_link_libraries(curl)",
    ].join("\n");
    expect(shown(text)).toEqual([
      "ldlib:curl @1",
      "ldlib:pq @1",
      "ldlib:mosquitto @1",
      "ldlib:sqlite3 @1",
      "ldlib:uv @1",
      "ldlib:ev @1",
      "ldlib:dl @1",
      "ldlib:rt @1",
      "ldlib:zmq @1",
      "ldlib:hiredis @1",
      "ldlib:pthread @3",
    ]);
  });

  it("the targets a script builds, by name, wherever add_library or add_executable names them; commented ones are not", () => {
    expect(cmakeTargets("add_library(crypto STATIC src/a.c)\nADD_EXECUTABLE ( weather-app main.cpp )\n# add_library(old x.c)\nadd_library(${NAME} y.c)\nadd_library(ssl++ z.c)\n")).toEqual([
      "crypto",
      "weather-app",
      "ssl++",
    ]);
  });
});

describe("releaseOfTag", () => {
  it("a v, release- or version- prefix, or a project's own name before a dash; cURL's underscored tags", () => {
    expect(releaseOfTag("v1.14.0")).toBe("1.14.0");
    expect(releaseOfTag("1.14")).toBe("1.14");
    expect(releaseOfTag("version-2.0.1")).toBe("2.0.1");
    expect(releaseOfTag("yaml-cpp-0.7.0")).toBe("0.7.0");
    expect(releaseOfTag("curl-8_6_0")).toBe("8.6.0");
    expect(releaseOfTag("curl-8_10_1")).toBe("8.10.1");
    expect(releaseOfTag("boost_1_84")).toBe("1.84");
    expect(releaseOfTag("v1")).toBeUndefined();
    expect(releaseOfTag("1.2.3-rc1")).toBeUndefined();
    expect(releaseOfTag("8_6_0")).toBeUndefined();
    expect(releaseOfTag(undefined)).toBeUndefined();
    expect(releaseOfTag("")).toBeUndefined();
  });
});
