// Types of scripts/peer-map.mjs, for the tests.
import type { Catalog, CatalogTool, Resolution } from "../src/index.js";

export interface PeerTech {
  key: string;
  name: string;
}
export interface PeerEntry {
  name: string;
  category?: string;
  sub_category?: string;
  package_url?: string;
  version?: string;
}
type Resolve = (catalog: Catalog, query: string, limit?: number) => Resolution[];

export const EXACT: number;
export const REGISTRY_OF: Record<string, string>;
export function toolFor(catalog: Catalog, resolve: Resolve, tech: PeerTech): CatalogTool | undefined;
export function plainVersion(raw: unknown): string | undefined;
export function peerDocument(
  catalog: Catalog,
  resolve: Resolve,
  techs: PeerTech[],
  dependencies?: Array<[string, string, string]>,
): { doc: { tools: PeerEntry[] }; unmapped: PeerTech[] };
