import { describe, expect, it } from "vitest";
import { builtinCatalog, resolve } from "../src/index.js";
import { leadingStems } from "../src/catalog/package-query.js";
import { isClear } from "../src/catalog/clear-match.js";
import { expectFinishesWithin } from "./work-budget.js";

// What people type when they name their tools by hand (`techstack submit --manual`, `techstack
// resolve`), each with the tool of the site's they mean (tools.csv's name), or null where the
// catalog holds no such tool: then no pick may be confident (under 0.9). The last group was written
// after the fixes the others led to and measured before it was read: 49 of 65 right before them, 63
// after (its expectations' own slips mended: Minio, Serde, MSSQL, two tools the site lacks); the
// maker reading ("google firebase") came from its misses, 64.
// Before the fixes the first eight groups resolved 247 of 293 (84.3%); the 50 names of resolve.test.ts
// stayed 50 of 50.
const TYPED: Record<string, Array<[string, string | null]>> = {
  abbreviations: [
    ["pg", "PostgreSQL"], ["psql", "PostgreSQL"], ["mongo", "MongoDB"], ["k8s", "Kubernetes"], ["tf", "Terraform"],
    ["gcp", "Google Cloud Platform"], ["aws lambda", "AWS Lambda"], ["lambda", "AWS Lambda"], ["gh actions", "GitHub Actions"], ["rn", "React Native"],
    ["ng", "Angular"], ["np", "NumPy"], ["sklearn", "scikit-learn"], ["tf2", "TensorFlow"], ["es", "Elasticsearch"],
    ["mssql", "MSSQL"], ["rds", "Amazon RDS"], ["gcs", "Google Cloud Storage"], ["gke", "Google Kubernetes Engine"], ["ecs", "Amazon EC2 Container Service"],
    ["ecr", "Amazon ECR"], ["gql", "GraphQL"], ["rxjs", "RxJS"], ["jq", "jQuery"], ["vscode", "Visual Studio Code"],
    ["intellij", "IntelliJ IDEA"], ["gh", "GitHub"], ["mpl", "Matplotlib"], ["pd", "Pandas"], ["torch", "Torch"],
    ["hf", "Hugging Face"], ["ts", "TypeScript"], ["js", "JavaScript"], ["py", "Python"], ["rb", "Ruby"],
    ["kt", "Kotlin"], ["objc", "Objective-C"], ["cpp", "C++"], ["rmq", "RabbitMQ"], ["zk", null],
    ["antd", "Ant Design"], ["mui", "Material-UI"], ["sqlite3", "SQLite"], ["bq", "Google BigQuery"], ["gae", "Google App Engine"],
    ["prom", "Prometheus"], ["dd", "Datadog"], ["jwt", "JSON Web Token"], ["ddb", "Amazon DynamoDB"], ["sfdc", "Salesforce"],
    ["gcf", "Google Cloud Functions"], ["sqs", "Amazon SQS"], ["ror", "Rails"], ["drf", "Django REST framework"], ["ef core", "Entity Framework Core"],
  ],
  packages: [
    ["react-dom", "React"], ["@angular/core", "Angular"], ["psycopg2", "PostgreSQL"], ["psycopg2-binary", "PostgreSQL"], ["mysql2", "MySQL"],
    ["spring-boot-starter-web", "Spring Boot"], ["github.com/gin-gonic/gin", "Gin Gonic"], ["laravel/framework", "Laravel"], ["@nestjs/core", "NestJS"], ["@vue/cli", "Vue CLI"],
    ["vue-router", "Vue Router"], ["react-redux", "React Redux"], ["@mui/material", "Material-UI"], ["@prisma/client", "Prisma"], ["@tanstack/react-query", "React Query"],
    ["djangorestframework", "Django REST framework"], ["beautifulsoup4", "BeautifulSoup"], ["bs4", "BeautifulSoup"], ["pymongo", "MongoDB"], ["firebase-admin", "Firebase"],
    ["@sentry/react", "Sentry"], ["sentry-sdk", "Sentry"], ["gorm.io/gorm", "GORM"], ["actix-web", "Actix"], ["Microsoft.EntityFrameworkCore", "Entity Framework Core"],
    ["org.springframework.boot:spring-boot-starter-web", "Spring Boot"], ["hibernate-core", "Hibernate"], ["jackson-databind", "Jackson"], ["com.google.guava:guava", "guava"], ["symfony/symfony", "Symfony"],
    ["guzzlehttp/guzzle", "Guzzle"], ["phpunit/phpunit", "PHPUnit"], ["doctrine/orm", "Doctrine 2"], ["rspec-rails", "RSpec"], ["@emotion/react", "Emotion"],
    ["@reduxjs/toolkit", "Redux"], ["socket.io-client", "Socket.IO"], ["tailwindcss", "Tailwind CSS"], ["@types/node", "Node.js"], ["@angular/cli", "Angular CLI"],
  ],
  images: [
    ["postgres:15", "PostgreSQL"], ["node:18-alpine", "Node.js"], ["redis/redis-stack", "Redis"], ["mysql:8.0", "MySQL"], ["mongo:7", "MongoDB"],
    ["nginx:alpine", "NGINX"], ["python:3.12-slim", "Python"], ["openjdk:17", "Java"], ["rabbitmq:3-management", "RabbitMQ"], ["elasticsearch:8.11.0", "Elasticsearch"],
    ["grafana/grafana", "Grafana"], ["prom/prometheus", "Prometheus"], ["bitnami/postgresql", "PostgreSQL"], ["mcr.microsoft.com/mssql/server", "Microsoft SQL Server"], ["confluentinc/cp-kafka", "Kafka"],
    ["traefik:v2.10", "Traefik"], ["golang:1.22", "Golang"], ["php:8.2-fpm", "PHP"], ["ruby:3.3", "Ruby"], ["docker.elastic.co/elasticsearch/elasticsearch:8.11.0", "Elasticsearch"],
  ],
  versions: [
    ["python3", "Python"], ["python 3.11", "Python"], ["node18", "Node.js"], ["node 20", "Node.js"], ["java 17", "Java"],
    [".net 8", ".NET"], ["php8", "PHP"], ["postgres15", "PostgreSQL"], ["vue 2", "Vue.js"], ["angular 17", "Angular"],
    ["ES6", "ES6"], ["vue3", "Vue.js"], ["python2", "Python"], ["py3", "Python"], ["php 8.2", "PHP"],
    ["postgresql 16", "PostgreSQL"], ["bootstrap 5", "Bootstrap"], ["bootstrap5", "Bootstrap"], ["react 18", "React"], ["rails 7", "Rails"],
    ["django 4.2", "Django"], ["laravel 10", "Laravel"], ["spring boot 3", "Spring Boot"], ["go 1.21", "Golang"], ["go1.22", "Golang"],
    ["typescript 5", "TypeScript"], ["mysql 8", "MySQL"], ["redis 7.2", "Redis"], ["jdk 21", "Java"], ["openjdk 17", "Java"],
    ["c++17", "C++"], ["python@3.12", "Python"], ["node@20", "Node.js"], ["postgres@15", "PostgreSQL"], ["ecmascript 6", "ES6"],
    ["html5", "HTML5"], ["css3", "CSS 3"], ["net6", ".NET"], ["dotnet 8", ".NET"], ["angular 1", "AngularJS"],
    ["java 8", "Java 8"], ["swift 5", "Swift"], ["kotlin 1.9", "Kotlin"], ["webpack 5", "Webpack"], ["mongodb 7", "MongoDB"],
  ],
  spelling: [
    ["NodeJS", "Node.js"], ["node.js", "Node.js"], ["Node JS", "Node.js"], ["nextjs", "Next.js"], ["next.js", "Next.js"],
    ["Tailwind CSS", "Tailwind CSS"], ["styled components", "styled-components"], ["socket io", "Socket.IO"], ["socket.io", "Socket.IO"], ["Vue JS", "Vue.js"],
    ["React JS", "React"], ["Angular JS", "AngularJS"], ["Express JS", "ExpressJS"], ["nest.js", "NestJS"], ["Nuxt JS", "Nuxt.js"],
    ["Svelte Kit", "SvelteKit"], ["Type Script", "TypeScript"], ["Java Script", "JavaScript"], ["Mongo DB", "MongoDB"], ["my sql", "MySQL"],
    ["Postgre SQL", "PostgreSQL"], ["Graph QL", "GraphQL"], ["Rabbit MQ", "RabbitMQ"], ["dynamo db", "Amazon DynamoDB"], ["Git Hub", "GitHub"],
    ["Git Lab", "GitLab"], ["Bit Bucket", "Bitbucket"], ["Travis-CI", "Travis CI"], ["github-actions", "GitHub Actions"], ["Docker compose", "Docker Compose"],
    ["VS Code", "Visual Studio Code"], ["Py Torch", "PyTorch"], ["Tensor Flow", "TensorFlow"], ["scikit learn", "scikit-learn"], ["Num Py", "NumPy"],
    ["Jupyter Notebook", "Jupyter"], ["powerbi", "Power BI"], ["Fire Base", "Firebase"], ["Three JS", "three.js"], ["chartjs", "Chart.js"],
    ["moment js", "Moment.js"], ["J Query", "jQuery"], ["Web Pack", "Webpack"], ["Material UI", "Material-UI"], ["react-query", "React Query"],
    ["react router", "React Router"], ["spring-boot", "Spring Boot"], ["dotnet core", ".NET Core"], ["asp.net core", "ASP.NET Core"], ["Ruby-on-Rails", "Rails"],
    ["Objective C", "Objective-C"], ["C Sharp", "C#"], ["F Sharp", "F#"], ["Elastic Search", "Elasticsearch"], ["Redux Toolkit", "Redux"],
    ["Ｒｅａｃｔ", "React"], ["Kubernetés", "Kubernetes"], ["Vue․js", "Vue.js"], ["  docker  ", "Docker"], ["POSTGRES", "PostgreSQL"],
  ],
  typos: [
    ["postgress", "PostgreSQL"], ["kuberntes", "Kubernetes"], ["djnago", "Django"], ["reactt", "React"], ["javscript", "JavaScript"],
    ["typscript", "TypeScript"], ["elasticsearh", "Elasticsearch"], ["pyhton", "Python"], ["dokcer", "Docker"], ["terrafrom", "Terraform"],
    ["ansilbe", "Ansible"], ["jenkis", "Jenkins"], ["mongdb", "MongoDB"], ["redsi", "Redis"], ["kafak", "Kafka"],
    ["rabitmq", "RabbitMQ"], ["angualr", "Angular"], ["fluter", "Flutter"], ["kotiln", "Kotlin"], ["swfit", "Swift"],
    ["golnag", "Golang"], ["laraval", "Laravel"], ["symfoni", "Symfony"], ["wordpres", "WordPress"], ["tailwnd", "Tailwind CSS"],
    ["boostrap", "Bootstrap"], ["jqeury", "jQuery"], ["webpakc", "Webpack"], ["promethus", "Prometheus"], ["grafna", "Grafana"],
    ["nginix", "NGINX"], ["ngnix", "NGINX"], ["kubernetis", "Kubernetes"], ["elastisearch", "Elasticsearch"], ["firbase", "Firebase"],
    ["herkou", "Heroku"], ["githb", "GitHub"], ["confluense", "Confluence"], ["postgresql", "PostgreSQL"], ["seleniun", "Selenium"],
    ["graphq", "GraphQL"], ["mysq", "MySQL"], ["jango", "Django"], ["pyton", "Python"], ["javascrip", "JavaScript"],
  ],
  scripts: [
    ["パイソン", null], ["Докер", null], ["Питон", null],
  ],
  ambiguous: [
    ["go", "Golang"], ["rust", "Rust"], ["swift", "Swift"], ["spring", "Spring"], ["express", "ExpressJS"],
    ["next", "Next.js"], ["nest", "NestJS"], ["gatsby", "Gatsby"], ["ember", "Ember.js"], ["flask", "Flask"],
    ["play", "Play"], ["rocket", "Rocket"], ["vapor", "Vapor"], ["echo", "Echo"], ["fiber", null],
    ["gin", "Gin Gonic"], ["chi", null], ["iris", "Iris"], ["ant", "Ant Design"], ["dart", "Dart"],
    ["crystal", "Crystal"], ["julia", null], ["r", "R Language"], ["c", "C lang"], ["d", "D"],
  ],
  heldout: [
    ["@aws-sdk/client-s3", "Amazon S3"], ["stripe-node", "Stripe"], ["vue-i18n", "Vue.js"], ["react-native-maps", "React Native"], ["@supabase/supabase-js", "Supabase"],
    ["pymysql", "MySQL"], ["redis-py", "Redis"], ["sqlalchemy2", "SQLAlchemy"], ["fastapi[all]", "FastAPI"], ["django-rest-framework", "Django REST framework"],
    ["nestjs", "NestJS"], ["tokio-rs", "Tokio"], ["serde_json", "Serde"], ["mongo:latest", "MongoDB"], ["mariadb:10.11", "MariaDB"],
    ["memcached:1.6-alpine", "Memcached"], ["minio/minio", "Minio"], ["localstack/localstack", "LocalStack"], ["hashicorp/vault", "Vault"], ["jenkins/jenkins:lts", "Jenkins"],
    ["sonarqube:community", "SonarQube"], ["keycloak", "Keycloak"], ["quay.io/keycloak/keycloak", "Keycloak"], ["ghcr.io/home-assistant/home-assistant", null], ["clickhouse/clickhouse-server", "Clickhouse"],
    ["Postgres 14", "PostgreSQL"], ["Node v20.11.0", "Node.js"], ["ruby3.2", "Ruby"], ["Python3.10", "Python"], ["java21", "Java"],
    ["kotlin2", "Kotlin"], ["tailwind3", "Tailwind CSS"], ["nextjs 14", "Next.js"], ["next@14.1.0", "Next.js"], ["laravel11", "Laravel"],
    ["Elastic-Search", "Elasticsearch"], ["Rabbit-MQ", "RabbitMQ"], ["Post Gres", "PostgreSQL"], ["Mongo-DB", "MongoDB"], ["Vue.JS", "Vue.js"],
    ["REACT NATIVE", "React Native"], ["type-script", "TypeScript"], ["web-pack", "Webpack"], ["Nginx", "NGINX"], ["GitHub actions", "GitHub Actions"],
    ["kubenetes", "Kubernetes"], ["kubernates", "Kubernetes"], ["dockr", "Docker"], ["angluar", "Angular"], ["recat", "React"],
    ["javasript", "JavaScript"], ["postgrsql", "PostgreSQL"], ["mongodbb", "MongoDB"], ["terraform cloud", null], ["gitlab ci", "GitLab CI"],
    ["aws s3 bucket", "Amazon S3"], ["google firebase", "Firebase"], ["ms sql", "MSSQL"], ["oracle db", "Oracle"], ["apache spark", "Apache Spark"],
    ["spark", "Apache Spark"], ["hadoop", "Hadoop"], ["airflow", "Airflow"], ["dbt", "dbt"], ["snowflake", "Snowflake"],
  ],
};

const catalog = builtinCatalog();
const ALL = Object.values(TYPED).flat();
const best = (q: string) => resolve(catalog, q, 2);
const right = ([q, want]: [string, string | null]) => {
  const [first] = best(q);
  return want ? first?.tool.name === want : !first || first.score < 0.9;
};

describe("names people type, resolved", () => {
  it("each tool meant is a catalog tool under the site's name", () => {
    const names = new Set([...catalog.tools.values()].map((t) => t.name));
    expect(ALL.filter(([, want]) => want && !names.has(want))).toEqual([]);
    expect(ALL.length).toBeGreaterThanOrEqual(350);
  });

  // "zk" is the site's ZK framework's whole name, a tool the catalog lacks (stop 42), so null: the
  // site's list (site-list.tsv) offers ZK, under a sure pick, as two letters name too much.
  // All 358 were right since stop 59, which the test, allowing 1% wrong (3), did not hold: "zk" and
  // "fiber" were taken surely as the list's ZK and Fiber there, and it passed.
  it("resolves every one of them to the tool meant, first", () => {
    const wrong = ALL.filter((c) => !right(c)).map(([q, want]) => `${q} -> ${best(q)[0]?.tool.name} (want ${want})`);
    expect(wrong).toEqual([]);
    expect(ALL).toHaveLength(358);
  });

  it("a short word two tools could answer is unsure where the catalog has no tool of that name (chi, julia), two go by it (ant) or another's name holds it (fiber); the rest are clear", () => {
    const unsure = TYPED.ambiguous!.filter(([q]) => !isClear(best(q))).map(([q]) => q);
    expect(unsure).toEqual(["fiber", "chi", "ant", "julia"]);
    // "fiber" is the site's Fiber's whole name (site-list.tsv), a prototyping tool of 3 stacks, and the
    // last word of react-three-fiber's (listed-doubt.ts): both are offered, neither taken unasked, as a
    // user most likely means Go's Fiber, which the site does not list.
    expect(best("fiber").map((r) => [r.tool.name, r.tool.sub_category, r.score])).toEqual([["Fiber", "Mobile Prototyping & Interaction Design Tools", 0.88], ["react-three-fiber", "Game Development", 0.87]]);
    // "ant" is Apache Ant's slug and Ant Design's alias: a tie, the more popular first (414 stacks to 116).
    expect(best("ant").map((r) => [r.tool.name, r.score])).toEqual([["Ant Design", 0.99], ["Apache Ant", 0.99]]);
  });

  it("a name in another script finds nothing rather than a wrong tool", () => {
    for (const q of ["パイソン", "Докер", "🐘", "🐘🐘 🐳"]) expect(resolve(catalog, q), q).toEqual([]);
    // Written in Latin letters, the same names find their tools.
    expect(resolve(catalog, "python", 1)[0]?.tool.name).toBe("Python");
    expect(resolve(catalog, "docker", 1)[0]?.tool.name).toBe("Docker");
  });
});

describe("package and image names", () => {
  const top = (q: string, n = 1) => resolve(catalog, q, n).map((r) => [r.tool.name, Number(r.score.toFixed(2)), r.matchedBy]);

  it("a package's own tool scores 0.95, one its name opens with 0.96, another it reveals 0.93", () => {
    expect(top("psycopg2")).toEqual([["PostgreSQL", 0.95, "package"]]);
    expect(top("node:18-alpine")).toEqual([["Node.js", 0.95, "package"]]);
    expect(top("mcr.microsoft.com/mssql/server:2022-latest")).toEqual([["Microsoft SQL Server", 0.95, "package"]]);
    // A Spring Boot starter names Spring Framework first, and Spring Boot after package-only; its name is Spring Boot's.
    expect(top("org.springframework.boot:spring-boot-starter-web", 2)).toEqual([["Spring Boot", 0.96, "package"], ["Spring Framework", 0.95, "package"]]);
    expect(top("Microsoft.EntityFrameworkCore", 2)).toEqual([["Entity Framework Core", 0.95, "package"], ["Entity Framework", 0.93, "package"]]);
    // A Maven artifact id alone is the one key's that has it (redis.clients:jedis, mysql:mysql-connector-java).
    expect(top("jedis")).toEqual([["Redis", 0.95, "package"]]);
    expect(top("mysql-connector-java")).toEqual([["MySQL", 0.96, "package"]]);
  });

  it("a package named after its tool, words joined on, is that tool at 0.92; not when the words are typed apart", () => {
    expect(top("spring-boot-starter-web")).toEqual([["Spring Boot", 0.92, "name"]]);
    expect(top("react-native-maps")).toEqual([["React Native", 0.92, "name"]]);
    expect(top("@types/node")[0]?.[0]).toBe("Node.js");
    // "azure cli" is the Azure CLI, a tool of its own the site does not list: no confident vendor guess.
    expect(resolve(catalog, "azure cli")[0]!.score).toBeLessThan(0.9);
  });

  it("an npm scope with a dot in it (`@socket.io/`, `@nuxt.js/`) is the tool's name, not a host left off as a Go module's is", () => {
    expect(top("@socket.io/admin-ui")).toEqual([["Socket.IO", 0.92, "name"]]);
    expect(top("@nuxt.js/axios")).toEqual([["Nuxt.js", 0.92, "name"]]);
    // A Go module's host is still left off.
    expect(leadingStems("github.com/gin-gonic/gin")).toEqual(["gingonic", "gin"]);
    expect(leadingStems("@socket.io/admin-ui")).toEqual(["socketioadmin", "socketio", "socket"]);
  });

  it("a misspelling of a hyphenated name stays that name, not the shorter name it opens with", () => {
    for (const [q, name] of [["redux-thun", "redux-thunk"], ["react-native-ui-kitte", "react-native-ui-kitten"], ["php-fp", "PHP-FPM"], ["graphql-yog", "graphql-yoga"], ["vercel postgre", "Vercel Postgres"]]) {
      expect(resolve(catalog, q!)[0]?.tool.name, q).toBe(name);
    }
  });

  it("a prefix key takes a typed name only at a word's end", () => {
    // "NEST*" (the .NET Elasticsearch client's NuGet packages) made "nestj" Elasticsearch.
    expect(resolve(catalog, "nestj")[0]?.tool.name).toBe("NestJS");
    expect(top("@angular/core")[0]?.[0]).toBe("Angular");
  });

  it("a product after its maker is the product (0.94), where the site names it alone", () => {
    for (const [q, name] of [["HashiCorp Vault", "Vault"], ["Atlassian Jira", "Jira"], ["Google Firebase", "Firebase"], ["Twitter Bootstrap", "Bootstrap"], ["Elastic Kibana", "Kibana"]]) {
      expect(top(q!), q).toEqual([[name, 0.94, "alias"]]);
    }
  });
});

describe("a tool's name among other words", () => {
  const top = (q: string) => resolve(catalog, q, 2).map((r) => [r.tool.name, r.score]);

  // Before, Fuse's guess stood: "aws s3 bucket" and "s3 bucket" were Bitbucket (its "bucket"), "redis
  // cluster" Percona XtraDB Cluster, "ec2 instance" Azure Container Instances, "lambda function" Google
  // Cloud Functions, "docker container" Docker Compose, "spring boot actuator" nothing.
  it("is the tool the longest run of words names, before any near spelling, at 0.88", () => {
    for (const [q, name] of [
      ["aws s3 bucket", "Amazon S3"], ["s3 bucket", "Amazon S3"], ["amazon s3 bucket", "Amazon S3"], ["redis cluster", "Redis"],
      ["k8s cluster", "Kubernetes"], ["ec2 instance", "Amazon EC2"], ["lambda function", "AWS Lambda"], ["docker container", "Docker"],
      ["kafka topic", "Kafka"], ["spring boot actuator", "Spring Boot"], ["google sheets api", "Google Sheets"],
    ] as const) {
      expect(top(q)[0], q).toEqual([name, 0.88]);
    }
  });

  it("a longer run wins over a word inside it; runs of one length tie, the more popular first; a joining word names nothing", () => {
    // "aws s3" is Amazon S3 (AWS's other prefix), before "aws" alone, Amazon Web Services.
    expect(top("aws s3 bucket")[1]?.[0]).not.toBe("Amazon Web Services");
    expect(top("postgres on rds")).toEqual([["PostgreSQL", 0.88], ["Amazon RDS", 0.88]]);
    // A word that is one tool's name and another's only without its js is the first's: AngularJS,
    // the more popular, came first at the same score, then second at 0.87, a tie submit refused;
    // now it yields as in "angular 17".
    expect(top("angular admin dashboard")).toEqual([["Angular", 0.88]]);
  });

  it("stays under a confident pick, where the other words may make a product of its own, and leaves misspellings and whole names alone", () => {
    for (const q of ["azure cli", "terraform cloud"]) expect(resolve(catalog, q)[0]!.score, q).toBeLessThan(0.9);
    expect(resolve(catalog, "vercel postgre")[0]?.tool.name).toBe("Vercel Postgres");
    expect(resolve(catalog, "google sheets")[0]).toMatchObject({ score: 1, tool: { name: "Google Sheets" } });
    expect(resolve(catalog, "mysql server")[0]).toMatchObject({ score: 0.95, tool: { name: "MySQL" } });
  });
});

describe("a package name with its release pinned after @ (npm) or == (pip)", () => {
  // Before, "@angular/cli@17.0.0" was Angular (0.96, by its leading word) before Angular CLI (0.93).
  it("is the tool its whole name is, as without the release; a package of its own keeps its tool", () => {
    expect(resolve(catalog, "@angular/cli@17.0.0")[0]).toMatchObject({ score: 0.96, tool: { name: "Angular CLI" } });
    expect(resolve(catalog, "@angular/cli")[0]?.tool.name).toBe("Angular CLI");
    // A driver's pin names the store it reveals, as the bare package does.
    expect(resolve(catalog, "psycopg2==2.9.9")[0]).toMatchObject({ score: 0.95, tool: { name: "PostgreSQL" } });
    for (const [q, name] of [["@angular/core@17", "Angular"], ["react-dom@18.2.0", "React"], ["@nestjs/core@10.0.0", "NestJS"], ["Django==4.2", "Django"], ["sqlalchemy==2.0.25", "SQLAlchemy"]]) {
      expect(resolve(catalog, q!)[0], q).toMatchObject({ score: 0.96, tool: { name } });
    }
  });

  // Before, "uvicorn[standard]==0.23.2" and "uvicorn[standard]" matched nothing, "celery[redis]" only Azure Redis Cache (0.44).
  it("a pip requirement's extras in brackets are no part of its name", () => {
    expect(resolve(catalog, "uvicorn[standard]==0.23.2")[0]).toMatchObject({ score: 0.96, tool: { name: "Uvicorn" } });
    expect(resolve(catalog, "psycopg[binary, pool]==3.1.18")[0]).toMatchObject({ score: 0.95, tool: { name: "PostgreSQL" } });
    for (const [q, name] of [["uvicorn[standard]", "Uvicorn"], ["celery[redis]", "Celery"], ["sentry-sdk[fastapi]", "Sentry"]]) {
      expect(resolve(catalog, q!)[0]?.tool.name, q).toBe(name);
    }
  });
});

describe("a compound name typed apart where its halves share a letter", () => {
  // Before, "elastic cache" was Elasticsearch at 0.95: "cache" read as a generic word after Elastic's alias.
  it("is the compound's tool, as an alias or as the vendor's product; a generic last word still names its stem", () => {
    expect(resolve(catalog, "Elastic Cache")[0]).toMatchObject({ score: 0.94, tool: { name: "Amazon ElastiCache" } });
    expect(resolve(catalog, "elastic-cache")[0]?.tool.name).toBe("Amazon ElastiCache");
    for (const q of ["aws elastic cache", "amazon elastic cache"]) expect(resolve(catalog, q)[0], q).toMatchObject({ score: 0.99, tool: { name: "Amazon ElastiCache" } });
    // No compound of the shared letter is a key: the generic word keeps its reading.
    expect(resolve(catalog, "redis server")[0]).toMatchObject({ score: 0.95, tool: { name: "Redis" } });
  });
});

describe("input no name is made of", () => {
  it("empty and blank input finds nothing", () => {
    for (const q of ["", " ", "\t\n", "\u00a0\u3000", "@", ":", "/"]) expect(resolve(catalog, q), JSON.stringify(q)).toEqual([]);
    // A name between those blanks finds its tool.
    expect(resolve(catalog, " \tpython\u00a0", 1)[0]?.tool.name).toBe("Python");
  });

  it("a release after @ or an image's : is left off the name", () => {
    for (const q of ["postgres@15", "postgres:15", "postgres 15", "postgres15", "PostgreSQL@16.2"]) expect(resolve(catalog, q)[0]?.tool.name, q).toBe("PostgreSQL");
  });

  it("a release after a name matched whole gives no tool that name reaches only by dropping its js a near score", () => {
    // AngularJS scored 0.95 beside Angular's 0.96 for "angular 17": a tie a caller had to ask about.
    const [angular, next] = resolve(catalog, "angular 17", 2);
    expect([angular?.tool.name, angular?.score]).toEqual(["Angular", 0.96]);
    expect(next!.score).toBeLessThan(0.9);
  });

  it("a 10,000-character input is answered in a few reference jobs (a pasted text took 12 s in Fuse)", () => {
    const inputs = ["a".repeat(10_000), "react ".repeat(1_700), "ab".repeat(5_000), "a-".repeat(5_000), "postgres@".repeat(1_100), "v1.".repeat(3_333) + "x", "@x/".repeat(3_333)];
    const found = expectFinishesWithin(() => inputs.map((q) => resolve(catalog, q).length), 10);
    expect(found).toEqual(inputs.map(() => 0));
  });
});

describe("a pip requirement line as requirements.txt writes it", () => {
  // Before, a range after the extras was fuzzy only ("celery[redis]>=5.3" Celery 0.76, "Django>=4.2,<5"
  // Django 0.67), extras apart from the name left Standard JS 0.01 under Uvicorn, and a URL after
  // the extras matched nothing.
  it("is its package: extras, version ranges, an environment marker and a URL are no part of the name", () => {
    for (const q of ["celery[redis]>=5.3", "celery >= 5.3, < 6", "celery~=5.3", "celery!=5.0.1", "celery<6"]) {
      expect(resolve(catalog, q)[0], q).toMatchObject({ score: 1, tool: { name: "Celery" } });
    }
    expect(resolve(catalog, "Django>=4.2,<5")[0]).toMatchObject({ score: 1, tool: { name: "Django" } });
    expect(resolve(catalog, "requests[security]; python_version < '3.8'")[0]).toMatchObject({ score: 1, tool: { name: "Requests" } });
    const spaced = resolve(catalog, "uvicorn [standard]");
    expect(spaced[0]).toMatchObject({ score: 1, tool: { name: "Uvicorn" } });
    expect(spaced[1]?.score ?? 0).toBeLessThan(0.9);
    expect(resolve(catalog, "uvicorn[standard] @ https://example.com/uvicorn-0.23.2-py3-none-any.whl")[0]).toMatchObject({ score: 1, tool: { name: "Uvicorn" } });
    // A package that reveals another tool still does so; a pin after == keeps its reading.
    expect(resolve(catalog, "psycopg2-binary>=2.9")[0]?.tool.name).toBe("PostgreSQL");
    expect(resolve(catalog, "uvicorn[standard]==0.23.2 ; python_version >= '3.8'")[0]).toMatchObject({ score: 0.96, tool: { name: "Uvicorn" } });
    // Not a requirement: stays as typed.
    expect(resolve(catalog, "c++")[0]?.tool.name).toBe("C++");
    expect(resolve(catalog, "node@18")[0]).toMatchObject({ score: 0.96, tool: { name: "Node.js" } });
    // Read in linear time: a paste of many spaces between a name and a clause.
    const started = performance.now();
    resolve(catalog, `celery${" ".repeat(30000)}>=5 ${" ".repeat(30000)}x`);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
