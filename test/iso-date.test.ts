import { describe, expect, it } from "vitest";
import { isoDate } from "../src/document/iso-date.js";

// `--timestamp` and detect's `timestamp` option (src/document/iso-date.ts): the instant an ISO date
// names, each bound checked on both sides, so a date a calendar lacks is refused rather than rolled over.
const iso = (text: string) => isoDate(text)?.toISOString();

describe("isoDate", () => {
  it.each([
    ["2024-05-01", "2024-05-01T00:00:00.000Z"],
    ["2024-05-01T14:00", "2024-05-01T14:00:00.000Z"],
    ["2024-05-01T14:07:09", "2024-05-01T14:07:09.000Z"],
    ["2024-05-01t14:07:09z", "2024-05-01T14:07:09.000Z"],
    ["2024-05-01T14:00:00.5+02:00", "2024-05-01T12:00:00.500Z"],
    ["2024-05-01T14:00:00.25-05:30", "2024-05-01T19:30:00.250Z"],
    ["2024-05-01T14:00:00+0530", "2024-05-01T08:30:00.000Z"],
    ["2024-05-01T14:00:00-03", "2024-05-01T17:00:00.000Z"],
    // The site's own form, with nanoseconds and a spaced zone.
    ["2020-11-21 15:39:11.000000000 Z", "2020-11-21T15:39:11.000Z"],
    ["  2024-05-01T00:00:00Z \n", "2024-05-01T00:00:00.000Z"],
    // Every bound, at its limit.
    ["2024-01-01T00:00:00Z", "2024-01-01T00:00:00.000Z"],
    ["2024-12-31T23:59:59Z", "2024-12-31T23:59:59.000Z"],
    ["2024-02-29", "2024-02-29T00:00:00.000Z"],
    ["2023-04-30", "2023-04-30T00:00:00.000Z"],
    ["2024-05-01T12:00:00+23:59", "2024-04-30T12:01:00.000Z"],
  ])("%j is %s", (text, instant) => expect(iso(text)).toBe(instant));

  it.each([
    "5",
    "yesterday",
    "2024-5-1",
    "2024-05-01T14",
    "x2024-05-01",
    "2024-05-01x",
    "2024-00-10",
    "2024-13-01",
    "2024-05-00",
    "2023-02-29",
    "2024-02-30",
    "2023-04-31",
    "2024-05-01T24:00:00Z",
    "2024-05-01T12:60:00Z",
    "2024-05-01T12:00:60Z",
    "2024-05-01T12:00:00+24:00",
    "2024-05-01T12:00:00+05:60",
    "2024-05-01T12:00:00+5",
  ])("%j names no instant", (text) => {
    expect(isoDate(text)).toBeUndefined();
    // A well-formed date beside it does.
    expect(isoDate("2024-05-01")).toBeDefined();
  });
});
