import { baseName, dirOf } from "../../src/kit.js";

/**
 * The Gradle build a file belongs to: the folder of the nearest settings script above it (a
 * buildSrc belongs to the build around it, whatever settings it holds), "" where none covers it.
 */
export function buildOfFiles(files: readonly string[]): (file: string) => string {
  const settingsDirs = new Set(files.filter((f) => /^settings\.gradle(\.kts)?$/.test(baseName(f))).map(dirOf));
  // Asked once per dependency and version read: each file's folder walk is made once.
  const known = new Map<string, string>();
  return (file) => {
    let build = known.get(file);
    if (build === undefined) {
      const own = /(?:^|\/)buildSrc\//.exec(file);
      build = own ? file.slice(0, own.index) : dirOf(file);
      while (build !== "" && !settingsDirs.has(build)) build = dirOf(build);
      known.set(file, build);
    }
    return build;
  };
}

/**
 * Values each build of a tree declares for itself (a repository can hold a library and a sample
 * build pinned apart), with the whole tree's first declaration of a key as the fallback for a
 * build that declares none. The first declaration of a key wins, in a build and in the tree.
 */
export class PerBuild<V> {
  private readonly builds = new Map<string, Map<string, V>>();
  /** The whole tree's first declaration of each key. */
  readonly tree = new Map<string, V>();

  setFirst(build: string, key: string, value: V): void {
    const own = this.of(build);
    if (!own.has(key)) own.set(key, value);
    if (!this.tree.has(key)) this.tree.set(key, value);
  }

  /** The build's own value of a key, else the tree's. */
  get(build: string, key: string): V | undefined {
    return this.builds.get(build)?.get(key) ?? this.tree.get(key);
  }

  /** What the build itself declares (a live map, empty when it declares nothing). */
  of(build: string): Map<string, V> {
    let own = this.builds.get(build);
    if (!own) this.builds.set(build, (own = new Map()));
    return own;
  }

  /** Each build with what it declares. */
  entries(): IterableIterator<[string, Map<string, V>]> {
    return this.builds.entries();
  }
}
