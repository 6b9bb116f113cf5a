import { azureResourceKey } from "./azure-templates.js";
import { chartName } from "./chart-name.js";
import type { BodyOf } from "./hcl-blocks.js";
import type { TerraformUse } from "./terraform.js";

/**
 * Whether traces go to AWS X-Ray: `tracing_config { mode = "Active" }` (aws_lambda_function),
 * `xray_tracing_enabled = true` (aws_api_gateway_stage), a state machine's
 * `tracing_configuration { enabled = true }`. (The spaces around the line end (LF or CRLF) as
 * `[ \t]*(?:\r?\n[ \t]*)?`: `[ \t]*\n?[ \t]*` splits a long run of them every way, a time growing
 * with its square.)
 */
export function tracesToXray(clean: string): boolean {
  return /^[ \t]*tracing_config[ \t]*\{[ \t]*(?:\r?\n[ \t]*)?mode[ \t]*=[ \t]*"Active"/m.test(clean) || /^[ \t]*xray_tracing_enabled[ \t]*=[ \t]*true\b/m.test(clean) || /^[ \t]*tracing_configuration[ \t]*\{[ \t]*(?:\r?\n[ \t]*)?enabled[ \t]*=[ \t]*true\b/m.test(clean);
}

/** Whether an ECS service or task is set to run on Fargate (`launch_type`, a capacity provider, `requires_compatibilities`). */
export function runsOnFargate(clean: string): boolean {
  return /^[ \t]*(?:launch_type|capacity_provider)\s*=\s*"FARGATE(?:_SPOT)?"/m.test(clean) || listsFargate(clean);
}

/** The distinct values a setting's pattern captures in the bodies of one resource type's blocks. */
export function settingValues(clean: string, bodyOf: BodyOf, type: string, setting: RegExp): string[] {
  const values = new Set<string>();
  for (const m of clean.matchAll(new RegExp(`^[ \\t]*resource[ \\t]+"${type}"[ \\t]+"[\\w-]+"[ \\t]*\\{`, "gm"))) {
    const value = setting.exec(bodyOf(m))?.[1];
    if (value) values.add(value);
  }
  return [...values];
}

/**
 * The images the Kubernetes provider's workloads run (a pod spec's containers, as a manifest's), and
 * an ECS task definition's containers, in `jsonencode([{ image = "nginx:1.25" }])` or a JSON
 * heredoc's `"image": "nginx:1.25"`; each once. The Docker provider's docker_image is left out: it
 * pulls or builds an image by name (HashiCorp's tutorial's nginx:latest, a build's own tag) that no
 * container need run.
 */
export function workloadImages(clean: string, bodyOf: BodyOf): string[] {
  const images = new Set<string>();
  for (const m of clean.matchAll(/^[ \t]*resource[ \t]+"(kubernetes_(?:deployment|stateful_set|daemon_set|daemonset|pod|job|cron_job|replication_controller)(?:_v1|_v2)?|aws_ecs_task_definition)"[ \t]+"[\w-]+"[ \t]*\{/gm)) {
    const pattern = m[1] === "aws_ecs_task_definition" ? /^[ \t]*(?:image[ \t]*=|"image"[ \t]*:)[ \t]*"([^"$]+)"/gm : /^[ \t]*image[ \t]*=[ \t]*"([^"$]+)"/gm;
    for (const i of bodyOf(m).matchAll(pattern)) images.add(i[1]!.trim());
  }
  return [...images];
}

/** The azapi provider's resources: an ARM resource type at an API version, as a Bicep file declares it (azureResourceKey's), each once. */
export function azapiTypes(clean: string, bodyOf: BodyOf): string[] {
  const azure = new Set<string>();
  for (const m of clean.matchAll(/^[ \t]*resource[ \t]+"azapi_resource"[ \t]+"[\w-]+"[ \t]*\{/gm)) {
    const body = bodyOf(m);
    const type = /^[ \t]*type[ \t]*=[ \t]*"([A-Za-z][\w]*(?:\.[\w]+)+\/[\w./-]+)@[^"]*"/m.exec(body)?.[1];
    // A site's `kind` in its body (`body = { kind = "functionapp,linux" }`, jsonencode's or a JSON heredoc's) makes it a function app.
    const kind = type?.toLowerCase() === "microsoft.web/sites" ? /\bkind"?[ \t]*[=:][ \t]*"([^"\n]*)"/.exec(body)?.[1] : undefined;
    if (type) azure.add(azureResourceKey(type, kind));
  }
  return [...azure];
}

/** The charts `helm_release` resources install, with the chart version when pinned. */
export function helmCharts(clean: string, bodyOf: BodyOf): TerraformUse["charts"] {
  const charts: TerraformUse["charts"] = [];
  for (const m of clean.matchAll(/^[ \t]*resource\s+"helm_release"\s+"[\w-]+"\s*\{/gm)) {
    const body = bodyOf(m);
    const chart = /^[ \t]*chart\s*=\s*"([^"$]+)"/m.exec(body)?.[1];
    // A chart named by URL or path (`oci://…/argo-cd`, `./charts/app`, a packaged chart) is known by its name.
    const name = chart === undefined ? undefined : chartName(chart);
    const version = /^[ \t]*version\s*=\s*"([^"$]+)"/m.exec(body)?.[1];
    if (name) charts.push({ name, ...(version ? { version } : {}) });
  }
  return charts;
}

/**
 * `requires_compatibilities = ["EC2", "FARGATE"]`: a list (at a line's start) holding the string
 * FARGATE. Each list is walked once, string by string, up to its `]`; a list that never closes
 * ends the walk, so no text is read twice however many lists are left open.
 */
function listsFargate(text: string): boolean {
  let walked = 0;
  for (const m of text.matchAll(/^[ \t]*requires_compatibilities\s*=\s*\[/gm)) {
    if (m.index! < walked) continue;
    let i = m.index! + m[0].length;
    for (;;) {
      while (i < text.length && text[i] !== "]" && text[i] !== '"') i++;
      if (text[i] !== '"') break;
      const end = text.indexOf('"', i + 1);
      if (end < 0) return false;
      if (text.slice(i + 1, end) === "FARGATE") return true;
      i = end + 1;
    }
    walked = i;
  }
  return false;
}
