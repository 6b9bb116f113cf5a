/** The files the docker detector reads, apart from its code: a scan loads that code only for a tree holding one of them. */
// `worker.Dockerfile` as often as `worker.dockerfile`: both spellings of the suffix; a variant's
// suffix after a dot, a hyphen or an underscore (Dockerfile.prod, Dockerfile-dev, Dockerfile_test).
// Kamal's config/deploy.yml at any depth: a Rails app in a folder (backend/) deploys from there.
export const DOCKER_FILES = ["Dockerfile", "dockerfile", "Dockerfile.*", "Dockerfile{-,_}*", "*.{dockerfile,Dockerfile}", "Containerfile", "Containerfile.*", "*.{containerfile,Containerfile}", "{docker-compose,compose}*.{yml,yaml}", "/*.{yml,yaml}", "**/config/deploy.yml", "**/config/deploy.*.yml", ".devcontainer/devcontainer.json", ".devcontainer/*/devcontainer.json", "/.devcontainer.json", "docker-bake{,.override}.{hcl,json}"];
