import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DOCUMENTATION, VENDORED, excludedByDefault, exclusionTest } from "../detectors/languages/vendored.js";
import { MemorySource, REPO_METADATA, scan } from "../src/index.js";

const names = async (files: Record<string, string>) => {
  const { document } = await scan(new MemorySource(files), { git: false });
  return document.tools.filter((t) => t.detection_source === REPO_METADATA).map((t) => t.name).sort();
};

describe("languages detector", () => {
  it("counts languages by extension and file name", async () => {
    expect(await names({ "src/a.ts": "", "src/b.tsx": "", "scripts/run.sh": "", "ci/check.sh": "", "lib/x.go": "", ".gitignore": "dist/" })).toEqual(
      ["Git", "Golang", "Shell", "TypeScript"],
    );
  });

  it("Slim templates are the templating language Slim Lang, not the PHP framework Slim", async () => {
    expect(await names({ "app/views/home/index.html.slim": "", "app/views/layouts/application.html.slim": "" })).toEqual(["Slim Lang"]);
  });

  it("settles shared extensions from the rest of the tree: .m, .fs; a chart's .tpl stays Smarty", async () => {
    expect(await names({ "signal/filter.m": "", "signal/plot_response.m": "" })).toEqual(["MATLAB"]);
    expect(await names({ "App/AppDelegate.m": "", "App/AppDelegate.h": "" })).toEqual(["Objective-C"]);
    expect(await names({ "shaders/blur.vert": "", "shaders/blur.fs": "" })).toEqual(["GLSL"]);
    expect(await names({ "src/Program.fs": "", "src/Lib.fs": "" })).toEqual(["F#"]);
    expect(await names({ "charts/api/Chart.yaml": "", "charts/api/templates/_helpers.tpl": "", "charts/api/templates/deployment.yaml": "" })).toEqual(["Smarty"]);
    expect(await names({ "themes/default/index.tpl": "" })).toEqual(["Smarty"]);
    // A Flutter app's iOS runner: Swift and its bridging header, which is Objective-C.
    expect(await names({ "ios/Runner/AppDelegate.swift": "", "ios/Runner/Runner-Bridging-Header.h": "", "lib/main.dart": "" })).toEqual(["Dart", "Objective-C", "Swift"]);
    expect(await names({ "src/util.h": "", "src/util.c": "" })).toEqual(["C lang"]);
    // A class's interface beside its Objective-C implementation is Objective-C; a lone header stays C.
    expect(await names({ "ios/App/AppDelegate.h": "", "ios/App/AppDelegate.mm": "", "index.js": "" })).toEqual(["JavaScript", "Objective-C"]);
    expect(await names({ "ios/App/AppDelegate.h": "", "ios/App/AppDelegate.m": "", "ios/App/Defines.h": "" })).toEqual(["C lang", "Objective-C"]);
  });

  it("leaves out vendored and documentation trees", async () => {
    const files = { "app/main.go": "", "vendor/lib/x.py": "", "docs/conf.py": "", "examples/demo.py": "", "static/jquery-3.6.0.min.js": "" };
    expect(await names(files)).toEqual(["Golang"]);
  });

  it("the asset pipeline's digest-named copies under public/assets are compiled output, not the app's CSS", async () => {
    const rails = { "Gemfile": "", "app/models/contact.rb": "", "app/assets/stylesheets/application.css.scss": "" };
    const compiled = {
      "public/assets/application-3054ae4f4d56b2fe93f84ee25bcaed39.css": "",
      "public/assets/admin/dashboard-0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0.css": "",
    };
    expect(await names({ ...rails, ...compiled })).not.toContain("CSS 3");
    // A stylesheet kept there by hand, without a digest, is the repository's own.
    expect(await names({ ...rails, "public/assets/print.css": "" })).toContain("CSS 3");
    // Nor is a digest-looking name outside public/assets taken for the pipeline's output.
    expect(await names({ ...rails, "app/assets/stylesheets/theme-3054ae4f4d56b2fe93f84ee25bcaed39.css": "" })).toContain("CSS 3");
  });

  it("a bundler's content-hashed output is compiled, as linguist finds it minified; a dated name is no hash", async () => {
    // Modelled on held-out jcuervas/vuex-typescript-firebase, whose quasar.conf.js sets `distDir:
    // 'public'`: webpack's bundles are committed, its own styles are SCSS, and the site shows no CSS.
    const quasar = { "quasar.conf.js": "", "src/boot/firebase.ts": "", "src/css/app.scss": "", "public/css/vendor.86861f14.css": "", "public/js/app.4070ef89.js": "" };
    expect(await names(quasar)).toEqual(["JavaScript", "TypeScript"]);
    // Create React App's .chunk files and Angular CLI's 16-digit hashes.
    expect(await names({ "src/index.tsx": "", "build/static/css/main.073c9b0a.chunk.css": "", "www/styles.530de7ead609eed3.css": "" })).toEqual(["TypeScript"]);
    // An Angular build published at a GitHub Pages repository's root: its bundles have no folder.
    const pages = { "index.html": "", "main.9f8e7d6c5b4a3f21.js": "", "polyfills.0a1b2c3d4e5f6789.js": "", "styles.ef54c7d5f6ddd12a.css": "", "src/app/app.component.ts": "" };
    expect(await names(pages)).toEqual(["TypeScript"]);
    expect(await names({ ...quasar, "public/css/print.css": "" })).toContain("CSS 3");
    expect(await names({ "src/main.ts": "", "styles/release.20230101.css": "" })).toContain("CSS 3");
  });

  it("a stylesheet or script with its source map beside it is compiled output, as linguist finds from its last line", async () => {
    const site = { "index.html": "", "css/style.css": "", "css/style.css.map": "", "sass/style.sass": "", "js/app.js": "" };
    expect(await names(site)).toEqual(["JavaScript"]);
    const { "css/style.css.map": _map, ...withoutMap } = site;
    expect(await names(withoutMap)).toEqual(["CSS 3", "JavaScript"]);
    // The map must name the very file: a map of the minified copy leaves the readable one counted.
    expect(await names({ "css/site.css": "", "css/site.min.css.map": "" })).toEqual(["CSS 3"]);
    // TypeScript compiled beside its sources: the .js with a .js.map goes, the .ts stays.
    expect(await names({ "src/app.ts": "", "src/app.js": "", "src/app.js.map": "" })).toEqual(["TypeScript"]);
    expect(await names({ ...site, ".gitattributes": "css/*.css -linguist-generated\n" })).toEqual(["CSS 3", "Git", "JavaScript"]);
  });

  it("Arduino sketches are C++, NASM sources Assembly, .cmake modules CMake, as linguist classes them", async () => {
    expect(await names({ "firmware/firmware.ino": "", "server/main.py": "" })).toEqual(["C++", "Python"]);
    expect(await names({ "boot/ipl.nas": "", "kernel/asmfunc.nasm": "", "kernel/main.c": "" })).toEqual(["Assembly Language", "C lang"]);
    expect(await names({ "cmake/FindFoo.cmake": "" })).toEqual(["CMake"]);
  });

  it("shaders are GLSL; sed scripts GNU sed; autoconf's config.status and libtool beside a vendored library are shell", async () => {
    expect(await names({ "display/shaders/vertex.vert": "", "display/shaders/fragment.frag": "", "display/shaders/common.glsl": "", "display/main.cxx": "" })).toEqual(["C++", "GLSL"]);
    expect(await names({ "cpp/iconv/po/quot.sed": "", "cpp/iconv/config.status": "#! /bin/sh\n", "cpp/iconv/libtool": "#! /bin/sh\n", "cpp/iconv/lib/iconv.c": "" })).toEqual(["C lang", "GNU sed", "Shell"]);
  });

  it("Alembic's migration template script.py.mako is Mako, as linguist counts it", async () => {
    expect(await names({ "app/main.py": "", "migrations/env.py": "", "migrations/script.py.mako": "" })).toEqual(["Mako", "Python"]);
  });

  it("designer and SpecFlow code-behind files are generated", async () => {
    expect(await names({ "App/MainForm.Designer.cs": "", "Specs/Login.feature.cs": "", "Specs/Login.feature": "", "tool.py": "" })).toEqual(["Gherkin", "Python"]);
  });

  it("honours .gitattributes linguist overrides", async () => {
    const files = {
      ".gitattributes": "generated/** linguist-generated\n*.inc linguist-language=PHP\ndocs/** -linguist-documentation\n",
      "generated/api.ts": "",
      "lib/util.inc": "",
      "docs/tool.py": "",
    };
    expect(await names(files)).toEqual(["Git", "PHP", "Python"]);
  });

  it("a .gitattributes pattern ending in a slash matches no file, as git reads it", async () => {
    // gitattributes(5): a pattern that matches a folder does not reach the paths inside it, so
    // `legacy/ linguist-vendored` leaves legacy's languages counted where `legacy/**` would not.
    const files = {
      ".gitattributes": "legacy/ linguist-vendored\nimported/** linguist-vendored\n",
      "src/app.py": "",
      "legacy/lib.rb": "",
      "imported/dep.go": "",
    };
    expect(await names(files)).toEqual(["Git", "Python", "Ruby"]);
  });

  it("a single file in a large repository is a trace", async () => {
    const files: Record<string, string> = { "tools/one.rb": "" };
    for (let i = 0; i < 5001; i++) files[`src/f${i}.js`] = "";
    expect(await names(files)).toEqual(["JavaScript"]);
    delete files["src/f0.js"];
    files["tools/two.rb"] = "";
    expect(await names(files)).toEqual(["JavaScript", "Ruby"]);
  });

  it("follows linguist's anchoring: root examples/ and tests/fixtures/ are left out, nested ones and install.sh count", async () => {
    const files = {
      "src/app.ts": "",
      "examples/demo.py": "",
      "chapter2/src/test/java/examples/Sim.scala": "",
      "test/fixtures/basic/global.css": "",
      "dist/index.css": "",
      "types/generated/contentTypes.d.ts": "",
      "install.sh": "",
      "INSTALL.md": "",
    };
    expect(await names(files)).toEqual(["Scala", "Shell", "TypeScript"]);
  });

  it("linguist's other documentation folders: root demo/ and Man/, Groovydoc and Javadoc anywhere, an R package's inst/doc, CITATION files", async () => {
    const files = {
      "src/app.ts": "",
      "Demo/Container Deployment/start.sh": "",
      "demos/basic/index.py": "",
      "Man/page.rb": "",
      "lib/Groovydoc/Tool.groovy": "",
      "core/Javadoc/stylesheet.css": "",
      "inst/doc/intro.R": "",
      "CITATION.cff": "",
      "tools/demo/run.go": "",
    };
    // a nested demo/ folder still counts, as in linguist (the rule is anchored at the root)
    expect(await names(files)).toEqual(["Golang", "TypeScript"]);
  });

  it("git hooks and Debian maintainer scripts are shell; extensionless scripts go by their interpreter line", async () => {
    expect(await names({ "index.js": "", ".husky/pre-commit": "npx lint-staged\n" })).toEqual(["JavaScript", "Shell"]);
    expect(await names({ "pkg/deb/control/postinst": "" , "main.go": "" })).toEqual(["Golang", "Shell"]);
    const scripts = {
      "lib/a.rb": "",
      "bin/setup": "#!/usr/bin/env bash\nset -euo pipefail\n",
      "bin/console": "#!/usr/bin/env ruby\nrequire 'irb'\n",
      "scripts/release": "#!/usr/bin/python3 -u\nprint(1)\n",
      "bin/tool": "\u007fELF binary",
      "src/notes": "#!/bin/sh\n",
    };
    expect(await names(scripts)).toEqual(["Python", "Ruby", "Shell"]);
  });

  it("CocoaPods' Podfile is Ruby, as linguist counts it; its lockfile is not", async () => {
    const app = { "App.tsx": "", "ios/Podfile": "platform :ios, '12.4'\ntarget 'app' do\nend\n", "ios/Podfile.lock": "COCOAPODS: 1.12.1\n" };
    expect(await names(app)).toEqual(["Ruby", "TypeScript"]);
    expect(await names({ "App.tsx": "", "ios/Podfile.lock": "COCOAPODS: 1.12.1\n" })).toEqual(["TypeScript"]);
  });

  it("a package.json shows JavaScript where no JavaScript file is counted, from the shallowest one", async () => {
    const js = async (files: Record<string, string>) => {
      const { document } = await scan(new MemorySource(files), { git: false });
      return document.tools.find((t) => t.name === "JavaScript")?.detection_source;
    };
    const angular = { "web/package.json": '{"dependencies":{"@angular/core":"^16.2.0"}}', "web/src/main.ts": "", "web/src/app/app.component.ts": "" };
    expect(await js(angular)).toBe("web/package.json");
    expect(await js({ ...angular, "package.json": "{}", "docs/site/package.json": "{}" })).toBe("package.json");
    // Where JavaScript files are counted, the language stays the repository's metadata.
    expect(await js({ ...angular, "web/karma.conf.js": "" })).toBe(REPO_METADATA);
    expect(await js({ "src/main.ts": "", "tsconfig.json": "{}" })).toBeUndefined();
  });

  it("a requirements.txt, Pipfile or pyproject.toml shows Python where no Python file is counted (a notebook-only repository)", async () => {
    const python = async (files: Record<string, string>) => {
      const { document } = await scan(new MemorySource(files), { git: false });
      return document.tools.find((t) => t.name === "Python" && !t.package_url)?.detection_source;
    };
    // A course repository: lecture notebooks and the pip requirements they run with.
    const course = { "requirements.txt": "openai\nipython\nnotebook\npython-dotenv\n", "notebooks/pe-lecture.ipynb": "{}" };
    expect(await python(course)).toBe("requirements.txt");
    expect(await python({ "Pipfile": '[packages]\nmatplotlib = "*"\n', "analysis.ipynb": "{}" })).toBe("Pipfile");
    expect(await python({ "pyproject.toml": '[project]\nname = "x"\ndependencies = ["numpy"]\n', "demo.ipynb": "{}" })).toBe("pyproject.toml");
    // Where Python files are counted, the language stays the repository's metadata.
    expect(await python({ ...course, "tools/fetch.py": "" })).toBe(REPO_METADATA);
  });

  it("splitting the exclusion rules into folder and path rules changes no answer", () => {
    const rules = [...VENDORED, ...DOCUMENTATION];
    const segment = fc.constantFrom(
      "src", "dist", "Dist", "vendor", "Vendor", "node_modules", "docs", "Docs", "doc", "examples", "Examples", "samples",
      "tests", "test", "fixtures", "Scripts", "scripts", "gradle", "wrapper", ".mvn", ".idea", "cache", "__generated__",
      "debian", "third_party", "ThirdParty", "jquery.min.js", "README.md", "readme", "LICENSE", "gradlew", "a.pb.go",
      "x_pb2.py", "Main.Designer.cs", "app-bundle.js", "lodash.js", "normalize.css", "main.ts", "index.JS", "CHANGELOG",
      "public", "assets", "application-3054ae4f4d56b2fe93f84ee25bcaed39.css", "app.4070ef89.js", "notes.20230101.js",
    );
    const check = exclusionTest();
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 5 }), (parts) => {
        const path = parts.join("/");
        const expected = rules.some((r) => r.test(path));
        expect(excludedByDefault(path)).toBe(expected);
        expect(check(path)).toBe(expected);
      }),
      { seed: 7, numRuns: 2000 },
    );
  });
});

