import { describe, expect, it } from "vitest";
import { namedToolVersions } from "./helpers.js";

// A language's release is the repository's own pin at its root (.ruby-version, a Gemfile's `ruby`
// beside its lockfile's RUBY VERSION, .python-version, go.mod's `go`, a root Dockerfile's image).
// The same pins in a folder below it (a Rails engine's test/dummy app, one of several course
// projects, a service's Dockerfile) give the language no release in the site's files: corpus
// Meter-Reader/barion (test/dummy/.ruby-version 3.0.5), 2lambda123/configu (py/.python-version,
// go/go.mod), 2lambda123/AgentGPT and hkube and novuhq/novu (python images of nested Dockerfiles),
// held-out stephensl/LS175 (cms_project/Gemfile `ruby "3.2.2"`, its lock's RUBY VERSION) and
// ubogdan/go-playground (nine modules' `go` lines). A package that is the language (npm's
// typescript) still gives its release wherever it is declared.

const sinatraLock = (sinatra: string) => `GEM
  remote: https://rubygems.org/
  specs:
    mustermann (3.0.0)
      ruby2_keywords (~> 0.0.1)
    rack (2.2.7)
    rack-protection (${sinatra})
      rack
    ruby2_keywords (0.0.5)
    sinatra (${sinatra})
      mustermann (~> 3.0)
      rack (~> 2.2, >= 2.2.4)
      rack-protection (= ${sinatra})
      tilt (~> 2.0)
    tilt (2.2.0)
    webrick (1.8.1)

PLATFORMS
  x86_64-darwin-21

DEPENDENCIES
  sinatra
  webrick

RUBY VERSION
   ruby 3.2.2p53

BUNDLED WITH
   2.4.10
`;
const sinatraGemfile = 'source "https://rubygems.org"\n\ngem "sinatra"\ngem "webrick"\n\nruby "3.2.2"\n';

describe("a language pinned only below the repository's root", () => {
  it("course projects' Gemfiles pin Ruby in their own folders: Ruby is named without a release, Sinatra keeps its lockfile's", async () => {
    const files = {
      "cms_project/Gemfile": sinatraGemfile,
      "cms_project/Gemfile.lock": sinatraLock("3.0.6"),
      "cms_project/cms.rb": "",
      "lesson_8/Gemfile": sinatraGemfile,
      "lesson_8/Gemfile.lock": sinatraLock("3.0.6"),
    };
    expect(await namedToolVersions(files, ["Ruby", "Sinatra"])).toEqual({ Ruby: "-", Sinatra: "3.0.6" });
  });

  it("a Rails engine's dummy app pins Ruby for its tests, not for the repository", async () => {
    const files = {
      "Gemfile": 'source "https://rubygems.org"\ngemspec\n',
      "test/dummy/.ruby-version": "3.0.5\n",
      "test/dummy/config/application.rb": "",
    };
    expect(await namedToolVersions(files, ["Ruby"])).toEqual({ Ruby: "-" });
  });

  it("a subproject's .python-version or go.mod gives no release; the root's pins still do", async () => {
    const nested = {
      "py/.python-version": "3.9.16\n",
      "go/go.mod": "module github.com/acme/configu/go\n\ngo 1.20\n",
    };
    expect(await namedToolVersions(nested, ["Python", "Golang"])).toEqual({ Python: "-", Golang: "-" });
    const rooted = { ...nested, ".python-version": "3.12.1\n", ".ruby-version": "3.2.2\n", "Gemfile": 'source "https://rubygems.org"\ngem "rake"\n' };
    expect(await namedToolVersions(rooted, ["Python", "Ruby"])).toEqual({ Python: "3.12.1", Ruby: "3.2.2" });
  });

  it("TypeScript, a package, keeps the release a nested package.json declares", async () => {
    const files = {
      "web/package.json": JSON.stringify({ name: "web", devDependencies: { typescript: "4.1.3" } }),
    };
    expect(await namedToolVersions(files, ["TypeScript"])).toEqual({ TypeScript: "4.1.3" });
  });
});
