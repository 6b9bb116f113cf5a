import { describe, expect, it } from "vitest";
import { MemorySource, REPO_METADATA, scan } from "../src/index.js";

// linguist counts a gem's .gemspec and a pod's .podspec as Ruby: a repository whose only Ruby file
// is one shows Ruby in its language statistics, as the site's files do (catalog languages.yml).
const languages = async (files: Record<string, string>) => {
  const { document } = await scan(new MemorySource(files), { git: false });
  return document.tools.filter((t) => t.detection_source === REPO_METADATA).map((t) => t.name).sort();
};

const podspec = `require 'json'

package = JSON.parse(File.read(File.join(__dir__, 'package.json')))

Pod::Spec.new do |s|
  s.name         = package['name']
  s.version      = package['version']
  s.summary      = package['description']
  s.license      = package['license']
  s.homepage     = package['homepage']
  s.author       = package['author']
  s.source       = { :git => 'https://github.com/example/react-native-screen-lock.git', :tag => "v#{s.version}" }
  s.platforms    = { :ios => '12.4' }
  s.source_files = 'ios/**/*.{h,m}'
  s.dependency 'React-Core'
end
`;

const gemspec = `Gem::Specification.new do |spec|
  spec.name     = "minimal-blog-theme"
  spec.version  = "1.2.0"
  spec.authors  = ["Example Author"]
  spec.summary  = "A small Jekyll theme"
  spec.files    = Dir["_layouts/**/*", "_includes/**/*", "assets/**/*"]
  spec.add_runtime_dependency "jekyll", ">= 3.9"
end
`;

describe("a gem's or a pod's spec file is Ruby in the language statistics", () => {
  it("a React Native module's podspec is its only Ruby file", async () => {
    const module = {
      "package.json": JSON.stringify({ name: "react-native-screen-lock", version: "2.1.0", peerDependencies: { "react-native": ">=0.63" } }),
      "react-native-screen-lock.podspec": podspec,
      "index.js": "",
      "android/src/main/java/com/example/screenlock/ScreenLockModule.java": "",
      "ios/ScreenLock.m": "",
      "ios/ScreenLock.h": "",
    };
    expect(await languages(module)).toEqual(["Java", "JavaScript", "Objective-C", "Ruby"]);
  });

  it("a Jekyll theme's gemspec is its only Ruby file", async () => {
    const theme = { "minimal-blog-theme.gemspec": gemspec, "_config.yml": "title: Notes\n", "_layouts/post.html": "", "assets/css/main.css": "" };
    expect(await languages(theme)).toEqual(["CSS 3", "Ruby"]);
  });

  it("a dependency's podspec under node_modules or Pods is vendored, as linguist leaves it out", async () => {
    const app = { "App.tsx": "", "node_modules/react-native-screen-lock/react-native-screen-lock.podspec": podspec, "ios/Pods/Yoga/Yoga.podspec": podspec };
    expect(await languages(app)).toEqual(["TypeScript"]);
  });
});
