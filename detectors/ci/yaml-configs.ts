import type { DetectContext } from "../../src/types.js";
import { reportImageRefs } from "../docker/image-findings.js";
import { inUsageFolder, lineOfEach } from "../../src/kit.js";
import { readTravis } from "./travis.js";
import { readCodemagic, readBitrise } from "./mobile-ci.js";
import { cirrusImages } from "./cirrus.js";
import { readSemaphore } from "./semaphore.js";
import { readAppveyor } from "./appveyor.js";
import { reportActionManifest, reportWorkflow } from "./workflow-report.js";
import { isAzurePipeline } from "./azure-pipelines.js";
import { buildServiceOf, readBuildConfig, type NamedBuildServices } from "./build-services.js";
import { readJobConfig } from "./job-configs.js";
import { isBuildkiteNonPipeline } from "./buildkite.js";

/** What one scan's YAML files share: the build services named already, the Azure Pipelines files read so far. */
export interface YamlScan {
  named: NamedBuildServices;
  azureRead: Set<string>;
}

/** A parsed YAML configuration's reader: which file, and how. */
interface YamlReader {
  test: (file: string) => boolean;
  read: (ctx: DetectContext, data: unknown, file: string, text: string) => void;
}

/** The services whose one file has a reader of its own, in the order they are tried. */
const SERVICE_READERS: readonly YamlReader[] = [
  { test: (file) => file === "codemagic.yaml", read: readCodemagic },
  { test: (file) => file === "bitrise.yml", read: readBitrise },
  { test: (file) => file === ".cirrus.yml", read: (ctx, data, file, text) => reportImageRefs(ctx, file, cirrusImages(data), lineOfEach(text)) },
  { test: (file) => file.startsWith(".semaphore/"), read: readSemaphore },
  { test: (file) => /^\.?appveyor\.yml$/.test(file), read: readAppveyor },
];

/** A CI configuration read as one YAML document: left out under an example folder where the service runs any path. */
export async function readYamlConfig(ctx: DetectContext, file: string, scan: YamlScan): Promise<void> {
  const azure = isAzurePipeline(file);
  if (azure && inUsageFolder(file)) return;
  const service = buildServiceOf(file);
  if (service && inUsageFolder(file)) return;
  const data = await ctx.yaml(file);
  if (data === undefined) return;
  const text = (await ctx.text(file)) ?? "";
  if (service) return readBuildConfig(ctx, service, scan.named, data, file, text);
  const reader = SERVICE_READERS.find((r) => r.test(file));
  if (reader) return reader.read(ctx, data, file, text);
  if (/(^|\/)action\.ya?ml$/.test(file)) reportActionManifest(ctx, data, file, text);
  else if (file.startsWith(".github/workflows/")) reportWorkflow(ctx, data, file, text);
  else if (file.endsWith(".travis.yml")) readTravisConfig(ctx, data, file, text);
  else if (!isBuildkiteNonPipeline(file, data)) await readJobConfig(ctx, data, file, text, azure, scan.azureRead);
}

/**
 * A Travis configuration. A subproject's own (a `client/` kept from when it was a repository of its
 * own, a book chapter's project) shows the service, as the site's files name it; a copy under an
 * example, test, template or documentation folder does not.
 */
function readTravisConfig(ctx: DetectContext, data: unknown, file: string, text: string): void {
  if (file.includes("/")) {
    if (notAProject(file)) return;
    ctx.report({ ref: "format:travis-config", file });
  }
  readTravis(ctx, data, file, text);
}

/** Folders whose files show how to use something rather than how this repository is built: templates too. */
const notAProject = (file: string): boolean => inUsageFolder(file) || /(^|\/)templates?\//i.test(file);
