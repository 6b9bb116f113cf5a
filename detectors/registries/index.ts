import type { DetectContext, Detector } from "../../src/types.js";
import { baseName, blankText, inUsageFolder, isRecord, lineCounter, replaceBlockComments } from "../../src/kit.js";

/**
 * Package and container registries a repository's configuration names by their host: the
 * registries it resolves packages from or publishes to (.npmrc, .yarnrc(.yml), package.json's
 * `publishConfig`, a Gemfile's `source`, a gemspec's `allowed_push_host`, pip's index options in
 * requirements files, pip.conf and .pypirc, pyproject's Poetry, uv and PDM sources, a Pipfile's
 * `[[source]]`, NuGet.config's `packageSources`, Maven's repositories, mirrors and
 * distributionManagement, Gradle's `maven { url }`, composer.json's `repositories`, Cargo's
 * registries) and the registries a CI job logs in or pushes to (`docker login quay.io`,
 * `docker push <host>/<image>`, docker/login-action's `registry`, `npm publish --registry`), all
 * reported as `registry-host:<key>`; the registry host of an image a Dockerfile or compose service
 * pulls as `image-host:<key>` (a public registry's image is someone else's: only private
 * registries' keys name a tool there). A compose service that builds its own image and names it
 * on a registry pushes it there: `registry-host`.
 *
 * Keys are host patterns, most specific first: the host with its first path segment and the host
 * itself (`gcr.io/acme`, `gcr.io`), then with its leading labels as one `*` (`*.fury.io`), AWS
 * account numbers and region labels always as `*` (`*.dkr.ecr.*.amazonaws.com`), and any host
 * with the first path segment (`*\/artifactory`). A `host:port` is tried first where a port is
 * given. Hosts written as variables or templates (`${REGISTRY}`, `${{ secrets.HOST }}`) name nothing.
 */
export const registriesDetector: Detector = {
  name: "registries",
  files: [
    ".npmrc",
    ".yarnrc",
    ".yarnrc.yml",
    "package.json",
    "Gemfile",
    "gems.rb",
    "*.gemspec",
    "requirements*.{txt,in}",
    "requirements/*.{txt,in}",
    "constraints*.txt",
    "pip.conf",
    "pip.ini",
    ".pypirc",
    "pyproject.toml",
    "Pipfile",
    "{nuget,NuGet,Nuget}.{config,Config}",
    "pom.xml",
    "settings.xml",
    "*.gradle",
    "*.gradle.kts",
    "composer.json",
    ".cargo/config",
    ".cargo/config.toml",
    "Dockerfile",
    "Dockerfile.*",
    "*.Dockerfile",
    "Containerfile",
    "{docker-compose,compose}*.{yml,yaml}",
    ".github/workflows/*.{yml,yaml}",
    ".github/dependabot.{yml,yaml}",
    ".gitlab-ci.yml",
    ".circleci/config.yml",
    "bitbucket-pipelines.yml",
    ".travis.yml",
    "Jenkinsfile",
    "azure-pipelines.yml",
    "cloudbuild.{yaml,yml}",
    "Makefile",
    "*.sh",
    // Kubernetes manifests, Helm values, ECS task definitions and Terraform: the images they run
    "*.{yml,yaml}",
    "*task-definition*.json",
    "*taskdef*.json",
    "*.tf",
  ],
  async detect(ctx) {
    const owner = await repositoryOwner(ctx);
    for (const file of ctx.files) {
      const base = baseName(file);
      // Files read only for the images they name: a glance, without a warning when one is large.
      const other = !/^(\.gitlab-ci\.yml|\.travis\.yml|bitbucket-pipelines\.yml|azure-pipelines\.yml|\.yarnrc\.yml|cloudbuild\.ya?ml|buildspec[^/]*\.ya?ml|\.drone\.yml|\.woodpecker\.ya?ml)$|^(docker-)?compose/.test(base) && !/^\.(github\/workflows|woodpecker|buildkite)\//.test(file) && !/^\.github\/dependabot\.ya?ml$/.test(file) && !file.endsWith(".circleci/config.yml") && /\.(ya?ml|json|tf)$/.test(base) && base !== "package.json" && base !== "composer.json";
      // Translations, site data and lockfiles hold YAML by the thousand and no image: not read.
      if (other && (/(^|\/)(locales?|i18n|translations?|_data|__snapshots__|\.github|\.circleci)\//i.test(file) || /^(pnpm-lock\.yaml|conda-lock\.yml)$/.test(base))) continue;
      // An example's, a test's or a page of documentation's manifest runs nowhere of the project's
      // own (`docs/eks.yaml`'s `123456789012.dkr.ecr...` is AWS's placeholder account, not a registry).
      if (other && inUsageFolder(file)) continue;
      const text = other ? await ctx.peek(file) : await ctx.text(file);
      if (text === undefined) continue;
      const clean = blankTemplates(text);
      const lineAt = lineCounter(clean);
      // An offset given as a search (a parsed value looked for in the text) is searched for only
      // when its url is reported: 30,000 compose services each searched from the top took 7 s.
      const found: Array<{ kind: "registry-host" | "image-host"; url: string; at: number | (() => number) }> = [];
      const add = (url: string, at: number | (() => number), kind: "registry-host" | "image-host" = "registry-host") => found.push({ kind, url, at });
      if (base === ".npmrc") {
        for (const m of clean.matchAll(/^[ \t]*(?:@[\w.-]+:)?registry[ \t]*=[ \t]*["']?(\S+?)["']?[ \t]*$/gm)) add(m[1]!, m.index!);
        for (const m of clean.matchAll(/^[ \t]*(\/\/[^\s:/]+(?::\d+)?(?:\/[^\s:]*)?):[\w-]+[ \t]*=/gm)) add(m[1]!, m.index!);
      } else if (base === ".yarnrc") {
        for (const m of clean.matchAll(/^[ \t]*["']?(?:@[\w.-]+:)?registry["']?[ \t]+["']?([^\s"']+)["']?/gm)) add(m[1]!, m.index!);
      } else if (base === ".yarnrc.yml") {
        for (const m of clean.matchAll(/\bnpm(?:RegistryServer|PublishRegistry)[ \t]*:[ \t]*["']?([^\s"']+)/g)) add(m[1]!, m.index!);
        for (const m of clean.matchAll(/^[ \t]+["']?((?:https?:)?\/\/[^\s"']+)["']?[ \t]*:[ \t]*$/gm)) add(m[1]!, m.index!);
      } else if (base === "package.json") {
        const data = await ctx.json(file);
        const registry = isRecord(data) && isRecord(data.publishConfig) ? data.publishConfig.registry : undefined;
        if (typeof registry === "string") add(registry, Math.max(0, clean.indexOf(registry)));
      } else if (base === "Gemfile" || base === "gems.rb") {
        for (const m of clean.matchAll(/^[ \t]*source[ \t(]+["']([^"']+)["']/gm)) add(m[1]!, m.index!);
      } else if (base.endsWith(".gemspec")) {
        for (const m of clean.matchAll(/allowed_push_host["']?\s*(?:\]\s*)?(?:=|=>|:)\s*["']([^"']+)["']/g)) add(m[1]!, m.index!);
      } else if (/^(requirements|constraints)/.test(base) || file.includes("requirements/")) {
        for (const m of clean.matchAll(/^[ \t]*(?:--index-url|--extra-index-url|-i)(?:[ \t]*=[ \t]*|[ \t]+)(\S+)/gm)) add(m[1]!, m.index!);
      } else if (base === "pip.conf" || base === "pip.ini" || base === ".pypirc") {
        // `index-url = URL`, `extra-index-url =` (its further URLs on indented lines), `repository = URL`
        for (const m of clean.matchAll(/^[ \t]*(?:index-url|extra-index-url|index|repository)[ \t]*[=:][ \t]*(\S*)((?:\r?\n[ \t]+\S+)*)/gm)) {
          for (const url of [m[1]!, ...m[2]!.split(/\r?\n/).map((s) => s.trim())]) if (url) add(url, m.index!);
        }
      } else if (base === "pyproject.toml" || base === "Pipfile") {
        const data = await ctx.toml(file);
        for (const url of pythonSources(data)) add(url, () => Math.max(0, clean.indexOf(url)));
      } else if (/^nuget\.config$/i.test(base)) {
        for (const block of xmlBlocks(clean, ["packageSources"])) {
          for (const m of block.body.matchAll(/<add\b[^<>]*\bvalue\s*=\s*["']([^"']+)["']/gi)) add(m[1]!, block.at + m.index!);
        }
      } else if (base === "pom.xml" || base === "settings.xml") {
        const bare = replaceBlockComments(clean, blankText, "<!--", "-->");
        for (const block of xmlBlocks(bare, ["repositories", "pluginRepositories", "distributionManagement", "mirrors"])) {
          for (const m of block.body.matchAll(/<url>\s*([^<\s]+)\s*<\/url>/g)) add(m[1]!, block.at + m.index!);
        }
        // Jib's target image (`<to><image>gcr.io/acme/app</image></to>`): where the build pushes
        for (const m of bare.matchAll(/<to>\s*<image>\s*([^<\s]+)\s*<\/image>/g)) add(m[1]!, m.index!);
      } else if (base.endsWith(".gradle") || base.endsWith(".gradle.kts")) {
        const bare = clean.replace(/^[ \t]*\/\/.*$/gm, "");
        for (const m of bare.matchAll(/\bmaven\s*\(\s*(?:url\s*=\s*)?(?:uri\s*\(\s*)?["']([^"']+)["']/g)) add(m[1]!, m.index!);
        // `maven { url = uri("...") }`, the url before or after a nested `credentials { }` block
        for (const m of bare.matchAll(/\bmaven\s*\{/g)) {
          const body = bare.slice(m.index! + m[0].length, m.index! + m[0].length + 600);
          const url = /^(?:[^{}]|\{[^{}]*\})*?\b(?:url|setUrl)\b\s*(?:=\s*)?\(?\s*(?:uri\s*\(\s*)?["']([^"']+)["']/.exec(body);
          if (url) add(url[1]!, m.index! + m[0].length + url.index + url[0].indexOf(url[1]!));
        }
        // Jib's target image (`jib { to { image = "gcr.io/acme/app" } }`, `jib.to.image = "..."`)
        for (const m of bare.matchAll(/\bto\s*\{\s*image\s*=\s*["']([^"']+)["']|\bjib\.to\.image\s*=\s*["']([^"']+)["']/g)) add((m[1] ?? m[2])!, m.index!);
      } else if (base === "composer.json") {
        const data = await ctx.json(file);
        const repos = isRecord(data) ? data.repositories : undefined;
        const list = Array.isArray(repos) ? repos : isRecord(repos) ? Object.values(repos) : [];
        for (const r of list) if (isRecord(r) && typeof r.url === "string" && r.type !== "vcs" && r.type !== "git" && r.type !== "path") add(r.url, () => Math.max(0, clean.indexOf(r.url as string)));
      } else if (file.endsWith(".cargo/config") || file.endsWith(".cargo/config.toml")) {
        for (const m of clean.matchAll(/^[ \t]*(?:index|registry)[ \t]*=[ \t]*["']([^"']+)["']/gm)) add(m[1]!, m.index!);
      } else if (/^(dockerfile|containerfile)$|^dockerfile\.|\.dockerfile$/i.test(base)) {
        for (const m of clean.matchAll(/^[ \t]*FROM[ \t]+(?:--\S+[ \t]+)*(\S+)/gim)) add(m[1]!, m.index!, "image-host");
        commandTargets(clean, add);
      } else if (/^(docker-)?compose/.test(base)) {
        const data = await ctx.yaml(file);
        const services = isRecord(data) && isRecord(data.services) ? data.services : {};
        for (const service of Object.values(services)) {
          if (!isRecord(service) || typeof service.image !== "string") continue;
          // A service built here and named on a registry: the image the project pushes there.
          add(service.image, () => Math.max(0, clean.indexOf(service.image as string)), service.build !== undefined ? "registry-host" : "image-host");
        }
      } else if (/^\.github\/dependabot\.ya?ml$/.test(file)) {
        // The private registries Dependabot is given to resolve from (`registries: { fury: { type: npm-registry, url } }`)
        const data = await ctx.yaml(file);
        const registries = isRecord(data) && isRecord(data.registries) ? Object.values(data.registries) : [];
        for (const r of registries) if (isRecord(r) && typeof r.url === "string") add(r.url, () => Math.max(0, clean.indexOf(r.url as string)));
      } else if (other) {
        imageValues(clean, add);
      } else {
        commandTargets(clean, add);
        // Cloud Build's `images:`, the images a build pushes when it ends
        if (/^cloudbuild\.ya?ml$/.test(base)) {
          const data = await ctx.yaml(file);
          const images = isRecord(data) && Array.isArray(data.images) ? data.images : [];
          const from = Math.max(0, clean.search(/^images[ \t]*:/m));
          for (const image of images) if (typeof image === "string") add(image, () => Math.max(0, clean.indexOf(image, from)));
        }
        // A CI job's own images (GitLab's `image:`, CircleCI's `docker: - image:`): pulled, so image-host
        if (/\.ya?ml$/.test(base)) imageValues(clean, add);
        if (file.startsWith(".github/workflows/")) actionTargets(await ctx.yaml(file), clean, add);
      }
      const seen = new Set<string>();
      for (const { kind: pulled, url, at } of found) {
        // An image of the repository's own owner (quay.io/acme/api in github.com/acme/api) is one
        // it publishes there: the registry it hosts its images on, as a push would show.
        const kind = pulled === "image-host" && owner !== undefined && registryHost(url)?.segment === owner ? "registry-host" : pulled;
        const key = registryKey(ctx, kind, url);
        if (!key || seen.has(`${kind}:${key}`)) continue;
        seen.add(`${kind}:${key}`);
        ctx.report({ ref: `${kind}:${key}`, file, line: lineAt(typeof at === "number" ? at : at()) });
      }
    }
  },
};

/**
 * The images a YAML, JSON or Terraform file names by value, as pulled images (image-host):
 * `image: 111122223333.dkr.ecr.eu-west-1.amazonaws.com/api:1.4`, a Helm value's `repository:`,
 * an ECS task definition's `"image":`, Terraform's `image = "..."`.
 */
function imageValues(text: string, add: (url: string, at: number, kind: "image-host") => void): void {
  for (const m of text.matchAll(/(?:^|[\s{,[-])["']?(?:image|repository|imageUri|image_uri)["']?[ \t]*[:=][ \t]*["']?([^\s"',}\]]+)/g)) {
    // At the value, on the key's line: the match starts at the character before the key, the
    // previous line's end where the key starts its line (GitLab CI's top-level `image:`).
    add(m[1]!, m.index! + m[0].length - m[1]!.length, "image-host");
  }
}

/**
 * The GitHub, GitLab or Bitbucket owner the repository names itself by at its root: go.mod's
 * module path, package.json's or Cargo.toml's `repository`; lowercased, undefined if none.
 */
async function repositoryOwner(ctx: DetectContext): Promise<string | undefined> {
  const hosted = /(?:github\.com|gitlab\.com|bitbucket\.org)[/:]([\w.-]+)\//i;
  if (ctx.exists("go.mod")) {
    const m = /^module\s+(\S+)/m.exec((await ctx.peek("go.mod")) ?? "");
    const owner = m && hosted.exec(`${m[1]}/`);
    if (owner) return owner[1]!.toLowerCase();
  }
  if (ctx.exists("package.json")) {
    const data = await ctx.json("package.json");
    const repo = isRecord(data) ? (isRecord(data.repository) ? data.repository.url : data.repository) : undefined;
    if (typeof repo === "string") {
      const owner = hosted.exec(repo) ?? /^(?:github:)?([\w.-]+)\/[\w.-]+$/.exec(repo.trim());
      if (owner) return owner[1]!.toLowerCase();
    }
  }
  if (ctx.exists("Cargo.toml")) {
    const m = /^repository\s*=\s*["']([^"']+)["']/m.exec((await ctx.peek("Cargo.toml")) ?? "");
    const owner = m && hosted.exec(m[1]!);
    if (owner) return owner[1]!.toLowerCase();
  }
  return undefined;
}

/**
 * The bodies of an XML text's `<name>...</name>` elements (case-insensitive), each from its
 * opening tag to the nearest closing one, with the offset of the body; found by index, so an
 * unclosed tag repeated costs no rescan to the end.
 */
function xmlBlocks(text: string, names: readonly string[]): Array<{ body: string; at: number }> {
  const lower = text.toLowerCase();
  const out: Array<{ body: string; at: number }> = [];
  for (const name of names) {
    const open = `<${name.toLowerCase()}>`;
    const close = `</${name.toLowerCase()}>`;
    for (let from = lower.indexOf(open); from >= 0; ) {
      const end = lower.indexOf(close, from + open.length);
      if (end < 0) break;
      out.push({ body: text.slice(from + open.length, end), at: from + open.length });
      from = lower.indexOf(open, end + close.length);
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/**
 * GitHub Actions' `${{ ... }}` and similar templates, blanked to `$_` on their line (line numbers
 * kept). A template's body holds no `{{`: a line of thousands of unclosed `{{` is read once, not
 * once from each of them.
 */
function blankTemplates(text: string): string {
  return text.replace(/\$?\{\{(?:[^{}\n]|\{(?!\{))*\}\}/g, "$_");
}

/** The index URLs of a pyproject's Poetry, uv and PDM sources, or a Pipfile's `[[source]]`. */
function pythonSources(data: unknown): string[] {
  if (!isRecord(data)) return [];
  const out: string[] = [];
  const urls = (list: unknown, field: string) => {
    for (const s of Array.isArray(list) ? list : []) if (isRecord(s) && typeof s[field] === "string") out.push(s[field] as string);
  };
  urls(data.source, "url");
  const tool = isRecord(data.tool) ? data.tool : {};
  if (isRecord(tool.poetry)) urls(tool.poetry.source, "url");
  if (isRecord(tool.pdm)) urls(tool.pdm.source, "url");
  if (isRecord(tool.uv)) {
    urls(tool.uv.index, "url");
    for (const field of ["index-url", "extra-index-url", "publish-url"]) {
      const v = tool.uv[field];
      for (const url of Array.isArray(v) ? v : [v]) if (typeof url === "string") out.push(url);
    }
  }
  return out;
}

/**
 * The registries a script's commands log in, push or publish to: `docker|podman|buildah|helm
 * registry|oras|skopeo|crane login <host>`, `docker|podman|buildah push <image>`, a `buildx build
 * --push`'s `-t|--tag` images, `--registry`, `--repository-url`, `--index-url`, `--extra-index-url`,
 * `--source` and `--host` URLs, the registry variables pip, uv, npm and twine read, and a `curl`
 * upload's URLs (`-T`, `--upload-file`, `-F`, `--form`, `-X PUT`).
 */
function commandTargets(text: string, add: (url: string, at: number) => void): void {
  const joined = text.replace(/\\\r?\n/g, "  ");
  for (const m of joined.matchAll(/\b(?:docker|podman|buildah|oras|skopeo|crane|helm[ \t]+registry)[ \t]+login\b([^\n;&|]*)/g)) {
    const words = m[1]!.trim().split(/\s+/);
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (/^-(u|p|-username|-password)$/.test(w)) i++;
      else if (!w.startsWith("-") && w) {
        add(/^[a-z][\w+.-]*:\/\//i.test(w) ? w : `//${w}`, m.index!);
        break;
      }
    }
  }
  // The registry a vendor's CLI logs in or pushes to without naming its host (written as one of
  // that registry's hosts): `aws codeartifact login`, `package_cloud push`, `cloudsmith push`,
  // `gcloud auth configure-docker` (Container Registry's hosts where it names none).
  for (const [command, url] of CLI_REGISTRIES) for (const m of joined.matchAll(command)) add(url, m.index!);
  // Jenkins' `docker.withRegistry('https://quay.io', 'quay-creds')`: the registry a pipeline logs in to
  for (const m of joined.matchAll(/\bwithRegistry\s*\(\s*["']([^"']+)["']/g)) add(m[1]!, m.index!);
  // The command's words read once, to the command's end (a lazy run to its tag from each of 20,000
  // `gcloud builds submit` on one line read the line again from each: 10 s).
  for (const m of joined.matchAll(/\bgcloud[ \t]+builds[ \t]+submit\b([^\n;&|]*)/g)) {
    const tag = /(?:--tag|-t)(?:=|[ \t]+)["']?([^\s"']+)/.exec(m[1]!);
    if (tag) add(tag[1]!, m.index!);
  }
  for (const m of joined.matchAll(/\b(?:docker|podman|buildah)[ \t]+(?:image[ \t]+)?push[ \t]+(?:-\S+[ \t]+)*([^\s;&|"']+)/g)) add(m[1]!, m.index!);
  for (const m of joined.matchAll(/\bbuildx[ \t]+build\b([^\n;&|]*)/g)) {
    if (!/(^|\s)--push\b/.test(m[1]!)) continue;
    for (const t of m[1]!.matchAll(/(?:^|\s)(?:-t|--tag)(?:=|\s+)["']?([^\s"']+)/g)) add(t[1]!, m.index!);
  }
  for (const m of joined.matchAll(/(?:^|\s)-{1,2}(?:registry|repository-url|index-url|extra-index-url|source|Source|host)(?:=|\s+)["']?((?:[a-z+]+:)?\/\/[^\s"']+)/g)) add(m[1]!, m.index!);
  for (const m of joined.matchAll(/\b(?:NPM_CONFIG_REGISTRY|npm_config_registry|PIP_INDEX_URL|PIP_EXTRA_INDEX_URL|UV_INDEX_URL|UV_EXTRA_INDEX_URL|UV_DEFAULT_INDEX|UV_INDEX|UV_PUBLISH_URL|TWINE_REPOSITORY_URL|POETRY_REPOSITORIES_\w+_URL)["']?[ \t]*[:=][ \t]*["']?((?:[a-z+]+:)?\/\/[^\s"']+)/g)) add(m[1]!, m.index!);
  for (const m of joined.matchAll(/\bcurl\b([^\n;&|]*)/g)) {
    if (!/(^|\s)(-T|--upload-file|-F|--form|-X\s*PUT|--request\s+PUT)\b/.test(m[1]!)) continue;
    for (const u of m[1]!.matchAll(/(https?:\/\/[^\s"'<>]+)/g)) add(u[1]!, m.index!);
  }
}

/**
 * A workflow's registry steps: docker/login-action's and redhat-actions' `registry` input,
 * docker/build-push-action's `tags` when it pushes, docker/metadata-action's `images` (the names
 * a workflow tags the images it pushes with).
 */
function actionTargets(data: unknown, text: string, add: (url: string, at: () => number) => void): void {
  const jobs = isRecord(data) && isRecord(data.jobs) ? data.jobs : {};
  for (const job of Object.values(jobs)) {
    const steps = isRecord(job) && Array.isArray(job.steps) ? job.steps : [];
    for (const step of steps) {
      if (!isRecord(step) || typeof step.uses !== "string" || !isRecord(step.with)) continue;
      const action = step.uses.split("@")[0]!.toLowerCase();
      const inputs: Record<string, unknown> = step.with;
      const input = (name: string): string[] => {
        const v = inputs[name];
        return typeof v === "string" ? v.split(/[\n,]/).map((s) => s.trim()).filter(Boolean) : [];
      };
      // The text has its templates blanked: so has the value looked for (`tags: quay.io/acme/api:${{ github.sha }}`).
      const at = (value: string) => () => Math.max(0, text.indexOf(blankTemplates(value)));
      if (["docker/login-action", "redhat-actions/podman-login", "redhat-actions/push-to-registry", "azure/docker-login"].includes(action)) {
        for (const host of [...input("registry"), ...input("login-server")]) add(`//${host}`, at(host));
      } else if (action === "docker/build-push-action") {
        const push = inputs.push;
        if (push === undefined || push === false || push === "false") continue;
        for (const tag of input("tags")) add(tag, at(tag));
      } else if (action === "docker/metadata-action") {
        for (const image of input("images")) add(image.split(/\s/)[0]!, at(image));
      }
    }
  }
}

const CLI_REGISTRIES: Array<[RegExp, string]> = [
  [/\baws[ \t]+codeartifact[ \t]+(?:login|get-authorization-token|get-repository-endpoint)\b/g, "//domain-000000000000.d.codeartifact.us-east-1.amazonaws.com"],
  [/\bpackage_cloud[ \t]+push\b/g, "//packagecloud.io"],
  [/\baws[ \t]+ecr[ \t]+get-login(?:-password)?\b/g, "//000000000000.dkr.ecr.us-east-1.amazonaws.com"],
  [/\bcloudsmith[ \t]+(?:push|upload)\b/g, "//api.cloudsmith.io"],
  [/\bgcloud[ \t]+auth[ \t]+configure-docker(?=[ \t]*(?:$|[;&|#\n]|--quiet\b|-q\b|(?:[a-z]+\.)?gcr\.io))/gm, "//gcr.io"],
];

/** Vendors' own public registries under a pattern that otherwise means a customer's private one. */
const VENDOR_PUBLIC_HOSTS = new Set(["groovy.jfrog.io", "releases.jfrog.io", "jfrog.bintray.com"]);

/** An AWS account number or region label, written as `*` in the keys. */
const VARYING_LABEL = /^(\d{12}|[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d)$/;

/**
 * The host and first path segment of a URL (`https://user:token@gem.fury.io/acme/`), a
 * scheme-less `//host/path` or an image reference (`quay.io/acme/api:1.2`); undefined for a
 * template or variable, or an image without a registry host.
 */
export function registryHost(url: string): { host: string; port?: string; segment?: string } | undefined {
  let rest = url.trim().replace(/^["']|["']$/g, "");
  const scheme = /^(?:[a-z][\w+.-]*:)?\/\//i.exec(rest);
  if (scheme) rest = rest.slice(scheme[0].length);
  else {
    // An image reference: its first part is a registry host only with a dot or a port (or localhost).
    const first = rest.split("/")[0]!;
    if (!rest.includes("/") || !/[.:]|^localhost$/.test(first)) return undefined;
  }
  const slash = rest.indexOf("/");
  let authority = slash < 0 ? rest : rest.slice(0, slash);
  const path = slash < 0 ? "" : rest.slice(slash + 1);
  authority = authority.slice(authority.lastIndexOf("@") + 1);
  const [host, port] = authority.toLowerCase().split(":");
  if (!host || !/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(host)) return undefined;
  if (port !== undefined && !/^\d+$/.test(port)) return undefined;
  const segment = path.split(/[/:@?#]/)[0]!.toLowerCase();
  return { host, port, segment: /^[a-z0-9][\w.-]*$/.test(segment) ? segment : undefined };
}

/** The candidate keys of a host, most specific first (see the detector's comment). */
export function registryKeys(url: string): string[] {
  const parsed = registryHost(url);
  if (!parsed || VENDOR_PUBLIC_HOSTS.has(parsed.host)) return [];
  const labels = parsed.host.split(".").map((l) => (VARYING_LABEL.test(l) ? "*" : l));
  const hosts: string[] = [];
  if (parsed.port) hosts.push(`${labels.join(".")}:${parsed.port}`);
  hosts.push(labels.join("."));
  for (let i = 1; i < labels.length - 1; i++) hosts.push(["*", ...labels.slice(i)].join("."));
  const keys: string[] = [];
  for (const h of hosts) {
    if (parsed.segment) keys.push(`${h}/${parsed.segment}`);
    keys.push(h);
  }
  if (parsed.segment) keys.push(`*/${parsed.segment}`);
  return keys;
}

/** The first candidate key of a URL the catalog's `kind` knows a tool for. */
function registryKey(ctx: DetectContext, kind: string, url: string): string | undefined {
  return registryKeys(url).find((key) => ctx.lookup(kind, key).length > 0);
}
