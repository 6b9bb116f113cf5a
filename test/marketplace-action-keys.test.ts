import { describe, expect, it } from "vitest";
import { toolVersions } from "./helpers.js";

// Marketplace actions of site tools that named no tool before their `action` keys (catalog/matchers
// ci.yml, dev-tools.yml, saas-ops.yml): each is the tool's own action or one that exists only to use
// it; an `action-input` key reads the release an input installs or starts.
const opts = { git: false, packages: false, timestamp: "2024-01-01T00:00:00+00:00" } as const;

const tools = (files: Record<string, string>) => toolVersions(files, opts);

function workflow(steps: string[]): Record<string, string> {
  return { ".github/workflows/ci.yml": ["name: ci", "on: [push]", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4", ...steps.map((s) => s.replace(/^/gm, "      ")), ""].join("\n") };
}

describe("language and build tool setup actions", () => {
  it("name the runtime, at the release the input installs", async () => {
    const found = await tools(workflow([
      "- uses: fwilhe2/setup-kotlin@v1\n  with:\n    version: 1.9.24",
      "- uses: krdlab/setup-haxe@v1\n  with:\n    haxe-version: 4.3.4",
      "- uses: Bogdanp/setup-racket@v1.11\n  with:\n    architecture: x64\n    distribution: full\n    variant: CS\n    version: '8.13'",
      "- uses: dlang-community/setup-dlang@v2\n  with:\n    compiler: ldc-latest",
      "- uses: coursier/setup-action@v1\n  with:\n    jvm: temurin:17\n    apps: sbt scalafmt",
      "- uses: maxim-lobanov/setup-cocoapods@v1\n  with:\n    version: 1.15.2",
      "- uses: Swatinem/rust-cache@v2",
      "- uses: gradle/wrapper-validation-action@v3",
    ]));
    expect(found).toMatchObject({ Kotlin: "1.9.24", Haxe: "4.3.4", Racket: "8.13", D: "-", Scala: "-", CocoaPods: "1.15.2", Rust: "-", Gradle: "-" });
  });
});

describe("servers a step starts for the job's tests", () => {
  it("name the server at the release its input gives (getong's inputs have a space)", async () => {
    const found = await tools(workflow([
      "- uses: getong/mariadb-action@v1.11\n  with:\n    mariadb version: '10.11.7'\n    mysql database: app_test\n    mysql root password: root",
      "- uses: getong/rabbitmq-action@v1.2\n  with:\n    rabbitmq version: '3.12.13-management-alpine'\n    host port: 5672",
      "- uses: getong/elasticsearch-action@v1.3\n  with:\n    elasticsearch version: '8.13.0'\n    host port: 9200",
      "- uses: zhulik/redis-action@1.1.0\n  with:\n    redis version: '7.2'",
      "- uses: niden/actions-memcached@v7",
      "- uses: potatoqualitee/mssqlsuite@v1.7\n  with:\n    install: sqlengine, sqlclient",
    ]));
    expect(found).toMatchObject({ MariaDB: "10.11.7", RabbitMQ: "3.12.13", Elasticsearch: "8.13.0", Redis: "7.2", Memcached: "-", "Microsoft SQL Server": "-" });
    expect(await tools(workflow(["- uses: mirromutth/mysql-action@v1.1\n  with:\n    mysql version: '8.0.36'\n    mysql database: test"]))).toMatchObject({ MySQL: "8.0.36" });
  });
});

describe("containers, Kubernetes and infrastructure", () => {
  it("name Docker, Docker Compose, Kubernetes, Helm and their tools", async () => {
    const found = await tools(workflow([
      "- uses: docker/setup-docker-action@v4",
      "- uses: docker/setup-compose-action@v1\n  with:\n    version: v2.29.7",
      "- uses: docker/scout-action@v1\n  with:\n    command: cves",
      "- uses: tale/kubectl-action@v1\n  with:\n    base64-kube-config: ${{ secrets.KUBE_CONFIG }}",
      "- uses: helm/chart-testing-action@v2.6.1",
      "- uses: debianmaster/actions-k3s@master\n  with:\n    version: 'v1.29.4-k3s1'",
      "- uses: hiberbee/github-action-skaffold@1.27.0\n  with:\n    command: build",
      "- uses: clowdhaus/argo-cd-action@v2.2.0\n  with:\n    command: app sync web",
      "- uses: redhat-actions/podman-login@v1\n  with:\n    registry: quay.io/acme",
      "- uses: aevea/action-kaniko@master\n  with:\n    image: acme/web",
    ]));
    expect(found).toMatchObject({ Docker: "-", "Docker Compose": "2.29.7", Kubernetes: "-", Helm: "-", k3s: "1.29.4", Skaffold: "-", Argo: "-", Podman: "-", kaniko: "-" });
    expect(await tools(workflow(["- uses: hoverkraft-tech/compose-action@v2.0.1\n  with:\n    compose-file: ./docker-compose.ci.yml"]))).toMatchObject({ "Docker Compose": "-" });
  });

  it("name Terraform, Nomad and Pulumi from HashiCorp's, dflook's and Pulumi's actions", async () => {
    const found = await tools(workflow([
      "- uses: hashicorp/setup-nomad@v1.0.0\n  with:\n    version: 1.8.1",
      "- uses: hashicorp/tfc-workflows-github/actions/upload-configuration@v1.3.0\n  with:\n    workspace: prod\n    directory: infra",
      "- uses: pulumi/setup-pulumi@v2",
    ]));
    expect(found).toMatchObject({ Nomad: "1.8.1", Terraform: "-", Pulumi: "-" });
    expect(await tools(workflow(["- uses: dflook/terraform-validate@v1\n  with:\n    path: infra"]))).toMatchObject({ Terraform: "-" });
  });

  it("name the migration tools and data services a step runs", async () => {
    const found = await tools(workflow([
      "- uses: liquibase/setup-liquibase@v1\n  with:\n    version: '4.32.0'\n    edition: 'oss'",
      "- uses: joshuaavalon/flyway-action@v3.0.0\n  with:\n    url: jdbc:postgresql://postgres:5432/db\n    user: test\n    password: test",
      "- uses: planetscale/setup-pscale-action@v1",
      "- uses: rbhadti94/apache-jmeter-action@v0.7.0\n  with:\n    testFilePath: tests/load.jmx",
      "- uses: crazy-max/ghaction-chocolatey@v3\n  with:\n    args: pack",
    ]));
    expect(found).toMatchObject({ Liquibase: "4.32.0", Flyway: "-", PlanetScaleDB: "-", "Apache JMeter": "-", Chocolatey: "-" });
    expect(await tools(workflow(["- uses: liquibase-github-actions/update@v4.28.0\n  with:\n    changelogFile: changelog.xml\n    url: ${{ secrets.DB_URL }}"]))).toMatchObject({ Liquibase: "-" });
  });
});

describe("deploys, publishing and site builders", () => {
  it("name the host or builder an action exists for", async () => {
    const found = await tools(workflow([
      "- uses: reggionick/s3-deploy@v4\n  with:\n    folder: build\n    bucket: ${{ secrets.S3_BUCKET }}",
      "- uses: aws-actions/aws-lambda-deploy@v1\n  with:\n    function-name: api\n    code-artifacts-dir: dist",
      "- uses: gonuit/heroku-docker-deploy@v1.3.3\n  with:\n    heroku_app_name: acme",
      "- uses: johnbeynon/render-deploy-action@v0.0.8\n  with:\n    service-id: srv-123",
      "- uses: caprover/deploy-from-github@v1.1.2\n  with:\n    server: https://captain.example.com\n    app: web",
      "- uses: wzieba/AppCenter-Github-Action@v1\n  with:\n    appName: acme/android\n    file: app.apk",
      "- uses: JS-DevTools/npm-publish@v3\n  with:\n    token: ${{ secrets.NPM_TOKEN }}",
      "- uses: readthedocs/actions/preview@v1\n  with:\n    project-slug: acme",
      "- uses: samuelmeuli/action-electron-builder@v1",
      "- uses: algolia/algoliasearch-crawler-github-actions@v1\n  with:\n    crawler-name: docs",
    ]));
    expect(found).toMatchObject({ "Amazon S3": "-", "AWS Lambda": "-", Heroku: "-", Render: "-", CapRover: "-", "Visual Studio App Center": "-", npm: "-", "Read the Docs": "-", Electron: "-", Algolia: "-" });
  });

  it("name the static site generator a deploy action builds with", async () => {
    const found = await tools(workflow([
      "- uses: withastro/action@v2",
      "- uses: enriikke/gatsby-gh-pages-action@v2\n  with:\n    access-token: ${{ secrets.ACCESS_TOKEN }}",
      "- uses: jenkey2011/vuepress-deploy@master",
      "- uses: sma11black/hexo-action@v1.0.3",
      "- uses: limjh16/jekyll-action-ts@v2",
    ]));
    expect(found).toMatchObject({ Astro: "-", Gatsby: "-", VuePress: "-", Hexo: "-", Jekyll: "-" });
  });
});

describe("linters, caches and release helpers", () => {
  it("name the linter or tool an action runs", async () => {
    const found = await tools(workflow([
      "- uses: isort/isort-action@v1",
      "- uses: py-actions/flake8@v2\n  with:\n    max-line-length: '100'",
      "- uses: sibiraj-s/action-eslint@v3",
      "- uses: creyD/prettier_action@v4.3\n  with:\n    prettier_options: --write **/*.js",
      "- uses: dtinth/setup-github-actions-caching-for-turbo@v1",
      "- uses: arduino/compile-sketches@v1\n  with:\n    fqbn: arduino:avr:uno",
      "- uses: ansible-community/ansible-test-gh-action@release/v1\n  with:\n    testing-type: sanity",
    ]));
    expect(found).toMatchObject({ isort: "-", flake8: "-", ESLint: "-", Prettier: "-", Turborepo: "-", Arduino: "-", Ansible: "-" });
  });
});

describe("paging, flags and tracking services", () => {
  it("name the service a step reports to", async () => {
    const found = await tools(workflow([
      "- uses: PagerDuty/pagerduty-change-events-action@v1\n  with:\n    integration-key: ${{ secrets.PAGERDUTY_CHANGE_INTEGRATION_KEY }}",
      "- uses: launchdarkly/find-code-references@v2\n  with:\n    accessToken: ${{ secrets.LD_ACCESS_TOKEN }}\n    projKey: default",
      "- uses: Asana/create-app-attachment-github-action@v1.3\n  with:\n    asana-secret: ${{ secrets.ASANA_SECRET }}",
    ]));
    expect(found).toMatchObject({ PagerDuty: "-", LaunchDarkly: "-", Asana: "-" });
  });
});

// Each key on its own: a workflow with that one step names the tool (so no key above passes on
// another's account, as tale/kubectl-action's Kubernetes would on debianmaster/actions-k3s's).
const alone: [string, string][] = [
  ["actions-hub/kubectl@master", "Kubernetes"],
  ["tale/kubectl-action@v1", "Kubernetes"],
  ["ansible-community/ansible-test-gh-action@release/v1", "Ansible"],
  ["arduino/arduino-lint-action@v1", "Arduino"],
  ["arduino/compile-sketches@v1", "Arduino"],
  ["Bogdanp/setup-racket@v1.11", "Racket"],
  ["coursier/setup-action@v1", "Scala"],
  ["creyD/prettier_action@v4.3", "Prettier"],
  ["dflook/terraform-fmt-check@v1", "Terraform"],
  ["dlang-community/setup-dlang@v2", "D"],
  ["docker/scout-action@v1", "Docker"],
  ["docker/setup-docker-action@v4", "Docker"],
  ["docker/setup-compose-action@v1", "Docker Compose"],
  ["hoverkraft-tech/compose-action@v2.0.1", "Docker Compose"],
  ["dtinth/setup-github-actions-caching-for-turbo@v1", "Turborepo"],
  ["enriikke/gatsby-gh-pages-action@v2", "Gatsby"],
  ["fwilhe2/setup-kotlin@v1", "Kotlin"],
  ["getong/elasticsearch-action@v1.3", "Elasticsearch"],
  ["getong/mariadb-action@v1.11", "MariaDB"],
  ["getong/rabbitmq-action@v1.2", "RabbitMQ"],
  ["gonuit/heroku-docker-deploy@v1.3.3", "Heroku"],
  ["gradle/wrapper-validation-action@v3", "Gradle"],
  ["helm/chart-testing-action@v2.6.1", "Helm"],
  ["isort/isort-action@v1", "isort"],
  ["jenkey2011/vuepress-deploy@master", "VuePress"],
  ["JS-DevTools/npm-publish@v3", "npm"],
  ["krdlab/setup-haxe@v1", "Haxe"],
  ["limjh16/jekyll-action-ts@v2", "Jekyll"],
  ["maxim-lobanov/setup-cocoapods@v1", "CocoaPods"],
  ["niden/actions-memcached@v7", "Memcached"],
  ["potatoqualitee/mssqlsuite@v1.7", "Microsoft SQL Server"],
  ["pulumi/setup-pulumi@v2", "Pulumi"],
  ["py-actions/flake8@v2", "flake8"],
  ["readthedocs/actions/preview@v1", "Read the Docs"],
  ["reggionick/s3-deploy@v4", "Amazon S3"],
  ["samuelmeuli/action-electron-builder@v1", "Electron"],
  ["sibiraj-s/action-eslint@v3", "ESLint"],
  ["sma11black/hexo-action@v1.0.3", "Hexo"],
  ["Swatinem/rust-cache@v2", "Rust"],
  ["withastro/action@v2", "Astro"],
  ["zhulik/redis-action@1.1.0", "Redis"],
  ["aevea/action-kaniko@master", "kaniko"],
  ["aws-actions/aws-lambda-deploy@v1", "AWS Lambda"],
  ["clowdhaus/argo-cd-action@v2.2.0", "Argo"],
  ["crazy-max/ghaction-chocolatey@v3", "Chocolatey"],
  ["debianmaster/actions-k3s@master", "k3s"],
  ["hashicorp/setup-nomad@v1.0.0", "Nomad"],
  ["hashicorp/tfc-workflows-github/actions/create-run@v1.3.0", "Terraform"],
  ["hiberbee/github-action-skaffold@1.27.0", "Skaffold"],
  ["joshuaavalon/flyway-action@v3.0.0", "Flyway"],
  ["liquibase-github-actions/status@v4.28.0", "Liquibase"],
  ["liquibase/setup-liquibase@v1", "Liquibase"],
  ["planetscale/setup-pscale-action@v1", "PlanetScaleDB"],
  ["rbhadti94/apache-jmeter-action@v0.7.0", "Apache JMeter"],
  ["redhat-actions/podman-login@v1", "Podman"],
  ["algolia/algoliasearch-crawler-github-actions@v1", "Algolia"],
  ["Asana/create-app-attachment-github-action@v1.3", "Asana"],
  ["caprover/deploy-from-github@v1.1.2", "CapRover"],
  ["johnbeynon/render-deploy-action@v0.0.8", "Render"],
  ["launchdarkly/find-code-references@v2", "LaunchDarkly"],
  ["PagerDuty/pagerduty-change-events-action@v1", "PagerDuty"],
  ["wzieba/AppCenter-Github-Action@v1", "Visual Studio App Center"],
  ["actionshub/chef-install@3.0.0", "Chef"],
  ["Azure/pipelines@v1.2", "Azure Pipelines"],
  ["buildkite/trigger-pipeline-action@v2.1.0", "Buildkite"],
  ["CircleCI-Public/trigger-circleci-pipeline-action@v1.1.0", "CircleCI"],
  ["DevExpress/testcafe-action@latest", "TestCafe"],
  ["katalon-studio/katalon-studio-github-action@v4", "Katalon Studio"],
  ["Madrapps/jacoco-report@v1.6.1", "JaCoCo"],
  ["citizen-of-planet-earth/cf-cli-action@v2", "Cloud Foundry"],
  ["hetznercloud/setup-hcloud@v1", "Hetzner Online AG"],
  ["scaleway/action-scw@v0", "Scaleway"],
  ["deployphp/action@v1", "Deployer"],
  ["phrase/setup-cli@v1", "Phrase"],
  ["red-gate/setup-flyway@v1", "Flyway"],
  ["shogo82148/actions-goveralls@v1", "Coveralls"],
];

describe("each new action key alone", () => {
  it.each(alone)("%s names %s", async (uses, tool) => {
    expect(Object.keys(await tools(workflow([`- uses: ${uses}`])))).toContain(tool);
  });
});

describe("a workflow's notification steps, which the site names nothing from", () => {
  // corpus 2lambda123/artilleryio and 2lambda123/configu (Slack), ManUtopiK/anu (Discord)
  const steps: [string, string][] = [
    ["- uses: 8398a7/action-slack@v3.15.1\n  with:\n    status: ${{ job.status }}\n  env:\n    SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK }}", "Slack"],
    ["- uses: slackapi/slack-github-action@v1.23.0\n  with:\n    channel-id: C0123\n    slack-message: deployed\n  env:\n    SLACK_BOT_TOKEN: ${{ secrets.SLACK_BOT_TOKEN }}", "Slack"],
    ["- uses: rtcamp/action-slack-notify@v2\n  env:\n    SLACK_WEBHOOK: ${{ secrets.SLACK_WEBHOOK }}", "Slack"],
    ["- uses: Ilshidur/action-discord@0.3.2\n  env:\n    DISCORD_WEBHOOK: ${{ secrets.DISCORD_WEBHOOK }}\n  with:\n    args: 'Released {{ EVENT_PAYLOAD.release.tag_name }}'", "Discord"],
    ["- uses: sarisia/actions-status-discord@v1\n  if: always()\n  with:\n    webhook: ${{ secrets.DISCORD_WEBHOOK }}", "Discord"],
    ["- uses: appleboy/telegram-action@v1.0.0\n  with:\n    to: ${{ secrets.TELEGRAM_TO }}\n    token: ${{ secrets.TELEGRAM_TOKEN }}", "Telegram"],
    ["- uses: skitionek/notify-microsoft-teams@master\n  with:\n    webhook_url: ${{ secrets.MSTEAMS_WEBHOOK }}", "Microsoft Teams"],
    ["- uses: aliencube/microsoft-teams-actions@v0.8.0\n  with:\n    webhook_uri: ${{ secrets.TEAMS_WEBHOOK }}", "Microsoft Teams"],
    ["- uses: mattermost/action-mattermost-notify@master\n  with:\n    MATTERMOST_WEBHOOK_URL: ${{ secrets.MM_WEBHOOK }}", "Mattermost"],
    ["- uses: RocketChat/Rocket.Chat.GitHub.Action.Notification@master\n  with:\n    type: ${{ job.status }}\n    url: ${{ secrets.ROCKETCHAT_WEBHOOK }}", "RocketChat"],
    ["- uses: zulip/github-actions-zulip/send-message@v1\n  with:\n    api-key: ${{ secrets.ZULIP_API_KEY }}\n    to: ci\n    type: stream\n    content: done", "Zulip"],
    ["- uses: twilio-labs/actions-sms@v1\n  with:\n    fromPhoneNumber: '+15005550006'\n    toPhoneNumber: ${{ secrets.PHONE }}", "Twilio"],
  ];
  it.each(steps)("%s names no %s", async (step, service) => {
    const found = await tools(workflow([step]));
    expect(found).toMatchObject({ "GitHub Actions": "-" });
    expect(found).not.toHaveProperty(service);
  });
});

// Setup actions already keyed whose input gives the release they install or start: the action's own
// key names the tool without one; the `action-input` key reads it.
const pinned: [string, string, string][] = [
  ["- uses: abatilo/actions-poetry@v3\n  with:\n    poetry-version: 1.8.3", "Poetry", "1.8.3"],
  ["- uses: snok/install-poetry@v1\n  with:\n    version: 1.7.1\n    virtualenvs-create: true", "Poetry", "1.7.1"],
  ["- uses: ankane/setup-mariadb@v1\n  with:\n    mariadb-version: '10.11'\n    database: app_test", "MariaDB", "10.11"],
  ["- uses: ankane/setup-sqlserver@v1\n  with:\n    accept-eula: true\n    sqlserver-version: 2022", "Microsoft SQL Server", "16.0"],
  ["- uses: Harmon758/postgresql-action@v1.0.0\n  with:\n    postgresql version: '15.6'\n    postgresql db: app_test", "PostgreSQL", "15.6"],
  ["- uses: aws-actions/setup-sam@v2\n  with:\n    version: 1.115.0\n    use-installer: true", "AWS SAM", "1.115.0"],
  ["- uses: dagger/dagger-for-github@v6\n  with:\n    version: '0.11.9'\n    verb: call\n    args: build", "Dagger.io", "0.11.9"],
  ["- uses: fluxcd/flux2/action@main\n  with:\n    version: 2.3.0", "Flux CD", "2.3.0"],
  ["- uses: grafana/setup-k6-action@v1\n  with:\n    k6-version: '0.52.0'", "k6", "0.52.0"],
  ["- uses: imranismail/setup-kustomize@v2\n  with:\n    kustomize-version: '5.4.2'", "Kustomize", "5.4.2"],
  ["- uses: jurplel/install-qt-action@v4\n  with:\n    version: '6.7.2'\n    modules: qtcharts", "Qt", "6.7.2"],
  ["- uses: jwlawson/actions-setup-cmake@v2\n  with:\n    cmake-version: '3.29.x'", "CMake", "3.29"],
  ["- uses: lukka/get-cmake@latest\n  with:\n    cmakeVersion: 3.28.3", "CMake", "3.28.3"],
  ["- uses: leafo/gh-actions-lua@v10\n  with:\n    luaVersion: '5.4'", "Lua", "5.4"],
  ["- uses: mymindstorm/setup-emsdk@v14\n  with:\n    version: 3.1.57\n    actions-cache-folder: emsdk-cache", "Emscripten", "3.1.57"],
  ["- uses: NuGet/setup-nuget@v2\n  with:\n    nuget-version: '6.10.0'", "NuGet", "6.10.0"],
  ["- uses: r-lib/actions/setup-r@v2\n  with:\n    r-version: '4.4.1'\n    use-public-rspm: true", "R Language", "4.4.1"],
  ["- uses: DevExpress/testcafe-action@latest\n  with:\n    version: 3.6.2\n    args: 'chrome:headless tests'", "TestCafe", "3.6.2"],
  ["- uses: red-gate/setup-flyway@v1\n  with:\n    version: 10.17.0\n    i-agree-to-the-eula: true", "Flyway", "10.17.0"],
  ["- uses: shogo82148/actions-setup-perl@v1\n  with:\n    perl-version: '5.38'", "Perl", "5.38"],
];

describe("releases the inputs of keyed setup actions install", () => {
  it.each(pinned)("%s", async (step, tool, version) => {
    expect(await tools(workflow([step]))).toMatchObject({ [tool]: version });
  });
});
