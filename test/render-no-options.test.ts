import { describe, expect, it } from "vitest";
import { parse, render } from "../src/index.js";

// render's option names are checked (render: no option 'markdownpath'); null stands for no options, as
// undefined does (a caller passing `opts ?? null`), and must not reach the name check.
const doc = parse("repo_name: acme/app\ntools:\n- name: React\n  version: 18.3.1\n  package_url: https://www.npmjs.com/react\n");

describe("render without options", () => {
  it("takes null as no options in every format", () => {
    for (const format of ["yaml", "json", "markdown"] as const) expect(render(doc, format, null as never)).toBe(render(doc, format));
  });
});
