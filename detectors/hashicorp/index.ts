import type { Detector } from "../../src/types.js";
import { baseName } from "../../src/kit.js";
import { splitImage } from "../docker/dockerfile.js";
import { readVagrantfile } from "./vagrantfile.js";
import { readHclLines } from "./hcl-blocks.js";
import { imageVersion } from "../docker/image-version.js";

/**
 * HashiCorp's machine and job files, read as text: a Vagrantfile's providers, provisioners and
 * boxes (VirtualBox, Ansible, Ubuntu), a Packer template's builders and provisioners (`source "amazon-ebs"`:
 * Amazon EC2), and a Nomad job's task drivers and the images its tasks run (`redis:7.2`: Redis 7.2).
 * The files themselves name Vagrant, Packer and Nomad through the catalog's `file` globs.
 */
export const hashicorpDetector: Detector = {
  name: "hashicorp",
  files: ["Vagrantfile", "*.pkr.hcl", "*.nomad", "*.nomad.hcl"],
  async detect(ctx) {
    for (const file of ctx.files) {
      const text = await ctx.text(file);
      if (text === undefined) continue;
      if (baseName(file) === "Vagrantfile") {
        const use = readVagrantfile(text);
        for (const p of use.providers) ctx.report({ ref: `vagrant-provider:${p.name}`, file, line: p.line });
        for (const p of use.provisioners) ctx.report({ ref: `vagrant-provisioner:${p.name}`, file, line: p.line });
        for (const b of use.boxes) ctx.report({ ref: `vagrant-box:${b.name}`, file, line: b.line });
      } else if (file.endsWith(".pkr.hcl")) {
        for (const { block, line } of readHclLines(text)) {
          if (block?.[0] === "source") ctx.report({ ref: `packer-builder:${block[1].toLowerCase()}`, file, line });
          if (block?.[0] === "provisioner") ctx.report({ ref: `packer-provisioner:${block[1].toLowerCase()}`, file, line });
        }
      } else {
        for (const { attribute, line } of readHclLines(text)) {
          if (attribute?.[0] === "driver") ctx.report({ ref: `nomad-driver:${attribute[1].toLowerCase()}`, file, line });
          if (attribute?.[0] !== "image") continue;
          const image = splitImage(attribute[1]);
          if (image) ctx.report({ ref: `docker:${image.name}`, file, line, declared: image.tag, version: imageVersion(image.name, image.tag) });
        }
      }
    }
  },
};
