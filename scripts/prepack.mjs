// Before npm pack (and publish): the package's code is dist/, which only `npm run build` makes. A
// clone packed without it gave a tarball of README and licences whose `main` named no file.
import { existsSync } from "node:fs";

const needed = ["dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts", "dist/cli.js", "dist/catalog.json", "dist/catalog.txt", "dist/schema.json"];
const missing = needed.filter((file) => !existsSync(file));
if (missing.length) {
  console.error(`techstack: ${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} missing: run npm run build before npm pack`);
  process.exit(1);
}
