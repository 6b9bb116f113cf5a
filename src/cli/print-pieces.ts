import { once } from "node:events";

/**
 * Writes text to standard output piece by piece, waiting while a reader is behind: written whole,
 * a document of 300,000 tools was held as text and again as the bytes queued for a pipe (some
 * 250 MB), where each piece is let go once written. A reader that stops early ends the process
 * (main.ts), so no wait outlives it.
 */
export async function printPieces(pieces: Iterable<string>): Promise<void> {
  for (const piece of pieces) {
    if (!process.stdout.write(piece)) await once(process.stdout, "drain");
  }
}
