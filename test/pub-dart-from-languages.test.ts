import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// Dart in a Flutter app is the language of its .dart files (Repo Metadata), with no release from
// pubspec.yaml's `environment: sdk:` range: so in the stack files of six Flutter apps of four owners
// (held-out TawandaMavondo/sleep_sounds `>=2.15.1 <3.0.0` and Gotour-Flutter-Application,
// Derry-Jay/you_app `>=3.3.1 <4.0.0`, BeztTeamEver/chatkid-mobile, fisforfaheem/social_app_flutter
// and Utopia-Social-Chat-Channel-app), never from pubspec.yaml.
const pubspec = `name: sleep_sounds
publish_to: 'none'
version: 1.0.0+1

environment:
  sdk: ">=2.15.1 <3.0.0"

dependencies:
  flutter:
    sdk: flutter
  cupertino_icons: ^1.0.2
`;

describe("Dart beside pubspec.yaml", () => {
  it("comes from the .dart sources, with no release from the SDK range", async () => {
    const { document } = await scan(new MemorySource({ "pubspec.yaml": pubspec, "lib/main.dart": "void main() {}\n" }), { git: false });
    const dart = document.tools.find((t) => t.name === "Dart");
    expect(dart?.detection_source).toBe("Repo Metadata");
    expect(dart).toBeDefined();
    expect(dart?.version).toBeUndefined();
    expect(document.tools.find((t) => t.name === "Flutter")?.detection_source).toBe("pubspec.yaml");
  });
});
