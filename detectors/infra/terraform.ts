import { blankComments, isRecord, type CommentSyntax } from "../../src/kit.js";
import { block, blockBodies, type BodyOf } from "./hcl-blocks.js";
import { isAwsEndpoint, s3Elsewhere } from "./s3-backend.js";
import { readProviders, readTerraformBlock } from "./terraform-providers.js";
import { azapiTypes, helmCharts, runsOnFargate, settingValues, tracesToXray, workloadImages } from "./terraform-resources.js";

/** Providers and modules of a Terraform configuration, read as text (HCL is not evaluated). */
export interface TerraformUse {
  providers: Array<{ name: string; source?: string; version?: string }>;
  /**
   * Each module block's source and version, and its inputs set to a literal string, as
   * `engine=postgres` (`inputs`, none where it sets none): an input may overrule what the source
   * names (terraform-report.ts's moduleRef).
   */
  modules: Array<{ name: string; source: string; version?: string; inputs?: string[] }>;
  /** Charts that `helm_release` resources install (`chart = "argo-cd"`), with the chart version when pinned. */
  charts: Array<{ name: string; version?: string }>;
  /** `terraform { required_version = ">= 1.3" }` as written. */
  requiredVersion?: string;
  /** Where its state is kept: `terraform { backend "s3" { ... } }`, the backend's type. */
  backend?: string;
  /** The type of every `resource` block (`digitalocean_spaces_bucket`), each once. */
  resources: string[];
  /** Managed database settings a resource's body or a module's inputs (the catalog's terraform-module-resource) show: `rds-postgresql`, `aurora-serverless`, `cloud-sql-postgresql`, `cloud-sql-mysql`, `elasticache-redis`, `opensearch-domain-opensearch`. */
  databases: string[];
  /** An ECS service or task set to run on Fargate (`launch_type`, `requires_compatibilities`, a capacity provider). */
  fargate: boolean;
  /** The runtimes Lambda functions run on (`nodejs20.x`, `python3.12`), each once. */
  lambdaRuntimes: string[];
  /** The container images Kubernetes workloads and ECS tasks run (`kubernetes_deployment`'s `image = "redis:7.2"`), each once. */
  images: string[];
  /** A Lambda function's or state machine's active tracing, or an API Gateway stage's X-Ray tracing: traces sent to AWS X-Ray. */
  xrayTracing: boolean;
  /** The engines of DigitalOcean Managed Databases clusters (`engine = "pg"`), as an App Platform spec names them, each once. */
  doDatabaseEngines: string[];
  /** The Heroku add-on services heroku_addon resources provision (`plan = "heroku-postgresql:essential-0"`: `heroku-postgresql`), each once. */
  herokuAddons: string[];
  /** The Azure resource types azapi_resource blocks create (`type = "Microsoft.App/containerApps@2023-05-01"`), lower-cased, each once. */
  azureTypes: string[];
}

/**
 * The engine an Amazon OpenSearch Service domain runs, as a managed database setting, from its
 * version setting (Terraform's engine_version or elasticsearch_version, CloudFormation's
 * EngineVersion or ElasticsearchVersion): `OpenSearch_2.11` or `Elasticsearch_7.10` (a bare `7.10`
 * on the older Elasticsearch domain); unset (undefined), the domain's own default engine; a value
 * not written out (`null`: a variable, an intrinsic function), neither.
 */
export function openSearchDomainEngine(domain: "opensearch" | "elasticsearch", version: string | null | undefined): string | undefined {
  if (version === undefined) return `opensearch-domain-${domain}`;
  if (version !== null && /^OpenSearch_\d/i.test(version)) return "opensearch-domain-opensearch";
  if (version !== null && /^(?:Elasticsearch_)?\d/i.test(version)) return "opensearch-domain-elasticsearch";
  return undefined;
}

/** The catalog's `kinds` table of registry modules that create one managed database resource (catalog/kinds.yml). */
export const MODULE_RESOURCE_TABLE = "terraform-module-resource";

/**
 * The resource a registry module creates from inputs named as its settings, as the catalog's
 * `terraform-module-resource` table gives it through `tableValue` (DetectContext's): its type, then
 * any `name=value` settings the module takes where its inputs leave them out. Of the address itself
 * or the nearest module it lies under (`acme/db/aws//modules/replica` under `acme/db/aws`);
 * undefined for a module no entry keys.
 */
export function moduleResources(tableValue: (table: string, key: string) => string | undefined): (address: string) => string | undefined {
  return (address) => {
    for (let at = address; ; ) {
      const resource = tableValue(MODULE_RESOURCE_TABLE, at);
      if (resource !== undefined) return resource;
      const slash = at.lastIndexOf("/");
      if (slash <= 0) return undefined;
      at = at.slice(0, slash).replace(/\/+$/, "");
    }
  };
}

/**
 * `moduleResource` gives the resource a registry module creates from inputs named as its settings
 * (`moduleResources`), by which a module call's inputs name its databases as that resource's
 * settings do; without it, modules name none.
 */
export function readTerraform(text: string, moduleResource: (address: string) => string | undefined = () => undefined): TerraformUse {
  const out: TerraformUse = { providers: [], modules: [], charts: [], resources: [], databases: [], fargate: false, lambdaRuntimes: [], images: [], azureTypes: [], xrayTracing: false, herokuAddons: [], doDatabaseEngines: [] };
  const clean = withoutComments(text);
  out.xrayTracing = tracesToXray(clean);
  out.fargate = runsOnFargate(clean);
  out.providers = readProviders(clean);
  readTerraformBlock(clean, out);
  const bodyOf = blockBodies(clean);
  const databases = new Set<string>();
  out.modules = readModules(clean, bodyOf, moduleResource, databases);
  out.resources = [...new Set([...clean.matchAll(/^[ \t]*resource[ \t]+"([\w-]+)"/gm)].map((m) => m[1]!))];
  addResourceDatabases(clean, bodyOf, databases);
  out.databases = [...databases];
  out.lambdaRuntimes = settingValues(clean, bodyOf, "aws_lambda_function", /^[ \t]*runtime[ \t]*=[ \t]*"([\w.]+)"/m);
  out.images = workloadImages(clean, bodyOf);
  out.azureTypes = azapiTypes(clean, bodyOf);
  // The Heroku provider's add-ons, by the service of their plan, as app.json's `addons` name them.
  out.herokuAddons = settingValues(clean, bodyOf, "heroku_addon", /^[ \t]*plan[ \t]*=[ \t]*"([a-z0-9][\w-]*)(?::[^"]*)?"/m);
  out.doDatabaseEngines = settingValues(clean, bodyOf, "digitalocean_database_cluster", /^[ \t]*engine[ \t]*=[ \t]*"([a-z]+)"/m);
  out.charts = helmCharts(clean, bodyOf);
  return out;
}

/**
 * The module blocks with a source, their version and literal inputs; the databases their inputs
 * name (`moduleResource`'s resource, moduleDatabases) are added to `databases`.
 */
function readModules(clean: string, bodyOf: BodyOf, moduleResource: (address: string) => string | undefined, databases: Set<string>): TerraformUse["modules"] {
  const modules: TerraformUse["modules"] = [];
  for (const m of clean.matchAll(/^[ \t]*module[ \t]+"([\w-]+)"\s*\{/gm)) {
    const body = bodyOf(m);
    // At a line's start: `engine_version`, `cluster_version` or `image_source` are the module's inputs.
    const source = /^[ \t]*source[ \t]*=[ \t]*"([^"]+)"/m.exec(body)?.[1];
    const version = /^[ \t]*version[ \t]*=[ \t]*"([^"]+)"/m.exec(body)?.[1];
    if (!source) continue;
    const inputs = literalInputs(body);
    modules.push({ name: m[1]!, source, ...(version ? { version } : {}), ...(inputs.length ? { inputs } : {}) });
    for (const setting of moduleDatabases(moduleResource(registryAddress(registryModule(source).source)), inputs, inputWritten(body))) databases.add(setting);
  }
  return modules;
}

/** Adds to `databases` the managed databases resources run by their settings (resourceDatabases) and OpenSearch domains' engines. */
function addResourceDatabases(clean: string, bodyOf: BodyOf, databases: Set<string>): void {
  for (const m of clean.matchAll(DATABASE_RESOURCE_HEADER)) {
    const body = bodyOf(m);
    // A setting's first string value at a line's start (`"POSTGRES_${var.major}"` as written); a nested block by its name.
    const setting = (name: string) => new RegExp(`^[ \\t]*${name}[ \\t]*=[ \\t]*"([^"\\n]*)"`, "m").exec(body)?.[1];
    const has = (name: string) => new RegExp(`^[ \\t]*${name}[ \\t]*\\{`, "m").test(body);
    for (const db of resourceDatabases(m[1]!, setting, has)) databases.add(db);
  }
  // An Amazon OpenSearch Service domain's engine: `engine_version = "OpenSearch_2.11"` (the latest
  // OpenSearch when unset) or `"Elasticsearch_7.10"`; the older aws_elasticsearch_domain runs
  // Elasticsearch unless its `elasticsearch_version` names OpenSearch.
  for (const m of clean.matchAll(/^[ \t]*resource[ \t]+"(aws_opensearch_domain|aws_elasticsearch_domain)"[ \t]+"[\w-]+"[ \t]*\{/gm)) {
    const setting = m[1] === "aws_opensearch_domain" ? "engine_version" : "elasticsearch_version";
    // The value as written: a variable (`var.engine_version`) says neither engine.
    const value = new RegExp(`^[ \\t]*${setting}[ \\t]*=[ \\t]*(\\S.*)$`, "m").exec(bodyOf(m))?.[1];
    const engine = openSearchDomainEngine(m[1] === "aws_opensearch_domain" ? "opensearch" : "elasticsearch", value === undefined ? undefined : /^"([^"$]*)"/.exec(value)?.[1] ?? null);
    if (engine) databases.add(engine);
  }
}

/** Whether a block sets an input to anything (a map, an expression) at a line's start: `serverlessv2_scaling_configuration = {`. */
function inputWritten(body: string): (name: string) => boolean {
  return (name) => new RegExp(`^[ \\t]*${name}[ \\t]*=`, "m").test(body);
}

/**
 * A module block's inputs set to a literal string (`engine = "postgres"` as `engine=postgres`), at
 * a line's start, in the order written (moduleRef and moduleDatabases take the first of a name); its
 * `source` and `version` are the block's own, and a value with an expression (`"${var.x}"`) says nothing.
 * A Terragrunt unit's `inputs` map is read alike (terragrunt.ts).
 */
export function literalInputs(body: string): string[] {
  const out: string[] = [];
  for (const m of body.matchAll(/^[ \t]*([\w-]+)[ \t]*=[ \t]*"([^"$\n]*)"/gm)) {
    if (m[1] !== "source" && m[1] !== "version" && m[2]!.trim()) out.push(`${m[1]}=${m[2]!.trim()}`);
  }
  return out;
}

/**
 * The managed databases a module creates, read as the resource its catalog entry names
 * (`moduleResource`: `aws_db_instance`, or a type with settings after it) with the module's literal
 * `inputs` (literalInputs: `engine=postgres`) as that resource's settings; `has` says whether an
 * input is set at all (a map, an expression). The entry's settings: `name=value`, one the module
 * fixes (the Cloud SQL postgresql sub-module's engine), taken where no input of its name is literal;
 * `name?=value`, the module's default for an input (the elasticache module's `engine`, redis), taken
 * only where the call does not set that input at all. A module no entry keys (undefined) names none.
 */
export function moduleDatabases(resource: string | undefined, inputs: readonly string[], has: (name: string) => boolean): string[] {
  if (!resource) return [];
  const [type, ...settings] = resource.trim().split(/\s+/);
  const value = (list: readonly string[], name: string) => list.find((i) => i.startsWith(`${name}=`))?.slice(name.length + 1);
  const setting = (name: string) => value(inputs, name) ?? value(settings, name) ?? (has(name) ? undefined : value(settings, `${name}?`));
  return resourceDatabases(type!, setting, has);
}

/** The resource types whose settings name a managed database (resourceDatabases). */
export const DATABASE_RESOURCES = ["aws_db_instance", "aws_rds_cluster", "google_sql_database_instance", "aws_elasticache_cluster", "aws_elasticache_replication_group"] as const;
const DATABASE_RESOURCE_HEADER = new RegExp(`^[ \\t]*resource[ \\t]+"(${DATABASE_RESOURCES.join("|")})"[ \\t]+"[\\w-]+"[ \\t]*\\{`, "gm");

/**
 * The managed databases, as settings the catalog's `format` keys, a resource of `type` runs by its
 * settings (`setting`: a setting's string value; `has`: whether a setting or block is written):
 * an RDS instance's engine (rdsInstanceEngine), an RDS cluster's (rdsClusterEngine), serverless by
 * `engine_mode = "serverless"` or v2 scaling, ElastiCache's redis or memcached (a replication group
 * without an engine runs Redis, its default), a Cloud SQL instance's POSTGRES_ or MYSQL_ version.
 * Resources of a module the catalog keys (moduleDatabases) are read by the same rules.
 */
export function resourceDatabases(type: string, setting: (name: string) => string | undefined, has: (name: string) => boolean): string[] {
  const engine = setting("engine");
  if (type === "aws_db_instance") return rdsInstanceEngine(engine);
  if (type === "aws_rds_cluster") return [...rdsClusterEngine(engine), ...(setting("engine_mode") === "serverless" || has("serverlessv2_scaling_configuration") ? ["aurora-serverless"] : [])];
  if (type === "aws_elasticache_cluster") return engine === "redis" || engine === "memcached" ? [`elasticache-${engine}`] : [];
  if (type === "aws_elasticache_replication_group") return (engine ?? "redis") === "redis" ? ["elasticache-redis"] : [];
  if (type === "google_sql_database_instance") {
    const version = setting("database_version");
    return version?.startsWith("POSTGRES_") ? ["cloud-sql-postgresql"] : version?.startsWith("MYSQL_") ? ["cloud-sql-mysql"] : [];
  }
  return [];
}

/**
 * The database an RDS DB cluster's engine runs: an Aurora engine's, or, with `postgres` or `mysql`
 * (the only two a Multi-AZ DB cluster supports), RDS for that engine; any other names none.
 */
export function rdsClusterEngine(engine: string | undefined): string[] {
  if (engine === "aurora-postgresql" || engine === "aurora-mysql") return [engine];
  return engine === "postgres" || engine === "mysql" ? rdsInstanceEngine(engine) : [];
}

/**
 * The database an RDS DB instance's engine runs, as a managed database setting: PostgreSQL, MySQL
 * or MariaDB (`postgres`, `mysql`, `mariadb`), SQL Server's editions (`sqlserver-ex`, `-web`, `-se`,
 * `-ee`, `-dev-ee`), Oracle's (`oracle-ee`, `oracle-se2`, their `-cdb` forms) or Db2's (`db2-se`,
 * `db2-ae`); any other names none.
 */
export function rdsInstanceEngine(engine: string | undefined): string[] {
  if (engine === "postgres") return ["rds-postgresql"];
  if (engine === "mysql" || engine === "mariadb") return [`rds-${engine}`];
  if (engine && /^sqlserver-(?:ex|web|se|ee|dev-ee)$/.test(engine)) return ["rds-sqlserver"];
  if (engine && /^oracle-(?:ee|se2|se1|se)(?:-cdb)?$/.test(engine)) return ["rds-oracle"];
  if (engine && /^db2-(?:se|ae)$/.test(engine)) return ["rds-db2"];
  return [];
}

/** .terraform.lock.hcl: `provider "registry.terraform.io/hashicorp/aws" { version = "5.31.0" }` (OpenTofu writes `registry.opentofu.org/...`). */
export function readTerraformLock(text: string): Map<string, string> {
  const out = new Map<string, string>();
  // A block's body ends at its first `}` or at the next block, whichever comes first: a pattern
  // searching on from each header to its `version` would read the rest of the file for every
  // block left unclosed, a time that grows with their square.
  const headers = [...text.matchAll(/provider\s+"([^"]+)"\s*\{/g)];
  let close = -1;
  headers.forEach((m, i) => {
    const open = m.index! + m[0].length;
    if (close < open) {
      close = text.indexOf("}", open);
      if (close < 0) close = text.length;
    }
    const body = text.slice(open, Math.min(close, headers[i + 1]?.index ?? text.length));
    const version = /version\s*=\s*"([^"]+)"/.exec(body)?.[1];
    if (version) out.set(m[1]!.replace(/^registry\.(?:terraform\.io|opentofu\.org)\//, "").toLowerCase(), version);
  });
  return out;
}

/** A Terragrunt configuration's `remote_state { backend = "s3" }`: where the units' state is kept. */
export function readTerragruntBackend(text: string): string | undefined {
  const body = block(withoutComments(text), /^[ \t]*remote_state[ \t]*\{/m) ?? "";
  const backend = /^[ \t]*backend[ \t]*=[ \t]*"([\w-]+)"/m.exec(body)?.[1];
  return backend === "s3" && s3Elsewhere(body) ? undefined : backend;
}

/**
 * HCL with its comments blanked (`#` and `//` to the line's end, and block comments), the strings
 * left whole: a module source's sub-module path (`vpc/aws//modules/vpc-endpoints`), a Terragrunt
 * `tfr:///` source and an IAM policy's S3 ARN ending in a slash and a star are no comments. A block
 * comment that nothing later closes is left as written, as the rest of the file is.
 */
function withoutComments(text: string): string {
  return blankComments(text, HCL);
}

export { withoutComments as hclWithoutComments };

/** HCL's comments and strings (a string closes on its line), for `blankComments`. */
const HCL: CommentSyntax = { line: ["#", "//"], block: ["/*", "*/"], quotes: '"', keepUnclosed: true };

/**
 * A provider's or module's source as the catalog keys it (and the lock file's provider addresses
 * are read): lower-cased, without the public registry's host (`registry.terraform.io/integrations/github`
 * is `integrations/github`, the short form Terraform reads the same; OpenTofu's registry mirrors the same names).
 */
export function registryAddress(source: string): string {
  return source.toLowerCase().replace(/^registry\.(?:terraform\.io|opentofu\.org)\//, "");
}

/**
 * A module source as the registry names the module, with the release it pins: a registry module
 * kept on GitHub under the registry's own naming (`terraform-<provider>-<name>`) and fetched from
 * there (`git::https://github.com/terraform-aws-modules/terraform-aws-vpc.git?ref=v5.4.0`,
 * `github.com/terraform-aws-modules/terraform-aws-eks//modules/karpenter`) is the registry's
 * `terraform-aws-modules/vpc/aws`, at the tag's release. Any other source is left as written.
 */
export function registryModule(source: string): { source: string; version?: string } {
  const m = /^(?:git::)?(?:https:\/\/|ssh:\/\/git@|git@)?github\.com[/:]([\w-]+)\/terraform-([a-z\d]+)-([\w-]+?)(?:\.git)?(\/\/[^?]*)?(?:\?ref=v?(\d[\w.-]*))?$/i.exec(source.trim());
  if (!m) return { source };
  const sub = m[4] && m[4] !== "//" ? m[4] : "";
  return { source: `${m[1]}/${m[3]}/${m[2]}${sub}`, ...(m[5] ? { version: m[5] } : {}) };
}

/**
 * A configuration in Terraform's JSON syntax (`main.tf.json`, CDK for Terraform's `cdk.tf.json`): its
 * `terraform` block's required providers (a source without a namespace, `"aws"`, is HashiCorp's),
 * required version and backend, its `provider` and `resource` blocks' names, its modules' sources
 * and the databases their inputs name (`moduleResource`, as readTerraform's).
 * Each block may be an object or a list of objects, as the syntax allows; values written as
 * expressions (`${var.x}`) say nothing.
 */
export function readTerraformJson(doc: unknown, moduleResource: (address: string) => string | undefined = () => undefined): TerraformUse {
  const out: TerraformUse = { providers: [], modules: [], charts: [], resources: [], databases: [], fargate: false, lambdaRuntimes: [], images: [], azureTypes: [], xrayTracing: false, herokuAddons: [], doDatabaseEngines: [] };
  if (!isRecord(doc)) return out;
  // The providers' names, each once (a search of the list per name costs a file of thousands their square).
  const named = new Set<string>();
  for (const terraform of jsonBlocks(doc.terraform)) readJsonTerraformBlock(terraform, out, named);
  for (const provider of jsonBlocks(doc.provider)) {
    for (const name of Object.keys(provider)) {
      if (!/^[\w-]+$/.test(name) || named.has(name)) continue;
      named.add(name);
      out.providers.push({ name });
    }
  }
  const resources = new Set<string>();
  for (const resource of jsonBlocks(doc.resource)) for (const type of Object.keys(resource)) if (/^[\w-]+$/.test(type)) resources.add(type);
  out.resources = [...resources];
  const databases = new Set<string>();
  out.modules = readJsonModules(jsonBlocks(doc.module), moduleResource, databases);
  out.databases = [...databases];
  return out;
}

/** A block of the JSON syntax: an object or a list of objects (its first 1,000). */
function jsonBlocks(value: unknown): Record<string, unknown>[] {
  return (Array.isArray(value) ? value.slice(0, 1000) : [value]).filter(isRecord);
}

/** A string written as a literal, trimmed; an expression (`${var.x}`) says nothing. */
export function jsonLiteral(v: unknown): string | undefined {
  return typeof v === "string" && v.trim() && !v.includes("${") ? v.trim() : undefined;
}

/** `name=value` for each entry of a JSON object whose name is a word and whose value a literal (jsonLiteral), those named in `skip` left out. */
export function jsonLiteralInputs(object: Record<string, unknown>, skip: readonly string[] = []): string[] {
  return Object.entries(object).flatMap(([name, value]) => {
    const literal = skip.includes(name) || !/^[\w-]+$/.test(name) ? undefined : jsonLiteral(value);
    return literal === undefined ? [] : [`${name}=${literal}`];
  });
}

/** A `terraform` block's required version, required providers (each name once, kept in `named`) and backend. */
function readJsonTerraformBlock(terraform: Record<string, unknown>, out: TerraformUse, named: Set<string>): void {
  out.requiredVersion ??= jsonLiteral(terraform.required_version);
  for (const required of jsonBlocks(terraform.required_providers)) {
    for (const [name, spec] of Object.entries(required)) {
      const source = isRecord(spec) ? jsonLiteral(spec.source) : undefined;
      const version = isRecord(spec) ? jsonLiteral(spec.version) : jsonLiteral(spec);
      if (named.has(name)) continue;
      named.add(name);
      out.providers.push({ name, ...(source ? { source: source.includes("/") ? source : `hashicorp/${source}` } : {}), ...(version ? { version } : {}) });
    }
  }
  for (const backend of jsonBlocks(terraform.backend)) {
    const type = jsonBackendType(backend);
    if (type) out.backend ??= type;
  }
}

/**
 * A backend block's type; none for an s3 backend pointed at another S3-compatible store, as in HCL
 * (s3Elsewhere), its body an object or a list of one, as the JSON syntax allows any block's.
 */
function jsonBackendType(backend: Record<string, unknown>): string | undefined {
  const type = Object.keys(backend).find((k) => /^[\w-]+$/.test(k));
  const s3 = type === "s3" ? jsonBlocks(backend.s3)[0] : undefined;
  const endpoint = s3 ? (jsonLiteral(s3.endpoint) ?? (isRecord(s3.endpoints) ? jsonLiteral(s3.endpoints.s3) : undefined)) : undefined;
  return type && !(endpoint && !isAwsEndpoint(endpoint)) ? type : undefined;
}

/**
 * The `module` blocks with a source, their version and literal inputs, as readModules reads HCL's;
 * the databases their inputs name are added to `databases` (an input set at all is a key of the object).
 */
function readJsonModules(blocks: Record<string, unknown>[], moduleResource: (address: string) => string | undefined, databases: Set<string>): TerraformUse["modules"] {
  const modules: TerraformUse["modules"] = [];
  for (const module of blocks) {
    for (const [name, spec] of Object.entries(module)) {
      for (const m of jsonBlocks(spec)) {
        const source = jsonLiteral(m.source);
        const version = jsonLiteral(m.version);
        const inputs = jsonLiteralInputs(m, ["source", "version"]);
        if (!source) continue;
        modules.push({ name, source, ...(version ? { version } : {}), ...(inputs.length ? { inputs } : {}) });
        for (const setting of moduleDatabases(moduleResource(registryAddress(registryModule(source).source)), inputs, (input) => Object.hasOwn(m, input))) databases.add(setting);
      }
    }
  }
  return modules;
}
