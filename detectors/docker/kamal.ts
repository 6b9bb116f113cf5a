import { isRecord, lineOfEach } from "../../src/kit.js";
import type { DockerScan } from "./scan-state.js";
import { reportImageRefs } from "./image-findings.js";

/**
 * Kamal's deploy configuration (a destination's config/deploy.staging.yml too): the
 * accessories it runs beside the app are images (`accessories: db: image: postgres:16`).
 */
export async function reportKamalConfig(scan: DockerScan, file: string): Promise<void> {
  const { ctx } = scan;
  const text = await ctx.text(file);
  if (text === undefined || !/^(service|accessories)\s*:/m.test(text)) return;
  const data = await ctx.yaml(file);
  const accessories = readKamalAccessories(data);
  if (accessories === undefined) return;
  ctx.report({ ref: "format:kamal-config", file });
  reportImageRefs(ctx, file, accessories, lineOfEach(text));
}

/**
 * The accessory images of a Kamal deploy configuration, or undefined for a YAML file that is no
 * such configuration (it names a `service`, or is a destination file holding `accessories`).
 */
export function readKamalAccessories(data: unknown): string[] | undefined {
  if (!isRecord(data)) return undefined;
  const d = data;
  const accessories = d.accessories;
  const hasAccessories = isRecord(accessories);
  if (typeof d.service !== "string" && !hasAccessories) return undefined;
  if (typeof d.service !== "string" && !("servers" in d || "image" in d || "registry" in d || "builder" in d || "proxy" in d)) {
    // A destination file may hold only accessories; each then names an image and a host.
    const all = Object.values(accessories as Record<string, unknown>);
    if (!all.length || !all.every((a) => a && typeof a === "object" && typeof (a as { image?: unknown }).image === "string" && ("host" in (a as object) || "hosts" in (a as object) || "role" in (a as object) || "roles" in (a as object)))) return undefined;
  }
  const images: string[] = [];
  if (hasAccessories) {
    for (const accessory of Object.values(accessories as Record<string, unknown>)) {
      const image = accessory && typeof accessory === "object" ? (accessory as { image?: unknown }).image : undefined;
      if (typeof image === "string" && image.trim()) images.push(image.trim());
    }
  }
  return images;
}
