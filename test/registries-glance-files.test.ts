import { describe, expect, it } from "vitest";
import { readForImagesOnly } from "../detectors/registries/image-files.js";
import { SOURCE_READERS } from "../detectors/registries/source-readers.js";
import { baseName } from "../src/kit.js";

const glanced = (file: string) => readForImagesOnly(file, baseName(file), SOURCE_READERS.find((r) => r.takes(file, baseName(file))));

describe("registries: which files are read at a glance, for their images only", () => {
  it("a manifest, a task definition, Terraform, and a YAML named for requirements (Ansible's, a Helm 2 chart's)", () => {
    for (const file of ["k8s/deploy.yaml", "ecs/api-task-definition.json", "infra/main.tf", "requirements.yml", "ansible/requirements.yml", "chart/requirements.yaml", "requirements/roles.yml"]) {
      expect(glanced(file), file).toBe(true);
    }
  });

  it("the files the ci detector reads for a service's settings, not a job's steps: Netlify CMS's admin/config.yml, firebase.json, dagger.json", () => {
    for (const file of ["static/admin/config.yml", "public/admin/config.yaml", "firebase.json", "web/firebase.json", "dagger.json"]) {
      expect(glanced(file), file).toBe(true);
    }
  });

  it("not a file a reader of its own takes, nor a CI system's configuration, nor another format", () => {
    const whole = [
      ".yarnrc.yml", "web/package.json", "composer.json", "docker-compose.yml", "compose.prod.yaml", ".github/dependabot.yml",
      ".gitlab-ci.yml", ".github/workflows/ci.yml", ".circleci/config.yml", "buildspec-prod.yml", ".woodpecker/build.yaml", ".buildkite/pipeline.yml",
      ".buildkite/pipeline.json", "cloudbuild.json", "ci/pipeline.yml", ".github/actions/setup/action.yml",
      "requirements.txt", "Dockerfile", "deploy.sh",
    ];
    for (const file of whole) expect(glanced(file), file).toBe(false);
  });
});
