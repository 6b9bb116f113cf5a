/** The files the config-management detector reads, apart from its code: a scan loads that code only for a tree holding one of them. */
export const CONFIG_MANAGEMENT_FILES = ["Puppetfile", "Berksfile", "Policyfile.rb", "**/policyfiles/*.rb", "**/cookbooks/*/metadata.rb", "/metadata.rb", "/metadata.json", "{.kitchen,kitchen}.yml"];
