import type { CatalogTool } from "../catalog/types.js";
import type { AttributedFinding } from "../scan/run.js";
import { addToGroup, isRecord, refKind, refName } from "../kit.js";
import { namesTool, toolNames } from "./names.js";
import { documentVersion, withDocumentVersion, withoutVersion } from "./written-version.js";
import type { BuildInput } from "./build.js";

/** The findings sorted out for the document: by tool, by package entry, and those it uses otherwise. */
export interface GroupedFindings {
  byTool: Map<string, AttributedFinding[]>;
  /** By package entry key: the registry's kind and the normalized name, joined by a NUL. */
  byPackage: Map<string, AttributedFinding[]>;
  unnamedPackages: UnnamedPackage[];
  /** Releases the lockfile shows installed under another package, with a version: lent to the tools named without one. */
  installed: AttributedFinding[];
}

/** Each finding, with its version as the document writes it, put with the tools it reveals and its package entry. */
export function groupFindings(input: BuildInput): GroupedFindings {
  const { catalog } = input;
  const byTool = new Map<string, AttributedFinding[]>();
  const byPackage = new Map<string, AttributedFinding[]>();
  const unnamedPackages: UnnamedPackage[] = [];
  const installed: AttributedFinding[] = [];
  // What the catalog says of a ref depends on the ref alone (and on whether it is transitive, and
  // the kind it asks for first): asked once per ref, not once per finding (a monorepo declares
  // one package in hundreds of manifests, each a finding of the same ref).
  // By kind asked first and ref, for findings not transitive and transitive ones (whose refs reveal no tool).
  const facts = [new Map<string, RefFacts>(), new Map<string, RefFacts>()] as const;
  for (const raw of input.findings) {
    const finding = withDocumentVersion(raw);
    if (finding.installed) {
      if (finding.version) installed.push(finding);
      continue;
    }
    const byRef = facts[finding.transitive ? 1 : 0];
    const key = finding.matchFirst === undefined ? finding.ref : `${finding.matchFirst}\0${finding.ref}`;
    let known = byRef.get(key);
    if (!known) {
      known = refFacts(finding, input);
      byRef.set(key, known);
    }
    if (!known) continue;
    const { tools, taker, shared, packageKey } = known;
    tools.forEach((tool, i) => addToGroup(byTool, tool.id, forTool(finding, tool.id, shared || i === taker)));
    // Every direct dependency is a package entry, also when it reveals a tool: the package tables
    // stay complete, and the site itself lists many tool-revealing packages (react-dom, express).
    if (finding.direct && input.packages !== false && packageKey !== undefined) addToGroup(byPackage, packageKey, finding);
    if (finding.direct && finding.version && !tools.length && known.registered) {
      // The tool a package-only key stands for (`vimeo/psalm: [package-only, psalm]`), when the key gives it its version.
      if (known.owner === null) known.owner = catalog.versionless(known.matchKind, known.matchName) ? undefined : catalog.match(known.matchKind, known.matchName, true)[0]?.id;
      unnamedPackages.push({ finding, owner: known.owner });
    }
  }
  return { byTool, byPackage, unnamedPackages, installed };
}

/** A direct dependency with a version that names no tool, and the tool its package-only key stands for. */
export interface UnnamedPackage {
  finding: AttributedFinding;
  owner: string | undefined;
}

/** What the catalog says of a finding's ref (`refFacts`); undefined for a ref without a name. */
type RefFacts = {
  matchKind: string;
  matchName: string;
  /** The tools it reveals; `taker` is the one given its version (-1: none), `shared` gives it to each. */
  tools: CatalogTool[];
  taker: number;
  shared: boolean;
  /** Its package entry's key, where a direct dependency of it gets one. */
  packageKey: string | undefined;
  /** Whether its kind is a registry's. */
  registered: boolean;
  /** The tool a package-only key stands for, worked out when first needed (null: not yet). */
  owner: string | undefined | null;
} | undefined;

/** The catalog's answers for one finding's ref: they depend on its ref, whether it is transitive and its `matchFirst` alone. */
function refFacts(finding: AttributedFinding, input: BuildInput): RefFacts {
  const { catalog } = input;
  const kind = refKind(finding.ref);
  const name = refName(finding.ref);
  if (!name) return undefined;
  // A dependency of a dependency says what a library uses, not what this repository is built with.
  // The first kind's keys are compared as the ref's registry writes names (PEP 503 for PyPI).
  const firstName = finding.matchFirst ? catalog.normalize(kind, name) : name;
  const first = finding.matchFirst !== undefined && catalog.knows(finding.matchFirst, firstName);
  const [matchKind, matchName] = first ? [finding.matchFirst!, firstName] : [kind, name];
  const tools = kind === "tool" ? catalog.toolsOf([name]) : finding.transitive ? [] : catalog.match(matchKind, matchName, input.allTools);
  // A key that reveals several tools gives its version to the first only: the package's
  // version is not the version of the others (spring-boot-starter-data-jpa is not Hibernate 3.2).
  // A list starting with `~` gives it to none of them; a kind whose version is a platform's
  // release gives it to each (`kinds.yml`, `shared-release`).
  const taker = kind !== "tool" && tools.length && catalog.versionless(matchKind, matchName) ? -1 : 0;
  const shared = taker === 0 && kind !== "tool" && catalog.sharesRelease(matchKind);
  // The site lists only the packages it has a page for where the catalog holds that list (Maven, Go).
  // A registry marked `tool_named_unlisted` gives no entry to a package whose whole name is a tool
  // it names (NuGet's Serilog, MediatR, Moq): the tool's entry stands for it.
  const registry = catalog.registries.get(kind);
  const toolNamed = registry?.tool_named_unlisted === true && tools.some((t) => namesTool(finding.ref, toolNames(t), { wholeName: true, naming: catalog.rankTraits }));
  const packageKey = registry && !toolNamed && catalog.hasPage(kind, name) ? `${kind}\0${catalog.normalize(kind, name)}` : undefined;
  return { matchKind, matchName, tools, taker, shared, packageKey, registered: catalog.registries.has(kind), owner: null };
}

/**
 * The finding as evidence of one of the tools it reveals: with its version when that tool takes
 * it, or with the tool's own release where the finding names one per tool (`versions`).
 */
function forTool(finding: AttributedFinding, id: string, takesVersion: boolean): AttributedFinding {
  // Only a table of releases by tool id decides: any other value (a custom detector's list, number,
  // null) is no reading, and the finding's `version` goes as it would without one.
  if (!isRecord(finding.versions)) return takesVersion ? finding : withoutVersion(finding);
  const raw: unknown = Object.hasOwn(finding.versions, id) ? finding.versions[id] : undefined;
  const version = typeof raw === "string" ? documentVersion(raw) : undefined;
  return version ? { ...withoutVersion(finding), version } : withoutVersion(finding);
}
