import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";

// Extensions and plugins as their repositories are laid out: a VS Code extension, an Atom package,
// a Plasmo browser extension, an IntelliJ Platform plugin, an Emacs package. Each names the host it
// is built for from the files only such a project keeps (catalog/matchers/editor-extensions.yml).
const detect = async (files: Record<string, string>): Promise<Map<string, ToolEntry>> => {
  const { document } = await scan(new MemorySource(files), { git: false });
  return new Map(document.tools.filter((t) => !t.package_url).map((t) => [t.name, t]));
};

const json = (value: unknown): string => JSON.stringify(value, null, 2);

describe("editor, IDE and app extensions", () => {
  it("a VS Code extension's engines.vscode names Visual Studio Code without a release, even a pinned one", async () => {
    const manifest = {
      name: "todo-lens",
      publisher: "janedoe",
      version: "2.1.0",
      engines: { vscode: "^1.85.0" },
      main: "./dist/extension.js",
      contributes: { commands: [{ command: "todoLens.refresh", title: "Refresh" }] },
    };
    const tools = await detect({ "package.json": json(manifest), "src/extension.ts": "export function activate() {}\n" });
    expect(tools.get("Visual Studio Code")).toMatchObject({ detection_source: "package.json", category: "Build, Test, Deploy" });
    expect(tools.get("Visual Studio Code")?.version).toBeUndefined();
    const pinned = await detect({ "package.json": json({ ...manifest, engines: { vscode: "1.85.0" } }) });
    expect(pinned.has("Visual Studio Code")).toBe(true);
    expect(pinned.get("Visual Studio Code")?.version).toBeUndefined();
  });

  it("VS Code's API typings and its packaging CLI name it; a workspace's settings.json alone does not", async () => {
    const typings = await detect({
      "package.json": json({ name: "client", devDependencies: { "@types/vscode": "~1.82.0", "@vscode/vsce": "^2.24.0" } }),
      "package-lock.json": json({
        name: "client",
        lockfileVersion: 3,
        packages: {
          "": { name: "client", devDependencies: { "@types/vscode": "~1.82.0", "@vscode/vsce": "^2.24.0" } },
          "node_modules/@types/vscode": { version: "1.82.0", dev: true },
          "node_modules/@vscode/vsce": { version: "2.24.0", dev: true },
        },
      }),
    });
    expect(typings.get("Visual Studio Code")?.detection_source).toBe("package.json");
    expect(typings.get("Visual Studio Code")?.version).toBeUndefined();
    // The manifest is the source, not the .vscodeignore beside it (first by path, it names nothing the manifest does not).
    const ignore = await detect({ ".vscodeignore": ".vscode/**\nsrc/**\n**/*.ts\n", "package.json": json({ name: "ext", engines: { vscode: "^1.90.0" } }) });
    expect(ignore.get("Visual Studio Code")?.detection_source).toBe("package.json");
    const settings = await detect({
      ".vscode/settings.json": '{ "editor.formatOnSave": true }\n',
      ".vscode/launch.json": '{ "version": "0.2.0", "configurations": [] }\n',
      "package.json": json({ name: "app", dependencies: { express: "4.19.2" } }),
    });
    expect(settings.has("Visual Studio Code")).toBe(false);
  });

  it("an Atom package's engines.atom names Atom, without the range's release", async () => {
    const tools = await detect({
      "package.json": json({ name: "word-frequency", main: "./lib/word-frequency", engines: { atom: ">=1.0.0 <2.0.0" }, dependencies: { "underscore-plus": "^1.7.0" } }),
      "lib/word-frequency.coffee": "module.exports = activate: ->\n",
    });
    expect(tools.get("Atom")?.detection_source).toBe("package.json");
    expect(tools.get("Atom")?.version).toBeUndefined();
  });

  it("a Plasmo extension names Plasmo at the lockfile's release of its package", async () => {
    const manifest = { name: "clip-notes", dependencies: { plasmo: "^0.84.0", react: "18.2.0", "react-dom": "18.2.0" } };
    const tools = await detect({
      "package.json": json(manifest),
      "pnpm-lock.yaml": [
        "lockfileVersion: '6.0'",
        "",
        "dependencies:",
        "  plasmo:",
        "    specifier: ^0.84.0",
        "    version: 0.84.2",
        "  react:",
        "    specifier: 18.2.0",
        "    version: 18.2.0",
        "  react-dom:",
        "    specifier: 18.2.0",
        "    version: 18.2.0(react@18.2.0)",
        "",
        "packages:",
        "",
        "  /plasmo@0.84.2:",
        "    resolution: {integrity: sha512-AAAA}",
        "    dev: false",
        "",
      ].join("\n"),
      "popup.tsx": "export default function IndexPopup() { return null }\n",
    });
    expect(tools.get("Plasmo")).toMatchObject({ version: "0.84.2", category: "Languages & Frameworks", detection_source: "package.json" });
  });

  it("the IntelliJ Platform Gradle Plugin (2.x, or 1.x's org.jetbrains.intellij) names IntelliJ IDEA, not at the plugin's release", async () => {
    const kts = await detect({
      "build.gradle.kts": [
        "plugins {",
        '    id("java")',
        '    id("org.jetbrains.kotlin.jvm") version "1.9.25"',
        '    id("org.jetbrains.intellij.platform") version "2.0.1"',
        "}",
        "",
        "repositories {",
        "    mavenCentral()",
        "    intellijPlatform { defaultRepositories() }",
        "}",
        "",
      ].join("\n"),
      "settings.gradle.kts": 'rootProject.name = "envfiles"\n',
    });
    expect(kts.get("IntelliJ IDEA")?.detection_source).toBe("build.gradle.kts");
    expect(kts.get("IntelliJ IDEA")?.version).toBeUndefined();
    const groovy = await detect({ "build.gradle": "plugins {\n    id 'java'\n    id 'org.jetbrains.intellij' version '1.17.3'\n}\n\nintellij {\n    version = '2023.2.5'\n    type = 'IC'\n}\n" });
    expect(groovy.has("IntelliJ IDEA")).toBe(true);
    expect(groovy.get("IntelliJ IDEA")?.version).toBeUndefined();
  });

  it("Qodana's configuration and JetBrains' Qodana action name JetBrains Qodana", async () => {
    const config = await detect({ "qodana.yaml": 'version: "1.0"\nlinter: jetbrains/qodana-jvm-community:2024.1\n' });
    expect(config.get("JetBrains Qodana")?.detection_source).toBe("qodana.yaml");
    const workflow = await detect({
      ".github/workflows/qodana.yml": "on: push\njobs:\n  qodana:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: JetBrains/qodana-action@v2024.1.9\n",
    });
    expect(workflow.get("JetBrains Qodana")?.detection_source).toBe(".github/workflows/qodana.yml");
    expect(workflow.get("JetBrains Qodana")?.version).toBeUndefined();
  });

  it("an Emacs package's Cask or Eask file names Emacs; .dir-locals.el, one contributor's editor settings, does not", async () => {
    const cask = await detect({ Cask: '(source gnu)\n(source melpa)\n\n(package-file "scratch-notes.el")\n', "scratch-notes.el": ";;; scratch-notes.el --- notes\n" });
    expect(cask.get("Emacs")?.detection_source).toBe("Cask");
    const eask = await detect({ Eask: '(package "scratch-notes" "0.4.0" "Notes")\n(depends-on "emacs" "27.1")\n' });
    expect(eask.get("Emacs")?.detection_source).toBe("Eask");
    const locals = await detect({ ".dir-locals.el": "((nil . ((indent-tabs-mode . nil))))\n", "main.go": "package main\n", "go.mod": "module example.com/app\n\ngo 1.22\n" });
    expect(locals.has("Emacs")).toBe(false);
  });

  it("a Neovim plugin's CI names Neovim from the step that installs it: rhysd/action-setup-vim only with `neovim: true`", async () => {
    const workflow = (step: string): Record<string, string> => ({
      ".github/workflows/ci.yml": `on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n${step}      - run: make test\n`,
      "lua/quicknote/init.lua": "return {}\n",
    });
    const setupVim = await detect(workflow("      - uses: rhysd/action-setup-vim@v1\n        with:\n          neovim: true\n          version: v0.10.0\n"));
    expect(setupVim.get("Neovim")?.detection_source).toBe(".github/workflows/ci.yml");
    expect(setupVim.get("Neovim")?.version).toBeUndefined();
    const vim = await detect(workflow("      - uses: rhysd/action-setup-vim@v1\n        with:\n          version: v9.1.0\n"));
    expect(vim.has("Neovim")).toBe(false);
    const off = await detect(workflow("      - uses: rhysd/action-setup-vim@v1\n        with:\n          neovim: false\n"));
    expect(off.has("Neovim")).toBe(false);
    const quoted = await detect(workflow("      - uses: rhysd/action-setup-vim@v1\n        with:\n          neovim: 'false'\n"));
    expect(quoted.has("Neovim")).toBe(false);
    const tagged = await detect(workflow("      - uses: MunifTanjim/setup-neovim-action@v1\n        with:\n          tag: v0.10.0\n"));
    expect(tagged.get("Neovim")?.version).toBe("0.10.0");
    const nightly = await detect(workflow("      - uses: MunifTanjim/setup-neovim-action@v1\n        with:\n          tag: nightly\n"));
    expect(nightly.has("Neovim")).toBe(true);
    expect(nightly.get("Neovim")?.version).toBeUndefined();
  });

  it("a browser extension's typings of the browser's own API name that browser; webextension-polyfill names none", async () => {
    const chrome = await detect({
      "package.json": json({ name: "tab-stash", devDependencies: { "@types/chrome": "^0.0.254", webpack: "^5.89.0" }, dependencies: { "webextension-polyfill": "^0.10.0" } }),
      "public/manifest.json": json({ manifest_version: 3, name: "Tab Stash", version: "1.4.2", background: { service_worker: "background.js" } }),
    });
    expect(chrome.get("Google Chrome")).toMatchObject({ detection_source: "package.json", category: "Back Office" });
    expect(chrome.get("Google Chrome")?.version).toBeUndefined();
    expect(chrome.has("Firefox")).toBe(false);
    const typings = await detect({ "package.json": json({ name: "ext", devDependencies: { "chrome-types": "^0.1.300", "@types/firefox-webext-browser": "^120.0.0" } }) });
    expect(typings.has("Google Chrome")).toBe(true);
    expect(typings.has("Firefox")).toBe(true);
    expect(typings.get("Firefox")?.version).toBeUndefined();
    const polyfill = await detect({ "package.json": json({ name: "ext", dependencies: { "webextension-polyfill": "^0.10.0" } }) });
    expect(polyfill.has("Google Chrome") || polyfill.has("Firefox")).toBe(false);
  });
});
