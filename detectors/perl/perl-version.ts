import { lowerBound } from "../../src/versions/range.js";

/**
 * The Perl release a requirement asks for at least, in the dotted form Perl's own releases are
 * named by. Perl writes its version both ways: `5.010` and `5.010001` are decimal (three digits a
 * part: 5.10 and 5.10.1, `5.008_001` with an underscore is 5.8.1), `v5.36` and `5.32.0` dotted
 * already. A range (`>= 5.010`) gives its lower bound.
 */
export function perlRelease(requirement: string | undefined): string | undefined {
  const bound = requirement === undefined ? undefined : lowerBound(requirement.replace(/_/g, ""));
  if (bound === undefined) return undefined;
  const decimal = /^(\d+)\.(\d{3,})$/.exec(bound);
  if (!decimal) return bound;
  const digits = decimal[2]!.padEnd(Math.ceil(decimal[2]!.length / 3) * 3, "0");
  const parts = digits.match(/\d{3}/g)!.map((part) => String(Number(part)));
  return [decimal[1], ...parts].join(".");
}
