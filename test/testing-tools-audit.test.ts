import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// Test tools across ecosystems, as an audit of realistic repositories found them (round a36c).
const opts = { git: false, timestamp: "2024-01-01T00:00:00Z" } as const;

async function tools(files: Record<string, string>) {
  const { document, warnings } = await scan(new MemorySource(files), opts);
  expect(warnings).toEqual([]);
  return document.tools;
}
const tool = (list: Awaited<ReturnType<typeof tools>>, name: string) => list.find((t) => t.name === name && !t.package_url);

describe("test tools an audit of realistic repositories found misread", () => {
  it("gives WebdriverIO the release of @wdio/cli, the project's own scope, from the lockfile", async () => {
    // A React Native app's Appium tests run by WebdriverIO's CLI: no `webdriverio` package is declared.
    const list = await tools({
      "package.json": JSON.stringify({
        name: "field-app",
        private: true,
        devDependencies: { "@wdio/cli": "^8.39.1", "@wdio/local-runner": "^8.39.1", "@wdio/mocha-framework": "^8.39.0" },
      }),
      "yarn.lock": [
        "# yarn lockfile v1",
        "",
        '"@wdio/cli@^8.39.1":',
        '  version "8.39.1"',
        '  resolved "https://registry.yarnpkg.com/@wdio/cli/-/cli-8.39.1.tgz"',
        "",
        '"@wdio/local-runner@^8.39.1":',
        '  version "8.39.1"',
        '  resolved "https://registry.yarnpkg.com/@wdio/local-runner/-/local-runner-8.39.1.tgz"',
        "",
        '"@wdio/mocha-framework@^8.39.0":',
        '  version "8.39.0"',
        '  resolved "https://registry.yarnpkg.com/@wdio/mocha-framework/-/mocha-framework-8.39.0.tgz"',
        "",
      ].join("\n"),
      "wdio.conf.ts": "export const config = { runner: 'local', framework: 'mocha' };\n",
    });
    expect(tool(list, "WebdriverIO")).toMatchObject({ version: "8.39.1", detection_source: "package.json", detection_source_url: "yarn.lock" });
  });

  it("does not give JMeter the release of the JMeter Maven plugin", async () => {
    const pom = `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.acme</groupId><artifactId>perf</artifactId><version>1.0.0</version>
  <build><plugins>
    <plugin><groupId>com.lazerycode.jmeter</groupId><artifactId>jmeter-maven-plugin</artifactId><version>3.8.0</version></plugin>
  </plugins></build>
</project>
`;
    const list = await tools({ "pom.xml": pom, "src/test/jmeter/checkout.jmx": '<?xml version="1.0" encoding="UTF-8"?>\n<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3"><hashTree/></jmeterTestPlan>\n' });
    const jmeter = tool(list, "Apache JMeter");
    expect(jmeter).toBeDefined();
    expect(jmeter?.version).not.toBe("3.8.0");
  });

  it("gives JMeter the release its test plan was saved with, the build's revision left off", async () => {
    const plan = (attrs: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<jmeterTestPlan version="1.2" properties="5.0"${attrs}>\n  <hashTree>\n    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Checkout" enabled="true"/>\n  </hashTree>\n</jmeterTestPlan>\n`;
    expect(tool(await tools({ "perf/checkout.jmx": plan(' jmeter="5.6.3"') }), "Apache JMeter")).toMatchObject({ version: "5.6.3", detection_source: "perf/checkout.jmx" });
    expect(tool(await tools({ "load.jmx": plan(' jmeter="5.0 r1840935"') }), "Apache JMeter")?.version).toBe("5.0");
    // A plan without the attribute (or not a plan at all) still names JMeter, without a release.
    const bare = tool(await tools({ "load.jmx": plan("") }), "Apache JMeter");
    expect(bare).toMatchObject({ detection_source: "load.jmx" });
    expect(bare?.version).toBeUndefined();
    expect(tool(await tools({ "load.jmx": "<jmeterTestPlan jmeter=\"latest\"> <<< not a plan" }), "Apache JMeter")?.version).toBeUndefined();
  });

  it("names Kotest from its io.kotest artifacts only with --all-tools, at the release the version catalog gives", async () => {
    // The site names no Kotest from a pom's io.kotest artifacts (corpus hantsy/spring6-sandbox):
    // package entries only; allTools names the tool.
    const files = {
      "settings.gradle.kts": 'rootProject.name = "shipping"\n',
      "gradle/libs.versions.toml": '[versions]\nkotest = "5.9.1"\n\n[libraries]\nkotest-runner = { module = "io.kotest:kotest-runner-junit5", version.ref = "kotest" }\nkotest-assertions = { module = "io.kotest:kotest-assertions-core", version.ref = "kotest" }\nkotest-spring = { module = "io.kotest.extensions:kotest-extensions-spring", version = "1.3.0" }\n',
      "build.gradle.kts": 'plugins { kotlin("jvm") version "2.0.0" }\n\ndependencies {\n    testImplementation(libs.kotest.runner)\n    testImplementation(libs.kotest.assertions)\n    testImplementation(libs.kotest.spring)\n}\n',
    };
    expect(tool(await tools(files), "Kotest")).toBeUndefined();
    const { document } = await scan(new MemorySource(files), { ...opts, allTools: true });
    expect(tool(document.tools, "Kotest")).toMatchObject({ version: "5.9.1", category: "Build, Test, Deploy", sub_category: "Testing Frameworks" });
  });

  it("names Kotest from an extension alone without the extension's release", async () => {
    const files = { "build.gradle.kts": 'dependencies {\n    testImplementation("io.kotest.extensions:kotest-extensions-spring:1.3.0")\n}\n' };
    const { document } = await scan(new MemorySource(files), { ...opts, allTools: true });
    expect(tool(document.tools, "Kotest")).toBeDefined();
    expect(tool(document.tools, "Kotest")?.version).toBeUndefined();
  });

  it("names Fluent Assertions from its NuGet package only with --all-tools", async () => {
    // The site lists the package and names no Fluent Assertions (held-out WeatherApp.BE.AspNetCore, AssignmentToRise).
    const csproj = `<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>
  <ItemGroup>
    <PackageReference Include="FluentAssertions" Version="6.12.0" />
    <PackageReference Include="xunit" Version="2.8.1" />
  </ItemGroup>
</Project>
`;
    const files = { "tests/Api.Tests/Api.Tests.csproj": csproj };
    expect(tool(await tools(files), "Fluent Assertions")).toBeUndefined();
    const { document } = await scan(new MemorySource(files), { ...opts, allTools: true });
    expect(tool(document.tools, "Fluent Assertions")).toMatchObject({ version: "6.12.0", sub_category: "Testing Frameworks", detection_source: "tests/Api.Tests/Api.Tests.csproj" });
  });

  it("names Cucumber from cucumber-rails, at the cucumber release Gemfile.lock installs", async () => {
    const list = await tools({
      Gemfile: 'source "https://rubygems.org"\n\ngem "rails", "~> 7.1.3"\n\ngroup :test do\n  gem "cucumber-rails", require: false\nend\n',
      "Gemfile.lock": [
        "GEM",
        "  remote: https://rubygems.org/",
        "  specs:",
        "    cucumber (9.2.0)",
        "    cucumber-rails (3.0.0)",
        "      cucumber (>= 5, < 10)",
        "    rails (7.1.3.4)",
        "",
        "PLATFORMS",
        "  x86_64-linux",
        "",
        "DEPENDENCIES",
        "  cucumber-rails",
        "  rails (~> 7.1.3)",
        "",
      ].join("\n"),
    });
    const cucumber = tool(list, "Cucumber");
    expect(cucumber).toMatchObject({ detection_source: "Gemfile" });
    expect(cucumber?.version).not.toBe("3.0.0");
  });

  it("names Appium from the Appium project's image, at the release its tag carries", async () => {
    const list = await tools({
      "docker-compose.yml": "services:\n  appium:\n    image: appium/appium:v2.5.1-p0\n    ports: ['4723:4723']\n",
    });
    expect(tool(list, "Appium")).toMatchObject({ version: "2.5.1", detection_source: "docker-compose.yml" });
  });

  it("names k6 from its typings, which a TypeScript load-test project declares", async () => {
    const list = await tools({
      "package.json": JSON.stringify({ name: "perf-tests", private: true, devDependencies: { "@types/k6": "~0.51.0", webpack: "5.92.1" } }),
      "src/smoke.test.ts": "import http from 'k6/http';\n",
    });
    const k6 = tool(list, "k6");
    expect(k6).toMatchObject({ detection_source: "package.json", sub_category: "Load and Performance Testing" });
    expect(k6?.version).toBeUndefined();
  });

  it("takes Storybook's release from its own packages, not from the test runner's or an addon's own numbering", async () => {
    const list = await tools({
      "package.json": JSON.stringify({
        name: "design-system",
        version: "2.0.0",
        devDependencies: { "@storybook/test-runner": "^0.19.1", "@storybook/addon-coverage": "^1.0.4", "@storybook/addon-essentials": "^8.2.2" },
      }),
      ".storybook/main.ts": "export default { framework: '@storybook/react-vite' };\n",
      ".storybook/test-runner.ts": "export default { async postVisit() {} };\n",
    });
    expect(tool(list, "Storybook")?.version).toBe("8.2.2");
  });

  it("names Playwright from its pytest plugin and Appium from its Ruby and .NET clients, without the plugin's or client's release", async () => {
    const list = await tools({
      "requirements-dev.txt": "pytest==8.2.2\npytest-playwright==0.5.0\n",
      "mobile/Gemfile": 'source "https://rubygems.org"\n\ngem "appium_lib", "~> 15.1"\ngem "rspec"\n',
      "uitests/UiTests.csproj": '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>\n  <ItemGroup>\n    <PackageReference Include="Appium.WebDriver" Version="5.0.0" />\n    <PackageReference Include="NUnit" Version="4.1.0" />\n  </ItemGroup>\n</Project>\n',
    });
    const playwright = tool(list, "Playwright");
    expect(playwright).toMatchObject({ detection_source: "requirements-dev.txt" });
    expect(playwright?.version).toBeUndefined();
    const appium = tool(list, "Appium");
    expect(appium).toBeDefined();
    expect(appium?.version).toBeUndefined();
    const sources = (await scan(new MemorySource({ "Gemfile": 'gem "appium_lib"\n' }), opts)).document.tools;
    expect(tool(sources, "Appium")).toMatchObject({ detection_source: "Gemfile" });
    const nuget = (await scan(new MemorySource({ "T.csproj": '<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><PackageReference Include="Appium.WebDriver" Version="5.0.0" /></ItemGroup></Project>\n' }), opts)).document.tools;
    expect(tool(nuget, "Appium")).toMatchObject({ detection_source: "T.csproj" });
    expect(tool(nuget, "Appium")?.version).toBeUndefined();
  });

  it("names Playwright from its component-testing package and configuration, at the release pnpm-lock.yaml records", async () => {
    const list = await tools({
      "package.json": JSON.stringify({ name: "widgets", private: true, devDependencies: { "@playwright/experimental-ct-react": "^1.45.0" } }),
      "pnpm-lock.yaml": "lockfileVersion: '6.0'\n\ndevDependencies:\n  '@playwright/experimental-ct-react':\n    specifier: ^1.45.0\n    version: 1.45.1(react@18.3.1)\n\npackages:\n\n  /@playwright/experimental-ct-react@1.45.1(react@18.3.1):\n    resolution: {integrity: sha512-AAAA}\n    dev: true\n",
    });
    expect(tool(list, "Playwright")).toMatchObject({ version: "1.45.1", detection_source: "package.json", detection_source_url: "pnpm-lock.yaml" });
    const config = await tools({ "playwright-ct.config.ts": "export default {};\n" });
    expect(tool(config, "Playwright")).toMatchObject({ detection_source: "playwright-ct.config.ts" });
  });

  it("does not give Gauge the release of its Java runner", async () => {
    const pom = `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.acme</groupId><artifactId>specs</artifactId><version>1.0.0</version>
  <dependencies>
    <dependency><groupId>com.thoughtworks.gauge</groupId><artifactId>gauge-java</artifactId><version>0.10.3</version><scope>test</scope></dependency>
  </dependencies>
</project>
`;
    const gauge = tool(await tools({ "pom.xml": pom }), "Gauge");
    expect(gauge).toMatchObject({ detection_source: "pom.xml" });
    expect(gauge?.version).toBeUndefined();
  });

  it("knows the other names test runners read their configuration from", async () => {
    const list = await tools({
      "phpunit.dist.xml": '<phpunit bootstrap="tests/bootstrap.php"/>\n',
      "config/behat.dist.yaml": "default:\n  suites:\n    default:\n      contexts: [FeatureContext]\n",
      "perf/locust.conf": "locustfile = perf/shop.py\nheadless = true\nusers = 50\n",
      "test/mocha.opts": "--require test/setup.js\n--recursive\n",
      "src/test/resources/cucumber.properties": "cucumber.publish.quiet=true\ncucumber.plugin=pretty\n",
    });
    expect(tool(list, "PHPUnit")).toMatchObject({ detection_source: "phpunit.dist.xml" });
    expect(tool(list, "Behat")).toMatchObject({ detection_source: "config/behat.dist.yaml" });
    expect(tool(list, "Locust")).toMatchObject({ detection_source: "perf/locust.conf" });
    expect(tool(list, "Mocha")).toMatchObject({ detection_source: "test/mocha.opts" });
    expect(tool(list, "Cucumber")).toMatchObject({ detection_source: "src/test/resources/cucumber.properties" });
  });

  it("does not give JUnit the Platform's 1.x nor Selenium HtmlUnit's driver's own release", async () => {
    const pom = (deps: string) => `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.acme</groupId><artifactId>ui-tests</artifactId><version>1.0.0</version>
  <dependencies>${deps}</dependencies>
</project>
`;
    const dep = (g: string, a: string, v: string) => `<dependency><groupId>${g}</groupId><artifactId>${a}</artifactId><version>${v}</version><scope>test</scope></dependency>`;
    const platformOnly = await tools({ "pom.xml": pom(dep("org.junit.jupiter", "junit-jupiter", "5.10.3") + dep("org.junit.platform", "junit-platform-launcher", "1.10.3")) });
    expect(tool(platformOnly, "JUnit")).toBeDefined();
    expect(tool(platformOnly, "JUnit")?.version).not.toBe("1.10.3");
    const both = await tools({ "pom.xml": pom(dep("org.junit.platform", "junit-platform-suite", "1.10.3") + dep("org.junit.jupiter", "junit-jupiter-engine", "5.10.3")) });
    expect(tool(both, "JUnit")?.version).toBe("5.10.3");
    const selenium = await tools({ "pom.xml": pom(dep("org.seleniumhq.selenium", "htmlunit-driver", "4.13.0") + dep("org.seleniumhq.selenium", "selenium-java", "4.22.0")) });
    expect(tool(selenium, "Selenium")?.version).toBe("4.22.0");
  });

  it("does not give Gatling the release of its sbt plugin", async () => {
    const list = await tools({
      "build.sbt": 'enablePlugins(GatlingPlugin)\n\nscalaVersion := "2.13.14"\n',
      "project/plugins.sbt": 'addSbtPlugin("io.gatling" % "gatling-sbt" % "4.9.2")\n',
    });
    const gatling = tool(list, "Gatling");
    expect(gatling).toBeDefined();
    expect(gatling?.version).toBeUndefined();
  });

  it("gives Playwright the release of @playwright/test, not the tag of the CI image its tests run in", async () => {
    const list = await tools({
      "package.json": JSON.stringify({ name: "app", private: true, devDependencies: { "@playwright/test": "1.45.1" } }),
      ".github/workflows/e2e.yml": "on: [push]\njobs:\n  e2e:\n    runs-on: ubuntu-latest\n    container:\n      image: mcr.microsoft.com/playwright:v1.44.0-jammy\n    steps:\n      - uses: actions/checkout@v4\n      - run: npx playwright test\n",
    });
    expect(tool(list, "Playwright")).toMatchObject({ version: "1.45.1", detection_source: "package.json" });
  });
});
