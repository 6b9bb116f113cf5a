import { fullVersion } from "../../src/versions/range.js";
import { pinnedRelease } from "./pin.js";

/**
 * The release an SDKMAN! version identifier gives its candidate, one rule for an .sdkmanrc pin
 * (`java=21.0.2-tem`) and a Dockerfile's `sdk install java 21.0.2-tem`: the number before the
 * vendor, read as every version manager's pin is (pinnedRelease) (`21.0.2-tem` -> 21.0.2, `8.5` -> 8.5, a bare major padded as every pin: `17` -> 17.0.0).
 * A GraalVM or Mandrel build from before GraalVM for JDK 17 was numbered as GraalVM with the JDK
 * after `.r` (`22.3.r17-grl`): for Java that JDK is the release. A variable (`${MAVEN_VERSION}`),
 * `latest` or a name gives none.
 */
export function sdkmanRelease(candidate: string, identifier: string): string | undefined {
  const graal = candidate.toLowerCase() === "java" ? /^\d+(?:\.\d+)*\.r(\d+)-/.exec(identifier) : null;
  if (graal) return fullVersion(graal[1]!);
  return pinnedRelease(candidate, identifier);
}
