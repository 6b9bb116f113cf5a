import { defineConfig } from "vitest/config";

// The unit tests that exercise the parsers, the catalog matcher and the document core, for mutation testing
// (npm run mutate); the end-to-end CLI tests are left out to keep each mutant's run short.
export default defineConfig({
  test: {
    include: [
      "test/npm-lockfiles.test.ts",
      "test/npm-detector.test.ts",
      "test/python.test.ts",
      "test/php-go-ruby-rust.test.ts",
      "test/php-go-rust.test.ts",
      "test/ruby.test.ts",
      "test/docker-ci.test.ts",
      "test/versions.test.ts",
      "test/catalog.test.ts",
      "test/parser-edges.test.ts",
      "test/parse-formats.test.ts",
      "test/yaml-writer.test.ts",
      // The document core: findings to entries, versions, Markdown and diff.
      "test/document.test.ts",
      "test/rank.test.ts",
      "test/version-rules.test.ts",
      "test/pinned-declarations.test.ts",
      "test/numbered-apart.test.ts",
      "test/client-numbering.test.ts",
      "test/markdown.test.ts",
      "test/markdown-escaping.test.ts",
      "test/schema-diff.test.ts",
      "test/diff.test.ts",
      "test/iso-date.test.ts",
      "test/order.test.ts",
      "test/names.test.ts",
      "test/build.test.ts",
      "test/markdown-layout.test.ts",
      "test/library-arguments.test.ts",
      // The JVM and .NET readers and the compose files.
      "test/maven-model.test.ts",
      "test/jvm.test.ts",
      "test/jvm-drivers-and-sdks.test.ts",
      "test/jvm-log4j-adapter-and-lucene.test.ts",
      "test/jvm-versionless-and-package-only.test.ts",
      "test/maven-compiler-configuration.test.ts",
      "test/scala-maven-build.test.ts",
      "test/gradle-buildsrc-versions.test.ts",
      "test/gradle-lockfile.test.ts",
      "test/gradle-platform-boms.test.ts",
      "test/dotnet-model.test.ts",
      "test/dotnet.test.ts",
      "test/dotnet-paket.test.ts",
      "test/dotnet-application-insights.test.ts",
      "test/dotnet-platform-from-packages.test.ts",
      "test/dotnet-providers-and-sdks.test.ts",
      "test/compose-reading.test.ts",
      "test/compose-self-hosted-services.test.ts",
      // The PHP, Cargo and CI readers.
      "test/composer-reading.test.ts",
      "test/cargo-reading.test.ts",
      "test/ci-reading.test.ts",
      // Name resolution, git facts, the scan's ignore rules, path patterns and decoding, npm workspaces.
      "test/resolve.test.ts",
      "test/remote-urls.test.ts",
      "test/git-facts.test.ts",
      "test/ignore-rules.test.ts",
      "test/gitignore-huge-pattern.test.ts",
      "test/tracked-but-ignored.test.ts",
      "test/sources.test.ts",
      "test/select.test.ts",
      "test/path-globs.test.ts",
      "test/decode.test.ts",
      "test/npm-workspace-reading.test.ts",
      // The infrastructure reader: Terraform, Kubernetes, Helm, kustomize, Serverless/SAM/CloudFormation, Heroku, Ansible, Render.
      "test/infra-reading.test.ts",
      "test/infra.test.ts",
      "test/infra-analogues.test.ts",
      // The language reader (extensions, .gitattributes, vendored paths, shared extensions), the mobile
      // and Apple readers (CocoaPods, Carthage, Swift Package Manager, pubspec), version managers and Bower.
      "test/languages.test.ts",
      "test/languages-reading.test.ts",
      "test/repo-signals.test.ts",
      "test/mobile-reading.test.ts",
      "test/mobile.test.ts",
      "test/pub-firebase-plugins.test.ts",
      "test/pubspec-variants.test.ts",
      "test/swift-package-requirements.test.ts",
      "test/tool-versions.test.ts",
      "test/bower.test.ts",
      // The rest of the Python reader, Ruby's detector, and the Elixir, Haskell, R and smaller JVM readers.
      "test/python-reading.test.ts",
      "test/python-hatch-envs.test.ts",
      "test/python-local-sources.test.ts",
      "test/ruby-reading.test.ts",
      "test/gemfile-continued-lines.test.ts",
      "test/elixir.test.ts",
      "test/elixir-reading.test.ts",
      "test/mix-hex-renames.test.ts",
      "test/haskell-clojure.test.ts",
      "test/haskell-reading.test.ts",
      "test/r-reading.test.ts",
      "test/jvm-other-reading.test.ts",
      "test/grails-metadata.test.ts",
      "test/small-ecosystems-reading.test.ts",
      // The Perl reader (cpanfile, cpanfile.snapshot).
      "test/perl-reading.test.ts",
      "test/perl.test.ts",
      // The shared helpers, the catalog's files, document parsing and validation, the other npm-family
      // lockfiles (pnpm's quick importers reader, bun.lock and bun.lockb, deno.lock), and the command
      // line's glue called as functions (workspace choice, scan flags, --manual names).
      "test/kit.test.ts",
      "test/hot-paths.test.ts",
      "test/catalog-file.test.ts",
      "test/user-catalog-file.test.ts",
      "test/package-only-matchers.test.ts",
      "test/document-parse.test.ts",
      "test/parse-scalars.test.ts",
      "test/pnpm-importers.test.ts",
      "test/pnpm-lock-aliases.test.ts",
      "test/pnpm-lock-documents.test.ts",
      "test/bun-lockb.test.ts",
      "test/deno-bare-specifiers.test.ts",
      "test/npm-lockfile-edges.test.ts",
      "test/config.test.ts",
      "test/cli-glue.test.ts",
      // Stop 56 (a56b): --manual on a terminal (a recording picker), glued releases, names given twice,
      // the thresholds of a clear match, blank or parent-folder globs, workspaces at a revision.
      "test/cli-glue-manual-picker.test.ts",
      "test/cli-glue-manual-names.test.ts",
      "test/cli-glue-scan-flags-edges.test.ts",
      // The scan path called in-process: the file cache, the scan loop, the entry points' checks and
      // options, the memory and directory sources and the reader of a repository's own files; then the
      // git revision source, the go/docker/prisma readers finding by finding and the CLI's helpers.
      "test/scan-files.test.ts",
      "test/scan-run.test.ts",
      "test/scan-arguments.test.ts",
      "test/local-sources.test.ts",
      "test/git-revision-source.test.ts",
      "test/go-detector-findings.test.ts",
      "test/docker-detector-findings.test.ts",
      "test/prisma-and-locked-manifest.test.ts",
      "test/cli-helpers.test.ts",
      "test/config-file-checks.test.ts",
      // Also scored since 2 December 2026: a revision named as a file, a lockfile kept as npm-shrinkwrap,
      // the imports of `// indirect` Go modules, the configuration's mistakes and the diff, write and check
      // commands called in-process.
      "test/missing-targets.test.ts",
      "test/npm-shrinkwrap.test.ts",
      "test/go-indirect-imported.test.ts",
      "test/config-mistakes.test.ts",
      "test/cli-commands-in-process.test.ts",
      // Also scored since 2 December 2026 (second round): git blame's line dates, and the detect,
      // resolve, validate, submit and batch commands, submit's HTTP client, the line-ending helpers and
      // the atomic write called in-process (batch's list, resume and option checks; its worker pool
      // runs through dist/cli.js only).
      "test/git-blame.test.ts",
      "test/cli-small-commands-in-process.test.ts",
      "test/submit-in-process.test.ts",
      "test/batch-in-process.test.ts",
      // Stop 56 (a56b): batch's empty --rev and a one-entry shard's summary.
      "test/batch-options-in-process.test.ts",
      // Also scored since 5 December 2026: the rank traits and the ranks' order, Go's major suffix,
      // Terraform's s3 endpoints and the image tags that name their release elsewhere (year lines,
      // layouts). (The batched blob reader of that round, blobs-sync, is gone: named-blobs reads.)
      "test/rank-order.test.ts",
      "test/rank-traits.test.ts",
      "test/major-suffix.test.ts",
      "test/terraform-s3-endpoint.test.ts",
      "test/image-tool-releases.test.ts",
      "test/official-image-keys.test.ts",
      "test/image-version-unit.test.ts",
      "test/rank-traits-unit.test.ts",
      // Also scored since 5 December 2026 (second round): compareReleases' own cases.
      "test/go-major-paths.test.ts",
      // rank.ts called alone: cited manifests and files, tag precision, pins without a release, path case.
      "test/rank-unit.test.ts",
      // Terraform's AWS services (OpenSearch and commercial RDS engines), azapi resources, Terragrunt
      // sources and the JSON syntax: the four infrastructure tests above leave them uncovered (243 of
      // terraform.ts's mutants on 5 December 2026).
      "test/terraform-aws-services.test.ts",
      "test/azure-templates.test.ts",
      "test/iac-second-look.test.ts",
      // terraform.ts's readers called alone: X-Ray settings, database engines, OpenSearch domains, azapi
      // types and the JSON syntax, written against the survivors of 5 December 2026.
      "test/terraform-reader-unit.test.ts",
      // Also scored since 5 December 2026 (third round): the `git cat-file --batch` record reader and
      // the check of whether git's listing of ignored files is needed.
      "test/batch-records.test.ts",
      "test/git-exclude-rules.test.ts",
      // Stop 48's detection-source rules: a CI step cited only where no other file names the tool,
      // npm's last package.json by path, every language the bar counts cited as Repo Metadata.
      "test/ci-step-source.test.ts",
      "test/npm-cited-last-manifest.test.ts",
      "test/language-bar-source.test.ts",
      // The infrastructure reader's per-format modules finding by finding (serverless.yml, Helmfile,
      // JSON templates, azure.yaml, fly.toml, wrangler.toml, Ansible playbooks) and its hosting files.
      "test/infra-formats-unit.test.ts",
      // The Kubernetes manifest reader's helpers called alone (manifests.ts).
      "test/manifests-unit.test.ts",
      "test/hosting-configs.test.ts",
      // Stop 49's engine code: a YAML file's documents read one by one where one is broken (yaml.ts's
      // parseYamlEach, kit/parsed.ts's yamlDocuments), manual submission's tie rules (resolve.ts), and the
      // RDS engines of Terraform's resources and modules and CloudFormation's. test/ci-bot-shapes (branch.ts's
      // CI jobs) stays out: it builds git repositories for each test, and every document-building mutant would run it.
      "test/yaml-documents-one-broken.test.ts",
      "test/resolve-typed-ties.test.ts",
      "test/resolve-ui-stem-tie.test.ts",
      "test/resolve-popular-tie.test.ts",
      "test/resolve-kind-word.test.ts",
      "test/resolve-vendor-qualified.test.ts",
      "test/rds-multi-az-cluster.test.ts",
      // Stop 50's library and Terraform code: a module's literal inputs (terraform.ts), the entry and option
      // checks of render and the document functions (shape.ts, render.ts), ParseError across two copies of
      // the module, the built-in catalog's extend guard. test/stack-file-path stays out: its --out cases call write
      // and check in-process and one runs the CLI, and every document-building mutant would run them.
      "test/terraform-module-inputs.test.ts",
      "test/render-no-options.test.ts",
      "test/api-invalid-entries.test.ts",
      "test/parse-error-copies.test.ts",
      "test/shared-builtins.test.ts",
      // Stop 51: modules read as the resource the catalog's terraform-module-resource names (terraform.ts's
      // moduleDatabases and resourceDatabases, catalog.ts's moduleResource), Terragrunt units' inputs.
      "test/terraform-module-resource.test.ts",
      "test/terragrunt-inputs.test.ts",
      // Stop 51's round over detectors never mutated before: pre-commit's hook repositories, the registry
      // hosts (.npmrc, .yarnrc.yml, pip.conf, publishConfig), the site generators' settings, the game
      // engines' project files and Crystal's shards.
      "test/pre-commit.test.ts",
      "test/pre-commit-config-shapes.test.ts",
      // Stop 56 (a56b): pre-commit 0.x's top-level list, `sha:` pins, a hook run twice, broken entries.
      "test/pre-commit-legacy-and-repeated.test.ts",
      "test/registry-hosts.test.ts",
      "test/site-generators.test.ts",
      "test/game-engines-and-desktop-frameworks.test.ts",
      "test/smaller-ecosystems.test.ts",
      "test/registry-config-files.test.ts",
      "test/site-generator-configs.test.ts",
      "test/game-engine-and-shard-findings.test.ts",
      "test/hashicorp.test.ts",
      "test/hashicorp-findings.test.ts",
      // Stop 54 (a54c): Packer's JSON templates and packer { } block, shard.lock's formats, a source-built
      // engine's .uproject, each read alone.
      "test/hashicorp-templates-reading.test.ts",
      "test/shard-lock-reading.test.ts",
      "test/unreal-source-builds.test.ts",
      // Stop 51 (a51j): the Perl build-script and metadata readers called alone (Makefile.PL, Build.PL, META files).
      "test/perl-build-script-unit.test.ts",
      // Stop 52 (a52c): the C/C++, OCaml, observability and configuration-management readers, never or only
      // measured before, and stop 51's line finders, web-address reader and typed-name list. test/toml-key-lines
      // stays out: its linear-time case fails under instrumentation; test/line-helpers-survivors reads TOML instead.
      "test/cpp.test.ts",
      "test/cpp-coverage.test.ts",
      "test/cpp-reading.test.ts",
      "test/crlf-readers.test.ts",
      "test/makefile-pkg-config-variables.test.ts",
      "test/ocaml-opam.test.ts",
      "test/ocaml-reading.test.ts",
      "test/config-management.test.ts",
      "test/config-management-reading.test.ts",
      "test/observability.test.ts",
      "test/observability-reading.test.ts",
      "test/maven-pom-lines.test.ts",
      "test/dotnet-item-lines.test.ts",
      "test/pubspec-key-lines.test.ts",
      "test/line-helpers-survivors.test.ts",
      "test/web-address-unit.test.ts",
      "test/typed-names-unit.test.ts",
      // Stop 52 (a52m): cpp's other readers called alone (CMake, Conan, vcpkg, Bazel, PlatformIO, xmake) and
      // a Makefile's continued lines.
      "test/makefile-continued-lines.test.ts",
      "test/cmake-reading.test.ts",
      "test/conan-vcpkg-reading.test.ts",
      "test/bazel-xmake-reading.test.ts",
      "test/platformio-reading.test.ts",
      "test/cpp-detector-findings.test.ts",
      // Stop 54 (a54b): the Makefile, meson, qmake, xmake and Bazel readers' survivors, the shared release-tag
      // reader and the cpp-umbrella-port table.
      "test/cpp-readers-survivors.test.ts",
      "test/release-tag.test.ts",
      "test/cpp-umbrella-port.test.ts",
      // Stop 56 (a56g): the meson and qmake readers' survivors, a library named through a variable suffix.
      "test/meson-qmake-survivors.test.ts",
      // Stop 55 (a55c): HEAD, origin's HEAD and the remotes' URLs read from the repository's files
      // (symbolic-ref-file.ts, origin-from-config.ts, branch.ts's symbolicRefs).
      "test/git-refs-and-remotes-from-files.test.ts",
      "test/git-ref-files-unit.test.ts",
      // Stop 55 (a55c): the pom line finder on a generated pom and on damaged ones.
      "test/pom-lines-survivors.test.ts",
      // Stop 57 (h57-c): the git layout's one rev-parse, each answer against git's own (it imports layout.ts
      // alone, so only its mutants run it). diff-git-asked-once and batch-scan-flags stay out: they call
      // process.chdir (batch-scan-flags through runCommand), which the runner's worker threads refuse.
      "test/git-layout-answers.test.ts",
      // Stop 57 (h57-b): the site generators' and game engines' survivors (commented-out settings' lines,
      // `{provider:` without a blank, Material's multi-line tags, an LFS pointer, a one-line .uproject).
      "test/site-generator-survivors.test.ts",
      "test/game-engine-survivors.test.ts",
      // Stop 58 (h58-c): stop 57's new code. Kubernetes manifests' places and the GitOps targets (an
      // ApplicationSet's exclusions, directory sources, matrix generators), names typed apart opening a
      // longer name, and a revision's configuration files read alone (one ls-tree; git, no chdir).
      "test/k8s-manifest-places.test.ts",
      "test/k8s-manifest-places-survivors.test.ts",
      "test/gitops-targets-survivors.test.ts",
      "test/resolve-opening-words.test.ts",
      "test/config-revision-files.test.ts",
      // Stop 59 (h59-e): main.ts's routing and words for an error (run-main.ts), called without a folder
      // change (test/helpers' runMainHere moves only when given a cwd, so a worker thread runs it).
      "test/run-main-routing.test.ts",
      // Stop 59 (h59-e): git's named in a copy without .git (a root .github/ or .gitlab/, its own files at any depth).
      "test/forge-folder-names-git.test.ts",
      // Stop 59 (h59-e): git ls-tree -l -z records, and files read by their revision's name through one cat-file.
      "test/git-tree-records.test.ts",
      "test/git-named-blobs.test.ts",
      // Stop 60 (h60-e): stop 59's code. The site's list read by key (site-list.ts) and resolve's use of it,
      // composer.json's repository types, the product-domain rule, the GitOps files parsed once (js-yaml's
      // loadAll counted by a spy) and the scripts' argument reader.
      "test/resolve-site-list.test.ts",
      "test/composer-vcs-repositories.test.ts",
      "test/composer-package-repositories.test.ts",
      "test/resolve-product-domain.test.ts",
      "test/gitops-parse-once.test.ts",
      "test/script-args.test.ts",
      // Stop 61 (h61-e): stop 60's code. Listed names doubted (listed-doubt.ts), the picker's search of the
      // site's list, hand entries filled from it, requirements files' tables, the fuzz round's guards.
      "test/manual-site-list.test.ts",
      "test/python-requirements-other-names.test.ts",
      "test/apple-manifests.test.ts",
      // Stop 62 (h62-e): stop 61's code. The picker's lit lines (picker-prompt.ts), a file given for a folder
      // (not-a-directory.ts), an option's value in words, the diff table's Found in column, Chart.lock and
      // templated or nested helmfiles, Molecule scenarios, Ansible Builder, Cartfile.private, Fastfile pins.
      "test/picker-prompt.test.ts",
      "test/not-a-directory.test.ts",
      "test/option-values-in-words.test.ts",
      "test/diff-move-groups.test.ts",
      "test/diff-moves-golden.test.ts",
      "test/helm-lock-and-templates.test.ts",
      "test/helmfile-nested-survivors.test.ts",
      "test/molecule-scenario.test.ts",
      "test/ansible-execution-environment.test.ts",
      "test/molecule-builder-survivors.test.ts",
      "test/carthage-private.test.ts",
      "test/fastlane-xcode-pin-forms.test.ts",
      // Stop 62 (h62-k): a Fastfile's one-line blocks, a helmfile's hand-edited release items.
      "test/fastlane-block-forms.test.ts",
      "test/helmfile-release-items.test.ts",
      // Stop 62 (h62-n): stop 62's new readers. A Nix shell's packages and their names (nix-packages.ts,
      // nix-code.ts, nix-report.ts), rules_jvm_external's installs and lockfiles (bazel-maven.ts), the words
      // for a refused write (why-unwritable.ts). test/nix-shells and test/bazel-maven stay out: their
      // linear-time cases fail under instrumentation.
      "test/nix-packages-reading.test.ts",
      "test/nix-code-blanking.test.ts",
      "test/bazel-maven-reading.test.ts",
      "test/why-unwritable-unit.test.ts",
      "test/unwritable-out.test.ts",
      "test/tool-own-config-files.test.ts",
      // Stop 63 (h63-h): stop 63's new code. The Zig reader (detectors/zig), pyproject.toml's development
      // sections, the Markdown diff's bound, the merge-conflict message, a revision's workspace tree.
      // test/zig-zon-fuzz stays out: its generated scans add about 2 s to each mutant it covers.
      "test/zig-build-zon.test.ts",
      "test/zig-manifest-forms.test.ts",
      "test/python-dev-groups.test.ts",
      "test/python-dev-sections-unit.test.ts",
      "test/diff-markdown-bound.test.ts",
      "test/unreadable-stack-document.test.ts",
      "test/merge-conflict-markers.test.ts",
      "test/workspace-git-batch.test.ts",
      "test/monorepo-workspace-versions.test.ts",
      "test/workspace-revision-tree.test.ts",
      // Stop 64 (h64-i): SDKMAN! identifiers, a conda environment's pip section, the matchers that name
      // Vue.js from quasar and Dinero.js from its packages.
      "test/sdkman-release.test.ts",
      "test/conda-pip-section.test.ts",
      "test/npm-quasar-names-vue.test.ts",
      "test/npm-dinero-js.test.ts",
      // Stop 65 (h65-e): parsers on the main path whose code had grown since their last round, called
      // alone: Gradle's script values, PEP 508 specifiers, Cargo workspace inheritance, pnpm importers'
      // links, Gemfile forms, groups and do blocks, and the .NET project files' readers.
      "test/gradle-script-values.test.ts",
      "test/gradle-ext-maps.test.ts",
      "test/pep508-specifiers.test.ts",
      "test/cargo-workspace-inheritance.test.ts",
      "test/pnpm-lock-importers-links.test.ts",
      "test/gemfile-reading-forms.test.ts",
      "test/gemfile-do-blocks.test.ts",
      "test/gemfile-word-list-groups.test.ts",
      "test/dotnet-project-files-unit.test.ts",
      // Stop 66 (h66-f): Deno's import maps, rebar3's files, Bake targets; Poetry's spaced ranges, Kotlin DSL
      // extras. (test/deno-import-maps, rebar and docker-bake hold CPU-timed cases an instrumented run overruns.)
      "test/deno-import-maps-reading.test.ts",
      "test/rebar-reading.test.ts",
      "test/docker-bake-reading.test.ts",
      "test/docker-bake-paths.test.ts",
      "test/poetry-space-separated-ranges.test.ts",
      "test/gradle-kotlin-extra-forms.test.ts",
      // Stop 69 (h69-t): stops 67-68's validate line numbers, repository comparison, .nuspec reader, XML
      // accessors, techstack.md writers and Buildkite file names. (test/check-where-published makes git
      // repositories, ci-other-systems holds CPU-timed cases: both left out.)
      "test/validate-line-numbers.test.ts",
      "test/validate-line-numbers-layouts.test.ts",
      "test/published-where-changes.test.ts",
      "test/resolve-says-unsure.test.ts",
      "test/dotnet-nuspec.test.ts",
      "test/dotnet-nuspec-reading.test.ts",
      "test/dotnet-empty-conditional-property.test.ts",
      "test/markdown-partial-document.test.ts",
      "test/markdown-hand-written-paths.test.ts",
      "test/ci-buildkite-pipelines-folder.test.ts",
      // Stop 70 (h70-t): stop 69's code. A catalog file's problems at their lines (yaml-lines.ts), validate's
      // category warnings and hints, name collisions, the out-of-date lockfile warning, the workspace-member
      // warning and techstack.md's tables and sections. (test/workspace-member-warning holds a CPU-timed case:
      // left out; test/workspace-member-warning-forms covers the rest of workspace-member.ts.)
      "test/catalog-problem-lines.test.ts",
      "test/validate-category-warnings.test.ts",
      "test/category-hint-other-category.test.ts",
      "test/npm-lockfile-out-of-date.test.ts",
      "test/npm-lockfile-out-of-date-forms.test.ts",
      "test/workspace-member-warning-forms.test.ts",
      "test/markdown-site-goldens.test.ts",
      "test/markdown-unpaged-registries.test.ts",
      // Stop 71 (h71-t): the survivors of yaml-lines.ts (where a block ends, keys as people write them) and
      // stale-lock.ts (a scoped package forced by resolutions, loose ranges, a root without package.json).
      "test/yaml-lines-block-ends.test.ts",
      "test/npm-lockfile-out-of-date-scoped.test.ts",
      "test/npm-lockfile-out-of-date-loose.test.ts",
    ],
    testTimeout: 30_000,
  },
});
