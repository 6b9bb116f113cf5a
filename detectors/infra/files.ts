/** The files the infra detector reads, apart from its code: a scan loads that code only for a tree holding one of them. */
// Every YAML: playbooks, charts, templates and manifests are told apart by name, folder and content below;
// Helmfile v1's templated state files too, which it reads only under a `.gotmpl` name.
export const INFRA_FILES = ["*.tf", "*.tofu", ".terraform.lock.hcl", "terragrunt.hcl", "terragrunt.hcl.json", "*.{yml,yaml}", "helmfile.{yaml,yml}.gotmpl", "**/helmfile.d/*.{yaml,yml}.gotmpl", "app.json", "Procfile", "wrangler.{toml,json,jsonc}", "fly.toml", "{host,function,local.settings}.json", "manifest*.xml", "manifest.json", "*.bicep", "*.json"];
