import { describe, expect, it } from "vitest";
import { scan, MemorySource } from "../src/index.js";
import { infraDetector } from "../detectors/infra/index.js";
import { ciDetector } from "../detectors/ci/index.js";
import { byFile, compact, detectorFindings } from "./detector-findings.js";
import { expectFinishesWithin } from "./work-budget.js";

// Hosting and deploy configurations as real projects keep them: what each file provisions and the
// runtime it pins (an audit of App Engine, CloudFormation, Render and DigitalOcean App Platform files).

const infra = (files: Record<string, string>) => detectorFindings(infraDetector, files);
const tools = async (files: Record<string, string>) => {
  const { document } = await scan(new MemorySource(files), { git: false });
  return Object.fromEntries(document.tools.map((t) => [t.name, `${t.version ?? ""} ${t.detection_source}`.trim()]));
};

describe("App Engine's app.yaml", () => {
  it("its runtime names the language at the release the ID packs (python312 is Python 3.12, go122 Go 1.22)", async () => {
    const { findings, warnings } = await infra({
      "app.yaml": "runtime: python312\nentrypoint: gunicorn -b :$PORT main:app\nhandlers:\n- url: /.*\n  script: auto\n",
      "frontend/app.yaml": "runtime: nodejs20\nservice: frontend\n",
      "api/app.yaml": "runtime: go122\nservice: api\n",
      "legacy/app.yaml": "runtime: python27\napi_version: 1\nthreadsafe: true\n",
      "billing/app.yaml": "runtime: php83\nservice: billing\n",
      "flex/app.yaml": "runtime: python\nenv: flex\nruntime_config:\n  operating_system: ubuntu22\n  runtime_version: \"3.12\"\n",
      "custom/app.yaml": "runtime: custom\nenv: flex\n",
      "odd/app.yaml": "runtime: python3999\n",
    });
    expect(warnings).toEqual([]);
    const found = byFile(findings);
    expect(compact(findings.filter((f) => f.ref.startsWith("gcp-runtime:")))).toEqual([
      "gcp-runtime:go go122 ->1.22",
      "gcp-runtime:python python312 ->3.12",
      "gcp-runtime:php php83 ->8.3",
      "gcp-runtime:python 3.12 ->3.12",
      "gcp-runtime:nodejs nodejs20 ->20.0.0",
      "gcp-runtime:python python27 ->2.7",
      "gcp-runtime:python python3999",
    ]);
    expect(found["custom/app.yaml"]).toEqual(["format:app-engine-config"]);
    // digits no runtime ID has name the language without a release
    expect(found["odd/app.yaml"]).toEqual(["format:app-engine-config", "gcp-runtime:python python3999"]);
  });

  it("names Python and Node.js with their releases beside Google App Engine", async () => {
    const found = await tools({
      "app.yaml": "runtime: python312\n",
      "main.py": "import flask\n",
      "web/app.yaml": "runtime: nodejs20\nservice: web\n",
    });
    expect(found["Google App Engine"]).toBe("app.yaml");
    // the language bar counts main.py: Python is cited as Repo Metadata, app.yaml still giving its release
    expect(found["Python"]).toBe("3.12 Repo Metadata");
    expect(found["Node.js"]).toBe("20.0.0 web/app.yaml");
  });
});

describe("CloudFormation templates", () => {
  const network = `AWSTemplateFormatVersion: "2010-09-09"
Description: Shared network, cache and database
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  Cache:
    Type: AWS::ElastiCache::CacheCluster
    Properties:
      Engine: redis
      CacheNodeType: cache.t4g.micro
      NumCacheNodes: 1
  Sessions:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties:
      ReplicationGroupDescription: sessions
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: mysql
      DBInstanceClass: db.t4g.micro
  Reports:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      DatabaseName: !Ref DbName
  Nightly:
    Type: AWS::Scheduler::Schedule
    Properties:
      ScheduleExpression: rate(1 day)
`;

  it("a template under a name of its own is read by its AWSTemplateFormatVersion; its engines name the servers", async () => {
    const { findings, warnings } = await infra({ "infra/network.yaml": network, "docs/notes.yml": "title: AWSTemplateFormatVersion\n" });
    expect(warnings).toEqual([]);
    expect(byFile(findings)).toEqual({
      "infra/network.yaml": [
        "cloudformation-type:AWS::EC2::VPC",
        "cloudformation-type:AWS::ElastiCache::CacheCluster",
        "cloudformation-type:AWS::ElastiCache::ReplicationGroup",
        "cloudformation-type:AWS::RDS::DBCluster",
        "cloudformation-type:AWS::RDS::DBInstance",
        "cloudformation-type:AWS::Scheduler::Schedule",
        "format:aurora-postgresql",
        "format:cloudformation-template",
        "format:elasticache-redis",
        "format:rds-mysql",
      ],
    });
  });

  it("a Jinja template of one is skipped without a warning; a dynamic reference is still YAML", async () => {
    const jinja = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n{% for q in queues %}\n  {{ q }}Queue:\n    Type: AWS::SQS::Queue\n{% endfor %}\n';
    const resolved = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      MasterUserPassword: "{{resolve:secretsmanager:db-secret:SecretString:password}}"\n';
    const { findings, warnings } = await infra({ "templates/queues.yaml": jinja, "stacks/db.yaml": resolved });
    expect(warnings).toEqual([]);
    expect(byFile(findings)).toEqual({ "stacks/db.yaml": ["cloudformation-type:AWS::RDS::DBInstance", "format:cloudformation-template", "format:rds-postgresql"] });
  });

  it("names the services, database servers and scheduler the template provisions", async () => {
    const found = await tools({ "infra/network.yaml": network });
    for (const name of ["AWS CloudFormation", "Amazon ElastiCache", "Redis", "Amazon RDS", "MySQL", "Amazon Aurora", "PostgreSQL", "Amazon EventBridge"]) expect(found[name], name).toBeDefined();
  });
});

describe("Render Blueprints", () => {
  const blueprint = `services:
  - type: web
    name: api
    runtime: python
    buildCommand: pip install -r requirements.txt
    startCommand: gunicorn app:app
  - type: keyvalue
    name: cache
    ipAllowList: []
  - type: pserv
    name: search
    runtime: image
    image:
      url: docker.io/getmeili/meilisearch:v1.8
  - type: worker
    name: mailer
    runtime: image
    image:
      url: ghcr.io/acme/mailer:2024-05-01
databases:
  - name: appdb
    postgresMajorVersion: "16"
`;

  it("a service of `runtime: image` deploys its image at its tag's release; a Key Value instance names no Redis", async () => {
    const { findings, warnings } = await infra({ "render.yaml": blueprint });
    expect(warnings).toEqual([]);
    expect(byFile(findings)).toEqual({
      "render.yaml": ["docker:acme/mailer 2024-05-01", "docker:getmeili/meilisearch v1.8 ->1.8", "render-blueprint:postgres 16 ->16.0.0", "render-blueprint:python"],
    });
    const found = await tools({ "render.yaml": blueprint });
    expect(found["MeiliSearch"]).toBe("1.8 render.yaml");
    expect(found["Redis"]).toBeUndefined();
  });
});

describe("DigitalOcean App Platform specs", () => {
  const spec = `name: sample-django
region: nyc
services:
  - name: web
    environment_slug: python
    github: { repo: example/sample-django, branch: main }
    run_command: gunicorn mysite.wsgi
  - name: search
    image:
      registry_type: DOCKER_HUB
      registry: getmeili
      repository: meilisearch
      tag: v1.8.0
workers:
  - name: queue
    image:
      registry_type: DOCR
      repository: queue-worker
      tag: latest
databases:
  - name: db
    engine: PG
    version: "16"
    production: false
  - name: cache
    engine: REDIS
    version: "7"
    production: true
    cluster_name: app-cache
  - name: broken
    engine: [PG]
`;

  it("its databases by engine at the release they pin, a production one a Managed Databases cluster, and its images", async () => {
    const { findings, warnings } = await infra({ ".do/app.yaml": spec, ".do/deploy.template.yaml": `spec:\n  name: x\n  databases:\n    - name: db\n      engine: MYSQL\n      version: "8"\n` });
    expect(warnings).toEqual([]);
    expect(byFile(findings)).toEqual({
      ".do/app.yaml": [
        "do-app-database:pg 16 ->16.0.0",
        "do-app-database:redis 7 ->7.0.0",
        "docker:getmeili/meilisearch v1.8.0 ->1.8.0",
        "docker:queue-worker latest",
        "format:digitalocean-managed-database",
      ],
      ".do/deploy.template.yaml": ["do-app-database:mysql 8 ->8.0.0"],
    });
  });

  it("names PostgreSQL and Redis at their releases beside DigitalOcean and its Managed Databases", async () => {
    const found = await tools({ ".do/app.yaml": spec });
    expect(found["DigitalOcean"]).toBe(".do/app.yaml");
    expect(found["PostgreSQL"]).toBe("16.0.0 .do/app.yaml");
    expect(found["Redis"]).toBe("7.0.0 .do/app.yaml");
    expect(found["DigitalOcean Managed Databases"]).toBe(".do/app.yaml");
    expect(found["MeiliSearch"]).toBe("1.8.0 .do/app.yaml");
  });
});

describe("Cloud Run's service YAML", () => {
  const service = `apiVersion: serving.knative.dev/v1
kind: Service
metadata:
  name: hello-api
  annotations:
    run.googleapis.com/ingress: all
spec:
  template:
    spec:
      containers:
        - image: europe-west1-docker.pkg.dev/proj/apps/hello-api:1.4.2
`;

  it("a Knative Service with Cloud Run's annotations, or a Cloud Run Job, is Google Cloud Run; a bare Knative Service is not", async () => {
    const { findings, warnings } = await infra({
      "service.yaml": service,
      "jobs/nightly.yaml": "apiVersion: run.googleapis.com/v1\nkind: Job\nmetadata:\n  name: nightly\n",
      "knative/hello.yaml": service.replace("    run.googleapis.com/ingress: all\n", "    team: web\n"),
    });
    expect(warnings).toEqual([]);
    expect(byFile(findings)).toEqual({
      "jobs/nightly.yaml": ["format:cloud-run-service", "k8s-api:run.googleapis.com"],
      "knative/hello.yaml": ["k8s-api:serving.knative.dev"],
      // Cloud Run serves the Knative API itself: its service names no Knative (the group goes unreported).
      "service.yaml": ["format:cloud-run-service"],
    });
    const found = await tools({ "service.yaml": service });
    expect(found["Google Cloud Run"]).toBe("service.yaml");
    expect(found["Kubernetes"]).toBeUndefined();
  });
});

describe("the Azure Developer CLI's azure.yaml", () => {
  const project = `# yaml-language-server: $schema=https://raw.githubusercontent.com/Azure/azure-dev/main/schemas/v1.0/azure.yaml.json
name: todo-python-mongo
services:
  web:
    project: ./src/web
    language: js
    host: staticwebapp
  api:
    project: ./src/api
    language: py
    host: appservice
  worker:
    project: ./src/worker
    language: py
    host: function
  jobs:
    project: ./src/jobs
    host: containerapp
  admin:
    project: ./src/admin
    host: aks
`;

  it("each service's host names the Azure service it runs on; a static web app or container app none", async () => {
    const { findings, warnings } = await infra({ "azure.yaml": project, "ci/azure.yml": "steps: [build]\n" });
    expect(warnings).toEqual([]);
    expect(byFile(findings)).toEqual({ "azure.yaml": ["azd-host:staticwebapp@7", "azd-host:appservice@11", "azd-host:function@15", "azd-host:containerapp@18", "azd-host:aks@21"] });
    const found = await tools({ "azure.yaml": project });
    expect(found["Azure App Service"]).toBe("azure.yaml");
    expect(found["Azure Functions"]).toBe("azure.yaml");
    expect(found["Azure Kubernetes Service"]).toBe("azure.yaml");
    expect(found["Microsoft Azure"]).toBeUndefined();
  });
});

describe("Wrangler configurations", () => {
  it("a Pages project's (pages_build_output_dir) names Cloudflare Pages; a Worker's with D1, KV and R2 bindings does not", async () => {
    const worker = 'name = "links"\nmain = "src/index.ts"\ncompatibility_date = "2024-05-13"\n\n[[d1_databases]]\nbinding = "DB"\ndatabase_name = "links"\n\n[[r2_buckets]]\nbinding = "ASSETS"\nbucket_name = "assets"\n';
    const { findings, warnings } = await infra({
      "wrangler.toml": 'name = "docs"\ncompatibility_date = "2024-05-13"\npages_build_output_dir = "./dist"\n',
      "site/wrangler.jsonc": '{\n  // the marketing site\n  "name": "site",\n  "pages_build_output_dir": "build",\n}\n',
      "worker/wrangler.toml": worker,
    });
    expect(warnings).toEqual([]);
    expect(byFile(findings)).toEqual({ "site/wrangler.jsonc": ["format:cloudflare-pages-config@4"], "wrangler.toml": ["format:cloudflare-pages-config@3"] });
    expect((await tools({ "wrangler.toml": 'name = "docs"\npages_build_output_dir = "./dist"\n' }))["Cloudflare Pages"]).toBe("wrangler.toml");
    expect((await tools({ "wrangler.toml": worker }))["Cloudflare Pages"]).toBeUndefined();
  });
});

describe("fly.toml", () => {
  it("an app of a prebuilt image deploys its software at the tag's release (Fly's Postgres image is PostgreSQL)", async () => {
    const pg = 'app = "shop-db"\nprimary_region = "ams"\n\n[build]\n  image = "flyio/postgres-flex:15.6"\n\n[env]\n  PRIMARY_REGION = "ams"\n';
    const { findings, warnings } = await infra({
      "db/fly.toml": pg,
      "search/fly.toml": 'app = "shop-search"\n[build]\nimage = "getmeili/meilisearch:v1.8"\n',
      "fly.toml": 'app = "shop"\n[build]\n  dockerfile = "Dockerfile"\n[http_service]\n  internal_port = 8080\n',
    });
    expect(warnings).toEqual([]);
    expect(byFile(findings)).toEqual({ "db/fly.toml": ["docker:flyio/postgres-flex@5 15.6 ->15.6"], "search/fly.toml": ["docker:getmeili/meilisearch@3 v1.8 ->1.8"] });
    const found = await tools({ "fly.toml": pg });
    expect(found["Fly"]).toBe("fly.toml");
    expect(found["PostgreSQL"]).toBe("15.6 fly.toml");
  });
});

describe("runtime pins of hosting build settings", () => {
  it("netlify.toml's production build environment pins Node.js, Python and Go; an alias pins nothing", async () => {
    const netlify = `[build]
  publish = "public"
  command = "hugo --gc --minify"

[build.environment]
  HUGO_VERSION = "0.125.4"
  NODE_VERSION = "20"
  GO_VERSION = "1.22.2"
  PYTHON_VERSION = "lts"

[context.deploy-preview.environment]
  NODE_VERSION = "18"
`;
    const { findings, warnings } = await detectorFindings(ciDetector, { "netlify.toml": netlify });
    expect(warnings).toEqual([]);
    expect(compact(findings)).toEqual(["format:hugo-build-env@6 ->0.125.4", "version-manager:nodejs@7 20 ->20.0.0", "version-manager:golang@8 1.22.2 ->1.22.2"]);
    const found = await tools({ "netlify.toml": netlify });
    expect(found["Node.js"]).toBe("20.0.0 netlify.toml");
    expect(found["Golang"]).toBe("1.22.2 netlify.toml");
    // Ackee's inline table form
    expect((await tools({ "netlify.toml": '[build]\n  environment = { NODE_VERSION = "18", NODE_ENV = "production" }\n' }))["Node.js"]).toBe("18.0.0 netlify.toml");
  });

  it("a Render Blueprint's PYTHON_VERSION and NODE_VERSION pin the runtimes of its services", async () => {
    const render = `services:
  - type: web
    name: api
    runtime: python
    envVars:
      - key: PYTHON_VERSION
        value: 3.12.3
      - key: DATABASE_URL
        fromDatabase: { name: db, property: connectionString }
  - type: web
    name: web
    runtime: node
    envVars:
      - key: NODE_VERSION
        value: "20.11.1"
      - key: PYTHON_VERSION
        sync: false
`;
    const { findings } = await infra({ "render.yaml": render });
    expect(byFile(findings)["render.yaml"]).toEqual(["render-blueprint:node", "render-blueprint:python", "version-manager:nodejs 20.11.1 ->20.11.1", "version-manager:python 3.12.3 ->3.12.3"]);
    const found = await tools({ "render.yaml": render });
    expect(found["Python"]).toBe("3.12.3 render.yaml");
    expect(found["Node.js"]).toBe("20.11.1 render.yaml");
  });

  it("a Render Blueprint's ELIXIR_VERSION and ERLANG_VERSION pin its Elixir service's Elixir and Erlang", async () => {
    const render = "services:\n  - type: web\n    name: phx\n    runtime: elixir\n    envVars:\n      - key: ELIXIR_VERSION\n        value: 1.17.2\n      - key: ERLANG_VERSION\n        value: 27.0.1\n";
    const found = await tools({ "render.yaml": render });
    expect(found["Elixir"]).toBe("1.17.2 render.yaml");
    expect(found["Erlang"]).toBe("27.0.1 render.yaml");
  });
});

describe("Heroku's heroku.yml, Dokku's app.json, Amplify Gen 2", () => {
  it("heroku.yml's setup add-ons are provisioned as app.json's are", async () => {
    const manifest = "setup:\n  addons:\n    - plan: heroku-postgresql\n      as: DATABASE\n    - plan: heroku-redis:mini\nbuild:\n  docker:\n    web: Dockerfile\nrun:\n  web: bundle exec puma -C config/puma.rb\n";
    const { findings, warnings } = await infra({ "heroku.yml": manifest, "other/heroku.yml": "build:\n  docker:\n    web: Dockerfile\n" });
    expect(warnings).toEqual([]);
    expect(byFile(findings)).toEqual({ "heroku.yml": ["heroku-addon:heroku-postgresql", "heroku-addon:heroku-redis"] });
    const found = await tools({ "heroku.yml": manifest });
    for (const name of ["Heroku", "Heroku Postgres", "PostgreSQL", "Heroku Redis", "Redis"]) expect(found[name], name).toBeDefined();
  });

  it("the marketplace's data, storage and logging add-ons name the service each provisions", async () => {
    const app = JSON.stringify({
      name: "shop",
      addons: ["jawsdb:kitefin", "jawsdb-maria:kitefin", "cleardb:ignite", "websolr", "bucketeer:hobbyist", "cloudcube:free", "sumologic:free", "timber-logging:free", "loggly:mole", "mailtrap:unpaid", "airbrake:dev", "appsignal:free", "raygun:rg-small", "librato:development", "graphenedb:dev-free", "quotaguardstatic:starter"],
    });
    const found = await tools({ "app.json": app });
    const named = ["MySQL", "MariaDB", "Solr", "Amazon S3", "Sumo Logic", "Timber.io", "Loggly", "Mailtrap", "Airbrake", "AppSignal", "Raygun", "Librato", "Neo4j"];
    expect(Object.fromEntries(named.map((name) => [name, found[name]]))).toEqual(Object.fromEntries(named.map((name) => [name, "app.json"])));
    // a static outbound IP proxy, no tool of the site
    expect(Object.keys(found).sort()).toEqual([...named, "Heroku"].sort());
  });

  it("an app.json with Dokku's deploy hooks names Dokku, not Heroku", async () => {
    const app = JSON.stringify({ name: "blog", scripts: { dokku: { predeploy: "python manage.py collectstatic --noinput", postdeploy: "python manage.py migrate" } }, healthchecks: { web: [{ type: "startup", path: "/health" }] } });
    const { findings } = await infra({ "app.json": app, "mobile/app.json": JSON.stringify({ name: "shop", scripts: { test: "jest" } }) });
    expect(byFile(findings)).toEqual({ "app.json": ["format:dokku-app-manifest"] });
    const found = await tools({ "app.json": app });
    expect(found["Dokku"]).toBe("app.json");
    expect(found["Heroku"]).toBeUndefined();
  });

  it("Amplify Gen 2's backend packages name AWS Amplify without their own numbering", async () => {
    const found = await tools({ "package.json": JSON.stringify({ name: "notes", devDependencies: { "@aws-amplify/backend": "^1.0.3", "@aws-amplify/backend-cli": "^1.0.4" } }) });
    expect(found["AWS Amplify"]).toBe("package.json");
  });
});

describe("Google Cloud runtime IDs outside App Engine", () => {
  it("serverless.yml's google provider deploys Cloud Functions: python39 is Python 3.9, not 39", async () => {
    const sls = "service: thumbs\nprovider:\n  name: google\n  runtime: python39\nfunctions:\n  resize:\n    handler: resize\n    runtime: nodejs20\n";
    const { findings } = await infra({ "serverless.yml": sls });
    expect(byFile(findings)["serverless.yml"]).toEqual(["gcp-runtime:nodejs nodejs20 ->20.0.0", "gcp-runtime:python python39 ->3.9", "serverless-provider:google"]);
    const found = await tools({ "serverless.yml": sls });
    expect(found["Python"]).toBe("3.9 serverless.yml");
    // AWS's runtimes keep their own form
    expect((await tools({ "serverless.yml": "provider:\n  name: aws\n  runtime: python3.9\n" }))["Python"]).toBe("3.9 serverless.yml");
  });

  it("firebase.json's functions runtime names the language its functions run on", async () => {
    const firebase = JSON.stringify({ hosting: { public: "dist" }, functions: [{ source: "functions", codebase: "default", runtime: "nodejs20" }, { source: "py", codebase: "ml", runtime: "python312" }] }, null, 2);
    const { findings } = await detectorFindings(ciDetector, { "firebase.json": firebase });
    expect(compact(findings)).toEqual(["firebase-product:hosting@2", "firebase-product:functions@5", "gcp-runtime:nodejs@9 nodejs20 ->20.0.0", "gcp-runtime:python@14 python312 ->3.12"]);
    const found = await tools({ "firebase.json": JSON.stringify({ functions: { source: "functions", runtime: "nodejs18" } }) });
    expect(found["Node.js"]).toBe("18.0.0 firebase.json");
  });
});

describe("netlify.toml's build plugins", () => {
  it("each names the tool it serves, without the plugin's release; a local plugin names nothing", async () => {
    const netlify = [
      "[build]",
      '  command = "npm run build"',
      '  publish = "public"',
      "",
      "[[plugins]]",
      '  package = "@netlify/plugin-lighthouse"',
      "  [plugins.inputs.thresholds]",
      "    performance = 0.9",
      "",
      "[[plugins]]",
      '  package = "netlify-plugin-cypress"',
      "  [plugins.inputs]",
      "    enable = true",
      "",
      "[[plugins]]",
      '  package = "@sentry/netlify-build-plugin"',
      "",
      "[[plugins]]",
      '  package = "./plugins/notify-deploy"',
      "",
    ].join("\n");
    const found = await tools({ "netlify.toml": netlify });
    expect(found).toEqual({ Netlify: "netlify.toml", "Google Lighthouse": "netlify.toml", Cypress: "netlify.toml", Sentry: "netlify.toml" });
  });

  it("reads 20,000 plugins in linear time, each at its own line", async () => {
    const plugins = Array.from({ length: 20_000 }, (_, i) => `[[plugins]]\n  package = "netlify-plugin-step-${i}"\n`).join("\n") + '\n[[plugins]]\n  package = "netlify-plugin-cypress"\n';
    const { findings } = await expectFinishesWithin(() => detectorFindings(ciDetector, { "netlify.toml": plugins }), 20, "20,000 netlify.toml plugins");
    const cypress = findings.find((f) => f.ref === "netlify-plugin:netlify-plugin-cypress");
    expect(cypress?.line).toBe(60_002);
  });
});
