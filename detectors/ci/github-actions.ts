/** A step's `uses:` or a job's container, as read from a GitHub Actions workflow. */
export interface WorkflowUse {
  /** `actions/setup-node` (owner/repo, without the ref or a sub-path). */
  action?: string;
  /** A container image used by a job or a service. */
  image?: string;
  /** The runtime version a setup action was given (`node-version: 18`). */
  version?: string;
  /**
   * A step's inputs written as plain values (`otp-version: 26.2`), for the catalog's `action-input`
   * keys: a setup action that installs several runtimes names each by an input of its own. An input
   * given by an expression (`${{ matrix.otp }}`) is an empty string: set, at no release.
   */
  inputs?: Record<string, string>;
}

/** Inputs of setup actions that name the runtime version they install. */
const VERSION_INPUTS = ["node-version", "python-version", "java-version", "go-version", "dotnet-version", "ruby-version", "php-version", "deno-version", "bun-version", "flutter-version", "terraform_version", "elixir-version", "hugo-version", "xcode-version", "pulumi-version"];

/**
 * Setup actions whose plain `version` input is the release of the tool they install
 * (`pnpm/action-setup` with `version: 9.4.0`, `golangci/golangci-lint-action` with `version: v1.59.1`),
 * as `terraform_version` is for hashicorp/setup-terraform. Not every action's `version` is: a CLI's
 * (supabase/setup-cli) or a client's (azure/setup-kubectl) is not its platform's.
 */
const TOOL_VERSION_ACTIONS: ReadonlySet<string> = new Set(["pnpm/action-setup", "golangci/golangci-lint-action", "azure/setup-helm", "astral-sh/setup-uv"]);

/**
 * Actions whose ref names the release they install, as the input it stands for:
 * `dtolnay/rust-toolchain@1.79.0` installs Rust 1.79.0 (`@stable` and `@nightly` name none).
 */
const REF_INPUTS: ReadonlyMap<string, string> = new Map([["dtolnay/rust-toolchain", "toolchain"]]);

/**
 * Whether an input of an action names another tool's release than the action's own (the catalog's
 * `action-input` keys: astral-sh/setup-uv's `python-version` is Python's, not uv's): such an input
 * is reported on its own and never read as the action's version.
 */
export type ForeignInput = (action: string, input: string) => boolean;

/** Every action, job container and service image of a parsed workflow. */
export function readWorkflow(data: unknown, foreign?: ForeignInput): WorkflowUse[] {
  const out: WorkflowUse[] = [];
  const jobs = (data as { jobs?: unknown } | undefined)?.jobs;
  if (!jobs || typeof jobs !== "object") return out;
  for (const job of Object.values(jobs as Record<string, unknown>)) {
    if (!job || typeof job !== "object") continue;
    const j = job as { steps?: unknown; container?: unknown; services?: unknown; uses?: unknown };
    if (typeof j.uses === "string") pushAction(out, j.uses, undefined);
    const container = typeof j.container === "string" ? j.container : (j.container as { image?: unknown } | undefined)?.image;
    if (typeof container === "string") out.push({ image: container });
    if (j.services && typeof j.services === "object") {
      for (const service of Object.values(j.services as Record<string, unknown>)) {
        const image = (service as { image?: unknown } | undefined)?.image;
        if (typeof image === "string") out.push({ image });
      }
    }
    readSteps(out, j.steps, foreign);
  }
  return out;
}

/**
 * An action's own `action.yml`: a composite action's steps (setup steps often live in
 * `.github/actions/setup/action.yml`, which workflows call as `./.github/actions/setup`), the
 * Node.js release a JavaScript action runs on (`using: node20`), a Docker action's image.
 */
export function readActionManifest(data: unknown, foreign?: ForeignInput): WorkflowUse[] & { node?: string } {
  const out: WorkflowUse[] & { node?: string } = [];
  const runs = (data as { runs?: unknown } | undefined)?.runs as { using?: unknown; steps?: unknown; image?: unknown } | undefined;
  if (!runs || typeof runs !== "object") return out;
  const using = typeof runs.using === "string" ? runs.using : "";
  const node = /^node(\d+)$/.exec(using);
  if (node) out.node = node[1];
  if (using === "docker" && typeof runs.image === "string" && runs.image.startsWith("docker://")) out.push({ image: runs.image.slice("docker://".length) });
  if (using === "composite") readSteps(out, runs.steps, foreign);
  return out;
}

function readSteps(out: WorkflowUse[], steps: unknown, foreign: ForeignInput = () => false): void {
  if (!Array.isArray(steps)) return;
  for (const step of steps) {
    const s = step as { uses?: unknown; with?: unknown } | null;
    if (typeof s?.uses !== "string") continue;
    const inputs = (s.with && typeof s.with === "object" ? s.with : {}) as Record<string, unknown>;
    const action = actionOf(s.uses);
    const keys = (TOOL_VERSION_ACTIONS.has(action) ? [...VERSION_INPUTS, "version"] : VERSION_INPUTS).filter((k) => !foreign(action, k));
    const versionInput = keys.map((k) => inputs[k]).find((v) => typeof v === "string" || Array.isArray(v));
    const version = Array.isArray(versionInput) ? versionInput.find((v) => typeof v === "string") : versionInput;
    const plain: Record<string, string> = {};
    for (const [key, value] of Object.entries(inputs)) {
      // A switch turned off (`neovim: false`, rhysd/action-setup-vim then installing Vim) names nothing.
      // An expression (`${{ matrix.otp }}`) still says the input is set, at no release we can read:
      // setup-beam driven by a matrix installs Erlang all the same.
      if ((typeof value === "string" || typeof value === "number") && value !== "false") plain[key] = /\$\{\{/.test(String(value)) ? "" : String(value);
    }
    pushAction(out, s.uses, typeof version === "string" ? version : undefined, plain);
  }
}

/** `owner/repo` of a step's `uses:`, lowercased, without a sub-path or ref. */
function actionOf(uses: string): string {
  return uses.split("@")[0]!.split("/").slice(0, 2).join("/").toLowerCase();
}

function pushAction(out: WorkflowUse[], uses: string, version: string | undefined, inputs: Record<string, string> = {}): void {
  if (uses.startsWith("./") || uses.startsWith("docker://")) {
    if (uses.startsWith("docker://")) out.push({ image: uses.slice("docker://".length) });
    return;
  }
  const [path = ""] = uses.split("@");
  const [owner, repo] = path.split("/");
  if (!owner || !repo) return;
  const use: WorkflowUse = { action: `${owner}/${repo}`.toLowerCase() };
  if (version && !/\$\{\{/.test(version)) use.version = version;
  const refInput = REF_INPUTS.get(use.action!);
  const ref = uses.split("@")[1];
  if (refInput && ref && inputs[refInput] === undefined) inputs = { ...inputs, [refInput]: ref };
  if (Object.keys(inputs).length) use.inputs = inputs;
  out.push(use);
}
