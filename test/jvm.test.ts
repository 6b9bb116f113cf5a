import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";
import type { CatalogSource } from "../src/catalog/types.js";
import { readBuildScript } from "../detectors/gradle/build-script.js";
import { readVersionCatalog } from "../detectors/gradle/version-catalog.js";
import { readPom } from "../detectors/maven/pom.js";
import { parseXml } from "../src/parse/xml.js";
import { fixture } from "./helpers.js";

const entry = (tools: ToolEntry[], name: string) => tools.find((t) => t.name === name);
// Every Maven coordinate gets an entry, also those the site has no page for, so the tests below can
// read how each was versioned.
const EVERY_PACKAGE: CatalogSource = { registries: { maven: { pages: false } } };

/** A Maven dependency element. */
const dep = (g: string, a: string, v?: string) => `<dependency><groupId>${g}</groupId><artifactId>${a}</artifactId>${v ? `<version>${v}</version>` : ""}</dependency>`;

describe("Maven", () => {
  it("keeps versions as strings and single children as lists", () => {
    const pom = readPom(parseXml("<project><version>1.10</version><dependencies><dependency><groupId>g</groupId><artifactId>a</artifactId><version>2.10</version></dependency></dependencies></project>"));
    expect(pom.version).toBe("1.10");
    expect(pom.dependencies).toEqual([{ groupId: "g", artifactId: "a", version: "2.10" }]);
  });

  it("data store clients: Spring Boot 1.x's spring-boot-starter-redis, reactive data starters, the OpenSearch and NATS Java clients", async () => {
    const pom = [
      "<project><modelVersion>4.0.0</modelVersion><groupId>com.example</groupId><artifactId>shop</artifactId><version>1.0</version>",
      "<parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>1.5.14.RELEASE</version></parent>",
      "<dependencies>",
      dep("org.springframework.boot", "spring-boot-starter-redis", "1.3.8.RELEASE"),
      dep("org.springframework.boot", "spring-boot-starter-data-mongodb-reactive"),
      dep("org.springframework.boot", "spring-boot-starter-data-cassandra"),
      dep("org.opensearch.client", "opensearch-java", "2.8.1"),
      dep("io.nats", "jnats", "2.17.2"),
      "</dependencies></project>",
    ].join("\n");
    const { document } = await scan(new MemorySource({ "pom.xml": pom }), { git: false });
    for (const name of ["Redis", "MongoDB", "Cassandra", "OpenSearch", "NATS"]) expect(entry(document.tools, name), name).toBeDefined();
    // A data starter names the store, not Spring Data (the site names it only from spring-data-* itself).
    expect(entry(document.tools, "Spring Data")).toBeUndefined();
    // The starter names Spring Framework, not a Spring Boot tool (the site names none), without its release.
    expect(entry(document.tools, "Spring Boot")).toBeUndefined();
    expect(entry(document.tools, "Spring Framework")).toBeDefined();
    expect(entry(document.tools, "Spring Framework")?.version).toBeUndefined();
  });

  it("writes a coordinate only where the site has a page for it; its tools are found all the same", async () => {
    const pom = [
      "<project><modelVersion>4.0.0</modelVersion><groupId>com.example</groupId><artifactId>api</artifactId><version>1.0</version>",
      "<parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>3.2.2</version></parent>",
      "<dependencies>",
      dep("org.springframework.boot", "spring-boot-starter-web"),
      dep("org.springframework.boot", "spring-boot-starter-webflux"),
      dep("org.springframework.boot", "spring-boot-starter-data-cassandra"),
      dep("org.postgresql", "postgresql", "42.7.1"),
      dep("jakarta.persistence", "jakarta.persistence-api", "3.1.0"),
      dep("com.chuusai", "shapeless_2.12", "2.3.10"),
      "</dependencies></project>",
    ].join("\n");
    const names = (tools: ToolEntry[]) => tools.filter((t) => t.sub_category === "Maven Packages").map((t) => t.name);
    const { document } = await scan(new MemorySource({ "pom.xml": pom }), { git: false });
    // spring-boot-starter-web, postgresql and shapeless_2.12 (its page slug: com-chuusai-shapeless_2-12) have pages.
    expect(names(document.tools)).toEqual(["com.chuusai:shapeless_2.12", "org.postgresql:postgresql", "org.springframework.boot:spring-boot-starter-web"]);
    expect(entry(document.tools, "org.postgresql:postgresql")?.version).toBe("42.7.1");
    for (const name of ["Spring Framework", "Cassandra", "PostgreSQL"]) expect(entry(document.tools, name), name).toBeDefined();
    // A repository's catalog can ask for every coordinate.
    const every = await scan(new MemorySource({ "pom.xml": pom, "techstack.catalog.yml": "registries:\n  maven:\n    pages: false\n" }), { git: false });
    expect(names(every.document.tools)).toHaveLength(6);
    expect(entry(every.document.tools, "org.springframework.boot:spring-boot-starter-webflux")).toMatchObject({ category: "Libraries", sub_category: "Maven Packages", version: "3.2.2" });
  });

  it("Spring Cloud AWS: its starters reveal the AWS services they bind, without Spring Cloud AWS's own release", async () => {
    const dep = (g: string, a: string, v: string) => `<dependency><groupId>${g}</groupId><artifactId>${a}</artifactId><version>${v}</version></dependency>`;
    const pom = (deps: string) => `<project><dependencies>${deps}</dependencies></project>`;
    const { document } = await scan(new MemorySource({ "pom.xml": pom(dep("io.awspring.cloud", "spring-cloud-aws-starter-sqs", "3.1.0") + dep("io.awspring.cloud", "spring-cloud-aws-starter-s3", "3.1.0")) }), { git: false });
    for (const name of ["Amazon SQS", "Amazon S3", "Spring Cloud"]) expect(entry(document.tools, name), name).toBeDefined();
    expect(entry(document.tools, "Amazon Web Services (AWS)")).toBeUndefined(); // the services, not the umbrella
    expect(entry(document.tools, "Spring Cloud")?.version).toBeUndefined(); // 3.1.0 is Spring Cloud AWS's release
    const legacy = await scan(new MemorySource({ "pom.xml": pom(dep("org.springframework.cloud", "spring-cloud-aws-messaging", "2.2.6.RELEASE")) }), { git: false });
    expect(entry(legacy.document.tools, "Spring Cloud")).toBeDefined();
    expect(entry(legacy.document.tools, "Spring Cloud")?.version).toBeUndefined(); // 2.2.6 is Spring Cloud AWS's, not a release train's
    // The Gradle starter of the same line, as a Spring Boot service declares it beside its S3 client code.
    const gradle = "dependencies {\n    implementation 'org.springframework.boot:spring-boot-starter-web'\n    implementation 'org.springframework.cloud:spring-cloud-starter-aws:2.2.6.RELEASE'\n}\n";
    const starter = await scan(new MemorySource({ "build.gradle": gradle }), { git: false });
    expect(entry(starter.document.tools, "Spring Cloud")).toMatchObject({ detection_source: "build.gradle" });
    expect(entry(starter.document.tools, "Spring Cloud")?.version).toBeUndefined();
  });

  it("a Spring Boot multi-module build: versions from the parent's dependencyManagement and an in-repo BOM", async () => {
    const { document } = await scan(fixture("spring-multimodule"), { git: false, catalog: EVERY_PACKAGE });
    expect(entry(document.tools, "Spring Framework")).toBeDefined();
    expect(entry(document.tools, "org.springframework.boot:spring-boot-starter-web")).toMatchObject({ version: "3.2.2", category: "Libraries", sub_category: "Maven Packages" });
    expect(entry(document.tools, "org.mapstruct:mapstruct")?.version).toBe("1.5.5") // 1.5.5.Final: the document writes the numeric release;
    expect(entry(document.tools, "io.jsonwebtoken:jjwt-api")?.version).toBe("0.12.5");
    expect(entry(document.tools, "org.testcontainers:postgresql")?.version).toBe("1.19.4");
    expect(entry(document.tools, "PostgreSQL")).toBeDefined();
    // JaCoCo's plugin names it only with all tools (catalog/matchers/jvm.yml), at the managed release.
    expect(entry(document.tools, "JaCoCo")).toBeUndefined();
    const all = await scan(fixture("spring-multimodule"), { git: false, catalog: EVERY_PACKAGE, allTools: true });
    expect(entry(all.document.tools, "JaCoCo")?.version).toBe("0.8.11");
    expect(entry(document.tools, "Java")?.version).toBe("17");
    expect(document.tools.some((t) => t.version?.includes("${"))).toBe(false);
  });
});

describe("Maven: Quarkus", () => {
  it("a BOM and plugin named through properties give Quarkus its version; extensions reveal what they bind", async () => {
    const pom = [
      "<project>",
      "  <groupId>org.acme</groupId><artifactId>heroes</artifactId><version>1.0</version>",
      "  <properties>",
      "    <quarkus.platform.artifact-id>quarkus-bom</quarkus.platform.artifact-id>",
      "    <quarkus.platform.group-id>io.quarkus.platform</quarkus.platform.group-id>",
      "    <quarkus.platform.version>3.36.1</quarkus.platform.version>",
      "  </properties>",
      "  <dependencyManagement><dependencies><dependency>",
      "    <groupId>${quarkus.platform.group-id}</groupId><artifactId>${quarkus.platform.artifact-id}</artifactId>",
      "    <version>${quarkus.platform.version}</version><type>pom</type><scope>import</scope>",
      "  </dependency></dependencies></dependencyManagement>",
      "  <dependencies>",
      "    <dependency><groupId>io.quarkus</groupId><artifactId>quarkus-arc</artifactId></dependency>",
      "    <dependency><groupId>io.quarkus</groupId><artifactId>quarkus-reactive-pg-client</artifactId></dependency>",
      "    <dependency><groupId>io.quarkus</groupId><artifactId>quarkus-hibernate-reactive-panache</artifactId></dependency>",
      "    <dependency><groupId>io.quarkus</groupId><artifactId>quarkus-junit5</artifactId><scope>test</scope></dependency>",
      "  </dependencies>",
      "  <build><plugins><plugin>",
      "    <groupId>${quarkus.platform.group-id}</groupId><artifactId>quarkus-maven-plugin</artifactId>",
      "    <version>${quarkus.platform.version}</version>",
      "  </plugin></plugins></build>",
      "</project>",
    ].join("\n");
    const { document } = await scan(new MemorySource({ "pom.xml": pom }), { git: false, catalog: EVERY_PACKAGE });
    expect(entry(document.tools, "Quarkus")?.version).toBe("3.36.1");
    expect(entry(document.tools, "io.quarkus:quarkus-arc")?.version).toBe("3.36.1");
    expect(entry(document.tools, "PostgreSQL")).toBeDefined();
    expect(entry(document.tools, "Hibernate")).toBeDefined();
    expect(entry(document.tools, "JUnit")).toBeDefined();
    expect(document.tools.some((t) => t.name.includes("${"))).toBe(false);
  });

  it("extensions for other stores, brokers and deploy targets name them without Quarkus's release", async () => {
    const q = (a: string) => dep("io.quarkus", a);
    const pom = `<project><groupId>org.acme</groupId><artifactId>orders</artifactId><version>1.0</version><dependencies>${[
      "quarkus-jdbc-mariadb", "quarkus-jdbc-mssql", "quarkus-messaging-rabbitmq", "quarkus-smallrye-reactive-messaging-rabbitmq", "quarkus-elasticsearch-rest-client",
      "quarkus-flyway", "quarkus-keycloak-authorization", "quarkus-openshift", "quarkus-container-image-jib", "quarkus-micrometer-registry-prometheus", "quarkus-smallrye-graphql",
    ].map(q).join("")}${dep("io.quarkus", "quarkus-grpc", "3.6.4")}</dependencies></project>`;
    const { document } = await scan(new MemorySource({ "pom.xml": pom }), { git: false });
    for (const name of ["MariaDB", "Microsoft SQL Server", "RabbitMQ", "Elasticsearch", "Flyway", "Keycloak", "Red Hat OpenShift", "Jib", "Prometheus", "GraphQL", "gRPC"]) {
      expect(entry(document.tools, name), name).toMatchObject({ detection_source: "pom.xml" });
      expect(entry(document.tools, name)?.version, name).toBeUndefined();
    }
    expect(entry(document.tools, "Quarkus")?.version).toBe("3.6.4");
  });
});

describe("Maven: Micronaut", () => {
  it("the platform BOM gives Micronaut its release; modules, numbered on their own, name Micronaut and what they bind", async () => {
    const pom = `<project><groupId>com.acme</groupId><artifactId>api</artifactId><version>1.0</version>
<parent><groupId>io.micronaut.platform</groupId><artifactId>micronaut-parent</artifactId><version>4.4.2</version></parent>
<dependencies>${dep("io.micronaut.data", "micronaut-data-hibernate-jpa", "4.7.1")}${dep("io.micronaut.kafka", "micronaut-kafka", "5.4.0")}${dep("io.micronaut.redis", "micronaut-redis-lettuce", "6.4.0")}${dep("io.micronaut.flyway", "micronaut-flyway", "7.3.0")}</dependencies></project>`;
    const { document } = await scan(new MemorySource({ "pom.xml": pom }), { git: false });
    expect(entry(document.tools, "Micronaut Framework")?.version).toBe("4.4.2");
    for (const name of ["Kafka", "Redis", "Flyway"]) { expect(entry(document.tools, name), name).toBeDefined(); expect(entry(document.tools, name)?.version, name).toBeUndefined(); }
    const modulesOnly = `<project><groupId>com.acme</groupId><artifactId>api</artifactId><version>1.0</version><dependencies>${dep("io.micronaut.data", "micronaut-data-jdbc", "4.7.1")}</dependencies></project>`;
    const alone = await scan(new MemorySource({ "pom.xml": modulesOnly }), { git: false });
    expect(entry(alone.document.tools, "Micronaut Framework")).toMatchObject({ detection_source: "pom.xml" });
    expect(entry(alone.document.tools, "Micronaut Framework")?.version).toBeUndefined();
  });
});

describe("Maven: build plugins and language APIs numbered apart from their tool", () => {
  it("the protobuf Gradle plugin, Gatling's Maven plugin, Sentry's Android Gradle plugin and Log4j's Kotlin API lend no release", async () => {
    const pom = `<project><groupId>com.acme</groupId><artifactId>app</artifactId><version>1.0</version><dependencies>${dep("com.google.protobuf", "protobuf-gradle-plugin", "0.9.4")}${dep("io.gatling", "gatling-maven-plugin", "4.6.0")}${dep("io.sentry", "sentry-android-gradle-plugin", "3.14.0")}${dep("org.apache.logging.log4j", "log4j-api-kotlin", "1.4.0")}</dependencies></project>`;
    const { document } = await scan(new MemorySource({ "pom.xml": pom }), { git: false });
    for (const name of ["Protobuf", "Gatling", "Sentry", "Log4j"]) {
      expect(entry(document.tools, name), name).toBeDefined();
      expect(entry(document.tools, name)?.version, name).toBeUndefined();
    }
    const sdk = await scan(new MemorySource({ "pom.xml": pom.replace("</dependencies>", `${dep("com.google.protobuf", "protobuf-java", "3.25.1")}</dependencies>`) }), { git: false });
    expect(entry(sdk.document.tools, "Protobuf")?.version).toBe("3.25.1");
  });
});

describe("Maven inheritance", () => {
  it("a child's property overrides the parent's managed version; plugin versions from pluginManagement", async () => {
    const files = {
        "pom.xml": `<project><groupId>com.acme</groupId><artifactId>parent</artifactId><version>2.0.0</version><packaging>pom</packaging>
  <properties><jackson.version>2.15.3</jackson.version><maven.compiler.release>21</maven.compiler.release></properties>
  <dependencyManagement><dependencies>
    <dependency><groupId>com.fasterxml.jackson.core</groupId><artifactId>jackson-databind</artifactId><version>\${jackson.version}</version></dependency>
  </dependencies></dependencyManagement>
  <build><pluginManagement><plugins>
    <plugin><artifactId>maven-surefire-plugin</artifactId><version>3.2.5</version></plugin>
    <plugin><groupId>org.jacoco</groupId><artifactId>jacoco-maven-plugin</artifactId><version>0.8.11</version></plugin>
  </plugins></pluginManagement></build></project>`,
        "svc/pom.xml": `<project><parent><groupId>com.acme</groupId><artifactId>parent</artifactId><version>2.0.0</version></parent><artifactId>svc</artifactId>
  <properties><jackson.version>2.16.1</jackson.version></properties>
  <dependencies><dependency><groupId>com.fasterxml.jackson.core</groupId><artifactId>jackson-databind</artifactId></dependency></dependencies>
  <build><plugins><plugin><groupId>org.jacoco</groupId><artifactId>jacoco-maven-plugin</artifactId></plugin></plugins></build></project>`,
    };
    const { document } = await scan(new MemorySource(files), { git: false });
    expect(entry(document.tools, "com.fasterxml.jackson.core:jackson-databind")?.version).toBe("2.16.1");
    // Jackson's coordinates are package entries only: the site names no Jackson tool from them.
    expect(entry(document.tools, "Jackson")).toBeUndefined();
    // JaCoCo's plugin names it only with all tools, at the release the parent's pluginManagement gives.
    expect(entry(document.tools, "JaCoCo")).toBeUndefined();
    const all = await scan(new MemorySource(files), { git: false, allTools: true });
    expect(entry(all.document.tools, "JaCoCo")?.version).toBe("0.8.11");
    expect(entry(document.tools, "Java")?.version).toBe("21");
  });

  it("WebJars reveal the front-end tools of their npm namesakes; a Maven build and its wrapper name no Maven tool", async () => {
    const pom = `<project><groupId>x</groupId><artifactId>app</artifactId><properties><bs.version>5.3.2</bs.version></properties><dependencies>${dep("org.webjars.npm", "bootstrap", "${bs.version}")}${dep("org.webjars", "jquery", "3.7.1")}${dep("com.example", "bootstrap", "1.0")}</dependencies></project>`;
    const source = new MemorySource({
      "pom.xml": pom,
      ".mvn/wrapper/maven-wrapper.properties": "distributionUrl=https://repo.maven.apache.org/maven2/org/apache/maven/apache-maven/3.9.6/apache-maven-3.9.6-bin.zip\n",
      "web/build.gradle": "dependencies {\n  runtimeOnly 'org.webjars.bower:font-awesome:4.7.0'\n}\n",
    });
    const { document } = await scan(source, { git: false });
    expect(entry(document.tools, "Bootstrap")).toMatchObject({ version: "5.3.2", detection_source: "pom.xml" });
    expect(entry(document.tools, "jQuery")?.version).toBe("3.7.1");
    expect(entry(document.tools, "Font Awesome")).toMatchObject({ version: "4.7.0", detection_source: "web/build.gradle" });
    // The site lists no Apache Maven for a Maven build, even one whose wrapper pins the release.
    expect(entry(document.tools, "Apache Maven")).toBeUndefined();
  });

  it("a Spring Cloud service: Eureka, Prometheus, Zipkin and OpenAI from their integrations, none with the integration's release", async () => {
    const pom = `<project><parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>3.4.1</version></parent><groupId>org.example</groupId><artifactId>visits</artifactId><dependencies>${[
      dep("org.springframework.cloud", "spring-cloud-starter-netflix-eureka-client", "4.2.0"),
      dep("io.micrometer", "micrometer-registry-prometheus", "1.14.2"),
      dep("io.opentelemetry", "opentelemetry-exporter-zipkin", "1.45.0"),
      dep("org.springframework.ai", "spring-ai-openai-spring-boot-starter", "1.0.0-M4"),
    ].join("")}</dependencies></project>`;
    const { document } = await scan(new MemorySource({ "visits/pom.xml": pom }), { git: false });
    expect(entry(document.tools, "Spring Cloud")?.version).toBe("4.2.0");
    for (const name of ["Eureka", "Prometheus", "Zipkin", "OpenAI", "OpenTelemetry"]) {
      expect(entry(document.tools, name), name).toMatchObject({ detection_source: "visits/pom.xml" });
      expect(entry(document.tools, name)?.version, name).toBeUndefined();
    }
  });

  it("a Kotlin Multiplatform build: camelCase catalog aliases and bundles, libs.versions.x.get() for plugins and compileSdk, ktlint", async () => {
    const catalog = [
      "[versions]", 'compileSdk = "31"', 'kotlin = "1.6.10"', 'ktlint-gradle = "10.2.1"', 'sqlDelight = "1.5.3"', 'koin = "3.1.5"', 'coroutines = "1.6.0"', "",
      "[libraries]",
      'sqlDelight-runtime = { module = "com.squareup.sqldelight:runtime", version.ref = "sqlDelight" }',
      'koin-core = { module = "io.insert-koin:koin-core", version.ref = "koin" }',
      'koin-test = { module = "io.insert-koin:koin-test", version.ref = "koin" }',
      'coroutines-test = { module = "org.jetbrains.kotlinx:kotlinx-coroutines-test", version.ref = "coroutines" }', "",
      "[plugins]", 'ktlint = { id = "org.jlleitschuh.gradle.ktlint", version.ref = "ktlint-gradle" }', "",
      "[bundles]", 'shared-commonTest = ["koin-test", "coroutines-test"]',
    ].join("\n");
    const root = 'plugins {\n    alias(libs.plugins.ktlint) apply false\n    kotlin("multiplatform") version libs.versions.kotlin.get() apply false\n}\nsubprojects {\n    apply(plugin = "org.jlleitschuh.gradle.ktlint")\n}\n';
    const shared = [
      "plugins {", '    kotlin("multiplatform")', '    id("com.android.library")', "}",
      "android {", "    compileSdk = libs.versions.compileSdk.get().toInt()", "}",
      "kotlin {", "    sourceSets {", "        val commonMain by getting {", "            dependencies {",
      "                implementation(libs.sqlDelight.runtime)", "                implementation(libs.koin.core)", "            }", "        }",
      "        val commonTest by getting {", "            dependencies {", "                implementation(libs.bundles.shared.commonTest)", "            }", "        }", "    }", "}",
    ].join("\n");
    const { document } = await scan(new MemorySource({ "gradle/libs.versions.toml": catalog, "build.gradle.kts": root, "shared/build.gradle.kts": shared }), { git: false, catalog: EVERY_PACKAGE });
    const pkg = (id: string) => entry(document.tools, id)?.version;
    expect(pkg("com.squareup.sqldelight:runtime")).toBe("1.5.3");
    expect(pkg("io.insert-koin:koin-test")).toBe("3.1.5");
    expect(pkg("org.jetbrains.kotlinx:kotlinx-coroutines-test")).toBe("1.6.0");
    expect(entry(document.tools, "Kotlin")?.version).toBe("1.6.10");
    expect(entry(document.tools, "Android SDK")?.version).toBe("31.0");
    expect(entry(document.tools, "Android OS")?.version).toBe("12.0");
    // The ktlint Gradle plugin's release (10.2.1) is not ktlint's (0.4x, 1.x): ktlint without one.
    expect(entry(document.tools, "ktlint")).toMatchObject({ detection_source: "build.gradle.kts" });
    expect(entry(document.tools, "ktlint")?.version).toBeUndefined();
  });

  it("an Android app on Fabric: its Gradle plugin and the Crashlytics SDK of before Firebase", async () => {
    const app = "apply plugin: 'com.android.application'\napply plugin: 'io.fabric'\n\nandroid {\n    compileSdkVersion 28\n}\n\ndependencies {\n    implementation 'com.crashlytics.sdk.android:crashlytics:2.10.1'\n}\n";
    const { document } = await scan(new MemorySource({ "app/build.gradle": app }), { git: false, catalog: EVERY_PACKAGE });
    expect(entry(document.tools, "Crashlytics")?.detection_source).toBe("app/build.gradle");
    expect(entry(document.tools, "Fabric by Twitter")?.detection_source).toBe("app/build.gradle");
    expect(entry(document.tools, "com.crashlytics.sdk.android:crashlytics")?.version).toBe("2.10.1");
  });

  it("an Android build whose dependencies are constants in buildSrc: Deps and Versions objects, read as text", async () => {
    const versions = [
      "object Versions {",
      '    const val retrofit = "2.9.0"',
      '    const val gson: String = "2.10.1"',
      '    // const val old = "1.0.0"',
      "}",
    ].join("\n");
    const deps = [
      "object Deps {",
      '    const val retrofit = "com.squareup.retrofit2:retrofit:${Versions.retrofit}"',
      '    const val gson = "com.google.code.gson:gson:$gson"',
      '    const val composeBom = "androidx.compose:compose-bom:2024.02.00"',
      '    const val composeUi = "androidx.compose.ui:ui"',
      '    const val junit = "junit:junit:4.13.2"',
      '    const val baseUrl = "https://example.com:8080/api"',
      "}",
    ].join("\n");
    const plugin = 'class AndroidLibraryConventionPlugin : Plugin<Project> {\n    override fun apply(target: Project) {\n        with(target) { pluginManager.apply("com.android.library") }\n    }\n}\n';
    const app = "dependencies {\n    implementation(Deps.retrofit)\n    implementation(Deps.gson)\n}\n";
    const { document } = await scan(
      new MemorySource({
        "buildSrc/build.gradle.kts": "plugins {\n    `kotlin-dsl`\n}\n",
        "buildSrc/src/main/kotlin/Versions.kt": versions,
        "buildSrc/src/main/kotlin/Deps.kt": deps,
        "build-logic/convention/src/main/kotlin/AndroidLibraryConventionPlugin.kt": plugin,
        "app/build.gradle.kts": app,
      }),
      { git: false },
    );
    expect(entry(document.tools, "Retrofit")).toMatchObject({ version: "2.9.0", detection_source: "buildSrc/src/main/kotlin/Deps.kt" });
    expect(entry(document.tools, "com.google.code.gson:gson")?.version).toBe("2.10.1");
    expect(entry(document.tools, "junit:junit")?.version).toBe("4.13.2");
    expect(entry(document.tools, "Jetpack Compose")?.detection_source).toBe("buildSrc/src/main/kotlin/Deps.kt");
    expect(document.tools.some((t) => t.name.startsWith("https") || t.name.startsWith("example.com"))).toBe(false);
    // A convention plugin of an included build-logic build applies the Android library plugin.
    const logic = await scan(new MemorySource({ "build-logic/convention/src/main/kotlin/AndroidLibraryConventionPlugin.kt": plugin }), { git: false });
    expect(entry(logic.document.tools, "Android SDK")?.detection_source).toBe("build-logic/convention/src/main/kotlin/AndroidLibraryConventionPlugin.kt");
  });

  it("a plugin's own dependencies: Checkstyle takes the version of checkstyle, not of maven-checkstyle-plugin", async () => {
    const pom = [
      "<project><groupId>x</groupId><artifactId>app</artifactId>",
      "<properties><checkstyle.version>10.12.5</checkstyle.version></properties>",
      "<build><plugins><plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-checkstyle-plugin</artifactId><version>3.3.1</version>",
      "<dependencies><dependency><groupId>com.puppycrawl.tools</groupId><artifactId>checkstyle</artifactId><version>${checkstyle.version}</version></dependency></dependencies>",
      "</plugin></plugins></build></project>",
    ].join("");
    expect(readPom(parseXml(pom)).pluginDependencies).toEqual([{ groupId: "com.puppycrawl.tools", artifactId: "checkstyle", version: "${checkstyle.version}" }]);
    const { document } = await scan(new MemorySource({ "pom.xml": pom }), { git: false });
    expect(entry(document.tools, "Checkstyle")?.version).toBe("10.12.5");
    expect(entry(document.tools, "com.puppycrawl.tools:checkstyle")).toBeUndefined(); // a build tool's dependency, not the project's
  });

  it("SonarQube's scanner plugins show SonarQube without giving it their own release", async () => {
    const pom = [
      "<project><groupId>x</groupId><artifactId>app</artifactId>",
      "<build><plugins><plugin><groupId>org.sonarsource.scanner.maven</groupId><artifactId>sonar-maven-plugin</artifactId><version>3.10.0.2594</version></plugin></plugins></build></project>",
    ].join("");
    const maven = await scan(new MemorySource({ "pom.xml": pom }), { git: false });
    expect(entry(maven.document.tools, "SonarQube")).toBeDefined();
    expect(entry(maven.document.tools, "SonarQube")?.version).toBeUndefined(); // no SonarQube 3.10 exists beside the 10.x servers
    const gradle = await scan(new MemorySource({ "build.gradle": 'plugins {\n  id "org.sonarqube" version "4.4.1.3373"\n}\n' }), { git: false });
    expect(entry(gradle.document.tools, "SonarQube")).toBeDefined();
    expect(entry(gradle.document.tools, "SonarQube")?.version).toBeUndefined();
  });

  it("a malformed pom.xml is a warning; the other poms are still read", async () => {
    expect(readPom(undefined)).toMatchObject({ dependencies: [], managed: [], plugins: [] });
    expect(readPom({ project: "text" })).toMatchObject({ dependencies: [] });
    expect(readPom(parseXml("<project><dependencies><dependency><groupId>g</groupId></dependency></dependencies></project>")).dependencies).toEqual([]);
    const { document, warnings } = await scan(
      new MemorySource({
        "pom.xml": "<project><dependencies> <<< not xml",
        "tool/pom.xml": "<project><dependencies><dependency><groupId>junit</groupId><artifactId>junit</artifactId><version>4.13.2</version></dependency></dependencies></project>",
      }),
      { git: false },
    );
    expect(warnings.some((w) => w.file === "pom.xml")).toBe(true);
    expect(entry(document.tools, "JUnit")?.version).toBe("4.13.2");
  });

  it("assertj-core is a package entry only: the site names no AssertJ from it", async () => {
    const pom = `<project><groupId>x</groupId><artifactId>app</artifactId><dependencies>${dep("org.assertj", "assertj-core", "3.25.2")}${dep("junit", "junit", "4.13.2")}</dependencies></project>`;
    const { document } = await scan(new MemorySource({ "pom.xml": pom }), { git: false, catalog: EVERY_PACKAGE });
    expect(entry(document.tools, "Assertj")).toBeUndefined();
    expect(entry(document.tools, "org.assertj:assertj-core")?.version).toBe("3.25.2");
    expect(entry(document.tools, "JUnit")?.version).toBe("4.13.2");
  });

  it("Hibernate Validator under the old org.hibernate group is not Hibernate ORM; hibernate-core is, though only as a package", async () => {
    const pom = (deps: string) => `<project><groupId>x</groupId><artifactId>app</artifactId><dependencies>${deps}</dependencies></project>`;
    const validator = await scan(new MemorySource({ "pom.xml": pom(dep("org.hibernate", "hibernate-validator", "5.4.3.Final")) }), { git: false });
    expect(entry(validator.document.tools, "Hibernate")).toBeUndefined();
    const ormPom = pom(dep("org.hibernate", "hibernate-validator", "5.4.3.Final") + dep("org.hibernate", "hibernate-core", "5.4.33.Final"));
    const orm = await scan(new MemorySource({ "pom.xml": ormPom }), { git: false });
    expect(entry(orm.document.tools, "Hibernate")).toBeUndefined();
    const all = await scan(new MemorySource({ "pom.xml": ormPom }), { git: false, allTools: true });
    expect(entry(all.document.tools, "Hibernate")?.version).toBe("5.4.33");
  });

  it("a Spring MVC pom with hibernate-core names no Hibernate; its hibernate.properties does", async () => {
    // Modelled on a Spring Web MVC + Spring Data JPA war: the site lists hibernate-core as a package only.
    const pom = `<project><groupId>lk.example</groupId><artifactId>backend</artifactId><packaging>war</packaging><dependencies>${dep("org.springframework", "spring-webmvc", "5.3.25")}${dep("org.springframework.data", "spring-data-jpa", "2.7.7")}${dep("org.hibernate", "hibernate-core", "5.6.14.Final")}${dep("mysql", "mysql-connector-java", "8.0.32")}</dependencies></project>`;
    const plain = await scan(new MemorySource({ "pom.xml": pom }), { git: false, catalog: EVERY_PACKAGE });
    expect(entry(plain.document.tools, "Hibernate")).toBeUndefined();
    expect(entry(plain.document.tools, "org.hibernate:hibernate-core")?.version).toBe("5.6.14");
    expect(entry(plain.document.tools, "Spring Data")).toBeDefined();
    expect(entry(plain.document.tools, "MySQL")).toBeDefined();
    const withProperties = await scan(new MemorySource({ "pom.xml": pom, "src/main/resources/hibernate.properties": "hibernate.dialect=org.hibernate.dialect.MySQL8Dialect\n" }), { git: false });
    expect(entry(withProperties.document.tools, "Hibernate")).toBeDefined();
  });

  it("RxJava 1.x's coordinate names RxJava; Jolokia's Docker Maven plugin names no Jolokia", async () => {
    const pom = [
      "<project><groupId>x</groupId><artifactId>service</artifactId><dependencies>",
      dep("io.reactivex", "rxjava", "1.3.8"),
      dep("org.jolokia", "jolokia-core", "1.7.2"),
      "</dependencies><build><plugins>",
      "<plugin><groupId>org.jolokia</groupId><artifactId>docker-maven-plugin</artifactId><version>0.13.9</version></plugin>",
      "</plugins></build></project>",
    ].join("");
    const { document } = await scan(new MemorySource({ "pom.xml": pom }), { git: false });
    expect(entry(document.tools, "RxJava")?.version).toBe("1.3.8");
    expect(entry(document.tools, "Jolokia")?.version).toBe("1.7.2"); // from jolokia-core, not the plugin
    const pluginOnly = pom.replace(dep("org.jolokia", "jolokia-core", "1.7.2"), "");
    const plugin = await scan(new MemorySource({ "pom.xml": pluginOnly }), { git: false });
    expect(entry(plugin.document.tools, "Jolokia")).toBeUndefined();
  });
  it("a pom's <profiles> are not the default build: their dependencies and plugins name no tool and list no package", async () => {
    // A Jakarta EE sample: the default build runs on Payara; an optional profile tests on WildFly with coverage.
    const pom = [
      "<project><groupId>org.example</groupId><artifactId>cargo</artifactId><packaging>war</packaging><dependencies>",
      dep("org.postgresql", "postgresql", "42.7.1"),
      "</dependencies><profiles><profile><id>arq-wildfly-managed</id><dependencies>",
      dep("org.wildfly.arquillian", "wildfly-arquillian-container-managed", "5.0.1.Final"),
      dep("org.glassfish.jersey.core", "jersey-client", "3.1.5"),
      "</dependencies><build><plugins>",
      "<plugin><groupId>org.jacoco</groupId><artifactId>jacoco-maven-plugin</artifactId><version>0.8.11</version></plugin>",
      "</plugins></build></profile></profiles></project>",
    ].join("");
    const { document } = await scan(new MemorySource({ "pom.xml": pom }), { git: false });
    expect(entry(document.tools, "PostgreSQL")).toBeDefined();
    for (const name of ["WildFly", "Jersey", "JaCoCo"]) expect(entry(document.tools, name), name).toBeUndefined();
    expect(document.tools.filter((t) => t.sub_category === "Maven Packages").map((t) => t.name)).toEqual(["org.postgresql:postgresql"]);
  });
});

describe("Gradle", () => {
  it("JUnit from a Gradle build is a package entry only; from a pom.xml it names JUnit", async () => {
    const script = [
      "plugins {\n    id 'java'\n}\n",
      "dependencies {",
      "    testImplementation 'junit:junit:4.13.1'",
      "    testImplementation 'org.junit.jupiter:junit-jupiter-api:5.9.0'",
      "    testRuntimeOnly 'org.junit.jupiter:junit-jupiter-engine:5.9.0'",
      "    testImplementation 'org.testng:testng:7.1.0'",
      "}",
    ].join("\n");
    const gradle = await scan(new MemorySource({ "build.gradle": script }), { git: false, catalog: EVERY_PACKAGE });
    expect(entry(gradle.document.tools, "JUnit")).toBeUndefined();
    expect(entry(gradle.document.tools, "junit:junit")?.version).toBe("4.13.1");
    expect(entry(gradle.document.tools, "org.junit.jupiter:junit-jupiter-api")?.version).toBe("5.9.0");
    expect(entry(gradle.document.tools, "TestNG")?.version).toBe("7.1.0"); // other coordinates still name their tool
    // A version catalog's and buildSrc's coordinates are the Gradle build's too.
    const toml = '[libraries]\njunit = { module = "junit:junit", version = "4.13.2" }\n';
    const viaCatalog = await scan(new MemorySource({ "gradle/libs.versions.toml": toml, "app/build.gradle.kts": "dependencies {\n    testImplementation(libs.junit)\n}\n" }), { git: false });
    expect(entry(viaCatalog.document.tools, "JUnit")).toBeUndefined();
    const pom = `<project><groupId>x</groupId><artifactId>app</artifactId><dependencies>${dep("org.junit.jupiter", "junit-jupiter-api", "5.9.0")}</dependencies></project>`;
    const maven = await scan(new MemorySource({ "pom.xml": pom }), { git: false });
    expect(entry(maven.document.tools, "JUnit")?.version).toBe("5.9.0");
  });

  it("reads a Groovy list of coordinates, on one line or continued over several", () => {
    const script = readBuildScript(
      [
        'def grpcVersion = "1.49.2"',
        "dependencies {",
        '    implementation "com.google.api.grpc:proto-google-common-protos:2.9.6",',
        '            "io.grpc:grpc-stub:${grpcVersion}", // the stubs',
        '            "org.apache.logging.log4j:log4j-core:2.19.0"',
        "",
        "    runtimeOnly 'com.fasterxml.jackson.core:jackson-core:2.13.4', 'com.fasterxml.jackson.core:jackson-databind:2.13.4'",
        "    testImplementation 'junit:junit:4.13.2'",
        "}",
      ].join("\n"),
    );
    expect(script.dependencies.map((d) => [d.configuration, `${d.group}:${d.name}`, d.version, d.line])).toEqual([
      ["implementation", "com.google.api.grpc:proto-google-common-protos", "2.9.6", 3],
      ["implementation", "io.grpc:grpc-stub", "${grpcVersion}", 4],
      ["implementation", "org.apache.logging.log4j:log4j-core", "2.19.0", 5],
      ["runtimeOnly", "com.fasterxml.jackson.core:jackson-core", "2.13.4", 7],
      ["runtimeOnly", "com.fasterxml.jackson.core:jackson-databind", "2.13.4", 7],
      ["testImplementation", "junit:junit", "4.13.2", 8],
    ]);
  });

  it("reads a variant's own configurations (testDemoImplementation, kspTest)", () => {
    const script = readBuildScript("dependencies {\n  testDemoImplementation(libs.robolectric)\n  kspTest(libs.hilt.compiler)\n  prodReleaseApi(\"com.squareup.okio:okio:3.6.0\")\n  implementationFoo = 3\n}\n");
    expect(script.dependencies.map((d) => [d.configuration, d.catalogAccessor ?? `${d.group}:${d.name}`])).toEqual([
      ["testDemoImplementation", "libs.robolectric"],
      ["kspTest", "libs.hilt.compiler"],
      ["prodReleaseApi", "com.squareup.okio:okio"],
    ]);
  });

  it("the Android Gradle Plugin's version is not the Android SDK's; compileSdk is", async () => {
    const source = new MemorySource({
      "build.gradle.kts": 'plugins {\n  id("com.android.application") version "8.2.0" apply false\n  id("com.google.gms.google-services") version "4.4.0" apply false\n  id("org.jetbrains.kotlin.android") version "1.9.20" apply false\n}\n',
      "app/build.gradle.kts": 'plugins {\n  id("com.android.application")\n  id("com.google.gms.google-services")\n  id("org.jetbrains.kotlin.android")\n}\nandroid {\n  compileSdk = 34\n}\n',
      "lib/build.gradle.kts": 'plugins {\n  id("com.android.library") version "8.2.0"\n}\n',
    });
    const { document } = await scan(source, { git: false });
    expect(entry(document.tools, "Android SDK")?.version).toBe("34.0");
    expect(entry(document.tools, "Android OS")?.version).toBe("14.0");
    // The google-services plugin names no Firebase (jvm.yml), so it lends no release either.
    expect(entry(document.tools, "Firebase")).toBeUndefined();
    expect(entry(document.tools, "Kotlin")?.version).toBe("1.9.20");
  });

  it("which plugins are versioned apart from their tool is catalog data (a matcher opening with ~) a repository's own catalog extends", async () => {
    const files = { "build.gradle.kts": 'plugins {\n  id("com.google.protobuf") version "0.9.4"\n  id("org.flywaydb.flyway") version "10.8.1"\n}\n' };
    const before = (await scan(new MemorySource(files), { git: false })).document;
    expect(entry(before.tools, "Protobuf")).toBeDefined();
    expect(entry(before.tools, "Protobuf")?.version).toBeUndefined();
    expect(entry(before.tools, "Flyway")?.version).toBe("10.8.1");
    const catalog = "matchers:\n  gradle-plugin:\n    org.flywaydb.flyway: [~, flyway]\n";
    const after = (await scan(new MemorySource({ ...files, "techstack.catalog.yml": catalog }), { git: false })).document;
    expect(entry(after.tools, "Flyway")).toBeDefined();
    expect(entry(after.tools, "Flyway")?.version).toBeUndefined();
  });

  it("reads string, map and catalog notation and plugins", () => {
    const script = readBuildScript(
      "plugins {\n  id 'org.springframework.boot' version '3.2.2'\n  kotlin(\"jvm\") version \"1.9.22\"\n}\ndependencies {\n  implementation 'org.springframework.boot:spring-boot-starter-web'\n  runtimeOnly group: 'org.postgresql', name: 'postgresql', version: '42.7.1'\n  testImplementation(libs.junit)\n}\n",
    );
    expect(script.plugins.map((p) => [p.id, p.version])).toEqual([
      ["org.springframework.boot", "3.2.2"],
      ["org.jetbrains.kotlin.jvm", "1.9.22"],
    ]);
    expect(script.dependencies.map((d) => [d.configuration, d.group, d.name, d.version, d.catalogAccessor])).toEqual([
      ["implementation", "org.springframework.boot", "spring-boot-starter-web", undefined, undefined],
      ["runtimeOnly", "org.postgresql", "postgresql", "42.7.1", undefined],
      ["testImplementation", undefined, undefined, undefined, "libs.junit"],
    ]);
  });

  it("reads variables, Kotlin DSL forms, Java versions and Compose", () => {
    const script = readBuildScript(
      [
        "buildscript {",
        "    ext.kotlin_version = '1.9.22'",
        "    ext {",
        "        roomVersion = \"2.6.1\"",
        "    }",
        "}",
        'val ktorVersion = "2.3.7"',
        'val coroutines by extra("1.7.3")',
        "android {",
        "    compileSdk = 34",
        "    compileOptions { sourceCompatibility = JavaVersion.VERSION_1_8 }",
        "    buildFeatures {",
        "        compose = true",
        "    }",
        "}",
        "dependencies {",
        '    implementation(kotlin("stdlib"))',
        '    "implementation"("io.ktor:ktor-server-core:$ktorVersion")',
        "    implementation(",
        '        "androidx.room:room-runtime:$roomVersion"',
        "    )",
        "    implementation(libs.bundles.compose)",
        "    // implementation 'com.example:gone:1.0'",
        "    /* testImplementation 'com.example:gone-too:1.0' */",
        "}",
      ].join("\n"),
    );
    expect(Object.fromEntries(script.variables)).toMatchObject({ kotlin_version: "1.9.22", roomVersion: "2.6.1", ktorVersion: "2.3.7", coroutines: "1.7.3" });
    expect(script.javaVersion).toBe("1.8");
    expect(script.compose).toBe(true);
    expect(script.compileSdk).toBe("34");
    expect(script.dependencies.map((d) => d.catalogAccessor ?? `${d.group}:${d.name}:${d.version}`)).toEqual([
      "org.jetbrains.kotlin:kotlin-stdlib:undefined",
      "io.ktor:ktor-server-core:$ktorVersion",
      "androidx.room:room-runtime:$roomVersion",
      "libs.bundles.compose",
    ]);
    expect(readBuildScript("java { toolchain { languageVersion = JavaLanguageVersion.of(21) } }").javaVersion).toBe("21");
    expect(readBuildScript("kotlin { jvmToolchain(17) }").javaVersion).toBe("17");
  });

  it("a plugin version given as a variable of the plugins block (Kotlin DSL) is resolved", async () => {
    const { document } = await scan(
      new MemorySource({
        "build.gradle.kts": [
          "plugins {",
          '    val kotlinVersion = "2.1.20"',
          '    id("org.springframework.boot") version "3.4.5"',
          "    kotlin(\"jvm\") version kotlinVersion",
          "    kotlin(\"plugin.spring\") version kotlinVersion",
          '    id("org.flywaydb.flyway") version flywayVersion apply false',
          "}",
          'val flywayVersion = "10.1.0"',
          "dependencies {",
          '    implementation("org.springframework.boot:spring-boot-starter-web")',
          "}",
        ].join("\n"),
        "db/build.gradle.kts": 'plugins {\n    id("org.flywaydb.flyway")\n}\n',
      }),
      { git: false },
    );
    expect(entry(document.tools, "Kotlin")?.version).toBe("2.1.20");
    expect(entry(document.tools, "Flyway")?.version).toBe("10.1.0");
    expect(entry(document.tools, "org.springframework.boot:spring-boot-starter-web")?.version).toBe("3.4.5");
  });

  it("the AWS SDK for Kotlin's service clients reveal their services, as the Java SDK's do", async () => {
    const script = 'dependencies {\n    implementation("aws.sdk.kotlin:s3:1.0.11")\n    implementation("aws.sdk.kotlin:sqs:1.0.11")\n    implementation("aws.sdk.kotlin:secretsmanager:1.0.12")\n    implementation("aws.sdk.kotlin:aws-http:1.0.11")\n}\n';
    const { document } = await scan(new MemorySource({ "build.gradle.kts": script }), { git: false });
    for (const name of ["Amazon S3", "Amazon SQS", "AWS Secrets Manager"]) expect(entry(document.tools, name), name).toBeDefined();
    expect(entry(document.tools, "Amazon Web Services (AWS)")).toBeUndefined();
  });

  it("Micronaut takes gradle.properties' micronautVersion, not the Micronaut Gradle plugin's version", async () => {
    const script = [
      "plugins {",
      '    id("com.github.johnrengelman.shadow") version "8.1.1"',
      '    id("io.micronaut.application") version "4.4.2"',
      "}",
      "dependencies {",
      '    annotationProcessor("io.micronaut:micronaut-http-validation")',
      '    implementation("io.micronaut:micronaut-http-client")',
      "}",
      "micronaut {",
      '    runtime("netty")',
      "}",
    ].join("\n");
    const withProperty = await scan(new MemorySource({ "build.gradle.kts": script, "gradle.properties": "micronautVersion=4.6.1\n" }), { git: false, catalog: EVERY_PACKAGE });
    expect(entry(withProperty.document.tools, "Micronaut Framework")?.version).toBe("4.6.1");
    expect(entry(withProperty.document.tools, "io.micronaut:micronaut-http-client")?.version).toBe("4.6.1");
    const without = await scan(new MemorySource({ "build.gradle.kts": script }), { git: false, catalog: EVERY_PACKAGE });
    expect(entry(without.document.tools, "Micronaut Framework")).toBeDefined();
    expect(entry(without.document.tools, "Micronaut Framework")?.version).toBeUndefined();
  });

  it("an older Android build: root buildscript ext values used through rootProject.ext in the app", async () => {
    const { document } = await scan(
      new MemorySource({
        "build.gradle": "buildscript {\n    ext.kotlin_version = '1.6.21'\n    ext {\n        roomVersion = '2.4.3'\n        targetSdk = 33\n    }\n    dependencies {\n        classpath 'com.android.tools.build:gradle:7.2.2'\n        classpath \"org.jetbrains.kotlin:kotlin-gradle-plugin:$kotlin_version\"\n    }\n}\n",
        "app/build.gradle": "apply plugin: 'com.android.application'\napply plugin: 'kotlin-android'\nandroid {\n    compileSdkVersion rootProject.ext.targetSdk\n}\ndependencies {\n    implementation \"org.jetbrains.kotlin:kotlin-stdlib-jdk7:$kotlin_version\"\n    kapt \"androidx.room:room-compiler:${rootProject.ext.roomVersion}\"\n    implementation \"androidx.room:room-runtime:$rootProject.roomVersion\"\n}\n",
      }),
      { git: false, catalog: EVERY_PACKAGE },
    );
    expect(entry(document.tools, "Kotlin")?.version).toBe("1.6.21");
    expect(entry(document.tools, "androidx.room:room-compiler")).toBeUndefined(); // kapt: an annotation processor, no package entry
    expect(entry(document.tools, "androidx.room:room-runtime")?.version).toBe("2.4.3");
    // The Android Gradle plugin's version (7.2.2) is not the SDK's.
    expect(entry(document.tools, "Android SDK")?.version).toBe("33.0");
    expect(entry(document.tools, "Android OS")?.version).toBe("13.0");
  });

  it("an Android module's compileOptions are no Java of their own; an unresolved compileSdk gives no release", async () => {
    const app = [
      "plugins {", '    id "com.android.application"', '    id "kotlin-android"', "}",
      "android {", "    compileSdkVersion flutter.compileSdkVersion",
      "    compileOptions {", "        sourceCompatibility JavaVersion.VERSION_1_8", "        targetCompatibility JavaVersion.VERSION_1_8", "    }", "}",
    ].join("\n");
    const { document } = await scan(new MemorySource({ "android/app/build.gradle": app, "android/app/src/main/kotlin/MainActivity.kt": "" }), { git: false });
    expect(entry(document.tools, "Java")).toBeUndefined();
    expect(entry(document.tools, "Kotlin")).toBeDefined();
    expect(entry(document.tools, "Android SDK")).toBeDefined();
    expect(entry(document.tools, "Android SDK")?.version).toBeUndefined();
    expect(entry(document.tools, "Android OS")).toMatchObject({ detection_source: "android/app/build.gradle" });
    expect(entry(document.tools, "Android OS")?.version).toBeUndefined();
    // A Java library beside it still names Java with its level.
    const lib = "plugins {\n    id 'java-library'\n}\njava {\n    sourceCompatibility = JavaVersion.VERSION_17\n}\n";
    const both = await scan(new MemorySource({ "android/app/build.gradle": app, "lib/build.gradle": lib }), { git: false });
    // (its level is the module's own: a language pinned only below the root gives no release, src/document/version-rules.ts)
    expect(entry(both.document.tools, "Java")).toMatchObject({ detection_source: "lib/build.gradle" });
    expect(entry(both.document.tools, "Java")?.version).toBeUndefined();
  });

  it("a Flutter app's module compiles against Flutter's own level: its minSdkVersion names the release; a numeric compileSdk still comes first", async () => {
    const app = [
      "apply plugin: 'com.android.application'", "apply plugin: 'kotlin-android'",
      'apply from: "$flutterRoot/packages/flutter_tools/gradle/flutter.gradle"',
      "android {", "    compileSdkVersion flutter.compileSdkVersion",
      "    defaultConfig {", '        applicationId "com.example.app"', "        minSdkVersion 21", "        targetSdkVersion flutter.targetSdkVersion", "    }", "}",
    ].join("\n");
    const { document } = await scan(new MemorySource({ "android/app/build.gradle": app }), { git: false });
    expect(entry(document.tools, "Android SDK")).toMatchObject({ version: "21.0", detection_source: "android/app/build.gradle" });
    expect(entry(document.tools, "Android OS")?.version).toBe("5.0");
    const numeric = await scan(new MemorySource({ "android/app/build.gradle": app.replace("flutter.compileSdkVersion", "33") }), { git: false });
    expect(entry(numeric.document.tools, "Android SDK")?.version).toBe("33.0");
    // Flutter's own minimum (flutter.minSdkVersion) names none either.
    const flutterMin = await scan(new MemorySource({ "android/app/build.gradle": app.replace("minSdkVersion 21", "minSdkVersion flutter.minSdkVersion") }), { git: false });
    expect(entry(flutterMin.document.tools, "Android SDK")?.version).toBeUndefined();
    expect(readBuildScript("android {\n  defaultConfig {\n    minSdk = 24\n  }\n}\n").minSdk).toBe("24");
  });

  it("Flutter's Android template: the app applies `kotlin-android`, the settings declare `org.jetbrains.kotlin.android` with its version", async () => {
    // Flutter 3.16+ writes the qualified id with its version in settings.gradle (`apply false`) and
    // applies the legacy id in the app: both ids are the same plugin artifact, so the version is Kotlin's.
    const settings = [
      "pluginManagement {", "    repositories {", "        google()", "        mavenCentral()", "    }", "}",
      "plugins {",
      '    id "dev.flutter.flutter-plugin-loader" version "1.0.0"',
      '    id "com.android.application" version "8.1.0" apply false',
      '    id "org.jetbrains.kotlin.android" version "1.9.22" apply false',
      "}", 'include ":app"',
    ].join("\n");
    const app = ["plugins {", '    id "com.android.application"', '    id "kotlin-android"', '    id "dev.flutter.flutter-gradle-plugin"', "}", "android {", "    compileSdkVersion 34", "}"].join("\n");
    const { document } = await scan(new MemorySource({ "android/settings.gradle": settings, "android/app/build.gradle": app }), { git: false });
    expect(entry(document.tools, "Kotlin")).toMatchObject({ version: "1.9.22", detection_source: "android/app/build.gradle", detection_source_url: "android/settings.gradle" });
  });

  it("a malformed script or catalog gives what it can", () => {
    expect(readBuildScript("\u0000dependencies {\n implementation '\n implementation(\n").dependencies).toEqual([]);
    expect(readVersionCatalog("nonsense").libraries.size).toBe(0);
    const catalog = readVersionCatalog({ libraries: { a: 5, b: { module: 3 }, c: "g:c:1.0" }, plugins: { p: null }, bundles: { x: "not-a-list", y: ["c", 4] } });
    expect([...catalog.libraries.keys()]).toEqual(["c"]);
    expect(catalog.bundles.get("y")).toEqual(["c"]);
  });

  it("a Groovy multi-project Spring app: plugin versions from the settings, ext variables from the root script", async () => {
    const { document } = await scan(fixture("gradle-spring-groovy"), { git: false, catalog: EVERY_PACKAGE });
    expect(entry(document.tools, "org.springframework.boot:spring-boot-starter-web")).toMatchObject({ version: "2.7.18", detection_source: "api/build.gradle" });
    expect(entry(document.tools, "org.mapstruct:mapstruct")?.version).toBe("1.5.5") // 1.5.5.Final: the document writes the numeric release;
    expect(entry(document.tools, "org.mapstruct:mapstruct-processor")).toBeUndefined(); // an annotation processor: no package entry
    expect(entry(document.tools, "io.jsonwebtoken:jjwt-api")?.version).toBe("0.11.5");
    expect(entry(document.tools, "org.testcontainers:postgresql")?.version).toBe("1.19.3");
    expect(entry(document.tools, "Java")?.version).toBe("11");
    expect(entry(document.tools, "Gradle")?.version).toBe("7.6.3");
    expect(entry(document.tools, "SonarQube")).toBeDefined();
    expect(entry(document.tools, "SonarQube")?.version).toBeUndefined(); // plugin 4.4.1.3373 is the scanner's release, not the server's
    // Lombok's coordinate is a package entry only (the site names no Lombok tool from it).
    expect(entry(document.tools, "org.projectlombok:lombok")?.version).toBe("1.18.30");
    expect(entry(document.tools, "Lombok")).toBeUndefined();
    expect(document.tools.some((t) => t.name.includes("commented-out"))).toBe(false);
    expect(document.tools.some((t) => t.version?.includes("$"))).toBe(false);
  });

  it("reads one-line blocks: dependencies, plugins, android and ext on a single line", () => {
    const script = readBuildScript(
      [
        "plugins { id 'java' }",
        "ext { guavaVersion = '33.0.0-jre' }",
        "dependencies { implementation \"com.google.guava:guava:${guavaVersion}\" }",
        'subprojects { dependencies { testImplementation("junit:junit:4.13.2"); implementation("org.slf4j:slf4j-api:2.0.9") } }',
        "android { compileSdk 34 }",
        "buildFeatures { compose = true }",
      ].join("\n"),
    );
    expect(script.plugins).toEqual([{ id: "java", version: undefined, line: 1 }]);
    expect(script.variables.get("guavaVersion")).toBe("33.0.0-jre");
    expect(script.dependencies).toEqual([
      { configuration: "implementation", group: "com.google.guava", name: "guava", version: "${guavaVersion}", line: 3 },
      { configuration: "testImplementation", group: "junit", name: "junit", version: "4.13.2", line: 4 },
      { configuration: "implementation", group: "org.slf4j", name: "slf4j-api", version: "2.0.9", line: 4 },
    ]);
    expect(script.compileSdk).toBe("34");
    expect(script.compose).toBe(true);
  });

  it("a dependency in a one-line block is found whatever the settings include", async () => {
    const source = new MemorySource({
      "settings.gradle.kts": 'rootProject.name = "demo"\ninclude(":app")\n',
      "build.gradle": "dependencies { implementation 'com.google.guava:guava:33.0.0-jre' }\n",
      "app/build.gradle.kts": 'dependencies { implementation("com.squareup.okhttp3:okhttp:4.12.0") }\n',
    });
    const { document } = await scan(source, { git: false });
    expect(entry(document.tools, "guava")).toMatchObject({ version: "33.0.0", detection_source: "build.gradle" });
    expect(entry(document.tools, "com.squareup.okhttp3:okhttp")).toMatchObject({ version: "4.12.0", detection_source: "app/build.gradle.kts" });
  });

  it("an Android app with a version catalog and Kotlin DSL", async () => {
    const { document } = await scan(fixture("android-catalog"), { git: false, catalog: EVERY_PACKAGE });
    expect(entry(document.tools, "com.squareup.retrofit2:retrofit")?.version).toBe("2.9.0");
    expect(entry(document.tools, "androidx.core:core-ktx")?.version).toBe("1.12.0");
    expect(entry(document.tools, "com.squareup.okhttp3:okhttp")?.version).toBe("4.12.0");
    expect(entry(document.tools, "Kotlin")?.version).toBe("1.9.22");
    expect(entry(document.tools, "Retrofit")?.version).toBe("2.9.0");
    expect(entry(document.tools, "Gradle")?.version).toBe("8.5");
    expect(entry(document.tools, "Android SDK")).toBeDefined();
  });
});

describe("sbt and Clojure", () => {
  it("play-json and the standalone WS client are not the Play framework; play itself is", async () => {
    const sbt = (deps: string) => `scalaVersion := "2.13.12"\nlibraryDependencies ++= Seq(\n${deps}\n)\n`;
    const standalone = await scan(new MemorySource({ "build.sbt": sbt('  "com.typesafe.akka" %% "akka-http" % "10.2.10",\n  "com.typesafe.play" %% "play-json" % "2.9.4",\n  "com.typesafe.play" %% "play-ahc-ws-standalone" % "2.1.10"') }), { git: false });
    expect(entry(standalone.document.tools, "Akka")).toBeDefined();
    expect(entry(standalone.document.tools, "Play")).toBeUndefined();
    const app = await scan(new MemorySource({ "build.sbt": sbt('  "com.typesafe.play" %% "play-json" % "2.9.4",\n  "com.typesafe.play" %% "play-guice" % "2.8.20"') }), { git: false });
    expect(entry(app.document.tools, "Play")?.version).toBe("2.8.20");
    const play3 = await scan(new MemorySource({ "build.sbt": sbt('  "org.playframework" %% "play-json" % "3.0.1",\n  "org.playframework" %% "play-server" % "3.0.1"') }), { git: false });
    expect(entry(play3.document.tools, "Play")?.version).toBe("3.0.1");
  });

  it("reads libraryDependencies, deps.edn and project.clj at a basic level", async () => {
    const { document } = await scan(
      new MemorySource({
        "build.sbt": 'scalaVersion := "2.13.12"\nlibraryDependencies ++= Seq(\n  "com.typesafe.akka" %% "akka-actor" % "2.8.5",\n  "org.scalatest" %% "scalatest" % "3.2.17" % Test\n)\n',
        "svc/deps.edn": '{:deps {org.clojure/clojure {:mvn/version "1.11.1"} ring/ring-core {:mvn/version "1.10.0"}}}',
        "lib/project.clj": '(defproject acme "0.1.0"\n  :dependencies [[org.clojure/clojure "1.11.1"]\n                 [compojure "1.7.0"]])',
      }),
      { git: false, catalog: EVERY_PACKAGE },
    );
    expect(entry(document.tools, "com.typesafe.akka:akka-actor_2.13")?.version).toBe("2.8.5");
    expect(entry(document.tools, "Akka")?.version).toBe("2.8.5");
    expect(entry(document.tools, "Scala")?.version).toBe("2.13.12");
    expect(entry(document.tools, "ring:ring-core")?.version).toBe("1.10.0");
    // Leiningen's dependencies are Clojars packages, as the site lists them; no Maven entry.
    expect(document.tools.find((t) => t.package_url === "https://clojars.org/compojure")?.version).toBe("1.7.0");
    expect(entry(document.tools, "compojure:compojure")).toBeUndefined();
    expect(entry(document.tools, "Clojure")).toBeDefined();
  });
});

describe("a key that reveals several tools", () => {
  it("gives the package's version to the first tool only", async () => {
    // slf4j-log4j12 is SLF4J's binding to Log4j: its release is SLF4J's, not Log4j's.
    const binding = "<project><dependencies><dependency><groupId>org.slf4j</groupId><artifactId>slf4j-log4j12</artifactId><version>1.7.36</version></dependency></dependencies></project>";
    const bound = (await scan(new MemorySource({ "pom.xml": binding }), { git: false })).document;
    expect(entry(bound.tools, "SLF4J")?.version).toBe("1.7.36");
    expect(entry(bound.tools, "Log4j")).toBeDefined();
    expect(entry(bound.tools, "Log4j")?.version).toBeUndefined();
  });

  it("a Spring Boot starter opening with ~ gives its release to none of its tools", async () => {
    const pom = "<project><parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>3.2.2</version></parent><dependencies><dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-data-mongodb</artifactId></dependency><dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-data-jpa</artifactId></dependency></dependencies></project>";
    const { document } = await scan(new MemorySource({ "pom.xml": pom }), { git: false });
    expect(entry(document.tools, "Spring Boot")).toBeUndefined();
    expect(entry(document.tools, "MongoDB")).toBeDefined();
    expect(entry(document.tools, "MongoDB")?.version).toBeUndefined();
    // The JPA starter names neither Hibernate nor Spring Data; hibernate-core declared itself would.
    expect(entry(document.tools, "Hibernate")).toBeUndefined();
    expect(entry(document.tools, "Spring Data")).toBeUndefined();
    // Spring Boot runs on Spring Framework, whose version is not the starter's.
    expect(entry(document.tools, "Spring Framework")).toBeDefined();
    expect(entry(document.tools, "Spring Framework")?.version).toBeUndefined();
  });

  it("a Spring Boot Gradle plugin on the buildscript classpath gives the Spring Boot artifacts their version", async () => {
    const gradle = "buildscript {\n  dependencies {\n    classpath 'org.springframework.boot:spring-boot-gradle-plugin:2.7.18'\n  }\n}\napply plugin: 'org.springframework.boot'\ndependencies {\n  implementation 'org.springframework.boot:spring-boot-starter-web'\n}\n";
    const { document } = await scan(new MemorySource({ "build.gradle": gradle }), { git: false });
    expect(entry(document.tools, "org.springframework.boot:spring-boot-starter-web")?.version).toBe("2.7.18");
  });

  it("which parents and BOMs version a whole group is catalog data a repository's own catalog extends", async () => {
    const pom = "<project><parent><groupId>com.acme.platform</groupId><artifactId>acme-parent</artifactId><version>7.3.0</version></parent><dependencies><dependency><groupId>com.acme.bus</groupId><artifactId>bus-client</artifactId></dependency></dependencies></project>";
    const version = async (files: Record<string, string>) => entry((await scan(new MemorySource(files), { git: false, catalog: EVERY_PACKAGE })).document.tools, "com.acme.bus:bus-client")?.version;
    expect(await version({ "pom.xml": pom })).toBeUndefined();
    const catalog = "families:\n  maven:\n    com.acme.platform:acme-parent: com.acme\n";
    expect(await version({ "pom.xml": pom, "techstack.catalog.yml": catalog })).toBe("7.3.0");
  });

  it("a Spring Boot Gradle build is a Spring Framework application too", async () => {
    const gradle = "plugins {\n  id 'java'\n  id 'org.springframework.boot' version '3.2.2'\n}\ndependencies {\n  implementation 'org.springframework.boot:spring-boot-starter-web'\n}\n";
    const { document } = await scan(new MemorySource({ "build.gradle": gradle }), { git: false });
    expect(entry(document.tools, "Spring Boot")).toBeUndefined();
    expect(entry(document.tools, "Spring Framework")).toBeDefined();
    expect(entry(document.tools, "Spring Framework")?.version).toBeUndefined();
  });
});

describe("Android libraries the site names without a category", () => {
  it("Moshi from Square's com.squareup.moshi artifacts; Retrofit's Moshi converter is Retrofit's", async () => {
    const app = [
      "plugins {", "    id 'com.android.application'", "    id 'org.jetbrains.kotlin.android'", "}",
      "dependencies {",
      '    implementation "com.squareup.moshi:moshi-kotlin:1.8.0"',
      '    def retrofit2_version = "2.6.0"',
      '    implementation "com.squareup.retrofit2:converter-moshi:$retrofit2_version"',
      "}",
    ].join("\n");
    const { document } = await scan(new MemorySource({ "app/build.gradle": app }), { git: false });
    expect(entry(document.tools, "Moshi")).toMatchObject({ detection_source: "app/build.gradle", version: "1.8.0" });
    expect(entry(document.tools, "Moshi")?.category).toBeUndefined();
    expect(entry(document.tools, "Retrofit")?.version).toBe("2.6.0");
    const converterOnly = await scan(new MemorySource({ "app/build.gradle": app.replace(/.*moshi-kotlin.*\n/, "") }), { git: false });
    expect(entry(converterOnly.document.tools, "Moshi")).toBeUndefined();
  });
});

describe("Neo4j", () => {
  it("from Neo4j's pre-release image in a compose file and from Spring Data Neo4j RX, whose own release is not Neo4j's", async () => {
    const compose = "services:\n  neo4j:\n    image: neo4j/neo4j-experimental:4.0.0-rc01   # not release yet.\n    ports:\n      - 7687:7687\n";
    const { document } = await scan(new MemorySource({ "docker-compose.yml": compose }), { git: false });
    expect(entry(document.tools, "Neo4j")).toMatchObject({ detection_source: "docker-compose.yml", version: "4.0.0" });
    const pom =
      "<project><modelVersion>4.0.0</modelVersion><groupId>com.example</groupId><artifactId>graph</artifactId><version>1.0</version><dependencies>" +
      dep("org.neo4j.springframework.data", "spring-data-neo4j-rx-spring-boot-starter", "1.0.0-beta02") + "</dependencies></project>";
    const viaPom = await scan(new MemorySource({ "pom.xml": pom }), { git: false });
    expect(entry(viaPom.document.tools, "Neo4j")).toMatchObject({ detection_source: "pom.xml" });
    expect(entry(viaPom.document.tools, "Neo4j")?.version).toBeUndefined();
  });
});

describe("Java in a Kotlin build", () => {
  const workflow = "name: ci\non: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-java@v4\n        with:\n          java-version: '21'\n";

  it("a Kotlin JVM module's Java version, Spring Boot plugin and CI JDK name no Java; its .java sources do", async () => {
    const script = [
      "plugins {", '    id("org.springframework.boot") version "3.2.0"', '    kotlin("jvm") version "1.9.21"', '    kotlin("plugin.spring") version "1.9.21"', "}",
      "java {", "    sourceCompatibility = JavaVersion.VERSION_21", "}",
    ].join("\n");
    const files = { "build.gradle.kts": script, "src/main/kotlin/com/example/App.kt": "", ".github/workflows/build.yml": workflow };
    const { document } = await scan(new MemorySource(files), { git: false });
    expect(entry(document.tools, "Java")).toBeUndefined();
    expect(entry(document.tools, "Kotlin")).toBeDefined();
    expect(entry(document.tools, "Spring Framework")).toBeDefined();
    const mixed = await scan(new MemorySource({ ...files, "src/main/java/com/example/Legacy.java": "class Legacy {}" }), { git: false });
    expect(entry(mixed.document.tools, "Java")).toMatchObject({ version: "21", detection_source: "Repo Metadata", detection_source_url: "build.gradle.kts" });
  });

  it("a pom building Kotlin sets java.version as its JVM target, not its language", async () => {
    const pom =
      "<project><modelVersion>4.0.0</modelVersion><groupId>com.example</groupId><artifactId>shortener</artifactId><version>1.0</version>" +
      "<properties><java.version>1.8</java.version></properties>" +
      "<dependencies>" + dep("org.jetbrains.kotlin", "kotlin-stdlib-jdk8") + "</dependencies>" +
      "<build><sourceDirectory>${project.basedir}/src/main/kotlin</sourceDirectory><plugins><plugin><groupId>org.jetbrains.kotlin</groupId><artifactId>kotlin-maven-plugin</artifactId></plugin></plugins></build></project>";
    const { document } = await scan(new MemorySource({ "pom.xml": pom, "src/main/kotlin/App.kt": "" }), { git: false });
    expect(entry(document.tools, "Java")).toBeUndefined();
    expect(entry(document.tools, "Kotlin")).toBeDefined();
    const mixed = await scan(new MemorySource({ "pom.xml": pom, "src/main/kotlin/App.kt": "", "src/main/java/Util.java": "class Util {}" }), { git: false });
    expect(entry(mixed.document.tools, "Java")).toMatchObject({ version: "1.8", detection_source: "Repo Metadata", detection_source_url: "pom.xml" });
  });
});

describe("Java from a pom", () => {
  const frontEndPom =
    "<project><modelVersion>4.0.0</modelVersion><groupId>org.example</groupId><artifactId>console-ui</artifactId><version>1.0.0</version><packaging>jar</packaging>" +
    "<build><plugins><plugin><groupId>com.github.eirslett</groupId><artifactId>frontend-maven-plugin</artifactId><version>1.12.1</version></plugin></plugins></build></project>";

  it("is not credited to a pom that only packages a front end", async () => {
    const { document } = await scan(new MemorySource({ "pom.xml": frontEndPom, "package.json": "{}", "app/main.js": "" }), { git: false });
    expect(entry(document.tools, "Java")).toBeUndefined();
    // The pom is read: with a Java release set, the same tree names Java.
    const versioned = frontEndPom.replace("<packaging>", "<properties><maven.compiler.release>17</maven.compiler.release></properties><packaging>");
    const java = await scan(new MemorySource({ "pom.xml": versioned, "package.json": "{}", "app/main.js": "" }), { git: false });
    expect(entry(java.document.tools, "Java")?.version).toBe("17");
  });

  it("is credited when the module holds Java sources or the pom sets a Java version", async () => {
    const withSources = await scan(new MemorySource({ "ui/pom.xml": frontEndPom, "ui/src/main/java/org/example/Server.java": "class Server {}" }), { git: false });
    expect(entry(withSources.document.tools, "Java")?.detection_source).toBe("Repo Metadata");
    const versioned = frontEndPom.replace("<packaging>", "<properties><maven.compiler.release>17</maven.compiler.release></properties><packaging>");
    const withVersion = await scan(new MemorySource({ "pom.xml": versioned }), { git: false });
    expect(entry(withVersion.document.tools, "Java")?.version).toBe("17");
  });
});


describe("the Spring portfolio in a pom", () => {
  it("Spring Security's starter and artifacts name Spring Framework, not Spring Security, and stay package entries", async () => {
    const pom = [
      "<project><modelVersion>4.0.0</modelVersion><groupId>com.example</groupId><artifactId>admin</artifactId><version>1.0</version>",
      "<dependencies>",
      dep("org.springframework.boot", "spring-boot-starter-security", "2.7.4"),
      dep("org.springframework.security", "spring-security-config", "3.2.0.RELEASE"),
      dep("org.springframework.security", "spring-security-taglibs", "3.2.0.RELEASE"),
      "</dependencies></project>",
    ].join("\n");
    const { document } = await scan(new MemorySource({ "pom.xml": pom }), { git: false, catalog: EVERY_PACKAGE });
    expect(entry(document.tools, "Spring Security")).toBeUndefined();
    expect(entry(document.tools, "Spring Framework")).toBeDefined();
    // Spring Security's own release is not Spring Framework's.
    expect(entry(document.tools, "Spring Framework")?.version).toBeUndefined();
    expect(entry(document.tools, "org.springframework.security:spring-security-config")?.version).toBe("3.2.0");
    expect(entry(document.tools, "org.springframework.boot:spring-boot-starter-security")).toBeDefined();
  });

  it("spring-webmvc names Spring Framework with its release, not Spring MVC", async () => {
    const pom = [
      "<project><modelVersion>4.0.0</modelVersion><groupId>com.example</groupId><artifactId>web</artifactId><version>1.0</version>",
      "<dependencies>",
      dep("org.springframework", "spring-webmvc", "4.0.1.RELEASE"),
      "</dependencies></project>",
    ].join("\n");
    const { document } = await scan(new MemorySource({ "pom.xml": pom }), { git: false, catalog: EVERY_PACKAGE });
    expect(entry(document.tools, "Spring MVC")).toBeUndefined();
    expect(entry(document.tools, "Spring Framework")?.version).toBe("4.0.1");
    expect(entry(document.tools, "org.springframework:spring-webmvc")).toBeDefined();
  });

  it("the Jakarta EE platform API names no Java EE tool", async () => {
    const pom = [
      "<project><modelVersion>4.0.0</modelVersion><groupId>com.example</groupId><artifactId>demo</artifactId><version>1.0</version><packaging>war</packaging>",
      "<dependencies>",
      '<dependency><groupId>jakarta.platform</groupId><artifactId>jakarta.jakartaee-api</artifactId><version>10.0.0</version><scope>provided</scope></dependency>',
      "</dependencies></project>",
    ].join("\n");
    const { document } = await scan(new MemorySource({ "pom.xml": pom }), { git: false });
    expect(entry(document.tools, "Java EE")).toBeUndefined();
    // Its Web Profile API, declared alike, names it.
    const web = await scan(new MemorySource({ "pom.xml": pom.replace("jakarta.jakartaee-api", "jakarta.jakartaee-web-api") }), { git: false });
    expect(entry(web.document.tools, "Java EE")).toBeDefined();
  });

  it("Testcontainers' modules are package entries only: no Testcontainers tool", async () => {
    const pom = [
      "<project><modelVersion>4.0.0</modelVersion><groupId>com.example</groupId><artifactId>api</artifactId><version>1.0</version>",
      "<dependencies>",
      dep("org.testcontainers", "postgresql", "1.19.3"),
      dep("org.testcontainers", "junit-jupiter", "1.19.3"),
      "</dependencies></project>",
    ].join("\n");
    const { document } = await scan(new MemorySource({ "pom.xml": pom }), { git: false, catalog: EVERY_PACKAGE });
    expect(entry(document.tools, "Testcontainers")).toBeUndefined();
    expect(entry(document.tools, "org.testcontainers:postgresql")?.version).toBe("1.19.3");
  });

  it("Querydsl under its pre-4.0 group com.mysema.querydsl; Spring Data MongoDB is a MongoDB client", async () => {
    const pom = [
      "<project><modelVersion>4.0.0</modelVersion><groupId>com.example</groupId><artifactId>conference</artifactId><version>1.0</version>",
      "<dependencies>",
      dep("com.mysema.querydsl", "querydsl-apt", "3.3.0"),
      dep("com.mysema.querydsl", "querydsl-mongodb", "3.3.0"),
      dep("org.springframework.data", "spring-data-mongodb", "1.4.0.RELEASE"),
      "</dependencies></project>",
    ].join("\n");
    const { document } = await scan(new MemorySource({ "pom.xml": pom }), { git: false });
    expect(entry(document.tools, "QueryDSL")?.version).toBe("3.3.0");
    expect(entry(document.tools, "Spring Data")?.version).toBe("1.4.0");
    // The driver's release is not Spring Data MongoDB's.
    expect(entry(document.tools, "MongoDB")).toBeDefined();
    expect(entry(document.tools, "MongoDB")?.version).toBeUndefined();
    const jpaOnly = await scan(new MemorySource({ "pom.xml": pom.replace("spring-data-mongodb", "spring-data-jpa").replace(/.*querydsl-mongodb.*\n/, "") }), { git: false });
    expect(entry(jpaOnly.document.tools, "MongoDB")).toBeUndefined();
  });
  it("the JPA API coordinates and META-INF/persistence.xml name Java Persistence API only with --all-tools", async () => {
    // The site names no Java Persistence API from them in 5 repositories of 3 owners (corpus
    // hantsy/spring6-sandbox: jakarta.persistence-api and a persistence.xml; held-out
    // hantsy/micronaut-sandbox and cargotracker, IHTSDO/OTF-Mapping-Service, andreacomo/jee7-pro-samples).
    const pom = (g: string) => [
      "<project><modelVersion>4.0.0</modelVersion><groupId>com.example</groupId><artifactId>orders</artifactId><version>1.0</version><packaging>war</packaging>",
      "<dependencies>",
      '<dependency><groupId>' + g + '</groupId><artifactId>' + g + '-api</artifactId><version>3.1.0</version><scope>provided</scope></dependency>',
      "</dependencies></project>",
    ].join("\n");
    const unit = '<?xml version="1.0" encoding="UTF-8"?>\n<persistence version="2.1" xmlns="http://xmlns.jcp.org/xml/ns/persistence">\n  <persistence-unit name="orders" transaction-type="JTA">\n    <jta-data-source>java:jboss/datasources/OrdersDS</jta-data-source>\n  </persistence-unit>\n</persistence>\n';
    for (const g of ["jakarta.persistence", "javax.persistence"]) {
      const files = { "pom.xml": pom(g), "src/main/resources/META-INF/persistence.xml": unit };
      const { document } = await scan(new MemorySource(files), { git: false });
      expect(entry(document.tools, "Java Persistence API"), g).toBeUndefined();
      const all = await scan(new MemorySource(files), { git: false, allTools: true });
      expect(entry(all.document.tools, "Java Persistence API"), g).toBeDefined();
    }
    const { document } = await scan(new MemorySource({ "ejb/src/main/resources/META-INF/persistence.xml": unit }), { git: false });
    expect(entry(document.tools, "Java Persistence API")).toBeUndefined();
  });
});
