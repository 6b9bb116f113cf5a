/** Container image references as Dockerfiles, compose files, CI configurations and typed names write them. */

/** Docker Hub's namespaces of official images built for one architecture. */
const ARCHITECTURE_NAMESPACES = new Set(["amd64", "arm32v5", "arm32v6", "arm32v7", "arm64v8", "i386", "mips64le", "ppc64le", "riscv64", "s390x", "windows-amd64"]);

/**
 * A plain image reference as a CI file or a Kubernetes manifest writes one: a name (a registry and
 * path where given) and an optional tag, no digest or variable.
 */
export const IMAGE_REFERENCE = /^[\w./-]+(:[\w.-]+)?$/;

/** `registry:5000/team/app:1.2@sha256:...` -> { name: "team/app", tag: "1.2" }, registry dropped. */
export function splitImage(ref: string): { name: string; tag?: string } | undefined {
  const withoutDigest = ref.split("@")[0]!;
  // A variable left unresolved (`redis:${REDIS_TAG:?set it}`, compose's required-variable form) keeps
  // its own colons: the tag's colon and the name's slashes are looked for outside it.
  // After the last `}` no `${` can close: the text there is left as it is, so the `${` openers left
  // open are not each read on to the end (100,000 of them held a scan for minutes).
  const close = withoutDigest.lastIndexOf("}") + 1;
  const outside = withoutDigest.slice(0, close).replace(/\$\{[^}]*\}/g, (v) => "$".repeat(v.length)) + withoutDigest.slice(close);
  const slash = outside.lastIndexOf("/");
  const colon = outside.lastIndexOf(":");
  const hasTag = colon > slash;
  let name = hasTag ? withoutDigest.slice(0, colon) : withoutDigest;
  const tag = hasTag ? withoutDigest.slice(colon + 1) : undefined;
  const parts = name.split("/");
  // A registry given by a variable left empty (a Dockerfile's `ARG REGISTRY` with no default, in
  // `FROM ${REGISTRY}/node:20`, as a build given none pulls it): no registry, Docker Hub's image.
  if (parts.length > 1 && parts[0] === "") parts.shift();
  if (parts.length > 1 && /[.:]|^localhost$/.test(parts[0]!)) {
    parts.shift();
    // Amazon ECR Public mirrors Docker Hub's official images under docker/library/
    // (public.ecr.aws/docker/library/redis is Docker Hub's redis).
    if (parts.length > 2 && parts[0] === "docker" && parts[1] === "library") parts.shift();
  }
  // Docker Hub's official images live under library/, and their builds for one architecture under
  // that architecture's name (arm64v8/ubuntu is ubuntu built for 64-bit ARM).
  if (parts.length === 2 && (parts[0] === "library" || ARCHITECTURE_NAMESPACES.has(parts[0]!))) parts.shift();
  name = parts.join("/").toLowerCase();
  if (!name || /[${}]/.test(name)) return undefined;
  return tag ? { name, tag } : { name };
}
