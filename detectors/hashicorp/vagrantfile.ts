import { textLines } from "../../src/kit.js";

export interface VagrantUse {
  /** Providers the machines run on (`virtualbox`, `docker`, `hyperv`), with their line. */
  providers: Array<{ name: string; line: number }>;
  /** Provisioners that set them up (`ansible_local`, `chef_solo`, `docker`), with their line. */
  provisioners: Array<{ name: string; line: number }>;
  /** The boxes the machines boot (`ubuntu/jammy64`, `bento/debian-12`), lower-cased, with their line. */
  boxes: Array<{ name: string; line: number }>;
}

/**
 * A Vagrantfile, read as text (it is Ruby, never run): `config.vm.provider "virtualbox"` (or
 * `:virtualbox`) and `config.vm.provision "ansible"`, where a named provisioner's `type:` says which
 * it is (`config.vm.provision "setup", type: "shell"`), and `config.vm.box = "ubuntu/jammy64"`.
 * Commented lines are skipped.
 */
export function readVagrantfile(text: string): VagrantUse {
  const use: VagrantUse = { providers: [], provisioners: [], boxes: [] };
  // A bracket is optional after a space run, never between two (`\s*\(?\s*` tried every split of
  // 50,000 spaces before no name: seconds for one line).
  textLines(text).forEach((raw, i) => {
    const line = raw.replace(/^\s+/, "");
    if (line.startsWith("#")) return;
    const provider = /\.vm\.provider\s*(?:\(\s*)?[:"']([\w-]+)/.exec(line);
    if (provider) use.providers.push({ name: provider[1]!.toLowerCase(), line: i + 1 });
    const box = /\.vm\.box\s*=\s*["']([\w./-]+)["']/.exec(line);
    if (box) use.boxes.push({ name: box[1]!.toLowerCase(), line: i + 1 });
    const provision = /\.vm\.provision\s*(?:\(\s*)?[:"']([\w-]+)["']?(.*)$/.exec(line);
    if (provision) {
      const type = /(?:\btype:\s*|:type\s*=>\s*)[:"']([\w-]+)/.exec(provision[2]!)?.[1];
      use.provisioners.push({ name: (type ?? provision[1]!).toLowerCase(), line: i + 1 });
    }
  });
  return use;
}
