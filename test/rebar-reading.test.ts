import { describe, expect, it } from "vitest";
import { readRebarConfig, readRebarLock } from "../detectors/elixir/rebar.js";

// readRebarConfig and readRebarLock called alone on the shapes rebar3 projects write: comments and
// strings holding `%`, `.` and quotes, character literals, every source kind rebar3 and its plugins
// take, tags that are and are not releases, and a lockfile wrapped as rebar3 prints long entries.

describe("readRebarConfig: what the term reader must step over", () => {
  it("reads the terms around comments, strings holding % and escaped quotes, and character literals", () => {
    const config = [
      "{erl_opts, [debug_info, {d, 'PCT', $%}, {d, 'QUOTE', $\\\"}]}.",
      '{escript_emu_args, "%%! -escript main chat_cli -env ERL_FLAGS \\"+S 2\\"\\n"}.',
      "%% Hex packages; git sources below.",
      '{deps, [{cowboy, "2.12.0"}, jsx]}.',
      "%% the oldest OTP the release runs on",
      '{minimum_otp_vsn, "25"}.',
    ].join("\n");
    expect(readRebarConfig(config)).toEqual({ minimumOtp: "25", problems: [], deps: [{ name: "cowboy", requirement: "2.12.0" }, { name: "jsx" }] });
  });

  it("reads a last term closed at the end of a file without a line end, and a comment there", () => {
    expect(readRebarConfig('{deps, [recon]}.').deps).toEqual([{ name: "recon" }]);
    expect(readRebarConfig('{deps, [recon]}.\n% end').deps).toEqual([{ name: "recon" }]);
  });
});

describe("readRebarConfig: sources and releases", () => {
  it("reads each source rebar3 fetches from a repository, and leaves out another resource's", () => {
    const config = `{deps, [
    {eredis_cluster, {git_subdir, "https://github.com/Nordix/eredis_cluster.git", {tag, "0.9.0"}, "apps/eredis_cluster"}},
    {meck, {hg, "https://hg.example.org/meck", {tag, "0.8.13"}}},
    {jiffy, {raw, {git, "https://github.com/davisp/jiffy.git", {tag, "1.1.1"}}}},
    {jsx, {git, "https://github.com/talentdeficit/jsx.git"}},
    {lager, ".*", {git, "https://github.com/erlang-lager/lager.git", {tag, "3.9.2"}}, [raw]}
]}.
`;
    expect(readRebarConfig(config).deps).toEqual([
      { name: "eredis_cluster", vcs: true, tag: "0.9.0" },
      { name: "meck", vcs: true, tag: "0.8.13" },
      { name: "jsx", vcs: true },
      { name: "lager", vcs: true, tag: "3.9.2" },
    ]);
  });

  it("takes a tag of numbers as the release, two-digit parts too, and no other tag or a branch", () => {
    const git = (ref: string) => `{deps, [{x, {git, "https://github.com/acme/x.git", ${ref}}}]}.\n`;
    expect(readRebarConfig(git('{tag, "v12.0.1"}')).deps).toEqual([{ name: "x", vcs: true, tag: "12.0.1" }]);
    for (const ref of ['{tag, "release-1.2.0"}', '{tag, "1.2.0-rc1"}', '{tag, "stable"}', '{branch, "2.0"}', '{ref, "4bd1bd1"}']) {
      expect(readRebarConfig(git(ref)).deps).toEqual([{ name: "x", vcs: true }]);
    }
  });

  it("keeps a dependency listed twice once, and no `pkg` naming the application itself", () => {
    const config = '{deps, [{cowboy, "2.12.0", {pkg, cowboy}}, {ranch, "1.8.0"}, {cowboy, "2.10.0"}]}.\n';
    expect(readRebarConfig(config).deps).toEqual([
      { name: "cowboy", requirement: "2.12.0" },
      { name: "ranch", requirement: "1.8.0" },
    ]);
  });

  it("reads nothing from terms rebar3 would refuse, and does not fail on them", () => {
    const config = ["{deps}.", "{profiles}.", "{minimum_otp_vsn}.", "{profiles, [test, {prod}]}.", '{deps, ["cowboy", {<<"ranch">>, "1.8.0"}, {kafka, "3.17.1", {pkg}}, {recon, "2.5.5"}]}.', ""].join("\n");
    expect(readRebarConfig(config)).toEqual({ problems: [], deps: [{ name: "recon", requirement: "2.5.5" }] });
  });
});

describe("readRebarLock: entries rebar3 wraps", () => {
  it("reads a package entry printed over three lines, as rebar3 prints one longer than a line", () => {
    const lock = `{"1.2.0",
[{<<"opentelemetry_semantic_conventions">>,
  {pkg,<<"opentelemetry_semantic_conventions">>,<<"0.2.0">>},
  0},
 {<<"telemetry">>,{pkg,<<"telemetry">>,<<"1.2.1">>},1}]}.
`;
    expect([...readRebarLock(lock)]).toEqual([
      ["opentelemetry_semantic_conventions", { registryName: "opentelemetry_semantic_conventions", version: "0.2.0" }],
      ["telemetry", { registryName: "telemetry", version: "1.2.1" }],
    ]);
  });
});
