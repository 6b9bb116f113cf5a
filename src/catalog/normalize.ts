/** Makes package names comparable the way their registry does. */
export function normalizeName(name: string, rule?: "pep503" | "lowercase"): string {
  if (rule === "pep503") return name.toLowerCase().replace(/[-_.]+/g, "-");
  if (rule === "lowercase") return name.toLowerCase();
  return name;
}
