import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// A Flutter plugin named apart from the service it wraps is a pub package entry and names no tool:
// the site lists the package and names no service in every Flutter app of the four owners read
// (FlutterFire's firebase_* and google_fonts before, mobile.yml; and held-out Derry-Jay/you_app's
// google_maps_flutter, TawandaMavondo/Gotour-Flutter-Application's sqflite, BeztTeamEver/chatkid-mobile's
// socket_io_client, fisforfaheem/Utopia-Social-Chat-Channel-app's and
// TawandaMavondo/flutter_architecture_samples' cloud_firestore). A package named as its tool is
// named (flutter_architecture_samples' `redux` names Redux). Where the site lists no entry for the
// package at all (chatkid-mobile's firebase_messaging), its silence says nothing; the general rule
// (pub-plugins-apart-rule.test.ts, every key named apart) makes firebase_messaging a package entry too.
const scanFiles = async (files: Record<string, string>) => (await scan(new MemorySource(files), { git: false, disable: ["languages"] })).document;

// An app's pubspec in the shape `flutter create` writes, with those plugins.
const pubspec = [
  "name: you_app", "description: A new Flutter project.", 'publish_to: "none"', "version: 1.0.0+1", "",
  "environment:", '  sdk: ">=3.3.1 <4.0.0"', "",
  "dependencies:", "  flutter:", "    sdk: flutter", "  dio: ^5.4.1", "  geolocator: ^12.0.0",
  "  google_maps_flutter: ^2.5.0", "  sqflite: ^2.0.2", "  socket_io_client: ^2.0.3+1",
  "  cloud_firestore: ^2.4.0", "  firebase_messaging: ^14.6.8", "  redux: ^4.0.0", "  cupertino_icons: ^1.0.2", "",
  "dev_dependencies:", "  flutter_test:", "    sdk: flutter", "",
  "flutter:", "  uses-material-design: true", "",
].join("\n");

describe("pub plugins named apart from their service", () => {
  it("name no Google Maps, SQLite, Socket.IO or Cloud Firestore; each is a package entry", async () => {
    const document = await scanFiles({ "pubspec.yaml": pubspec });
    const tools = document.tools.filter((t) => !t.package_url).map((t) => t.name);
    for (const name of ["Google Maps", "SQLite", "Socket.IO", "Cloud Firestore", "Firebase"]) expect(tools, name).not.toContain(name);
    expect(tools).toEqual(expect.arrayContaining(["Flutter", "Redux"]));
    expect(tools).not.toContain("Firebase Cloud Messaging");
    const packages = new Map(document.tools.filter((t) => t.package_url).map((t) => [t.name, t.version]));
    expect(packages.get("google_maps_flutter")).toBe("2.5.0");
    expect(packages.get("sqflite")).toBe("2.0.2");
    expect(packages.get("socket_io_client")).toBe("2.0.3");
    expect(packages.get("cloud_firestore")).toBe("2.4.0");
  });

  it("still name their tools when every tool is asked for", async () => {
    const document = (await scan(new MemorySource({ "pubspec.yaml": pubspec }), { git: false, disable: ["languages"], allTools: true })).document;
    const tools = document.tools.filter((t) => !t.package_url).map((t) => t.name);
    expect(tools).toEqual(expect.arrayContaining(["Google Maps", "SQLite", "Socket.IO", "Cloud Firestore"]));
    // Numbered apart as before: the plugin's release is not SQLite's nor Socket.IO's.
    for (const name of ["SQLite", "Socket.IO"]) { expect(document.tools.find((t) => t.name === name && !t.package_url), name).toBeDefined(); expect(document.tools.find((t) => t.name === name && !t.package_url)?.version, name).toBeUndefined(); }
  });
});
