import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";

// Background-job tools the site lists under the import threshold, each from its own package or
// image (Que from the que gem; Faktory from its server image, Go module and official Ruby worker;
// Dagster from its PyPI package), and Celery from the packages that exist only to run it.

const opts = { git: false } as const;
const toolsOf = async (files: Record<string, string>) => {
  const { document, warnings } = await scan(new MemorySource(files), opts);
  expect(warnings).toEqual([]);
  return document.tools
    .filter((t: ToolEntry) => !t.package_url)
    .map((t) => `${t.name}${t.version ? ` ${t.version}` : ""} [${t.category}/${t.sub_category}] (${t.detection_source})`)
    .sort();
};

describe("Que and Faktory (Ruby)", () => {
  const gemfile = `source "https://rubygems.org"
gem "rails", "~> 7.2.0"
gem "que", "~> 2.3"
gem "faktory_worker_ruby", "~> 2.0"
`;
  const lock = `GEM
  remote: https://rubygems.org/
  specs:
    connection_pool (2.4.1)
    faktory_worker_ruby (2.0.0)
      connection_pool (~> 2.2, >= 2.2.2)
    que (2.3.0)
    rails (7.2.0)

PLATFORMS
  x86_64-linux

DEPENDENCIES
  faktory_worker_ruby (~> 2.0)
  que (~> 2.3)
  rails (~> 7.2.0)

BUNDLED WITH
   2.5.11
`;
  it("names Que at the locked release, and Faktory without its worker gem's numbering", async () => {
    const tools = await toolsOf({ Gemfile: gemfile, "Gemfile.lock": lock });
    expect(tools).toContain("Que 2.3.0 [Data Stores/Background Processing] (Gemfile)");
    expect(tools).toContain("Faktory [Data Stores/Background Processing] (Gemfile)");
  });
});

describe("Faktory's server image and Go modules", () => {
  it("takes the server's release from its image tag", async () => {
    const compose = `services:
  faktory:
    image: contribsys/faktory:1.9.0
    ports: ["7419:7419", "7420:7420"]
`;
    expect(await toolsOf({ "docker-compose.yml": compose })).toContain("Faktory 1.9.0 [Data Stores/Background Processing] (docker-compose.yml)");
  });
  it("names Faktory from its Go worker, whose numbering is its own", async () => {
    const gomod = `module example.com/jobs

go 1.22

require github.com/contribsys/faktory_worker_go v1.7.0
`;
    const tools = await toolsOf({ "go.mod": gomod, "main.go": "package main\n" });
    expect(tools).toContain("Faktory [Data Stores/Background Processing] (go.mod)");
  });
  it("names Faktory from the Python and Rust clients", async () => {
    expect(await toolsOf({ "requirements.txt": "faktory==1.0.0\n" })).toContain("Faktory [Data Stores/Background Processing] (requirements.txt)");
    const cargo = `[package]\nname = "w"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nfaktory = "0.12"\n`;
    expect(await toolsOf({ "Cargo.toml": cargo })).toContain("Faktory [Data Stores/Background Processing] (Cargo.toml)");
  });
  it("names Faktory from the Node worker", async () => {
    const pkg = JSON.stringify({ name: "w", version: "1.0.0", dependencies: { "faktory-worker": "^4.7.0" } });
    expect(await toolsOf({ "package.json": pkg })).toContain("Faktory [Data Stores/Background Processing] (package.json)");
  });
});

describe("Dagster", () => {
  it("names Dagster under the site's category at the locked release, its web UI without its own", async () => {
    const pyproject = `[tool.poetry]
name = "pipeline"
version = "0.1.0"
description = ""
authors = ["A <a@example.com>"]

[tool.poetry.dependencies]
python = "^3.11"
dagster = "^1.7.2"
dagster-webserver = "^1.7.2"
dagster-aws = "^0.23.2"
`;
    const lock = ["dagster 1.7.4", "dagster-webserver 1.7.4", "dagster-aws 0.23.4"]
      .map((s) => s.split(" "))
      .map(([n, v]) => `[[package]]\nname = "${n}"\nversion = "${v}"\ndescription = ""\noptional = false\npython-versions = ">=3.8"\nfiles = []\n`)
      .join("\n");
    const tools = await toolsOf({ "pyproject.toml": pyproject, "poetry.lock": `${lock}\n[metadata]\nlock-version = "2.0"\npython-versions = "^3.11"\ncontent-hash = "x"\n` });
    expect(tools).toContain("Dagster 1.7.4 [Analytics/Analytics Integrator] (pyproject.toml)");
  });
  it("names Dagster from an integration library alone, without that library's numbering", async () => {
    const tools = await toolsOf({ "requirements.txt": "dagster-aws==0.23.4\n" });
    expect(tools).toContain("Dagster [Analytics/Analytics Integrator] (requirements.txt)");
  });
});

describe("Celery from the packages that run it", () => {
  it("names Celery from Airflow's Celery provider, beside Airflow", async () => {
    const tools = await toolsOf({ "requirements.txt": "apache-airflow-providers-celery==3.6.2\n" });
    expect(tools).toContain("Celery [Data Stores/Message Queue] (requirements.txt)");
    expect(tools).toContain("Airflow [Data Stores/Workflow Manager] (requirements.txt)");
  });
  it("names Celery from its Django companions, Flower and RedBeat, without their numbering", async () => {
    for (const pkg of ["django-celery-beat==2.6.0", "django-celery-results==2.5.1", "flower==2.0.1", "celery-redbeat==2.2.0"]) {
      expect(await toolsOf({ "requirements.txt": `${pkg}\n` })).toContain("Celery [Data Stores/Message Queue] (requirements.txt)");
    }
  });
  it("keeps Celery's own pin beside them, and names no broker from an extra", async () => {
    const tools = await toolsOf({ "requirements.txt": "celery[redis]==5.3.6\ndjango-celery-beat==2.6.0\nflower==2.0.1\n" });
    expect(tools).toContain("Celery 5.3.6 [Data Stores/Message Queue] (requirements.txt)");
    expect(tools.some((t) => t.startsWith("Redis"))).toBe(false);
  });
});

describe("Dagster's Helm chart", () => {
  it("names Dagster from a chart dependency", async () => {
    const chart = `apiVersion: v2
name: platform
version: 0.3.0
dependencies:
  - name: dagster
    version: 1.7.2
    repository: https://dagster-io.github.io/helm
`;
    const tools = await toolsOf({ "charts/platform/Chart.yaml": chart });
    expect(tools.some((t) => t.startsWith("Dagster") && t.includes("(charts/platform/Chart.yaml)"))).toBe(true);
  });
});

describe("Temporal's SDKs beyond Go, Java, Python and TypeScript's client and worker", () => {
  it.each([
    ["a .NET project (Temporalio)", { "Worker.csproj": `<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup><ItemGroup><PackageReference Include="Temporalio.Extensions.Hosting" Version="1.1.2" /></ItemGroup></Project>\n` }, "Worker.csproj"],
    ["a Ruby project (the temporalio gem)", { Gemfile: `source "https://rubygems.org"\ngem "temporalio", "~> 0.2"\n` }, "Gemfile"],
    ["a PHP project (temporal/sdk)", { "composer.json": JSON.stringify({ require: { php: "^8.1", "temporal/sdk": "^2.10" } }) }, "composer.json"],
    ["a workflows package declaring only @temporalio/workflow", { "package.json": JSON.stringify({ name: "wf", version: "1.0.0", dependencies: { "@temporalio/workflow": "^1.10.1" } }) }, "package.json"],
  ])("names Temporal without the SDK's numbering from %s", async (_, files, source) => {
    expect(await toolsOf(files)).toContain(`Temporal [Build, Test, Deploy/Microservices Tools] (${source})`);
  });
});

describe("the store of a job queue that keeps its jobs in one server only", () => {
  it.each([
    ["RQ", { "requirements.txt": "rq==1.16.1\n" }, "Redis", "requirements.txt"],
    ["django-rq", { "requirements.txt": "django-rq==2.10.2\n" }, "Redis", "requirements.txt"],
    ["arq", { "requirements.txt": "arq==0.25.0\n" }, "Redis", "requirements.txt"],
    ["Asynq", { "go.mod": "module example.com/w\n\ngo 1.22\n\nrequire github.com/hibiken/asynq v0.24.1\n", "main.go": "package main\n" }, "Redis", "go.mod"],
    ["Exq", { "mix.exs": `defmodule W.MixProject do\n  use Mix.Project\n  def project, do: [app: :w, version: "0.1.0", deps: deps()]\n  defp deps, do: [{:exq, "~> 0.19"}]\nend\n` }, "Redis", "mix.exs"],
    ["GoodJob", { Gemfile: `source "https://rubygems.org"\ngem "good_job", "~> 3.99"\n` }, "PostgreSQL", "Gemfile"],
    ["River", { "go.mod": "module example.com/w\n\ngo 1.22\n\nrequire github.com/riverqueue/river v0.11.4\n", "main.go": "package main\n" }, "PostgreSQL", "go.mod"],
    ["gocraft/work", { "go.mod": "module example.com/w\n\ngo 1.22\n\nrequire github.com/gocraft/work v0.5.1\n", "main.go": "package main\n" }, "Redis", "go.mod"],
    ["rmq", { "go.mod": "module example.com/w\n\ngo 1.22\n\nrequire github.com/adjust/rmq/v5 v5.2.0\n", "main.go": "package main\n" }, "Redis", "go.mod"],
    ["Procrastinate", { "requirements.txt": "procrastinate==2.2.0\n" }, "PostgreSQL", "requirements.txt"],
  ])("%s names its store, without the library's numbering", async (_, files, store, source) => {
    const tools = await toolsOf(files);
    expect(tools.find((t) => t.startsWith(`${store} `))).toMatch(new RegExp(`^${store} \\[Data Stores/[^\\]]+\\] \\(${source}\\)$`));
  });
  it("names no broker from a queue library that speaks several (Dramatiq, Huey, Machinery) or from an extra", async () => {
    const tools = await toolsOf({ "requirements.txt": "dramatiq[rabbitmq]==1.16.0\nhuey==2.5.0\n" });
    expect(tools.filter((t) => /^(Redis|RabbitMQ) /.test(t))).toEqual([]);
  });
});

describe("Hangfire's packages", () => {
  const csproj = (refs: Record<string, string>) =>
    `<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup><ItemGroup>${Object.entries(refs)
      .map(([id, v]) => `<PackageReference Include="${id}" Version="${v}" />`)
      .join("")}</ItemGroup></Project>\n`;
  it("takes Hangfire's release from its own packages and names SQL Server from its SQL Server storage", async () => {
    const tools = await toolsOf({ "App.csproj": csproj({ "Hangfire.AspNetCore": "1.8.12", "Hangfire.SqlServer": "1.8.12" }) });
    expect(tools).toContain("Hangfire 1.8.12 [Data Stores/Background Processing] (App.csproj)");
    expect(tools.some((t) => t.startsWith("Microsoft SQL Server [Data Stores/Databases] (App.csproj)"))).toBe(true);
  });
  it("gives Hangfire no release from an add-on on its own numbering", async () => {
    for (const id of ["Hangfire.InMemory", "Hangfire.Dashboard.Basic.Authentication"]) {
      const tools = await toolsOf({ "App.csproj": csproj({ [id]: id === "Hangfire.InMemory" ? "1.0.0" : "7.0.1" }) });
      expect(tools).toContain("Hangfire [Data Stores/Background Processing] (App.csproj)");
    }
  });
  it("names the store of a storage by another author", async () => {
    const tools = await toolsOf({ "App.csproj": csproj({ "Hangfire.Core": "1.8.12", "Hangfire.Storage.SQLite": "0.4.2" }) });
    expect(tools).toContain("Hangfire 1.8.12 [Data Stores/Background Processing] (App.csproj)");
    expect(tools.some((t) => t.startsWith("SQLite [Data Stores/Databases] (App.csproj)"))).toBe(true);
  });
});

describe("Laravel Horizon", () => {
  it("names Redis, the only queue driver Horizon runs, without Horizon's numbering", async () => {
    const composer = JSON.stringify({ name: "acme/shop", require: { php: "^8.2", "laravel/framework": "^11.0", "laravel/horizon": "^5.23" } });
    const tools = await toolsOf({ "composer.json": composer });
    expect(tools).toContain("Redis [Data Stores/In-Memory Databases] (composer.json)");
    expect(tools).toContain("Laravel 11.0 [Languages & Frameworks/Frameworks (Full Stack)] (composer.json)");
  });
});

describe("ElasticMQ, Amazon SQS's stand-in", () => {
  it("names Amazon SQS from a compose service running ElasticMQ, without ElasticMQ's release", async () => {
    const compose = `services:
  sqs:
    image: softwaremill/elasticmq-native:1.5.7
    ports: ["9324:9324"]
`;
    expect(await toolsOf({ "docker-compose.yml": compose })).toContain("Amazon SQS [Data Stores/Message Queue] (docker-compose.yml)");
  });
});

describe("Cron from the scheduler libraries", () => {
  it.each([
    ["whenever, which writes the crontab", { Gemfile: `source "https://rubygems.org"\ngem "whenever", require: false\n` }, "Gemfile"],
    ["robfig/cron, as npm's node-cron", { "go.mod": "module example.com/w\n\ngo 1.22\n\nrequire github.com/robfig/cron/v3 v3.0.1\n", "main.go": "package main\n" }, "go.mod"],
  ])("names Cron without the library's release from %s", async (_, files, source) => {
    expect(await toolsOf(files)).toContain(`Cron [Data Stores/Background Processing] (${source})`);
  });
});

describe("Trigger.dev", () => {
  it("names Trigger.dev from its project file and its other packages", async () => {
    const pkg = JSON.stringify({ name: "app", version: "1.0.0", dependencies: { "@trigger.dev/react-hooks": "^3.3.0" }, devDependencies: { "@trigger.dev/build": "^3.3.0" } });
    expect(await toolsOf({ "package.json": pkg })).toContain("Trigger.dev [Support, Sales, and Marketing/Web Service Automation] (package.json)");
    expect(await toolsOf({ "trigger.config.ts": "export default {};\n" })).toContain("Trigger.dev [Support, Sales, and Marketing/Web Service Automation] (trigger.config.ts)");
  });
});

describe("NServiceBus and MassTransit transports", () => {
  const csproj = (refs: Record<string, string>) =>
    `<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup><ItemGroup>${Object.entries(refs)
      .map(([id, v]) => `<PackageReference Include="${id}" Version="${v}" />`)
      .join("")}</ItemGroup></Project>\n`;
  it("takes NServiceBus's release from its core package only, and names each transport's broker", async () => {
    const tools = await toolsOf({ "Endpoint.csproj": csproj({ "NServiceBus.Extensions.Hosting": "3.0.0", "NServiceBus.Transport.SqlServer": "8.1.9", "NServiceBus.AmazonSQS": "7.0.1" }) });
    expect(tools).toContain("NServiceBus [Data Stores/Message Queue] (Endpoint.csproj)");
    expect(tools.some((t) => t.startsWith("Microsoft SQL Server [Data Stores/Databases] (Endpoint.csproj)"))).toBe(true);
    expect(tools).toContain("Amazon SQS [Data Stores/Message Queue] (Endpoint.csproj)");
    const withCore = await toolsOf({ "Endpoint.csproj": csproj({ NServiceBus: "9.2.3", "NServiceBus.Transport.AzureServiceBus": "4.2.2" }) });
    expect(withCore).toContain("NServiceBus 9.2.3 [Data Stores/Message Queue] (Endpoint.csproj)");
    expect(withCore).toContain("Azure Service Bus [Data Stores/Message Queue] (Endpoint.csproj)");
  });
  it("names PostgreSQL from MassTransit's SQL transport", async () => {
    const tools = await toolsOf({ "Svc.csproj": csproj({ "MassTransit.SqlTransport.PostgreSql": "8.2.5" }) });
    expect(tools).toContain("MassTransit 8.2.5 [Data Stores/Message Queue] (Svc.csproj)");
    expect(tools.some((t) => t.startsWith("PostgreSQL [Data Stores/Databases] (Svc.csproj)"))).toBe(true);
  });
});

describe("Celery's protocol in Go", () => {
  it("names Celery from gocelery, without its numbering", async () => {
    const tools = await toolsOf({ "go.mod": "module example.com/w\n\ngo 1.22\n\nrequire github.com/gocelery/gocelery v0.0.0-20201111034804-825d89059344\n", "main.go": "package main\n" });
    expect(tools).toContain("Celery [Data Stores/Message Queue] (go.mod)");
  });
});

describe("Amazon's managed Airflow and EventBridge Pipes", () => {
  it("names MWAA and the Airflow it runs from Terraform and CloudFormation", async () => {
    const tf = `resource "aws_mwaa_environment" "main" {
  name            = "etl"
  airflow_version = "2.8.1"
  dag_s3_path     = "dags/"
}
resource "aws_pipes_pipe" "jobs" {
  name   = "jobs"
  source = aws_sqs_queue.in.arn
  target = aws_sqs_queue.out.arn
}
`;
    const tools = await toolsOf({ "infra/main.tf": tf });
    expect(tools).toContain("Amazon Managed Workflows for Apache Airflow [Data Stores/Workflow Manager] (infra/main.tf)");
    expect(tools).toContain("Airflow [Data Stores/Workflow Manager] (infra/main.tf)");
    expect(tools).toContain("Amazon EventBridge [Application Hosting/Serverless / Task Processing] (infra/main.tf)");
    const cfn = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Env:
    Type: AWS::MWAA::Environment
    Properties:
      Name: etl
`;
    expect(await toolsOf({ "template.yaml": cfn })).toContain("Amazon Managed Workflows for Apache Airflow [Data Stores/Workflow Manager] (template.yaml)");
  });
});

describe("Enqueue's transports", () => {
  it("names each transport's broker", async () => {
    const composer = JSON.stringify({ require: { php: "^8.2", "enqueue/sqs": "^0.10.19", "enqueue/pheanstalk": "^0.10.19", "enqueue/gearman": "^0.10.19", "enqueue/mongodb": "^0.10.19" } });
    const tools = await toolsOf({ "composer.json": composer });
    for (const name of ["Amazon SQS", "Beanstalkd", "Gearman", "MongoDB"]) expect(tools.some((t) => t.startsWith(`${name} [`) && t.endsWith("(composer.json)"))).toBe(true);
  });
});

describe("CloudAMQP's Heroku add-on", () => {
  it("names the RabbitMQ it hosts beside CloudAMQP, as heroku-redis names Redis", async () => {
    const appJson = JSON.stringify({ name: "shop", addons: ["heroku-postgresql:essential-0", "cloudamqp:lemur"] });
    const tools = await toolsOf({ "app.json": appJson });
    expect(tools.some((t) => t.startsWith("CloudAMQP [") && t.endsWith("(app.json)"))).toBe(true);
    expect(tools).toContain("RabbitMQ [Data Stores/Message Queue] (app.json)");
  });
});

describe("Airflow's slim images", () => {
  it("read the release after the variant the tag opens with", async () => {
    const tools = await toolsOf({ Dockerfile: "FROM apache/airflow:slim-2.8.4-python3.10\nUSER airflow\n" });
    expect(tools).toContain("Airflow 2.8.4 [Data Stores/Workflow Manager] (Dockerfile)");
  });
});
