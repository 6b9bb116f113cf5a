/** The files the ruby detector reads, apart from its code: a scan loads that code only for a tree holding one of them. */
// A Rails app's config/ at any depth: one beside its Gemfile in a folder of a monorepo (api/,
// backend/) is as much the app's as one at the root.
export const RUBY_FILES = ["Gemfile", "gems.rb", "Gemfile.lock", "gems.locked", "*.gemspec", ".ruby-version", "**/config/database.yml", "**/config/environments/*.rb", "**/config/importmap.rb", "**/config/storage.yml", "_config.yml"];
