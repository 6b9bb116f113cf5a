/**
 * The version a family gives an artifact of `groupId` that declares none: that of its own group's
 * family, or of a group above it (`io.micronaut.data` is in `io.micronaut`'s). `families` maps a
 * group to its release, as the catalog's `families` keys found in a build give them.
 */
export function familyVersion<V = string>(groupId: string, families: ReadonlyMap<string, V>): V | undefined {
  for (const [group, version] of families) if (groupId === group || groupId.startsWith(`${group}.`)) return version;
  return undefined;
}
