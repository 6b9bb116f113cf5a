import { symlinkSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { scan } from "../src/index.js";
import { manualDocument } from "../src/cli/manual-document.js";
import { addRemote, newRepository, tempDir, writeFile } from "./helpers.js";

// repo_name names the repository, whichever of its folders is scanned: the remote's owner/name,
// else (a checkout without a remote) the checkout's top folder. Where git is not read (a folder
// outside any checkout, --no-git) the folder scanned is all a scan knows of, and names it.

const options = { timestamp: "2024-01-01T00:00:00Z", history: false } as const;
const nameOf = async (dir: string, git = true) => (await scan(dir, { ...options, git })).document.repo_name;

/** A checkout named `shop` with a service below its top; `remote`: origin's URL, where it has one. */
function shop(remote?: string): { top: string; api: string } {
  const top = join(tempDir("techstack-name-"), "shop");
  newRepository(top);
  if (remote) addRemote(top, "origin", remote);
  writeFile(top, "package.json", '{"name":"shop","private":true}');
  writeFile(top, "services/api/package.json", '{"name":"api","dependencies":{"express":"4.18.2"}}');
  return { top, api: join(top, "services/api") };
}

describe("repo_name, from the top and from a folder below it", () => {
  let local: { top: string; api: string };
  beforeAll(() => {
    local = shop();
  });

  it("a checkout without a remote: its top folder's name, from either", async () => {
    expect(await nameOf(local.top)).toBe("shop");
    expect(await nameOf(local.api)).toBe("shop");
  });

  it("a folder reached through a link from another checkout: the top git reads it in, not the link's", async () => {
    const other = join(tempDir("techstack-name-link-"), "notes");
    newRepository(other);
    symlinkSync(join(local.top, "services"), join(other, "linked"));
    expect(await nameOf(join(other, "linked/api"))).toBe("shop");
  });

  it("submit --manual from a folder below the top of a checkout without a remote: the top's name", async () => {
    expect((await manualDocument(local.api, ["PostgreSQL"], true)).repo_name).toBe("shop");
  });

  it("--no-git: the folder scanned, git not being asked where the top is", async () => {
    expect(await nameOf(local.top, false)).toBe("shop");
    expect(await nameOf(local.api, false)).toBe("api");
  });

  it("with a remote: its owner/name, from either", async () => {
    const { top, api } = shop("https://github.com/acme/storefront.git");
    expect(await nameOf(top)).toBe("acme/storefront");
    expect(await nameOf(api)).toBe("acme/storefront");
  });

  it("outside git: the folder scanned", async () => {
    const plain = join(tempDir("techstack-name-plain-"), "shop");
    writeFile(plain, "services/api/package.json", '{"name":"api"}');
    expect(await nameOf(plain)).toBe("shop");
    expect(await nameOf(join(plain, "services/api"))).toBe("api");
  });
});
