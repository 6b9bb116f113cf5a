import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// A Serverless Framework API in TypeScript whose handlers are unit-tested by invoking them with
// events through lambda-tester, under Mocha and Chai (modelled on a 2021 take-home API's manifest).
const manifest = {
  name: "aws-node-rest-api-typescript",
  main: "index.js",
  scripts: {
    local: "serverless offline",
    deploy: "serverless deploy",
    test: "cross-env NODE_ENV=dev nyc --reporter=lcov mocha -r ts-node/register tests/*.test.ts --exit",
  },
  dependencies: { "aws-sdk": "^2.966.0", axios: "^0.21.1" },
  devDependencies: {
    "@types/aws-lambda": "^8.10.51", "@types/lambda-tester": "^3.6.0", chai: "^4.2.0", "lambda-tester": "^4.0.1",
    mocha: "^7.1.2", "serverless-offline": "^5.12.1", "ts-node": "^8.9.1", typescript: "^3.8.3",
  },
};

describe("npm: lambda-tester", () => {
  it("names lambda-tester as the site does: category-less, with its GitHub page and logo", async () => {
    const { document } = await scan(new MemorySource({ "package.json": JSON.stringify(manifest, null, 2) }), { git: false });
    const tool = document.tools.find((t) => t.name === "lambda-tester" && !t.package_url);
    expect(tool).toMatchObject({
      website_url: "https://github.com/vandium-io/lambda-tester",
      image_url: "https://img.stackshare.io/service/4918/14281817.png",
      detection_source: "package.json",
    });
    expect(tool?.category).toBeUndefined();
    // its typings name no tool of their own
    expect(document.tools.filter((t) => !t.package_url && /lambda-tester/i.test(t.name))).toHaveLength(1);
  });
});
