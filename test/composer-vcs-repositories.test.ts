import { describe, expect, it } from "vitest";
import { registriesDetector } from "../detectors/registries/index.js";
import { builtinCatalog } from "../src/index.js";
import { compact, detectorFindings } from "./detector-findings.js";

// composer.json's `repositories` hold three sorts of entry, and only one is a package registry.
// `composer` (Packagist, Private Packagist, Satis, Artifactory) and Composer 1's `pear` channels
// list packages: their URL is a registry's host. `vcs`, `git`, `github`, `gitlab`, `bitbucket`,
// `hg`, `svn`, `fossil` and `perforce` are one package's version-control repository: its host is a
// forge (a self-managed GitLab names GitLab; github.com, gitlab.com and bitbucket.org are others'
// code, as a public registry's pulled image is), and a Subversion or Mercurial repository is a
// system Composer runs to check it out. `artifact` and `path` are folders: no host at all.
const refs = async (composer: string): Promise<string[]> => {
  const { findings, warnings } = await detectorFindings(registriesDetector, { "composer.json": composer });
  expect(warnings).toEqual([]);
  return compact(findings);
};

const tools = (ref: string): string[] => {
  const [kind, ...key] = ref.replace(/@\d+$/, "").split(":");
  return builtinCatalog().match(kind!, key.join(":")).map((t) => t.name);
};

// A Magento store's composer.json, its private packages spread over every kind of repository.
const STORE = [
  "{",
  '    "name": "acme/storefront",',
  '    "type": "project",',
  '    "repositories": [',
  '        { "type": "composer", "url": "https://repo.magento.com/" },',
  '        { "type": "composer", "url": "https://acme.jfrog.io/artifactory/api/composer/php-virtual" },',
  '        { "type": "vcs", "url": "git@gitlab.acme.io:platform/payment-gateway.git" },',
  '        { "type": "gitlab", "url": "https://gitlab.acme.io/platform/search-client" },',
  '        { "type": "github", "url": "https://github.com/acme/monolog" },',
  '        { "type": "vcs", "url": "git@github.com:acme/php-sdk.git" },',
  '        { "type": "bitbucket", "url": "https://bitbucket.org/acme/legacy-erp.git" },',
  '        { "type": "git", "url": "https://nexus.acme.io/repository/git-mirror/tools.git" },',
  '        { "type": "svn", "url": "https://svn.acme.io/artifactory/vendor-lib/", "trunk-path": "Trunk" },',
  '        { "type": "hg", "url": "https://hg.acme.io/forms" },',
  '        { "type": "fossil", "url": "https://fossil.acme.io/pdf" },',
  '        { "type": "perforce", "url": "ssl:perforce.acme.io:1666", "depot": "Sdk" },',
  '        { "type": "artifact", "url": "//nexus.acme.io/zips/" },',
  '        { "type": "path", "url": "packages/*" },',
  '        { "packagist.org": false }',
  "    ],",
  '    "require": { "magento/product-community-edition": "2.4.7", "acme/payment-gateway": "^3.2" }',
  "}",
  "",
].join("\n");

describe("composer.json's repositories, by what each type reveals", () => {
  it("a composer repository is a registry; a self-managed GitLab is a forge; Subversion and Mercurial are version control; public forges, a Nexus git mirror and folders name nothing", async () => {
    expect(await refs(STORE)).toEqual([
      "registry-host:*.jfrog.io@6",
      "vcs-host:gitlab.acme.io/platform@7",
      "composer-vcs:svn@13",
      "composer-vcs:hg@14",
    ]);
    expect(["registry-host:*.jfrog.io", "vcs-host:gitlab.acme.io/platform", "composer-vcs:svn", "composer-vcs:hg"].map(tools)).toEqual([
      ["JFrog Artifactory"],
      ["GitLab"],
      ["SVN (Subversion)"],
      ["Mercurial"],
    ]);
  });

  it("a self-managed GitHub Enterprise or Bitbucket is its forge; one on the public host is someone's code", async () => {
    const composer = JSON.stringify(
      {
        name: "acme/billing",
        repositories: {
          ledger: { type: "github", url: "https://github.acme.io/finance/ledger" },
          invoices: { type: "vcs", url: "ssh://git@bitbucket.acme.io:7999/fin/invoices.git" },
          fork: { type: "vcs", url: "https://www.github.com/acme/omnipay" },
          forms: { type: "gitlab", url: "https://gitlab.com/acme/forms" },
        },
        require: { "acme/ledger": "^1.0", "acme/invoices": "dev-main" },
      },
      null,
      4,
    );
    expect(await refs(composer)).toEqual(["vcs-host:github.acme.io/finance@6", "vcs-host:bitbucket.acme.io:7999/fin@10"]);
    expect(["vcs-host:github.acme.io/finance", "vcs-host:bitbucket.acme.io:7999/fin"].map(tools)).toEqual([["GitHub"], ["Bitbucket"]]);
  });

  // Each entry alone, as a Laravel or Drupal project adds one private package: its type is what reads it.
  it("a git or gitlab entry alone names its self-managed GitLab; an address without a user (ssh config's) too", async () => {
    const only = (repository: unknown) =>
      JSON.stringify({ name: "acme/portal", type: "project", repositories: [repository], require: { "acme/theme": "^2.0" } }, null, 4);
    expect(await refs(only({ type: "git", url: "https://gitlab.acme.io/web/theme.git" }))).toEqual(["vcs-host:gitlab.acme.io/web@7"]);
    expect(await refs(only({ type: "gitlab", url: "https://gitlab.acme.io/web/theme" }))).toEqual(["vcs-host:gitlab.acme.io/web@7"]);
    expect(await refs(only({ type: "vcs", url: "gitlab.acme.io:web/theme.git" }))).toEqual(["vcs-host:gitlab.acme.io/web@7"]);
  });

  // Composer 1's Mercurial driver for Bitbucket (Bitbucket dropped Mercurial in 2020; old lockfiles keep it).
  it("an hg-bitbucket entry is Mercurial, on the public host", async () => {
    const composer = JSON.stringify({ repositories: [{ type: "hg-bitbucket", url: "https://bitbucket.org/acme/forms" }], require: { "acme/forms": "1.2.*" } }, null, 4);
    expect(await refs(composer)).toEqual(["composer-vcs:hg-bitbucket@5"]);
    expect(tools("composer-vcs:hg-bitbucket")).toEqual(["Mercurial"]);
  });
});
