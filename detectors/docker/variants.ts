/** A tag of an image's Apache httpd variant: `8.3-apache`, `apache`, `8.2-apache-bookworm`. */
export function isApacheVariant(tag: string | undefined): boolean {
  return tag !== undefined && /(^|[-_.])apache($|[-_.])/i.test(tag);
}

/** A tag naming an image's Alpine Linux variant: `alpine`, `7-alpine`, `3-management-alpine`, `1.21-alpine3.18`. */
export function isAlpineVariant(tag: string | undefined): boolean {
  return tag !== undefined && /(^|[-_.])alpine(\d+(\.\d+)*)?($|[-_.])/i.test(tag);
}
