import { afterEach, describe, expect, it, vi } from "vitest";
import { VERSION } from "../src/cli/shared.js";
import { type Outcome, runMainHere } from "./helpers.js";

// `techstack <argv>` as the bin routes it, in-process and without a folder change (so Stryker's worker
// threads run it too): what answers before a command loads, how `help` reaches a command's own help,
// and the words and exit code of each kind of error. The bin's own wiring is test/cli's (spawns).

const main = (args: string[], beforeCommands?: () => void): Promise<Outcome> => runMainHere(args, { env: { NO_COLOR: "1" } }, beforeCommands);

afterEach(() => vi.restoreAllMocks());

describe("the command line's routing", () => {
  it("--version and -v print the release alone, before any command or V8 flag is loaded", async () => {
    for (const flag of ["--version", "-v"]) {
      const hook = vi.fn();
      expect(await main([flag, "detect"], hook), flag).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: "" });
      expect(hook, flag).not.toHaveBeenCalled();
    }
  });

  it("help, --help and -h alone print the list of commands on stdout, once the hook has run", async () => {
    const outcomes = [];
    for (const flag of ["help", "--help", "-h"]) {
      const hook = vi.fn();
      outcomes.push(await main([flag], hook));
      expect(hook, flag).toHaveBeenCalledTimes(1);
    }
    expect(outcomes[0]).toMatchObject({ code: 0, stderr: "" });
    expect(outcomes[0]!.stdout).toMatch(/^techstack \S+: what a repository is built with\n\nUsage: techstack <command> \[options\]\n/);
    expect(outcomes[0]!.stdout).toMatch(/\n {2}diff {7}\S/);
    expect(outcomes[0]!.stdout).toContain("\nOptions:\n  -h, --help      this help\n  -v, --version   the version\n");
    expect(outcomes[0]!.stdout.endsWith("for a command's options.\n")).toBe(true);
    expect(outcomes[1]).toEqual(outcomes[0]);
    expect(outcomes[2]).toEqual(outcomes[0]);
  });

  it("help <command>, --help <command> and -h <command> are the command's own --help", async () => {
    const own = await main(["validate", "--help"]);
    expect(own).toMatchObject({ code: 0, stderr: "" });
    expect(own.stdout).toMatch(/^Usage: techstack validate/);
    for (const flag of ["help", "--help", "-h"]) {
      const hook = vi.fn();
      expect(await main([flag, "validate"], hook), flag).toEqual(own);
      expect(hook, flag).toHaveBeenCalledTimes(1);
    }
  });

  it("help for a command that does not exist is a usage error naming it, with the list of commands", async () => {
    const usage = (await main(["--help"])).stdout;
    for (const flag of ["help", "--help", "-h"]) {
      expect(await main([flag, "frobnicate"]), flag).toEqual({ code: 2, stdout: "", stderr: `techstack: unknown command 'frobnicate'\n\n${usage}` });
    }
  });

  it("no command is a usage error with the list of commands on stderr, and the hook has run", async () => {
    const usage = (await main(["--help"])).stdout;
    const hook = vi.fn();
    expect(await main([], hook)).toEqual({ code: 2, stdout: "", stderr: `techstack: no command given\n\n${usage}` });
    expect(hook).toHaveBeenCalledTimes(1);
  });

  it("an unknown command says the one meant when it is near one, and only then", async () => {
    const usage = (await main(["--help"])).stdout;
    expect(await main(["vaildate", "techstack.yml"])).toEqual({ code: 2, stdout: "", stderr: `techstack: unknown command 'vaildate' (did you mean validate?)\n\n${usage}` });
    expect(await main(["deploy"])).toEqual({ code: 2, stdout: "", stderr: `techstack: unknown command 'deploy'\n\n${usage}` });
  });

  it("a command's usage error keeps its exit code 2; an error of the scan is exit 1 with its message", async () => {
    const hook = vi.fn();
    const usage = await main(["detect", ".", "--format", "xml"], hook);
    expect(usage).toMatchObject({ code: 2, stdout: "" });
    expect(usage.stderr).toMatch(/^techstack: --format must be one of /);
    expect(hook).toHaveBeenCalledTimes(1);
    expect(await main(["detect", "/no/such/dir"])).toEqual({ code: 1, stdout: "", stderr: "techstack: no such directory: /no/such/dir\n" });
  });

  it("a current folder removed under the shell is said in words, whatever asked for it first", async () => {
    // Node's own error where the folder a process stands in was deleted (libuv's uv_cwd).
    const gone = Object.assign(new Error("ENOENT: no such file or directory, uv_cwd"), { code: "ENOENT", syscall: "uv_cwd", errno: -2 });
    vi.spyOn(process, "cwd").mockImplementation(() => {
      throw gone;
    });
    const words = "techstack: the current folder no longer exists (deleted, or removed by a checkout): cd into the repository again\n";
    expect(await main(["resolve", "postgres"])).toEqual({ code: 1, stdout: "", stderr: words });
    expect(await main(["detect"])).toEqual({ code: 1, stdout: "", stderr: words });
  });
});
