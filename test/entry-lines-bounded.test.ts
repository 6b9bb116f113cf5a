import { beforeAll, describe, expect, it } from "vitest";
import { bowerDetector } from "../detectors/bower/index.js";
import { ciDetector } from "../detectors/ci/index.js";
import { configManagementDetector } from "../detectors/config-management/index.js";
import { dockerDetector } from "../detectors/docker/index.js";
import { infraDetector } from "../detectors/infra/index.js";
import { mobileDetector } from "../detectors/mobile/index.js";
import { observabilityDetector } from "../detectors/observability/index.js";
import { phpDetector } from "../detectors/php/index.js";
import { preCommitDetector } from "../detectors/pre-commit/index.js";
import { registriesDetector } from "../detectors/registries/index.js";
import { lineOf, lineOfEach } from "../src/kit.js";
import type { Detector } from "../src/types.js";
import { detectorFindings } from "./detector-findings.js";
import { expectFinishesWithin } from "./work-budget.js";
import { expectLinearGrowth } from "./work-growth.js";

// Files whose many entries each got their line by a search from the top of the file (lineOf): 30,000
// images, actions, plugins, services or packages took 7 to over 40 s each. Each is now looked up with
// kit's lineOfEach, lineOf's answers in bounded work.

// Each case runs at 2,000 entries and at 8,000 (test/work-growth.ts): linear work grows about four
// times, a search from the top per entry sixteen. With lineOfEach put back to lineOf (stop 72), 21
// of the 23 cases grew 9.5 to 20 times against a limit of 8, the fixed code 1.6 to 5.9 times; at
// 1,000 and 4,000 some grew under 8 with the defect. (A single run's budget needed 20,000 entries.)
const N = 2_000;
/** `many` for `n` entries: `make(i)` for each, joined. */
const manyOf = (n: number) => (make: (i: number) => string) => Array.from({ length: n }, (_, i) => make(i)).join("");

const cases: Array<{ what: string; detector: Detector; files: (many: (make: (i: number) => string) => string) => Record<string, string>; ref: string; line: (n: number) => number }> = [
  {
    what: "Cloud Build's step images",
    detector: ciDetector,
    files: (many) => ({ "cloudbuild.yaml": `steps:\n${many((i) => `- name: gcr.io/acme/img${i}:1.0\n  args: [x]\n`)}- name: postgres:16.2\n` }),
    ref: "docker:postgres",
    line: (N) => 2 * N + 2,
  },
  {
    what: "GitLab CI's job images",
    detector: ciDetector,
    files: (many) => ({ ".gitlab-ci.yml": `${many((i) => `j${i}:\n  image: acme/img${i}:1.0\n  script: [x]\n`)}db:\n  image: postgres:16.2\n  script: [x]\n` }),
    ref: "docker:postgres",
    line: (N) => 3 * N + 2,
  },
  {
    what: "a Jenkinsfile's Docker images",
    detector: ciDetector,
    files: (many) => ({ Jenkinsfile: `${many((i) => `docker.image('acme/img${i}:1.0').inside { sh 'x' }\n`)}docker.image('postgres:16.2').inside { sh 'x' }\n` }),
    ref: "docker:postgres",
    line: (N) => N + 1,
  },
  {
    what: "a workflow's actions",
    detector: ciDetector,
    files: (many) => ({ ".github/workflows/ci.yml": `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n${many((i) => `      - uses: acme/act${i}@v1\n`)}      - uses: actions/setup-node@v4\n` }),
    ref: "action:actions/setup-node",
    line: (N) => N + 6,
  },
  {
    what: "Bitbucket Pipes",
    detector: ciDetector,
    files: (many) => ({ "bitbucket-pipelines.yml": `pipelines:\n  default:\n    - step:\n        script:\n${many((i) => `          - pipe: acme/pipe${i}:1.0.0\n`)}          - pipe: atlassian/aws-s3-deploy:1.1.0\n` }),
    ref: "bitbucket-pipe:atlassian/aws-s3-deploy",
    line: (N) => N + 5,
  },
  {
    what: "CircleCI orbs",
    detector: ciDetector,
    files: (many) => ({ ".circleci/config.yml": `version: 2.1\norbs:\n${many((i) => `  o${i}: acme/orb${i}@1.0.0\n`)}  node: circleci/node@5.2.0\n` }),
    ref: "circleci-orb:circleci/node",
    line: (N) => N + 3,
  },
  {
    what: "Buildkite plugins",
    detector: ciDetector,
    files: (many) => ({ ".buildkite/pipeline.yml": `steps:\n  - command: x\n    plugins:\n${many((i) => `      - acme/plug${i}#v1.0.0\n`)}      - docker-compose#v5.4.1\n` }),
    ref: "buildkite-plugin:docker-compose",
    line: (N) => N + 4,
  },
  {
    what: "AppVeyor services",
    detector: ciDetector,
    files: (many) => ({ "appveyor.yml": `services:\n${many((i) => `  - svc${i}\n`)}  - postgresql13\n` }),
    ref: "appveyor-service:postgresql13",
    line: (N) => N + 2,
  },
  {
    what: "Semaphore's sem-service commands",
    detector: ciDetector,
    files: (many) => ({ ".semaphore/semaphore.yml": `version: v1.0\nblocks:\n  - task:\n      jobs:\n        - commands:\n${many((i) => `            - sem-service start svc${i} 1.${i}\n`)}            - sem-service start postgres 16\n` }),
    ref: "semaphore-service:postgres",
    line: (N) => N + 6,
  },
  {
    what: "Travis services",
    detector: ciDetector,
    files: (many) => ({ ".travis.yml": `language: python\nservices:\n${many((i) => `  - svc${i}\n`)}  - redis-server\n` }),
    ref: "travis-service:redis-server",
    line: (N) => N + 3,
  },
  {
    what: "Bitrise steps",
    detector: ciDetector,
    files: (many) => ({ "bitrise.yml": `workflows:\n  w:\n    steps:\n${many((i) => `    - step${i}@1.0.${i}: {}\n`)}    - flutter-installer@0: {}\n` }),
    ref: "bitrise-step:flutter-installer",
    line: (N) => N + 4,
  },
  {
    what: "Concourse resource types",
    detector: ciDetector,
    files: (many) => ({ "ci/pipeline.yml": `resources:\n${many((i) => `- name: x${i}\n  type: rt${i}\n`)}- name: bucket\n  type: s3\njobs:\n- name: j\n  plan:\n  - get: x0\n` }),
    ref: "concourse-resource:s3",
    line: (N) => 2 * N + 3,
  },
  {
    what: "a compose file's service images",
    detector: dockerDetector,
    files: (many) => ({ "docker-compose.yml": `services:\n${many((i) => `  s${i}:\n    image: acme/img${i}:1.0\n`)}  db:\n    image: postgres:16.2\n` }),
    ref: "docker:postgres",
    line: (N) => 2 * N + 3,
  },
  {
    what: "a compose file's registries",
    detector: registriesDetector,
    files: (many) => ({ "docker-compose.yml": `services:\n${many((i) => `  s${i}:\n    image: acme/img${i}:1.0\n`)}  api:\n    image: 111122223333.dkr.ecr.eu-west-1.amazonaws.com/api:1.4\n` }),
    ref: "image-host:*.dkr.ecr.*.amazonaws.com",
    line: (N) => 2 * N + 3,
  },
  {
    what: "bower.json's dependencies",
    detector: bowerDetector,
    files: (many) => ({ "bower.json": `{"name":"a","dependencies":{\n${many((i) => `"pkg${i}": "^1.0.${i}",\n`)}"jquery": "^3.0.0"}}\n` }),
    ref: "bower:jquery",
    line: (N) => N + 2,
  },
  {
    what: "composer.json's requirements",
    detector: phpDetector,
    files: (many) => ({ "composer.json": `{"require":{\n${many((i) => `"npm-asset/p${i}": "^1.0",\n`)}"laravel/framework": "^11.0"}}\n` }),
    ref: "packagist:laravel/framework",
    line: (N) => N + 2,
  },
  {
    what: "pre-commit hook repositories",
    detector: preCommitDetector,
    files: (many) => ({ ".pre-commit-config.yaml": `repos:\n${many((i) => `- repo: https://github.com/acme/hook${i}\n  rev: v1.0.0\n  hooks: [{id: x}]\n`)}- repo: https://github.com/psf/black\n  rev: 24.3.0\n  hooks: [{id: black}]\n` }),
    ref: "pre-commit-hook:psf/black",
    line: (N) => 3 * N + 2,
  },
  {
    what: "a Puppet module's dependencies",
    detector: configManagementDetector,
    files: (many) => ({ "metadata.json": `{"name":"a-b","version":"1.0.0","operatingsystem_support":[],"dependencies":[\n${many((i) => `{"name":"acme/mod${i}","version_requirement":">= 1.0.0"},\n`)}{"name":"puppetlabs/stdlib"}]}\n` }),
    ref: "puppet-module:puppetlabs-stdlib",
    line: (N) => N + 2,
  },
  {
    what: "an OpenTelemetry Collector's exporters",
    detector: observabilityDetector,
    files: (many) => ({ "otel-collector-config.yaml": `receivers:\n  otlp: {}\nexporters:\n${many((i) => `  exp${i}/x:\n    endpoint: a\n`)}  datadog:\n    api: {}\nservice:\n  pipelines: {}\n` }),
    ref: "otel-exporter:datadog",
    line: (N) => 2 * N + 4,
  },
  {
    what: "an XcodeGen spec's packages",
    detector: mobileDetector,
    files: (many) => ({ "project.yml": `name: App\npackages:\n${many((i) => `  P${i}:\n    url: https://github.com/acme/p${i}\n    from: 1.0.0\n`)}  Alamofire:\n    url: https://github.com/Alamofire/Alamofire\n    from: 5.9.0\ntargets:\n  App:\n    type: application\n    platform: iOS\n` }),
    ref: "swiftpm:alamofire",
    line: (N) => 3 * N + 4,
  },
  {
    what: "Terraform's workload images",
    detector: infraDetector,
    files: (many) => ({ "main.tf": `${many((i) => `resource "kubernetes_pod" "p${i}" {\n  spec {\n    container {\n      image = "acme/img${i}:1.0"\n    }\n  }\n}\n`)}resource "kubernetes_pod" "db" {\n  spec {\n    container {\n      image = "postgres:16.2"\n    }\n  }\n}\n` }),
    ref: "docker:postgres",
    line: (N) => 7 * N + 4,
  },
  {
    what: "a chart's values images",
    detector: infraDetector,
    files: (many) => ({ "chart/Chart.yaml": "apiVersion: v2\nname: a\nversion: 1.0.0\n", "chart/values.yaml": `${many((i) => `c${i}:\n  image:\n    repository: acme/img${i}\n    tag: "1.0"\n`)}db:\n  image:\n    repository: bitnami/postgresql\n    tag: "16.2.0"\n` }),
    ref: "docker:bitnami/postgresql",
    line: (N) => 4 * N + 3,
  },
  {
    what: "Skaffold's Helm charts",
    detector: infraDetector,
    files: (many) => ({ "skaffold.yaml": `apiVersion: skaffold/v2beta29\nkind: Config\ndeploy:\n  helm:\n    releases:\n${many((i) => `    - name: r${i}\n      remoteChart: acme/chart${i}\n      version: 1.0.${i}\n`)}    - name: cache\n      remoteChart: bitnami/redis\n      version: 18.1.0\n` }),
    ref: "helm-chart:redis",
    line: (N) => 3 * N + 7,
  },
];

describe("many entries of one file, each at lineOf's line", () => {
  // The catalog loaded and the readers compiled before any run is timed.
  beforeAll(() => detectorFindings(ciDetector, { "cloudbuild.yaml": "steps:\n- name: node:20\n" }));
  for (const c of cases) {
    it(`${c.what}: in work linear in the entries`, async () => {
      const inputs = new Map([N, 4 * N].map((n) => [n, c.files(manyOf(n))]));
      const { findings, warnings } = await expectLinearGrowth((n) => detectorFindings(c.detector, inputs.get(n)!), N, c.what);
      expect(warnings).toEqual([]);
      expect(findings.find((f) => f.ref === c.ref)?.line).toBe(c.line(4 * N));
    });
  }
});

describe("lineOfEach", () => {
  it("answers as lineOf does: a needle's first line, a repeated needle's first line again", () => {
    const text = "image: redis\nservices:\n  cache:\n    image: redis\n  db:\n    image: postgres\n";
    const lineOfImage = lineOfEach(text);
    for (const needle of ["redis", "postgres", "redis", "missing", "image:"]) expect(lineOfImage(needle)).toBe(lineOf(text, needle));
  });

  it("answers 20,000 needles each first found deeper in the text in bounded work", () => {
    const needles = 20_000;
    const text = manyOf(needles)((i) => `  - image: acme/img${i}:1.0\n`);
    const lineOfImage = lineOfEach(text);
    const lines = expectFinishesWithin(() => Array.from({ length: needles }, (_, i) => lineOfImage(`acme/img${i}:1.0`)), 10, "lineOfEach");
    expect(lines[0]).toBe(1);
    expect(lines[needles - 1]).toBe(needles);
  });
});
