/**
 * The registries a script's commands log in, push or publish to: `docker|podman|buildah|helm
 * registry|oras|skopeo|crane login <host>`, `docker|podman|buildah push <image>`, a `buildx build
 * --push`'s `-t|--tag` images, `--registry`, `--repository-url`, `--index-url`, `--extra-index-url`,
 * `--source` and `--host` URLs, the registry variables pip, uv, npm and twine read, and a `curl`
 * upload's URLs (`-T`, `--upload-file`, `-F`, `--form`, `-X PUT`).
 */
export function commandTargets(text: string, add: (url: string, at: number) => void): void {
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

const CLI_REGISTRIES: Array<[RegExp, string]> = [
  [/\baws[ \t]+codeartifact[ \t]+(?:login|get-authorization-token|get-repository-endpoint)\b/g, "//domain-000000000000.d.codeartifact.us-east-1.amazonaws.com"],
  [/\bpackage_cloud[ \t]+push\b/g, "//packagecloud.io"],
  [/\baws[ \t]+ecr[ \t]+get-login(?:-password)?\b/g, "//000000000000.dkr.ecr.us-east-1.amazonaws.com"],
  [/\bcloudsmith[ \t]+(?:push|upload)\b/g, "//api.cloudsmith.io"],
  [/\bgcloud[ \t]+auth[ \t]+configure-docker(?=[ \t]*(?:$|[;&|#\n]|--quiet\b|-q\b|(?:[a-z]+\.)?gcr\.io))/gm, "//gcr.io"],
];
