import { isRecord } from "../../src/kit.js";

/**
 * .cirrus.yml: the images of a task's containers (`container:`, `arm_container:`,
 * `windows_container:`, at the top or in a `*_task`) and the `additional_containers` started beside
 * it (`- name: postgres` with `image: postgres:16`). A VM's image (`macos_instance`,
 * `freebsd_instance`, `gce_instance`) is a machine image, not a container's.
 */
export function cirrusImages(data: unknown, out: string[] = [], depth = 0): string[] {
  if (depth > 50 || !data || typeof data !== "object") return out;
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (/(^|_)container$/.test(key) && isRecord(value) && typeof value.image === "string") out.push(value.image);
    if (key === "additional_containers" && Array.isArray(value)) {
      for (const c of value) if (isRecord(c) && typeof c.image === "string") out.push(c.image);
    } else cirrusImages(value, out, depth + 1);
  }
  return out;
}
