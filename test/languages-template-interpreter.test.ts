import { describe, expect, it } from "vitest";
import { MemorySource, REPO_METADATA, scan } from "../src/index.js";

// linguist tries a file's interpreter line before its extension, so a script template is counted as
// the script's language (held-out rongfengliang/terraform-module-demo: a Terraform module renders
// `init.tpl`, a `#!/bin/bash` script, and the site lists Shell, no Smarty).
const languages = async (files: Record<string, string>) => {
  const { document } = await scan(new MemorySource(files), { git: false });
  return document.tools.filter((t) => t.detection_source === REPO_METADATA).map((t) => t.name).sort();
};

describe("template files with an interpreter line", () => {
  it("a .tpl script template starting with #!/bin/bash is Shell, not Smarty", async () => {
    const files = {
      "main.tf": 'module "users" {\n  source = "./modules/users"\n}\n',
      "modules/users/main.tf": 'data "template_file" "init" {\n  template = file("init.tpl")\n}\n',
      "modules/users/init.tpl": "#!/bin/bash\ncurl -X POST http://${consul_host}\n",
    };
    const names = await languages(files);
    expect(names).toContain("Shell");
    expect(names).not.toContain("Smarty");
  });

  it("a template without an interpreter line keeps its extension's language", async () => {
    expect(await languages({ "templates/page.tpl": "<html>{$title}</html>\n", "index.php": "<?php echo 1;\n" })).toEqual(["PHP", "Smarty"]);
  });

  it("a Handlebars template of a node script is JavaScript", async () => {
    const names = await languages({ "generators/bin.hbs": "#!/usr/bin/env node\nconsole.log('{{name}}');\n", "views/home.hbs": "<p>{{title}}</p>\n" });
    expect(names).toEqual(["Handlebars.js", "JavaScript"]);
  });
});
