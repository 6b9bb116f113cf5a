import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

// Office Add-ins and Teams apps known by their manifests alone (a Visual Studio add-in project, a
// bot written without Teams Toolkit): the manifest's schema or namespace, never its name.
const scanned = async (files: Record<string, string>) => await scan(new MemorySource(files), { git: false });

const officeXml = `<?xml version="1.0" encoding="UTF-8"?>
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="TaskPaneApp">
  <Id>5d4a1a2b-0000-4c1e-9b3c-aaaaaaaaaaaa</Id>
  <Hosts><Host Name="Workbook"/></Hosts>
</OfficeApp>`;
const teams = { $schema: "https://developer.microsoft.com/en-us/json-schemas/teams/v1.17/MicrosoftTeams.schema.json", manifestVersion: "1.17", id: "x", developer: { name: "Contoso" }, bots: [{ botId: "x", scopes: ["personal"] }] };

describe("Microsoft 365 app manifests", () => {
  it("an Office Add-in's XML manifest names Microsoft 365; a Teams app's manifest.json Microsoft Teams; a unified Outlook add-in manifest Microsoft 365", async () => {
    const office = await scanned({ "ContosoAddin/manifest.xml": officeXml });
    expect(office.warnings).toEqual([]);
    expect(tool(office.document.tools, "Microsoft 365")).toMatchObject({ detection_source: "ContosoAddin/manifest.xml" });
    const bot = await scanned({ "appPackage/manifest.json": JSON.stringify(teams) });
    expect(tool(bot.document.tools, "Microsoft Teams")).toMatchObject({ detection_source: "appPackage/manifest.json" });
    const { bots: _bots, ...bare } = teams;
    const outlook = await scanned({ "manifest.json": JSON.stringify({ ...bare, extensions: [{ requirements: { capabilities: [{ name: "Mailbox", minVersion: "1.3" }] } }] }) });
    expect(tool(outlook.document.tools, "Microsoft 365")).toMatchObject({ detection_source: "manifest.json" });
    expect(tool(outlook.document.tools, "Microsoft Teams")).toBeUndefined();
  });

  it("not a web app's or a browser extension's manifest.json, an Android manifest, or a sample's copy", async () => {
    const { document, warnings } = await scanned({
      "public/manifest.json": JSON.stringify({ short_name: "App", start_url: ".", display: "standalone" }),
      "extension/manifest.json": JSON.stringify({ manifest_version: 3, name: "Ext", version: "1.0" }),
      "app/src/main/AndroidManifest.xml": '<manifest xmlns:android="http://schemas.android.com/apk/res/android" />',
      "manifest.xml": "<manifest><broken",
      "samples/teams/manifest.json": JSON.stringify(teams),
      "index.js": "",
    });
    expect(warnings).toEqual([]);
    expect(document.tools.map((t) => t.name)).not.toContain("Microsoft Teams");
    expect(document.tools.map((t) => t.name)).not.toContain("Microsoft 365");
    // The files are read: the Android manifest names the Android SDK.
    expect(document.tools.map((t) => t.name)).toContain("Android SDK");
  });
});
