import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { elixirDetector } from "../detectors/elixir/index.js";
import { readRebarConfig, readRebarLock } from "../detectors/elixir/rebar.js";
import { byFile, detectorFindings } from "./detector-findings.js";
import { expectFinishesWithin } from "./work-budget.js";

// Erlang's rebar3 projects, as `rebar3 new release` and service authors write them: Hex packages
// by version, by bare atom, renamed with {pkg, ...}; git sources; a test profile; rebar.lock in the
// layout of rebar3 3.5 and later (a version header, then the package hashes).
const config = `%% -*- mode: erlang -*-
{erl_opts, [debug_info, {i, "include"}]}.
{minimum_otp_vsn, "25"}.

{deps, [
    {cowboy, "2.12.0"},            % the HTTP server
    {jsx, "~> 3.1"},
    {epgsql, "4.7.1"},
    {eredis, {git, "https://github.com/Nordix/eredis.git", {tag, "v1.7.1"}}},
    {lager, ".*", {git, "https://github.com/erlang-lager/lager.git", {branch, "master"}}},
    recon,
    {kafka, "3.17.1", {pkg, brod}},
    {'prometheus', "4.11.0"}
]}.

{relx, [{release, {chat, "0.1.0"}, [chat, sasl]},
        {sys_config, "./config/sys.config"},
        {vm_args, "./config/vm.args"}]}.

{profiles, [
    {prod, [{relx, [{mode, prod}]}]},
    {test, [{deps, [{meck, "0.9.2"}, {proper, "1.4.0"}, {eredis, "1.7.1"}]}]}
]}.

{plugins, [rebar3_hex, {rebar3_format, "1.3.0"}]}.
`;
const lock = `{"1.2.0",
[{<<"cowboy">>,{pkg,<<"cowboy">>,<<"2.12.0">>},0},
 {<<"cowlib">>,{pkg,<<"cowlib">>,<<"2.13.0">>},1},
 {<<"epgsql">>,{pkg,<<"epgsql">>,<<"4.7.1">>},0},
 {<<"eredis">>,
  {git,"https://github.com/Nordix/eredis.git",
       {ref,"4bd1bd1d5a2a4a5e2e2b1d54b2d3ca0c4a0c5a4e"}},
  0},
 {<<"jsx">>,{pkg,<<"jsx">>,<<"3.1.0">>},0},
 {<<"kafka">>,{pkg,<<"brod">>,<<"3.17.1">>},0},
 {<<"prometheus">>,{pkg,<<"prometheus">>,<<"4.11.0">>},0},
 {<<"ranch">>,{pkg,<<"ranch">>,<<"1.8.0">>},1},
 {<<"recon">>,{pkg,<<"recon">>,<<"2.5.5">>},0}]}.
[
{pkg_hash,[
 {<<"cowboy">>, <<"8A7ABE6D183372CEB21CAA2709BEC928AB2B72E18A3911AA1771639BEF82651E">>}]},
{pkg_hash_ext,[
 {<<"cowboy">>, <<"BB">>}]}
].
`;

describe("rebar3 (Erlang)", () => {
  it("reads rebar.config's Hex dependencies, top-level and per profile, and git sources (marked, at a release tag's release)", () => {
    expect(readRebarConfig(config)).toEqual({
      minimumOtp: "25",
      problems: [],
      deps: [
        { name: "cowboy", requirement: "2.12.0" },
        { name: "jsx", requirement: "~> 3.1" },
        { name: "epgsql", requirement: "4.7.1" },
        // a git source is the library all the same (eredis is the Redis client), at its tag's release; rebar2's ".*" is no requirement
        { name: "eredis", vcs: true, tag: "1.7.1" },
        { name: "lager", vcs: true },
        { name: "recon" },
        { name: "kafka", requirement: "3.17.1", hexName: "brod" },
        { name: "prometheus", requirement: "4.11.0" },
        { name: "meck", requirement: "0.9.2", profile: "test" },
        { name: "proper", requirement: "1.4.0", profile: "test" },
        { name: "eredis", requirement: "1.7.1", profile: "test" },
      ],
    });
  });

  it("reads rebar.lock's packages in both layouts (the bare list before rebar3 3.5), git entries left out", () => {
    expect([...readRebarLock(lock)].map(([app, p]) => `${app}=${p.registryName}@${p.version}`)).toEqual([
      "cowboy=cowboy@2.12.0", "cowlib=cowlib@2.13.0", "epgsql=epgsql@4.7.1", "jsx=jsx@3.1.0",
      "kafka=brod@3.17.1", "prometheus=prometheus@4.11.0", "ranch=ranch@1.8.0", "recon=recon@2.5.5",
    ]);
    expect([...readRebarLock('[{<<"cowboy">>,{pkg,<<"cowboy">>,<<"2.6.3">>},0}].\n')]).toEqual([["cowboy", { registryName: "cowboy", version: "2.6.3" }]]);
    expect(readRebarLock("[].\n").size).toBe(0);
  });

  it("reports hex: findings at the locked release, profile dependencies as development ones, and Erlang", async () => {
    const { findings, warnings } = await detectorFindings(elixirDetector, { "rebar.config": config, "rebar.lock": lock });
    expect(warnings).toEqual([]);
    expect(byFile(findings)).toEqual({
      "rebar.config": [
        // A bare atom and a quoted one have no `{name,` to find a line by.
        "hex:prometheus 4.11.0 ->4.11.0 (rebar.lock)",
        "hex:recon ->2.5.5 (rebar.lock)",
        "runtime:erlang 25",
        "hex:cowboy@6 2.12.0 ->2.12.0 (rebar.lock)",
        "hex:jsx@7 ~> 3.1 ->3.1.0 (rebar.lock)",
        "hex:epgsql@8 4.7.1 ->4.7.1 (rebar.lock)",
        // git sources: at the release a tag pins (`{tag, "v1.7.1"}`), a branch at none (the lock holds a commit)
        "hex:eredis@9 ->1.7.1",
        "hex:lager@10",
        "hex:brod@12 3.17.1 ->3.17.1 (rebar.lock)",
        // The test profile's eredis, on its own line (not the git source's above), is not locked.
        "hex:eredis@22 1.7.1 ->1.7.1 dev",
        "hex:meck@22 0.9.2 ->0.9.2 dev",
        "hex:proper@22 1.4.0 ->1.4.0 dev",
      ],
    });
  });

  it("a package rebar.lock installed that rebar.config does not declare is reported under its Hex name, not its app name", async () => {
    // brod (the Kafka client) pulled in by another dependency, locked under the app name `kafka`.
    const pulledIn = '[{<<"cowboy">>,{pkg,<<"cowboy">>,<<"2.12.0">>},0},\n {<<"kafka">>,{pkg,<<"brod">>,<<"3.17.1">>},1}].\n';
    const { findings } = await detectorFindings(elixirDetector, { "rebar.config": '{deps, [{cowboy, "2.12.0"}]}.\n', "rebar.lock": pulledIn });
    expect(findings.filter((f) => f.installed).map((f) => `${f.ref} ${f.version} ${f.versionFile}`)).toEqual(["hex:brod 3.17.1 rebar.lock"]);
  });

  it("names the tools of a rebar3 service: Erlang, Cowboy at rebar.lock's release, PostgreSQL, Kafka, Redis from a git source", async () => {
    const { document, warnings } = await scan(new MemorySource({ "rebar.config": config, "rebar.lock": lock, "src/chat_app.erl": "-module(chat_app).\n" }), { git: false });
    expect(warnings).toEqual([]);
    const tools = Object.fromEntries(document.tools.map((t) => [t.name, [t.version, t.detection_source, t.detection_source_url]]));
    expect(tools).toMatchObject({
      Erlang: [undefined, "Repo Metadata", "memory"],
      Cowboy: ["2.12.0", "rebar.config", "rebar.lock"],
      PostgreSQL: [undefined, "rebar.config", "rebar.config"],
      Kafka: [undefined, "rebar.config", "rebar.config"],
      Prometheus: [undefined, "rebar.config", "rebar.config"],
      Redis: [undefined, "rebar.config", "rebar.config"],
    });
  });

  it("warns about a rebar.config whose last term is left open, and still reads the terms before it", async () => {
    const { findings, warnings } = await detectorFindings(elixirDetector, { "rebar.config": '{deps, [{cowboy, "2.12.0"}]}.\n{relx, [{release, {x, "1"}\n' });
    expect(warnings).toEqual(["rebar.config: the last term has no closing full stop or an unclosed bracket"]);
    expect(byFile(findings)["rebar.config"]).toContain("hex:cowboy@1 2.12.0 ->2.12.0");
  });
});

describe("rebar.config's size", () => {
  it("30,000 dependencies are looked up by line in one pass over the text (each found from the start took seconds)", async () => {
    const config = "{deps, [\n" + Array.from({ length: 30_000 }, (_, i) => `    {dep${i}, "1.0.${i}"}`).join(",\n") + "\n]}.\n";
    const { findings } = await expectFinishesWithin(() => detectorFindings(elixirDetector, { "rebar.config": config }), 40);
    expect(findings.find((f) => f.ref === "hex:dep29999")?.line).toBe(30_001);
  });
});

describe("mix.exs's size", () => {
  it("30,000 dependencies are read and placed by line in one pass (each looked for from the start took 18 s)", async () => {
    const mix = "defmodule X.MixProject do\n  defp deps do\n    [\n" + Array.from({ length: 30_000 }, (_, i) => `      {:dep${i}, "~> 1.0"}`).join(",\n") + "\n    ]\n  end\nend\n";
    const { findings } = await expectFinishesWithin(() => detectorFindings(elixirDetector, { "mix.exs": mix }), 25);
    expect(findings.find((f) => f.ref === "hex:dep29999")?.line).toBe(30_003);
  });
});
