import { describe, expect, it } from "vitest";
import { toolVersions } from "./helpers.js";

// The official Maven artifacts and NuGet packages of site tools whose npm, PyPI, image or file keys
// the catalog had, but none of these registries': the AWS SDK's and Google Cloud's other service
// clients, Google's API clients, hosted services' own SDKs, database servers' own clients, deploy
// plugins and the vendors' build plugins. Each tool maps to its version, "-" for none.
const tools = (files: Record<string, string>) => toolVersions(files);
const dep = (g: string, a: string, v?: string) => `    <dependency><groupId>${g}</groupId><artifactId>${a}</artifactId>${v ? `<version>${v}</version>` : ""}</dependency>`;
const pom = (deps: string[], extra = "") =>
  [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>`,
    `  <groupId>com.example</groupId><artifactId>ops-service</artifactId><version>1.0.0</version>`,
    `  <dependencies>`,
    ...deps,
    `  </dependencies>`,
    extra,
    `</project>`,
  ].join("\n");
const csproj = (refs: Record<string, string>) =>
  [
    `<Project Sdk="Microsoft.NET.Sdk.Web">`,
    `  <PropertyGroup><TargetFramework>net8.0</TargetFramework><RestorePackagesWithLockFile>true</RestorePackagesWithLockFile></PropertyGroup>`,
    `  <ItemGroup>`,
    ...Object.entries(refs).map(([id, v]) => `    <PackageReference Include="${id}" Version="${v}" />`),
    `  </ItemGroup>`,
    `</Project>`,
  ].join("\n");
const lock = (resolved: Record<string, string>) =>
  JSON.stringify(
    { version: 1, dependencies: { "net8.0": Object.fromEntries(Object.entries(resolved).map(([id, v]) => [id, { type: "Direct", requested: `[${v}, )`, resolved: v, contentHash: "AA==" }])) } },
    null,
    2,
  );

describe("official Maven artifacts and NuGet packages of site tools", () => {
  it("the AWS SDK's other service clients (v1, v2, Kotlin) name their service, not AWS", async () => {
    const found = await tools({
      "pom.xml": pom([
        dep("software.amazon.awssdk", "elasticloadbalancingv2", "2.25.40"),
        dep("software.amazon.awssdk", "codedeploy", "2.25.40"),
        dep("com.amazonaws", "aws-java-sdk-codebuild", "1.12.700"),
        dep("com.amazonaws", "aws-java-sdk-opsworks", "1.12.700"),
        dep("software.amazon.awssdk", "cloud9", "2.25.40"),
        dep("software.amazon.awssdk", "bedrockruntime", "2.25.40"),
      ]),
      "worker/build.gradle.kts": `dependencies {\n    implementation("aws.sdk.kotlin:machinelearning:1.2.10")\n}\n`,
    });
    expect(found).toMatchObject({
      "AWS Elastic Load Balancing (ELB)": "-",
      "AWS CodeDeploy": "-",
      "AWS CodeBuild": "-",
      "AWS OpsWorks": "-",
      "AWS Cloud9": "-",
      "Amazon Bedrock": "-",
      "Amazon Machine Learning": "-",
    });
    expect(found["Amazon Web Services (AWS)"]).toBeUndefined();
  });

  it("Google Cloud's client libraries in a version catalog name their service and Google Cloud; Google's API clients theirs", async () => {
    const toml = [
      "[versions]",
      'gcloud = "2.38.0"',
      "",
      "[libraries]",
      'cloud-run = { module = "com.google.cloud:google-cloud-run", version = "0.40.0" }',
      'cloud-build = { module = "com.google.cloud:google-cloud-build", version.ref = "gcloud" }',
      'gke = { module = "com.google.cloud:google-cloud-container", version.ref = "gcloud" }',
      'memorystore = { module = "com.google.cloud:google-cloud-redis", version.ref = "gcloud" }',
      'language = { module = "com.google.cloud:google-cloud-language", version.ref = "gcloud" }',
      'recaptcha = { module = "com.google.cloud:google-cloud-recaptchaenterprise", version.ref = "gcloud" }',
      'drive = { module = "com.google.apis:google-api-services-drive", version = "v3-rev20240327-2.0.0" }',
      'docs = { module = "com.google.apis:google-api-services-docs", version = "v1-rev20240327-2.0.0" }',
      'ga-data = { module = "com.google.analytics:google-analytics-data", version = "0.50.0" }',
      'searchconsole = { module = "com.google.apis:google-api-services-searchconsole", version = "v1-rev20240207-2.0.0" }',
      "",
    ].join("\n");
    const gradle = "dependencies {\n  implementation libs.cloud.run\n  implementation libs.cloud.build\n  implementation libs.gke\n  implementation libs.memorystore\n  implementation libs.language\n  implementation libs.recaptcha\n  implementation libs.drive\n  implementation libs.docs\n  implementation libs.ga.data\n  implementation libs.searchconsole\n}\n";
    const found = await tools({ "gradle/libs.versions.toml": toml, "build.gradle": gradle, "settings.gradle": "rootProject.name = 'reports'\n" });
    expect(found).toMatchObject({
      "Google Cloud Run": "-",
      "Google Cloud Build": "-",
      "Google Kubernetes Engine": "-",
      "Google Cloud Memorystore": "-",
      "Google Cloud Natural Language API": "-",
      "Google reCaptcha": "-",
      "Google Cloud Platform": "-",
      "Google Docs": "-",
      "Google Analytics": "-",
      "Google Search Console": "-",
    });
    // The Drive client is a package entry only (held-out IHTSDO/otf-common).
    expect(found["Google Drive"]).toBeUndefined();
  });

  it("an Android app's vendor SDKs and Gradle plugins name their services", async () => {
    const root = [
      "buildscript {",
      "    dependencies {",
      "        classpath 'com.android.tools.build:gradle:8.2.2'",
      "        classpath 'com.appdynamics:appdynamics-gradle-plugin:24.4.2'",
      "        classpath 'com.heapanalytics.android:heap-android-gradle:1.10.7'",
      "    }",
      "}",
    ].join("\n");
    const app = [
      "plugins {",
      "    id 'com.android.application'",
      "}",
      "dependencies {",
      "    implementation 'com.heapanalytics.android:heap-android-client:1.10.7'",
      "    implementation 'com.amplifyframework:aws-auth-cognito:2.14.11'",
      "    implementation 'com.microsoft.clarity:clarity:2.3.0'",
      "    implementation 'io.customer.android:datapipelines:4.1.0'",
      "    implementation 'com.leanplum:leanplum-core:7.3.1'",
      "    implementation 'com.google.android.gms:play-services-tagmanager:18.0.4'",
      "    implementation 'com.google.android.gms:play-services-analytics:18.0.4'",
      "    implementation 'com.parse:parse-android:1.17.3'",
      "}",
    ].join("\n");
    const found = await tools({ "build.gradle": root, "app/build.gradle": app, "settings.gradle": "include ':app'\n" });
    expect(found).toMatchObject({
      AppDynamics: "-",
      Heap: "-",
      "AWS Amplify": "-",
      "Microsoft Clarity": "-",
      "Customer.io": "-",
      Leanplum: "-",
      "Google Tag Manager": "-",
      "Google Analytics": "-",
      Parse: "-",
    });
  });

  it("a service's test, monitoring and data clients in a pom, with deploy plugins; XGBoost, TensorFlow, MLflow and PyTorch take their release", async () => {
    const plugins = [
      "  <build><plugins>",
      "    <plugin><groupId>com.heroku.sdk</groupId><artifactId>heroku-maven-plugin</artifactId><version>3.0.7</version></plugin>",
      "    <plugin><groupId>com.microsoft.azure</groupId><artifactId>azure-webapp-maven-plugin</artifactId><version>2.13.0</version></plugin>",
      "  </plugins></build>",
    ].join("\n");
    const found = await tools({
      "pom.xml": pom(
        [
          dep("com.browserstack", "browserstack-java-sdk", "1.13.3"),
          dep("com.saucelabs", "saucerest", "2.5.3"),
          dep("io.airbrake", "javabrake", "0.3.0"),
          dep("com.sumologic.plugins.logback", "sumologic-logback-appender", "1.6"),
          dep("com.rethinkdb", "rethinkdb-driver", "2.4.4"),
          dep("io.dgraph", "dgraph4j", "24.0.0"),
          dep("com.basho.riak", "riak-client", "2.1.4"),
          dep("cloud.localstack", "localstack-utils", "0.2.23"),
          dep("org.zaproxy", "zap-clientapi", "1.14.0"),
          dep("com.easypost", "easypost-api-client", "7.2.0"),
          dep("com.ringcentral", "ringcentral", "3.1.0"),
          dep("com.backblaze.b2", "b2-sdk-core", "6.1.1"),
          dep("ml.dmlc", "xgboost4j_2.12", "2.0.3"),
          dep("org.tensorflow", "tensorflow", "1.15.0"),
          dep("org.mlflow", "mlflow-client", "2.12.1"),
          dep("org.pytorch", "pytorch_android_lite", "1.13.1"),
          dep("io.socket", "socket.io-client", "2.1.0"),
          dep("com.hashicorp.nomad", "nomad-sdk", "0.11.3.0"),
        ],
        plugins,
      ),
    });
    expect(found).toMatchObject({
      BrowserStack: "-",
      "Sauce Labs": "-",
      Airbrake: "-",
      "Sumo Logic": "-",
      RethinkDB: "-",
      Dgraph: "-",
      Riak: "-",
      LocalStack: "-",
      ZAP: "-",
      EasyPost: "-",
      RingCentral: "-",
      "Backblaze B2 Cloud Storage": "-",
      Heroku: "-",
      "Azure App Service": "-",
      XGBoost: "2.0.3",
      TensorFlow: "1.15.0",
      MLflow: "2.12.1",
      PyTorch: "1.13.1",
      "Socket.IO": "-",
      Nomad: "-",
    });
  });

  it("a Jenkins plugin's parent POM and TeamCity's Kotlin DSL POM name the CI server, not at their own releases", async () => {
    const jenkins = [
      `<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>`,
      `  <parent><groupId>org.jenkins-ci.plugins</groupId><artifactId>plugin</artifactId><version>4.80</version><relativePath /></parent>`,
      `  <artifactId>build-notifier</artifactId><version>1.0-SNAPSHOT</version><packaging>hpi</packaging>`,
      `  <properties><jenkins.version>2.440.3</jenkins.version></properties>`,
      `</project>`,
    ].join("\n");
    const teamcity = pom([dep("org.jetbrains.teamcity", "configs-dsl-kotlin-latest", "LATEST")]);
    const found = await tools({ "jenkins-plugin/pom.xml": jenkins, ".teamcity/pom.xml": teamcity });
    expect(found).toMatchObject({ Jenkins: "-", TeamCity: "-" });
    const gradle = await tools({ "build.gradle": "plugins {\n  id 'org.jenkins-ci.jpi' version '0.50.0'\n}\n" });
    expect(gradle).toMatchObject({ Jenkins: "-" });
  });

  it("a Mule app's plugin and connectors, Robot Framework's jar, Vitess' and Ceph's Java clients, Authy, Librato and Logentries in a pom", async () => {
    const plugins = [
      "  <build><plugins>",
      "    <plugin><groupId>org.mule.tools.maven</groupId><artifactId>mule-maven-plugin</artifactId><version>4.1.1</version><extensions>true</extensions></plugin>",
      "    <plugin><groupId>org.robotframework</groupId><artifactId>robotframework-maven-plugin</artifactId><version>2.1.0</version></plugin>",
      "  </plugins></build>",
    ].join("\n");
    const found = await tools({
      "pom.xml": pom(
        [
          dep("org.mule.connectors", "mule-http-connector", "1.9.3"),
          dep("org.robotframework", "robotframework", "4.1.2"),
          dep("io.vitess", "vitess-jdbc", "19.0.4"),
          dep("com.ceph", "libcephfs", "16.2.14"),
          dep("com.authy", "authy-java", "1.5.1"),
          dep("com.librato.metrics", "metrics-librato", "5.1.4"),
          dep("com.logentries", "logentries-appender", "1.1.38"),
        ],
        plugins,
      ),
    });
    expect(found).toMatchObject({
      "Mule runtime engine": "-",
      "Robot Framework": "4.1.2",
      Vitess: "-",
      ceph: "-",
      Authy: "-",
      Librato: "-",
      Logentries: "-",
    });
  });

  it("classic ASP.NET's MVC and Web API packages in packages.config name ASP.NET, not at their own releases; Web API's client package names nothing", async () => {
    const config = [
      `<?xml version="1.0" encoding="utf-8"?>`,
      `<packages>`,
      `  <package id="Microsoft.AspNet.Mvc" version="5.2.9" targetFramework="net48" />`,
      `  <package id="Microsoft.AspNet.WebApi.Core" version="5.2.9" targetFramework="net48" />`,
      `</packages>`,
    ].join("\n");
    const found = await tools({ "Shop.Web/packages.config": config });
    expect(found).toMatchObject({ "ASP.NET": "-" });
    const client = `<?xml version="1.0" encoding="utf-8"?>\n<packages>\n  <package id="Microsoft.AspNet.WebApi.Client" version="6.0.0" targetFramework="net48" />\n</packages>\n`;
    expect((await tools({ "Shop.Client/packages.config": client }))["ASP.NET"]).toBeUndefined();
  });

  it("Spring Cloud Azure's starters name Azure and the bound service, JFrog's deploy plugin Artifactory, none at their own release", async () => {
    const plugins = "  <build><plugins>\n    <plugin><groupId>org.jfrog.buildinfo</groupId><artifactId>artifactory-maven-plugin</artifactId><version>3.6.1</version></plugin>\n  </plugins></build>";
    const found = await tools({
      "pom.xml": pom(
        [
          dep("com.azure.spring", "spring-cloud-azure-starter-active-directory", "5.11.0"),
          dep("com.azure.spring", "spring-cloud-azure-starter-storage-blob", "5.11.0"),
          dep("com.azure.spring", "spring-cloud-azure-starter-servicebus-jms", "5.11.0"),
          dep("com.azure.spring", "spring-cloud-azure-starter-keyvault-secrets", "5.11.0"),
          dep("com.azure.spring", "spring-cloud-azure-starter-data-cosmos", "5.11.0"),
        ],
        plugins,
      ),
    });
    expect(found).toMatchObject({
      "Microsoft Azure": "-",
      "Azure Active Directory": "-",
      "Azure Storage": "-",
      "Azure Service Bus": "-",
      "Azure Key Vault": "-",
      "Azure Cosmos DB": "-",
      "JFrog Artifactory": "-",
    });
    const refs = { "DogStatsD-CSharp-Client": "8.0.0" };
    expect(await tools({ "src/Worker/Worker.csproj": csproj(refs), "src/Worker/packages.lock.json": lock(refs) })).toMatchObject({ Datadog: "-" });
  });

  it("visual-testing SDKs, Snyk's build plugins, Shopify's and RudderStack's Android SDKs, Alibaba Cloud's and Asana's clients; jQuery UI's NuGet package at its release", async () => {
    const gradle = [
      "plugins {",
      "    id 'com.android.application'",
      "    id 'io.snyk.gradle.plugin.snykplugin' version '0.6.1'",
      "}",
      "dependencies {",
      "    implementation 'com.shopify.mobilebuysdk:buy3:17.0.0'",
      "    implementation 'com.rudderstack.android.sdk:core:1.25.1'",
      "    implementation 'com.rudderstack.android.integration:intercom:1.0.0'",
      "    implementation 'com.aliyun.oss:aliyun-sdk-oss:2.9.19'",
      "    implementation 'com.asana:asana:1.0.0'",
      "    androidTestImplementation 'com.applitools:eyes-appium-java5:5.70.0'",
      "    androidTestImplementation 'io.percy:percy-appium-app:2.1.0'",
      "}",
    ].join("\n");
    const found = await tools({ "app/build.gradle": gradle, "settings.gradle": "include ':app'\n" });
    expect(found).toMatchObject({ Snyk: "-", Shopify: "-", Rudderstack: "1.25.1", Aliyun: "-", Asana: "-", Applitools: "-", Percy: "-" });
    const refs = { "jQuery.UI.Combined": "1.13.2", "Eyes.Selenium4": "3.38.0", "PercyIO.Selenium": "2.0.0", "aliyun-net-sdk-core": "1.6.1" };
    expect(await tools({ "src/Web/Web.csproj": csproj(refs), "src/Web/packages.lock.json": lock(refs) })).toMatchObject({
      "jQuery UI": "1.13.2",
      Applitools: "-",
      Percy: "-",
      Aliyun: "-",
    });
    const pomFound = await tools({ "pom.xml": pom([], "  <build><plugins>\n    <plugin><groupId>io.snyk</groupId><artifactId>snyk-maven-plugin</artifactId><version>2.2.0</version></plugin>\n  </plugins></build>") });
    expect(pomFound).toMatchObject({ Snyk: "-" });
  });

  it("NuGet: the AWS SDK's and Google Cloud's service packages, Google's API clients and vendors' .NET SDKs, from packages.lock.json", async () => {
    const refs = {
      "AWSSDK.ElasticLoadBalancingV2": "3.7.300.1",
      "AWSSDK.CodeDeploy": "3.7.300.2",
      "Google.Cloud.Run.V2": "2.6.0",
      "Google.Cloud.Container.V1": "3.20.0",
      "Google.Cloud.Functions.Framework": "2.2.1",
      "Google.Apis.Drive.v3": "1.67.0.3309",
      "Google.Apis.Docs.v1": "1.67.0.3291",
      "Google.Analytics.Data.V1Beta": "2.0.0-beta08",
      "Google.Apis.HangoutsChat.v1": "1.67.0.3331",
      "BrowserStack.TestAdapter": "0.13.3",
      "Sharpbrake.Client": "6.0.1",
      "SumoLogic.Logging.Serilog": "1.0.1.8",
      "RingCentral.Net": "6.1.1",
      "EasyPost-Official": "6.2.0",
      Dgraph: "23.0.1",
      Parse: "2.0.0",
      "DevExtreme.AspNet.Core": "23.2.5",
      "Azure.Analytics.Synapse.Artifacts": "1.0.0-preview.19",
    };
    const found = await tools({ "src/Api/Api.csproj": csproj(refs), "src/Api/packages.lock.json": lock(refs) });
    expect(found).toMatchObject({
      "AWS Elastic Load Balancing (ELB)": "-",
      "AWS CodeDeploy": "-",
      "Google Cloud Run": "-",
      "Google Kubernetes Engine": "-",
      "Google Cloud Functions": "-",
      "Google Drive": "-",
      "Google Docs": "-",
      "Google Analytics": "-",
      "Google Hangouts Chat": "-",
      BrowserStack: "-",
      Airbrake: "-",
      "Sumo Logic": "-",
      RingCentral: "-",
      EasyPost: "-",
      Dgraph: "-",
      Parse: "-",
      DevExtreme: "23.2.5",
      "Azure Synapse": "-",
      "Microsoft Azure": "-",
    });
  });
});
