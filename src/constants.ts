/** The detection_source of what comes from the repository as a whole (languages, Git). */
export const REPO_METADATA = "Repo Metadata";
