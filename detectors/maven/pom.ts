import { expandReferences, firstXmlText, xmlChild, xmlValues, type XmlNode } from "../../src/kit.js";
import { pomDeclarations, type PomSection } from "./pom-lines.js";
/** A Maven coordinate as a POM writes it (values may still hold `${...}`). */
export interface Coordinate {
  groupId: string;
  artifactId: string;
  version?: string;
  scope?: string;
  type?: string;
  /** The line of its `<artifactId>`, where readPom was given the text. */
  line?: number;
  /** The line of its own `<version>`, where it has one and readPom was given the text. */
  versionLine?: number;
}

/** What one pom.xml declares, before inheritance and interpolation. */
export interface Pom {
  groupId?: string;
  artifactId?: string;
  version?: string;
  packaging?: string;
  parent?: Coordinate & { relativePath?: string };
  properties: Map<string, string>;
  /** The line of each property's element, where readPom was given the text. */
  propertyLines?: Map<string, number>;
  dependencies: Coordinate[];
  managed: Coordinate[];
  plugins: Coordinate[];
  /** `<build><pluginManagement>`: versions for the plugins of this pom and its children. */
  managedPlugins: Coordinate[];
  /** What a plugin runs, declared in its own `<dependencies>` (checkstyle for maven-checkstyle-plugin). */
  pluginDependencies: Coordinate[];
  modules: string[];
  /**
   * The Java level maven-compiler-plugin's `<configuration>` sets (`release`, else `source`, else
   * `target`), in `<plugins>` or `<pluginManagement>`: older builds write it there, not as a
   * `maven.compiler.*` property. Values may still hold `${...}`.
   */
  compilerLevel?: string;
}

/**
 * Reads a parsed pom.xml (every element an array, text values as strings): the default build.
 * `<profiles>` are left out: a profile's dependencies and plugins join the build only when it is
 * activated (an optional test container, a release or coverage run), and the site lists nothing
 * declared in one (4 of 4 repositories read: corpus Writing-API-Tests-with-Karate, held-out
 * hantsy/cargotracker, jakartaee10-sandbox and spring-reactive-jwt-sample).
 */
export function readPom(xml: unknown, source?: string): Pom {
  const lines = source === undefined ? undefined : pomDeclarations(source);
  const placed = <T extends Coordinate>(c: T, section: PomSection): T => {
    const at = lines?.entry(section, c.artifactId);
    return at === undefined ? c : { ...c, line: at.line, ...(at.version === undefined ? {} : { versionLine: at.version }) };
  };
  const coordinates = (value: unknown, section: PomSection): Coordinate[] => readCoordinates(value).map((c) => placed(c, section));
  const project = xmlChild((xml as XmlNode | undefined)?.project);
  const pom: Pom = { properties: new Map(), dependencies: [], managed: [], plugins: [], managedPlugins: [], pluginDependencies: [], modules: [] };
  pom.groupId = text(project.groupId);
  pom.artifactId = text(project.artifactId);
  pom.version = text(project.version);
  pom.packaging = text(project.packaging);
  const parent = xmlChild(project.parent);
  if (text(parent.artifactId)) {
    pom.parent = placed({ groupId: text(parent.groupId) ?? "", artifactId: text(parent.artifactId)!, version: text(parent.version), relativePath: text(parent.relativePath) }, "parent");
  }
  for (const [key, value] of Object.entries(xmlChild(project.properties))) {
    const v = text(value);
    if (v === undefined || key.startsWith("@_")) continue;
    pom.properties.set(key, v);
    const line = lines?.property(key);
    if (line !== undefined) (pom.propertyLines ??= new Map()).set(key, line);
  }
  pom.dependencies = coordinates(xmlChild(project.dependencies).dependency, "dependencies");
  pom.managed = coordinates(xmlChild(xmlChild(project.dependencyManagement).dependencies).dependency, "managed");
  const build = xmlChild(project.build);
  const plugin = (p: Coordinate): Coordinate => ({ ...p, groupId: p.groupId || "org.apache.maven.plugins" });
  pom.managedPlugins = coordinates(xmlChild(xmlChild(build.pluginManagement).plugins).plugin, "managedPlugins").map(plugin);
  pom.plugins = [...coordinates(xmlChild(build.plugins).plugin, "plugins").map(plugin), ...pom.managedPlugins];
  pom.modules = xmlValues(xmlChild(project.modules).module).map(text).filter((m): m is string => Boolean(m));
  const pluginDependencies = (plugins: unknown, section: PomSection): Coordinate[] => xmlValues(plugins).flatMap((p) => coordinates(xmlChild(xmlChild([p]).dependencies).dependency, section));
  pom.pluginDependencies = [...pluginDependencies(xmlChild(build.plugins).plugin, "pluginDependencies"), ...pluginDependencies(xmlChild(xmlChild(build.pluginManagement).plugins).plugin, "managedPluginDependencies")];
  for (const p of [...xmlValues(xmlChild(build.plugins).plugin), ...xmlValues(xmlChild(xmlChild(build.pluginManagement).plugins).plugin)]) {
    const n = xmlChild([p]);
    if (text(n.artifactId) !== "maven-compiler-plugin") continue;
    const configuration = xmlChild(n.configuration);
    const level = text(configuration.release) ?? text(configuration.source) ?? text(configuration.target);
    if (level) {
      pom.compilerLevel = level;
      break;
    }
  }
  return pom;
}

function readCoordinates(value: unknown): Coordinate[] {
  const out: Coordinate[] = [];
  for (const item of xmlValues(value)) {
    const n = xmlChild([item]);
    const artifactId = text(n.artifactId);
    if (!artifactId) continue;
    const c: Coordinate = { groupId: text(n.groupId) ?? "", artifactId };
    const version = text(n.version);
    if (version) c.version = version;
    const scope = text(n.scope);
    if (scope) c.scope = scope;
    const type = text(n.type);
    if (type) c.type = type;
    out.push(c);
  }
  return out;
}

/** An element's first text, where it is not empty. */
function text(value: unknown): string | undefined {
  return firstXmlText(value) || undefined;
}

/** Replaces `${name}` from the properties, a few levels deep; unknown ones stay. */
export function interpolate(value: string | undefined, properties: ReadonlyMap<string, string>): string | undefined {
  if (value === undefined) return undefined;
  return expandReferences(value, /\$\{([^}]+)\}/g, "${", "}", (key) => properties.get(key));
}
