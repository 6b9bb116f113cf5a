import { describe, expect, it } from "vitest";
import { decodeText } from "../src/scan/decode.js";

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

// The encodings manifests arrive in: Windows editors' UTF-16 and BOM-prefixed UTF-8, old
// requirements files in Latin-1, and binaries that happen to carry a manifest's name.
describe("decoding a manifest's bytes", () => {
  it("reads UTF-16 little- and big-endian after their byte-order mark, down to an empty file", () => {
    expect(decodeText(bytes(0xff, 0xfe, ...ascii("{}").flatMap((c) => [c, 0])))).toEqual({ text: "{}" });
    expect(decodeText(bytes(0xfe, 0xff, ...ascii("{}").flatMap((c) => [0, c])))).toEqual({ text: "{}" });
    expect(decodeText(bytes(0xff, 0xfe))).toEqual({ text: "" });
    expect(decodeText(bytes(0xfe, 0xff))).toEqual({ text: "" });
  });

  it("drops a UTF-8 byte-order mark, also before Latin-1 text and from a file holding nothing else", () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, ...ascii("flask==3.0\n")))).toEqual({ text: "flask==3.0\n" });
    expect(decodeText(bytes(0xef, 0xbb, 0xbf))).toEqual({ text: "" });
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, ...ascii("# caf"), 0xe9, 0x0a))).toEqual({ text: "# café\n", note: "not UTF-8, read as Latin-1" });
  });

  it("reads bytes that are not UTF-8 as Latin-1, whole, and says so", () => {
    // "Ïle-de-France" in Latin-1 starts with 0xEF, the first byte of a UTF-8 byte-order mark.
    expect(decodeText(bytes(0xcf, ...ascii("le"), 0x0a))).toEqual({ text: "Ïle\n", note: "not UTF-8, read as Latin-1" });
    expect(decodeText(bytes(0xef, ...ascii("le")))).toEqual({ text: "ïle", note: "not UTF-8, read as Latin-1" });
    expect(decodeText(bytes(0xef, 0xbb, ...ascii("x")))).toEqual({ text: "ï»x", note: "not UTF-8, read as Latin-1" });
    expect(decodeText(bytes(0xff))).toEqual({ text: "ÿ", note: "not UTF-8, read as Latin-1" });
  });

  it("reads an XML file that declares Latin-1 (an older pom) as Latin-1 without a note; another declaration keeps it", () => {
    const pom = (declaration: string) => bytes(...ascii(`${declaration}\n<project><name>Caf`), 0xe9, ...ascii("</name></project>"));
    for (const encoding of ["ISO-8859-1", "iso-8859-15", "windows-1252", "latin1"]) {
      expect(decodeText(pom(`<?xml version="1.0" encoding="${encoding}"?>`)), encoding).toEqual({ text: `<?xml version="1.0" encoding="${encoding}"?>\n<project><name>Café</name></project>` });
    }
    expect(decodeText(pom("<?xml version='1.0' encoding = 'ISO-8859-1' standalone='yes'?>"))).not.toHaveProperty("note");
    for (const declaration of ['<?xml version="1.0" encoding="UTF-8"?>', '<?xml version="1.0"?>', "", '<!-- encoding="ISO-8859-1" -->']) {
      expect(decodeText(pom(declaration)), declaration).toHaveProperty("note", "not UTF-8, read as Latin-1");
    }
  });

  it("takes a NUL outside UTF-16 for a binary file, a lone 0xFF 0xFE pair for UTF-16", () => {
    expect(decodeText(bytes(0x7f, 0x45, 0x4c, 0x46, 0x02, 0x00))).toEqual({ binary: true });
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x00))).toEqual({ binary: true });
    expect(decodeText(bytes(0x00))).toEqual({ binary: true });
    expect(decodeText(bytes())).toEqual({ text: "" });
    expect(decodeText(bytes(...ascii("ok")))).toEqual({ text: "ok" });
  });

  it("Latin-1 text whose first bytes are half of a byte-order mark is read as Latin-1", () => {
    const latin1 = (...values: number[]) => ({ text: String.fromCharCode(...values), note: "not UTF-8, read as Latin-1" });
    for (const sample of [[0x61, 0xfe], [0xff, 0x61], [0x61, 0xff], [0xfe, 0x61], [0x61, 0xbb, 0xbf], [0xef, 0x61, 0xbf], [0xef, 0xbb, 0x61]]) {
      expect(decodeText(bytes(...sample)), sample.join(" ")).toEqual(latin1(...sample));
    }
  });

  it("reads UTF-32 after either byte-order mark (the little-endian one opens with UTF-16LE's), a cut-short or impossible unit as U+FFFD", () => {
    const utf32 = (littleEndian: boolean, text: string) => [...text].flatMap((c) => {
      const code = c.codePointAt(0)!;
      const be = [(code >>> 24) & 0xff, (code >>> 16) & 0xff, (code >>> 8) & 0xff, code & 0xff];
      return littleEndian ? be.reverse() : be;
    });
    expect(decodeText(bytes(0xff, 0xfe, 0, 0, ...utf32(true, '{"name":"café 🚀"}')))).toEqual({ text: '{"name":"café 🚀"}' });
    expect(decodeText(bytes(0, 0, 0xfe, 0xff, ...utf32(false, "flask==3.0\n")))).toEqual({ text: "flask==3.0\n" });
    expect(decodeText(bytes(0xff, 0xfe, 0, 0))).toEqual({ text: "" });
    expect(decodeText(bytes(0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0, 0x7d, 0))).toEqual({ text: "{\uFFFD" });
    expect(decodeText(bytes(0, 0, 0xfe, 0xff, 0, 0x11, 0, 0, 0, 0, 0xd8, 0))).toEqual({ text: "\uFFFD\uFFFD" });
  });

  it("names UTF-16 saved without a byte-order mark when it takes it for binary content; a binary file is only binary", () => {
    const hint = "it reads as UTF-16 without a byte-order mark: save it as UTF-8";
    expect(decodeText(bytes(...ascii('{"name":"x"}').flatMap((c) => [c, 0])))).toEqual({ binary: true, hint });
    expect(decodeText(bytes(...ascii('{"name":"x"}').flatMap((c) => [0, c])))).toEqual({ binary: true, hint });
    expect(decodeText(bytes(0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00))).toEqual({ binary: true });
    expect(decodeText(bytes(0x61, 0, 0x62, 0, 0, 0))).toEqual({ binary: true });
  });
});
