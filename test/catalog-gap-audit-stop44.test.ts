import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";

// Tools catalog/unrevealed.yml listed as revealed by nothing, that a file of their own does reveal
// (stop 44's audit of the tools without a matcher).
const detect = async (files: Record<string, string>): Promise<Map<string, ToolEntry>> => {
  const { document } = await scan(new MemorySource(files), { git: false });
  return new Map(document.tools.filter((t) => !t.package_url).map((t) => [t.name, t]));
};

describe("stop 44: files and settings that reveal tools without a matcher before", () => {
  it("a Talend Studio project folder (talend.project beside its jobs) names Talend", async () => {
    const tools = await detect({
      "ETL_DEMO/talend.project": '<?xml version="1.0" encoding="UTF-8"?>\n<xmi:XMI xmi:version="2.0"/>\n',
      "ETL_DEMO/process/load_0.1.item": "<talendfile:ProcessType/>\n",
    });
    expect(tools.get("Talend")?.detection_source).toBe("ETL_DEMO/talend.project");
  });

  it("a Holistics project's AML models and datasets name Holistics; an ACPI table's bare .aml does not", async () => {
    const tools = await detect({
      "models/orders.model.aml": "Model orders {\n  type: 'table'\n  table_name: 'public.orders'\n}\n",
      "datasets/sales.dataset.aml": "Dataset sales {\n  models: [orders]\n}\n",
    });
    expect(tools.get("Holistics")).toBeDefined();
    const acpi = await detect({ "EFI/OC/ACPI/SSDT-EC.aml": "\u0000binary", "EFI/OC/config.plist": "<plist/>\n" });
    expect(acpi.get("Holistics")).toBeUndefined();
  });

  it("a CloudBees platform workflow in .cloudbees/workflows names CloudBees", async () => {
    const workflow = "apiVersion: automation.cloudbees.io/v1alpha1\nkind: workflow\nname: build\non:\n  push:\n    branches: ['**']\njobs:\n  build:\n    steps:\n      - uses: cloudbees-io/checkout@v1\n";
    const tools = await detect({ ".cloudbees/workflows/workflow.yaml": workflow });
    expect(tools.get("CloudBees")?.detection_source).toBe(".cloudbees/workflows/workflow.yaml");
  });

  it("a Vagrantfile's vmware_fusion provider names VMware Fusion; vmware_desktop (Fusion or Workstation) does not", async () => {
    const vagrantfile = (provider: string) => `Vagrant.configure("2") do |config|\n  config.vm.box = "hashicorp/bionic64"\n  config.vm.provider "${provider}" do |v|\n    v.vmx["memsize"] = "1024"\n  end\nend\n`;
    expect((await detect({ Vagrantfile: vagrantfile("vmware_fusion") })).get("VMware Fusion")).toBeDefined();
    expect((await detect({ Vagrantfile: vagrantfile("vmware_desktop") })).get("VMware Fusion")).toBeUndefined();
  });

  it("Intershop's ICM Gradle plugins name Intershop, not at the plugin's release", async () => {
    const tools = await detect({ "my_cartridge/build.gradle.kts": 'plugins {\n    java\n    id("com.intershop.icm.cartridge.product") version "6.0.0"\n}\n' });
    expect(tools.get("Intershop")).toBeDefined();
    expect(tools.get("Intershop")?.version).toBeUndefined();
  });

  it("Flat UI from bower.json as from package.json", async () => {
    const bower = await detect({ "bower.json": JSON.stringify({ name: "site", dependencies: { "flat-ui": "~2.2.2", jquery: "~1.11.1" } }) });
    expect(bower.get("Flat UI")).toBeDefined();
  });

  it("a site published by Mobirise or exported from Tilda names its builder by the stylesheet each writes", async () => {
    const mobirise = await detect({ "index.html": "<html></html>\n", "assets/mobirise/css/mbr-additional.css": ".cid-s1 { padding: 0; }\n" });
    expect(mobirise.get("Mobirise")?.detection_source).toBe("assets/mobirise/css/mbr-additional.css");
    const tilda = await detect({ "index.html": "<html></html>\n", "css/tilda-grid-3.0.min.css": ".t-container{}\n", "js/tilda-scripts-3.0.min.js": "" });
    expect(tilda.get("Tilda")).toBeDefined();
  });

  it("a Paw document names Paw; Atlassian's Bitbucket images name Bitbucket", async () => {
    expect((await detect({ "api/requests.paw": "bplist00" })).get("Paw")).toBeDefined();
    const compose = "services:\n  bitbucket:\n    image: atlassian/bitbucket:8.15.0-ubuntu-jdk11\n  db:\n    image: postgres:15\n";
    const tools = await detect({ "docker-compose.yml": compose });
    expect(tools.get("Bitbucket")?.detection_source).toBe("docker-compose.yml");
    // A closed hosted service gets no version, even from its server image's tag.
    expect(tools.get("Bitbucket")?.version).toBeUndefined();
  });

  it("the official images of Poli, orchestrator and Plesk name them, Poli and orchestrator at the tag's release", async () => {
    const compose = [
      "services:",
      "  bi:",
      "    image: zhonglu/poli:0.12.2",
      "  orchestrator:",
      "    image: openarkcode/orchestrator:3.2.6",
      "  panel:",
      "    image: plesk/plesk:latest",
      "  mysql:",
      "    image: mysql:8.0",
      "",
    ].join("\n");
    const tools = await detect({ "docker-compose.yml": compose });
    expect(tools.get("Poli")?.version).toBe("0.12.2");
    expect(tools.get("orchestrator")?.version).toBe("3.2.6");
    expect(tools.get("Plesk")?.detection_source).toBe("docker-compose.yml");
  });

  it("Weglot's own Composer packages name Weglot; the parser fork under its vendor does not", async () => {
    const composer = (req: Record<string, string>) => ({ "composer.json": JSON.stringify({ name: "acme/site", require: { php: ">=8.1", ...req } }) });
    expect((await detect(composer({ "weglot/translate-laravel": "^1.0" }))).get("Weglot")).toBeDefined();
    expect((await detect(composer({ "weglot/simplehtmldom": "^0.8" }))).get("Weglot")).toBeUndefined();
  });

  it("discontinued services an old repository still shows: Solano CI's solano.yml, Bintray's Gradle plugin", async () => {
    const solano = await detect({ "solano.yml": "ruby_version: 2.3.1\ntest_pattern:\n  - spec/**_spec.rb\n", Gemfile: 'source "https://rubygems.org"\n' });
    expect(solano.get("Solano CI")?.detection_source).toBe("solano.yml");
    const gradle = await detect({ "library/build.gradle": 'plugins {\n    id "java-library"\n    id "com.jfrog.bintray" version "1.8.5"\n}\n' });
    expect(gradle.get("BinTray")).toBeDefined();
    expect(gradle.get("BinTray")?.version).toBeUndefined();
  });

  it("buddybuild's hook scripts and fastlane's crashlytics action (Beta) name those discontinued services", async () => {
    const buddy = await detect({ "buddybuild_postbuild.sh": "#!/usr/bin/env bash\necho done\n", "App.xcodeproj/project.pbxproj": "" });
    expect(buddy.get("Buddybuild")?.detection_source).toBe("buddybuild_postbuild.sh");
    const fastfile = "lane :beta do\n  gym(scheme: \"App\")\n  crashlytics(api_token: ENV[\"FABRIC_API_TOKEN\"])\nend\n";
    expect((await detect({ "fastlane/Fastfile": fastfile })).get("Beta by Crashlytics")).toBeDefined();
  });
});
