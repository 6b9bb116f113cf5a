import { rmSync } from "node:fs";

// The temporary folders tempDir (test/helpers.ts) made. Kept apart from helpers.ts, which imports
// the engine, so that the setup file that empties this list imports nothing a test mocks.
export const temporaryFolders: string[] = [];

/**
 * Removes the folders made since the last call. test/remove-temporary-folders.ts calls it after each
 * test file: a hook registered in helpers.ts, at import, ran after the first file of a worker only,
 * since files that share a worker's modules import it once (749 folders were left in the system's
 * temporary folder per run of the suite).
 */
export function removeTemporaryFolders(): void {
  for (const dir of temporaryFolders.splice(0)) rmSync(dir, { recursive: true, force: true });
}
