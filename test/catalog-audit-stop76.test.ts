import { describe, expect, it } from "vitest";
import { namedToolVersions } from "./helpers.js";

// Stop 76's audit started from the registries' popularity lists: popular packages that are a
// catalog tool's own SDK, client or build, or that a decision in another registry already reads as
// the tool, and that no key named. Each row: the package, the tool it names, and the release the
// tool gets from it ("-": none, as where the package is numbered apart from the tool).
type Row = readonly [pkg: string, tool: string, version: string];

const requirements = (pkg: string) => `${pkg}==2.3.1\nrequests==2.32.3\n`;
const packageJson = (pkg: string) => JSON.stringify({ name: "web", private: true, dependencies: { [pkg]: "^2.3.1", react: "^18.3.1" } });
const goMod = (mod: string, version: string) => `module example.com/svc\n\ngo 1.22\n\nrequire (\n\t${mod} ${version}\n\tgithub.com/spf13/cobra v1.8.0\n)\n`;
const csproj = (id: string) => `<Project Sdk="Microsoft.NET.Sdk">\n  <ItemGroup>\n    <PackageReference Include="${id}" Version="2.3.1" />\n  </ItemGroup>\n</Project>\n`;
const pom = (group: string, artifact: string) =>
  ["<project>", "  <dependencies>", "    <dependency>", `      <groupId>${group}</groupId>`, `      <artifactId>${artifact}</artifactId>`, "      <version>2.3.1</version>", "    </dependency>", "  </dependencies>", "</project>", ""].join("\n");

async function expectRows(rows: readonly Row[], files: (pkg: string) => Record<string, string>) {
  for (const [pkg, tool, version] of rows) {
    expect((await namedToolVersions(files(pkg), [tool]))[tool], `${pkg} -> ${tool}`).toBe(version);
  }
}

describe("stop 76: popular packages of the registries that reveal catalog tools", () => {
  it("PyPI: vendors' own clients, CLIs and builds (Microsoft's SQL Server driver, SonarSource's scanner, Spark Connect, ...)", async () => {
    const rows: Row[] = [
      ["mssql-python", "Microsoft SQL Server", "-"],
      ["pysqlite3-binary", "SQLite", "-"],
      ["localstack-client", "LocalStack", "-"],
      ["pysonar", "SonarQube", "-"],
      ["pyspark-client", "Apache Spark", "2.3.1"],
      ["apache-airflow-client", "Airflow", "-"],
      ["gradio-client", "Gradio", "-"],
      ["grafana-foundation-sdk", "Grafana", "-"],
      ["amazon-sqs-extended-client", "Amazon SQS", "-"],
      ["amazon-sns-extended-client", "Amazon SNS", "-"],
      ["teamcity-messages", "TeamCity", "-"],
      ["highcharts-core", "Highcharts", "-"],
      ["linode-cli", "Linode", "-"],
      ["amplitude-experiment", "Amplitude", "-"],
      ["lambdatest-selenium-driver", "LambdaTest", "-"],
      ["databricks-sqlalchemy", "Databricks", "-"],
      ["pyuwsgi", "uWSGI", "2.3.1"],
      ["ory-hydra-client", "ORY Hydra", "2.3.1"],
      ["ory-kratos-client", "ORY Kratos", "2.3.1"],
      ["webflow", "Webflow", "-"],
      ["azure-mgmt-signalr", "SignalR", "-"],
      ["azure-servicefabric", "Azure Service Fabric", "-"],
      ["python-statsd", "StatsD", "-"],
      ["pykafka", "Kafka", "-"],
      ["google-cloud-dataform", "Dataform", "-"],
    ];
    await expectRows(rows, (pkg) => ({ "requirements.txt": requirements(pkg) }));
  });

  it("Confluent's own Kafka clients name Confluent beside Kafka in every registry, as NuGet's Confluent.Kafka does; its Schema Registry clients name Confluent", async () => {
    const manifests: Record<string, string>[] = [
      { "requirements.txt": requirements("confluent-kafka") },
      { "go.mod": goMod("github.com/confluentinc/confluent-kafka-go/v2", "v2.4.0") },
      { "package.json": packageJson("@confluentinc/kafka-javascript") },
    ];
    for (const files of manifests) {
      expect(await namedToolVersions(files, ["Kafka", "Confluent"]), Object.keys(files)[0]).toEqual({ Kafka: "-", Confluent: "-" });
    }
    const registryClients: Record<string, string>[] = [{ "package.json": packageJson("@confluentinc/schemaregistry") }, { "pom.xml": pom("io.confluent", "kafka-avro-serializer") }];
    for (const files of registryClients) {
      expect(await namedToolVersions(files, ["Confluent"]), Object.keys(files)[0]).toEqual({ Confluent: "-" });
    }
  });

  it("npm: editors' framework wrappers, vendors' React Native and bundler SDKs, Google's App Engine admin client", async () => {
    const rows: Row[] = [
      ["@codecov/vite-plugin", "Codecov", "-"],
      ["@tinymce/tinymce-vue", "TinyMCE", "-"],
      ["@ckeditor/ckeditor5-angular", "CKEditor", "-"],
      ["@fullstory/react-native", "FullStory", "-"],
      ["stream-chat-react-native-core", "Stream", "-"],
      ["customerio-reactnative", "Customer.io", "-"],
      ["@dropbox/sign", "HelloSign", "-"],
      ["@airtable/blocks", "Airtable", "-"],
      ["box-typescript-sdk-gen", "Box", "-"],
      ["configcat-js-ssr", "ConfigCat", "-"],
      ["@google-cloud/appengine-admin", "Google App Engine", "-"],
      ["@prestodb/presto-js-client", "Presto", "-"],
    ];
    await expectRows(rows, (pkg) => ({ "package.json": packageJson(pkg) }));
  });

  it("Go: the projects' own modules (Prometheus, Jaeger, esbuild, Kubernetes, Istio, Kind, Envoy's control plane, Loki, ...)", async () => {
    const rows: Array<readonly [mod: string, version: string, tool: string, expected: string]> = [
      ["github.com/prometheus/prometheus", "v0.53.1", "Prometheus", "-"],
      ["github.com/prometheus/alertmanager", "v0.27.0", "Prometheus", "-"],
      ["github.com/jaegertracing/jaeger", "v1.57.0", "Jaeger", "1.57.0"],
      ["github.com/evanw/esbuild", "v0.21.5", "Esbuild", "0.21.5"],
      ["k8s.io/kubernetes", "v1.30.2", "Kubernetes", "1.30.2"],
      ["k8s.io/kubectl", "v0.30.2", "Kubernetes", "-"],
      ["istio.io/istio", "v0.0.0-20240612172103-4bd5ae80a1b5", "Istio", "-"],
      ["sigs.k8s.io/kind", "v0.23.0", "Kind", "0.23.0"],
      ["github.com/envoyproxy/go-control-plane/envoy", "v1.32.3", "Envoy", "-"],
      ["github.com/google/go-jsonnet", "v0.20.0", "Jsonnet", "0.20.0"],
      ["github.com/k3s-io/k3s", "v1.30.2-0.20240612", "k3s", "-"],
      ["github.com/pion/webrtc/v4", "v4.0.1", "WebRTC", "-"],
      ["github.com/grafana/loki/v3", "v3.1.0", "Loki", "3.1.0"],
      ["github.com/grafana/grafana-foundation-sdk/go", "v0.0.0-20240610", "Grafana", "-"],
      ["github.com/dropbox/dropbox-sdk-go-unofficial/v6", "v6.0.5", "Dropbox", "-"],
    ];
    for (const [mod, version, tool, expected] of rows) {
      expect((await namedToolVersions({ "go.mod": goMod(mod, version) }, [tool]))[tool], `${mod} -> ${tool}`).toBe(expected);
    }
  });

  it("NuGet: Docker.DotNet's builds, the Blazor and .NET ports of Ant Design, Handlebars and TensorFlow, Microsoft's older Azure clients", async () => {
    const rows: Row[] = [
      ["Docker.DotNet.Enhanced", "Docker", "-"],
      ["AntDesign", "Ant Design", "-"],
      ["ApacheThrift", "Apache Thrift", "2.3.1"],
      ["Handlebars.Net", "Handlebars.js", "-"],
      ["TensorFlow.NET", "TensorFlow", "-"],
      ["Microsoft.Spark", "Apache Spark", "-"],
      ["Microsoft.Azure.Cosmos.Table", "Azure Cosmos DB", "-"],
      ["Microsoft.Azure.KeyVault.Core", "Azure Key Vault", "-"],
      ["Microsoft.Azure.CognitiveServices.Vision.ComputerVision", "Microsoft Cognitive Services", "-"],
      ["Microsoft.Azure.SignalR.Protocols", "SignalR", "-"],
    ];
    await expectRows(rows, (id) => ({ "Api/Api.csproj": csproj(id) }));
  });

  it("Maven: Closure Compiler, the ECharts WebJar and JavaCPP's CUDA presets", async () => {
    const rows: Array<readonly [group: string, artifact: string, tool: string, expected: string]> = [
      ["com.google.javascript", "closure-compiler", "Closure Compiler", "2.3.1"],
      ["org.webjars.npm", "echarts", "ECharts", "2.3.1"],
      ["org.bytedeco", "cuda-platform", "CUDA", "-"],
    ];
    for (const [group, artifact, tool, expected] of rows) {
      expect((await namedToolVersions({ "pom.xml": pom(group, artifact) }, [tool]))[tool], `${group}:${artifact} -> ${tool}`).toBe(expected);
    }
  });

  it("left out: the forges' API clients (python-gitlab, PyGithub, go-gitlab) and look-alike names stay package entries", async () => {
    // The site lists go-gitlab, go-github and Gitea's SDK as Go packages and names none of the forges
    // (held-out watain666/goreleaser's go.mod); npm's `gitlab` likewise (corpus 2lambda123/hkube).
    expect(await namedToolVersions({ "requirements.txt": "python-gitlab==4.4.0\nPyGithub==2.3.0\npyts==0.13.0\n" }, ["GitLab", "GitHub", "TypeScript"])).toEqual({
      GitLab: "not named",
      GitHub: "not named",
      TypeScript: "not named",
    });
    expect(await namedToolVersions({ "go.mod": goMod("github.com/xanzy/go-gitlab", "v0.82.0") }, ["GitLab"])).toEqual({ GitLab: "not named" });
    // npm's `telegraf` is a Telegram bot framework, not InfluxData's agent; `log4js` is not Log4j.
    expect(await namedToolVersions({ "package.json": JSON.stringify({ dependencies: { telegraf: "^4.16.3", log4js: "^6.9.1" } }) }, ["Telegraf", "Log4j"])).toEqual({
      Telegraf: "not named",
      Log4j: "not named",
    });
  });
});
