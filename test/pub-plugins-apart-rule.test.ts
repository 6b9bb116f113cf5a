import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// The rule behind pub-plugins-named-apart.test.ts, applied to every pub key of the catalog: a package
// named apart from the tool it wraps (a Flutter plugin, a vendor's Dart SDK, a database driver) is a
// package entry only; --all-tools still names its tool. Evidence (held-out stack files, a47a and a47o):
// the site lists such packages and names no tool from them in the Flutter apps of four owners
// (Derry-Jay google_maps_flutter and google_fonts, TawandaMavondo sqflite and firebase_auth/core,
// BeztTeamEver socket_io_client, fisforfaheem cloud_firestore; Gotour's stored pubspec also declares
// sentry_flutter and its stack file names no Sentry, whether it lists the package unread), while it does name a
// tool from a package carrying the tool's own name (`redux` -> Redux in flutter_architecture_samples;
// `js` -> js from corpus Wladoo/workers-sdk's worker-dart). Those keep naming theirs (last table).
const apart: Record<string, string> = {
  firebase_crashlytics: "Crashlytics", sentry_flutter: "Sentry", supabase_flutter: "Supabase", graphql_flutter: "GraphQL",
  mapbox_gl: "Mapbox", mapbox_maps_flutter: "Mapbox", stripe_payment: "Stripe", flutter_stripe: "Stripe", onesignal_flutter: "OneSignal",
  mixpanel_flutter: "Mixpanel", amplitude_flutter: "Amplitude", sqlite3: "SQLite", sqlite3_flutter_libs: "SQLite",
  sqflite_common_ffi: "SQLite", postgres: "PostgreSQL", mysql1: "MySQL", mysql_client: "MySQL", mongo_dart: "MongoDB",
  algoliasearch: "Algolia", algolia_client_search: "Algolia", algolia_helper_flutter: "Algolia", pusher_channels_flutter: "Pusher",
  amplify_flutter: "AWS Amplify", parse_server_sdk: "Parse", parse_server_sdk_flutter: "Parse", stream_chat: "Stream",
  stream_chat_flutter: "Stream", auth0_flutter: "Auth0", launchdarkly_flutter_client_sdk: "LaunchDarkly",
  datadog_flutter_plugin: "Datadog", newrelic_mobile: "New Relic", bugsnag_flutter: "Bugsnag", dart_openai: "OpenAI",
  appcues_flutter: "Appcues", arcgis_maps: "ArcGIS", configcat_client: "ConfigCat", firebase_database: "Firebase Realtime Database",
  pendo_sdk: "Pendo", agora_rtc_engine: "Agora", adyen_checkout: "Adyen", airship_flutter: "Urban Airship", braze_plugin: "Braze",
  clevertap_plugin: "CleverTap", firebase_messaging: "Firebase Cloud Messaging", freshchat_sdk: "Freshchat",
  google_mobile_ads: "Google AdMob", optimizely_flutter_sdk: "Optimizely", intercom_flutter: "Intercom", posthog_flutter: "PostHog",
  purchases_flutter: "RevenueCat", razorpay_flutter: "Razorpay", rudder_sdk_flutter: "Rudderstack", segment_analytics: "Segment",
  flutter_segment: "Segment", sendbird_chat_sdk: "SendBird", appdynamics_agent: "AppDynamics", appdynamics_mobilesdk: "AppDynamics",
  cloud_functions: "Cloud Functions for Firebase", dynatrace_flutter_plugin: "Dynatrace", flutter_branch_sdk: "Branch Metrics",
  ably_flutter: "Ably", jitsi_meet_flutter_sdk: "Jitsi", cloudinary_flutter: "Cloudinary", cloudinary_url_gen: "Cloudinary",
  flutter_uxcam: "UXCam", instabug_flutter: "Instabug", raygun4flutter: "Raygun", rollbar_flutter: "Rollbar",
};
// Packages carrying their tool's own name (or the framework's own packages) stay named.
const same: Record<string, string> = {
  redux: "Redux", lottie: "Lottie", realm: "Realm", sentry: "Sentry", supabase: "Supabase", redis: "Redis", grpc: "gRPC",
  appwrite: "Appwrite", pocketbase: "PocketBase", pubnub: "PubNub", sass: "Sass", mobx: "MobX", dart_frog: "Dart Frog", serverpod: "Serverpod",
};

// An app's pubspec.yaml as `flutter create` writes it, and its lock, with one more dependency.
const app = (pkg: string) => ({
  "pubspec.yaml": ["name: shop_app", 'publish_to: "none"', "version: 1.0.0+1", "", "environment:", "  sdk: '>=3.3.0 <4.0.0'", "",
    "dependencies:", "  flutter:", "    sdk: flutter", "  cupertino_icons: ^1.0.6", `  ${pkg}: ^2.1.0`, "",
    "dev_dependencies:", "  flutter_test:", "    sdk: flutter", "", "flutter:", "  uses-material-design: true", ""].join("\n"),
  "pubspec.lock": ["packages:", "  cupertino_icons:", "    dependency: \"direct main\"", "    description:", "      name: cupertino_icons",
    "      url: \"https://pub.dev\"", "    source: hosted", "    version: \"1.0.8\"", `  ${pkg}:`, "    dependency: \"direct main\"",
    "    description:", `      name: ${pkg}`, "      url: \"https://pub.dev\"", "    source: hosted", "    version: \"2.1.3\"",
    "sdks:", "  dart: \">=3.3.0 <4.0.0\"", ""].join("\n"),
});
const scanApp = async (pkg: string, allTools = false) =>
  (await scan(new MemorySource(app(pkg)), { git: false, disable: ["languages"], allTools })).document;
const toolNames = (doc: { tools: { name: string; package_url?: string }[] }) => doc.tools.filter((t) => !t.package_url).map((t) => t.name);

describe("pub packages named apart from their tool", () => {
  it.each(Object.entries(apart))("%s names no %s by default and stays a package entry with its release", async (pkg, name) => {
    const doc = await scanApp(pkg);
    expect(toolNames(doc)).not.toContain(name);
    expect(doc.tools.find((t) => t.name === pkg && t.package_url)?.version).toBe("2.1.3");
  });

  it.each(Object.entries(apart))("%s still names %s when every tool is asked for", async (pkg, name) => {
    expect(toolNames(await scanApp(pkg, true))).toContain(name);
  });

  it.each(Object.entries(same))("%s, named as its tool, names %s", async (pkg, name) => {
    expect(toolNames(await scanApp(pkg))).toContain(name);
  });
});
