/**
 * Shell-style variable substitution, as Dockerfiles (`ARG` values) and compose files (`.env`
 * values) apply it to an image reference: `${VAR}` and `$VAR`; `${VAR:-word}` / `${VAR-word}`,
 * word when VAR is unset (or, with the colon, empty); `${VAR:+word}` / `${VAR+word}`, word when it
 * is set. An unset variable with no default becomes empty, or with `keepUnset` stays as written,
 * so the reference stays unresolved rather than wrong; so does `${VAR:?message}` when unset.
 */
export function substitute(value: string, vars: ReadonlyMap<string, string>, keepUnset = false): string {
  return value.replace(/\$\{(\w+)(?:(:?)([-?+])([^}]*))?\}|\$(\w+)/g, (whole, braced: string | undefined, colon: string, op: string | undefined, word: string | undefined, bare: string | undefined) => {
    const known = vars.get(braced ?? bare ?? "");
    const set = colon ? known !== undefined && known !== "" : known !== undefined;
    if (op === "+") return set ? word ?? "" : "";
    if (set) return known!;
    if (op === "-") return word ?? "";
    return op === "?" || keepUnset ? whole : "";
  });
}
