/**
 * Shell-style variable substitution, as Dockerfiles (`ARG` values) and compose files (`.env`
 * values) apply it to an image reference: `${VAR}` and `$VAR`; `${VAR:-word}` / `${VAR-word}`,
 * word when VAR is unset (or, with the colon, empty); `${VAR:+word}` / `${VAR+word}`, word when it
 * is set. An unset variable with no default becomes empty, or with `keepUnset` stays as written,
 * so the reference stays unresolved rather than wrong; so does `${VAR:?message}` when unset.
 */
export function substitute(value: string, vars: ReadonlyMap<string, string>, keepUnset = false): string {
  const replace = (whole: string, braced: string | undefined, colon: string | undefined, op: string | undefined, word: string | undefined, bare: string | undefined): string => {
    const known = vars.get(braced ?? bare ?? "");
    const set = colon ? known !== undefined && known !== "" : known !== undefined;
    if (op === "+") return set ? word ?? "" : "";
    if (set) return known!;
    if (op === "-") return word ?? "";
    return op === "?" || keepUnset ? whole : "";
  };
  // After the last `}` no `\${...}` can close: there only `$VAR` is looked for, so the `\${VAR-`
  // openers left open there are not each read on to the end (a time that grew with their square).
  const end = value.lastIndexOf("}") + 1;
  const head = end ? value.slice(0, end).replace(/\$\{(\w+)(?:(:?)([-?+])([^}]*))?\}|\$(\w+)/g, replace) : "";
  return head + value.slice(end).replace(/\$(\w+)/g, (whole, bare: string) => replace(whole, undefined, undefined, undefined, undefined, bare));
}
