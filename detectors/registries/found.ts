import type { DetectContext } from "../../src/types.js";

/** What a found address names: a registry, a pulled image's registry, a forge, or (composer.json's) a version-control system. */
export type FoundKind = "registry-host" | "image-host" | "vcs-host" | "composer-vcs";

/**
 * An address found in a file, at an offset of its text. An offset given as a search (a parsed value
 * looked for in the text) is searched for only when its url is reported: 30,000 compose services
 * each searched from the top took 7 s.
 */
export interface Found {
  kind: FoundKind;
  url: string;
  at: number | (() => number);
}

export type AddFound = (url: string, at: number | (() => number), kind?: FoundKind) => void;

/** The reader of one kind of configuration file: which files it takes, and the addresses it finds in one (its text with templates blanked). */
export interface SourceReader {
  takes(file: string, base: string): boolean;
  find(ctx: DetectContext, file: string, clean: string, add: AddFound): void | Promise<void>;
}
