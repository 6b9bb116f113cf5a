import { describe, expect, it } from "vitest";
import { builtinCatalog, resolve } from "../src/index.js";
import { isClear } from "../src/catalog/clear-match.js";

// People type a longer name by its first words, the last often cut short: "django rest" for Django
// REST framework, "docker comp" for Docker Compose. Before stop 57 such a query was the tool its
// first word names (Django, 0.88, "a name among other words"), the one meant a fuzzy 0.69.
const catalog = builtinCatalog();
const top = (q: string, n = 1) => resolve(catalog, q, n).map((r) => [r.tool.name, Number(r.score.toFixed(2)), r.matchedBy]);

describe("words typed apart that open a longer name", () => {
  it("name the tool whose words they open, the first word whole and each other at least three letters of its word", () => {
    for (const [q, name] of [
      ["django rest", "Django REST framework"],
      ["firebase auth", "Firebase Authentication"],
      ["docker comp", "Docker Compose"],
      ["microsoft sql", "Microsoft SQL Server"],
      ["amazon web", "Amazon Web Services (AWS)"],
      ["aws lam", "AWS Lambda"],
    ] as const) {
      expect(top(q), q).toEqual([[name, 0.91, "name"]]);
    }
  });

  it("leaves the tool the first word names behind, so the pick is clear where only one name opens so", () => {
    const matches = resolve(catalog, "django rest", 2);
    expect(matches.map((m) => m.tool.name)).toEqual(["Django REST framework", "Django"]);
    expect(isClear(matches)).toBe(true);
  });

  it("ranks two names opened alike by popularity and leaves the pick to the user", () => {
    const matches = resolve(catalog, "react nat", 2);
    expect(matches.map((m) => [m.tool.name, Number(m.score.toFixed(2))])).toEqual([["React Native", 0.91], ["React Native Firebase", 0.91]]);
    expect(isClear(matches)).toBe(false);
  });

  it("needs the first word whole and the others long enough: a cut first word or a two-letter stub names nothing so", () => {
    // (a close spelling may still find it, as a guess under the clear pick's 0.6)
    expect(resolve(catalog, "djan rest", 1)[0]?.score).toBeLessThan(0.6);
    expect(top("docker co")).toEqual([["Docker", 0.88, "alias"]]);
    // A word that opens no word of a Firebase product's name leaves Firebase, named among the words.
    expect(top("firebase analytics")).toEqual([["Firebase", 0.88, "alias"]]);
  });

  it("takes a short word typed whole (Semantic UI React's ui), and a query as many words long as the name", () => {
    expect(top("semantic ui rea")).toEqual([["Semantic UI React", 0.91, "name"]]);
    expect(top("google ai plat")).toEqual([["Google AI Platform", 0.91, "name"]]);
    // Three words opening three names of three words or more: each named, the first the most popular.
    expect(top("microsoft sql serv", 3).map(([name, score]) => [name, score])).toEqual([
      ["Microsoft SQL Server", 0.91],
      ["Microsoft SQL Server Management Studio", 0.91],
      ["Microsoft SQL Server Reporting Services", 0.91],
    ]);
  });

  it("takes a name's every word, the last cut short, where the query runs past a shorter name", () => {
    expect(top("microsoft sql server man")).toEqual([["Microsoft SQL Server Management Studio", 0.91, "name"]]);
  });

  it("opens no longer name where a key is the query whole: the exact pick stays clear of them", () => {
    const matches = resolve(catalog, "microsoft sql server", 2);
    expect(matches[0]?.tool.name).toBe("Microsoft SQL Server");
    expect(matches[1]?.score).toBeLessThan(0.9);
    expect(isClear(matches)).toBe(true);
  });

  it("needs two words: a maker's name alone opens none of its products' names", () => {
    expect(resolve(catalog, "microsoft", 1)[0]?.score).toBeLessThan(0.9);
  });

  it("yields to a key that is the query whole: an exact name, an alias, a vendor's spelling", () => {
    expect(top("spring boot")).toEqual([["Spring Boot", 1, "name"]]);
    expect(top("google cloud")).toEqual([["Google Cloud Platform", 0.99, "alias"]]);
    expect(top("redis cache")[0]?.[0]).toBe("Redis");
  });
});

describe("Redux Toolkit's short form", () => {
  // @reduxjs/toolkit names Redux (the site has no Redux Toolkit); "rtk" was react-testing-library's
  // near-spelling (rtl) at 0.59.
  it("rtk is Redux, as redux toolkit is", () => {
    expect(top("rtk")).toEqual([["Redux", 0.99, "alias"]]);
    expect(top("rtl")).toEqual([["react-testing-library", 0.99, "alias"]]);
  });
});
