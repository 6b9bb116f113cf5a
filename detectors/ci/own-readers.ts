import type { DetectContext } from "../../src/types.js";
import { baseName, yamlDocuments, lineOfEach } from "../../src/kit.js";
import { imagesIn } from "./images.js";
import { reportImageRefs } from "../docker/image-findings.js";
import { readNetlify, readFirebaseJson, readNetlifyCmsConfig } from "./build-hosts.js";
import { isJenkinsfile, reportJenkinsfile } from "./jenkins.js";
import { reportEarthfile } from "./earthfile.js";
import { reportDaggerModule } from "./dagger.js";
import { readConcourse } from "./concourse.js";

/** A file the detector reads its own way (not as one parsed YAML document): which, and how. */
interface OwnReader {
  test: (file: string) => boolean;
  read: (ctx: DetectContext, file: string) => Promise<void>;
}

/** The files read their own way, in the order they are tried: the first whose test holds reads the file. */
export const OWN_READERS: readonly OwnReader[] = [
  { test: (file) => file === "netlify.toml", read: readNetlify },
  { test: (file) => /(^|\/)admin\/config\.ya?ml$/.test(file), read: readNetlifyCmsConfig },
  { test: (file) => file === "firebase.json" || file.endsWith("/firebase.json"), read: readFirebaseJson },
  { test: isJenkinsfile, read: reportJenkinsfile },
  { test: isConcoursePipeline, read: readConcourse },
  { test: (file) => baseName(file) === "dagger.json", read: reportDaggerModule },
  { test: (file) => baseName(file) === "Earthfile", read: reportEarthfile },
  { test: (file) => file === ".drone.yml", read: readDrone },
];

/** A YAML file under a `ci/`, `concourse/` or `pipelines/` folder that no other service's name claims. */
function isConcoursePipeline(file: string): boolean {
  return /^\.?(ci|concourse|pipelines)\/.*\.ya?ml$/.test(file) && !/^(cloudbuild|buildspec|azure-pipelines|\.travis\.yml)/.test(baseName(file));
}

/** Drone keeps one pipeline a document (`---` between them): the images of them all. */
async function readDrone(ctx: DetectContext, file: string): Promise<void> {
  const text = (await ctx.text(file)) ?? "";
  const pipelines = yamlDocuments(ctx, file, text);
  if (!pipelines) return;
  reportImageRefs(ctx, file, pipelines.flatMap((p) => imagesIn(p)), lineOfEach(text));
}
