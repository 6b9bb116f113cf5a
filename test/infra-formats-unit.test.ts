import { describe, expect, it } from "vitest";
import { infraDetector } from "../detectors/infra/index.js";
import { byFile, detectorFindings } from "./detector-findings.js";

// The per-format modules of detectors/infra (serverless.yml, azure.yaml, fly.toml, wrangler's files,
// Helm's charts and Helmfile), each on files laid out as real projects keep them, finding by finding:
// written against the survivors of their mutation run (5 December 2026).

const infra = async (files: Record<string, string>) => byFile((await detectorFindings(infraDetector, files)).findings);

describe("serverless.yml", () => {
  it("an AWS service: its provider, each runtime once, every event source by its key, streams by their service, X-Ray tracing", async () => {
    const sls = `service: orders
frameworkVersion: "3"
provider:
  name: aws
  runtime: nodejs18.x
  region: eu-west-1
  tracing:
    lambda: true
functions:
  create:
    handler: src/create.handler
    events:
      - httpApi:
          path: /orders
          method: post
  socket:
    handler: src/socket.handler
    events:
      - websocket:
          route: $connect
  report:
    handler: report.main
    runtime: python3.11
    events:
      - schedule: rate(1 day)
      - sqs:
          arn: arn:aws:sqs:eu-west-1:123456789012:reports
  onOrder:
    handler: src/onOrder.handler
    events:
      - stream:
          type: dynamodb
          arn:
            Fn::GetAtt: [OrdersTable, StreamArn]
  onClick:
    handler: src/onClick.handler
    events:
      - stream: arn:aws:kinesis:eu-west-1:123456789012:stream/clicks
  onLegacy:
    handler: src/onLegacy.handler
    events:
      - stream:
          arn: arn:aws:dynamodb:eu-west-1:123456789012:table/legacy/stream/2020-01-01T00:00:00.000
  onImport:
    handler: src/onImport.handler
    events:
      - stream:
          arn:
            Fn::ImportValue: orders-stream-arn
`;
    expect(await infra({ "serverless.yml": sls })).toEqual({
      "serverless.yml": [
        "format:xray-tracing",
        "lambda-runtime:nodejs nodejs18.x ->18.0.0",
        "lambda-runtime:python python3.11 ->3.11",
        "serverless-event:httpApi",
        "serverless-event:schedule",
        "serverless-event:sqs",
        "serverless-event:stream",
        "serverless-event:stream:dynamodb",
        "serverless-event:stream:kinesis",
        "serverless-event:websocket",
        "serverless-provider:aws",
      ],
    });
  });

  it("the provider written as a word (Serverless 1.0's form), tracing written as Active or as text, PassThrough none, bare-word events none", async () => {
    const found = await infra({
      "legacy/serverless.yml": "service: legacy\nprovider: aws\nfunctions:\n  hello:\n    handler: handler.hello\n    events:\n      - alexaSkill\n      - http: GET hello\n",
      "active/serverless.yml": "service: a\nprovider:\n  name: aws\n  runtime: nodejs20.x\n  tracing:\n    lambda: Active\n",
      "quoted/serverless.yml": "service: q\nprovider:\n  name: aws\n  runtime: nodejs20.x\n  tracing:\n    apiGateway: 'true'\n    lambda: PassThrough\n",
      "passthrough/serverless.yml": "service: p\nprovider:\n  name: aws\n  runtime: nodejs20.x\n  tracing:\n    lambda: PassThrough\n    apiGateway: false\n",
    });
    expect(found).toEqual({
      "active/serverless.yml": ["format:xray-tracing", "lambda-runtime:nodejs nodejs20.x ->20.0.0", "serverless-provider:aws"],
      "legacy/serverless.yml": ["serverless-event:http", "serverless-provider:aws"],
      "passthrough/serverless.yml": ["lambda-runtime:nodejs nodejs20.x ->20.0.0", "serverless-provider:aws"],
      "quoted/serverless.yml": ["format:xray-tracing", "lambda-runtime:nodejs nodejs20.x ->20.0.0", "serverless-provider:aws"],
    });
  });

  it("a stream given by a variable or a GovCloud ARN; a function whose body is all commented out; a Serverless Components file (no provider); a file of comments alone", async () => {
    const sls = `service: feeds
provider:
  name: aws
  runtime: nodejs20.x
functions:
  onFeed:
    handler: src/onFeed.handler
    events:
      - stream: \${self:custom.feedStreamArn}
  onAudit:
    handler: src/onAudit.handler
    events:
      - stream: arn:aws-us-gov:kinesis:us-gov-west-1:123456789012:stream/audit
  onLater:
    # handler: src/onLater.handler
`;
    const components = "component: express\norg: acme\napp: shop\nname: shop-api\ninputs:\n  src: ./\n";
    const found = await infra({ "serverless.yml": sls, "api/serverless.yml": components, "old/serverless.yml": "# moved to ../serverless.yml\n" });
    expect(found).toEqual({ "serverless.yml": ["lambda-runtime:nodejs nodejs20.x ->20.0.0", "serverless-event:stream", "serverless-event:stream:kinesis", "serverless-provider:aws"] });
  });

  it("another cloud's functions: their runtimes, no AWS event source; a function left empty is passed over", async () => {
    const sls = "service: thumbs\nprovider:\n  name: azure\n  runtime: nodejs18\n  region: West Europe\nfunctions:\n  hello:\n    handler: src/handlers/hello.sayHello\n    events:\n      - http: true\n        methods:\n          - GET\n  draft:\n";
    expect(await infra({ "serverless.yml": sls })).toEqual({ "serverless.yml": ["lambda-runtime:nodejs nodejs18 ->18.0.0", "serverless-provider:azure"] });
  });

  it("CloudFormation resources inline, in the object form or the list form beside a file reference", async () => {
    const table = "      OrdersTable:\n        Type: AWS::DynamoDB::Table\n        Properties:\n          BillingMode: PAY_PER_REQUEST\n";
    const found = await infra({
      "object/serverless.yml": `service: o\nprovider:\n  name: aws\n  runtime: nodejs20.x\nresources:\n  Resources:\n${table}`,
      "list/serverless.yml": `service: l\nprovider:\n  name: aws\n  runtime: nodejs20.x\nresources:\n  - \${file(resources/s3.yml)}\n  - Resources:\n${table.replace(/^ {6}/gm, "        ")}`,
    });
    const own = ["cloudformation-type:AWS::DynamoDB::Table", "lambda-runtime:nodejs nodejs20.x ->20.0.0", "serverless-provider:aws"];
    expect(found).toEqual({ "list/serverless.yml": own, "object/serverless.yml": own });
  });
});

describe("Helm's charts and Helmfile's releases", () => {
  it("Helmfile: documents after `---` (environments first), a local chart written with a slash, templated versions none", async () => {
    const helmfile = [
      "environments:",
      "  default:",
      "    values:",
      "      - env/default.yaml",
      "---",
      "releases:",
      "  - name: cache",
      "    chart: bitnami/redis",
      '    version: "{{ .Values.redisChart }}"',
      "  - name: web",
      "    chart: ./charts/web/",
      "  - name: queue",
      "    chart: bitnami/rabbitmq",
      "    version: 12.5.6",
      "---",
      "",
    ].join("\n");
    expect(await infra({ "helmfile.yaml": helmfile })).toEqual({ "helmfile.yaml": ["helm-chart:rabbitmq 12.5.6", "helm-chart:redis", "helm-chart:web"] });
  });

  it("Helmfile: a document commented out, and a release that takes its chart from a template (`inherit`), before the ones that name theirs", async () => {
    const helmfile = [
      "templates:",
      "  default:",
      "    namespace: apps",
      "    chart: ./charts/{{`{{ .Release.Name }}`}}",
      "---",
      "# repositories:",
      "#   - name: legacy",
      "---",
      "releases:",
      "  - name: api",
      "    inherit:",
      "      - template: default",
      "  - name: cache",
      "    chart: bitnami/redis",
      "    version: 18.12.1",
      "",
    ].join("\n");
    expect(await infra({ "helmfile.yaml": helmfile })).toEqual({ "helmfile.yaml": ["helm-chart:redis 18.12.1"] });
  });

  it("a packaged chart (`helm package` names it <name>-<version>.tgz) is known by its name, in a Helmfile and in Terraform's helm_release", async () => {
    const helmfile = "releases:\n  - name: db\n    chart: ./vendor/charts/postgresql-13.2.24.tgz\n  - name: auth\n    chart: ./vendor/charts/keycloak-21.4.1.tgz\n  - name: api\n    chart: ./build/api.tgz\n  - name: ingress\n    chart: ./vendor/charts/ingress-nginx-4.10.0.tgz\n  - name: web\n    chart: ./build/web-0.3.0-rc.1.tgz\n";
    const tf = 'resource "helm_release" "db" {\n  name  = "db"\n  chart = "./charts/postgresql-13.2.24.tgz"\n}\n';
    const found = await infra({ "helmfile.yaml": helmfile, "main.tf": tf });
    expect(found["helmfile.yaml"]).toEqual(["helm-chart:api", "helm-chart:ingress-nginx", "helm-chart:keycloak", "helm-chart:postgresql", "helm-chart:web"]);
    expect(found["main.tf"]).toContain("helm-chart:postgresql");
  });
});

describe("JSON templates", () => {
  it("CloudFormation written as AWS's samples write it (a space before each colon), at the root under a name of its own", async () => {
    const stack = '{\n  "AWSTemplateFormatVersion" : "2010-09-09",\n  "Description" : "Orders store",\n  "Resources" : {\n    "OrdersTable" : {\n      "Type" : "AWS::DynamoDB::Table",\n      "Properties" : { "BillingMode" : "PAY_PER_REQUEST" }\n    }\n  }\n}\n';
    expect(await infra({ "stack.json": stack, "locales/en.json": '{ "Resources" : "Ressourcen" }\n' })).toEqual({ "stack.json": ["cloudformation-type:AWS::DynamoDB::Table", "format:cloudformation-template"] });
  });

  it("a SAM template in JSON known by its Transform alone, written as a list with spaces inside", async () => {
    const sam = '{\n  "Transform" : [ "AWS::Serverless-2016-10-31" ],\n  "Resources" : {\n    "Api" : { "Type" : "AWS::Serverless::Function", "Properties" : { "Runtime" : "python3.12", "Handler" : "app.handler" } }\n  }\n}\n';
    const found = await infra({ "sam/orders.json": sam });
    expect(found["sam/orders.json"]).toEqual(expect.arrayContaining(["cloudformation-type:AWS::Serverless::Function"]));
  });

  it("a SAM template in JSON as generators write it: pretty-printed with its Transform list on lines of their own, or minified", async () => {
    const template = { Transform: ["AWS::Serverless-2016-10-31"], Resources: { Api: { Type: "AWS::Serverless::Function", Properties: { Runtime: "nodejs20.x", Handler: "index.handler" } } } };
    const minified = { Transform: "AWS::Serverless-2016-10-31", Resources: template.Resources };
    const found = await infra({ "sam/pretty.json": JSON.stringify(template, null, 2), "sam/min.json": JSON.stringify(minified) });
    expect(found["sam/pretty.json"]).toEqual(expect.arrayContaining(["cloudformation-type:AWS::Serverless::Function"]));
    expect(found["sam/min.json"]).toEqual(expect.arrayContaining(["cloudformation-type:AWS::Serverless::Function"]));
  });

  it("an ARM template's resource type is found at its first line, though another resource of that type follows", async () => {
    const arm = JSON.stringify(
      {
        $schema: "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
        contentVersion: "1.0.0.0",
        resources: [
          { type: "Microsoft.Web/sites", apiVersion: "2022-03-01", name: "api", location: "[resourceGroup().location]" },
          { type: "Microsoft.Web/sites", apiVersion: "2022-03-01", name: "admin", location: "[resourceGroup().location]" },
        ],
      },
      null,
      2,
    );
    const found = await infra({ "infra/azuredeploy.json": arm });
    expect(found["infra/azuredeploy.json"]?.filter((f) => f.startsWith("azure-resource-type:microsoft.web/sites"))).toEqual(["azure-resource-type:microsoft.web/sites@6"]);
  });
});

describe("azure.yaml, fly.toml and wrangler.toml left half-written", () => {
  it("a file of comments alone, one that does not parse and a service without its host name nothing, and the files beside them are still read", async () => {
    const found = await infra({
      "azure.yaml": "# yaml-language-server: $schema=https://raw.githubusercontent.com/Azure/azure-dev/main/schemas/v1.0/azure.yaml.json\n",
      "apps/azure.yaml": "name: shop\nservices:\n  web:\n    project: ./src/web\n    language: js\n  draft:\n  api:\n    project: ./src/api\n    host: containerapp\n",
      "fly.toml": "# fly.toml app configuration file generated for shop\n",
      "db/fly.toml": 'app = "shop-db"\n[build\n  image = "flyio/postgres-flex:15.6"\n',
      "wrangler.toml": "# filled in by the deploy script\n",
      "site/wrangler.toml": 'name = "site"\npages_build_output_dir = "./dist\n',
      "www/wrangler.toml": 'name = "docs"\npages_build_output_dir = "./dist"\n',
      "search/fly.toml": 'app = "shop-search"\n[build]\n  image = "getmeili/meilisearch:v1.8"\n',
    });
    expect(found).toEqual({
      "apps/azure.yaml": ["azd-host:containerapp@9"],
      "search/fly.toml": ["docker:getmeili/meilisearch@3 v1.8 ->1.8"],
      "www/wrangler.toml": ["format:cloudflare-pages-config@2"],
    });
  });
});

describe("Ansible's files", () => {
  it("a playbook by a play's hosts at the start of its line; a vars file whose keys end in hosts is none", async () => {
    const found = await infra({
      "ansible/site.yml": "---\n- name: Web servers\n  hosts: web\n  become: true\n  roles:\n    - nginx\n",
      "ansible/group_vars/all.yml": "django_allowed_hosts:\n  - shop.example.com\nredis_port: 6379\n",
      "ansible/inventory/hosts.yml": "all:\n  children:\n    web:\n      hosts:\n        web1.example.com:\n",
      "ansible/old.yml": "# - hosts: all\n#   roles: [legacy]\nlegacy_enabled: false\n",
    });
    expect(found["ansible/site.yml"]).toEqual(["format:ansible-playbook"]);
    expect(found["ansible/group_vars/all.yml"]).toBeUndefined();
    expect(found["ansible/old.yml"]).toBeUndefined();
  });
});
