import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

const scanGoMod = (goMod: string) => scan(new MemorySource({ "go.mod": goMod, "client.go": "package grimoire\n" }), { git: false });

describe("Go: MongoDB ODMs and the mgo drivers", () => {
  it("an ODM required directly names MongoDB though the official driver is only indirect", async () => {
    // Modelled on a small Go data-access library built on mgm.
    const { document } = await scanGoMod(`module example.com/grimoire

go 1.18

require (
	github.com/kamva/mgm/v3 v3.5.0
	github.com/stretchr/testify v1.8.4
)

require (
	github.com/golang/snappy v0.0.4 // indirect
	go.mongodb.org/mongo-driver v1.12.1 // indirect
)
`);
    expect(tool(document.tools, "MongoDB")).toMatchObject({ detection_source: "go.mod" });
    expect(tool(document.tools, "MongoDB")?.version).toBeUndefined();
    expect(tool(document.tools, "Testify")).toBeDefined();
  });

  it.each(["gopkg.in/mgo.v2 v2.0.0-20190816093944-a6b53ec6cb22", "github.com/globalsign/mgo v0.0.0-20181015135952-eeefdecb41b8", "github.com/qiniu/qmgo v1.1.8"])("%s names MongoDB", async (line) => {
    const { document } = await scanGoMod(`module example.com/app\n\ngo 1.20\n\nrequire ${line}\n`);
    expect(tool(document.tools, "MongoDB")).toBeDefined();
  });
});
