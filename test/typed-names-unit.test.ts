import { describe, expect, it } from "vitest";
import { typedNames } from "../src/cli/typed-names.js";
import { CliError } from "../src/cli/shared.js";

// The names `resolve` and `submit --manual` take, called alone: arguments as a shell passes them,
// a pasted list, and a tools.txt on standard input as editors save it (a BOM, CRLF or old Mac line
// ends, comments).

const noInput = () => {
  throw new Error("standard input read where no - was given");
};

describe("typedNames", () => {
  it("each argument as given; one holding commas split at them and trimmed, a pip range's comma kept", () => {
    expect(typedNames(["redis", "postgres 15"], noInput)).toEqual(["redis", "postgres 15"]);
    expect(typedNames(["redis, postgres 15,vue ,  ", "C#"], noInput)).toEqual(["redis", "postgres 15", "vue", "C#"]);
    expect(typedNames(["Django>=4.2,<5", "numpy>=1.24, !=1.25.0", "flask~=2.0,~=2.1", "a,==1", "b,>1"], noInput)).toEqual(["Django>=4.2,<5", "numpy>=1.24, !=1.25.0", "flask~=2.0,~=2.1", "a,==1", "b,>1"]);
    expect(typedNames([", ,", ","], noInput)).toEqual([", ,", ","]);
    expect(typedNames([], noInput)).toEqual([]);
  });

  it("- reads standard input once: one name a line, a BOM, blank lines and # comments left out, a line's commas split", () => {
    let reads = 0;
    const input = () => {
      reads++;
      return "\uFEFFredis\r\n\r\n# the databases\r\npostgres 15  # main store\rC#\n  vue, react  \n\t\nkafka#1\n";
    };
    expect(typedNames(["nginx", "-", "docker", "-"], input)).toEqual(["nginx", "redis", "postgres 15", "C#", "vue", "react", "kafka#1", "docker"]);
    expect(reads).toBe(1);
  });

  it("standard input without a name is an error that says so", () => {
    let thrown: unknown;
    try {
      typedNames(["-"], () => "\n# nothing yet\n   \n");
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CliError);
    expect((thrown as CliError).message).toBe("standard input (-) holds no tool names: give one a line");
    expect((thrown as CliError).exitCode).toBe(2);
  });
});
