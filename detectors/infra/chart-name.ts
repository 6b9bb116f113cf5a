/**
 * The name of a chart that a release installs, from its reference: a repository's (`bitnami/redis`),
 * an OCI URL, or a local path (`./charts/web/`) by its last part. A packaged chart is known by its
 * name too: `helm package` writes `<name>-<version>.tgz`, its version a SemVer of three numbers
 * (`postgresql-13.2.24.tgz` is postgresql).
 */
export function chartName(chart: string): string | undefined {
  const last = chart.trim().replace(/\/+$/, "").split("/").pop();
  return last?.replace(/-v?\d+\.\d+\.\d+(?:[-+][\w.+-]*)?\.tgz$|\.tgz$/, "") || undefined;
}
