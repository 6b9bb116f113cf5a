import { describe, expect, it } from "vitest";
import { rubyDetector } from "../detectors/ruby/index.js";
import { byFile, detectorFindings } from "./detector-findings.js";

// The Ruby detector whole, finding by finding: a Rails app with its lockfile, a gem developed with\n// `gemspec` in its Gemfile, Ruby version files, config/database.yml, Action Mailer settings and\n// _config.yml files of Jekyll and of the tools that share the name.

const gemfile = `source "https://rubygems.org"

ruby "3.2.2"

gem "rails", "~> 7.1.2"
gem "pg", ">= 1.1", "< 2.0"
gem "puma"
gem "rubocop-rails", require: false
gem "engine", path: "engines/engine"

group :development, :test do
  gem "rspec-rails", "~> 6.1"
end
`;
const lock = `PATH
  remote: engines/engine
  specs:
    engine (0.1.0)
      rails (>= 7.0)

GEM
  remote: https://rubygems.org/
  specs:
    pg (1.5.4)
    puma (6.4.0)
      nio4r (~> 2.0)
    rails (7.1.2)
      railties (= 7.1.2)
    railties (7.1.2)
    rubocop (1.59.0)
      parallel (~> 1.10)
    rubocop-rails (2.23.1)
      rubocop (>= 1.33.0, < 2.0)
    rspec-rails (6.1.0)
    nio4r (2.7.0)
    parallel (1.24.0)

PLATFORMS
  ruby

DEPENDENCIES
  engine!
  pg (>= 1.1, < 2.0)
  puma
  rails (~> 7.1.2)
  rspec-rails (~> 6.1)
  rubocop-rails

RUBY VERSION
   ruby 3.2.2p53

BUNDLED WITH
   2.4.22
`;
const gemGemfile = `source "https://rubygems.org"
gemspec
ruby ">= 3.0"
gem "rake", "~> 13.0"
`;
const gemLock = `PATH
  remote: .
  specs:
    acme-cli (1.2.0)
      bundler (>= 2.0)
      thor (~> 1.3)
      zeitwerk (~> 2.6)

GEM
  remote: https://rubygems.org/
  specs:
    rake (13.1.0)
    thor (1.3.0)
    zeitwerk (2.6.12)
    minitest (5.20.0)

PLATFORMS
  ruby

DEPENDENCIES
  acme-cli!
  minitest (~> 5.0)
  rake (~> 13.0)

RUBY VERSION
   ruby 3.1.4p223

BUNDLED WITH
   2.5.3
`;
const gemspec = `Gem::Specification.new do |spec|
  spec.name = "acme-cli"
  spec.required_ruby_version = ">= 3.0.0" # modern only
  spec.add_dependency "thor", "~> 1.3"
  spec.add_runtime_dependency "zeitwerk", "~> 2.6"
  spec.add_development_dependency "minitest", "~> 5.0"
end
`;
const database = `default: &default
  adapter: postgresql
  encoding: unicode
development:
  <<: *default
cache:
  adapter: "Redis"
test:
  adapter: sqlite3
`;
const production = `Rails.application.configure do
  config.action_mailer.smtp_settings = {
    address: "smtp.sendgrid.net",
    port: 587,
  }
  # config.action_mailer.smtp_settings = { :address => 'smtp.mailgun.org' }
  config.action_mailer.smtp_settings = { :address => 'SMTP.Mailgun.org', port: 25 }
  config.action_mailer.smtp_settings = { address: ENV["SMTP_HOST"] }
end
`;

const rubyTree: Record<string, string> = {
  "Gemfile": gemfile, "Gemfile.lock": lock, ".ruby-version": "ruby-3.2.2\n",
  "gem/Gemfile": gemGemfile, "gem/Gemfile.lock": gemLock, "gem/acme-cli.gemspec": gemspec, "gem/.ruby-version": "3.1.4@acme\n",
  "rn/.ruby-version": ">= 2.7.6\n", "bad/.ruby-version": "system\n",
  "config/database.yml": database, "config/environments/production.rb": production,
  "docs/_config.yml": "title: Shop docs\ntheme: minima\n",
  "blog/_config.yml": "title: Blog\n", "blog/_toc.yml": "- file: intro\n",
  "site/themes/next/_config.yml": "menu: {}\n",
  "empty/_config.yml": "",
  "list/_config.yml": "- a\n",
  // A Hexo site's trimmed configuration, whose keys Jekyll's could hold: its package.json tells.
  "hexo/_config.yml": "title: Notes\ntheme: landscape\n", "hexo/package.json": '{"name":"hexo-site","private":true,"hexo":{"version":"7.0.0"},"dependencies":{"hexo":"^7.0.0"}}',
  "hexo2/_config.yml": "title: Notes\n", "hexo2/package.json": '{"devDependencies":{"hexo":"^6.3.0"}}',
  "jekyll-npm/_config.yml": "title: Docs\n", "jekyll-npm/package.json": '{"devDependencies":{"prettier":"^3.0.0"}}',
  "lib/gems.rb": 'gem "sinatra", "~> 4.0"\n', "lib/gems.locked": "GEM\n  specs:\n    sinatra (4.0.0)\n\nDEPENDENCIES\n  sinatra\n\nBUNDLED WITH\n   2.5.0\n",
};


describe("ruby reader", () => {
  it("a Rails app, a gem with its gemspec and lockfile, Ruby version files, database adapters, SMTP hosts and Jekyll configs", async () => {
    const { findings, warnings } = await detectorFindings(rubyDetector, rubyTree);
    expect(warnings).toEqual([]);
    expect(byFile(findings)).toEqual({
      ".ruby-version": [
        "runtime:ruby@1 ->3.2.2"
      ],
      "config/database.yml": [
        "rails-adapter:postgresql@2",
        "rails-adapter:redis@7",
        "rails-adapter:sqlite3@9"
      ],
      "config/environments/production.rb": [
        "smtp-host:smtp.sendgrid.net@3",
        "smtp-host:smtp.mailgun.org@7"
      ],
      "docs/_config.yml": [
        "format:jekyll-config"
      ],
      "empty/_config.yml": [
        "format:jekyll-config"
      ],
      "gem/.ruby-version": [
        "runtime:ruby@1 ->3.1.4"
      ],
      "gem/acme-cli.gemspec": [
        "rubygems:thor ~> 1.3 ->1.3.0 (gem/Gemfile.lock) direct",
        "rubygems:zeitwerk ~> 2.6 ->2.6.12 (gem/Gemfile.lock) direct",
        "runtime:bundler ->2.5.3 (gem/Gemfile.lock)",
        "runtime:ruby@3 >= 3.0.0 ->3.0.0",
        "rubygems:thor@4 ~> 1.3 ->1.3.0 (gem/Gemfile.lock) direct",
        "rubygems:zeitwerk@5 ~> 2.6 ->2.6.12 (gem/Gemfile.lock) direct",
        "rubygems:minitest@6 ~> 5.0 ->5.20.0 (gem/Gemfile.lock) direct dev"
      ],
      "gem/Gemfile": [
        "runtime:ruby ->3.1.4 (gem/Gemfile.lock)",
        "rubygems:rake@4 ~> 13.0 ->13.1.0 (gem/Gemfile.lock) direct"
      ],
      "gem/Gemfile.lock": [
        "rubygems:minitest ->5.20.0 direct"
      ],
      "Gemfile": [
        "format:gemfile",
        "rubygems:railties ->7.1.2 (Gemfile.lock)",
        "rubygems:rubocop ->1.59.0 (Gemfile.lock)",
        "runtime:ruby ->3.2.2",
        "rubygems:rails@5 ~> 7.1.2 ->7.1.2 (Gemfile.lock) direct",
        "rubygems:pg@6 >= 1.1, < 2.0 ->1.5.4 (Gemfile.lock) direct",
        "rubygems:puma@7 ->6.4.0 (Gemfile.lock) direct",
        "rubygems:rubocop-rails@8 ->2.23.1 (Gemfile.lock) direct",
        "rubygems:rspec-rails@12 ~> 6.1 ->6.1.0 (Gemfile.lock) direct dev"
      ],
      "jekyll-npm/_config.yml": [
        "format:jekyll-config"
      ],
      "lib/gems.rb": [
        "runtime:ruby",
        "rubygems:sinatra@1 ~> 4.0 ->4.0.0 (lib/gems.locked) direct"
      ],
      "rn/.ruby-version": [
        "runtime:ruby@1 ->2.7.6"
      ]
    });
  });
});

describe("ruby reader, case by case", () => {
  it("a Gemfile without a lockfile: versions from requirements, the Ruby requirement's lowest release, test gems as dev, no Bundler release", async () => {
    const gemfile = `source "https://rubygems.org"
git_source(:github) { |repo| "https://github.com/#{repo}.git" }

ruby "~> 3.1"

gem "sinatra", "~> 3.0"
gem "bundler", ">= 2.3"

group :test do
  gem "rack-test"
end

group :production do
  gem "pg", "~> 1.5"
end
`;
    const { findings, warnings } = await detectorFindings(rubyDetector, { Gemfile: gemfile });
    expect(warnings).toEqual([]);
    expect(byFile(findings)).toEqual({
      Gemfile: [
        "format:gemfile",
        "runtime:ruby ->3.1",
        "rubygems:sinatra@6 ~> 3.0 ->3.0 direct",
        "rubygems:bundler@7 >= 2.3 ->2.3 direct",
        "rubygems:rack-test@10 direct dev",
        "rubygems:pg@14 ~> 1.5 ->1.5 direct",
      ],
    });
  });

  it("Ruby and Bundler beside a lockfile: a pinned Gemfile ruby beats the lockfile's, a declared bundler gem takes BUNDLED WITH, a lockfile without RUBY VERSION leaves the Gemfile's", async () => {
    const lock = (extra: string) => `GEM
  remote: https://rubygems.org/
  specs:
    bundler (2.4.10)
    rake (13.1.0)

PLATFORMS
  x86_64-linux

DEPENDENCIES
  bundler (~> 2.4)
  rake
${extra}
BUNDLED WITH
   2.4.10
`;
    const { findings } = await detectorFindings(rubyDetector, {
      "pinned/Gemfile": 'source "https://rubygems.org"\nruby "3.2.2"\ngem "bundler", "~> 2.4"\ngem "rake"\n',
      "pinned/Gemfile.lock": lock("\nRUBY VERSION\n   ruby 3.1.0p0\n"),
      "norecord/Gemfile": 'source "https://rubygems.org"\nruby ">= 3.0"\ngem "rake"\n',
      "norecord/Gemfile.lock": lock(""),
    });
    expect(byFile(findings)).toEqual({
      "norecord/Gemfile": ["format:gemfile", "runtime:ruby ->3.0", "rubygems:rake@3 ->13.1.0 (norecord/Gemfile.lock) direct"],
      "pinned/Gemfile": [
        "format:gemfile",
        "runtime:bundler ->2.4.10 (pinned/Gemfile.lock)",
        "runtime:ruby ->3.2.2",
        "rubygems:bundler@3 ~> 2.4 ->2.4.10 (pinned/Gemfile.lock) direct",
        "rubygems:rake@4 ->13.1.0 (pinned/Gemfile.lock) direct",
      ],
    });
  });

  it("a gem's lockfile PATH section: without the gemspec beside it the lockfile is credited, a path outside the repository is not this project's gem", async () => {
    const lock = `PATH
  remote: ../shared
  specs:
    shared (0.1.0)
      bundler (>= 1.17)
      dry-types (~> 1.7)

PATH
  remote: .
  specs:
    toolbox (0.3.0)
      bundler (>= 2.0)
      thor (~> 1.2)

GEM
  remote: https://rubygems.org/
  specs:
    dry-types (1.7.1)
    thor (1.3.0)

DEPENDENCIES
  shared!
  toolbox!

BUNDLED WITH
   2.5.6
`;
    const { findings } = await detectorFindings(rubyDetector, { Gemfile: 'source "https://rubygems.org"\ngemspec\n', "Gemfile.lock": lock });
    expect(byFile(findings)).toEqual({
      Gemfile: ["format:gemfile", "runtime:ruby"],
      "Gemfile.lock": ["rubygems:thor ~> 1.2 ->1.3.0 (Gemfile.lock) direct", "runtime:bundler ->2.5.6 (Gemfile.lock)"],
    });
  });

  it("binary or empty manifests: one warning for each binary file, an empty lockfile read as none", async () => {
    const bin = "\u0000\u0001\u0002";
    const { findings, warnings } = await detectorFindings(rubyDetector, {
      "a/Gemfile": bin, "b/x.gemspec": bin, "c/.ruby-version": bin,
      "d/Gemfile": 'source "https://rubygems.org"\ngemspec\ngem "rails", "~> 7.1"\n', "d/Gemfile.lock": "",
    });
    expect(warnings).toEqual(["a/Gemfile: skipped: binary content", "b/x.gemspec: skipped: binary content", "c/.ruby-version: skipped: binary content"]);
    expect(byFile(findings)).toEqual({ "d/Gemfile": ["format:gemfile", "runtime:ruby", "rubygems:rails@3 ~> 7.1 ->7.1 direct"] });
  });

  it("a gem beside gems.locked, dependencies with two requirements, an aligned required_ruby_version with a comment holding a version, a :development group alone", async () => {
    const gemspec = `Gem::Specification.new do |spec|
  spec.name                  = "ledger"
  spec.required_ruby_version = ">= 3.0.0" # was ">= 2.5"
  spec.add_dependency "rack", ">= 2.2", "< 4"
end
`;
    const { findings, warnings } = await detectorFindings(rubyDetector, {
      "ledger.gemspec": gemspec,
      "gems.locked": "GEM\n  remote: https://rubygems.org/\n  specs:\n    rack (3.0.9)\n\nDEPENDENCIES\n  rack\n",
      "app/Gemfile": 'source "https://rubygems.org"\ngroup :development do\n  gem "listen"\nend\n',
      "plain/plain.gemspec": 'Gem::Specification.new do |s|\n  s.name = "plain"\n  s.add_dependency "json"\nend\n',
    });
    expect(byFile(findings)).toEqual({
      "app/Gemfile": ["format:gemfile", "runtime:ruby", "rubygems:listen@3 direct dev"],
      "ledger.gemspec": ["runtime:ruby@3 >= 3.0.0 ->3.0.0", "rubygems:rack@4 >= 2.2, < 4 ->3.0.9 (gems.locked) direct"],
      "plain/plain.gemspec": ["rubygems:json@3 direct"],
    });
    // A gemspec without required_ruby_version is read to its end.
    expect(warnings).toEqual([]);
  });

  it("PATH gems: one depending on another of the repository is not a RubyGems dependency; without `gemspec` a path gem's dependencies are not the project's; a gem outside requiring bundler names no Bundler", async () => {
    const lock = `PATH
  remote: core
  specs:
    toolbox-core (0.3.0)
      zeitwerk (~> 2.6)

PATH
  remote: .
  specs:
    toolbox (0.3.0)
      thor (~> 1.2)
      toolbox-core (= 0.3.0)

GEM
  remote: https://rubygems.org/
  specs:
    thor (1.3.0)
    zeitwerk (2.6.13)

DEPENDENCIES
  toolbox!
  toolbox-core!

BUNDLED WITH
   2.5.6
`;
    const engines = `PATH
  remote: ../vendor/billing
  specs:
    billing (1.0.0)
      bundler (>= 2.0)

PATH
  remote: engines/admin
  specs:
    admin (0.1.0)
      devise (~> 4.9)

GEM
  remote: https://rubygems.org/
  specs:
    devise (4.9.3)
    rails (7.1.3)

DEPENDENCIES
  admin!
  billing!
  rails (~> 7.1)

BUNDLED WITH
   2.5.6
`;
    const { findings } = await detectorFindings(rubyDetector, {
      "gem/Gemfile": 'source "https://rubygems.org"\ngemspec\n', "gem/Gemfile.lock": lock, "gem/toolbox.gemspec": 'Gem::Specification.new do |s|\n  s.name = "toolbox"\nend\n',
      "Gemfile": 'source "https://rubygems.org"\ngem "rails", "~> 7.1"\ngem "admin", path: "engines/admin"\ngem "billing", path: "../vendor/billing"\n', "Gemfile.lock": engines,
    });
    expect(byFile(findings)).toEqual({
      "Gemfile": ["format:gemfile", "runtime:ruby", "rubygems:rails@2 ~> 7.1 ->7.1.3 (Gemfile.lock) direct"],
      "gem/Gemfile": ["runtime:ruby"],
      "gem/Gemfile.lock": ["rubygems:zeitwerk ~> 2.6 ->2.6.13 (gem/Gemfile.lock) direct"],
      "gem/toolbox.gemspec": ["rubygems:thor ~> 1.2 ->1.3.0 (gem/Gemfile.lock) direct"],
    });
  });

  it("a gemspec's required_ruby_version: a Gem::Requirement, a list, a commented line before the real one, one without a number", async () => {
    const spec = (line: string) => `Gem::Specification.new do |s|\n  s.name = "x"\n${line}\n  s.add_dependency "rack", ">= 2.2"\nend\n`;
    const { findings } = await detectorFindings(rubyDetector, {
      "a/a.gemspec": spec('  s.required_ruby_version = Gem::Requirement.new(">= 2.7.0")'),
      "b/b.gemspec": spec("  s.required_ruby_version = ['>= 2.6', '< 4.0']"),
      "c/c.gemspec": spec('  # s.required_ruby_version = ">= 2.0"\n  s.required_ruby_version = ">= 3.1"'),
      "d/d.gemspec": spec('  s.required_ruby_version = ">= #{MINIMUM_RUBY}"'),
    });
    expect(findings.filter((f) => f.ref === "runtime:ruby").map((f) => `${f.file}@${f.line} ${f.declared} ->${f.version}`)).toEqual([
      "a/a.gemspec@3 >= 2.7.0 ->2.7.0",
      "b/b.gemspec@3 >= 2.6, < 4.0 ->2.6",
      "c/c.gemspec@4 >= 3.1 ->3.1",
    ]);
  });

  it(".ruby-version forms, database adapters written every way, SMTP hosts written every way, _config.yml files of other generators", async () => {
    const { findings } = await detectorFindings(rubyDetector, {
      "a/.ruby-version": "~> 3.2.0\n",
      "b/.ruby-version": "",
      "b2/.ruby-version": ">=2.7.6\n",
      "b3/.ruby-version": "\n3.1.4\n",
      "c/.ruby-version": "  3.3.0  \n",
      "d/.ruby-version": "jruby-9.4.5.0\n",
      "config/database.yml": "production:\n  adapter: <%= ENV.fetch('DB_ADAPTER') { 'postgresql' } %>\n  database: shop\nlegacy:\n  adapter: 'mysql2'\nqueue:\n    adapter:   trilogy\n# adapter: oracle\n",
      "config/environments/production.rb": [
        "Rails.application.configure do",
        '  config.action_mailer.smtp_settings = {address: "smtp.office365.com", port: 587}',
        '  config.action_mailer.smtp_settings = { "address" => "smtp.gmail.com" }',
        '  config.action_mailer.smtp_settings = { address: "localhost", user_name: "smtp.example.com" }',
        '  #   address: "smtp.old-provider.com",',
        '  ActionMailer::Base.smtp_settings = { :address=>"smtp.postmarkapp.com" }',
        '  config.mailer = { mail_address: "smtp.not-a-setting.com" }',
        "end",
      ].join("\n"),
      "config/environments/README.md": 'address: "smtp.sendgrid.net"\n',
      "hexo/_config.yml": "title: Blog\nnew_post_name: :title.md\nsource_dir: source\n",
      "book/_config.yml": "title: Book\nexecute:\n  execute_notebooks: off\n",
      "scalar/_config.yml": "just a string\n",
      "comments/_config.yml": "# Site settings, all defaults for now\n",
      "jekyll/_config.yml": "title: Site\nmarkdown: kramdown\nplugins:\n  - jekyll-feed\n",
    });
    expect(byFile(findings)).toEqual({
      "a/.ruby-version": ["runtime:ruby@1 ->3.2.0"],
      "b2/.ruby-version": ["runtime:ruby@1 ->2.7.6"],
      "b3/.ruby-version": ["runtime:ruby@1 ->3.1.4"],
      "c/.ruby-version": ["runtime:ruby@1 ->3.3.0"],
      "config/database.yml": ["rails-adapter:mysql2@5", "rails-adapter:trilogy@7"],
      "config/environments/production.rb": [
        "smtp-host:smtp.office365.com@2",
        "smtp-host:smtp.gmail.com@3",
        "smtp-host:smtp.postmarkapp.com@6",
      ],
      "comments/_config.yml": ["format:jekyll-config"],
      "jekyll/_config.yml": ["format:jekyll-config"],
    });
  });
});
