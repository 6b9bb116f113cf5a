/** A service image of a compose file. */
export interface ServiceImage {
  service: string;
  image: string;
}

/** The `image` of every service of a parsed docker-compose / compose file. */
export function readCompose(data: unknown): ServiceImage[] {
  const services = (data as { services?: unknown } | undefined)?.services;
  const table = services && typeof services === "object" ? (services as Record<string, unknown>) : legacyServices(data);
  const out: ServiceImage[] = [];
  for (const [service, spec] of Object.entries(table)) {
    const image = (spec as { image?: unknown } | null)?.image;
    if (typeof image === "string" && image.trim()) out.push({ service, image: image.trim() });
  }
  return out;
}

/** Compose file version 1 put services at the top level. */
function legacyServices(data: unknown): Record<string, unknown> {
  if (!data || typeof data !== "object" || Array.isArray(data)) return {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data as Record<string, unknown>)) {
    if (v && typeof v === "object" && ("image" in v || "build" in v)) out[k] = v;
  }
  return out;
}

/**
 * Whether parsed YAML is a compose file whatever its name: a top-level `services` map (not a
 * list, as GitLab CI, Travis CI and Render write theirs) in which some service is a map naming
 * an `image` or a `build`.
 */
export function isComposeFile(data: unknown): boolean {
  const services = (data as { services?: unknown } | undefined)?.services;
  if (!services || typeof services !== "object" || Array.isArray(services)) return false;
  return Object.values(services as Record<string, unknown>).some(
    (spec) => spec !== null && typeof spec === "object" && !Array.isArray(spec) && (typeof (spec as { image?: unknown }).image === "string" || "build" in spec),
  );
}
