/**
 * GitHub Actions' `${{ ... }}` and similar templates, blanked to `$_` on their line (line numbers
 * kept). A template's body holds no `{{`: a line of thousands of unclosed `{{` is read once, not
 * once from each of them.
 */
export function blankTemplates(text: string): string {
  return text.replace(/\$?\{\{(?:[^{}\n]|\{(?!\{))*\}\}/g, "$_");
}
