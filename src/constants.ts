/** The detection_source of what comes from the repository as a whole (languages, Git). */
export const REPO_METADATA = "Repo Metadata";

/** The detection_source that marks a tool entry added by hand, kept by every write. */
export const MANUAL = "manual";
