import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// Sub-categories as the site's stack files spell them, where the dataset's slug loses the capitals
// and punctuation: "NLP / Sentiment Analysis" (Transformers, held-out taiki-aoi/LambdaHack), "MongoDB
// Hosting" (Compose, held-out mitodl/ol-infrastructure); not "Nlp Sentiment Analysis", "Mongodb Hosting".
describe("sub-categories the site writes with capitals and a slash", () => {
  it("Transformers from a requirements file, MongoDB Atlas from a Terraform provider", async () => {
    const files = {
      "requirements.txt": "torch==2.1.2\ntransformers==4.36.2\nsentencepiece==0.1.99\n",
      "infra/main.tf": 'terraform {\n  required_providers {\n    mongodbatlas = {\n      source  = "mongodb/mongodbatlas"\n      version = "1.14.0"\n    }\n  }\n}\n',
    };
    const { document } = await scan(new MemorySource(files), { git: false });
    const tool = (name: string) => document.tools.find((t) => t.name === name && !t.package_url);
    expect(tool("Transformers")).toMatchObject({ category: "Application Utilities", sub_category: "NLP / Sentiment Analysis" });
    expect(tool("MongoDB Atlas")).toMatchObject({ category: "Data Stores", sub_category: "MongoDB Hosting" });
  });
});
