// The CommonJS entry's declarations (dist/index.d.cts) are the ESM entry's (dist/index.d.ts): the
// bundled declarations hold no import of another file and no module-format syntax of their own, and
// tsup wrote the two byte for byte alike when it built both.
import { copyFileSync } from "node:fs";

copyFileSync("dist/index.d.ts", "dist/index.d.cts");
