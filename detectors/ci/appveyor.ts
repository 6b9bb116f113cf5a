import type { DetectContext } from "../../src/types.js";
import { isRecord, lineOfEach } from "../../src/kit.js";

/**
 * appveyor.yml: the services the build VM starts beside the job (`services: [mssql2019, postgresql13]`,
 * at the top or in a `for:` branch's configuration), named by the catalog's `appveyor-service` keys.
 * The build worker `image` (Visual Studio 2022, Ubuntu2204) is a machine image and names nothing.
 */
export function readAppveyor(ctx: DetectContext, data: unknown, file: string, text: string): void {
  const configs = [data, ...(isRecord(data) && Array.isArray(data.for) ? data.for : [])];
  const seen = new Set<string>();
  const lineOfService = lineOfEach(text);
  for (const config of configs) {
    if (!isRecord(config)) continue;
    const services = typeof config.services === "string" ? [config.services] : Array.isArray(config.services) ? config.services : [];
    for (const service of services) {
      const name = typeof service === "string" ? service.trim().toLowerCase() : "";
      if (!name || seen.has(name)) continue;
      seen.add(name);
      ctx.report({ ref: `appveyor-service:${name}`, file, line: lineOfService(service as string) });
    }
  }
}
