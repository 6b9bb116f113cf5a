import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// Firebase's detection_source: the site reads no tool from a firebase.json, nor from a workflow's
// Firebase deploy step, and cites Firebase from the package.json that declares its SDK, the first by
// path, though firebase.json (or the workflow) sorts before it. Three stack files of three owners:
// corpus 24amcoder-sb/Angular-Projects-Third-Edition (Packt's book: Chapter04/firebase.json with
// `hosting`, Firebase cited from Chapter06/package.json), held-out kalwabed/fire-todo (firebase.json
// with `hosting` and FirebaseExtended/action-hosting-deploy in .github/workflows/, Firebase cited from
// package.json) and yfram/flutterfire (FlutterFire: .github/workflows/scripts/firebase.json with
// `firestore` and `functions`, Firebase cited from .github/workflows/scripts/functions/package.json).
// The products the file names stay named from it (Firebase Hosting and the rest: the site never
// reads the file, so its silence says nothing of them).

async function document(files: Record<string, string>) {
  return (await scan(new MemorySource(files), { git: false })).document;
}

function entry(doc: Awaited<ReturnType<typeof document>>, name: string) {
  return doc.tools.find((t) => t.name === name && !t.package_url);
}

const hostingDeploy = `name: Deploy to Firebase Hosting on merge
'on':
  push:
    branches:
      - main
jobs:
  build_and_deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v2
      - run: npm ci && npm run build
      - uses: FirebaseExtended/action-hosting-deploy@v0
        with:
          repoToken: '\${{ secrets.GITHUB_TOKEN }}'
          channelId: live
`;

describe("Firebase's source", () => {
  it("a React app deployed to Firebase Hosting: package.json's firebase, not firebase.json or the deploy workflow", async () => {
    const doc = await document({
      "firebase.json": JSON.stringify({ hosting: { site: "todo", public: "build" } }, null, 2),
      ".github/workflows/firebase-hosting-merge.yml": hostingDeploy,
      "package.json": JSON.stringify({ name: "firebase-todo", private: true, dependencies: { firebase: "^8.6.8", react: "^17.0.2", "react-scripts": "4.0.3" } }),
    });
    expect(entry(doc, "Firebase")?.detection_source).toBe("package.json");
    expect(entry(doc, "Firebase Hosting")?.detection_source).toBe("firebase.json");
  });

  it("a functions folder's package.json beside a firebase.json below the root", async () => {
    const doc = await document({
      ".github/workflows/scripts/firebase.json": JSON.stringify({ firestore: { rules: "firestore.rules" }, functions: { source: "functions" } }, null, 2),
      ".github/workflows/scripts/functions/package.json": JSON.stringify({ name: "functions", dependencies: { "firebase-admin": "^9.4.1", "firebase-functions": "^3.13.0" } }),
    });
    expect(entry(doc, "Firebase")?.detection_source).toBe(".github/workflows/scripts/functions/package.json");
    expect(entry(doc, "Cloud Firestore")?.detection_source).toBe(".github/workflows/scripts/firebase.json");
  });

  it("an app folder's package.json past a firebase.json in a folder sorting before it", async () => {
    // Simplified from the Packt book: its Chapter04/package.json declares @angular/fire too, and we
    // cite that one while the site cites Chapter06's (which alone adds firebase-tools): left open.
    const doc = await document({
      "Chapter04/firebase.json": JSON.stringify({ hosting: [{ target: "weather-app", source: "." }] }, null, 2),
      "Chapter04/package.json": JSON.stringify({ name: "weather-app", dependencies: { "@angular/core": "^16.0.0" } }),
      "Chapter06/package.json": JSON.stringify({ name: "issue-tracker", dependencies: { "@angular/core": "^16.0.0", "@angular/fire": "^7.5.0" }, devDependencies: { "firebase-tools": "^11.25.3" } }),
    });
    expect(entry(doc, "Firebase")?.detection_source).toBe("Chapter06/package.json");
  });

  it("with no package.json declaring it, firebase.json still names Firebase", async () => {
    const doc = await document({ "firebase.json": JSON.stringify({ hosting: { public: "public" } }) });
    expect(entry(doc, "Firebase")?.detection_source).toBe("firebase.json");
  });
});
