import { parseYaml } from "../../src/parse/yaml.js";
import { isRecord } from "../../src/kit.js";

/** What a Hugging Face Space's configuration says of its runtime. */
export interface SpaceConfig {
  /** `gradio` or `streamlit`: the Python SDK the Space runs its app with. */
  sdk?: string;
  sdkVersion?: string;
  python?: string;
}

/**
 * A Hugging Face Space's configuration: the YAML block opening its root README.md
 * (`sdk: gradio`, `sdk_version: 4.36.1`, `python_version: "3.10"`, `app_file: app.py`). The Space
 * installs that SDK release itself, so its requirements.txt often leaves it out. Undefined for any
 * other README (a model card's block has no `sdk`).
 */
export function readSpaceConfig(text: string): SpaceConfig | undefined {
  const m = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return undefined;
  let data: unknown;
  try {
    data = parseYaml(m[1]!);
  } catch {
    return undefined;
  }
  if (!isRecord(data)) return undefined;
  const { sdk, sdk_version: sdkVersion, python_version: python } = data;
  if (sdk !== "gradio" && sdk !== "streamlit" && sdk !== "docker" && sdk !== "static") return undefined;
  const out: SpaceConfig = {};
  if (sdk === "gradio" || sdk === "streamlit") {
    out.sdk = sdk;
    if (typeof sdkVersion === "string" && /^\d+(\.\d+)*$/.test(sdkVersion.trim())) out.sdkVersion = sdkVersion.trim();
  }
  if (typeof python === "string" && /^\d+(\.\d+)*$/.test(python.trim())) out.python = python.trim();
  return out;
}
