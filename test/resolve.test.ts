import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, tempDir } from "./helpers.js";
import { Catalog, builtinCatalog, catalogWith, parseCatalogFile, resolve } from "../src/index.js";

// Scores and how each was reached, as submit --manual reads them: an exact name 1, an alias or a
// slug 0.99, a name reached by dropping the query's own "js" a little under, fuzzy at most 0.9.
describe("resolve, score by score", () => {
  const best = (q: string) => {
    const r = resolve(builtinCatalog(), q)[0]!;
    return [r.tool.name, Number(r.score.toFixed(4)), r.matchedBy];
  };

  it.each([
    ["Vue.js", "Vue.js", 1, "name"],
    ["vuejs", "Vue.js", 1, "name"],
    ["vue", "Vue.js", 0.99, "name"],
    ["node", "Node.js", 0.99, "name"],
    ["mongo", "MongoDB", 0.99, "name"],
    ["postgres", "PostgreSQL", 0.99, "alias"],
    ["k8s", "Kubernetes", 0.99, "alias"],
    ["d3", "D3.js", 0.99, "slug"],
    ["C++", "C++", 1, "name"],
    ["c#", "C#", 1, "name"],
    ["F#", "F#", 1, "name"],
    ["AWS Cognito", "Amazon Cognito", 0.99, "alias"],
  ])("%s is %s at %s, by %s", (q, name, score, by) => {
    expect(best(q)).toEqual([name, score, by]);
  });

  it("a name reached only by dropping the query's js scores 0.97, under the name as typed", () => {
    const [angularjs, angular] = resolve(builtinCatalog(), "angularjs");
    expect([angularjs!.tool.name, angularjs!.score, angular!.tool.name, angular!.score, angular!.matchedBy]).toEqual(["AngularJS", 1, "Angular", 0.97, "name"]);
  });

  it("misspellings are fuzzy matches under 0.9, ranked by closeness", () => {
    for (const q of ["kubernets", "raect", "pyhton", "dokcer"]) {
      const r = resolve(builtinCatalog(), q)[0]!;
      expect(r.matchedBy, q).toBe("fuzzy");
      expect(r.score, q).toBeLessThanOrEqual(0.9);
      expect(r.score, q).toBeGreaterThan(0.7);
    }
  });

  it("a bare vendor prefix is no product: aws is the cloud itself, amazon and cloud only fuzzy guesses", () => {
    expect(best("aws")).toEqual(["Amazon Web Services (AWS)", 0.99, "alias"]);
    for (const q of ["amazon", "cloud"]) expect(resolve(builtinCatalog(), q)[0]!.score, q).toBeLessThan(0.9);
  });

  it("spells out + and # and drops other punctuation and spaces", async () => {
    const { normalize } = await import("../src/catalog/name-keys.js");
    expect(["C++", "Notepad++", "F#", "Node.js", " Ruby on Rails ", "Material-UI", "A+"].map(normalize)).toEqual(["cplusplus", "notepadplusplus", "fsharp", "nodejs", "rubyonrails", "materialui", "a"]);
  });
});

describe("edit distance", () => {
  it("counts insertions, deletions, substitutions and an adjacent swap as one each", async () => {
    const { editDistance } = await import("../src/edit-distance.js");
    expect(editDistance("react", "react")).toBe(0);
    expect(editDistance("raect", "react")).toBe(1);
    expect(editDistance("kubernets", "kubernetes")).toBe(1);
    expect(editDistance("webpak", "webpack")).toBe(1);
    expect(editDistance("djangoo", "django")).toBe(1);
    expect(editDistance("flsk", "flask")).toBe(1);
    expect(editDistance("mysql", "mssql")).toBe(1);
    expect(editDistance("pyhton", "python")).toBe(1);
    expect(editDistance("grpahql", "graphql")).toBe(1);
    expect(editDistance("ca", "abc")).toBe(3);
    expect(editDistance("", "vue")).toBe(3);
    expect(editDistance("vue", "")).toBe(3);
    expect(editDistance("typescirpt", "typescript")).toBe(1);
    expect(editDistance("elasticsearh", "elasticsearch")).toBe(1);
    expect(editDistance("sveltkit", "sveltekit")).toBe(1);
    expect(editDistance("rails", "rials")).toBe(1);
    expect(editDistance("abcd", "badc")).toBe(2);
  });
});

// A catalog of a few real tools, made anew for each test, so its name index is built by the code
// under test rather than taken from the index the built-in catalog keeps.
describe("resolve on a small catalog of its own", () => {
  const IDS = ["redis", "postgresql", "d3", "mongodb", "kubernetes", "google-cloud-spanner", "amazon-cognito", "react", "vue-js"];
  const small = () => {
    const builtin = builtinCatalog();
    const tools = IDS.map((id) => builtin.tools.get(id)).filter((t) => t !== undefined);
    expect(tools.map((t) => t.id)).toEqual(IDS);
    return new Catalog({ tools });
  };
  const best = (q: string) => {
    const r = resolve(small(), q)[0];
    return r && [r.tool.name, Number(r.score.toFixed(4)), r.matchedBy];
  };

  it("names, slugs and aliases each keep their kind", () => {
    expect(best("Redis")).toEqual(["Redis", 1, "name"]);
    expect(best("postgres")).toEqual(["PostgreSQL", 0.99, "alias"]);
    expect(best("d3")).toEqual(["D3.js", 0.99, "slug"]);
    expect(best("mongo")).toEqual(["MongoDB", 0.99, "name"]);
    expect(best("AWS Cognito")).toEqual(["Amazon Cognito", 0.99, "alias"]);
  });

  it("a name with a generic word after it (server, sdk, db, ...) scores 0.95: above any misspelling, under an alias of its own", () => {
    const builtin = builtinCatalog();
    const top = (q: string) => resolve(builtin, q, 2).map((r) => [r.tool.name, Number(r.score.toFixed(2))]);
    // "mysql server" was Microsoft SQL Server's near-spelling (0.77, a clear pick), "redis-server" Episerver.
    expect(top("mysql server")[0]).toEqual(["MySQL", 0.95]);
    expect(top("redis-server")[0]).toEqual(["Redis", 0.95]);
    expect(top("postgres server")[0]).toEqual(["PostgreSQL", 0.95]);
    expect(top("firebase sdk")[0]).toEqual(["Firebase", 0.95]);
    expect(top("sql server")).toEqual([["Microsoft SQL Server", 0.99], ["SQL", 0.95]]);
    expect(top("windows server")).toEqual([["Windows Server", 1], ["Windows", 0.95]]);
    // Only a separate word: "redisserver" is no "redis server", and "cli" names tools of its own.
    expect(top("redisserver")[0]?.[0]).not.toBe("Redis");
    expect(top("azure cli")[0]?.[1]).toBeLessThan(0.9);
  });

  it("full-width letters and accents fold to the name; a repository's tool named in another script is found", () => {
    expect(best("Ｒｅａｃｔ")).toEqual(["React", 1, "name"]);
    expect(best("ＰＯＳＴＧＲＥＳ")).toEqual(["PostgreSQL", 0.99, "alias"]);
    expect(best("Kubernetés")).toEqual(["Kubernetes", 1, "name"]);
    const own = new Catalog({ tools: [{ id: "rizhi", name: "日志服务", category: "Monitoring" }, { id: "uber-queue", name: "Über Queue" }] });
    expect(resolve(own, "日志服务").map((r) => [r.tool.id, r.score])).toEqual([["rizhi", 1]]);
    expect(resolve(own, "uber queue")[0]).toMatchObject({ score: 1, tool: { id: "uber-queue" } });
    // Nothing but punctuation is still no name.
    expect(resolve(own, " — ")).toEqual([]);
  });

  it("a word inside a longer name is found with a score, as a misspelling is", () => {
    // ("spanner" whole is Google Cloud Spanner's product name, below; a part of it is a fuzzy hint.)
    const spanner = resolve(small(), "spann")[0]!;
    expect([spanner.tool.name, spanner.matchedBy]).toEqual(["Google Cloud Spanner", "fuzzy"]);
    expect(spanner.score).toBeGreaterThan(0.5);
    const kube = resolve(small(), "kubernets")[0]!;
    expect([kube.tool.name, kube.matchedBy]).toEqual(["Kubernetes", "fuzzy"]);
    expect(kube.score).toBeGreaterThan(0.8);
  });

  it("a deletion and a substitution of one letter are equally close; nonsense matches nothing", () => {
    const score = (q: string) => resolve(small(), q)[0]!.score;
    expect(score("kubernets")).toBe(score("kubernetez"));
    expect(score("postgresq")).toBe(score("postgresqx"));
    for (const q of ["xqzj", "qqqq", "zzzzzz"]) expect(resolve(small(), q), q).toEqual([]);
  });

  it("a vendor spelling reaches a product only as its whole name is written, not with its db dropped", () => {
    const builtin = builtinCatalog();
    const catalog = new Catalog({ tools: ["amazon-dynamodb", "amazon-documentdb"].map((id) => builtin.tools.get(id)!) });
    expect(resolve(catalog, "aws document")[0]!.score).toBeLessThan(0.9);
    expect(resolve(catalog, "aws document")[0]!.matchedBy).toBe("fuzzy");
    // "dynamo" alone is DynamoDB's own alias, and AWS its vendor: as good as an alias (it was 0.88, a name among words).
    expect(resolve(catalog, "aws dynamo")[0]).toMatchObject({ score: 0.99, matchedBy: "alias", tool: { id: "amazon-dynamodb" } });
    expect(resolve(catalog, "aws dynamodb")[0]).toMatchObject({ score: 0.99, matchedBy: "alias" });
  });
});

const first = (q: string) => resolve(builtinCatalog(), q)[0]?.tool.name;

describe("resolve", () => {
  it.each([
    ["postgres", "PostgreSQL"],
    ["gh actions", "GitHub Actions"],
    ["vue", "Vue.js"],
    ["reactjs", "React"],
    ["k8s", "Kubernetes"],
    ["angular", "Angular"],
    ["mongo", "MongoDB"],
    ["s3", "Amazon S3"],
    ["aws s3", "Amazon S3"],
    ["gke", "Google Kubernetes Engine"],
    ["eks", "Amazon EKS"],
    ["aks", "Azure Kubernetes Service"],
    ["scss", "Sass"],
    ["elastic", "Elasticsearch"],
    // OpenTelemetry's short name; Alertmanager, which the catalog has no entry of its own for, is the Prometheus project's.
    ["otel", "OpenTelemetry"],
    ["alertmanager", "Prometheus"],
    // A name whose own "Language" is left off, as people type it.
    ["R", "R Language"],
    ["r", "R Language"],
    // Solidity is the exception: the language bar's own entry is named `solidity` (tools/extra-uncategorized.yml).
    ["solidity", "solidity"],
  ])("%s -> %s", (q, name) => expect(first(q)).toBe(name));

  it("a name as typed beats a name reached by dropping its own js", () => {
    const [a, b] = resolve(builtinCatalog(), "angular");
    expect([a?.tool.name, b?.tool.name]).toEqual(["Angular", "AngularJS"]);
    expect(a!.score).toBeGreaterThan(b!.score);
  });

  it("exact names score 1, fuzzy ones less", () => {
    expect(resolve(builtinCatalog(), "Redis")[0]).toMatchObject({ score: 1, matchedBy: "name" });
    const fuzzy = resolve(builtinCatalog(), "kubernets")[0]!;
    expect(fuzzy.tool.name).toBe("Kubernetes");
    expect(fuzzy.score).toBeLessThan(1);
    expect(resolve(builtinCatalog(), "")).toEqual([]);
  });

  // 50 misspelled or abbreviated names of popular tools; at least 45 must resolve right.
  const CASES: Array<[string, string]> = [
    ["postgress", "PostgreSQL"], ["postgre", "PostgreSQL"], ["mongo", "MongoDB"], ["mongodb", "MongoDB"], ["mysq", "MySQL"],
    ["redis cache", "Redis"], ["elastic search", "Elasticsearch"], ["elasticsearh", "Elasticsearch"], ["kubernets", "Kubernetes"], ["kube", "Kubernetes"],
    ["dokcer", "Docker"], ["docker-compose", "Docker Compose"], ["nodejs", "Node.js"], ["node", "Node.js"], ["expressjs", "ExpressJS"],
    ["express", "ExpressJS"], ["nextjs", "Next.js"], ["nuxtjs", "Nuxt.js"], ["angularjs", "AngularJS"], ["angular2", "Angular"],
    ["vuejs", "Vue.js"], ["react.js", "React"], ["raect", "React"], ["typescirpt", "TypeScript"], ["ts", "TypeScript"],
    ["js", "JavaScript"], ["javscript", "JavaScript"], ["py", "Python"], ["pyhton", "Python"], ["golang", "Golang"],
    ["go lang", "Golang"], ["ruby on rails", "Rails"], ["ror", "Rails"], ["djangoo", "Django"], ["flsk", "Flask"],
    ["springboot", "Spring Boot"], ["c sharp", "C#"], ["csharp", "C#"], ["cpp", "C++"], ["dotnet", ".NET"],
    ["aws", "Amazon Web Services (AWS)"], ["gcp", "Google Cloud Platform"], ["azure", "Microsoft Azure"], ["tf", "Terraform"], ["rabbit mq", "RabbitMQ"],
    ["tailwind", "Tailwind CSS"], ["webpak", "Webpack"], ["vscode", "Visual Studio Code"], ["travis", "Travis CI"], ["circle ci", "CircleCI"],
  ];
  it("resolves at least 48 of 50 misspelled or abbreviated names", () => {
    expect(CASES).toHaveLength(50);
    const wrong = CASES.filter(([q, name]) => first(q) !== name).map(([q, name]) => `${q} -> ${first(q)} (want ${name})`);
    expect(wrong.length, wrong.join("; ")).toBeLessThanOrEqual(2);
  });

  // Short forms and command names (hg: nothing, zmq: RabbitMQ, md: Ramda, sb: Gatsby, pw: PowerShell,
  // gem: SQL Server Management Studio, pods: PostgreSQL, rtl: Smartlook before).
  it.each([
    ["hg", "Mercurial"], ["zmq", "ZeroMQ"], ["md", "Markdown"], ["sb", "Storybook"], ["pw", "Playwright"], ["gem", "RubyGems"],
    ["pods", "CocoaPods"], ["rtl", "react-testing-library"], ["testing library", "react-testing-library"],
    // (ga4: Google App Engine, azure ad: Microsoft Azure, firebase functions: Firebase Hosting, eb: Firebase before)
    ["ga4", "Google Analytics"], ["gtm", "Google Tag Manager"], ["insomnia", "Insomnia REST Client"], ["sonar", "SonarQube"],
    ["artifactory", "JFrog Artifactory"], ["nexus", "Sonatype Nexus"], ["argocd", "Argo"], ["eb", "AWS Elastic Beanstalk"],
    ["azure ad", "Azure Active Directory"], ["entra id", "Azure Active Directory"], ["azure blob", "Azure Storage"],
    ["cosmos", "Azure Cosmos DB"], ["firebase functions", "Cloud Functions for Firebase"], ["quay", "Quay.io"],
  ])("the short form %s is %s, as an alias", (q, name) => {
    expect(resolve(builtinCatalog(), q)[0]).toMatchObject({ tool: { name }, score: 0.99, matchedBy: "alias" });
  });

  // Short forms people type in a manual submission, where fuzzy ranking alone picks a wrong tool
  // (mui: YUI Library, jdk: Android SDK, httpd: lighttpd, gql: SQL, bb pipelines: GitLab CI).
  it.each([
    ["mui", "Material-UI"], ["jdk", "Java"], ["openjdk", "Java"], ["httpd", "Apache HTTP Server"], ["gql", "GraphQL"],
    ["objc", "Objective-C"], ["ef core", "Entity Framework Core"], ["bq", "Google BigQuery"], ["pubsub", "Google Cloud Pub/Sub"],
    ["bb pipelines", "Bitbucket Pipelines"], ["jenkinsfile", "Jenkins"], ["rmq", "RabbitMQ"], ["gcloud", "Google Cloud Platform"],
    ["tanstack query", "React Query"], ["gh pages", "GitHub Pages"], ["dynamo", "Amazon DynamoDB"], ["firestore", "Cloud Firestore"],
    // Import names and CLI names (np: pnpm, pd: Apache HTTP Server, cfn: Confluence, sam: Balsamiq, cdk: Java, gh: GitHub
    // Actions, ado: Datadog, kt: Okta, ps1: PostgreSQL, hbs: HBase, ngrx: NGINX, jpa: Apache HTTP Server, ef: Chef before).
    ["np", "NumPy"], ["pd", "Pandas"], ["tfjs", "TensorFlow.js"], ["mpl", "Matplotlib"], ["cfn", "AWS CloudFormation"],
    ["sam", "AWS SAM"], ["cdk", "AWS Cloud Development Kit"], ["gh", "GitHub"], ["ado", "Azure DevOps"], ["ddb", "Amazon DynamoDB"],
    ["kt", "Kotlin"], ["vb", "Visual Basic"], ["ps1", "PowerShell"], ["pwsh", "PowerShell"], ["hbs", "Handlebars.js"],
    ["ngrx", "NGRX for Angular"], ["jpa", "Java Persistence API"], ["ef", "Entity Framework"],
    // (jwt: GWT, drf: drf-yasg, wp: WP Rocket, ipynb: Bitbucket before; conda was a weak guess at 0.66)
    ["jwt", "JSON Web Token"], ["drf", "Django REST framework"], ["wp", "WordPress"], ["conda", "Anaconda"], ["ipynb", "Jupyter"],
  ])("the short form %s is %s", (q, name) => {
    expect(first(q)).toBe(name);
  });

  // A typo of a whole name beats a longer name that merely contains something like it, by a clear
  // margin (what submit --manual needs to take it without asking).
  it.each([
    ["reakt", "React"], ["raect", "React"], ["kubernets", "Kubernetes"], ["postgress", "PostgreSQL"], ["dokcer", "Docker"],
    ["pyhton", "Python"], ["webpak", "Webpack"], ["elasticsearh", "Elasticsearch"], ["rials", "Rails"], ["grpahql", "GraphQL"],
  ])("the misspelling %s is %s, well ahead of the next", (q, name) => {
    const [a, b] = resolve(builtinCatalog(), q);
    expect(a?.tool.name).toBe(name);
    expect(a!.score - (b?.score ?? 0)).toBeGreaterThanOrEqual(0.15);
  });

  // A cloud vendor's products are typed with either of its prefixes, as the peer analyser
  // (@specfy/stack-analyser) and people write them: before, each was only a fuzzy guess under 0.99.
  it.each([
    ["AWS Cognito", "Amazon Cognito"], ["AWS SQS", "Amazon SQS"], ["AWS CloudWatch", "Amazon CloudWatch"], ["aws rds", "Amazon RDS"],
    ["AWS DynamoDB", "Amazon DynamoDB"], ["aws ec2", "Amazon EC2"], ["Amazon Lambda", "AWS Lambda"], ["Cloud Spanner", "Google Cloud Spanner"],
    ["Cloud Build", "Google Cloud Build"], ["gcp bigtable", "Google Cloud Bigtable"], ["Cloud BigQuery", "Google BigQuery"],
  ])("the vendor spelling %s is %s, as good as an alias", (q, name) => {
    const best = resolve(builtinCatalog(), q)[0]!;
    expect(best.tool.name).toBe(name);
    expect(best.score).toBeGreaterThanOrEqual(0.99);
  });

  // A vendor's product typed without its vendor (before: ec2 0.73, sqs 0.69 fuzzy guesses; chakra 0.66).
  it.each([
    ["ec2", "Amazon EC2"], ["sqs", "Amazon SQS"], ["sns", "Amazon SNS"], ["kinesis", "Amazon Kinesis"], ["redshift", "Amazon Redshift"],
    ["cloudfront", "Amazon CloudFront"], ["spanner", "Google Cloud Spanner"], ["bigtable", "Google Cloud Bigtable"], ["emr", "Amazon EMR"],
  ])("the bare product %s is %s at 0.94, ahead of every misspelling", (q, name) => {
    const [a, b] = resolve(builtinCatalog(), q);
    expect([a?.tool.name, a?.score, a?.matchedBy]).toEqual([name, 0.94, "alias"]);
    expect(a!.score - (b?.score ?? 0)).toBeGreaterThanOrEqual(0.15);
  });

  it("a word that ends several tools' names is a kind of product, not one: no vendor's product is taken for it", () => {
    for (const q of ["functions", "storage", "analytics", "maps", "teams", "cloud"]) {
      const r = resolve(builtinCatalog(), q)[0]!;
      expect(r.matchedBy, q).toBe("fuzzy");
      expect(r.score, q).toBeLessThan(0.9);
    }
  });

  it("a name ending in the separate word UI is typed without it; a name merely ending in the letters is not cut", () => {
    // 0.98: a little under a key the query is as written or without its js/db/css (resolve-ui-stem-tie).
    expect(resolve(builtinCatalog(), "chakra")[0]).toMatchObject({ score: 0.98, matchedBy: "name", tool: { name: "Chakra UI" } });
    expect(resolve(builtinCatalog(), "semantic")[0]?.tool.name).toBe("Semantic UI");
    // (Cutting the letters "ui" off every key would make "tamag" Tamagui's name.)
    const own = new Catalog({ tools: [{ id: "tamagui", name: "Tamagui" }, { id: "element-ui", name: "Element UI" }] });
    expect(resolve(own, "tamag")[0]).toMatchObject({ matchedBy: "fuzzy", tool: { id: "tamagui" } });
    expect(resolve(own, "element")[0]).toMatchObject({ matchedBy: "name", score: 0.98, tool: { id: "element-ui" } });
  });

  // A release glued to the name (before: vue3 0.73 and node18 0.69 fuzzy, angular17 AngularJS).
  it.each([
    ["vue3", "Vue.js"], ["vue 3", "Vue.js"], ["node18", "Node.js"], ["angular17", "Angular"], ["jdk17", "Java"],
    ["python 3.11", "Python"], ["php8", "PHP"], ["postgres16", "PostgreSQL"], ["redis7", "Redis"], ["webpack5", "Webpack"],
  ])("the name with a release glued on, %s, is %s above 0.9", (q, name) => {
    const best = resolve(builtinCatalog(), q)[0]!;
    expect(best.tool.name).toBe(name);
    expect(best.score).toBeGreaterThan(0.9);
    expect(best.score).toBeLessThan(0.97);
  });

  it("a name whose own digits end it is found whole, not as a release of a shorter name", () => {
    for (const [q, name] of [["html5", "HTML5"], ["es6", "ES6"], ["css3", "CSS 3"], ["oauth2", "OAuth2"], ["neo4j", "Neo4j"], ["route53", "Amazon Route 53"], ["ec2", "Amazon EC2"]]) {
      expect(resolve(builtinCatalog(), q!)[0]?.tool.name, q).toBe(name);
    }
  });

  it("a name as written still beats a vendor spelling of it", () => {
    expect(first("cloud run")).toBe("Google Cloud Run");
    expect(first("Amazon S3")).toBe("Amazon S3");
    expect(first("Cloud Foundry")).toBe("Cloud Foundry");
  });

  // Former, full or package names of tools the site names otherwise (SendGrid before Twilio bought
  // it, Apache's and Atlassian's full product names, OpenSearch Service's former name).
  it.each([
    ["SendGrid", "Twilio SendGrid"], ["fly.io", "Fly"], ["Apache Airflow", "Airflow"], ["Apache Cassandra", "Cassandra"],
    ["Atlassian Bitbucket", "Bitbucket"], ["Concourse CI", "Concourse"], ["GitHub CodeQL", "CodeQL"], ["Doctrine", "Doctrine 2"],
    ["RedwoodJS", "Redwood"], ["Eleventy", "11ty"], ["Yii2", "Yii"], ["react-router-dom", "React Router"], ["Radix UI", "Radix Primitives"],
    ["Firebase Firestore", "Cloud Firestore"], ["AWS OpenSearch", "Amazon Elasticsearch Service"], ["Azure Postgres", "Azure Database for PostgreSQL"],
    ["Azure Redis", "Azure Redis Cache"], ["Scout APM", "Scout"], ["gce", "Google Compute Engine"], ["Drone CI", "Drone.io"],
    ["ExpoJS", "Expo"], ["HexoJS", "Hexo"], ["MilvusDB", "Milvus"],
  ])("the name in use %s is %s", (q, name) => {
    const best = resolve(builtinCatalog(), q)[0]!;
    expect(best.tool.name).toBe(name);
    expect(best.score).toBeGreaterThanOrEqual(0.99);
  });

  it("a limit that is no count of matches is refused, not read as slice(0, -1)", () => {
    for (const bad of [-1, 1.5, Number.NaN]) expect(() => resolve(builtinCatalog(), "vue", bad), String(bad)).toThrow(/limit must be a whole number/);
    expect(resolve(builtinCatalog(), "vue", 0)).toEqual([]);
    expect(resolve(builtinCatalog(), "vue", 2)).toHaveLength(2);
  });
});

describe("catalogWith", () => {
  it("resolves a repository's own tools beside the built-in ones, and leaves the built-in catalog as it was", () => {
    const file = parseCatalogFile("tools:\n  - id: acme-bus\n    name: Acme Bus\n    category: Data Stores\n    sub_category: Message Queue\n    aliases: [abus]\n");
    const catalog = catalogWith(file);
    expect(resolve(catalog, "abus")[0]).toMatchObject({ tool: { name: "Acme Bus" }, matchedBy: "alias" });
    expect(resolve(catalog, "postgres")[0]!.tool.name).toBe("PostgreSQL");
    expect(catalog.match("npm", "react").map((t) => t.name)).toEqual(["React"]);
    expect(builtinCatalog().tools.has("acme-bus")).toBe(false);
    expect(catalogWith()).toBe(builtinCatalog());
  });
});

describe("resolve over a large catalog", () => {
  // In the CLI's own process (a test worker's stack is larger): a repository's techstack.catalog.yml
  // of 160,000 aliases, under its 1 MiB limit, took more arguments than one call may be given.
  it("techstack resolve with a repository catalog of 160,000 aliases answers, not a stack overflow", () => {
    const dir = tempDir("techstack-resolve-large-");
    const aliases = Array.from({ length: 160_000 }, (_, i) => `z${i.toString(36)}`);
    writeFileSync(join(dir, "techstack.catalog.yml"), `tools:\n  - id: zed-store\n    name: Zed Store\n    category: Data Stores\n    sub_category: Databases\n    aliases: [${aliases.join(",")}]\n`);
    const run = spawnSync(process.execPath, [join(ROOT, "dist/cli.js"), "resolve", "postgres", "z4c91", "--dir", dir, "--limit", "1", "--json"], { encoding: "utf8", timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    const answers = (JSON.parse(run.stdout) as Array<{ query: string; matches: Array<{ name: string }> }>).map((a) => [a.query, a.matches[0]?.name]);
    expect(answers).toEqual([["postgres", "PostgreSQL"], ["z4c91", "Zed Store"]]);
  }, 60_000);
});
