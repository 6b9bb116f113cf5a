/** The section of hosted services: payments, analytics, media handling, team tools. */
export const SAAS_SECTION = "Software as a Service (SaaS)";

/** The logo-card sections of techstack.md, in order, with the icon the site shows for each. */
export const MARKDOWN_SECTIONS: ReadonlyArray<{ title: string; icon?: string }> = [
  { title: "Languages", icon: "https://img.stackshare.io/languages.svg" },
  { title: "Frameworks", icon: "https://img.stackshare.io/frameworks.svg" },
  { title: "Data", icon: "https://img.stackshare.io/databases.svg" },
  { title: "DevOps", icon: "https://img.stackshare.io/devops.svg" },
  { title: "Hosting", icon: "https://img.stackshare.io/hosting.svg" },
  { title: SAAS_SECTION, icon: "https://img.stackshare.io/saas.svg" },
  { title: "Other" },
];
