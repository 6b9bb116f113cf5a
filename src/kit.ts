/** Small helpers detectors share, one module of src/kit/ per kind of work. */
export * from "./kit/paths.js";
export * from "./kit/text.js";
export * from "./kit/comments.js";
export * from "./kit/parsed.js";
export * from "./kit/globs.js";
export * from "./kit/image-reference.js";
export * from "./kit/order.js";
export * from "./kit/refs.js";
export * from "./kit/toml-lines.js";
export * from "./kit/installed.js";
export * from "./kit/xml-nodes.js";
