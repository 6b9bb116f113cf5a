/** Whether a relative glob starts above the folder it is read from (`../src/**`). */
export function climbsOut(glob: string): boolean {
  return glob === ".." || glob.startsWith("../");
}

/**
 * Why an include glob can match no file, or undefined where it can: `empty` (an unset variable
 * split into `[""]`) or `outside` (above the scanned folder, leading `./` aside: `./../src/**`).
 * Such a glob would make the scan's answer an empty stack, so the API, the configuration file and
 * the CLI refuse it, each in its own words.
 */
export function includeGlobFault(glob: string): "empty" | "outside" | undefined {
  if (glob.trim() === "") return "empty";
  return climbsOut(glob.replace(/^(\.\/)+/, "")) ? "outside" : undefined;
}
