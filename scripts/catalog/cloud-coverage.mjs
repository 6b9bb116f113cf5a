// Coverage of the site's hosted cloud services by the resource types that create them: for every tool
// of the site's list with 10 stacks or more (and the few with fewer the catalog holds) that is a hosted service of AWS,
// Google Cloud, Azure, Cloudflare, DigitalOcean or another platform, the Terraform resource types,
// CloudFormation types and Terraform providers that create it (examples, written by hand below), and
// whether the catalog's `terraform-resource`, `cloudformation-type` and `terraform-provider` keys
// name the tool from each. A tool no type creates says why (`none`). Exits 1 when a type is unkeyed.
//   node scripts/catalog/cloud-coverage.mjs [--root <checkout>] [--shared <dir with catalog-sources>]
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import yaml from "js-yaml";
import { byCodeUnits } from "../code-units.mjs";
import { scriptArgs } from "../script-args.mjs";
import { sharedFolder } from "./shared-folder.mjs";
import { parseCsv } from "./tools-csv.mjs";

const USAGE = `usage: cloud-coverage.mjs [--root CHECKOUT] [--shared DIR]

Which hosted cloud services of the site's list the catalog names from the resource types that create them.
Exits 1 when a type is unkeyed.
  --root CHECKOUT   the checkout whose catalog is read (default: this one)
  --shared DIR      the folder holding catalog-sources (default: ../shared or ../../shared)`;
const { values } = scriptArgs(USAGE, { root: { type: "string" }, shared: { type: "string" } });
const here = join(dirname(fileURLToPath(import.meta.url)), "../..");
const root = resolve(values.root ?? here);
const shared = sharedFolder(here, values.shared);

const ids = new Set();
for (const f of readdirSync(join(root, "catalog/tools"))) {
  for (const t of yaml.load(readFileSync(join(root, "catalog/tools", f), "utf8")) ?? []) ids.add(t.id);
}
const csv = parseCsv(readFileSync(join(shared, "catalog-sources/stackshare-dataset/tools.csv"), "utf8"));
const site = new Map(csv.map((r) => [r.slug, { name: r.name, stacks: Number(r.stack_count) }]));

// Every matcher file's kinds, merged.
const kinds = {};
for (const f of readdirSync(join(root, "catalog/matchers"))) {
  const doc = yaml.load(readFileSync(join(root, "catalog/matchers", f), "utf8")) ?? {};
  for (const [kind, table] of Object.entries(doc)) Object.assign((kinds[kind] ??= {}), table);
}
/** The tool ids a key of a kind names: the exact key, else the longest prefix key (`aws_s3_*`). */
function lookup(kind, name) {
  const table = kinds[kind] ?? {};
  if (name in table) return [table[name]].flat();
  const prefixes = Object.keys(table).filter((k) => k.endsWith("*")).sort((a, b) => b.length - a.length);
  for (const p of prefixes) if (name.startsWith(p.slice(0, -1))) return [table[p]].flat();
  return [];
}

// tool id -> example types that create it (tf: Terraform resource types, cfn: CloudFormation types,
// provider: a Terraform provider that is the platform itself), or `none` with why.
const T = {
  "amazon-api-gateway": { tf: ["aws_api_gateway_rest_api", "aws_apigatewayv2_api"], cfn: ["AWS::ApiGateway::RestApi", "AWS::ApiGatewayV2::Api", "AWS::Serverless::Api", "AWS::Serverless::HttpApi"] },
  "amazon-athena": { tf: ["aws_athena_workgroup"], cfn: ["AWS::Athena::WorkGroup"] },
  "amazon-aurora": { none: "engine setting (aws_rds_cluster engine = aurora-*): format:aurora-*" },
  "amazon-aurora-serverless": { none: "engine_mode / serverlessv2 scaling: format:aurora-serverless" },
  "amazon-cloudfront": { tf: ["aws_cloudfront_distribution"], cfn: ["AWS::CloudFront::Distribution"] },
  "amazon-cloudsearch": { tf: ["aws_cloudsearch_domain"], cfn: [] },
  "amazon-cloudwatch": { tf: ["aws_cloudwatch_metric_alarm", "aws_cloudwatch_dashboard", "aws_cloudwatch_composite_alarm"], cfn: ["AWS::CloudWatch::Alarm", "AWS::CloudWatch::Dashboard"] },
  "amazon-cognito": { tf: ["aws_cognito_user_pool", "aws_cognito_identity_pool"], cfn: ["AWS::Cognito::UserPool"] },
  "amazon-comprehend": { tf: ["aws_comprehend_entity_recognizer"], cfn: ["AWS::Comprehend::DocumentClassifier"] },
  "amazon-documentdb": { tf: ["aws_docdb_cluster", "aws_docdbelastic_cluster"], cfn: ["AWS::DocDB::DBCluster", "AWS::DocDBElastic::Cluster"] },
  "amazon-dynamodb": { tf: ["aws_dynamodb_table"], cfn: ["AWS::DynamoDB::Table", "AWS::Serverless::SimpleTable"] },
  "amazon-ebs": { tf: ["aws_ebs_volume"], cfn: ["AWS::EC2::Volume"] },
  "amazon-ec2": { tf: ["aws_instance", "aws_launch_template", "aws_autoscaling_group", "aws_spot_instance_request"], cfn: ["AWS::EC2::Instance", "AWS::EC2::LaunchTemplate", "AWS::AutoScaling::AutoScalingGroup"] },
  "amazon-ec2-container-service": { tf: ["aws_ecs_cluster", "aws_ecs_service"], cfn: ["AWS::ECS::Cluster"] },
  "amazon-ecr": { tf: ["aws_ecr_repository"], cfn: ["AWS::ECR::Repository"] },
  "amazon-ecr-public": { tf: ["aws_ecrpublic_repository"], cfn: ["AWS::ECR::PublicRepository"] },
  "amazon-efs": { tf: ["aws_efs_file_system"], cfn: ["AWS::EFS::FileSystem"] },
  "amazon-eks": { tf: ["aws_eks_cluster", "aws_eks_node_group"], cfn: ["AWS::EKS::Cluster"] },
  "amazon-elastic-transcoder": { tf: ["aws_elastictranscoder_pipeline"], cfn: [] },
  "amazon-elasticache": { tf: ["aws_elasticache_cluster", "aws_elasticache_replication_group"], cfn: ["AWS::ElastiCache::CacheCluster"] },
  "amazon-elasticsearch-service": { tf: ["aws_opensearch_domain", "aws_elasticsearch_domain"], cfn: ["AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"] },
  "amazon-emr": { tf: ["aws_emr_cluster", "aws_emrserverless_application", "aws_emrcontainers_virtual_cluster"], cfn: ["AWS::EMR::Cluster", "AWS::EMRServerless::Application", "AWS::EMRContainers::VirtualCluster"] },
  "amazon-eventbridge": { tf: ["aws_cloudwatch_event_rule", "aws_scheduler_schedule", "aws_pipes_pipe", "aws_schemas_registry"], cfn: ["AWS::Events::Rule", "AWS::Scheduler::Schedule", "AWS::Pipes::Pipe", "AWS::EventSchemas::Registry"] },
  "amazon-glacier": { tf: ["aws_glacier_vault"], cfn: [] },
  "amazon-guardduty": { tf: ["aws_guardduty_detector"], cfn: ["AWS::GuardDuty::Detector"] },
  "amazon-iot": { tf: ["aws_iot_thing", "aws_iot_topic_rule"], cfn: ["AWS::IoT::Thing", "AWS::IoT::TopicRule"] },
  "amazon-kinesis": { tf: ["aws_kinesis_stream"], cfn: ["AWS::Kinesis::Stream"] },
  "amazon-kinesis-firehose": { tf: ["aws_kinesis_firehose_delivery_stream"], cfn: ["AWS::KinesisFirehose::DeliveryStream"] },
  "amazon-lex": { tf: ["aws_lex_bot", "aws_lexv2models_bot"], cfn: ["AWS::Lex::Bot"] },
  "amazon-lightsail": { tf: ["aws_lightsail_instance"], cfn: ["AWS::Lightsail::Instance"] },
  "amazon-linux": { none: "an AMI, not a resource" },
  "amazon-machine-learning": { none: "retired service, no resource type" },
  "amazon-mks": { tf: ["aws_msk_cluster", "aws_msk_serverless_cluster", "aws_mskconnect_connector"], cfn: ["AWS::MSK::Cluster", "AWS::MSK::ServerlessCluster", "AWS::KafkaConnect::Connector"] },
  "amazon-mq": { tf: ["aws_mq_broker"], cfn: ["AWS::AmazonMQ::Broker"] },
  "amazon-neptune": { tf: ["aws_neptune_cluster", "aws_neptune_cluster_instance"], cfn: ["AWS::Neptune::DBCluster"] },
  "amazon-personalize": { tf: [], cfn: ["AWS::Personalize::DatasetGroup"] },
  "amazon-pinpoint": { tf: ["aws_pinpoint_app"], cfn: ["AWS::Pinpoint::App"] },
  "amazon-polly": { none: "no resource type (an API)" },
  "amazon-quicksight": { tf: ["aws_quicksight_data_source"], cfn: ["AWS::QuickSight::DataSource"] },
  "amazon-rds": { tf: ["aws_db_instance", "aws_rds_cluster"], cfn: ["AWS::RDS::DBInstance"] },
  "amazon-rds-for-postgresql": { none: "engine setting: format:rds-postgresql" },
  "amazon-redshift": { tf: ["aws_redshift_cluster", "aws_redshiftserverless_workgroup"], cfn: ["AWS::Redshift::Cluster", "AWS::RedshiftServerless::Workgroup"] },
  "amazon-redshift-spectrum": { none: "an external schema of Redshift, no type of its own" },
  "amazon-rekognition": { tf: ["aws_rekognition_collection"], cfn: ["AWS::Rekognition::Collection"] },
  "amazon-route-53": { tf: ["aws_route53_zone", "aws_route53_record"], cfn: ["AWS::Route53::HostedZone", "AWS::Route53::RecordSet"] },
  "amazon-s3": { tf: ["aws_s3_bucket"], cfn: ["AWS::S3::Bucket"] },
  "amazon-sagemaker": { tf: ["aws_sagemaker_endpoint"], cfn: ["AWS::SageMaker::Endpoint"] },
  "amazon-ses": { tf: ["aws_ses_domain_identity", "aws_sesv2_email_identity"], cfn: ["AWS::SES::EmailIdentity"] },
  "amazon-sns": { tf: ["aws_sns_topic"], cfn: ["AWS::SNS::Topic"] },
  "amazon-sqs": { tf: ["aws_sqs_queue"], cfn: ["AWS::SQS::Queue"] },
  "amazon-swf": { tf: ["aws_swf_domain"], cfn: [] },
  "amazon-vpc": { none: "plumbing (kept decision)" },
  "amazon-web-services-aws": { none: "umbrella: every CloudFormation type; never from the AWS provider (kept decision)" },
  "amazon-workspaces": { tf: ["aws_workspaces_workspace"], cfn: ["AWS::WorkSpaces::Workspace"] },
  "aws-amplify": { tf: ["aws_amplify_app"], cfn: ["AWS::Amplify::App"] },
  "aws-appsync": { tf: ["aws_appsync_graphql_api"], cfn: ["AWS::AppSync::GraphQLApi", "AWS::Serverless::GraphQLApi"] },
  "aws-batch": { tf: ["aws_batch_job_queue"], cfn: ["AWS::Batch::JobQueue"] },
  "aws-cdk": { none: "packages only (aws-cdk-lib, software.amazon.awscdk, Amazon.CDK.Lib, awscdk go)" },
  "aws-certificate-manager": { tf: ["aws_acm_certificate"], cfn: ["AWS::CertificateManager::Certificate"] },
  "aws-cli": { none: "a CLI" },
  "aws-cloud9": { tf: ["aws_cloud9_environment_ec2"], cfn: ["AWS::Cloud9::EnvironmentEC2"] },
  "aws-cloudformation": { tf: ["aws_cloudformation_stack"], cfn: [] },
  "aws-cloudtrail": { tf: ["aws_cloudtrail"], cfn: ["AWS::CloudTrail::Trail"] },
  "aws-codeartifact": { tf: ["aws_codeartifact_repository"], cfn: ["AWS::CodeArtifact::Repository"] },
  "amazon-bedrock": { tf: ["aws_bedrock_custom_model", "aws_bedrockagent_agent"], cfn: ["AWS::Bedrock::Agent"] },
  "aws-codebuild": { tf: ["aws_codebuild_project"], cfn: ["AWS::CodeBuild::Project"] },
  "aws-codecommit": { tf: ["aws_codecommit_repository"], cfn: ["AWS::CodeCommit::Repository"] },
  "aws-codedeploy": { tf: ["aws_codedeploy_app", "aws_codedeploy_deployment_group"], cfn: ["AWS::CodeDeploy::Application", "AWS::CodeDeploy::DeploymentGroup"] },
  "aws-codepipeline": { tf: ["aws_codepipeline"], cfn: ["AWS::CodePipeline::Pipeline"] },
  "aws-config": { tf: ["aws_config_config_rule", "aws_config_configuration_recorder"], cfn: ["AWS::Config::ConfigRule"] },
  "aws-data-pipeline": { tf: ["aws_datapipeline_pipeline"], cfn: ["AWS::DataPipeline::Pipeline"] },
  "aws-direct-connect": { tf: ["aws_dx_connection"], cfn: [] },
  "aws-elastic-beanstalk": { tf: ["aws_elastic_beanstalk_environment"], cfn: ["AWS::ElasticBeanstalk::Environment"] },
  "aws-elastic-load-balancing": { tf: ["aws_lb", "aws_alb", "aws_elb", "aws_lb_target_group", "aws_alb_listener"], cfn: ["AWS::ElasticLoadBalancingV2::LoadBalancer", "AWS::ElasticLoadBalancing::LoadBalancer"] },
  "aws-elemental-mediaconvert": { tf: ["aws_media_convert_queue"], cfn: ["AWS::MediaConvert::Queue"] },
  "aws-fargate": { tf: ["aws_eks_fargate_profile"], cfn: ["AWS::EKS::FargateProfile"], note: "ECS launch type: format:ecs-fargate" },
  "aws-glue": { tf: ["aws_glue_job"], cfn: ["AWS::Glue::Job"] },
  "aws-iam": { none: "plumbing (kept decision)" },
  "aws-kms": { none: "plumbing (kept decision)" },
  "aws-lambda": { tf: ["aws_lambda_function"], cfn: ["AWS::Lambda::Function", "AWS::Serverless::Function"] },
  "aws-opswork": { tf: ["aws_opsworks_stack"], cfn: ["AWS::OpsWorks::Stack"] },
  "aws-secrets-manager": { tf: ["aws_secretsmanager_secret"], cfn: ["AWS::SecretsManager::Secret"] },
  "aws-shield": { tf: ["aws_shield_protection"], cfn: ["AWS::Shield::Protection"] },
  "aws-step-functions": { tf: ["aws_sfn_state_machine"], cfn: ["AWS::StepFunctions::StateMachine", "AWS::Serverless::StateMachine"] },
  "aws-waf": { tf: ["aws_wafv2_web_acl", "aws_waf_web_acl", "aws_wafregional_web_acl"], cfn: ["AWS::WAFv2::WebACL", "AWS::WAF::WebACL", "AWS::WAFRegional::WebACL"] },
  "aws-x-ray": { tf: ["aws_xray_sampling_rule", "aws_xray_group"], cfn: ["AWS::XRay::SamplingRule", "AWS::XRay::Group"] },
  "docker-for-aws": { none: "a CloudFormation template Docker published, no type" },
  "bash-my-aws": { none: "a CLI" },
  // Google Cloud
  "google-cloud-platform": { provider: ["hashicorp/google", "hashicorp/google-beta"] },
  "stackdriver": { tf: ["google_monitoring_alert_policy", "google_monitoring_dashboard", "google_monitoring_uptime_check_config"] },
  "google-app-engine": { tf: ["google_app_engine_application", "google_app_engine_standard_app_version"] },
  "google-bigquery": { tf: ["google_bigquery_dataset", "google_bigquery_table"] },
  "google-cloud-bigtable": { tf: ["google_bigtable_instance"] },
  "google-cloud-build": { tf: ["google_cloudbuild_trigger", "google_cloudbuildv2_repository"] },
  "google-cloud-cdn": { none: "a setting of a backend (enable_cdn), no type of its own" },
  "google-cloud-container-builder": { none: "Cloud Build's old name" },
  "google-cloud-dataflow": { tf: ["google_dataflow_job", "google_dataflow_flex_template_job"] },
  "google-cloud-dataproc": { tf: ["google_dataproc_cluster"] },
  "google-cloud-datastore": { tf: ["google_datastore_index"] },
  "google-cloud-dns": { tf: ["google_dns_managed_zone", "google_dns_record_set"] },
  "google-cloud-endpoints": { tf: ["google_endpoints_service"] },
  "google-cloud-firestore": { tf: ["google_firestore_database", "google_firestore_index"] },
  "google-cloud-functions": { tf: ["google_cloudfunctions_function", "google_cloudfunctions2_function"] },
  "google-cloud-load-balancing": { tf: ["google_compute_url_map", "google_compute_backend_service", "google_compute_global_forwarding_rule", "google_compute_target_https_proxy"] },
  "google-cloud-memorystore": { tf: ["google_redis_instance", "google_memcache_instance"] },
  "google-cloud-pubsub": { tf: ["google_pubsub_topic", "google_pubsub_subscription"] },
  "google-cloud-run": { tf: ["google_cloud_run_service", "google_cloud_run_v2_service", "google_cloud_run_v2_job"] },
  "google-cloud-source-repositories": { tf: ["google_sourcerepo_repository"] },
  "google-cloud-spanner": { tf: ["google_spanner_instance"] },
  "google-cloud-sql": { tf: ["google_sql_database_instance"] },
  "google-cloud-sql-for-postgresql": { none: "database_version setting: format:cloud-sql-postgresql" },
  "google-cloud-storage": { tf: ["google_storage_bucket"] },
  "google-cloud-tasks": { tf: ["google_cloud_tasks_queue"] },
  "google-compute-engine": { tf: ["google_compute_instance", "google_compute_instance_template"] },
  "google-container-registry": { tf: ["google_container_registry"] },
  "google-kubernetes-engine": { tf: ["google_container_cluster", "google_container_node_pool"] },
  "google-ai-platform": { tf: ["google_ml_engine_model"] },
  "firebase": { tf: ["google_firebase_project", "google_firebase_web_app"] },
  "firebase-hosting": { tf: ["google_firebase_hosting_site"] },
  "firebase-realtime-database": { tf: ["google_firebase_database_instance"] },
  // Azure
  "microsoft-azure": { provider: ["hashicorp/azurerm", "azure/azapi"] },
  "azure-active-directory": { tf: ["azuread_application", "azuread_group"], provider: ["hashicorp/azuread"] },
  "azure-api-management": { tf: ["azurerm_api_management"] },
  "azure-app-service": { tf: ["azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_app_service"] },
  "azure-application-insights": { tf: ["azurerm_application_insights"] },
  "azure-cdn": { tf: ["azurerm_cdn_profile", "azurerm_cdn_endpoint"] },
  "azure-cognitive-search": { tf: ["azurerm_search_service"] },
  "azure-search": { none: "Azure Cognitive Search's old name (the SDKs name azure-cognitive-search)" },
  "azure-container-instances": { tf: ["azurerm_container_group"] },
  "azure-container-service": { none: "retired (ACS), its resource removed from the provider" },
  "azure-cosmos-db": { tf: ["azurerm_cosmosdb_account"] },
  "azure-data-factory": { tf: ["azurerm_data_factory"] },
  "azure-database-for-mysql": { tf: ["azurerm_mysql_flexible_server"] },
  "azure-database-for-postgresql": { tf: ["azurerm_postgresql_flexible_server"] },
  "azure-databricks": { tf: ["azurerm_databricks_workspace"] },
  "azure-devops": { provider: ["microsoft/azuredevops"] },
  "azure-pipelines": { tf: ["azuredevops_build_definition"] },
  "azure-repos": { tf: ["azuredevops_git_repository"] },
  "azure-functions": { tf: ["azurerm_linux_function_app", "azurerm_function_app"] },
  "azure-iot-hub": { tf: ["azurerm_iothub"] },
  "azure-key-vault": { tf: ["azurerm_key_vault", "azurerm_key_vault_secret"] },
  "azure-kubernetes-service": { tf: ["azurerm_kubernetes_cluster"] },
  "azure-logic-apps": { tf: ["azurerm_logic_app_workflow"] },
  "azure-machine-learning": { tf: ["azurerm_machine_learning_workspace"] },
  "azure-redis-cache": { tf: ["azurerm_redis_cache"] },
  "azure-service-bus": { tf: ["azurerm_servicebus_namespace", "azurerm_servicebus_queue"] },
  "azure-service-fabric": { tf: ["azurerm_service_fabric_cluster", "azurerm_service_fabric_managed_cluster"] },
  "azure-sql-database": { tf: ["azurerm_mssql_server", "azurerm_mssql_database"] },
  "azure-storage": { tf: ["azurerm_storage_account", "azurerm_storage_container"] },
  "azure-synapse": { tf: ["azurerm_synapse_workspace"] },
  "azure-virtual-machines": { tf: ["azurerm_linux_virtual_machine", "azurerm_windows_virtual_machine"] },
  "azure-websites": { none: "App Service's old name" },
  "azure-boards": { none: "no resource type" },
  "azure-devops-server": { none: "on-premises product" },
  // Cloudflare, DigitalOcean, Heroku and other platforms
  "cloudflare": { provider: ["cloudflare/cloudflare"] },
  "cloudflare-pages": { tf: ["cloudflare_pages_project", "cloudflare_pages_domain"] },
  "cloudflare-workers": { tf: ["cloudflare_worker_script", "cloudflare_workers_script", "cloudflare_worker_route", "cloudflare_workers_kv_namespace"] },
  "cloudflare-waf": { tf: ["cloudflare_waf_rule", "cloudflare_firewall_rule"] },
  "cloudflare-cdn": { none: "the zone itself, no type of its own" },
  "cloudflare-stream": { none: "no resource type I am sure of" },
  "digitalocean": { provider: ["digitalocean/digitalocean"] },
  "digitalocean-load-balancer": { tf: ["digitalocean_loadbalancer"] },
  "digitalocean-managed-databases": { tf: ["digitalocean_database_cluster", "digitalocean_database_db"] },
  "digitalocean-monitoring": { tf: ["digitalocean_monitor_alert", "digitalocean_uptime_check"] },
  "digitalocean-spaces": { tf: ["digitalocean_spaces_bucket", "digitalocean_spaces_bucket_policy"] },
  "heroku": { provider: ["heroku/heroku"] },
  "heroku-postgres": { none: "heroku_addon's plan (heroku-postgresql:...)" },
  "heroku-redis": { none: "heroku_addon's plan (heroku-redis:...)" },
  "heroku-ci": { none: "no resource type" },
  "linode": { provider: ["linode/linode"] },
  "hetzner": { provider: ["hetznercloud/hcloud"] },
  "aliyun": { provider: ["aliyun/alicloud", "hashicorp/alicloud"] },
  "scaleway": { provider: ["scaleway/scaleway"] },
  "vultr": { provider: ["vultr/vultr"] },
  "ovh": { provider: ["ovh/ovh"] },
  "vercel": { provider: ["vercel/vercel"] },
  "netlify": { provider: ["netlify/netlify"] },
  "fly": { none: "fly.toml" },
  "render": { provider: ["render-oss/render"] },
};

let ok = 0, missing = 0;
const lines = [];
for (const [id, want] of Object.entries(T).sort((a, b) => byCodeUnits(a[0], b[0]))) {
  const s = site.get(id);
  if (!s || !ids.has(id)) { lines.push(`?? ${id}: not a catalog tool`); continue; }
  if (want.none) { lines.push(`-- ${id} (${s.name}, ${s.stacks}): ${want.none}`); continue; }
  const gaps = [];
  for (const t of want.tf ?? []) if (!lookup("terraform-resource", t).includes(id)) gaps.push(t);
  for (const t of want.cfn ?? []) if (!lookup("cloudformation-type", t).includes(id)) gaps.push(t);
  for (const p of want.provider ?? []) if (!lookup("terraform-provider", p).includes(id)) gaps.push(`provider ${p}`);
  const all = [...(want.tf ?? []), ...(want.cfn ?? []), ...(want.provider ?? []).map((p) => `provider ${p}`)];
  if (gaps.length === 0) { ok++; lines.push(`ok ${id} (${s.name}, ${s.stacks}): ${all.join(", ")}${want.note ? `; ${want.note}` : ""}`); }
  else { missing++; lines.push(`MISSING ${id} (${s.name}, ${s.stacks}): ${gaps.join(", ")}${gaps.length < all.length ? ` (covered: ${all.filter((t) => !gaps.includes(t)).join(", ")})` : ""}`); }
}
console.log(lines.join("\n"));
console.log(`\n${ok} tools covered, ${missing} with missing types`);
process.exitCode = missing > 0 ? 1 : 0;
