import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// Hosted services named by their own SDKs in each registry's manifest, in the shapes real apps
// write them. Closed hosted services take no version from an SDK; a client numbered on its own
// (`~`) names its tool without one.
const scanned = async (files: Record<string, string>) => (await scan(new MemorySource(files), { git: false, disable: ["languages"] })).document;
const toolsOf = async (files: Record<string, string>) => new Map((await scanned(files)).tools.filter((t) => !t.package_url).map((t) => [t.name, t]));

describe("hosted services named by their official SDKs across registries", () => {
  it("a Rails app's Adyen and Clerk gems name the services, without a version", async () => {
    const gemfile = 'source "https://rubygems.org"\ngem "rails", "~> 7.1.2"\ngem "adyen-ruby-api-library"\ngem "clerk-sdk-ruby", require: "clerk"\n';
    const lock = [
      "GEM", "  remote: https://rubygems.org/", "  specs:",
      "    adyen-ruby-api-library (7.1.1)", "      faraday",
      "    clerk-sdk-ruby (3.2.0)", "      faraday (>= 1.4.1, < 3.0)",
      "    rails (7.1.2)", "",
      "PLATFORMS", "  x86_64-linux", "",
      "DEPENDENCIES", "  adyen-ruby-api-library", "  clerk-sdk-ruby", "  rails (~> 7.1.2)", "",
    ].join("\n");
    const tools = await toolsOf({ Gemfile: gemfile, "Gemfile.lock": lock });
    expect(tools.get("Adyen")?.version).toBeUndefined();
    expect(tools.get("Adyen")?.category).toBe("Payments");
    expect(tools.has("Clerk")).toBe(true);
    expect(tools.get("Clerk")?.version).toBeUndefined();
  });

  it("a Laravel app's Okta, Sanity and DiscordPHP packages name their services; Sanity's client gives it no version", async () => {
    const composer = JSON.stringify({
      name: "acme/shop",
      require: { php: "^8.1", "laravel/framework": "^10.10", "okta/jwt-verifier": "^1.4", "sanity/sanity-php": "^1.5", "team-reflex/discord-php": "^10.0" },
    });
    const lock = JSON.stringify({
      packages: [
        { name: "laravel/framework", version: "v10.35.0" },
        { name: "okta/jwt-verifier", version: "v1.4.0" },
        { name: "sanity/sanity-php", version: "v1.5.1" },
        { name: "team-reflex/discord-php", version: "v10.0.0" },
      ],
      "packages-dev": [],
    });
    const document = await scanned({ "composer.json": composer, "composer.lock": lock });
    const tools = new Map(document.tools.filter((t) => !t.package_url).map((t) => [t.name, t]));
    expect(tools.has("Okta")).toBe(true);
    expect(tools.has("Sanity")).toBe(true);
    expect(tools.get("Sanity")?.version).toBeUndefined();
    expect(tools.has("Discord")).toBe(true);
    expect(document.tools.find((t) => t.package_url && t.name === "sanity/sanity-php")?.version).toBe("1.5.1");
  });

  it("a Go service's SDK modules name Honeybadger, Amplitude, Intercom, Braintree, Auth0, Okta, Clerk, Cloudinary, LaunchDarkly and Pinecone", async () => {
    const gomod = [
      "module github.com/acme/billing-svc", "", "go 1.21", "", "require (",
      "\tgithub.com/honeybadger-io/honeybadger-go v0.5.0",
      "\tgithub.com/amplitude/analytics-go v1.0.1",
      "\tgopkg.in/intercom/intercom-go.v2 v2.0.0-20210120153818-3f4a4b1ab9b8",
      "\tgithub.com/braintree-go/braintree-go v0.23.0",
      "\tgithub.com/auth0/go-auth0 v1.3.0",
      "\tgithub.com/okta/okta-sdk-golang/v2 v2.20.0",
      "\tgithub.com/clerk/clerk-sdk-go/v2 v2.0.0",
      "\tgithub.com/cloudinary/cloudinary-go/v2 v2.6.0",
      "\tgithub.com/launchdarkly/go-server-sdk/v7 v7.0.0",
      "\tgithub.com/pinecone-io/go-pinecone v0.4.1",
      ")", "",
    ].join("\n");
    const tools = await toolsOf({ "go.mod": gomod });
    for (const name of ["Honeybadger", "Amplitude", "Intercom", "Braintree", "Auth0", "Okta", "Clerk", "Cloudinary", "LaunchDarkly", "Pinecone"]) {
      expect(tools.has(name), name).toBe(true);
    }
    expect(tools.get("Honeybadger")).toBeDefined();
    expect(tools.get("Honeybadger")?.version).toBeUndefined();
    // the site versions Pinecone (not a closed hosted service in its data) from its SDK
    expect(tools.get("Pinecone")?.version).toBe("0.4.1");
    // LaunchDarkly's SDK before v6 lived on gopkg.in
    const old = await toolsOf({ "go.mod": "module example.com/flags\n\ngo 1.19\n\nrequire gopkg.in/launchdarkly/go-server-sdk.v5 v5.10.1\n" });
    expect(old.has("LaunchDarkly")).toBe(true);
  });

  it("a .NET API's PostHog, Segment, Clerk and Pinecone packages name the services", async () => {
    const csproj = `<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>
  <ItemGroup>
    <PackageReference Include="PostHog.AspNetCore" Version="1.0.0" />
    <PackageReference Include="Segment.Analytics.CSharp" Version="2.3.4" />
    <PackageReference Include="Clerk.BackendAPI" Version="0.5.0" />
    <PackageReference Include="Pinecone.Client" Version="2.1.0" />
  </ItemGroup>
</Project>
`;
    const tools = await toolsOf({ "Api/Api.csproj": csproj });
    for (const name of ["PostHog", "Segment", "Clerk", "Pinecone"]) expect(tools.has(name), name).toBe(true);
    expect(tools.get("Segment")).toBeDefined();
    expect(tools.get("Segment")?.version).toBeUndefined();
  });

  it("a Spring service's Honeybadger, Mixpanel, PostHog, Clerk and Pinecone artifacts name the services", async () => {
    const dep = (g: string, a: string, v: string) => `    <dependency><groupId>${g}</groupId><artifactId>${a}</artifactId><version>${v}</version></dependency>\n`;
    const pom = `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.acme</groupId>
  <artifactId>payments</artifactId>
  <version>0.0.1-SNAPSHOT</version>
  <dependencies>
${dep("io.honeybadger", "honeybadger-java", "2.1.0")}${dep("com.mixpanel", "mixpanel-java", "1.5.2")}${dep("com.posthog.java", "posthog", "1.1.1")}${dep("com.clerk", "backend-api", "0.2.0")}${dep("io.pinecone", "pinecone-client", "1.0.0")}  </dependencies>
</project>
`;
    const tools = await toolsOf({ "pom.xml": pom });
    for (const name of ["Honeybadger", "Mixpanel", "PostHog", "Clerk", "Pinecone"]) expect(tools.has(name), name).toBe(true);
    expect(tools.get("Mixpanel")).toBeDefined();
    expect(tools.get("Mixpanel")?.version).toBeUndefined();
  });

  // pub plugins named apart from their service are package entries (pub-plugins-apart-rule.test.ts): named only on request.
  it("a Flutter app's Rollbar, Ably, Cloudinary, Optimizely and Adyen plugins name the services only when every tool is asked for", async () => {
    const pubspec = [
      "name: shop_app", "environment:", "  sdk: '>=3.1.0 <4.0.0'", "dependencies:", "  flutter:", "    sdk: flutter",
      "  rollbar_flutter: ^1.3.1", "  ably_flutter: ^1.2.27", "  cloudinary_flutter: ^1.1.0", "  optimizely_flutter_sdk: ^2.0.0", "  adyen_checkout: ^1.0.0", "",
    ].join("\n");
    const tools = await toolsOf({ "pubspec.yaml": pubspec });
    for (const name of ["Rollbar", "Ably", "Cloudinary", "Optimizely", "Adyen"]) expect(tools.has(name), name).toBe(false);
    const all = (await scan(new MemorySource({ "pubspec.yaml": pubspec }), { git: false, disable: ["languages"], allTools: true })).document;
    for (const name of ["Rollbar", "Ably", "Cloudinary", "Optimizely", "Adyen"]) expect(all.tools.some((t) => t.name === name && !t.package_url), name).toBe(true);
  });

  it("an iOS app's LogRocket, Ably, Segment (Analytics) and PayPal pods name the services", async () => {
    const podfile = "platform :ios, '15.0'\nuse_frameworks!\n\ntarget 'Shop' do\n  pod 'LogRocket', '~> 1.28'\n  pod 'Ably', '~> 1.2'\n  pod 'Analytics', '~> 4.1'\n  pod 'PayPalCheckout', '~> 1.2'\nend\n";
    const tools = await toolsOf({ Podfile: podfile });
    for (const name of ["LogRocket", "Ably", "Segment", "PayPal"]) expect(tools.has(name), name).toBe(true);
  });

  it("a React Native app's @logrocket/react-native names LogRocket", async () => {
    const pkg = JSON.stringify({ name: "shop", version: "1.0.0", dependencies: { "react-native": "0.72.6", "@logrocket/react-native": "^1.27.0" } });
    expect((await toolsOf({ "package.json": pkg })).has("LogRocket")).toBe(true);
  });
});

describe("Supabase's helper packages", () => {
  it("name Supabase without their own 0.x; supabase-js still versions it", async () => {
    const helpers = JSON.stringify({ name: "web", dependencies: { next: "14.0.4", "@supabase/ssr": "0.0.10", "@supabase/auth-ui-react": "0.4.6" } });
    const tools = await toolsOf({ "package.json": helpers });
    expect(tools.has("Supabase")).toBe(true);
    expect(tools.get("Supabase")?.version).toBeUndefined();
    const client = JSON.stringify({ name: "web", dependencies: { "@supabase/ssr": "0.0.10", "@supabase/supabase-js": "2.39.0" } });
    expect((await toolsOf({ "package.json": client })).get("Supabase")?.version).toBe("2.39.0");
  });
});

describe("Android apps' vendor SDK groups", () => {
  it("New Relic, LogRocket, PayPal, Adyen, Twilio and Clerk by their Android artifacts", async () => {
    const app = `plugins { id 'com.android.application' }
android { namespace 'com.acme.shop'; compileSdk 34 }
dependencies {
    implementation 'com.newrelic.agent.android:android-agent:7.2.0'
    implementation 'com.logrocket:logrocketsdk:1.17.0'
    implementation 'com.paypal.checkout:android-sdk:1.2.1'
    implementation 'com.adyen.checkout:drop-in:5.1.0'
    implementation 'com.twilio:video-android:7.6.0'
    implementation 'com.clerk:clerk-android:0.1.24'
}
`;
    const tools = await toolsOf({ "settings.gradle": "rootProject.name = 'Shop'\ninclude ':app'\n", "app/build.gradle": app });
    for (const name of ["New Relic", "LogRocket", "PayPal", "Adyen", "Twilio", "Clerk"]) {
      expect(tools.has(name), name).toBe(true);
      expect(tools.get(name), name).toBeDefined();
      expect(tools.get(name)?.version, name).toBeUndefined();
    }
  });
});

describe("Swift packages of hosted services", () => {
  it("ably-cocoa names Ably and segmentio/analytics-swift names Segment", async () => {
    const manifest = `// swift-tools-version:5.9
import PackageDescription
let package = Package(
    name: "ShopKit",
    dependencies: [
        .package(url: "https://github.com/ably/ably-cocoa.git", from: "1.2.24"),
        .package(url: "https://github.com/segmentio/analytics-swift.git", from: "1.5.0"),
    ],
    targets: [.target(name: "ShopKit", dependencies: [])]
)
`;
    const tools = await toolsOf({ "Package.swift": manifest });
    expect(tools.has("Ably")).toBe(true);
    expect(tools.has("Segment")).toBe(true);
  });
});

describe("Rust crates of hosted services", () => {
  it("launchdarkly-server-sdk names LaunchDarkly and posthog-rs PostHog", async () => {
    const manifest = '[package]\nname = "ops-bot"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nlaunchdarkly-server-sdk = "2.0"\nposthog-rs = "0.2"\n';
    const tools = await toolsOf({ "Cargo.toml": manifest });
    expect(tools.has("LaunchDarkly")).toBe(true);
    expect(tools.get("LaunchDarkly")?.version).toBeUndefined();
    expect(tools.has("PostHog")).toBe(true);
  });
});

describe("PyPI SDKs of hosted services", () => {
  it("a Django project's Algolia, Datadog, Contentful, LaunchDarkly, Mailgun and Okta packages name the services", async () => {
    const requirements = [
      "Django==4.2.7", "algoliasearch-django==3.0.0", "datadog-api-client==2.20.0", "contentful-management==2.13.1",
      "ldclient-py==6.13.3", "mailgun==1.0.0", "okta-jwt-verifier==0.2.5", "",
    ].join("\n");
    const tools = await toolsOf({ "requirements.txt": requirements });
    for (const name of ["Algolia", "Datadog", "Contentful", "LaunchDarkly", "Mailgun", "Okta"]) {
      expect(tools.has(name), name).toBe(true);
      expect(tools.get(name), name).toBeDefined();
      expect(tools.get(name)?.version, name).toBeUndefined();
    }
  });
});

describe("npm SDKs of hosted services beyond the first keyed", () => {
  it("Stripe, Twilio, Ably, Algolia, Auth0, Braintree, Cloudinary, Pusher and Rollbar by their other official packages", async () => {
    const pkg = JSON.stringify({
      name: "storefront",
      dependencies: {
        "@stripe/terminal-js": "^0.16.0", "@twilio/video-processors": "^2.1.0", "@ably/chat": "^0.2.1", "@algolia/autocomplete-preset-algolia": "^1.12.2",
        "@auth0/auth0-vue": "^2.3.3", "braintree-web-drop-in": "^1.41.0", "cloudinary-react": "^1.8.1", "@pusher/push-notifications-web": "^1.1.0",
        "@rollbar/react": "^0.11.2",
      },
    });
    const tools = await toolsOf({ "package.json": pkg });
    for (const name of ["Stripe", "Twilio", "Ably", "Algolia", "Auth0", "Braintree", "Cloudinary", "Pusher", "Rollbar"]) {
      expect(tools.has(name), name).toBe(true);
      expect(tools.get(name), name).toBeDefined();
      expect(tools.get(name)?.version, name).toBeUndefined();
    }
  });
});

describe("NuGet clients of Claude's API", () => {
  it("Anthropic and Anthropic.SDK name Claude without a version", async () => {
    for (const id of ["Anthropic", "Anthropic.SDK"]) {
      const csproj = `<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>\n  <ItemGroup>\n    <PackageReference Include="${id}" Version="10.1.0" />\n  </ItemGroup>\n</Project>\n`;
      const tools = await toolsOf({ "Bot/Bot.csproj": csproj });
      expect(tools.has("Claude"), id).toBe(true);
      expect(tools.get("Claude")?.version, id).toBeUndefined();
    }
  });
});

describe("Segment in Flutter and Sanity in Go", () => {
  it("segment_analytics is a package entry naming no Segment (pub-plugins-apart-rule.test.ts); sanity-io/client-go names Sanity without its release", async () => {
    const pubspec = "name: app\nenvironment:\n  sdk: '>=3.0.0 <4.0.0'\ndependencies:\n  flutter:\n    sdk: flutter\n  segment_analytics: ^1.1.6\n";
    expect((await toolsOf({ "pubspec.yaml": pubspec })).has("Segment")).toBe(false);
    const tools = await toolsOf({ "go.mod": "module example.com/cms\n\ngo 1.21\n\nrequire github.com/sanity-io/client-go v0.0.0-20230101000000-abcdefabcdef\n" });
    expect(tools.has("Sanity")).toBe(true);
    expect(tools.get("Sanity")?.version).toBeUndefined();
  });
});
