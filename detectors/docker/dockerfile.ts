/** A base image of a Dockerfile stage. */
export interface BaseImage {
  /** As written after interpolation, without tag or digest: `node`, `bitnami/postgresql`. */
  name: string;
  tag?: string;
  line: number;
}

/**
 * The base images of a Dockerfile: every `FROM`, with `ARG` defaults interpolated (`${VAR}`,
 * `$VAR`, `${VAR:-default}`), stage names and `scratch` left out. Line continuations are joined.
 */
export function readDockerfile(text: string): BaseImage[] {
  const args = new Map<string, string>();
  const stages = new Set<string>();
  const images: BaseImage[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let line = lines[i]!;
    while (/\\\s*$/.test(line)) {
      line = line.replace(/\\\s*$/, " ");
      if (i + 1 === lines.length) break;
      line += lines[++i];
    }
    // Comments and blank lines have no instruction word: `#` and "" are neither ARG nor FROM.
    const [instruction, ...rest] = line.trim().split(/\s+/);
    const keyword = instruction!.toUpperCase();
    if (keyword === "ARG") {
      for (const part of rest) {
        const eq = part.indexOf("=");
        if (eq > 0) args.set(part.slice(0, eq), unquote(part.slice(eq + 1)));
        else if (!args.has(part)) args.set(part, "");
      }
    } else if (keyword === "FROM") {
      const words = rest.filter((w) => !w.startsWith("--"));
      const ref = interpolate(words[0] ?? "", args);
      const as = words.findIndex((w) => w.toLowerCase() === "as");
      const isStage = stages.has(ref.toLowerCase());
      if (as >= 0 && words[as + 1]) stages.add(words[as + 1]!.toLowerCase());
      if (!ref || ref === "scratch" || isStage) continue;
      const image = splitImage(ref);
      if (image) images.push({ ...image, line: start + 1 });
    }
  }
  return images;
}

/** `registry:5000/team/app:1.2@sha256:...` -> { name: "team/app", tag: "1.2" }, registry dropped. */
export function splitImage(ref: string): { name: string; tag?: string } | undefined {
  const withoutDigest = ref.split("@")[0]!;
  const slash = withoutDigest.lastIndexOf("/");
  const colon = withoutDigest.lastIndexOf(":");
  const hasTag = colon > slash;
  let name = hasTag ? withoutDigest.slice(0, colon) : withoutDigest;
  const tag = hasTag ? withoutDigest.slice(colon + 1) : undefined;
  const parts = name.split("/");
  if (parts.length > 1 && /[.:]|^localhost$/.test(parts[0]!)) parts.shift();
  if (parts[0] === "library") parts.shift();
  name = parts.join("/").toLowerCase();
  if (!name || /[${}]/.test(name)) return undefined;
  return tag ? { name, tag } : { name };
}

function interpolate(value: string, args: Map<string, string>): string {
  return value.replace(/\$\{(\w+)(?::?[-+]([^}]*))?\}|\$(\w+)/g, (_m, braced: string, fallback: string | undefined, bare: string) => {
    const name = braced ?? bare;
    const known = args.get(name);
    return known !== undefined && known !== "" ? known : fallback ?? "";
  });
}

function unquote(value: string): string {
  return value.replace(/["']/g, "");
}
