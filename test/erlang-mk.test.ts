import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { isErlangMk, readErlangMk } from "../detectors/elixir/erlang-mk.js";
import { tool } from "./helpers.js";

// erlang.mk projects as Cowboy's and RabbitMQ plugins' Makefiles write them: DEPS with dep_* fetch
// lines (git at a tag, hex at a release, a package-index pin by _commit), test dependencies, a
// local folder, and `include erlang.mk` at the end.
const makefile = `# See LICENSE for licensing information.

PROJECT = chat_server
PROJECT_DESCRIPTION = A chat server on Cowboy.
PROJECT_VERSION = 0.3.0

# Dependencies.

LOCAL_DEPS = crypto ssl
DEPS = cowboy jsx epgsql \\
	eredis vendored_lib
dep_cowboy_commit = 2.12.0
dep_jsx = hex 3.1.0
dep_epgsql = git https://github.com/epgsql/epgsql 4.7.1
dep_eredis = git https://github.com/Nordix/eredis master
dep_vendored_lib = ln ../vendored_lib

TEST_DEPS = ct_helper meck
dep_ct_helper = git https://github.com/extend/ct_helper master

include erlang.mk

# Compile flags.
ERLC_OPTS += +warn_missing_spec
`;

describe("erlang.mk", () => {
  it("is told by the Makefile including erlang.mk; other Makefiles are not read", () => {
    expect(isErlangMk(makefile)).toBe(true);
    expect(isErlangMk("include $(if $(ERLANG_MK_FILENAME),$(ERLANG_MK_FILENAME),erlang.mk)\n")).toBe(true);
    expect(isErlangMk("build:\n\tgo build ./...\n# include erlang.mk some day\n")).toBe(false);
  });

  it("reads DEPS and TEST_DEPS at the releases their dep_ lines pin; a local folder is left out", () => {
    expect(readErlangMk(makefile)).toEqual([
      { name: "cowboy", version: "2.12.0", dev: false, line: 10 },
      { name: "jsx", version: "3.1.0", dev: false, line: 10 },
      { name: "epgsql", version: "4.7.1", dev: false, line: 10 },
      { name: "eredis", dev: false, line: 10 },
      { name: "ct_helper", dev: true, line: 18 },
      { name: "meck", dev: true, line: 18 },
    ]);
  });

  it("names an erlang.mk service's tools: Cowboy at its pinned release, PostgreSQL, Redis, Erlang", async () => {
    const { document, warnings } = await scan(new MemorySource({ Makefile: makefile, "src/chat_server_app.erl": "-module(chat_server_app).\n" }), { git: false });
    expect(warnings).toEqual([]);
    expect(tool(document.tools, "Cowboy")).toMatchObject({ version: "2.12.0", detection_source: "Makefile" });
    for (const name of ["PostgreSQL", "Redis", "Erlang"]) expect(tool(document.tools, name), name).toBeDefined();
    expect(tool(document.tools, "PostgreSQL")).toBeDefined();
    expect(tool(document.tools, "PostgreSQL")?.version).toBeUndefined();
  });
});
