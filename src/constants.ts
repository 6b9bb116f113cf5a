/** The detection_source of what comes from the repository as a whole (languages, Git). */
export const REPO_METADATA = "Repo Metadata";

/** The detection_source that marks a tool entry added by hand, kept by every write. */
export const MANUAL = "manual";

/**
 * The catalog id of the tool a git checkout's own metadata shows, which the engine reports itself
 * (src/detect.ts) and the CLI knows as the only tool of an otherwise empty checkout's scan.
 */
export const CHECKOUT_TOOL = "git";
