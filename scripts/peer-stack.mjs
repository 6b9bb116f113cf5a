#!/usr/bin/env node
// Runs the peer, @specfy/stack-analyser (a dev dependency), on a folder through its library API
// and prints a stack document (JSON) whose tool names are the site's, for the corpus scorer:
//
//   node scripts/peer-stack.mjs DIR            the document on stdout; unmapped peer names on stderr
//   node scripts/peer-stack.mjs --vocabulary   every technology the peer knows that maps to no catalog tool
//
// Names are mapped with techstack's own resolver (dist/, so build first): see scripts/peer-map.mjs.
import { builtinCatalog, resolve } from "../dist/index.js";
import { peerDocument, toolFor } from "./peer-map.mjs";
import { scriptArgs } from "./script-args.mjs";

const USAGE = `
usage: peer-stack.mjs DIR | --vocabulary

Runs the peer, @specfy/stack-analyser, on DIR and prints its stack document (JSON) with the site's
tool names, for the corpus scorer (npm run score:peer); peer names it cannot map go to stderr.
Build first: the names are mapped with dist/'s resolver.
  --vocabulary   list every technology the peer knows that maps to no catalog tool
`;
const { values, positionals } = scriptArgs(USAGE, { vocabulary: { type: "boolean" } }, { positionals: true });
if (values.vocabulary ? positionals.length !== 0 : positionals.length !== 1) {
  process.stderr.write(`${USAGE.trim()}\n`);
  process.exit(2);
}

const peer = await import("@specfy/stack-analyser");
await import("@specfy/stack-analyser/dist/autoload.js");
const catalog = builtinCatalog();
const techOf = (key) => ({ key, name: peer.tech.indexed[key]?.name ?? key });

const arg = positionals[0];
if (values.vocabulary) {
  const missing = peer.tech.list.filter((t) => !toolFor(catalog, resolve, t));
  for (const t of missing) process.stdout.write(`${t.key}\t${t.name}\t${t.type}\n`);
  process.stderr.write(`${missing.length} of ${peer.tech.list.length} peer technologies map to no catalog tool\n`);
} else {
  const result = await peer.analyser({ provider: new peer.FSProvider({ path: arg, ignorePaths: [] }) });
  const techs = new Set();
  const dependencies = [];
  const visit = (node) => {
    if (node.tech) techs.add(node.tech);
    for (const t of node.techs ?? []) techs.add(t);
    dependencies.push(...(node.dependencies ?? []));
    for (const child of node.childs ?? []) visit(child);
  };
  visit(result.toJson(arg));
  const { doc, unmapped } = peerDocument(catalog, resolve, [...techs].sort().map(techOf), dependencies);
  if (unmapped.length) process.stderr.write(`peer names not mapped: ${unmapped.map((t) => `${t.key} (${t.name})`).join(", ")}\n`);
  process.stdout.write(JSON.stringify(doc) + "\n");
}
