/**
 * Whether an s3 backend's settings (HCL, or Terragrunt's `config`) send its state to another
 * S3-compatible store: a written-out `endpoint` (before Terraform 1.6) or `endpoints { s3 = ... }`
 * whose host is not AWS's (MinIO, DigitalOcean Spaces, Cloudflare R2). AWS's own endpoints (a
 * region's, FIPS, a VPC endpoint's) and a value written as an expression leave it Amazon S3.
 */
export function s3Elsewhere(body: string): boolean {
  let endpoint = /^[ \t]*endpoint[ \t]*=[ \t]*"([^"]*)"/m.exec(body)?.[1];
  // The first `endpoints` object or block, to its first closing brace (one pass, however many there are).
  const endpoints = /^[ \t]*endpoints[ \t]*=?[ \t]*\{/m.exec(body);
  if (endpoint === undefined && endpoints) {
    const from = endpoints.index + endpoints[0].length;
    const to = body.indexOf("}", from);
    endpoint = /(?:^|[\s,])s3[ \t]*=[ \t]*"([^"]*)"/.exec(body.slice(from, to < 0 ? body.length : to))?.[1];
  }
  return endpoint !== undefined && !isAwsEndpoint(endpoint);
}

/** Whether an endpoint URL written out is AWS's (`*.amazonaws.com`, China's `*.amazonaws.com.cn`); one with an interpolation is taken as AWS's. */
export function isAwsEndpoint(url: string): boolean {
  if (url.includes("${")) return true;
  const host = url.trim().replace(/^[a-z][\w+.-]*:\/\//i, "").split(/[/:?#]/, 1)[0]!.toLowerCase();
  return /(?:^|\.)amazonaws\.com(?:\.cn)?\.?$/.test(host);
}
