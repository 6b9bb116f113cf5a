/**
 * The instant an ISO 8601 date (and time) names, or undefined when the text is not one. Stricter
 * than `new Date(text)`, which rolls 30 February over to 1 March and reads "5" as May 2001.
 * Takes `2024-05-01`, `2024-05-01T14:00`, `2024-05-01T14:00:00.5+02:00`, the site's
 * `2024-05-01 14:00:00.000000000 Z`; a date without a zone is UTC.
 */
export function isoDate(text: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day, hour = 0, minute = 0, second = 0] = m.slice(1, 7).map((x) => (x === undefined ? undefined : Number(x))) as number[];
  const fraction = m[7] ? Number(m[7]) : 0;
  if (month! < 1 || month! > 12 || hour > 23 || minute > 59 || second > 59) return undefined;
  const days = new Date(Date.UTC(year!, month!, 0)).getUTCDate();
  if (day! < 1 || day! > days) return undefined;
  let offset = 0;
  const zone = m[8];
  if (zone && zone.toUpperCase() !== "Z") {
    const [, sign, hh, mm = "0"] = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)!;
    if (Number(hh) > 23 || Number(mm) > 59) return undefined;
    offset = (sign === "-" ? -1 : 1) * (Number(hh) * 60 + Number(mm));
  }
  const date = new Date(Date.UTC(year!, month! - 1, day!, hour, minute, second) + Math.round(fraction * 1000) - offset * 60_000);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
