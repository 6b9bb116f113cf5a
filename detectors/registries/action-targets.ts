import { isRecord } from "../../src/kit.js";
import { blankTemplates } from "./templates.js";

/**
 * A workflow's registry steps: docker/login-action's and redhat-actions' `registry` input,
 * docker/build-push-action's `tags` when it pushes, docker/metadata-action's `images` (the names
 * a workflow tags the images it pushes with).
 */
export function actionTargets(data: unknown, text: string, add: (url: string, at: () => number) => void): void {
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
