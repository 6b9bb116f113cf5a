import { describe, expect, it } from "vitest";
import { scan, MemorySource } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";
import { readTerraform } from "../detectors/infra/terraform.js";
import { fixture } from "./helpers.js";

const tool = (tools: ToolEntry[], name: string) => tools.find((t) => t.name === name);

describe("infrastructure", () => {
  it("resource bodies are read by their own braces: nested blocks, an unclosed one, and many of them", () => {
    const main = [
      'resource "aws_db_instance" "orders" {',
      '  engine         = "postgres"',
      '  instance_class = "db.t3.micro"',
      "  tags = {",
      '    Name = "orders-${var.env}"',
      "  }",
      "}",
      "",
      'resource "google_sql_database_instance" "reports" {',
      '  settings { tier = "db-f1-micro" }',
      '  database_version = "POSTGRES_15"',
      "}",
      "",
      'resource "helm_release" "cache" {',
      '  chart   = "redis"',
      '  version = "18.6.1"',
      "",
    ].join("\n");
    const use = readTerraform(main);
    expect(use.databases.sort()).toEqual(["cloud-sql-postgresql", "rds-postgresql"]);
    // The helm_release never closes: no body, so no chart, and nothing else is lost.
    expect(use.charts).toEqual([]);
    // Thousands of unclosed resource headers (a cut or hostile file) are still read in one pass.
    const hostile = 'resource "aws_rds_cluster" "c" {\n  engine_mode = "provisioned"\n'.repeat(20_000);
    expect(readTerraform(hostile).databases).toEqual([]);
    expect(readTerraform(hostile + "}\n".repeat(20_000)).databases).toEqual([]);
    expect(readTerraform('module "m" {\n  source = "x"\n'.repeat(100_000)).modules).toEqual([]);
    // A module's source and version come from its whole body, past a nested block.
    const module = 'module "vpc" {\n  providers = {\n    aws = aws.eu\n  }\n  source  = "terraform-aws-modules/vpc/aws"\n  version = "5.1.2"\n}\n';
    expect(readTerraform(module).modules).toEqual([{ name: "vpc", source: "terraform-aws-modules/vpc/aws", version: "5.1.2" }]);
  });

  it("required_version gives the lowest Terraform release the constraint allows", async () => {
    const versions = 'terraform {\n  required_version = ">= 1.3"\n\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n      version = ">= 5.34"\n    }\n  }\n}\n';
    expect(readTerraform(versions).requiredVersion).toBe(">= 1.3");
    // A variable named required_version elsewhere is not the terraform block's.
    expect(readTerraform('variable "x" {\n  required_version = "9.9"\n}\n').requiredVersion).toBeUndefined();
    const { document } = await scan(new MemorySource({ "versions.tf": versions, "main.tf": 'resource "aws_sqs_queue" "q" {}\n' }), { git: false });
    expect(tool(document.tools, "Terraform")).toMatchObject({ version: "1.3", detection_source: "versions.tf" });
    // The AWS provider names Terraform alone (no AWS umbrella, as an AWS SDK names none), and its
    // constraint (>= 5.34) is no entry's release.
    expect(tool(document.tools, "Amazon Web Services (AWS)")).toBeUndefined();
    expect(document.tools.filter((t) => t.version !== undefined).map((t) => `${t.name} ${t.version}`)).toEqual(["Terraform 1.3"]);
  });

  it("a provider's locked release is the provider's: not the cloud platform's, Terraform's, Docker's or Helm's", async () => {
    const main = [
      'terraform {\n  required_providers {\n    random = {\n      source  = "hashicorp/random"\n      version = "3.4.3"\n    }',
      '    docker = {\n      source  = "kreuzwerker/docker"\n      version = "3.0.1"\n    }\n  }\n}',
      'provider "azurerm" {\n  features {}\n}\nprovider "helm" {\n  kubernetes {\n    config_path = "~/.kube/config"\n  }\n}\n',
    ].join("\n");
    const lock = [
      ["hashicorp/azurerm", "4.29.0"], ["hashicorp/helm", "2.17.0"], ["hashicorp/random", "3.4.3"], ["kreuzwerker/docker", "3.0.1"],
    ].map(([p, v]) => `provider "registry.terraform.io/${p}" {\n  version = "${v}"\n  hashes = [\n    "h1:abc=",\n  ]\n}\n`).join("\n");
    const { document } = await scan(new MemorySource({ "main.tf": main, ".terraform.lock.hcl": lock }), { git: false });
    for (const name of ["Microsoft Azure", "Terraform", "Docker", "Helm"]) {
      expect(tool(document.tools, name), name).toBeDefined();
      expect(tool(document.tools, name)?.version, name).toBeUndefined();
    }
  });

  it("a chart a helm_release installs reveals its tool, without the chart's version", async () => {
    const main = 'resource "helm_release" "argocd" {\n  name       = "argocd"\n  repository = "https://argoproj.github.io/argo-helm"\n  chart      = "argo-cd"\n  version    = "5.52.0"\n  values     = [file("${path.module}/argocd-values.yaml")]\n}\n\nresource "helm_release" "cache" {\n  name  = "cache"\n  chart = "oci://registry-1.docker.io/bitnamicharts/redis"\n}\n';
    expect(readTerraform(main).charts).toEqual([{ name: "argo-cd", version: "5.52.0" }, { name: "redis" }]);
    const { document } = await scan(new MemorySource({ "main.tf": main }), { git: false });
    expect(tool(document.tools, "Argo")).toMatchObject({ detection_source: "main.tf" });
    expect(tool(document.tools, "Argo")?.version).toBeUndefined();
    expect(tool(document.tools, "Redis")).toBeDefined();
  });

  it("setup actions for Helm, Pulumi and Xcode reveal them, with the release they install", async () => {
    const workflow = [
      "name: ci", "on: [push]", "jobs:", "  plan:", "    runs-on: macos-14", "    steps:",
      "      - uses: actions/checkout@v4",
      "      - uses: azure/setup-helm@v4",
      "      - uses: pulumi/actions@v5", "        with:", "          pulumi-version: 3.112.0",
      "      - uses: maxim-lobanov/setup-xcode@v1", "        with:", "          xcode-version: '15.2'",
    ].join("\n");
    const { document } = await scan(new MemorySource({ ".github/workflows/ci.yml": workflow }), { git: false });
    expect(tool(document.tools, "Helm")).toBeDefined();
    expect(tool(document.tools, "Pulumi")?.version).toBe("3.112.0");
    expect(tool(document.tools, "Xcode")?.version).toBe("15.2");
  });

  it("serverless.yml with CloudFormation tags: the provider, the Lambda runtime and the resources' services", async () => {
    const config = [
      "service: workshop", 'frameworkVersion: "3"', "provider:", "  name: aws", "  runtime: nodejs20.x", "  iam:", "    role:", "      statements:",
      "        - Effect: Allow", "          Action: [dynamodb:scan]", "          Resource: !GetAtt RestaurantsTable.Arn",
      "  environment:", "    rest_api_url: !Sub https://${ApiGatewayRestApi}.execute-api.${AWS::Region}.amazonaws.com", "    table: !Ref RestaurantsTable",
      "functions:", "  notify:", "    handler: functions/notify.handler", "    events:", "      - eventBridge:", "          eventBus: !Ref EventBus",
      "resources:", "  Resources:", "    RestaurantsTable:", "      Type: AWS::DynamoDB::Table", "    EventBus:", "      Type: AWS::Events::EventBus",
      "    Topic:", "      Type: AWS::SNS::Topic", "    Role:", "      Type: AWS::IAM::Role", "      Properties:", "        Policies: !If [IsProd, [], !Ref AWS::NoValue]",
    ].join("\n");
    const { document, warnings } = await scan(new MemorySource({ "serverless.yml": config }), { git: false });
    expect(warnings).toEqual([]);
    expect(tool(document.tools, "AWS Lambda")).toMatchObject({ detection_source: "serverless.yml" });
    expect(tool(document.tools, "Node.js")).toMatchObject({ version: "20.0.0", detection_source: "serverless.yml" });
    for (const name of ["Amazon DynamoDB", "Amazon EventBridge", "Amazon SNS", "Amazon Web Services (AWS)"]) expect(tool(document.tools, name), name).toBeDefined();
  });

  it("serverless.yml: a function's own runtime names its language too, beside the provider's", async () => {
    const config = [
      "service: orders", "provider:", "  name: aws", "  runtime: nodejs20.x", "functions:",
      "  createOrder:", "    handler: src/create.handler", "  legacyReport:", "    handler: legacy/report.handler", "    runtime: python3.11",
      "  native:", "    handler: bootstrap", "    runtime: provided.al2023", "  plain: src/plain.handler", "",
    ].join("\n");
    const { document, warnings } = await scan(new MemorySource({ "serverless.yml": config }), { git: false });
    expect(warnings).toEqual([]);
    expect(tool(document.tools, "Node.js")).toMatchObject({ version: "20.0.0", detection_source: "serverless.yml" });
    expect(tool(document.tools, "Python")).toMatchObject({ version: "3.11", detection_source: "serverless.yml" });
  });

  it("a SAM template: AWS SAM, its functions' runtime and resources; a template of another kind is not read", async () => {
    const sam = "AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31\nGlobals:\n  Function:\n    Runtime: python3.12\nResources:\n  Api:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: app.handler\n      Events:\n        Get:\n          Type: Api\n  Bucket:\n    Type: AWS::S3::Bucket\nOutputs:\n  Url:\n    Value: !Sub 'https://${ServerlessRestApi}.execute-api.${AWS::Region}.amazonaws.com/'\n";
    const names = async (files: Record<string, string>) => (await scan(new MemorySource(files), { git: false })).document.tools.map((t) => `${t.name}@${t.version ?? ""}`);
    expect(await names({ "template.yaml": sam })).toEqual(expect.arrayContaining(["AWS SAM@", "AWS Lambda@", "Amazon S3@", "Python@3.12"]));
    expect(await names({ "docs/template.yaml": "title: Report\nResources:\n  logo: logo.png\n" })).toEqual([]);
  });

  it("Ansible from a role's Galaxy metadata, a collection's manifest, an ansible-lint config or playbooks in the usual folders", async () => {
    const names = async (files: Record<string, string>) => (await scan(new MemorySource(files), { git: false })).document.tools.map((t) => t.name);
    const meta = "---\ndependencies: []\n\ngalaxy_info:\n  author: someone\n  description: Docker for Linux.\n  min_ansible_version: 2.4\n  galaxy_tags:\n    - docker\n";
    expect(await names({ "meta/main.yml": meta, "tasks/main.yml": "---\n- name: Install Docker packages.\n  package:\n    name: docker-ce\n" })).toContain("Ansible");
    expect(await names({ "roles/docker/meta/main.yml": meta })).toContain("Ansible");
    expect(await names({ "galaxy.yml": "namespace: acme\nname: tools\nversion: 1.2.0\nreadme: README.md\nauthors: [someone]\n" })).toContain("Ansible");
    expect(await names({ ".ansible-lint": "skip_list:\n  - yaml\n" })).toContain("Ansible");
    expect(await names({ "molecule/default/converge.yml": "---\n- name: Converge\n  hosts: all\n  roles:\n    - role: docker\n" })).toContain("Ansible");
    expect(await names({ "ansible/deploy-backend.yml": "- name: deploy\n  hosts: web\n  roles: [deploy]\n" })).toContain("Ansible");
    // Other files of those names are not Ansible's.
    expect(await names({ "meta/main.yml": "title: docs\n", "galaxy.yml": "name: stars\n", "ansible/notes.yml": "todo: [a]\n" })).not.toContain("Ansible");
  });

  it("a Pulumi program: its providers reveal the platforms, Pulumi takes its own SDK's release", async () => {
    const pkg = JSON.stringify({ name: "static-site", dependencies: { "@pulumi/aws": "^6.0.0", "@pulumi/pulumi": "^3.113.0", "@pulumi/docker": "^4.5.0" } });
    const { document } = await scan(new MemorySource({ "Pulumi.yaml": "name: static-site\nruntime: nodejs\n", "package.json": pkg }), { git: false });
    expect(tool(document.tools, "Pulumi")?.version).toBe("3.113.0");
    expect(tool(document.tools, "Docker")).toBeDefined();
    expect(tool(document.tools, "Docker")?.version).toBeUndefined(); // 4.5 is the provider's release
    // A cloud provider names no Amazon Web Services umbrella, as an AWS SDK names none.
    expect(tool(document.tools, "Amazon Web Services (AWS)")).toBeUndefined();
    const py = await scan(new MemorySource({ "Pulumi.yaml": "name: infra\nruntime: python\n", "requirements.txt": "pulumi>=3.0.0,<4.0.0\npulumi-gcp==7.1.0\n" }), { git: false });
    expect(tool(py.document.tools, "Google Cloud Platform")).toBeDefined();
    expect(tool(py.document.tools, "Google Cloud Platform")?.version).toBeUndefined();
  });

  it("a chart's values name the images it deploys; values.yaml outside a chart is not read", async () => {
    const chart = "apiVersion: v2\nname: webapp\nversion: 0.3.1\nappVersion: \"2.4.0\"\n";
    const values = "image:\n  repository: ghcr.io/acme/webapp\n  tag: \"\"\nnginx:\n  image:\n    registry: docker.io\n    repository: nginx\n    tag: 1.25.3-alpine\nmetrics:\n  image: prom/prometheus:v2.48.0\nservice:\n  type: ClusterIP\n";
    const { document } = await scan(new MemorySource({ "charts/webapp/Chart.yaml": chart, "charts/webapp/values.yaml": values }), { git: false });
    expect(tool(document.tools, "NGINX")).toMatchObject({ version: "1.25.3", detection_source: "charts/webapp/values.yaml" });
    expect(tool(document.tools, "Prometheus")).toMatchObject({ version: "2.48.0" });
    const loose = await scan(new MemorySource({ "config/values.yaml": values }), { git: false });
    expect(tool(loose.document.tools, "NGINX")).toBeUndefined();
  });

  it("reads Terraform providers and modules as text", () => {
    const use = readTerraform('terraform {\n  required_providers {\n    google = { source = "hashicorp/google", version = "5.10.0" } # pinned\n  }\n}\nprovider "random" {}\nmodule "net" {\n  source = "./modules/net"\n}\n');
    expect(use.providers).toEqual([{ name: "google", source: "hashicorp/google", version: "5.10.0" }, { name: "random" }]);
    expect(use.modules).toEqual([{ name: "net", source: "./modules/net" }]);
  });

  it("a helmfile names Helm, and the tools of the charts its releases install (without the chart's release)", async () => {
    const helmfile = "releases:\n  - name: cache\n    chart: bitnami/redis\n    version: 18.12.1\n";
    const { document } = await scan(new MemorySource({ "helmfile.yaml": helmfile }), { git: false });
    expect(tool(document.tools, "Helm")).toMatchObject({ detection_source: "helmfile.yaml" });
    expect(tool(document.tools, "Redis")).toMatchObject({ detection_source: "helmfile.yaml" });
    expect(tool(document.tools, "Redis")?.version).toBeUndefined();
  });

  it("Terraform 0.12's required_providers, a bare constraint string per provider, name their providers", async () => {
    const main = 'terraform {\r\n  required_version = "~> 0.12.29"\r\n  required_providers {\r\n    aws    = "~> 2.70"\r\n    google = ">= 3.0"\r\n    kubernetes = {\r\n      source  = "hashicorp/kubernetes"\r\n      version = "~> 1.13"\r\n    }\r\n  }\r\n}\r\n';
    expect(readTerraform(main).providers).toEqual([
      { name: "kubernetes", source: "hashicorp/kubernetes", version: "~> 1.13" },
      { name: "aws", version: "~> 2.70" },
      { name: "google", version: ">= 3.0" },
    ]);
    const { document } = await scan(new MemorySource({ "terraform/main.tf": main }), { git: false });
    expect(tool(document.tools, "Google Cloud Platform")).toMatchObject({ detection_source: "terraform/main.tf" });
  });

  it("Terraform with its lockfile, Kubernetes manifests, a Helm chart and an Ansible playbook", async () => {
    const { document, warnings } = await scan(fixture("infra-repo"), { git: false });
    expect(warnings).toEqual([]);
    expect(tool(document.tools, "Terraform")).toBeDefined();
    // The providers' locked releases (hashicorp/aws 5.31.0, cloudflare 4.21.0) are not releases
    // of Terraform or Cloudflare, a closed hosted service. hashicorp/aws names no AWS umbrella
    // (the site names none from a provider or an SDK).
    expect(tool(document.tools, "Terraform")?.version).not.toBe("5.31.0");
    expect(tool(document.tools, "Amazon Web Services (AWS)")).toBeUndefined();
    expect(tool(document.tools, "CloudFlare")).toBeDefined();
    expect(tool(document.tools, "CloudFlare")?.version).toBeUndefined();
    expect(tool(document.tools, "Kubernetes")?.detection_source).toBe("k8s/deployment.yaml");
    expect(tool(document.tools, "Redis")?.version).toBe("7.2");
    // A chart's Chart.yaml names Kubernetes, no Helm (the site names none from one: stop 53).
    expect(tool(document.tools, "Helm")).toBeUndefined();
    // The chart dependency `postgresql ~13.2.0` is Bitnami's chart release, not PostgreSQL 13.
    expect(tool(document.tools, "PostgreSQL")).toBeDefined();
    expect(tool(document.tools, "PostgreSQL")?.version).toBeUndefined();
    expect(tool(document.tools, "Ansible")?.detection_source).toBe("playbook.yml");
  });

  it("a kustomization's remote GitHub bases name the project they install, at the ref they pin; its helmCharts their charts", async () => {
    // An Argo CD component of a GitOps repository, installed from Argo CD's own manifests.
    const argocd = "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: argocd\nresources:\n  - github.com:argoproj/argo-cd.git//manifests/cluster-install?ref=v2.6.7\n  - argocd-ui-ingress.yaml\npatchesStrategicMerge:\n  - argocd-cm.yaml\n";
    const { document } = await scan(new MemorySource({ "registry/components/argocd/kustomization.yaml": argocd }), { git: false });
    expect(tool(document.tools, "Argo")).toMatchObject({ version: "2.6.7", detection_source: "registry/components/argocd/kustomization.yaml" });
    // The kustomization itself names no Kustomize (iac-second-look's "A kustomization").
    expect(tool(document.tools, "Kustomize")).toBeUndefined();
    // A raw file of a release tag, and the older `bases` field; a branch pins no release.
    const raw = "resources:\n  - https://raw.githubusercontent.com/argoproj/argo-cd/v2.12.4/manifests/ha/install.yaml\n";
    expect(tool((await scan(new MemorySource({ "argocd/kustomization.yaml": raw }), { git: false })).document.tools, "Argo")?.version).toBe("2.12.4");
    // A release's asset, as Argo Rollouts publishes its install manifest; the `latest` alias pins none.
    const asset = "resources:\n  - https://github.com/argoproj/argo-rollouts/releases/download/v1.7.1/install.yaml\n";
    expect(tool((await scan(new MemorySource({ "rollouts/kustomization.yaml": asset }), { git: false })).document.tools, "Argo")).toMatchObject({ version: "1.7.1", detection_source: "rollouts/kustomization.yaml" });
    const latest = "resources:\n  - https://github.com/argoproj/argo-rollouts/releases/latest/download/install.yaml\n";
    const latestArgo = tool((await scan(new MemorySource({ "rollouts/kustomization.yaml": latest }), { git: false })).document.tools, "Argo");
    expect(latestArgo).toBeDefined();
    expect(latestArgo?.version).toBeUndefined();
    const flux = "bases:\n  - https://github.com/fluxcd/flux2//manifests/install?ref=main\n";
    const fluxTool = tool((await scan(new MemorySource({ "clusters/kustomization.yaml": flux }), { git: false })).document.tools, "Flux CD");
    expect(fluxTool).toBeDefined();
    expect(fluxTool?.version).toBeUndefined();
    // The NGINX ingress controller's tag is its own release, not NGINX's.
    const ingress = "resources:\n  - https://github.com/kubernetes/ingress-nginx/deploy/static/provider/cloud?ref=controller-v1.9.4\n";
    const nginx = tool((await scan(new MemorySource({ "infra/ingress/kustomization.yaml": ingress }), { git: false })).document.tools, "NGINX");
    expect(nginx).toBeDefined();
    expect(nginx?.version).toBeUndefined();
    // Charts kustomize inflates: the chart's tool, without the chart's release.
    const charts = "helmCharts:\n  - name: redis\n    repo: https://charts.bitnami.com/bitnami\n    version: 18.6.1\n    releaseName: cache\n";
    const redis = tool((await scan(new MemorySource({ "apps/cache/kustomization.yaml": charts }), { git: false })).document.tools, "Redis");
    expect(redis).toMatchObject({ detection_source: "apps/cache/kustomization.yaml" });
    expect(redis?.version).toBeUndefined();
    // Local paths and a repository the catalog does not know name nothing.
    const local = "resources:\n  - ../base\n  - github.com/acme/platform//base?ref=v1.0.0\n";
    const names = (await scan(new MemorySource({ "overlays/dev/kustomization.yaml": local }), { git: false, disable: ["languages"] })).document.tools.map((t) => t.name).sort();
    expect(names).toEqual([]);
  });

  it("a custom resource's API group speaks anywhere; other manifests only in a manifest folder or beside a kustomization", async () => {
    const names = async (files: Record<string, string>) =>
      (await scan(new MemorySource(files), { git: false, disable: ["languages"] })).document.tools.filter((t) => !t.package_url).map((t) => t.name);
    const application = "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: argocd\nspec:\n  project: default\n  destination:\n    namespace: argocd\n";
    const deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: cache\nspec:\n  template:\n    spec:\n      containers:\n        - name: redis\n          image: redis:7.2\n";
    // An Argo CD Application in a GitOps folder: Argo, on Kubernetes.
    const gitops = await scan(new MemorySource({ "registry/cluster/argocd.yaml": application }), { git: false });
    expect(tool(gitops.document.tools, "Argo")?.detection_source).toBe("registry/cluster/argocd.yaml");
    expect(tool(gitops.document.tools, "Kubernetes")).toBeDefined();
    // A core kind outside a manifest folder may be an example in the docs; a group the catalog does not know names nothing.
    expect(await names({ "docs/example.yaml": deployment, "components/statestore.yaml": "apiVersion: dapr.io/v1alpha1\nkind: Component\nmetadata:\n  name: state\n" })).toEqual([]);
    // Beside a kustomization it is one of the manifests the kustomization deploys, with its images.
    const kustomized = await names({ "platform/base/kustomization.yaml": "resources:\n  - deployment.yaml\n", "platform/base/deployment.yaml": deployment });
    expect(kustomized.sort()).toEqual(["Kubernetes", "Redis"]);
    // A YAML named for Kubernetes is a manifest wherever it lies.
    expect((await names({ "k8s-cache.yaml": deployment })).sort()).toEqual(["Kubernetes", "Redis"]);
    expect((await names({ "ops/cache.k8s.yml": deployment })).sort()).toEqual(["Kubernetes", "Redis"]);
  });

  it("YAML that is data, not infrastructure, is not read: locales, a site's _data, pnpm's lockfile", async () => {
    const read = async (files: Record<string, string>) => (await scan(new MemorySource(files), { git: false, disable: ["languages", "npm"] })).stats.filesRead;
    const base = { "deploy/app.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n" };
    const locale = "en:\n  greeting: Hello\n  apiVersion: shown on the about page\n";
    const data = {
      ...base,
      "config/locales/en.yml": locale,
      "config/locales/fr.yml": locale,
      "web/i18n/de.yaml": locale,
      "site/_data/authors.yml": "- name: Ada\n",
      "web/pnpm-lock.yaml": "lockfileVersion: '9.0'\n",
    };
    expect(await read(data)).toBe(await read(base));
    // An Argo CD Application elsewhere is still read.
    expect(await read({ ...base, "clusters/prod/argocd.yaml": "apiVersion: argoproj.io/v1alpha1\nkind: Application\n" })).toBe((await read(base)) + 1);
  });

  it("a Render Blueprint names its services' runtimes, its Redis and its PostgreSQL at the major version it pins", async () => {
    const blueprint = [
      "services:",
      "  - type: web",
      "    name: api",
      "    runtime: node",
      "    buildCommand: npm ci && npm run build",
      "  - type: worker",
      "    name: jobs",
      "    env: python", // the older key
      "  - type: web",
      "    name: site",
      "    runtime: static",
      "  - type: redis",
      "    name: cache",
      "    ipAllowList: []",
      "databases:",
      "  - name: app-db",
      "    postgresMajorVersion: \"16\"",
    ].join("\n");
    const { document } = await scan(new MemorySource({ "render.yaml": blueprint }), { git: false });
    const tools = new Map(document.tools.filter((t) => !t.package_url).map((t) => [t.name, t]));
    expect(tools.get("Render")?.detection_source).toBe("render.yaml");
    for (const name of ["Node.js", "Python", "Redis"]) expect(tools.get(name)?.detection_source, name).toBe("render.yaml");
    expect(tools.get("PostgreSQL")).toMatchObject({ version: "16.0.0", detection_source: "render.yaml" });
    // a render.yaml outside the root is not the Blueprint Render reads
    const nested = await scan(new MemorySource({ "examples/render.yaml": blueprint }), { git: false });
    expect(nested.document.tools.some((t) => t.name === "PostgreSQL")).toBe(false);
    expect(nested.document.tools.some((t) => t.name === "Render")).toBe(false);
  });

  it("app.json is Heroku's only with Heroku's keys, app.yaml App Engine's only with a runtime", async () => {
    const names = async (files: Record<string, string>) =>
      (await scan(new MemorySource(files), { git: false })).document.tools.filter((t) => !t.package_url).map((t) => t.name);
    const heroku = JSON.stringify({ name: "tracker", repository: "https://example.org/tracker", env: { DATABASE_URL: { required: true } }, addons: ["heroku-postgresql"] });
    expect(await names({ "app.json": heroku })).toContain("Heroku");
    expect(await names({ "app.json": JSON.stringify({ name: "tracker", env: { SECRET: { generator: "secret" } } }) })).toContain("Heroku");
    // React Native and Expo write an app.json too.
    expect(await names({ "app.json": JSON.stringify({ name: "AppLocker", displayName: "App Locker" }) })).not.toContain("Heroku");
    expect(await names({ "app.json": JSON.stringify({ expo: { name: "shop", slug: "shop" } }) })).not.toContain("Heroku");
    expect(await names({ "app.yaml": "runtime: python312\nentrypoint: gunicorn -b :$PORT main:app\n" })).toContain("Google App Engine");
    expect(await names({ "deploy/app.yaml": "name: web\nreplicas: 2\n" })).not.toContain("Google App Engine");
  });

  it("a Kubernetes manifest named app.yaml is read as one, several documents and all, with no warning", async () => {
    const app = [
      "---",
      "apiVersion: apps/v1",
      "kind: Deployment",
      "metadata:",
      "  name: api",
      "spec:",
      "  template:",
      "    spec:",
      "      initContainers:",
      "        - name: wait-db",
      "          image: busybox:1.36.1",
      "      containers:",
      "        - name: api",
      "          image: ghcr.io/acme/api:latest",
      "        - name: cloudsql-proxy",
      "          image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.9.0",
      "---",
      "apiVersion: v1",
      "kind: Service",
      "metadata:",
      "  name: api",
      "",
    ].join("\n");
    const kustomization = "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - app.yaml\n";
    const { document, warnings } = await scan(new MemorySource({ "deploy/base/app.yaml": app, "deploy/base/kustomization.yaml": kustomization }), { git: false });
    expect(warnings).toEqual([]);
    expect(tool(document.tools, "Google Cloud SQL")).toMatchObject({ detection_source: "deploy/base/app.yaml" });
    expect(tool(document.tools, "Kubernetes")).toBeDefined();
    expect(tool(document.tools, "Google App Engine")).toBeUndefined();
  });

  it("GitLab CI and Bitbucket Pipelines from their root files only; Travis CI from a subproject's too, never from an example's", async () => {
    const names = async (files: Record<string, string>) =>
      (await scan(new MemorySource(files), { git: false })).document.tools.map((t) => t.name);
    expect(await names({ ".travis.yml": "language: ruby\n", ".gitlab-ci.yml": "test:\n  script: [make]\n" })).toEqual(expect.arrayContaining(["Travis CI", "GitLab CI"]));
    const nested = await names({
      "examples/ci/gitlab/.gitlab-ci.yml": "test:\n  image: node:20\n  script: [npm test]\n",
      "examples/ci/travis/.travis.yml": "language: node_js\n",
      "examples/ci/bitbucket/bitbucket-pipelines.yml": "image: node:20\n",
      "examples/ci/jenkins/Jenkinsfile": "pipeline {}\n",
    });
    expect(nested).not.toContain("GitLab CI");
    expect(nested).not.toContain("Travis CI");
    expect(nested).not.toContain("Bitbucket Pipelines");
    expect(nested).not.toContain("Node.js"); // the job images of those copies are not read either
    expect(nested).toContain("Jenkins"); // Jenkins takes its script from any configured path
    // A subproject's own .travis.yml (a client/ that was a repository of its own, a book chapter's
    // project) shows Travis CI and its language (without the matrix's release); not one under docs/ or templates/.
    const subproject = await scan(new MemorySource({ "client/.travis.yml": "language: python\npython:\n  - '3.8'\n", "client/setup.py": "" }), { git: false });
    expect(subproject.document.tools.find((t) => t.name === "Travis CI")?.detection_source).toBe("client/.travis.yml");
    expect(subproject.document.tools.find((t) => t.name === "Python")).toBeDefined();
    expect(subproject.document.tools.find((t) => t.name === "Python")?.version).toBeUndefined();
    // `language: node_js` is the CI job's runtime: the site names Node.js from none (0 of 3 repositories).
    const node = await scan(new MemorySource({ ".travis.yml": "language: node_js\nnode_js:\n  - '14'\n", "package.json": "{}" }), { git: false });
    expect(node.document.tools.find((t) => t.name === "Travis CI")).toBeDefined();
    expect(node.document.tools.find((t) => t.name === "Node.js")).toBeUndefined();
    expect(await names({ "docs/setup/.travis.yml": "language: go\n", "templates/app/.travis.yml": "language: go\n" })).not.toContain("Travis CI");
  });
});
