/** The files the hashicorp detector reads, apart from its code: a scan loads that code only for a tree holding one of them. */
export const HASHICORP_FILES = ["Vagrantfile", "*.pkr.hcl", "*.pkr.json", "packer.json", "**/packer/*.json", "*.nomad", "*.nomad.hcl"];
