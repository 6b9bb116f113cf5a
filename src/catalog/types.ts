/** A tool the site knows, as written in `catalog/tools/*.yml`. */
export interface CatalogTool {
  /** The site's slug: `react`, `postgresql`, `github-actions`. */
  id: string;
  /** The site's canonical name: `React`, `PostgreSQL`, `GitHub Actions`. */
  name: string;
  category?: string;
  sub_category?: string;
  website_url?: string;
  open_source?: boolean;
  hosted_saas?: boolean;
  license?: string;
  image_url?: string;
  /** Our own short description; never the site's prose. */
  description?: string;
  /** Other names people type: `postgres`, `reactjs`, `k8s`. */
  aliases?: string[];
  /** The site's popularity figure, for ranking name matches. */
  popularity?: number;
  /**
   * Globs, as `file` matchers write them, of the files the tool is cited from: of its entry's
   * findings, the first by path (as bytes) whose file matches one names its `detection_source`,
   * whichever finding gives the release (Gradle's `gradlew` and Groovy scripts over its wrapper).
   */
  cited_files?: string[];
  /**
   * Which of the findings `cited_files` matches names the source: the first by path (the default)
   * or the last (npm's package.json: the site cites the last of a repository's manifests).
   */
  cited_order?: "first" | "last";
  /**
   * The entry is written with no release, whatever its findings give: .NET, the platform whose
   * releases are its .NET Core, ASP.NET and ASP.NET Core entries' (a target framework's 4.7.2 or
   * netstandard2.0's 2.0 is no release of it).
   */
  no_release?: boolean;
  /**
   * The techstack.md section the tool's card goes in where the site files it otherwise than its
   * category says (`Other` for Shell, a language): one of the sections' titles (`MARKDOWN_SECTIONS`).
   */
  markdown_section?: string;
  /** The sub-category techstack.md's README snippet names the tool by, where the site names another than its own (Vue.js's). */
  markdown_sub_category?: string;
}

/** How a package registry's entries are written in the document (`catalog/registries.yml`). */
export interface Registry {
  /** `https://www.npmjs.com/{name}`; absent where the site writes no package_url (Maven). */
  package_url?: string;
  category: string;
  sub_category: string;
  image_url?: string;
  /** The registry's name in techstack.md's package tables, and its logo. */
  title?: string;
  icon?: string;
  /**
   * Where techstack.md links an entry that has no package_url (a Maven coordinate), `{name}` the
   * name with its `:` written `/`: `https://central.sonatype.com/artifact/{name}`. Without it the
   * row names the entry unlinked.
   */
  markdown_url?: string;
  /** Entries are named by the last `/`-separated element of the package name (Go modules), after any `major_suffix`. */
  short_name?: boolean;
  /**
   * How a package's name marks another major version of one package, `{n}` for its digits: Go's
   * `/v{n}` (github.com/labstack/echo/v4 is echo at major 4). Such a name is the name before it
   * where a tool's names are compared, in a short name, and for rank 5 of src/document/rank.ts.
   */
  major_suffix?: string;
  /** With `short_name`, last elements named with their owner before them (Go's `go`: json-iterator/go). */
  names_with_owner?: string[];
  /**
   * The name prefix of the registry's packages of type declarations for another package (npm's
   * `@types/`): such a package is never the tool it reveals, and its version is no tool's release.
   */
  typings_prefix?: string;
  /** Packages the site names otherwise than by that rule: a package name to the site's name for it. */
  names?: Record<string, string>;
  /**
   * Packages the site lists as one package inside them, a package name to that package's path
   * (Go's github.com/golang/protobuf as github.com/golang/protobuf/proto): the entry is named and
   * linked by that path, and takes no release (the site finds none for a path no module has).
   */
  package_paths?: Record<string, string>;
  /**
   * Entries only for the packages the site has a page for (the catalog's `pages` of this kind),
   * as the site writes Maven coordinates; `false` in a repository's catalog lists every one.
   */
  pages?: boolean;
  /** Packages the site never writes an entry for: with `pages`, though a page of their name exists (another package's). */
  unlisted?: string[];
  /**
   * No entry for a package whose whole name is a tool the package names (NuGet's `Serilog` is the
   * Serilog tool's entry alone); other packages naming tools keep theirs (`Serilog.AspNetCore`).
   */
  tool_named_unlisted?: boolean;
  /** How names compare: `pep503` (PyPI), `lowercase`, or exact when absent. */
  normalize?: "pep503" | "lowercase";
  /**
   * Base names of the manifests that declare the registry's packages as peers (npm's
   * `package.json`): of several declaring one package, none wins by its depth or by pinning one
   * release, and the first by path gives the entry (but for a lockfile's release).
   */
  peer_manifests?: string[];
  /**
   * Base names of the manifests whose first by path, ignoring case, is the `detection_source` of a
   * package several of them declare, whichever gives the release (Maven's `pom.xml`).
   */
  cited_manifests?: string[];
}

/**
 * The matchers of one kind (`npm`, `docker`, `file`, ...): a key (a package name, an image, a glob
 * for `file`) to the ids of the tools it reveals. A key ending in `*` matches by prefix.
 */
export type MatcherTable = Record<string, string | Array<string | null>>;

/** Everything the catalog is made of, before indexing. */
export interface CatalogSource {
  tools?: CatalogTool[];
  matchers?: Record<string, MatcherTable>;
  registries?: Record<string, Registry | Partial<Registry>>;
  /**
   * Keys, by kind, whose version is the release of a whole family of Maven artifacts: the group
   * each names, and the groups under it (`maven: { "io.quarkus:quarkus-bom": io.quarkus }`).
   */
  families?: Record<string, Record<string, string>>;
  /**
   * By registry kind, the slugs of the packages the site has a page for (`catalog/pages/<kind>.txt`);
   * a registry marked `pages: true` gets package entries only for the packages on its list.
   */
  pages?: Record<string, string[]>;
  /**
   * Traits of finding kinds (`catalog/kinds.yml`): `server-release` lists the kinds whose version is a
   * server's own release; `server-release-by-name` those whose package named as the server is the server;
   * `shared-release` those whose version is every tool's a key names, not the first's alone;
   * `ci-step` those a CI service's or host's configuration names a tool by beyond the service itself.
   * Its mappings are tables detectors read (`DetectContext.tableValue`): each key to text.
   */
  kinds?: {
    "server-release"?: string[];
    "server-release-by-name"?: string[];
    "shared-release"?: string[];
    "variant-files"?: string[];
    "tag-release"?: string[];
    "project-pin"?: string[];
    /** Kinds a workspace's root file pins for every member: kept of it in a scan of one member. */
    "workspace-pin"?: string[];
    "ci-step"?: string[];
    /**
     * Terraform registry modules (a `terraform-module` key's address, its sub-modules under `//`
     * too) that create one managed database resource from inputs named as its settings: the type of
     * that resource, then any `name=value` settings the module takes where its inputs leave them out
     * (`aws_db_instance`; `google_sql_database_instance database_version=POSTGRES_`).
     */
    "terraform-module-resource"?: Record<string, string>;
    /**
     * Tools whose release lines are named by a year that is not their version, by tool id: the lines
     * as `year=release` pairs apart by spaces (`microsoft-sql-server: "2019=15.0 2022=16.0"`).
     */
    "year-named-releases"?: Record<string, string>;
    /** A table of another name, a custom detector's: keys to text. */
    [table: string]: string[] | Record<string, string> | undefined;
  };
  /** Category and sub-category display names by slug. */
  categories?: Record<string, { name: string; sub_categories: Record<string, string> }>;
}
