import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { infraDetector } from "../detectors/infra/index.js";
import { readArmTemplate, readBicep } from "../detectors/infra/azure-templates.js";
import { byFile, compact, detectorFindings } from "./detector-findings.js";
import { tool } from "./helpers.js";
import { expectFinishesWithin } from "./work-budget.js";

// Azure's own infrastructure as code: Bicep files (read as text), ARM deployment templates (JSON,
// told by their `$schema`, whatever their name) and Terraform's azapi_resource, whose resource types
// name the Azure services they create, as a CloudFormation template's types name AWS's.

const infra = (files: Record<string, string>) => detectorFindings(infraDetector, files);

const mainBicep = `targetScope = 'resourceGroup'

@description('The environment name')
param environmentName string
param location string = resourceGroup().location
var prefix = 'acme-\${environmentName}' // a comment: resource fake 'Microsoft.Fake/things@2020-01-01'

/*
resource old 'Microsoft.ClassicStorage/storageAccounts@2016-11-01' = {}
*/
resource storage 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: '\${prefix}st'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'

  resource blobs 'blobServices' = {
    name: 'default'
  }
}

resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2023-04-15' = {
  name: '\${prefix}-cosmos'
  location: location
  kind: 'GlobalDocumentDB'
}

resource plan 'Microsoft.Web/serverfarms@2022-09-01' = {
  name: '\${prefix}-plan'
  location: location
  sku: { name: 'Y1', tier: 'Dynamic' }
}

resource api 'Microsoft.Web/sites@2022-09-01' = {
  name: '\${prefix}-func'
  location: location
  kind: 'functionapp,linux'
  properties: {
    serverFarmId: plan.id
  }
}

resource web 'Microsoft.Web/sites@2022-09-01' = if (environmentName == 'prod') {
  name: '\${prefix}-web'
  location: location
  properties: {
    serverFarmId: plan.id
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-02-01' existing = {
  name: 'acme-shared-kv'
}

resource insights 'microsoft.insights/components@2020-02-02' = {
  name: '\${prefix}-ai'
  location: location
  kind: 'web'
}

module redis 'modules/redis.bicep' = {
  name: 'redis'
}

output storageName string = storage.name
`;

describe("Bicep", () => {
  it("reads each qualified resource type once, a web site by its kind, and none in a comment or a child's short type", () => {
    expect(readBicep(mainBicep).resources).toEqual([
      { key: "microsoft.storage/storageaccounts", line: 11 },
      { key: "microsoft.documentdb/databaseaccounts", line: 22 },
      { key: "microsoft.web/serverfarms", line: 28 },
      { key: "microsoft.web/sites:functionapp", line: 34 },
      { key: "microsoft.web/sites", line: 43 },
      { key: "microsoft.keyvault/vaults", line: 51 },
      { key: "microsoft.insights/components", line: 55 },
    ]);
  });

  it("names the services beside Microsoft Azure, a function app as Azure Functions", async () => {
    const files = {
      "infra/main.bicep": mainBicep,
      "infra/modules/redis.bicep": "param name string\nresource cache 'Microsoft.Cache/redis@2023-04-01' = {\n  name: name\n  location: 'westeurope'\n  properties: { sku: { name: 'Basic', family: 'C', capacity: 0 } }\n}\n",
      "infra/main.parameters.json": JSON.stringify({ $schema: "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#", contentVersion: "1.0.0.0", parameters: {} }),
    };
    const { document } = await scan(new MemorySource(files), { git: false });
    const names = document.tools.map((t) => t.name);
    for (const name of ["Microsoft Azure", "Azure Storage", "Azure Cosmos DB", "Azure Functions", "Azure App Service", "Azure Key Vault", "Azure Application Insights", "Azure Redis Cache", "Redis"]) {
      expect(names, name).toContain(name);
    }
    expect(tool(document.tools, "Azure Functions")).toMatchObject({ detection_source: "infra/main.bicep" });
    expect(tool(document.tools, "Redis")).toBeDefined();
    expect(tool(document.tools, "Redis")?.version).toBeUndefined();
  });

  it("a function app whose kind is a parameter is an App Service app, a later resource's kind not its own", () => {
    const text = "param kind string\nresource a 'Microsoft.Web/sites@2022-09-01' = {\n  name: 'a'\n  kind: kind\n}\nresource b 'Microsoft.Web/sites/slots@2022-09-01' = {\n  name: 'a/staging'\n  kind: 'functionapp'\n}\n";
    expect(readBicep(text).resources.map((r) => r.key)).toEqual(["microsoft.web/sites", "microsoft.web/sites/slots"]);
  });

  it("the Azure Verified Modules it deploys from the public registry name their services, a site module by its kind", async () => {
    const bicep = `targetScope = 'subscription'
module storage 'br/public:avm/res/storage/storage-account:0.9.1' = {
  name: 'storage'
  scope: rg
}
module func 'br:mcr.microsoft.com/bicep/avm/res/web/site:0.3.9' = {
  name: 'func'
  scope: rg
  params: {
    kind: 'functionapp,linux'
    name: 'acme-func'
  }
}
module monitoring 'br/public:avm/ptn/azd/monitoring:0.1.0' = {
  name: 'monitoring'
}
module local './core/db.bicep' = {
  name: 'db'
}
// module old 'br/public:avm/res/cache/redis:0.1.0' = {}
`;
    expect(readBicep(bicep).modules).toEqual([
      { key: "avm/res/storage/storage-account", version: "0.9.1", line: 2 },
      { key: "avm/res/web/site:functionapp", version: "0.3.9", line: 6 },
      { key: "avm/ptn/azd/monitoring", version: "0.1.0", line: 14 },
    ]);
    const { document } = await scan(new MemorySource({ "infra/main.bicep": bicep }), { git: false });
    expect(document.tools.map((t) => t.name).sort()).toEqual(["Azure Application Insights", "Azure Functions", "Azure Storage", "Microsoft Azure"]);
    expect(document.tools.every((t) => t.version === undefined)).toBe(true);
  });

  it("the modules of the namespaces whose resource types name a service name it too (Redis Enterprise, Data Factory, Azure ML)", async () => {
    const bicep = ["module cache 'br/public:avm/res/cache/redis-enterprise:0.1.1' = {", "  name: 'cache'", "}",
      "module adf 'br/public:avm/res/data-factory/factory:0.4.0' = {", "  name: 'adf'", "}",
      "module hub 'br/public:avm/res/machine-learning-services/workspace:0.10.0' = {", "  name: 'hub'", "}", ""].join("\n");
    const { document } = await scan(new MemorySource({ "infra/main.bicep": bicep }), { git: false });
    expect(document.tools.map((t) => t.name).sort()).toEqual(["Azure Data Factory", "Azure Machine Learning", "Azure Redis Cache", "Microsoft Azure", "Redis"]);
    expect(document.tools.every((t) => t.version === undefined)).toBe(true);
  });

  it("a file of many thousand declarations stays linear", async () => {
    const text = Array.from({ length: 30_000 }, (_, i) => `resource r${i} 'Microsoft.Web/sites@2022-09-01' = {\n  name: 'r${i}'\n${i % 2 ? "  kind: 'functionapp'\n" : ""}}\n`).join("") + "resource x 'Microsoft.Web/sites@2022-09-01' = {\n" + "  // kind: 'x'\n".repeat(50_000);
    const { findings, warnings } = await expectFinishesWithin(() => infra({ "main.bicep": text }), 20);
    expect(warnings).toEqual([]);
    expect(compact(findings)).toEqual(["azure-resource-type:microsoft.web/sites@1", "azure-resource-type:microsoft.web/sites:functionapp@4"]);
  });
});

const armTemplate = {
  $schema: "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  contentVersion: "1.0.0.0",
  parameters: { siteName: { type: "string" } },
  resources: [
    {
      type: "Microsoft.Sql/servers",
      apiVersion: "2022-05-01-preview",
      name: "[parameters('siteName')]",
      location: "[resourceGroup().location]",
      resources: [{ type: "databases", apiVersion: "2022-05-01-preview", name: "appdb", dependsOn: ["[parameters('siteName')]"] }],
    },
    { type: "Microsoft.Web/sites", apiVersion: "2022-09-01", name: "[parameters('siteName')]", kind: "functionapp" },
    { type: "[variables('dynamicType')]", apiVersion: "2020-01-01", name: "x" },
    { type: "Microsoft.Network/virtualNetworks", apiVersion: "2023-04-01", name: "vnet" },
    {
      type: "Microsoft.Resources/deployments",
      apiVersion: "2022-09-01",
      name: "servicebus",
      properties: {
        mode: "Incremental",
        template: {
          $schema: "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          contentVersion: "1.0.0.0",
          resources: [{ type: "Microsoft.ServiceBus/namespaces", apiVersion: "2022-10-01-preview", name: "acme-bus" }],
        },
      },
    },
  ],
};

describe("ARM templates", () => {
  it("reads the types of resources, of nested ones (after their parent's) and of inline deployments' templates", () => {
    expect(readArmTemplate(armTemplate)).toEqual([
      "microsoft.sql/servers",
      "microsoft.sql/servers/databases",
      "microsoft.web/sites:functionapp",
      "microsoft.network/virtualnetworks",
      "microsoft.resources/deployments",
      "microsoft.servicebus/namespaces",
    ]);
    // languageVersion 2.0 keys its resources by symbolic name.
    expect(readArmTemplate({ languageVersion: "2.0", resources: { kv: { type: "Microsoft.KeyVault/vaults", name: "kv" } } })).toEqual(["microsoft.keyvault/vaults"]);
  });

  it("any JSON with a deployment template's $schema, not its parameter file; malformed ones warn", async () => {
    const { findings, warnings } = await infra({
      "azuredeploy.json": JSON.stringify(armTemplate, null, 2),
      "azuredeploy.parameters.json": JSON.stringify({ $schema: "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#", parameters: {} }),
      "arm/broken.json": '{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",\n  "resources": [\n',
      "package.json": JSON.stringify({ name: "x", version: "1.0.0" }),
    });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^arm\/broken\.json: /);
    // Each type on the line of its first `"type"`; a nested child's full type is written nowhere.
    expect(byFile(findings)["azuredeploy.json"]).toEqual([
      "azure-resource-type:microsoft.sql/servers/databases",
      "azure-resource-type:microsoft.sql/servers@11",
      "azure-resource-type:microsoft.web/sites:functionapp@27",
      "azure-resource-type:microsoft.network/virtualnetworks@38",
      "azure-resource-type:microsoft.resources/deployments@43",
      "azure-resource-type:microsoft.servicebus/namespaces@53",
    ]);
    expect(Object.keys(byFile(findings))).toEqual(["azuredeploy.json"]);
  });

  it("a template past the glance's 256 KiB is read where Azure's tooling named it (azuredeploy.json, mainTemplate.json), not under any name", async () => {
    // A generated template's long `variables` (an embedded script, a dashboard's JSON) push it past the glance.
    const big = JSON.stringify({ ...armTemplate, variables: { dashboard: "x".repeat(300 * 1024) } }, null, 2);
    const { findings, warnings } = await infra({ "deploy/mainTemplate.json": big, "other/big.json": big });
    expect(warnings).toEqual([]);
    expect(Object.keys(byFile(findings))).toEqual(["deploy/mainTemplate.json"]);
    expect(byFile(findings)["deploy/mainTemplate.json"]).toContain("azure-resource-type:microsoft.servicebus/namespaces@53");
  });

  it("is looked for where templates are kept (the root, infrastructure folders, the tooling's names), not in every JSON file of a tree", async () => {
    const template = JSON.stringify(armTemplate, null, 2);
    const { findings } = await infra({ "infra/network.json": template, ".azure/dev/main.json": template, "src/locales/en.json": template, "web/public/data.json": template });
    expect(Object.keys(byFile(findings)).sort()).toEqual([".azure/dev/main.json", "infra/network.json"]);
  });

  it("names the services and Azure", async () => {
    const { document } = await scan(new MemorySource({ "deploy/azuredeploy.json": JSON.stringify(armTemplate, null, 2) }), { git: false });
    const names = document.tools.map((t) => t.name).sort();
    expect(names).toEqual(["Azure Functions", "Azure SQL Database", "Azure Service Bus", "Microsoft Azure"]);
  });
});

describe("Terraform's azapi provider", () => {
  it("an azapi_resource's type names its service as a Bicep declaration does", async () => {
    const tf = `terraform {
  required_providers {
    azapi = { source = "Azure/azapi", version = "~> 1.12" }
  }
}

resource "azapi_resource" "cosmos" {
  type      = "Microsoft.DocumentDB/databaseAccounts@2023-04-15"
  name      = "acme"
  parent_id = var.resource_group_id
  identity {
    type = "SystemAssigned"
  }
  body = jsonencode({ kind = "GlobalDocumentDB" })
}
`;
    const { findings } = await infra({ "main.tf": tf });
    expect(compact(findings).filter((f) => f.startsWith("azure-resource-type:"))).toEqual(["azure-resource-type:microsoft.documentdb/databaseaccounts"]);
  });

  it("an azapi site's kind in its body makes it a function app (a Flex Consumption app), as a Bicep site's does", async () => {
    const tf = `resource "azapi_resource" "func" {
  type      = "Microsoft.Web/sites@2023-12-01"
  name      = "acme-func"
  parent_id = var.resource_group_id
  body = {
    kind = "functionapp,linux"
    properties = { serverFarmId = azapi_resource.plan.id }
  }
}
resource "azapi_resource" "web" {
  type = "Microsoft.Web/sites@2023-12-01"
  body = jsonencode({ properties = { siteConfig = { alwaysOn = true } } })
}
`;
    const { findings } = await infra({ "main.tf": tf });
    expect(compact(findings).filter((f) => f.startsWith("azure-resource-type:"))).toEqual(["azure-resource-type:microsoft.web/sites", "azure-resource-type:microsoft.web/sites:functionapp"]);
  });
});

describe("CloudFormation templates in JSON", () => {
  it("a JSON template (by AWSTemplateFormatVersion or SAM's transform) is read as a YAML one is", async () => {
    const cfn = { AWSTemplateFormatVersion: "2010-09-09", Resources: { Queue: { Type: "AWS::SQS::Queue" }, Table: { Type: "AWS::DynamoDB::Table", Properties: {} } } };
    const sam = { Transform: "AWS::Serverless-2016-10-31", Resources: { Fn: { Type: "AWS::Serverless::Function", Properties: { Runtime: "nodejs20.x", Handler: "index.handler" } } } };
    const { findings, warnings } = await infra({ "cloudformation/queue.json": JSON.stringify(cfn, null, 2), "sam/template.json": JSON.stringify(sam, null, 2), "data/fixture.json": JSON.stringify({ Resources: { Type: "AWS::SQS::Queue" } }) });
    expect(warnings).toEqual([]);
    const refs = byFile(findings);
    expect(refs["cloudformation/queue.json"]).toEqual(["cloudformation-type:AWS::DynamoDB::Table", "cloudformation-type:AWS::SQS::Queue", "format:cloudformation-template"]);
    expect(refs["sam/template.json"]).toEqual(expect.arrayContaining(["cloudformation-type:AWS::Serverless::Function", "format:sam-template"]));
    expect(refs["data/fixture.json"]).toBeUndefined();
  });

  it("a synthesized template past the glance's 256 KiB is read under CloudFormation's names (`<Stack>.template.json`)", async () => {
    // CDK inlines a Lambda's code or a state machine's definition: a committed cdk.out runs past the glance.
    const big = JSON.stringify({ AWSTemplateFormatVersion: "2010-09-09", Resources: { Queue: { Type: "AWS::SQS::Queue" }, Fn: { Type: "AWS::Lambda::Function", Properties: { Code: { ZipFile: "x".repeat(300 * 1024) } } } } }, null, 2);
    const { findings, warnings } = await infra({ "cdk.out/ApiStack.template.json": big, "data/big.json": big });
    expect(warnings).toEqual([]);
    expect(Object.keys(byFile(findings))).toEqual(["cdk.out/ApiStack.template.json"]);
    expect(byFile(findings)["cdk.out/ApiStack.template.json"]).toEqual(expect.arrayContaining(["cloudformation-type:AWS::SQS::Queue", "cloudformation-type:AWS::Lambda::Function"]));
  });
});

describe("App Service and Functions runtime stacks", () => {
  it("a Linux app's linuxFxVersion (Bicep, ARM, Terraform) and an application_stack's versions name the language at its release", async () => {
    const bicep = "resource web 'Microsoft.Web/sites@2022-09-01' = {\n  name: 'web'\n  properties: {\n    siteConfig: {\n      linuxFxVersion: 'PYTHON|3.11'\n    }\n  }\n}\nresource api 'Microsoft.Web/sites@2022-09-01' = {\n  name: 'api'\n  properties: {\n    siteConfig: {\n      linuxFxVersion: 'DOCKER|nginx:1.25.4'\n    }\n  }\n}\nresource x 'Microsoft.Web/sites@2022-09-01' = {\n  name: 'x'\n  properties: { siteConfig: { linuxFxVersion: runtime } }\n}\n";
    const arm = { $schema: "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", resources: [{ type: "Microsoft.Web/sites", name: "w", properties: { siteConfig: { linuxFxVersion: "NODE|20-lts" } } }] };
    const tf = 'resource "azurerm_linux_web_app" "web" {\n  name = "web"\n  site_config {\n    application_stack {\n      php_version = "8.2"\n    }\n  }\n}\nresource "azurerm_linux_function_app" "fn" {\n  site_config {\n    application_stack {\n      dotnet_version = "8.0"\n      use_dotnet_isolated_runtime = true\n    }\n  }\n}\n';
    const { findings, warnings } = await infra({ "infra/web.bicep": bicep, "arm/azuredeploy.json": JSON.stringify(arm, null, 2), "main.tf": tf });
    expect(warnings).toEqual([]);
    const stacks = compact(findings.filter((f) => f.ref.startsWith("app-service-stack:") || f.ref.startsWith("docker:")));
    expect(stacks).toEqual([
      "app-service-stack:node@9 20-lts ->20.0.0",
      "app-service-stack:python@5 3.11 ->3.11",
      "docker:nginx@13 1.25.4 ->1.25.4",
      "app-service-stack:php@5 8.2 ->8.2",
      "app-service-stack:dotnet@12 8.0 ->8.0",
    ]);
  });

  it("a Functions app's DOTNET-ISOLATED stack is .NET, PowerShell's PowerShell, JBOSSEAP JBoss; a Windows app's php_version \"Off\" names no PHP", async () => {
    const arm = { $schema: "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", resources: [{ type: "Microsoft.Web/sites", kind: "functionapp,linux", name: "fn", properties: { siteConfig: { linuxFxVersion: "DOTNET-ISOLATED|8.0" } } }, { type: "Microsoft.Web/sites", kind: "functionapp,linux", name: "ps", properties: { siteConfig: { linuxFxVersion: "PowerShell|7.2" } } }, { type: "Microsoft.Web/sites", name: "eap", properties: { siteConfig: { linuxFxVersion: "JBOSSEAP|7-java17" } } }] };
    const tf = 'resource "azurerm_windows_web_app" "web" {\n  site_config {\n    application_stack {\n      current_stack = "node"\n      php_version   = "Off"\n      node_version  = "~18"\n    }\n  }\n}\n';
    const { document } = await scan(new MemorySource({ "azuredeploy.json": JSON.stringify(arm, null, 2), "main.tf": tf }), { git: false });
    expect(tool(document.tools, ".NET")).toMatchObject({ detection_source: "azuredeploy.json" });
    expect(tool(document.tools, ".NET")?.version).toBeUndefined(); // .NET is written with no release
    expect(tool(document.tools, "Node.js")).toBeDefined();
    expect(tool(document.tools, "PHP")).toBeUndefined();
    expect(tool(document.tools, "PowerShell")).toMatchObject({ version: "7.2" });
    expect(tool(document.tools, "JBoss")).toMatchObject({ version: "7.0.0" });
  });
});
