/** A finding ref's kind, the part before its first `:` (`npm` of `npm:react`; `""` without one). */
export function refKind(ref: string): string {
  const colon = ref.indexOf(":");
  return colon < 0 ? "" : ref.slice(0, colon);
}

/** A finding ref's name, the part after its first `:` (`@scope/pkg` of `npm:@scope/pkg`; the whole ref without one). */
export function refName(ref: string): string {
  return ref.slice(ref.indexOf(":") + 1);
}
