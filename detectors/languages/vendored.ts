/**
 * Paths left out of language statistics, after GitHub linguist's vendor and documentation rules
 * (our own list): third-party code, minified and bundled files, wrappers, and documentation or
 * example trees. `.gitattributes` can override any of them per path.
 */
export const VENDORED: readonly RegExp[] = [
  /(^|\/)(node_modules|bower_components|jspm_packages|web_modules|vendor|vendors|third[-_]?party|3rd[-_]?party|external|externals|deps|Pods|Carthage|\.yarn|\.pnp|site-packages|dist-packages|__pypackages__)\//i,
  /(^|\/)(cache|\.cache|\.sass-cache)\//,
  /(^|\/)dist\//,
  /(^|\/)(__)?generated(__)?\//,
  /^[Tt]ests?\/fixtures\//,
  /^[Ss]pecs?\/fixtures\//,
  /^debian\//,
  /(^|\/)(normalize|animate|font-awesome|foundation)\.(css|less|scss|styl)$/,
  /\.min\.(js|css|mjs)$/i,
  /[-.]bundle\.js$/i,
  // The Rails asset pipeline's compiled output: `rake assets:precompile` writes minified copies
  // named with their digest (MD5 in Sprockets 2 and 3, SHA-256 in 4) under public/assets, which
  // linguist drops as minified.
  /(^|\/)public\/assets\/(.+\/)?[^/]+-([0-9a-f]{32}|[0-9a-f]{64})\.(css|js)$/,
  /(^|\/)(jquery|bootstrap|modernizr|angular|backbone|underscore|lodash|knockout|d3|react|vue|moment|prototype|mootools|dojo|ext|yui|three|chart|highcharts|popper|select2|raphael)([-.][\w.-]*)?\.(js|css)$/i,
  /(^|\/)(gradlew|mvnw)(\.bat|\.cmd)?$/,
  /(^|\/)(gradle\/wrapper|\.mvn\/wrapper)\//,
  /(^|\/)(Scripts|scripts)\/(jquery|bootstrap|modernizr|knockout|angular)[^/]*\.js$/,
  /\.(pb|pb\.gw|gen|generated|g)\.(go|ts|js|cs|py)$/,
  /_pb2(_grpc)?\.py$/,
  /\.designer\.(cs|vb)$/i,
  /\.feature\.cs$/i,
  /_tlb\.pas$/i,
  /.\.zep\.(c|h|php)$/,
  /(^|\/)\.(idea|vscode|vs)\//,
];

export const DOCUMENTATION: readonly RegExp[] = [
  /^(docs?|Docs?|documentation|Documentation|[Mm]an|javadoc|apidocs?)\//,
  /(^|\/)([Dd]ocumentation|[Jj]avadoc|[Gg]roovydoc|apidocs)\//,
  // An R package's vignettes.
  /(^|\/)inst\/doc\//,
  /^[Ee]xamples\//,
  /^[Ss]amples?\//,
  /^[Dd]emos?\//,
  /(^|\/)(CHANGE(S|LOG)?|CONTRIBUTING|COPYING|INSTALL|LICEN[CS]E|[Ll]icen[cs]e|README|[Rr]eadme)(\.|$)/,
  /(^|\/)CITATION(\.cff|S?(\.(bib|md))?)$/,
];

const RULES = [...VENDORED, ...DOCUMENTATION];
/**
 * The rules whose every match ends with a slash can only match inside a path's folder part, so
 * they are tested once per folder; the others are tested on each path. Each group is one
 * expression (one pass instead of one per rule), split again by case sensitivity.
 */
const FOLDER_RULES = RULES.filter((r) => r.source.endsWith("\\/"));
const PATH_RULES = RULES.filter((r) => !r.source.endsWith("\\/"));

function oneOf(rules: readonly RegExp[]): (text: string) => boolean {
  const join = (list: readonly RegExp[], flags: string) =>
    list.length ? new RegExp(list.map((r) => `(?:${r.source})`).join("|"), flags) : undefined;
  const sensitive = join(rules.filter((r) => !r.flags.includes("i")), "");
  const insensitive = join(rules.filter((r) => r.flags.includes("i")), "i");
  return (text) => (sensitive?.test(text) ?? false) || (insensitive?.test(text) ?? false);
}

const folderExcluded = oneOf(FOLDER_RULES);
const pathExcluded = oneOf(PATH_RULES);

/** Whether linguist would leave this path out of the language bar, before .gitattributes. */
export function excludedByDefault(path: string): boolean {
  const slash = path.lastIndexOf("/");
  return (slash >= 0 && folderExcluded(path.slice(0, slash + 1))) || pathExcluded(path);
}

/** `excludedByDefault` with the folder rules' answer kept per folder, for one pass over a tree. */
export function exclusionTest(): (path: string) => boolean {
  const byFolder = new Map<string, boolean>();
  // Sources list a folder's files together: the previous path's folder is checked first, with no copy.
  let lastFolder: string | undefined;
  let lastExcluded = false;
  return (path) => {
    const slash = path.lastIndexOf("/");
    if (slash >= 0) {
      if (lastFolder === undefined || lastFolder.length !== slash + 1 || !path.startsWith(lastFolder)) {
        lastFolder = path.slice(0, slash + 1);
        let excluded = byFolder.get(lastFolder);
        if (excluded === undefined) byFolder.set(lastFolder, (excluded = folderExcluded(lastFolder)));
        lastExcluded = excluded;
      }
      if (lastExcluded) return true;
    }
    return pathExcluded(path);
  };
}
