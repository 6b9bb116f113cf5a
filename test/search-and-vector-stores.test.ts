import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { imageVersion } from "../detectors/docker/image-version.js";

// Search servers, vector databases and caches as real projects declare them: their official clients
// in each registry's manifest, their images in compose files, their Helm charts, the CI steps that
// start them, and the managed domains Terraform creates.
const toolsOf = async (files: Record<string, string>) => {
  const { document } = await scan(new MemorySource(files), { git: false, disable: ["languages"] });
  return new Map(document.tools.filter((t) => !t.package_url).map((t) => [t.name, t]));
};

describe("search servers, vector databases and caches", () => {
  it("Qdrant, Milvus, Weaviate and pgvector by their own Java clients in a pom, without the clients' releases", async () => {
    const dep = (g: string, a: string, v: string) => `<dependency><groupId>${g}</groupId><artifactId>${a}</artifactId><version>${v}</version></dependency>`;
    const pom = `<project><modelVersion>4.0.0</modelVersion><groupId>com.acme</groupId><artifactId>rag</artifactId><version>1.0</version><dependencies>${[
      dep("io.qdrant", "client", "1.9.1"),
      dep("io.milvus", "milvus-sdk-java", "2.4.1"),
      dep("io.weaviate", "client", "4.7.0"),
      dep("com.pgvector", "pgvector", "0.1.6"),
    ].join("")}</dependencies></project>`;
    const tools = await toolsOf({ "pom.xml": pom });
    for (const name of ["Qdrant", "Milvus", "Weaviate", "pgvector"]) {
      expect(tools.has(name), name).toBe(true);
      expect(tools.get(name), name).toBeDefined();
      expect(tools.get(name)?.version, name).toBeUndefined();
    }
  });

  it("Qdrant, Milvus and Weaviate by their own Go modules", async () => {
    const gomod = [
      "module github.com/acme/search",
      "",
      "go 1.22",
      "",
      "require (",
      "\tgithub.com/qdrant/go-client v1.9.0",
      "\tgithub.com/milvus-io/milvus-sdk-go/v2 v2.4.0",
      "\tgithub.com/weaviate/weaviate-go-client/v4 v4.14.1",
      ")",
      "",
    ].join("\n");
    const tools = await toolsOf({ "go.mod": gomod });
    for (const name of ["Qdrant", "Milvus", "Weaviate"]) expect(tools.has(name), name).toBe(true);
    const successor = "module example.com/x\n\ngo 1.23\n\nrequire github.com/milvus-io/milvus/client/v2 v2.5.1\n";
    expect((await toolsOf({ "go.mod": successor })).has("Milvus")).toBe(true);
  });

  it("Qdrant, Milvus, Hazelcast, Memcached and pgvector by their .NET clients", async () => {
    const refs = [
      ["Qdrant.Client", "1.9.0"],
      ["Milvus.Client", "2.3.0-preview.1"],
      ["Hazelcast.Net", "5.3.1"],
      ["EnyimMemcachedCore", "3.2.2"],
      ["Pgvector.EntityFrameworkCore", "0.2.0"],
    ];
    const csproj = `<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup><ItemGroup>${refs
      .map(([id, v]) => `<PackageReference Include="${id}" Version="${v}" />`)
      .join("")}</ItemGroup></Project>`;
    const tools = await toolsOf({ "Api/Api.csproj": csproj });
    for (const name of ["Qdrant", "Milvus", "Hazelcast", "Memcached", "pgvector"]) {
      expect(tools.has(name), name).toBe(true);
      expect(tools.get(name), name).toBeDefined();
      expect(tools.get(name)?.version, name).toBeUndefined();
    }
  });

  it("LanceDB by its own crate, at the locked release; Chroma by its thin Python client; Qdrant by its gRPC npm client", async () => {
    const cargo = '[package]\nname = "vec"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nlancedb = "0.5"\n';
    const lock = 'version = 3\n\n[[package]]\nname = "lancedb"\nversion = "0.5.2"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n\n[[package]]\nname = "vec"\nversion = "0.1.0"\n';
    expect((await toolsOf({ "Cargo.toml": cargo, "Cargo.lock": lock })).get("LanceDB")?.version).toBe("0.5.2");
    expect((await toolsOf({ "requirements.txt": "chromadb-client==0.5.3\n" })).has("Chroma")).toBe(true);
    const pkg = JSON.stringify({ name: "api", version: "1.0.0", dependencies: { "@qdrant/js-client-grpc": "^1.9.0" } });
    expect((await toolsOf({ "package.json": pkg })).has("Qdrant")).toBe(true);
  });

  it("Milvus by its own Helm chart among a chart's dependencies", async () => {
    const chart = [
      "apiVersion: v2",
      "name: app",
      "version: 0.1.0",
      "dependencies:",
      "  - name: milvus",
      "    version: 4.1.30",
      "    repository: https://zilliztech.github.io/milvus-helm/",
      "",
    ].join("\n");
    const tools = await toolsOf({ "charts/app/Chart.yaml": chart });
    expect(tools.has("Milvus")).toBe(true);
    expect(tools.get("Milvus")?.version).toBeUndefined();
  });

  it("Manticore Search and Vespa by their official images, at the tag's release; their clients name them without theirs", async () => {
    const compose = [
      "services:",
      "  manticore:",
      "    image: manticoresearch/manticore:6.2.12",
      "  vespa:",
      "    image: vespaengine/vespa:8.277.17",
      "",
    ].join("\n");
    const tools = await toolsOf({ "docker-compose.yml": compose });
    expect(tools.get("Manticore Search")).toMatchObject({ version: "6.2.12", category: "Application Utilities", sub_category: "Search as a Service" });
    expect(tools.get("Vespa")).toMatchObject({ version: "8.277.17", category: "Data Stores" });
    const clients = await toolsOf({ "requirements.txt": "manticoresearch==3.3.1\npyvespa==0.45.0\n" });
    expect(clients.has("Manticore Search")).toBe(true);
    expect(clients.get("Manticore Search")?.version).toBeUndefined();
    expect(clients.has("Vespa")).toBe(true);
    expect(clients.get("Vespa")?.version).toBeUndefined();
    const composer = JSON.stringify({ name: "acme/shop", require: { "manticoresoftware/manticoresearch-php": "^3.1" } });
    expect((await toolsOf({ "composer.json": composer })).has("Manticore Search")).toBe(true);
  });

  it("KeyDB's image tag leads with its platform: the release after the `v` is KeyDB's", () => {
    expect(imageVersion("eqalpha/keydb", "x86_64_v6.3.4")).toBe("6.3.4");
    expect(imageVersion("eqalpha/keydb", "arm64_v6.3.3")).toBe("6.3.3");
    expect(imageVersion("eqalpha/keydb", "alpine_x86_64_v6.3.4")).toBe("6.3.4");
    expect(imageVersion("eqalpha/keydb", "latest")).toBeUndefined();
  });

  it("the Elasticsearch and OpenSearch releases that ankane's and Elastic's CI steps start", async () => {
    const workflow = (steps: string) => `name: CI\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n${steps}`;
    const ankane = workflow(
      "      - uses: ankane/setup-elasticsearch@v1\n        with:\n          elasticsearch-version: 8.14.1\n      - uses: ankane/setup-opensearch@v1\n        with:\n          opensearch-version: 2.15\n",
    );
    const tools = await toolsOf({ ".github/workflows/ci.yml": ankane });
    expect(tools.get("Elasticsearch")?.version).toBe("8.14.1");
    expect(tools.get("OpenSearch")?.version).toBe("2.15");
    const elastic = workflow("      - uses: elastic/elastic-github-actions/elasticsearch@master\n        with:\n          stack-version: 7.17.21\n");
    expect((await toolsOf({ ".github/workflows/ci.yml": elastic })).get("Elasticsearch")?.version).toBe("7.17.21");
  });

  it("the engine a Terraform Amazon OpenSearch Service domain runs", async () => {
    const domain = (type: string, setting: string) => `resource "${type}" "search" {\n  domain_name = "products"\n${setting}  cluster_config {\n    instance_type = "t3.small.search"\n  }\n}\n`;
    const opensearch = await toolsOf({ "main.tf": domain("aws_opensearch_domain", '  engine_version = "OpenSearch_2.11"\n') });
    expect(opensearch.has("Amazon Elasticsearch Service")).toBe(true);
    expect(opensearch.has("OpenSearch")).toBe(true);
    expect(opensearch.has("Elasticsearch")).toBe(false);
    // Unset, aws_opensearch_domain runs the latest OpenSearch.
    expect((await toolsOf({ "main.tf": domain("aws_opensearch_domain", "") })).has("OpenSearch")).toBe(true);
    const legacy = await toolsOf({ "main.tf": domain("aws_opensearch_domain", '  engine_version = "Elasticsearch_7.10"\n') });
    expect(legacy.has("Elasticsearch")).toBe(true);
    expect(legacy.has("OpenSearch")).toBe(false);
    expect((await toolsOf({ "main.tf": domain("aws_elasticsearch_domain", '  elasticsearch_version = "7.10"\n') })).has("Elasticsearch")).toBe(true);
    // A variable says neither engine.
    const variable = await toolsOf({ "main.tf": domain("aws_opensearch_domain", "  engine_version = var.engine_version\n") });
    expect(variable.has("Amazon Elasticsearch Service")).toBe(true);
    expect(variable.has("OpenSearch")).toBe(false);
    expect(variable.has("Elasticsearch")).toBe(false);
  });

  it("InstantSearch and Autocomplete UI libraries name no Algolia beside another backend's adapter; Algolia's client names it", async () => {
    // A Meilisearch front end and a Typesense one, as those projects document them.
    const meili = JSON.stringify({ name: "web", dependencies: { "react-instantsearch": "^7.11.4", "@meilisearch/instant-meilisearch": "^0.19.0", "@algolia/autocomplete-js": "^1.17.2", "@meilisearch/autocomplete-client": "^0.5.0" } });
    const meiliTools = await toolsOf({ "package.json": meili });
    expect(meiliTools.has("MeiliSearch")).toBe(true);
    expect(meiliTools.has("Algolia")).toBe(false);
    const typesense = JSON.stringify({ name: "web", dependencies: { "vue-instantsearch": "^4.17.0", "instantsearch.js": "^4.72.1", "typesense-instantsearch-adapter": "^2.8.0" } });
    const typesenseTools = await toolsOf({ "package.json": typesense });
    expect(typesenseTools.has("Typesense")).toBe(true);
    expect(typesenseTools.has("Algolia")).toBe(false);
    const algolia = JSON.stringify({ name: "web", dependencies: { "react-instantsearch": "^7.11.4", algoliasearch: "^4.24.0" } });
    expect((await toolsOf({ "package.json": algolia })).has("Algolia")).toBe(true);
    const preset = JSON.stringify({ name: "web", dependencies: { "@algolia/autocomplete-js": "^1.17.2", "@algolia/autocomplete-preset-algolia": "^1.17.2" } });
    expect((await toolsOf({ "package.json": preset })).has("Algolia")).toBe(true);
  });

  it("Scout drivers, Search UI's connector and Meilisearch's Autocomplete client name the search server they read", async () => {
    const composer = (pkg: string) => JSON.stringify({ name: "acme/shop", require: { php: "^8.2", "laravel/framework": "^11.0", [pkg]: "*" } });
    for (const [pkg, tool] of [
      ["matchish/laravel-scout-elasticsearch", "Elasticsearch"],
      ["jeroen-g/explorer", "Elasticsearch"],
      ["typesense/laravel-scout-typesense-driver", "Typesense"],
      ["meilisearch/meilisearch-laravel-scout", "MeiliSearch"],
    ]) {
      const tools = await toolsOf({ "composer.json": composer(pkg!) });
      expect(tools.has(tool!), pkg).toBe(true);
    }
    const npm = (pkg: string) => JSON.stringify({ name: "web", dependencies: { [pkg]: "^1.0.0" } });
    expect((await toolsOf({ "package.json": npm("@elastic/search-ui-elasticsearch-connector") })).has("Elasticsearch")).toBe(true);
    expect((await toolsOf({ "package.json": npm("@meilisearch/autocomplete-client") })).has("MeiliSearch")).toBe(true);
    const gemfile = 'source "https://rubygems.org"\ngem "rails", "~> 7.1"\ngem "elasticsearch-persistence", "~> 7.2"\n';
    const ruby = await toolsOf({ Gemfile: gemfile });
    expect(ruby.has("Elasticsearch")).toBe(true);
    expect(ruby.get("Elasticsearch")?.version).toBeUndefined();
  });

  it("search and cache servers' own configuration files, as a compose setup mounts them", async () => {
    const tools = await toolsOf({
      "docker/sphinx/sphinx.conf": "searchd {\n  listen = 9312\n}\n",
      "docker/manticore/manticore.conf": "searchd {\n  listen = 9306:mysql\n}\n",
      "config/keydb.conf": "port 6379\nactive-replica yes\n",
      "deploy/memcached.conf": "-m 64\n-p 11211\n",
      "milvus/milvus.yaml": "etcd:\n  endpoints:\n    - localhost:2379\n",
    });
    for (const name of ["Sphinx", "Manticore Search", "KeyDB", "Memcached", "Milvus"]) expect(tools.has(name), name).toBe(true);
  });

  it("a conda environment's Redis server package names Redis; conda-forge's `redis`, an old redis-py build, lends it no release", async () => {
    const env = (deps: string[]) => `name: app\nchannels:\n  - conda-forge\ndependencies:\n${deps.map((d) => `  - ${d}\n`).join("")}`;
    expect((await toolsOf({ "environment.yml": env(["python=3.11", "redis-server=7.4.1"]) })).has("Redis")).toBe(true);
    for (const client of ["redis=3.5.3", "redis-py=5.0.1"]) {
      const tools = await toolsOf({ "environment.yml": env(["python=3.11", client]) });
      expect(tools.has("Redis"), client).toBe(true);
      expect(tools.get("Redis")?.version, client).toBeUndefined();
    }
  });

  it("Solr, Milvus and Dragonfly by their operators' custom resources", async () => {
    const manifest = (apiVersion: string, kind: string) => `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: main\nspec:\n  replicas: 3\n`;
    const tools = await toolsOf({
      "k8s/solr.yaml": manifest("solr.apache.org/v1beta1", "SolrCloud"),
      "k8s/milvus.yaml": manifest("milvus.io/v1beta1", "Milvus"),
      "k8s/dragonfly.yaml": manifest("dragonflydb.io/v1alpha1", "Dragonfly"),
    });
    for (const name of ["Solr", "Milvus", "Dragonfly", "Kubernetes"]) expect(tools.has(name), name).toBe(true);
  });

  it("a compose image whose tag is a required variable left unset still names its server, without a release", async () => {
    const compose = "services:\n  cache:\n    image: redis:${REDIS_TAG:?set REDIS_TAG}\n  sessions:\n    image: memcached:${MEMCACHED_TAG:?}\n  search:\n    image: docker.elastic.co/elasticsearch/elasticsearch:${STACK_VERSION:?}\n";
    const tools = await toolsOf({ "docker-compose.yml": compose });
    for (const name of ["Redis", "Memcached", "Elasticsearch"]) {
      expect(tools.has(name), name).toBe(true);
      expect(tools.get(name), name).toBeDefined();
      expect(tools.get(name)?.version, name).toBeUndefined();
    }
    // Set in the .env beside it, the variable gives the release.
    const withEnv = await toolsOf({ "docker-compose.yml": compose, ".env": "STACK_VERSION=8.11.1\n" });
    expect(withEnv.get("Elasticsearch")?.version).toBe("8.11.1");
  });

  it("the engine a CloudFormation OpenSearch Service domain runs", async () => {
    const template = (type: string, properties: string) =>
      `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  SearchDomain:\n    Type: ${type}\n    Properties:\n      DomainName: products\n${properties}`;
    const opensearch = await toolsOf({ "template.yaml": template("AWS::OpenSearchService::Domain", "      EngineVersion: OpenSearch_2.11\n") });
    expect(opensearch.has("Amazon Elasticsearch Service")).toBe(true);
    expect(opensearch.has("OpenSearch")).toBe(true);
    expect(opensearch.has("Elasticsearch")).toBe(false);
    const legacy = await toolsOf({ "template.yaml": template("AWS::Elasticsearch::Domain", '      ElasticsearchVersion: "7.10"\n') });
    expect(legacy.has("Elasticsearch")).toBe(true);
    expect(legacy.has("OpenSearch")).toBe(false);
    const parameter = await toolsOf({ "template.yaml": template("AWS::OpenSearchService::Domain", "      EngineVersion: !Ref EngineVersion\n") });
    expect(parameter.has("Amazon Elasticsearch Service")).toBe(true);
    expect(parameter.has("OpenSearch")).toBe(false);
    expect(parameter.has("Elasticsearch")).toBe(false);
  });
});
