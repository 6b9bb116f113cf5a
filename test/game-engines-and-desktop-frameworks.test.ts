import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// Game engine and desktop UI projects laid out as their tools write them: Unity's
// ProjectSettings/ProjectVersion.txt, an Unreal .uproject, a Godot 4 C# project (project.godot beside
// a csproj on Godot.NET.Sdk), MonoGame's DesktopGL template, Avalonia with central package versions,
// and a wxWidgets app built with CMake and vcpkg.

const run = async (files: Record<string, string>) => {
  const { document, warnings } = await scan(new MemorySource(files), { git: false });
  const tool = (name: string) => document.tools.find((t) => t.name === name && !t.package_url);
  return { tool, warnings };
};

describe("game engines' project files", () => {
  it("Unity: the editor release ProjectVersion.txt pins", async () => {
    const { tool, warnings } = await run({
      "ProjectSettings/ProjectVersion.txt": "m_EditorVersion: 2022.3.10f1\nm_EditorVersionWithRevision: 2022.3.10f1 (ff3792e53c62)\n",
      "Packages/manifest.json": JSON.stringify({ dependencies: { "com.unity.inputsystem": "1.7.0" } }),
      "Assets/Scripts/Player.cs": "class Player {}\n",
    });
    expect(warnings).toEqual([]);
    expect(tool("Unity")).toMatchObject({ version: "2022.3.10", detection_source: "ProjectSettings/ProjectVersion.txt" });
  });

  it("Unreal Engine: a launcher install's EngineAssociation is its release; a source build's GUID is none", async () => {
    const uproject = (association: string) => JSON.stringify({ FileVersion: 3, EngineAssociation: association, Modules: [{ Name: "Shooter", Type: "Runtime" }] }, null, "\t");
    const launcher = await run({ "Shooter.uproject": uproject("5.3"), "Source/Shooter/Shooter.cpp": "" });
    expect(launcher.warnings).toEqual([]);
    expect(launcher.tool("Unreal Engine")).toMatchObject({ version: "5.3", detection_source: "Shooter.uproject" });
    const source = await run({ "Shooter.uproject": uproject("{8F8B2D8E-4D0B-4A1C-9E7B-0A1B2C3D4E5F}") });
    expect(source.tool("Unreal Engine")).toBeDefined();
    expect(source.tool("Unreal Engine")?.version).toBeUndefined();
  });

  it("Unreal Engine: a plugin's .uplugin pins the engine release it is built for", async () => {
    const { tool } = await run({ "Foo.uplugin": JSON.stringify({ FileVersion: 3, Version: 4, VersionName: "1.3", EngineVersion: "5.3.0", Modules: [] }, null, "\t") });
    expect(tool("Unreal Engine")).toMatchObject({ version: "5.3.0", detection_source: "Foo.uplugin" });
  });

  it("Godot: project.godot names the engine and its release, Godot.NET.Sdk/x.y.z too", async () => {
    const projectGodot = 'config_version=5\n\n[application]\n\nconfig/name="Space Rocks"\nconfig/features=PackedStringArray("4.2", "C#", "Forward Plus")\n';
    const gd = await run({ "project.godot": projectGodot, "scripts/hud.gd": "extends Node2D\n" });
    expect(gd.warnings).toEqual([]);
    expect(gd.tool("Godot")).toMatchObject({ version: "4.2", detection_source: "project.godot", category: "Languages & Frameworks", sub_category: "Game Development" });
    // a C# project of its own (in a folder of its own): the SDK's release, not the target framework's 6.0
    const cs = await run({ "game/SpaceRocks.csproj": '<Project Sdk="Godot.NET.Sdk/4.2.1">\n  <PropertyGroup>\n    <TargetFramework>net6.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n' });
    expect(cs.tool("Godot")).toMatchObject({ version: "4.2.1", detection_source: "game/SpaceRocks.csproj" });
    expect(cs.tool(".NET Core")?.version).toBe("6.0");
    // Godot 3's project file writes no features list: the engine without a release
    const three = await run({ "project.godot": 'config_version=4\n\n[application]\n\nconfig/name="Old"\n' });
    expect(three.tool("Godot")).toBeDefined();
    expect(three.tool("Godot")?.version).toBeUndefined();
  });

  it("Microsoft's own SDKs pinned at a release still take the target framework's", async () => {
    const web = await run({ "Api.csproj": '<Project Sdk="Microsoft.NET.Sdk.Web/8.0.100">\n  <PropertyGroup>\n    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n' });
    expect(web.tool("ASP.NET Core")?.version).toBe("8.0");
  });

  it("MonoGame: its platform framework and content builder packages", async () => {
    const { tool } = await run({
      "Platformer.csproj": '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <OutputType>WinExe</OutputType>\n    <TargetFramework>net6.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n    <PackageReference Include="MonoGame.Framework.DesktopGL" Version="3.8.1.303" />\n    <PackageReference Include="MonoGame.Content.Builder.Task" Version="3.8.1.303" />\n    <PackageReference Include="MonoGame.Extended" Version="3.8.0" />\n  </ItemGroup>\n</Project>\n',
    });
    expect(tool("MonoGame")).toMatchObject({ version: "3.8.1", detection_source: "Platformer.csproj" });
  });
});

describe("desktop UI frameworks", () => {
  it("Avalonia: its own package versions it; a community package under its prefix names it without one", async () => {
    const central = await run({
      "Directory.Packages.props": '<Project>\n  <PropertyGroup>\n    <ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>\n  </PropertyGroup>\n  <ItemGroup>\n    <PackageVersion Include="Avalonia" Version="11.0.6" />\n    <PackageVersion Include="Avalonia.Desktop" Version="11.0.6" />\n  </ItemGroup>\n</Project>\n',
      "src/Todo/Todo.csproj": '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n    <PackageReference Include="Avalonia" />\n    <PackageReference Include="Avalonia.Desktop" />\n  </ItemGroup>\n</Project>\n',
    });
    expect(central.warnings).toEqual([]);
    expect(central.tool("Avalonia")).toMatchObject({ version: "11.0.6", category: "Languages & Frameworks" });
    const community = await run({
      "App.csproj": '<Project Sdk="Microsoft.NET.Sdk">\n  <ItemGroup>\n    <PackageReference Include="Avalonia.Xaml.Behaviors" Version="11.0.5" />\n  </ItemGroup>\n</Project>\n',
    });
    expect(community.tool("Avalonia")).toBeDefined();
    expect(community.tool("Avalonia")?.version).toBeUndefined();
  });

  it("wxWidgets: CMake's FindwxWidgets, a vcpkg port and a Meson dependency", async () => {
    const cmake = await run({
      "CMakeLists.txt": "cmake_minimum_required(VERSION 3.14)\nproject(Viewer CXX)\nfind_package(wxWidgets 3.2 REQUIRED COMPONENTS core base)\nadd_executable(viewer main.cpp)\n",
      "vcpkg.json": JSON.stringify({ name: "viewer", dependencies: ["wxwidgets"] }),
    });
    expect(cmake.warnings).toEqual([]);
    expect(cmake.tool("wxWidgets")).toMatchObject({ category: "Languages & Frameworks", sub_category: "Cross-Platform Desktop Development" });
    const meson = await run({ "meson.build": "project('viewer', 'cpp')\nwx_dep = dependency('wxwidgets', version: '>=3.0.0')\n" });
    expect(meson.tool("wxWidgets")).toBeDefined();
  });
});

describe("game frameworks of package registries", () => {
  it("pygame, Kivy and Panda3D from PyPI", async () => {
    const { tool, warnings } = await run({
      "requirements.txt": "pygame==2.5.2\npanda3d==1.10.14\n",
      "app/pyproject.toml": '[project]\nname = "notes"\nversion = "0.1.0"\ndependencies = ["kivy[base]>=2.3.0"]\n',
    });
    expect(warnings).toEqual([]);
    expect(tool("pygame")).toMatchObject({ version: "2.5.2", sub_category: "Game Development" });
    expect(tool("Panda3D")).toMatchObject({ version: "1.10.14" });
    expect(tool("Kivy")).toMatchObject({ version: "2.3.0" });
  });

  it("libGDX from its Gradle artifacts, at the gdxVersion gradle.properties sets", async () => {
    const { tool } = await run({
      "gradle.properties": "gdxVersion=1.12.1\n",
      "settings.gradle": "include 'core'\n",
      "core/build.gradle": "apply plugin: 'java-library'\ndependencies {\n  api \"com.badlogicgames.gdx:gdx:$gdxVersion\"\n  api \"com.badlogicgames.gdx:gdx-box2d:$gdxVersion\"\n}\n",
    });
    expect(tool("libGDX")).toMatchObject({ version: "1.12.1", detection_source: "core/build.gradle" });
  });

  it("Phaser CE, Phaser 2's community line", async () => {
    const { tool } = await run({ "package.json": JSON.stringify({ name: "g", dependencies: { "phaser-ce": "2.20.0" } }) });
    expect(tool("Phaser")).toMatchObject({ version: "2.20.0" });
  });
});

describe("engines and UI toolkits of other registries and files", () => {
  it("PlayCanvas, Slint, Dioxus, Electron.NET, a GameMaker project and Emscripten's image and action", async () => {
    const { tool, warnings } = await run({
      "web/package.json": JSON.stringify({ name: "g", dependencies: { playcanvas: "1.68.2" } }),
      "ui/Cargo.toml": '[package]\nname = "ui"\nversion = "0.1.0"\n\n[dependencies]\nslint = "1.3.2"\n',
      "app/Cargo.toml": '[package]\nname = "app"\nversion = "0.1.0"\n\n[dependencies]\ndioxus = "0.4.3"\n',
      "Desktop/Desktop.csproj": '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n    <TargetFramework>net6.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n    <PackageReference Include="ElectronNET.API" Version="23.6.2" />\n  </ItemGroup>\n</Project>\n',
      "Platformer/Platformer.yyp": '{"resourceType":"GMProject","resourceVersion":"1.7","name":"Platformer"}\n',
      "wasm/Dockerfile": "FROM emscripten/emsdk:3.1.51\nWORKDIR /src\n",
      ".github/workflows/wasm.yml": "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: mymindstorm/setup-emsdk@v14\n",
    });
    expect(warnings).toEqual([]);
    expect(tool("PlayCanvas")).toMatchObject({ version: "1.68.2", sub_category: "Game Development" });
    expect(tool("Slint")).toMatchObject({ version: "1.3.2" });
    expect(tool("Dioxus")).toMatchObject({ version: "0.4.3" });
    expect(tool("Electron.NET")).toMatchObject({ version: "23.6.2" });
    expect(tool("Gamemaker Studio 2")).toMatchObject({ detection_source: "Platformer/Platformer.yyp" });
    expect(tool("Emscripten")).toMatchObject({ version: "3.1.51", category: "Build, Test, Deploy" });
  });
});
