import type { DetectContext } from "../../src/types.js";

/**
 * config.xml of an Apache Cordova project (Ionic 1-3 apps and PhoneGap's too): the W3C widget
 * document Cordova's CLI writes, `<widget xmlns="http://www.w3.org/ns/widgets" xmlns:cdv=...>`.
 * Other projects' config.xml (a Magento module's, an Android app's res/xml/config.xml of another
 * kind) are no widget document and name nothing. PhoneGap Build's declares its own namespace
 * (`xmlns:gap="http://phonegap.com/ns/1.0"`): that project is PhoneGap's. The `<engine>` specs
 * are the platforms' releases (cordova-android 12), not a release of Cordova itself.
 */
export async function extractCordovaConfig(ctx: DetectContext, file: string): Promise<void> {
  const text = (await ctx.text(file)) ?? "";
  const widget = /<widget\b[^>]*>/.exec(text)?.[0];
  if (!widget || !widget.includes("http://www.w3.org/ns/widgets")) return;
  if (/\bxmlns:gap\s*=\s*["']http:\/\/phonegap\.com\/ns\/1\.0["']/.test(widget)) ctx.report({ ref: "hybrid-project:phonegap", file });
  else if (widget.includes("http://cordova.apache.org/ns/1.0") || /<(?:engine|plugin)\s[^>]*\bname\s*=/.test(text)) ctx.report({ ref: "hybrid-project:cordova", file });
}
