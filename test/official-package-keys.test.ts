import { describe, expect, it } from "vitest";
import { namedToolVersions } from "./helpers.js";

// Official npm and PyPI packages of site tools that no key named (audit a39i: the catalog's npm and
// pypi keys against the tools with 10 or more stacks). Each group is a manifest with its lockfile as
// such a project commits it; every tool must be named, with its version where the package is the
// tool ("-" where it gets none: a hosted service's SDK, or a client numbered apart from its tool).
const namedTools = (files: Record<string, string>, names: string[]) => namedToolVersions(files, names, { disable: ["languages"] });

// package.json plus a lockfileVersion 3 package-lock.json pinning each dependency
const npmProject = (name: string, deps: Record<string, [range: string, locked: string]>, dev: Record<string, [string, string]> = {}) => {
  const ranges = (d: Record<string, [string, string]>) => Object.fromEntries(Object.entries(d).map(([k, [r]]) => [k, r]));
  const manifest = { name, version: "1.0.0", private: true, dependencies: ranges(deps), devDependencies: ranges(dev) };
  const packages: Record<string, unknown> = { "": { name, version: "1.0.0", dependencies: ranges(deps), devDependencies: ranges(dev) } };
  for (const [pkg, [, locked]] of Object.entries(deps)) packages[`node_modules/${pkg}`] = { version: locked, resolved: `https://registry.npmjs.org/${pkg}/-/x-${locked}.tgz` };
  for (const [pkg, [, locked]] of Object.entries(dev)) packages[`node_modules/${pkg}`] = { version: locked, dev: true };
  return {
    "package.json": JSON.stringify(manifest, null, 2),
    "package-lock.json": JSON.stringify({ name, version: "1.0.0", lockfileVersion: 3, requires: true, packages }, null, 2),
  };
};

// pyproject.toml (Poetry) plus its poetry.lock
const poetryProject = (name: string, deps: Record<string, [string, string]>) => ({
  "pyproject.toml": [
    "[tool.poetry]", `name = "${name}"`, 'version = "0.1.0"', 'description = ""', 'authors = ["Dev <dev@example.com>"]', "",
    "[tool.poetry.dependencies]", 'python = "^3.11"', ...Object.entries(deps).map(([k, [r]]) => `${k} = "${r}"`), "",
    "[build-system]", 'requires = ["poetry-core"]', 'build-backend = "poetry.core.masonry.api"', "",
  ].join("\n"),
  "poetry.lock": [
    ...Object.entries(deps).flatMap(([k, [, v]]) => ["[[package]]", `name = "${k}"`, `version = "${v}"`, 'description = ""', "optional = false", 'python-versions = ">=3.8"', "files = []", ""]),
    "[metadata]", 'lock-version = "2.0"', 'python-versions = "^3.11"', 'content-hash = "0"', "",
  ].join("\n"),
});

describe("cloud providers' per-service SDK clients", () => {
  it("an ops script's AWS, Azure and Google Cloud clients name the service each reaches", async () => {
    const files = npmProject("infra-scripts", {
      "@aws-sdk/client-cloud9": ["^3.614.0", "3.614.0"],
      "@aws-sdk/client-codebuild": ["^3.614.0", "3.614.0"],
      "@aws-sdk/client-codedeploy": ["^3.614.0", "3.614.0"],
      "@aws-sdk/client-elastic-load-balancing-v2": ["^3.614.0", "3.614.0"],
      "@azure/arm-appservice": ["^15.0.0", "15.0.0"],
      "@azure/arm-compute": ["^21.6.0", "21.6.0"],
      "@azure/arm-containerinstance": ["^9.1.0", "9.1.0"],
      "@azure/arm-containerservice": ["^20.0.0", "20.0.0"],
      "@azure/arm-datafactory": ["^17.0.0", "17.0.0"],
      "@azure/arm-servicefabric": ["^2.1.0", "2.1.0"],
      "@azure/synapse-artifacts": ["^1.0.0-beta.14", "1.0.0-beta.14"],
      "@google-cloud/cloudbuild": ["^4.5.0", "4.5.0"],
      "@google-cloud/container": ["^5.16.0", "5.16.0"],
      "@googleapis/drive": ["^8.11.0", "8.11.0"],
    });
    expect(await namedTools(files, [
      "AWS Cloud9", "AWS CodeBuild", "AWS CodeDeploy", "AWS Elastic Load Balancing (ELB)", "Azure App Service", "Azure Virtual Machines",
      "Azure Container Instances", "Azure Kubernetes Service", "Azure Data Factory", "Azure Service Fabric", "Azure Synapse",
      "Google Cloud Build", "Google Kubernetes Engine", "Google Drive",
    ])).toEqual({
      "AWS Cloud9": "-", "AWS CodeBuild": "-", "AWS CodeDeploy": "-", "AWS Elastic Load Balancing (ELB)": "-", "Azure App Service": "-",
      "Azure Virtual Machines": "-", "Azure Container Instances": "-", "Azure Kubernetes Service": "-", "Azure Data Factory": "-",
      "Azure Service Fabric": "-", "Azure Synapse": "-", "Google Cloud Build": "-", "Google Kubernetes Engine": "-", "Google Drive": "-",
    });
  });

  it("a Python deploy tool's Azure management and GKE clients, pinned in requirements.txt", async () => {
    const requirements = [
      "azure-identity==1.17.1",
      "azure-mgmt-compute==32.0.0",
      "azure-mgmt-containerinstance==10.1.0",
      "azure-mgmt-containerservice==31.0.0",
      "azure-mgmt-servicefabric==2.1.0",
      "azure-mgmt-web==7.3.0",
      "google-cloud-container==2.50.0",
      "",
    ].join("\n");
    expect(await namedTools({ "requirements.txt": requirements }, [
      "Azure Virtual Machines", "Azure Container Instances", "Azure Kubernetes Service", "Azure Service Fabric", "Azure App Service", "Google Kubernetes Engine",
    ])).toEqual({
      "Azure Virtual Machines": "-", "Azure Container Instances": "-", "Azure Kubernetes Service": "-", "Azure Service Fabric": "-",
      "Azure App Service": "-", "Google Kubernetes Engine": "-",
    });
  });
});

describe("hosted services' own SDKs and CLIs", () => {
  it("npm: hosting, CDN, secrets, testing, push and upload services' packages name the service", async () => {
    const files = npmProject("edge-app", {
      "@dopplerhq/node-sdk": ["^1.3.0", "1.3.0"],
      "@fastly/js-compute": ["^3.21.0", "3.21.0"],
      "@linode/api-v4": ["^0.127.0", "0.127.0"],
      "@scaleway/sdk": ["^2.42.0", "2.42.0"],
      "@ua/react-native-airship": ["^19.2.0", "19.2.0"],
      "@uploadcare/upload-client": ["^6.14.1", "6.14.1"],
      "@vultr/vultr-node": ["^2.8.0", "2.8.0"],
      fastly: ["^7.10.0", "7.10.0"],
      "laravel-vapor": ["^0.7.1", "0.7.1"],
      ovh: ["^2.0.3", "2.0.3"],
      "postman-collection": ["^4.4.0", "4.4.0"],
      "react-native-flurry-sdk": ["^8.3.0", "8.3.0"],
    }, {
      "@knapsack-pro/jest": ["^7.1.0", "7.1.0"],
      "azure-pipelines-task-lib": ["^4.13.0", "4.13.0"],
      "pcf-scripts": ["^1.31.3", "1.31.3"],
    });
    const names = ["Doppler", "Fastly", "Linode", "Scaleway", "Urban Airship", "Uploadcare", "Vultr", "Laravel Vapor", "OVH", "Postman", "Flurry", "Knapsack Pro", "Azure Pipelines", "Microsoft PowerApps"];
    expect(await namedTools(files, names)).toEqual(Object.fromEntries(names.map((n) => [n, "-"])));
  });

  it("PyPI: services' own Python SDKs in a Poetry project name the service", async () => {
    const files = poetryProject("integrations", {
      "adzerk-decision-sdk": ["^1.0.0", "1.0.0"],
      blackfire: ["^1.20.0", "1.20.5"],
      "codemagic-cli-tools": ["^0.53.0", "0.53.3"],
      conekta: ["^6.0.0", "6.0.1"],
      "crisp-api": ["^9.1.0", "9.1.0"],
      dnsimple: ["^2.0.0", "2.0.1"],
      "doppler-sdk": ["^1.3.0", "1.3.0"],
      evernote: ["^1.25.3", "1.25.3"],
      fastly: ["^5.9.0", "5.9.0"],
      imgix: ["^3.2.1", "3.2.1"],
      mailerlite: ["^0.1.4", "0.1.4"],
      miro_api: ["^2.2.0", "2.2.0"],
      onelogin: ["^3.1.5", "3.1.5"],
      prismic: ["^1.6.0", "1.6.0"],
      pyuploadcare: ["^5.1.0", "5.1.0"],
      "sendbird-platform-sdk": ["^1.0.21", "1.0.21"],
      "smartystreets-python-sdk": ["^4.15.0", "4.15.3"],
      "stackify-api-python": ["^1.0.0", "1.0.0"],
      "sumologic-sdk": ["^0.1.17", "0.1.17"],
      timber: ["^2.1.0", "2.1.0"],
      urbanairship: ["^7.3.0", "7.3.0"],
      webexpythonsdk: ["^2.0.1", "2.0.1"],
    });
    const names = ["Kevel", "Blackfire.io", "Codemagic", "Conekta", "Crisp", "DNSimple", "Doppler", "Evernote", "Fastly", "imgix", "mailerlite", "Miro", "OneLogin",
      "prismic.io", "Uploadcare", "SendBird", "SmartyStreets", "Stackify", "Sumo Logic", "Timber.io", "Urban Airship", "Webex"];
    expect(await namedTools(files, names)).toEqual(Object.fromEntries(names.map((n) => [n, "-"])));
  });
});

describe("clients numbered apart from their tool", () => {
  it("npm: servers' own clients, CLIs and framework kits name the tool without their own release", async () => {
    const files = npmProject("tooling", {
      "@api-platform/admin": ["^3.4.7", "3.4.7"],
      "@bitwarden/cli": ["^2024.6.0", "2024.6.0"],
      "@mattermost/client": ["^9.11.0", "9.11.0"],
      "@octopusdeploy/api-client": ["^3.4.1", "3.4.1"],
      "@rocket.chat/sdk": ["^0.2.9-2", "0.2.9-2"],
      "@servicestack/client": ["^2.0.17", "2.0.17"],
      "@spree/storefront-api-v2-sdk": ["^5.1.5", "5.1.5"],
      "@superset-ui/embedded-sdk": ["^0.1.0-alpha.10", "0.1.0-alpha.10"],
      "basho-riak-client": ["^2.4.0", "2.4.0"],
      "graphql-ruby-client": ["^1.14.0", "1.14.0"],
      neovim: ["^5.1.0", "5.1.0"],
      "streamlit-component-lib": ["^2.0.0", "2.0.0"],
      "@jupyterlab/application": ["^4.2.5", "4.2.5"],
      "zulip-js": ["^2.1.0", "2.1.0"],
      zaproxy: ["^2.0.0-rc.5", "2.0.0-rc.5"],
    }, {
      "@bazel/bazelisk": ["^1.19.0", "1.19.0"],
      "@hoppscotch/cli": ["^0.11.1", "0.11.1"],
      "@sourcegraph/src": ["^5.6.0", "5.6.0"],
      "@teambit/bvm": ["^0.2.2", "0.2.2"],
      caprover: ["^2.3.1", "2.3.1"],
      editorconfig: ["^2.0.0", "2.0.0"],
      "jfrog-cli-v2-jf": ["^2.62.0", "2.62.0"],
      liquibase: ["^4.28.1", "4.28.1"],
      testcontainers: ["^10.11.0", "10.11.0"],
      titanium: ["^6.1.1", "6.1.1"],
    });
    const names = ["API Platform", "bitwarden", "Mattermost", "Octopus Deploy", "RocketChat", "ServiceStack", "Spree", "Superset", "Riak", "GraphQL Ruby",
      "Neovim", "Streamlit", "Jupyter", "Zulip", "ZAP", "Bazel", "Hoppscotch", "Sourcegraph", "Bit", "CapRover", "EditorConfig", "jFrog", "Liquibase",
      "Testcontainers", "Appcelerator"];
    expect(await namedTools(files, names)).toEqual(Object.fromEntries(names.map((n) => [n, "-"])));
  });

  it("PyPI: servers' own clients and bindings in requirements.txt name the tool without their own release", async () => {
    const requirements = [
      "argo-workflows==6.5.6",
      "awxkit==24.6.1",
      "bitwarden-sdk==1.0.0",
      "cuda-python==12.6.0",
      "editorconfig==0.12.4",
      "matlabengine==24.1.2",
      "openshift==0.13.2",
      "pynvim==0.5.0",
      "riak==2.7.0",
      "singlestoredb==1.7.1",
      "testcontainers==4.8.1",
      "zaproxy==0.3.2",
      "",
    ].join("\n");
    const names = ["Argo", "AWX", "bitwarden", "CUDA", "EditorConfig", "MATLAB", "Red Hat OpenShift", "Neovim", "Riak", "MemSQL", "Testcontainers", "ZAP"];
    expect(await namedTools({ "requirements.txt": requirements }, names)).toEqual(Object.fromEntries(names.map((n) => [n, "-"])));
  });
});

describe("packages that are the tool take its release", () => {
  it("npm: Webpacker's, Deno's, Bit's and Yoga's own packages, resolved from the lockfile", async () => {
    const files = npmProject("monorepo", {
      "@rails/webpacker": ["^5.4.3", "5.4.4"],
      "yoga-layout": ["^3.1.0", "3.1.0"],
    }, {
      "@gatling.io/core": ["^3.13.1", "3.13.104"],
      "@gatling.io/cli": ["^3.13.1", "3.13.104"],
      "bit-bin": ["^14.8.6", "14.8.8"],
      deno: ["^2.1.0", "2.1.4"],
    });
    // Gatling's JavaScript SDK numbers its own builds over the engine's (3.13.104 is no Gatling
    // release): it names Gatling without one
    expect(await namedTools(files, ["Webpacker", "Yoga", "Gatling", "Bit", "Deno"])).toEqual({
      Webpacker: "5.4.4", Yoga: "3.1.0", Gatling: "-", Bit: "14.8.8", Deno: "2.1.4",
    });
  });

  it("PyPI: Mercurial, Jsonnet and pgAdmin 4 pinned as packages", async () => {
    const requirements = ["mercurial==6.8.1", "jsonnet==0.20.0", "pgadmin4==8.12", ""].join("\n");
    expect(await namedTools({ "requirements.txt": requirements }, ["Mercurial", "Jsonnet", "pgAdmin"])).toEqual({
      Mercurial: "6.8.1", Jsonnet: "0.20.0", pgAdmin: "8.12",
    });
  });
});

describe("vendors' own API clients beside community ones", () => {
  it("a Python tool's Docker SDK, DigitalOcean's pydo and BigCommerce's client name their tools", async () => {
    const requirements = ["bigcommerce==0.23.4", "docker==7.1.0", "pydo==0.4.0", "requests==2.32.3", ""].join("\n");
    expect(await namedTools({ "requirements.txt": requirements }, ["BigCommerce", "Docker", "DigitalOcean"])).toEqual({
      BigCommerce: "-", Docker: "-", DigitalOcean: "-",
    });
  });

  it("npm: Cloudflare's API client, Zapier's platform CLI and Metabase's embedding SDK", async () => {
    const files = npmProject("integrations", {
      "@metabase/embedding-sdk-react": ["^0.52.0", "0.52.4"],
      cloudflare: ["^3.5.0", "3.5.0"],
    }, { "zapier-platform-cli": ["^15.13.0", "15.13.0"] });
    expect(await namedTools(files, ["Metabase", "CloudFlare", "Zapier"])).toEqual({ Metabase: "-", CloudFlare: "-", Zapier: "-" });
  });
});
