/**
 * The bodies of an XML text's `<name>...</name>` elements (case-insensitive), each from its
 * opening tag to the nearest closing one, with the offset of the body; found by index, so an
 * unclosed tag repeated costs no rescan to the end.
 */
export function xmlBlocks(text: string, names: readonly string[]): Array<{ body: string; at: number }> {
  const lower = text.toLowerCase();
  const out: Array<{ body: string; at: number }> = [];
  for (const name of names) {
    const open = `<${name.toLowerCase()}>`;
    const close = `</${name.toLowerCase()}>`;
    for (let from = lower.indexOf(open); from >= 0; ) {
      const end = lower.indexOf(close, from + open.length);
      if (end < 0) break;
      out.push({ body: text.slice(from + open.length, end), at: from + open.length });
      from = lower.indexOf(open, end + close.length);
    }
  }
  return out.sort((a, b) => a.at - b.at);
}
