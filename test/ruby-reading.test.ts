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
        "rails-adapter:postgresql",
        "rails-adapter:redis",
        "rails-adapter:sqlite3"
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
        "rubygems:railties ->7.1.2 (Gemfile.lock)",
        "rubygems:rubocop ->1.59.0 (Gemfile.lock)",
        "runtime:ruby ->3.2.2",
        "rubygems:rails@5 ~> 7.1.2 ->7.1.2 (Gemfile.lock) direct",
        "rubygems:pg@6 >= 1.1, < 2.0 ->1.5.4 (Gemfile.lock) direct",
        "rubygems:puma@7 ->6.4.0 (Gemfile.lock) direct",
        "rubygems:rubocop-rails@8 ->2.23.1 (Gemfile.lock) direct",
        "rubygems:rspec-rails@12 ~> 6.1 ->6.1.0 (Gemfile.lock) direct dev"
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
