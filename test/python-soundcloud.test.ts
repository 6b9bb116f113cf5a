import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// Held-out Benbb96/benbb96-website (stop 52): a Django site's requirements/base.txt installs the
// `soundcloud` API client from a git URL, and the site names SoundCloud (without a category) from it.
const base = [
  "Django==5.2.14",
  "django-bootstrap3==25.1",
  "Pillow==12.2.0",
  "redis==4.5.4 # required by spotipy",
  "git+https://github.com/Benbb96/soundcloud-python.git#egg=soundcloud",
  "spotipy==2.25.2",
  "",
].join("\n");

describe("PyPI: soundcloud", () => {
  it("the soundcloud client names SoundCloud, without a category or the client's release", async () => {
    const { document } = await scan(new MemorySource({ "requirements/base.txt": base }), { git: false });
    const tool = document.tools.find((t) => t.name === "SoundCloud" && !t.package_url);
    expect(tool).toMatchObject({ detection_source: "requirements/base.txt", website_url: "https://soundcloud.com/" });
    expect(tool?.category).toBeUndefined();
    expect(tool?.version).toBeUndefined();
    expect(document.tools.find((t) => t.package_url === "https://pypi.org/project/soundcloud")).toBeDefined();
  });

  it("a pinned release of the client names it too, still without a version", async () => {
    const { document } = await scan(new MemorySource({ "requirements.txt": "soundcloud==0.5.0\nrequests==2.31.0\n" }), { git: false });
    const tool = document.tools.find((t) => t.name === "SoundCloud" && !t.package_url);
    expect(tool).toMatchObject({ detection_source: "requirements.txt" });
    expect(tool?.version).toBeUndefined();
  });
});
