import type { DetectContext } from "../../src/types.js";
import type { MisePins } from "./mise.js";

/** The reader of one version manager's file: which files it takes (by name), and the pins it reports from one. */
export interface PinReader {
  takes(base: string): boolean;
  read(ctx: DetectContext, file: string, base: string, mise: MisePins): Promise<void>;
}
