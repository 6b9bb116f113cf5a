import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";

// Tools catalog/unrevealed.yml listed as revealed by nothing, that a package, provider, step or file
// of the vendor's own does reveal (stop 61's audit of the tools without a matcher).
const detect = async (files: Record<string, string>): Promise<Map<string, ToolEntry>> => {
  const { document } = await scan(new MemorySource(files), { git: false });
  return new Map(document.tools.filter((t) => !t.package_url).map((t) => [t.name, t]));
};

describe("stop 61: vendors' own packages, providers, steps and files that reveal tools without a matcher before", () => {
  it("loader.io's verification file names Loader.io; another loaderio- file does not", async () => {
    const token = "loaderio-28016b04fdb0ed4ea066ecec5a19c1ad";
    const tools = await detect({ "public/index.html": "<html></html>\n", [`public/${token}.txt`]: `${token}\n` });
    expect(tools.get("Loader.io")?.detection_source).toBe(`public/${token}.txt`);
    const other = await detect({ "docs/img/loaderio-results-summary.txt": "notes\n" });
    expect(other.get("Loader.io")).toBeUndefined();
  });

  it("a Jelastic manifest.jps names Jelastic", async () => {
    const manifest = '{\n  "jpsType": "install",\n  "name": "Hello",\n  "nodes": [{ "nodeType": "nginxphp", "cloudlets": 8 }]\n}\n';
    expect((await detect({ "manifest.jps": manifest })).get("Jelastic")?.detection_source).toBe("manifest.jps");
  });

  it("Edgecast's and ArvanCloud's providers name them, at no provider release; an ncloud_mysql resource names Cloud DB for MySQL", async () => {
    const main = [
      "terraform {",
      "  required_providers {",
      '    edgecast = { source = "Edgio/edgecast", version = "1.2.1" }',
      '    arvan = { source = "arvancloud/arvan", version = "0.6.4" }',
      '    ncloud = { source = "NaverCloudPlatform/ncloud" }',
      "  }",
      "}",
      'resource "ncloud_mysql" "db" {',
      '  service_name = "shop"',
      "}",
      "",
    ].join("\n");
    const tools = await detect({ "infra/main.tf": main });
    expect(tools.get("EdgeCast")).toBeDefined();
    expect(tools.get("EdgeCast")?.version).toBeUndefined();
    expect(tools.get("ArvanCloud")).toBeDefined();
    expect(tools.get("Cloud DB for Mysql")?.detection_source).toBe("infra/main.tf");
    // The provider alone says Naver Cloud, not which of its services.
    const providerOnly = await detect({ "main.tf": 'terraform {\n  required_providers {\n    ncloud = { source = "NaverCloudPlatform/ncloud" }\n  }\n}\n' });
    expect(providerOnly.get("Cloud DB for Mysql")).toBeUndefined();
  });

  it("BlazeMeter from its Jenkins step and its GitHub Action", async () => {
    const jenkinsfile = "node {\n  stage('Performance') {\n    blazeMeterTest credentialsId: 'bm', testId: '7695651.taurus', workspaceId: '431777'\n  }\n}\n";
    expect((await detect({ Jenkinsfile: jenkinsfile })).get("BlazeMeter")?.detection_source).toBe("Jenkinsfile");
    const workflow = "on: push\njobs:\n  perf:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: Blazemeter/github-action@v8.5\n        with:\n          testID: '123'\n";
    expect((await detect({ ".github/workflows/perf.yml": workflow })).get("BlazeMeter")).toBeDefined();
  });

  it("mobile SDKs name their services: Zopim, Service Cloud, OneTrust, SurveyMonkey, Usabilla, Quantcast, Chartbeat, Outbrain, Qualaroo, OneDrive, Lookback", async () => {
    const gradle = [
      "dependencies {",
      "  implementation 'com.zopim.android:sdk:1.4.9'",
      "  implementation 'com.salesforce.service:chat-ui:4.3.2'",
      "  implementation 'com.surveymonkey:surveymonkey-android-sdk:3.0.5'",
      "  implementation 'com.outbrain.mobile:obsdk:4.3.0'",
      "  implementation 'com.qualaroo:qualaroo-sdk:2.1.2'",
      "  implementation 'com.onedrive.sdk:onedrive-sdk-android:1.3.1'",
      "}",
      "",
    ].join("\n");
    const podfile = "platform :ios, '12.0'\ntarget 'App' do\n  pod 'Chartbeat'\n  pod 'OneTrust-CMP-XCFramework', '202301.1.0'\n  pod 'Usabilla'\n  pod 'Quantcast-Measure', '~> 1.4.4'\n  pod 'Lookback', '1.1.4', :configurations => ['Release-Internal']\nend\n";
    const tools = await detect({ "app/build.gradle": gradle, "ios/Podfile": podfile });
    for (const name of ["Zopim", "Salesforce Service Cloud", "SurveyMonkey", "Chartbeat", "OneTrust", "Usabilla", "Quantcast", "Outbrain", "Qualaroo", "OneDrive", "Lookback"]) {
      expect(tools.get(name), name).toBeDefined();
    }
    expect(tools.get("Zopim")?.version).toBeUndefined();
  });

  it("Whereby's SDKs name appear.in (Whereby's former name); Blockchain.com's, Google's Business Profile, Dashlane's and Quip's own clients; Rackspace's binding names Cloud Files", async () => {
    const pkg = JSON.stringify({
      name: "app",
      dependencies: { "@whereby.com/browser-sdk": "^3.3.4", "blockchain.info": "^2.12.1", "@googleapis/mybusinessbusinessinformation": "^1.0.0" },
      devDependencies: { "@dashlane/cli": "^6.2.0", "quip-cli": "^1.0.0" },
    });
    const tools = await detect({ "package.json": pkg, "requirements.txt": "python-cloudfiles==1.7.11\n" });
    expect(tools.get("appear.in")?.detection_source).toBe("package.json");
    expect(tools.get("Blockchain")).toBeDefined();
    expect(tools.get("Rackspace Cloud Files")?.detection_source).toBe("requirements.txt");
    expect(tools.get("Google My Business")).toBeDefined();
    expect(tools.get("Dashlane")).toBeDefined();
    expect(tools.get("Quip")).toBeDefined();
  });

  it("npm packages that are the site's tool itself: Release (vercel/release), Jetpack (KidkArolis/jetpack), Dat, Eve", async () => {
    const pkg = JSON.stringify({ name: "lib", dependencies: { dat: "^14.0.3", witheve: "^0.3.0" }, devDependencies: { release: "^6.3.1", jetpack: "^4.3.0" } });
    const tools = await detect({ "package.json": pkg });
    for (const name of ["Release", "Jetpack", "dat", "Eve"]) expect(tools.get(name), name).toBeDefined();
  });

  it("Open Web Analytics from its own PHP SDK and WordPress plugin, at neither's release", async () => {
    const composer = JSON.stringify({ require: { "open-web-analytics/owa-php-sdk": "^1.0", "wpackagist-plugin/open-web-analytics": "^1.7" } });
    const tools = await detect({ "composer.json": composer });
    expect(tools.get("Open Web Analytics")?.detection_source).toBe("composer.json");
    expect(tools.get("Open Web Analytics")?.version).toBeUndefined();
    expect(tools.get("WordPress")).toBeDefined();
  });
});
