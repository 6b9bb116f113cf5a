/** Dates as the site writes them. */

/** `2020-11-21 15:39:11.000000000 Z`, as the site writes commit times (UTC). */
export function siteDate(unixSeconds: number): string {
  if (!Number.isFinite(unixSeconds)) return "";
  const iso = new Date(unixSeconds * 1000).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}.000000000 Z`;
}

/** The site's timestamp form: `2024-02-29T19:20:29+00:00`. */
export function siteTimestamp(date: Date): string {
  return `${date.toISOString().slice(0, 19)}+00:00`;
}
