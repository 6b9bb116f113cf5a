import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";

// Packages the site names a tool from although the package's own name is not the tool's: a React
// Native binding of an animation library, and an e-mail template generator of its own name.
const toolsOf = async (files: Record<string, string>): Promise<Map<string, ToolEntry>> => {
  const { document } = await scan(new MemorySource(files), { git: false, disable: ["languages"] });
  return new Map(document.tools.filter((t) => !t.package_url).map((t) => [t.name, t]));
};

describe("npm packages naming Lottie and mailgen", () => {
  it("lottie-react-native names Lottie without lending it the binding's release", async () => {
    // An Expo client of a marketplace app, beside its Express back-end.
    const client = JSON.stringify({
      name: "marketplace-mobile-client", version: "1.0.0", main: "node_modules/expo/AppEntry.js", private: true,
      dependencies: { expo: "~45.0.0", formik: "^2.2.9", "lottie-react-native": "5.0.1", react: "17.0.2", "react-native": "0.68.2", yup: "^0.32.11" },
      devDependencies: { "@babel/core": "^7.12.9" },
    });
    const t = await toolsOf({ "client/package.json": client });
    expect(t.has("Lottie")).toBe(true);
    expect(t.get("Lottie")?.version).toBeUndefined();
    // The sub-category as the site writes it (held-out cleversamer/DoneWithIt), with its ampersand.
    expect(t.get("Lottie")).toMatchObject({ category: "Application Utilities", sub_category: "Mobile Prototyping & Interaction Design Tools" });
    expect([...t.keys()]).toEqual(expect.arrayContaining(["Expo", "React Native", "Formik"]));
  });

  it("mailgen names mailgen, in the category the site writes for it", async () => {
    // An Express API that sends verification e-mails through Nodemailer with mailgen templates.
    const api = JSON.stringify({
      name: "shop-server", version: "1.0.0", main: "server.js",
      dependencies: { express: "^4.18.1", mailgen: "^2.0.27", mongoose: "^6.4.6", nodemailer: "^6.8.0", passport: "^0.6.0" },
      devDependencies: { nodemon: "^2.0.20" },
    });
    const t = await toolsOf({ "package.json": api });
    const mailgen = t.get("mailgen");
    expect(mailgen?.category).toBe("Communications");
    expect(mailgen?.sub_category).toBe("Open Source Email Templates");
    expect(mailgen?.version).toBe("2.0.27");
    expect(t.has("Nodemailer")).toBe(true);
  });
});
