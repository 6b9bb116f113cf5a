import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";

// Packages that reveal a tool as surely as the keys the catalog already had: the other drivers,
// clients and plugins of the same tools (an R2DBC driver beside the JDBC one, a Spring Data store
// module beside its starter, the service clients of the AWS SDK beside their npm namesakes).
const entry = (tools: ToolEntry[], name: string) => tools.find((t) => t.name === name && !t.package_url);
const dep = (g: string, a: string, v?: string) => `<dependency><groupId>${g}</groupId><artifactId>${a}</artifactId>${v ? `<version>${v}</version>` : ""}</dependency>`;
const pom = (...deps: string[]) =>
  ["<project><modelVersion>4.0.0</modelVersion><groupId>com.example</groupId><artifactId>orders</artifactId><version>1.0</version>", "<dependencies>", ...deps, "</dependencies></project>"].join("\n");

describe("JVM drivers, clients and plugins", () => {
  it("a reactive service's R2DBC driver, Vert.x and Reactor clients and Spring store modules name their store or broker, without the client's release", async () => {
    const xml = pom(
      dep("org.postgresql", "r2dbc-postgresql", "1.0.5.RELEASE"),
      dep("io.r2dbc", "r2dbc-h2", "1.0.0.RELEASE"),
      dep("io.vertx", "vertx-mysql-client", "4.5.7"),
      dep("org.springframework.data", "spring-data-redis", "3.2.5"),
      dep("org.springframework.amqp", "spring-rabbit", "3.1.4"),
      dep("io.projectreactor.kafka", "reactor-kafka", "1.3.23"),
      dep("org.apache.curator", "curator-framework", "5.6.0"),
    );
    const { document } = await scan(new MemorySource({ "pom.xml": xml }), { git: false });
    for (const name of ["PostgreSQL", "H2 Database", "MySQL", "Redis", "RabbitMQ", "Kafka", "Zookeeper"]) {
      expect(entry(document.tools, name), name).toMatchObject({ detection_source: "pom.xml" });
      expect(entry(document.tools, name)?.version, name).toBeUndefined();
    }
    expect(entry(document.tools, "Vert.x")?.version).toBe("4.5.7");
    expect(entry(document.tools, "Spring Data")?.version).toBe("3.2.5");
    expect(entry(document.tools, "Project Reactor")).toBeDefined();
    expect(entry(document.tools, "Project Reactor")?.version).toBeUndefined();
  });

  it("Groovy, Cucumber-JVM's old group and JUnit's vintage engine in a pom; Kotlin, PMD, Android and Hilt from a Gradle script's plugins", async () => {
    const xml = pom(dep("org.apache.groovy", "groovy", "4.0.21"), dep("info.cukes", "cucumber-java", "1.2.5"), dep("org.junit.vintage", "junit-vintage-engine", "5.10.2"));
    const a = await scan(new MemorySource({ "pom.xml": xml }), { git: false });
    expect(entry(a.document.tools, "Groovy")?.version).toBe("4.0.21");
    expect(entry(a.document.tools, "Cucumber")?.version).toBe("1.2.5");
    expect(entry(a.document.tools, "JUnit")).toBeDefined();
    const gradle = [
      "plugins {",
      "  id 'com.android.dynamic-feature'",
      "  id 'kotlin-kapt'",
      "  id 'pmd'",
      "  id 'com.google.dagger.hilt.android' version '2.51'",
      "  id 'org.jetbrains.kotlin.plugin.compose' version '2.0.0'",
      "}",
      "dependencies {",
      "  testImplementation 'org.junit.vintage:junit-vintage-engine:5.10.2'",
      "}",
    ].join("\n");
    const b = await scan(new MemorySource({ "feature/build.gradle": gradle }), { git: false });
    for (const name of ["Android SDK", "Kotlin", "PMD", "Dagger", "Jetpack Compose"]) expect(entry(b.document.tools, name), name).toBeDefined();
    expect(entry(b.document.tools, "Dagger")?.version).toBe("2.51");
    // A Gradle build's JUnit stays a package entry, as for its other groups.
    expect(entry(b.document.tools, "JUnit")).toBeUndefined();
  });

  it("service clients of the AWS SDK for Java and hosted services' official SDKs name their service", async () => {
    const xml = pom(
      dep("software.amazon.awssdk", "lambda", "2.25.40"),
      dep("software.amazon.awssdk", "cognitoidentityprovider", "2.25.40"),
      dep("com.amazonaws", "aws-java-sdk-secretsmanager", "1.12.700"),
      dep("com.azure", "azure-storage-queue", "12.20.4"),
      dep("com.google.cloud", "google-cloud-pubsub", "1.128.1"),
      dep("com.algolia", "algoliasearch", "4.0.0"),
      dep("com.okta.spring", "okta-spring-boot-starter", "3.0.6"),
      dep("com.anthropic", "anthropic-java", "1.2.0"),
      dep("com.wildbit.java", "postmark", "1.8.0"),
      dep("com.github.loki4j", "loki-logback-appender", "1.5.1"),
      dep("io.kubernetes", "client-java", "20.0.1"),
    );
    const { document } = await scan(new MemorySource({ "pom.xml": xml }), { git: false });
    for (const name of ["AWS Lambda", "Amazon Cognito", "AWS Secrets Manager", "Azure Storage", "Microsoft Azure", "Google Cloud Pub/Sub", "Algolia", "Okta", "Claude", "Postmark", "Loki", "Kubernetes"]) {
      expect(entry(document.tools, name), name).toMatchObject({ detection_source: "pom.xml" });
    }
    // No AWS umbrella from an SDK; an appender's and a client's release are not the service's.
    expect(entry(document.tools, "Amazon Web Services")).toBeUndefined();
    expect(entry(document.tools, "Loki")).toBeDefined();
    expect(entry(document.tools, "Loki")?.version).toBeUndefined();
    expect(entry(document.tools, "Kubernetes")).toBeDefined();
    expect(entry(document.tools, "Kubernetes")?.version).toBeUndefined();
  });

  it("Clojure and Cloud Firestore from Gradle dependencies; Firebase, Sentry and Compose Multiplatform from plugins numbered apart", async () => {
    const gradle = [
      "plugins {",
      "  id 'com.google.firebase.firebase-perf' version '1.4.2'",
      "  id 'io.sentry.android.gradle' version '4.5.1'",
      "  id 'org.jetbrains.compose' version '1.6.10'",
      "}",
      "dependencies {",
      "  implementation 'org.clojure:clojure:1.11.3'",
      "  implementation 'com.google.firebase:firebase-firestore-ktx:24.11.1'",
      "}",
    ].join("\n");
    const { document } = await scan(new MemorySource({ "app/build.gradle": gradle }), { git: false });
    expect(entry(document.tools, "Clojure")?.version).toBe("1.11.3");
    expect(entry(document.tools, "Cloud Firestore")).toBeDefined();
    for (const name of ["Sentry", "Jetpack Compose"]) {
      expect(entry(document.tools, name), name).toBeDefined();
      expect(entry(document.tools, name)?.version, name).toBeUndefined();
    }
  });
});
