import { textLines } from "../../src/kit.js";

export interface ImportmapPin {
  /** The npm package the pin maps (`chart.js`, `@hotwired/stimulus`). */
  name: string;
  version: string;
  line: number;
}

/**
 * A Rails importmap (`config/importmap.rb`, read as text): the npm packages it pins at a release,
 * as `bin/importmap pin` writes them: downloaded to vendor/ with the release in a comment
 * (`pin "chart.js" # @4.4.1`) or, before importmap-rails 2, linked from a CDN whose URL holds it
 * (`to: "https://ga.jspm.io/npm:chart.js@4.4.1/dist/chart.js"`, jsDelivr's `/npm/chart.js@4.4.1/`,
 * unpkg's and esm.sh's `/chart.js@4.4.1`). A pin without a release is the app's own module or one a
 * gem ships (`pin "application"`, `pin "@hotwired/turbo-rails", to: "turbo.min.js"`): left out.
 */
export function readImportmap(text: string): ImportmapPin[] {
  const pins: ImportmapPin[] = [];
  textLines(text).forEach((raw, i) => {
    // The bracket optional after one space run, not between two (every split of a long run was tried).
    const m = /^\s*pin\s*(?:\(\s*)?["']([^"']+)["'](.*)$/.exec(raw);
    if (!m) return;
    const name = m[1]!;
    const rest = m[2]!;
    const commented = /#\s*@(\d[\w.+-]*)/.exec(rest)?.[1];
    const to = /\bto:\s*["']([^"']+)["']/.exec(rest)?.[1];
    const linked = to && /^https?:\/\//.test(to) ? releaseInUrl(to, name) : undefined;
    const version = commented ?? linked;
    if (version) pins.push({ name, version, line: i + 1 });
  });
  return pins;
}

/** The release a CDN URL gives the package: the text after `<name>@` at the start of a path segment (or after jspm's `npm:`). */
function releaseInUrl(url: string, name: string): string | undefined {
  const at = url.indexOf(`${name}@`);
  if (at <= 0 || !/[/:]/.test(url[at - 1]!)) return undefined;
  return /^\d[\w.+-]*?(?=$|[/?#])/.exec(url.slice(at + name.length + 1))?.[0];
}
