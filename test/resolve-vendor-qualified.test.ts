import { describe, expect, it } from "vitest";
import { builtinCatalog, resolve } from "../src/index.js";
import { isClear } from "../src/catalog/clear-match.js";

// A cloud vendor typed before a short form or name of one of its own products ("azure aks", "gcp gke",
// "aws elb", "microsoft azure devops") is that product, as a vendor's other spelling is ("AWS Cognito").
// Before, the vendor's word named the vendor's own tool (Microsoft Azure, Google Cloud Platform, AWS)
// and the rest the product, at one score (0.88), and the vendor came first by popularity.
describe("resolve: a vendor typed before a short form of its own product", () => {
  const catalog = builtinCatalog();
  it.each([
    ["azure aks", "Azure Kubernetes Service"],
    ["gcp gke", "Google Kubernetes Engine"],
    ["gcp gcs", "Google Cloud Storage"],
    ["aws elb", "AWS Elastic Load Balancing (ELB)"],
    ["amazon sfn", "AWS Step Functions"],
    ["microsoft azure devops", "Azure DevOps"],
    ["ms azure devops", "Azure DevOps"],
  ])("%s is %s, as good as an alias", (q, name) => {
    const matches = resolve(catalog, q, 10);
    expect([matches[0]?.tool.name, matches[0]?.score, matches[0]?.matchedBy]).toEqual([name, 0.99, "alias"]);
    expect(isClear(matches)).toBe(true);
  });

  it("only a product whose name carries that vendor: another maker's tool after a vendor stays a guess among words", () => {
    // Kafka is no Amazon product by its name (Amazon's is Amazon Managed Streaming for Kafka).
    expect(resolve(catalog, "aws kafka", 2).map((r) => [r.tool.name, r.score])).toEqual([["Kafka", 0.88], ["Amazon Web Services (AWS)", 0.88]]);
    // Azure's word before Google's product is no Azure product.
    expect(resolve(catalog, "azure gke", 1)[0]?.score).toBeLessThan(0.99);
  });
});
