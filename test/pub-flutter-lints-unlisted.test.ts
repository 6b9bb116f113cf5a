import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// flutter_lints gets no pub package entry: the site never lists it in the stack files of four
// Flutter apps of four owners declaring it (held-out Derry-Jay/you_app and BeztTeamEver/chatkid-mobile
// in dev_dependencies, chatkid's build_runner beside it listed; TawandaMavondo/sleep_sounds likewise;
// fisforfaheem/social_app_flutter in dependencies), while it lists the packages around it.
const pubspec = `name: sleep_sounds
description: A new Flutter project.
publish_to: 'none'
version: 1.0.0+1

environment:
  sdk: ">=2.15.1 <3.0.0"

dependencies:
  flutter:
    sdk: flutter
  cupertino_icons: ^1.0.2

dev_dependencies:
  flutter_test:
    sdk: flutter
  flutter_lints: ^1.0.0
  build_runner: ^2.4.6
`;

describe("pub's flutter_lints", () => {
  it("is left out of the package entries; its neighbours stay", async () => {
    const { document } = await scan(new MemorySource({ "pubspec.yaml": pubspec }), { git: false });
    const pub = document.tools.filter((t) => t.package_url?.startsWith("https://pub.dartlang.org/")).map((t) => t.name);
    expect(pub).not.toContain("flutter_lints");
    expect(pub).toEqual(expect.arrayContaining(["cupertino_icons", "flutter", "build_runner"]));
  });
});
