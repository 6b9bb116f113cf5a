import { describe, expect, it } from "vitest";
import { ciDetector } from "../detectors/ci/index.js";
import { dockerDetector } from "../detectors/docker/index.js";
import { hashicorpDetector } from "../detectors/hashicorp/index.js";
import { infraDetector } from "../detectors/infra/index.js";
import type { Detector } from "../src/types.js";
import { detectorFindings } from "./detector-findings.js";
import { expectLinearGrowth } from "./work-growth.js";

// Files whose many entries each got their line by a search from the top of the file: 30,000 entries
// took 20 to 72 s each. Each is now found through one lookup of the file (kit's lineOfEach: the first occurrence's line, as before).
// Each case runs at 2,000 entries and at 8,000 (test/work-growth.ts): linear work grows about four
// times, a search from the top per entry sixteen (as in entry-lines-bounded.test.ts, where the sizes are measured).

const N = 2_000;
/** `many` for `n` entries: `make(i)` for each, joined. */
const manyOf = (n: number) => (make: (i: number) => string) => Array.from({ length: n }, (_, i) => make(i)).join("");

const cases: Array<{ what: string; detector: Detector; files: (many: (make: (i: number) => string) => string) => Record<string, string>; ref: string; line: (n: number) => number }> = [
  {
    what: "firebase.json's top-level keys",
    detector: ciDetector,
    files: (many) => ({ "firebase.json": `{\n${many((i) => `"site${i}": {},\n`)}"hosting": {}\n}\n` }),
    ref: "firebase-product:hosting",
    line: (N) => N + 2,
  },
  {
    what: "Kamal's accessories",
    detector: dockerDetector,
    files: (many) => ({ "config/deploy.yml": `service: shop\nimage: acme/shop\naccessories:\n${many((i) => `  cache${i}:\n    image: acme/cache${i}:1.0\n`)}  db:\n    image: postgres:16.2\n` }),
    ref: "docker:postgres",
    line: (N) => 3 + 2 * N + 2,
  },
  {
    what: "a legacy Packer template's builders",
    detector: hashicorpDetector,
    files: (many) => ({ "packer/web.json": `{\n"builders": [\n${many((i) => `{ "type": "builder-${i}" },\n`)}{ "type": "amazon-ebs" }\n]\n}\n` }),
    ref: "packer-builder:amazon-ebs",
    line: (N) => N + 3,
  },
  {
    what: "azure.yaml's service hosts",
    detector: infraDetector,
    files: (many) => ({ "azure.yaml": `name: shop\nservices:\n${many((i) => `  svc${i}:\n    project: ./svc${i}\n    host: host${i}\n`)}  api:\n    project: ./api\n    host: function\n` }),
    ref: "azd-host:function",
    line: (N) => 2 + 3 * N + 3,
  },
  {
    what: "a Galaxy requirements file",
    detector: infraDetector,
    files: (many) => ({ "requirements.yml": `roles:\n${many((i) => `  - name: acme.role${i}\n`)}  - name: Geerlingguy.Docker\n` }),
    ref: "ansible-galaxy:geerlingguy.docker",
    line: (N) => N + 2,
  },
  {
    what: "a role's meta/main.yml dependencies",
    detector: infraDetector,
    files: (many) => ({ "roles/web/meta/main.yml": `galaxy_info:\n  author: ops\ndependencies:\n${many((i) => `  - role: acme.role${i}\n`)}  - role: geerlingguy.java\n` }),
    ref: "ansible-galaxy:geerlingguy.java",
    line: (N) => N + 4,
  },
  {
    what: "a collection's galaxy.yml dependencies",
    detector: infraDetector,
    files: (many) => ({ "galaxy.yml": `namespace: acme\nname: tools\nversion: 1.0.0\ndependencies:\n${many((i) => `  acme.coll${i}: ">=1.0.0"\n`)}  community.postgresql: ">=3.0.0"\n` }),
    ref: "ansible-galaxy:community.postgresql",
    line: (N) => N + 5,
  },
];

describe("many entries of one file", () => {
  for (const c of cases) {
    it(`${c.what}: each at its own line, in linear time`, async () => {
      const inputs = new Map([N, 4 * N].map((n) => [n, c.files(manyOf(n))]));
      const { findings, warnings } = await expectLinearGrowth((n) => detectorFindings(c.detector, inputs.get(n)!), N, c.what);
      expect(warnings).toEqual([]);
      expect(findings.find((f) => f.ref === c.ref)?.line).toBe(c.line(4 * N));
    });
  }
});
