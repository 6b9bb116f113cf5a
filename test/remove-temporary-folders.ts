import { afterAll } from "vitest";
import { removeTemporaryFolders } from "./temporary-folders.js";

// A setup file (vitest.config.ts): vitest runs it before every test file, in a shared worker too, so
// each file's temporary folders go when that file ends.
afterAll(removeTemporaryFolders);
