/** Where a statement of a build script is: which blocks enclose its line. */
export interface StatementPlace {
  /** Inside `plugins {}`, where a bare name is a core plugin of the Kotlin DSL: `java`, `jacoco`, `` `java-library` ``. */
  inPlugins: boolean;
  /** Inside an `if (...)` block, or on the `if` line itself: an `apply plugin:` there is conditional. */
  inIf: boolean;
  /**
   * Inside `ext {}` (a root script's `buildscript { ext { compileSdkVersion = 34 } }`, React
   * Native's and older Android templates), where `compileSdkVersion = 34` assigns a variable the
   * modules read: it makes the root no Android module.
   */
  inExt: boolean;
}

/** The blocks a build script's lines open and close, followed line by line by their braces. */
export class ScriptBlocks {
  private depth = 0;
  private pluginsAt = -1;
  private extAt = -1;
  /** Per open brace, whether it opened an `if (...)` block. */
  private readonly ifBlocks: boolean[] = [];
  private ifOpen = 0;

  /** Reads a line (its code, comments cut) with `read`, given where its statements are; then passes its braces. */
  line(code: string, read: (place: StatementPlace) => void): void {
    if (this.pluginsAt < 0 && /^\s*plugins\s*\{/.test(code)) this.pluginsAt = this.depth;
    if (this.extAt < 0 && /^\s*(?:(?:rootProject|project)\.)?ext\s*\{/.test(code)) this.extAt = this.depth;
    const ifLine = /^\s*(?:\}\s*)?(?:else\s+)?if\s*\(/.test(code);
    read({ inPlugins: this.pluginsAt >= 0, inIf: this.ifOpen > 0 || ifLine, inExt: this.extAt >= 0 });
    let first = true;
    for (const c of code) {
      if (c === "{") {
        this.depth++;
        const isIf = ifLine && first;
        first = false;
        this.ifBlocks.push(isIf);
        if (isIf) this.ifOpen++;
      } else if (c === "}") {
        this.depth--;
        if (this.ifBlocks.pop()) this.ifOpen--;
      }
    }
    if (this.pluginsAt >= 0 && this.depth <= this.pluginsAt) this.pluginsAt = -1;
    if (this.extAt >= 0 && this.depth <= this.extAt) this.extAt = -1;
  }
}

/** A script's line without its `//` comment. */
export function withoutLineComment(line: string): string {
  return line.replace(/(^|\s)\/\/.*$/, "");
}
