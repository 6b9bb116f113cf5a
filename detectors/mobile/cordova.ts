import type { DetectContext } from "../../src/types.js";

/**
 * config.xml of an Apache Cordova project (Ionic 1-3 apps and PhoneGap's too): the W3C widget
 * document Cordova's CLI writes, `<widget xmlns="http://www.w3.org/ns/widgets" xmlns:cdv=...>`.
 * Other projects' config.xml (a Magento module's, an Android app's res/xml/config.xml of another
 * kind) are no widget document and name nothing. PhoneGap Build's declares its own namespace
 * (`xmlns:gap="http://phonegap.com/ns/1.0"`): that project is PhoneGap's. The `<engine>` specs
 * are the platforms' releases (cordova-android 12), not a release of Cordova itself.
 * Cordova requires the widget's `id` (the app's reverse-domain identifier): Capacitor writes a
 * widget document without one for its Cordova-plugin layer (android/app/src/main/res/xml/config.xml,
 * ios/App/App/config.xml, which many Capacitor apps commit), and that file is no Cordova project's.
 */
export async function extractCordovaConfig(ctx: DetectContext, file: string): Promise<void> {
  const text = (await ctx.text(file)) ?? "";
  const widget = firstTag(text);
  if (!widget || !widget.includes("http://www.w3.org/ns/widgets") || !/\sid\s*=\s*["']/.test(widget)) return;
  if (/\bxmlns:gap\s*=\s*["']http:\/\/phonegap\.com\/ns\/1\.0["']/.test(widget)) ctx.report({ ref: "hybrid-project:phonegap", file });
  else if (widget.includes("http://cordova.apache.org/ns/1.0") || namesEngineOrPlugin(text)) ctx.report({ ref: "hybrid-project:cordova", file });
}

/**
 * The first `<widget ...>` tag, as `/<widget\b[^>]*>/` finds it, in one pass: that pattern read on
 * to the end from each `<widget` left unclosed (100,000 of them: minutes).
 */
function firstTag(text: string): string | undefined {
  const at = text.search(/<widget\b/);
  const close = at < 0 ? -1 : text.indexOf(">", at);
  return close < 0 ? undefined : text.slice(at, close + 1);
}

/**
 * Whether an `<engine>` or `<plugin>` tag has a `name=` before its `>`, as
 * `/<(?:engine|plugin)\s[^>]*\bname\s*=/` tells, in one pass over the openers, `>`s and `name=`s
 * in order: that pattern read on to the next `>` from each opener.
 */
function namesEngineOrPlugin(text: string): boolean {
  let open = false;
  for (const m of text.matchAll(/<(?:engine|plugin)\s|>|\bname\s*=/g)) {
    if (m[0] === ">") open = false;
    else if (m[0].startsWith("<")) open = true;
    else if (open) return true;
  }
  return false;
}
