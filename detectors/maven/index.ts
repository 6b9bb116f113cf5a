import type { Detector, DetectContext, Finding } from "../../src/types.js";
import { dirOf, foldersHolding, joinInside } from "../../src/kit.js";
import { interpolate, readPom, type Coordinate, type Pom } from "./pom.js";
import { reportWebjar } from "./webjars.js";
import { familyVersion } from "./families.js";
import { MAVEN_FILES } from "../files.js";

/**
 * Maven builds: every pom.xml with its parent chain inside the repository, `${property}`
 * interpolation (own, inherited, project.*), versions managed by parents and by BOMs imported
 * from the repository, and a family version for the external parents and BOMs the catalog's
 * `families` name (spring-boot-starter-parent gives every org.springframework.boot artifact its version).
 */
export const mavenDetector: Detector = {
  name: "maven",
  files: MAVEN_FILES,
  async detect(ctx) {
    const poms = new Map<string, Pom>();
    for (const file of ctx.files) {
      const xml = await ctx.xml(file);
      if (xml !== undefined) poms.set(file, readPom(xml, await ctx.text(file)));
    }
    const byCoordinate = new Map<string, string>();
    for (const [file, pom] of poms) {
      const groupId = pom.groupId ?? pom.parent?.groupId;
      if (groupId && pom.artifactId) byCoordinate.set(`${groupId}:${pom.artifactId}`, file);
    }
    const model = new Model(poms, byCoordinate, ctx.family);
    const javaFolders = foldersHolding(ctx.byExtension.get(".java") ?? []);
    for (const [file, pom] of poms) report(ctx, file, pom, model.effective(file), javaFolders, poms);
  },
};

interface Effective {
  properties: Map<string, string>;
  /**
   * Managed versions by group:artifact. Those declared in the pom or its parents stay raw
   * (`${jackson.version}`) and are interpolated with the properties of the pom that uses them, so
   * a child overriding a property changes the managed version, as in Maven; those imported from a
   * BOM are interpolated in the BOM.
   */
  managed: Map<string, string>;
  managedPlugins: Map<string, string>;
  families: Map<string, string>;
  /**
   * The pom that wrote each property (`p:key`), managed version (`m:group:artifact`), managed plugin
   * version (`mp:group:artifact`) and family version (`f:group`): the file a version comes from.
   */
  origins: Map<string, string>;
  /** maven-compiler-plugin's configured Java level, the nearest pom's that sets one (raw). */
  compilerLevel?: string;
}

/** Inheritance and imports resolved once per pom. */
class Model {
  private readonly cache = new Map<string, Effective>();
  constructor(
    private readonly poms: Map<string, Pom>,
    private readonly byCoordinate: Map<string, string>,
    private readonly family: DetectContext["family"],
  ) {}

  effective(file: string, depth = 0): Effective {
    const cached = this.cache.get(file);
    if (cached) return cached;
    const pom = this.poms.get(file)!;
    const parentFile = depth < 10 ? this.parentOf(file, pom) : undefined;
    const eff = inheriting(parentFile ? this.effective(parentFile, depth + 1) : undefined, pom);
    this.cache.set(file, eff); // guards against parent loops
    addProjectProperties(eff, pom, file);
    if (pom.parent && !parentFile) this.addFamily(eff, pom.parent, file);
    for (const m of pom.managed) {
      if (m.scope === "import" && m.type === "pom") this.importBom(eff, m, file, depth);
      else if (m.version) {
        const key = `${interpolate(m.groupId, eff.properties)}:${m.artifactId}`;
        eff.managed.set(key, m.version);
        eff.origins.set(`m:${key}`, file);
      }
    }
    for (const p of pom.managedPlugins) if (p.version) eff.managedPlugins.set(`${p.groupId}:${p.artifactId}`, p.version), eff.origins.set(`mp:${p.groupId}:${p.artifactId}`, file);
    return eff;
  }

  /**
   * A BOM the pom imports (`<scope>import</scope>`): one of the repository's gives the versions it
   * manages and its families, where the model has none yet for them; one from outside may name a family.
   */
  private importBom(eff: Effective, m: Coordinate, file: string, depth: number): void {
    const imported = this.byCoordinate.get(`${interpolate(m.groupId, eff.properties)}:${m.artifactId}`);
    if (!imported || depth >= 10) {
      const version = interpolate(m.version, eff.properties);
      this.addFamily(eff, { ...m, groupId: interpolate(m.groupId, eff.properties)!, artifactId: interpolate(m.artifactId, eff.properties)!, version }, originOfValue(m.version, file, eff.origins));
      return;
    }
    const bom = this.effective(imported, depth + 1);
    for (const [k, v] of bom.managed) {
      if (eff.managed.has(k)) continue;
      eff.managed.set(k, interpolate(v, bom.properties)!);
      eff.origins.set(`m:${k}`, originOfValue(v, bom.origins.get(`m:${k}`) ?? imported, bom.origins));
    }
    for (const [k, v] of bom.families) if (!eff.families.has(k)) eff.families.set(k, v), eff.origins.set(`f:${k}`, bom.origins.get(`f:${k}`) ?? imported);
  }

  private parentOf(file: string, pom: Pom): string | undefined {
    if (!pom.parent) return undefined;
    const byCoordinate = this.byCoordinate.get(`${pom.parent.groupId}:${pom.parent.artifactId}`);
    if (byCoordinate && byCoordinate !== file) return byCoordinate;
    const relative = (pom.parent.relativePath ?? "../pom.xml").replace(/\/$/, "");
    const target = joinInside(dirOf(file), relative.endsWith(".xml") ? relative : `${relative}/pom.xml`);
    const parent = target ? this.poms.get(target) : undefined;
    return parent && parent.artifactId === pom.parent.artifactId && target !== file ? target : undefined;
  }

  private addFamily(eff: Effective, c: Coordinate, from: string): void {
    const group = c.version ? this.family("maven", `${c.groupId}:${c.artifactId}`) : undefined;
    if (group) eff.families.set(group, c.version!), eff.origins.set(`f:${group}`, from);
  }
}

/** A pom's model before its own entries: a copy of its parent's (or an empty one), with its own compiler level or the parent's. */
function inheriting(parent: Effective | undefined, pom: Pom): Effective {
  const base: Effective = parent ?? { properties: new Map(), managed: new Map(), managedPlugins: new Map(), families: new Map(), origins: new Map() };
  return {
    properties: new Map(base.properties),
    managed: new Map(base.managed),
    managedPlugins: new Map(base.managedPlugins),
    families: new Map(base.families),
    origins: new Map(base.origins),
    compilerLevel: pom.compilerLevel ?? base.compilerLevel,
  };
}

/** The pom's `<properties>`, and the `project.*` properties its coordinates and parent give. */
function addProjectProperties(eff: Effective, pom: Pom, file: string): void {
  for (const [k, v] of pom.properties) {
    eff.properties.set(k, v);
    eff.origins.set(`p:${k}`, file);
  }
  const version = pom.version ?? pom.parent?.version;
  const groupId = pom.groupId ?? pom.parent?.groupId;
  if (version) for (const k of ["project.version", "version", "pom.version"]) eff.properties.set(k, version), eff.origins.set(`p:${k}`, file);
  if (groupId) eff.properties.set("project.groupId", groupId);
  if (pom.parent?.version) eff.properties.set("project.parent.version", pom.parent.version);
}

/** The pom a raw version comes from: where its property is set when it is one (`${jackson.version}`), else `from`. */
function originOfValue(raw: string | undefined, from: string, origins: ReadonlyMap<string, string>): string {
  const property = /^\s*\$\{([^}]+)\}\s*$/.exec(raw ?? "")?.[1];
  return (property && origins.get(`p:${property}`)) || from;
}


/** Maven plugins that compile another JVM language than Java. */
const OTHER_JVM_LANGUAGE_PLUGINS = new Set(["kotlin-maven-plugin", "scala-maven-plugin", "maven-scala-plugin"]);

/** A pom's coordinates (parent, dependencies, imported BOMs, plugins and their dependencies) and its build's language. */
function report(ctx: DetectContext, file: string, pom: Pom, eff: Effective, javaFolders: ReadonlySet<string>, poms: ReadonlyMap<string, Pom>): void {
  const lineOf = (c: Coordinate) => linesOf(c, file, eff, poms);
  const at = (c: Coordinate, managed = eff.managed, kind = "m") => versionAt(c, file, eff, managed, kind);
  if (pom.parent) {
    ctx.report({ ref: `maven:${pom.parent.groupId}:${pom.parent.artifactId}`, file, ...lineOf(pom.parent), version: pom.parent.version });
  }
  for (const d of pom.dependencies) {
    const groupId = interpolate(d.groupId, eff.properties)!;
    const lines = lineOf(d);
    const release = at(d);
    ctx.report({ ref: `maven:${groupId}:${d.artifactId}`, file, ...lines, declared: d.version, ...release, direct: true, dev: d.scope === "test" });
    reportWebjar(ctx, groupId, d.artifactId, { file, ...lines, declared: d.version, version: release.version });
  }
  for (const m of pom.managed) {
    if (m.scope === "import") ctx.report({ ref: `maven:${interpolate(m.groupId, eff.properties)}:${interpolate(m.artifactId, eff.properties)}`, file, ...lineOf(m), ...at(m) });
  }
  for (const p of pom.plugins) ctx.report({ ref: `maven:${interpolate(p.groupId, eff.properties)}:${p.artifactId}`, file, ...lineOf(p), ...at(p, eff.managedPlugins, "mp") });
  for (const d of pom.pluginDependencies) ctx.report({ ref: `maven:${interpolate(d.groupId, eff.properties)}:${d.artifactId}`, file, ...lineOf(d), ...at(d) });
  reportLanguage(ctx, file, pom, eff, javaFolders);
}

/**
 * Where the pom `file` declares a coordinate, when known (a finding without a line is dated by the
 * file's first): its `<artifactId>` line, and the lines that write its version: its own
 * `<version>`, and the `<properties>` entry each `${name}` in it names (followed through a
 * property naming another), in this pom or the parent that sets it.
 */
function linesOf(c: Coordinate, file: string, eff: Effective, poms: ReadonlyMap<string, Pom>): Pick<Finding, "line" | "alsoDeclaredAt"> {
  if (c.line === undefined) return {};
  const at: Array<{ file: string; line: number }> = c.versionLine === undefined || c.versionLine === c.line ? [] : [{ file, line: c.versionLine }];
  const seen = new Set<string>();
  const follow = (value: string | undefined, depth: number): void => {
    for (const [, name] of (value ?? "").matchAll(/\$\{([^}]+)\}/g)) {
      if (seen.has(name!) || depth > 5) continue;
      seen.add(name!);
      const from = eff.origins.get(`p:${name}`);
      const line = from === undefined ? undefined : poms.get(from)?.propertyLines?.get(name!);
      if (line !== undefined) at.push({ file: from!, line });
      follow(eff.properties.get(name!), depth + 1);
    }
  };
  follow(c.version, 0);
  return at.length === 0 ? { line: c.line } : { line: c.line, alsoDeclaredAt: at };
}

/** A coordinate's version, its own or `managed`'s or its family's, interpolated: none while a `${property}` is left. */
function versionOf(c: Coordinate, eff: Effective, managed = eff.managed): string | undefined {
  const groupId = interpolate(c.groupId, eff.properties)!;
  const v = interpolate(c.version ?? managed.get(`${groupId}:${c.artifactId}`), eff.properties) ?? familyVersion(groupId, eff.families);
  return v && !v.includes("${") ? v.replace(/^\[([^,\]]+)[,\]].*$/, "$1") : undefined;
}

/** The pom that wrote the version `versionOf` gives: its own (`file`), a parent's property or managed entry, an imported BOM's. */
function versionFileOf(c: Coordinate, file: string, eff: Effective, managed: Map<string, string>, kind: string): string {
  const groupId = interpolate(c.groupId, eff.properties)!;
  if (c.version !== undefined) return originOfValue(c.version, file, eff.origins);
  const key = `${groupId}:${c.artifactId}`;
  if (managed.has(key)) return originOfValue(managed.get(key), eff.origins.get(`${kind}:${key}`) ?? file, eff.origins);
  for (const group of eff.families.keys()) if (groupId === group || groupId.startsWith(`${group}.`)) return eff.origins.get(`f:${group}`) ?? file;
  return file;
}

/** A coordinate's version, with the pom that wrote it where that is another than `file`. */
function versionAt(c: Coordinate, file: string, eff: Effective, managed: Map<string, string>, kind: string): { version?: string; versionFile?: string } {
  const version = versionOf(c, eff, managed);
  const from = version ? versionFileOf(c, file, eff, managed, kind) : file;
  return { version, ...(from !== file ? { versionFile: from } : {}) };
}

/** The build's language: Java (at its level) where the pom sets a Java version or the module holds Java sources, Scala where its compiler plugin is. */
function reportLanguage(ctx: DetectContext, file: string, pom: Pom, eff: Effective, javaFolders: ReadonlySet<string>): void {
  // Java is the build's language when the pom sets its version or the module holds Java sources:
  // a pom that only packages a front end (frontend-maven-plugin) or fetches a jar is not Java.
  // A Kotlin or Scala build (kotlin-maven-plugin, scala-maven-plugin and its old name
  // maven-scala-plugin) sets java.version as the JVM it targets: there only Java sources tell.
  // A maven.compiler.* property often just repeats another (`${java.version}`): read through it.
  // `jdk.version` last: the common name of the JDK level, the one a Micronaut Launch pom sets alone
  // (micronaut-parent hands it to the compiler).
  const property = ["maven.compiler.release", "maven.compiler.source", "java.version", "maven.compiler.target", "jdk.version"].map((k) => interpolate(eff.properties.get(k), eff.properties)).find(Boolean);
  // maven-compiler-plugin's configured level is the version where Java shows (it wins over the
  // properties, as in Maven), but not a sign of Java by itself: a pom that only fetches a jar
  // (a runtime wrapper downloaded for an image) keeps the compiler boilerplate too.
  const configured = interpolate(eff.compilerLevel, eff.properties);
  const level = (configured?.includes("${") ? undefined : configured) ?? property;
  const dir = dirOf(file);
  const otherLanguage = pom.plugins.some((p) => OTHER_JVM_LANGUAGE_PLUGINS.has(p.artifactId));
  // A Scala build's compiler plugin compiles the release its `scala.version` property names (the
  // property scala-maven-plugin's scalaVersion reads), a scala-library dependency or not.
  if (pom.plugins.some((p) => p.artifactId === "scala-maven-plugin" || p.artifactId === "maven-scala-plugin")) {
    const scala = interpolate(eff.properties.get("scala.version"), eff.properties);
    ctx.report({ ref: "runtime:scala", file, version: scala && /^\d[\w.-]*$/.test(scala) ? scala : undefined });
  }
  if ((property && !otherLanguage) || javaFolders.has(dir)) {
    ctx.report({ ref: "runtime:java", file, version: level && /^\d/.test(level) ? level : undefined });
  }
}
