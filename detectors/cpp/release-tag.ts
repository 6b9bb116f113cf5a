/**
 * The release a C or C++ dependency's git tag (or an archive's folder) names, for CMake's fetches and
 * Bazel's overrides and archives alike: `v1.14.0`, `release-1.12.1`, `version-3.45.0`, `10.2.1`, or
 * after a name (`yaml-cpp-0.7.0`, `hdf5-1_14_3`, `mbedtls-v3.5.1`), the parts split by dots or, as
 * cURL's and OpenSSL 1.x's tags and Boost's archives write them, by underscores (`curl-8_6_0` is
 * 8.6.0), with OpenSSL 1.x's letter kept (`OpenSSL_1_1_1w` is 1.1.1w). A commit, a branch or a
 * pre-release (`v1.63.0-pre1`) names none.
 */

/** Past this length a value is no tag: the name-and-release pattern would try each split of it. */
const MAX_TAG = 256;

/**
 * The release `tag` names. `named` says whether the name before a release may be read so (`curl` in
 * `curl-8_6_0`, `R` in Expat's `R_2_5_0`); any may by default.
 */
export function releaseOfTag(tag: string | undefined, named: (name: string) => boolean = () => true): string | undefined {
  if (!tag || tag.length > MAX_TAG) return undefined;
  const plain = /^(?:v|release-|version-)?(\d+(?:\.\d+)+)$/.exec(tag);
  if (plain) return plain[1];
  const after = /^([A-Za-z][\w-]*?)[-_]v?(\d+(?:\.\d+)+|\d+(?:_\d+)+)([a-z]?)$/.exec(tag);
  return after && named(after[1]!) ? after[2]!.replaceAll("_", ".") + after[3] : undefined;
}
