import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { readDbtProfiles } from "../detectors/python/dbt.js";
import { parseYaml } from "../src/parse/yaml.js";

// Data-engineering repositories (stream jobs, dbt projects, ELT stacks) in the shapes real ones take.
const toolsOf = async (files: Record<string, string>) => {
  const { document } = await scan(new MemorySource(files), { git: false, disable: ["languages"] });
  return new Map(document.tools.filter((t) => !t.package_url).map((t) => [t.name, t]));
};

describe("data-engineering projects", () => {
  it("a Flink job's externalized connector (3.2.0-1.19) does not give Flink its own release", async () => {
    // A Gradle Kotlin DSL streaming job: the Kafka connector is released apart from Flink since 1.17.
    const gradle = [
      "plugins {\n    java\n}",
      'val flinkVersion = "1.19.0"',
      "dependencies {",
      '    implementation("org.apache.flink:flink-connector-kafka:3.2.0-1.19")',
      '    implementation("org.apache.flink:flink-table-api-java-bridge:$flinkVersion")',
      "}",
    ].join("\n");
    const tools = await toolsOf({ "build.gradle.kts": gradle, "settings.gradle.kts": 'rootProject.name = "job"\n' });
    expect(tools.get("Apache Flink")?.version).toBe("1.19.0");
    // A pom naming only externalized and shaded artifacts: Flink, with no version of theirs.
    const pom = `<?xml version="1.0"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.acme</groupId><artifactId>cdc</artifactId><version>1.0</version>
  <dependencies>
    <dependency><groupId>org.apache.flink</groupId><artifactId>flink-sql-connector-kafka</artifactId><version>3.1.0-1.18</version></dependency>
    <dependency><groupId>org.apache.flink</groupId><artifactId>flink-connector-jdbc</artifactId><version>3.1.2-1.18</version></dependency>
    <dependency><groupId>org.apache.flink</groupId><artifactId>flink-shaded-guava</artifactId><version>31.1-jre-17.0</version></dependency>
  </dependencies>
</project>`;
    const fromPom = await toolsOf({ "pom.xml": pom });
    expect(fromPom.has("Apache Flink")).toBe(true);
    expect(fromPom.get("Apache Flink")?.version).toBeUndefined();
    // The connectors still released with Flink keep giving its version.
    const core = pom.replace(/<dependency>.*flink-sql-connector-kafka.*<\/dependency>/, '<dependency><groupId>org.apache.flink</groupId><artifactId>flink-connector-files</artifactId><version>1.18.1</version></dependency>');
    expect((await toolsOf({ "pom.xml": core })).get("Apache Flink")?.version).toBe("1.18.1");
  });

  it("a dbt adapter names dbt without its own number, and the warehouse it is the adapter of", async () => {
    // A dbt project pinning only its adapter (dbt-snowflake 1.7.3 runs on any dbt-core 1.7.x).
    const tools = await toolsOf({ "dbt_project.yml": "name: shop\nprofile: shop\n", "requirements.txt": "dbt-snowflake==1.7.3\nsqlfluff==3.0.3\n" });
    expect(tools.has("dbt")).toBe(true);
    expect(tools.get("dbt")?.version).toBeUndefined();
    expect(tools.get("Snowflake")).toMatchObject({ detection_source: "requirements.txt" });
    // dbt-core beside it gives dbt its release
    expect((await toolsOf({ "requirements.txt": "dbt-core==1.7.11\ndbt-snowflake==1.7.3\n" })).get("dbt")?.version).toBe("1.7.11");
    for (const [adapter, warehouse] of [["dbt-bigquery", "Google BigQuery"], ["dbt-redshift", "Amazon Redshift"], ["dbt-databricks", "Databricks"], ["dbt-clickhouse", "Clickhouse"]] as const) {
      const found = await toolsOf({ "requirements.txt": `${adapter}==1.8.1\n` });
      expect(found.has(warehouse), adapter).toBe(true);
      expect(found.get(warehouse), adapter).toBeDefined();
      expect(found.get(warehouse)?.version, adapter).toBeUndefined();
    }
    // dbt-postgres names no PostgreSQL, as psycopg2 does not
    expect((await toolsOf({ "requirements.txt": "dbt-postgres==1.8.2\n" })).has("PostgreSQL")).toBe(false);
  });

  it("Airbyte, Apache Beam, dbt and Debezium's PostgreSQL by their images, at the release their tags carry", async () => {
    const compose = (images: string[]) => ({
      "docker-compose.yml": `services:\n${images.map((image, i) => `  s${i}:\n    image: ${image}\n`).join("")}`,
    });
    // Airbyte's own compose file: every platform service at the platform's release
    const platform = await toolsOf(compose(["airbyte/db:0.59.1", "airbyte/server:0.59.1", "airbyte/webapp:0.59.1", "airbyte/worker:0.59.1"]));
    // an early one's (0.35): init, db, scheduler, server, webapp at one release
    expect((await toolsOf(compose(["airbyte/init:0.35.65-alpha", "airbyte/scheduler:0.35.65-alpha"]))).get("Airbyte")?.version).toBe("0.35.65");
    expect(platform.get("Airbyte")).toMatchObject({ version: "0.59.1", detection_source: "docker-compose.yml" });
    // a connector image is Airbyte's, at the connector's own release
    const connector = await toolsOf(compose(["airbyte/source-postgres:3.4.1"]));
    expect(connector.has("Airbyte")).toBe(true);
    expect(connector.get("Airbyte")?.version).toBeUndefined();
    const beam = await toolsOf(compose(["apache/beam_python3.11_sdk:2.56.0"]));
    expect(beam.get("Apache Beam")?.version).toBe("2.56.0");
    const dbt = await toolsOf(compose(["ghcr.io/dbt-labs/dbt-core:1.8.2"]));
    expect(dbt.get("dbt")?.version).toBe("1.8.2");
    const adapter = await toolsOf(compose(["ghcr.io/dbt-labs/dbt-snowflake:1.8.3"]));
    expect(adapter.get("dbt")?.version).toBeUndefined();
    expect(adapter.has("Snowflake")).toBe(true);
    const cdc = await toolsOf(compose(["quay.io/debezium/postgres:16"]));
    expect(cdc.has("PostgreSQL")).toBe(true);
    // DataStax Enterprise's server (a graph workshop's compose file): Cassandra, without DSE's 6.8.10.
    const dse = await toolsOf(compose(["datastax/dse-server:6.8.10"]));
    expect(dse.has("Cassandra")).toBe(true);
    expect(dse.get("Cassandra")?.version).toBeUndefined();
    const enterprise = await toolsOf(compose(["metabase/metabase-enterprise:v1.49.13"]));
    expect(enterprise.has("Metabase")).toBe(true);
    expect(enterprise.get("Metabase")?.version).toBeUndefined();
  });

  it("a dbt profiles.yml names dbt and the warehouse of each target's adapter type", async () => {
    const profiles = [
      "analytics:",
      "  target: dev",
      "  outputs:",
      "    dev:",
      "      type: bigquery",
      "      method: oauth",
      "      project: acme-analytics",
      "      dataset: dbt_dev",
      "    ci:",
      "      type: postgres",
      "      host: localhost",
      "      port: 5432",
      "    prod:",
      "      type: \"{{ env_var('DBT_TARGET_TYPE') }}\"",
      "config:",
      "  send_anonymous_usage_stats: false",
      "",
    ].join("\n");
    expect(readDbtProfiles(parseYaml(profiles))).toEqual(["bigquery", "postgres"]);
    const { document, warnings } = await scan(new MemorySource({ "dbt_project.yml": "name: analytics\nprofile: analytics\n", "ci/profiles.yml": profiles }), { git: false, disable: ["languages"] });
    const tools = new Map(document.tools.map((t) => [t.name, t]));
    expect(tools.get("Google BigQuery")).toMatchObject({ detection_source: "ci/profiles.yml" });
    expect(tools.has("PostgreSQL")).toBe(true);
    expect(tools.has("dbt")).toBe(true);
    expect(warnings).toEqual([]);
    // another tool's profiles.yml (no outputs with a type) names nothing; a broken one only warns
    const other = await toolsOf({ "profiles.yml": "default:\n  region: eu-west-1\n  output: json\n" });
    expect([...other.keys()]).toEqual([]);
    const broken = await scan(new MemorySource({ "profiles.yml": "dev: [unclosed\n", "requirements.txt": "dbt-core==1.8.2\n" }), { git: false, disable: ["languages"] });
    expect(broken.document.tools.some((t) => t.name === "dbt" && t.version === "1.8.2")).toBe(true);
    expect(broken.warnings.map((w) => w.file)).toEqual(["profiles.yml"]);
  });

  it("Airflow's provider packages name Airflow without their own numbering, and the one data service a provider is for", async () => {
    // A managed Airflow's requirements.txt: providers only, on Airflow's constraints file.
    const mwaa = [
      '--constraint "https://raw.githubusercontent.com/apache/airflow/constraints-2.9.2/constraints-3.11.txt"',
      "apache-airflow-providers-amazon==8.24.0",
      "apache-airflow-providers-snowflake==5.5.1",
      "astronomer-cosmos==1.4.3",
      "",
    ].join("\n");
    const { document, warnings } = await scan(new MemorySource({ "requirements.txt": mwaa }), { git: false, disable: ["languages"] });
    const tools = new Map(document.tools.filter((t) => !t.package_url).map((t) => [t.name, t]));
    expect(tools.get("Airflow")).toMatchObject({ detection_source: "requirements.txt" });
    expect(tools.get("Airflow")?.version).toBeUndefined();
    expect(tools.has("Snowflake")).toBe(true);
    expect(tools.has("dbt")).toBe(true);
    expect(tools.has("Amazon Web Services")).toBe(false);
    expect(document.tools.find((t) => t.name === "apache-airflow-providers-amazon")?.version).toBe("8.24.0");
    expect(warnings).toEqual([]);
    // apache-airflow beside them gives Airflow its release
    const pinned = await toolsOf({ "requirements.txt": "apache-airflow-providers-google==10.19.0\napache-airflow[celery]==2.9.2\n" });
    expect(pinned.get("Airflow")?.version).toBe("2.9.2");
  });

  it("Snowflake's CLI, Python APIs and schemachange name Snowflake", async () => {
    for (const pkg of ["snowflake-cli==3.1.0", "snowflake-cli-labs==2.2.0", "snowflake-core==0.9.0", "schemachange==3.6.1"]) {
      expect((await toolsOf({ "requirements.txt": `${pkg}\n` })).has("Snowflake"), pkg).toBe(true);
    }
  });

  it("an image tagged with a commit hash gives no release (jupyter/pyspark-notebook:4d70cf8da953 is not Jupyter 4)", async () => {
    const compose = "services:\n  notebook:\n    image: jupyter/pyspark-notebook:4d70cf8da953\n  db:\n    image: postgres:1145fb1198b2\n  spark:\n    image: bitnami/spark:3.5.1\n";
    const tools = await toolsOf({ "docker-compose.yml": compose });
    expect(tools.has("Jupyter")).toBe(true);
    expect(tools.get("Jupyter")?.version).toBeUndefined();
    expect(tools.get("PostgreSQL")).toBeDefined();
    expect(tools.get("PostgreSQL")?.version).toBeUndefined();
    expect(tools.get("Apache Spark")?.version).toBe("3.5.1");
    const dockerfile = await toolsOf({ Dockerfile: "FROM jupyter/scipy-notebook:65761486d5d3\n" });
    expect(dockerfile.get("Jupyter")?.version).toBeUndefined();
  });

  it("delta-rs's deltalake names Delta Lake without its own numbering; delta-spark gives Delta Lake's release", async () => {
    const rs = await toolsOf({ "requirements.txt": "deltalake==0.17.4\npolars==0.20.31\n" });
    expect(rs.has("Delta Lake")).toBe(true);
    expect(rs.get("Delta Lake")?.version).toBeUndefined();
    expect((await toolsOf({ "requirements.txt": "delta-spark==3.1.0\npyspark==3.5.1\n" })).get("Delta Lake")?.version).toBe("3.1.0");
  });

  it("a connector built on the Airbyte CDK names Airbyte without the kit's numbering; Astronomer Certified's image gives Airflow's", async () => {
    const connector = await toolsOf({ "pyproject.toml": '[project]\nname = "source-acme"\nversion = "0.1.0"\ndependencies = ["airbyte-cdk==6.5.2"]\n' });
    expect(connector.has("Airbyte")).toBe(true);
    expect(connector.get("Airbyte")?.version).toBeUndefined();
    const certified = await toolsOf({ Dockerfile: "FROM quay.io/astronomer/ap-airflow:2.2.5-onbuild\n" });
    expect(certified.get("Airflow")?.version).toBe("2.2.5");
  });

  it("Delta's standalone reader and Delta Sharing give Delta Lake no version of theirs; delta-core and delta-spark do", async () => {
    const sbt = (dep: string) => ({ "build.sbt": `ThisBuild / scalaVersion := "2.12.18"\nlibraryDependencies += ${dep}\n` });
    const standalone = await toolsOf(sbt('"io.delta" %% "delta-standalone" % "0.6.0"'));
    expect(standalone.has("Delta Lake")).toBe(true);
    expect(standalone.get("Delta Lake")?.version).toBeUndefined();
    expect((await toolsOf(sbt('"io.delta" %% "delta-sharing-spark" % "1.0.5"'))).get("Delta Lake")?.version).toBeUndefined();
    expect((await toolsOf(sbt('"io.delta" %% "delta-core" % "2.4.0"'))).get("Delta Lake")?.version).toBe("2.4.0");
  });

  it("Superset's configuration module names Superset", async () => {
    const tools = await toolsOf({ "docker/pythonpath_dev/superset_config.py": "SQLALCHEMY_DATABASE_URI = 'postgresql://superset@db/superset'\n", "README.md": "# BI\n" });
    expect(tools.get("Superset")).toMatchObject({ detection_source: "docker/pythonpath_dev/superset_config.py" });
  });

  it("the Notebook gives Jupyter its release; JupyterLab and the jupyter metapackage are package entries", async () => {
    expect((await toolsOf({ "requirements.txt": "notebook==7.2.0\npandas==2.2.2\n" })).get("Jupyter")?.version).toBe("7.2.0");
    for (const pin of ["jupyterlab==4.2.1", "jupyter==1.0.0"]) {
      const tools = await toolsOf({ "requirements.txt": `${pin}\nmatplotlib==3.8.4\n` });
      expect(tools.get("Jupyter"), pin).toBeUndefined();
    }
    expect((await toolsOf({ "requirements.txt": "jupyterlab==4.2.1\nnotebook==7.2.0\n" })).get("Jupyter")?.version).toBe("7.2.0");
  });
});
