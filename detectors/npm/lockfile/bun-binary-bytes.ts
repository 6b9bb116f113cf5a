/** A bun.lockb that cannot be read, for the reason given. */
export class Bad extends Error {}

/** A part of the file: where its elements start, and how many there are (bytes, for the string bytes). */
export interface Region {
  start: number;
  length: number;
}

/** bun.lockb's bytes, every read bounds-checked: a read past the end is a Bad reason, never an exception of its own. */
export class LockbBytes {
  readonly size: number;
  private readonly view: DataView;

  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.size = bytes.length;
  }

  need(at: number, length: number, what: string): void {
    if (!(at >= 0 && length >= 0 && at + length <= this.size)) throw new Bad(`truncated bun.lockb (${what})`);
  }

  u32(at: number, what: string): number {
    this.need(at, 4, what);
    return this.view.getUint32(at, true);
  }

  /** A u64, which must be a safe integer. */
  u64(at: number, what: string): number {
    this.need(at, 8, what);
    const value = this.view.getBigUint64(at, true);
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new Bad(`corrupt bun.lockb (${what})`);
    return Number(value);
  }
}

/**
 * The strings of a bun.lockb: 8 bytes each, up to 8 bytes inline, or (top bit of the last byte set)
 * a u32 offset and a u31 length into the string bytes.
 */
export class LockbStrings {
  private readonly decoder = new TextDecoder();

  constructor(
    private readonly file: LockbBytes,
    private readonly stringBytes: Region,
  ) {}

  at(p: number): string {
    const { bytes } = this.file;
    this.file.need(p, 8, "string");
    if (bytes[p + 7]! & 0x80) {
      const offset = this.file.u32(p, "string");
      const length = this.file.u32(p + 4, "string") & 0x7fffffff;
      if (offset + length > this.stringBytes.length) throw new Bad("corrupt bun.lockb (string)");
      return this.decoder.decode(bytes.subarray(this.stringBytes.start + offset, this.stringBytes.start + offset + length));
    }
    let length = 0;
    while (length < 8 && bytes[p + length] !== 0) length++;
    return this.decoder.decode(bytes.subarray(p, p + length));
  }
}
