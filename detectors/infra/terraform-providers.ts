import { block } from "./hcl-blocks.js";
import { s3Elsewhere } from "./s3-backend.js";
import type { TerraformUse } from "./terraform.js";

/**
 * The providers a configuration (comments blanked) requires or configures, each once: the
 * `required_providers` block's entries with their source and version, then `provider` blocks' names.
 */
export function readProviders(clean: string): TerraformUse["providers"] {
  const providers: TerraformUse["providers"] = [];
  // required_providers { aws = { source = "hashicorp/aws", version = "~> 5.0" } }
  const required = block(clean, /required_providers\s*\{/);
  // The names listed so far, each once (a check of the whole list per block, 30,000 `provider` blocks took 16 s).
  const listed = new Set<string>();
  if (required) {
    for (const m of required.matchAll(/(?<![\w-])([\w-]+)\s*=\s*\{([^}]*)\}/g)) {
      const source = /source\s*=\s*"([^"]+)"/.exec(m[2]!)?.[1];
      const version = /version\s*=\s*"([^"]+)"/.exec(m[2]!)?.[1];
      providers.push({ name: m[1]!, ...(source ? { source } : {}), ...(version ? { version } : {}) });
      listed.add(m[1]!);
    }
    // Terraform 0.12's form, a constraint string alone (`aws = "~> 2.70"`), the registry's
    // hashicorp provider of that name; the lines of the object form's bodies are left out.
    for (const m of required.replace(/\{[^}]*\}/g, "{}").matchAll(/^[ \t]*([\w-]+)[ \t]*=[ \t]*"([^"]*)"/gm)) {
      if (!listed.has(m[1]!)) providers.push({ name: m[1]!, ...(m[2] ? { version: m[2] } : {}) });
      listed.add(m[1]!);
    }
  }
  for (const m of clean.matchAll(/^[ \t]*provider\s+"([\w-]+)"/gm)) {
    if (!listed.has(m[1]!)) providers.push({ name: m[1]! });
    listed.add(m[1]!);
  }
  return providers;
}

/** The `terraform` block's settings: `required_version` as written, and the backend's type where its state is kept. */
export function readTerraformBlock(clean: string, out: TerraformUse): void {
  const terraform = block(clean, /^[ \t]*terraform\s*\{/m);
  const requiredVersion = terraform ? /^[ \t]*required_version\s*=\s*"([^"]+)"/m.exec(terraform)?.[1] : undefined;
  if (requiredVersion) out.requiredVersion = requiredVersion;
  const backend = terraform ? /^[ \t]*backend[ \t]+"([\w-]+)"/m.exec(terraform)?.[1] : undefined;
  // An s3 backend pointed at another S3-compatible store keeps its state in none the catalog keys.
  if (backend && !(backend === "s3" && s3Elsewhere(block(terraform!, /^[ \t]*backend[ \t]+"s3"[ \t]*\{/m) ?? ""))) out.backend = backend;
}
