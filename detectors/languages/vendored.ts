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
  /(^|\/)(jquery|bootstrap|modernizr|angular|backbone|underscore|lodash|knockout|d3|react|vue|moment|prototype|mootools|dojo|ext|yui|three|chart|highcharts|popper|select2|raphael)([-.][\w.-]*)?\.(js|css)$/i,
  /(^|\/)(gradlew|mvnw)(\.bat|\.cmd)?$/,
  /(^|\/)(gradle\/wrapper|\.mvn\/wrapper)\//,
  /(^|\/)(Scripts|scripts)\/(jquery|bootstrap|modernizr|knockout|angular)[^/]*\.js$/,
  /\.(pb|pb\.gw|gen|generated|g)\.(go|ts|js|cs|py)$/,
  /_pb2(_grpc)?\.py$/,
  /(^|\/)\.(idea|vscode|vs)\//,
];

export const DOCUMENTATION: readonly RegExp[] = [
  /^(docs?|Docs?|documentation|Documentation|man|javadoc|apidocs?)\//,
  /(^|\/)(documentation|Documentation|javadoc|apidocs)\//,
  /^[Ee]xamples\//,
  /^[Ss]amples?\//,
  /(^|\/)(CHANGE(S|LOG)?|CONTRIBUTING|COPYING|INSTALL|LICEN[CS]E|[Ll]icen[cs]e|README|[Rr]eadme)(\.|$)/,
];

/** Both lists as one expression: one pass over a path instead of one per rule. */
const EXCLUDED = new RegExp([...VENDORED, ...DOCUMENTATION].map((r) => `(?:${r.source})`).join("|"));
const CASE_INSENSITIVE = new RegExp([...VENDORED, ...DOCUMENTATION].filter((r) => r.flags.includes("i")).map((r) => `(?:${r.source})`).join("|"), "i");

/** Whether linguist would leave this path out of the language bar, before .gitattributes. */
export function excludedByDefault(path: string): boolean {
  return EXCLUDED.test(path) || CASE_INSENSITIVE.test(path);
}
