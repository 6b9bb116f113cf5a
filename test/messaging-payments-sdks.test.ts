import { describe, expect, it } from "vitest";
import { expectFinishesWithin } from "./work-budget.js";
import { MemorySource, scan } from "../src/index.js";

// Payment, e-mail, SMS, push and chat services named by their own SDKs (and Symfony's bridges to
// them) in each registry, as real apps declare them. Closed hosted services take no version.
const scanned = async (files: Record<string, string>) => (await scan(new MemorySource(files), { git: false, disable: ["languages"] })).document;
const toolsOf = async (files: Record<string, string>) => new Map((await scanned(files)).tools.filter((t) => !t.package_url).map((t) => [t.name, t]));

const npmLock = (deps: Record<string, string>) =>
  JSON.stringify({
    name: "app",
    lockfileVersion: 3,
    requires: true,
    packages: {
      "": { name: "app", dependencies: Object.fromEntries(Object.keys(deps).map((k) => [k, `^${deps[k]}`])) },
      ...Object.fromEntries(Object.entries(deps).map(([k, v]) => [`node_modules/${k}`, { version: v }])),
    },
  });

describe("messaging and payment services named by their own SDKs", () => {
  it("a React Native app's Stream, Sendbird, Plaid, Pusher, Chargebee and OneSignal packages name the services, without a version", async () => {
    const deps = {
      "react-native": "0.74.1",
      "stream-chat-expo": "5.30.1",
      "@sendbird/uikit-react-native": "3.5.4",
      "react-native-plaid-link-sdk": "11.10.1",
      "@pusher/pusher-websocket-react-native": "1.3.1",
      "@chargebee/chargebee-js-react-wrapper": "0.6.4",
      "onesignal-expo-plugin": "2.0.2",
    };
    const tools = await toolsOf({ "package.json": JSON.stringify({ name: "app", dependencies: Object.fromEntries(Object.entries(deps).map(([k, v]) => [k, `^${v}`])) }), "package-lock.json": npmLock(deps) });
    for (const name of ["Stream", "SendBird", "Plaid", "Pusher", "Chargebee", "OneSignal"]) {
      expect(tools.has(name), name).toBe(true);
      expect(tools.get(name), name).toBeDefined();
      expect(tools.get(name)?.version, name).toBeUndefined();
    }
    expect(tools.get("Chargebee")?.category).toBe("Payments");
  });

  it("Stream's scope and its Angular SDK name Stream; its general libraries' Maven group does not", async () => {
    const web = await toolsOf({ "package.json": JSON.stringify({ name: "web", dependencies: { "@stream-io/video-react-sdk": "^1.2.0", "stream-chat-angular": "^5.0.0" } }) });
    expect(web.has("Stream")).toBe(true);
    const android = await toolsOf({
      "settings.gradle": "rootProject.name = 'app'\n",
      "build.gradle": "dependencies {\n    implementation 'io.getstream:stream-webrtc-android:1.1.1'\n    implementation 'io.getstream:avatarview-coil:1.0.7'\n}\n",
    });
    expect(android.has("Stream")).toBe(false);
  });

  it("a Go service's modules name Stream, PubNub, MessageBird, OneSignal, SparkPost, Customer.io, Recurly, GoCardless and Mollie", async () => {
    const gomod = [
      "module github.com/acme/notify", "", "go 1.22", "", "require (",
      "\tgithub.com/GetStream/stream-chat-go/v6 v6.11.0",
      "\tgithub.com/pubnub/go/v7 v7.2.1",
      "\tgithub.com/messagebird/go-rest-api/v9 v9.1.1",
      "\tgithub.com/OneSignal/onesignal-go-api v1.2.2",
      "\tgithub.com/SparkPost/gosparkpost v0.2.0",
      "\tgithub.com/customerio/go-customerio/v3 v3.5.1",
      "\tgithub.com/recurly/recurly-client-go/v5 v5.0.0",
      "\tgithub.com/gocardless/gocardless-pro-go/v3 v3.9.0",
      "\tgithub.com/mollie/mollie-api-golang v0.4.0",
      ")", "",
    ].join("\n");
    const tools = await toolsOf({ "go.mod": gomod });
    for (const name of ["Stream", "PubNub", "MessageBird", "OneSignal", "SparkPost", "Customer.io", "Recurly", "GoCardless", "Mollie"]) {
      expect(tools.has(name), name).toBe(true);
      expect(tools.get(name), name).toBeDefined();
      expect(tools.get(name)?.version, name).toBeUndefined();
    }
  });

  it("a Rails app's Stream, OneSignal and Sendinblue gems and a Laravel app's Stream, PubNub and Mailchimp Transactional packages", async () => {
    const gemfile = 'source "https://rubygems.org"\ngem "rails", "~> 7.1.3"\ngem "stream-chat-ruby"\ngem "onesignal"\ngem "sib-api-v3-sdk"\n';
    const rails = await toolsOf({ Gemfile: gemfile });
    for (const name of ["Stream", "OneSignal", "SendinBlue"]) expect(rails.has(name), name).toBe(true);
    const composer = JSON.stringify({ require: { "laravel/framework": "^11.0", "get-stream/stream-chat": "^3.9", "pubnub/pubnub": "^6.3", "mailchimp/transactional": "^1.0" } });
    const laravel = await toolsOf({ "composer.json": composer });
    for (const name of ["Stream", "PubNub", "Mandrill"]) expect(laravel.has(name), name).toBe(true);
  });

  it("Maven and Gradle coordinates of Intercom's, Plaid's, SparkPost's, Sendinblue's, Recurly's, Stream's, Zendesk's and Crisp's SDKs", async () => {
    const dep = (g: string, a: string, v: string) => `<dependency><groupId>${g}</groupId><artifactId>${a}</artifactId><version>${v}</version></dependency>`;
    const pom = `<project><modelVersion>4.0.0</modelVersion><groupId>com.acme</groupId><artifactId>api</artifactId><version>1.0</version><dependencies>${[
      dep("io.intercom", "intercom-java", "2.8.2"),
      dep("com.plaid", "plaid-java", "21.0.0"),
      dep("com.sparkpost", "sparkpost-lib", "0.27"),
      dep("com.sendinblue", "sib-api-v3-sdk", "7.0.0"),
      dep("com.recurly.v3", "api-client", "4.52.0"),
      dep("io.getstream", "stream-chat-java", "1.21.0"),
    ].join("")}</dependencies></project>`;
    const server = await toolsOf({ "pom.xml": pom });
    for (const name of ["Intercom", "Plaid", "SparkPost", "SendinBlue", "Recurly", "Stream"]) expect(server.has(name), name).toBe(true);
    const android = await toolsOf({
      "settings.gradle": "rootProject.name = 'app'\n",
      "build.gradle": "dependencies {\n    implementation 'zendesk.messaging:messaging-android:2.18.0'\n    implementation 'im.crisp:crisp-sdk:2.0.3'\n    implementation 'com.plaid.link:sdk-core:4.4.1'\n}\n",
    });
    for (const name of ["Zendesk", "Crisp", "Plaid"]) expect(android.has(name), name).toBe(true);
    // com.zendesk also publishes Maxwell, the MySQL change-data-capture daemon: not the help desk
    const maxwell = await toolsOf({ "pom.xml": `<project><modelVersion>4.0.0</modelVersion><groupId>a</groupId><artifactId>b</artifactId><version>1</version><dependencies>${dep("com.zendesk", "mysql-binlog-connector-java", "0.29.2")}</dependencies></project>` });
    expect(maxwell.has("Zendesk")).toBe(false);
  });

  it("NuGet, pub and CocoaPods SDKs of Stream, Intercom, Sendinblue, PubNub, Zendesk and Crisp", async () => {
    const csproj = '<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup><ItemGroup><PackageReference Include="stream-chat-net" Version="2.5.0" /><PackageReference Include="Intercom.Dotnet.Client" Version="2.1.1" /><PackageReference Include="brevo_csharp" Version="1.0.0" /></ItemGroup></Project>';
    const dotnet = await toolsOf({ "Api/Api.csproj": csproj });
    for (const name of ["Stream", "Intercom", "SendinBlue"]) expect(dotnet.has(name), name).toBe(true);
    const flutter = await toolsOf({ "pubspec.yaml": "name: app\nenvironment:\n  sdk: '>=3.3.0 <4.0.0'\ndependencies:\n  flutter:\n    sdk: flutter\n  pubnub: ^4.3.4\n" });
    expect(flutter.has("PubNub")).toBe(true);
    const podfile = "platform :ios, '15.0'\ntarget 'App' do\n  pod 'PubNubSwift'\n  pod 'ZendeskSDKMessaging'\n  pod 'Crisp'\nend\n";
    const ios = await toolsOf({ Podfile: podfile });
    for (const name of ["PubNub", "Zendesk", "Crisp"]) expect(ios.has(name), name).toBe(true);
  });

  it("Paddle's Python SDK names Paddle", async () => {
    const tools = await toolsOf({ "requirements.txt": "Django==5.0.6\npaddle-python-sdk==0.2.2\n" });
    expect(tools.has("Paddle")).toBe(true);
    expect(tools.get("Paddle")?.version).toBeUndefined();
  });

  it("Symfony Notifier's and Mailer's bridges name the service each sends through, beside Symfony, numbered apart", async () => {
    const req = ["vonage-notifier", "one-signal-notifier", "message-bird-notifier", "plivo-notifier", "firebase-notifier", "mailjet-notifier", "resend-mailer", "mattermost-notifier", "microsoft-teams-notifier"];
    const composer = JSON.stringify({ require: { "symfony/framework-bundle": "7.0.*", ...Object.fromEntries(req.map((r) => [`symfony/${r}`, "7.0.*"])) } });
    const lock = JSON.stringify({ packages: [{ name: "symfony/framework-bundle", version: "v7.0.7" }, ...req.map((r) => ({ name: `symfony/${r}`, version: "v7.0.7" }))], "packages-dev": [] });
    const tools = await toolsOf({ "composer.json": composer, "composer.lock": lock });
    for (const name of ["Nexmo", "OneSignal", "MessageBird", "Plivo", "Firebase Cloud Messaging", "Mailjet", "Resend", "Mattermost", "Microsoft Teams"]) {
      expect(tools.has(name), name).toBe(true);
      expect(tools.get(name), name).toBeDefined();
      expect(tools.get(name)?.version, name).toBeUndefined();
    }
    expect(tools.get("Symfony")?.version).toBe("7.0.7");
  });

  it("MailCatcher from its gem and from a compose service's image, as MailHog from its own", async () => {
    const gemfile = 'source "https://rubygems.org"\ngem "rails", "~> 7.1.3"\ngroup :development do\n  gem "mailcatcher", require: false\nend\n';
    const lock = ["GEM", "  remote: https://rubygems.org/", "  specs:", "    mailcatcher (0.10.0)", "    rails (7.1.3)", "", "PLATFORMS", "  x86_64-linux", "", "DEPENDENCIES", "  mailcatcher", "  rails (~> 7.1.3)", ""].join("\n");
    const rails = await toolsOf({ Gemfile: gemfile, "Gemfile.lock": lock });
    expect(rails.get("MailCatcher")).toMatchObject({ version: "0.10.0", category: "Support, Sales, and Marketing", sub_category: "Email Testing" });
    const compose = "services:\n  app:\n    build: .\n  mail:\n    image: schickling/mailcatcher\n    ports:\n      - '1080:1080'\n  hog:\n    image: mailhog/mailhog:v1.0.1\n";
    const stack = await toolsOf({ "docker-compose.yml": compose });
    expect(stack.get("MailCatcher")?.detection_source).toBe("docker-compose.yml");
    expect(stack.get("MailHog")?.version).toBe("1.0.1");
  });
});

describe("the mail service a Django settings module sends through", () => {
  it("reads EMAIL_BACKEND and EMAIL_HOST literals, an environment lookup's default over several lines, and skips comments", async () => {
    const { readEmailSettings, isDjangoSettings } = await import("../detectors/python/django-settings.js");
    const text = [
      "import environ",
      "# EMAIL_BACKEND = \"anymail.backends.sendgrid.EmailBackend\"",
      "EMAIL_BACKEND = env(",
      "    \"DJANGO_EMAIL_BACKEND\",",
      "    default=\"anymail.backends.mailgun.EmailBackend\",  # production's",
      ")",
      "EMAIL_HOST = env(\"EMAIL_HOST\", default=\"SMTP.SendGrid.net\")",
      "EMAIL_HOST_USER = \"apikey\"",
      "EMAIL_BACKEND == 'not.an.assignment'",
    ].join("\n");
    expect(readEmailSettings(text)).toEqual([
      { kind: "backend", value: "anymail.backends.mailgun.EmailBackend", line: 3 },
      { kind: "host", value: "smtp.sendgrid.net", line: 7 },
    ]);
    expect(isDjangoSettings("mysite/settings.py")).toBe(true);
    expect(isDjangoSettings("config/settings/production.py")).toBe(true);
    expect(isDjangoSettings("app/settings_prod.py")).toBe(true);
    expect(isDjangoSettings("app/views.py")).toBe(false);
  });

  it("cookiecutter-django's production settings name Mailgun; Django's own backends and a local catcher name nothing", async () => {
    const tools = await toolsOf({
      "requirements/production.txt": "django-anymail[mailgun]==10.3\n",
      "config/settings/base.py": 'EMAIL_BACKEND = env("DJANGO_EMAIL_BACKEND", default="django.core.mail.backends.smtp.EmailBackend")\n',
      "config/settings/local.py": 'EMAIL_HOST = env("EMAIL_HOST", default="mailpit")\nEMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"\n',
      "config/settings/production.py": 'EMAIL_BACKEND = "anymail.backends.mailgun.EmailBackend"\nANYMAIL = {"MAILGUN_API_KEY": env("MAILGUN_API_KEY")}\n',
    });
    expect(tools.get("Mailgun")).toMatchObject({ detection_source: "config/settings/production.py", category: "Communications" });
    expect(tools.get("Mailgun")?.version).toBeUndefined();
    const names = [...tools.keys()];
    expect(names.filter((n) => /mail|sendgrid|ses/i.test(n) && n !== "Mailgun")).toEqual([]);
  });

  it("django-ses' backend names Amazon SES, a settings.py's EMAIL_HOST its service", async () => {
    const ses = await toolsOf({ "shop/settings.py": 'EMAIL_BACKEND = "django_ses.SESBackend"\nAWS_SES_REGION_NAME = "eu-west-1"\n' });
    expect(ses.has("Amazon SES")).toBe(true);
    const smtp = await toolsOf({ "shop/settings.py": 'EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"\nEMAIL_HOST = "smtp.postmarkapp.com"\n' });
    expect(smtp.has("Postmark")).toBe(true);
  });

  it("reads a long hostile line in linear time", async () => {
    const { readEmailSettings } = await import("../detectors/python/django-settings.js");
    await expectFinishesWithin(() => readEmailSettings(`EMAIL_BACKEND = ${"(".repeat(200_000)}${"'a.".repeat(100_000)}\n`.repeat(3)), 20, "three 500,000-character settings lines");
  });
});

describe("payment integrations bound to one service", () => {
  it("Omnipay's gateway drivers, Cashier's Mollie and Braintree editions and dj-stripe name their service; league/omnipay names none", async () => {
    const composer = JSON.stringify({ require: { "league/omnipay": "^3.2", "omnipay/paypal": "^3.0", "omnipay/mollie": "^5.5", "mollie/laravel-cashier-mollie": "^2.0" } });
    const php = await toolsOf({ "composer.json": composer });
    for (const name of ["PayPal", "Mollie"]) {
      expect(php.has(name), name).toBe(true);
      expect(php.get(name), name).toBeDefined();
      expect(php.get(name)?.version, name).toBeUndefined();
    }
    expect([...php.keys()].filter((n) => /stripe|braintree/i.test(n))).toEqual([]);
    const legacy = await toolsOf({ "composer.json": JSON.stringify({ require: { "laravel/cashier-braintree": "^2.1", "omnipay/stripe": "^3.2" } }) });
    for (const name of ["Braintree", "Stripe"]) expect(legacy.has(name), name).toBe(true);
    const django = await toolsOf({ "requirements.txt": "Django==4.2.13\ndj-stripe==2.8.4\n" });
    expect(django.has("Stripe")).toBe(true);
    expect(django.get("Stripe")?.version).toBeUndefined();
  });
});

describe("the mail service a Spring Boot application's configuration sends through", () => {
  it("spring.mail.host in application.properties (a placeholder's default too) and in a profile's application-<profile>.yml", async () => {
    const tools = await toolsOf({
      "pom.xml": "<project><modelVersion>4.0.0</modelVersion><groupId>a</groupId><artifactId>b</artifactId><version>1</version></project>",
      "src/main/resources/application.properties": "spring.application.name=shop\n# spring.mail.host=smtp.mailgun.org\nspring.mail.host=${MAIL_HOST:smtp.sendgrid.net}\nspring.mail.port=587\n",
      "src/main/resources/application-prod.yml": "spring:\n  mail:\n    host: email-smtp.eu-west-1.amazonaws.com\n---\nspring:\n  config:\n    activate:\n      on-profile: dev\n  mail:\n    host: localhost\n",
    });
    expect(tools.get("Twilio SendGrid")?.detection_source).toBe("src/main/resources/application.properties");
    expect(tools.get("Amazon SES")?.detection_source).toBe("src/main/resources/application-prod.yml");
    expect(tools.has("Mailgun")).toBe(false);
  });

  it("a Grails metadata file still gives Grails's release, and a local or unknown mail host names nothing", async () => {
    const tools = await toolsOf({
      "application.properties": "app.grails.version=2.5.6\napp.name=shop\n",
      "grails-app/conf/application.yml": "spring:\n  mail:\n    host: mail.example.org\n",
      "src/main/resources/application.yml": "spring.mail.host: smtp.postmarkapp.com\n",
    });
    expect(tools.get("Grails")?.version).toBe("2.5.6");
    expect(tools.has("Postmark")).toBe(true);
    expect([...tools.keys()].filter((n) => /mail|sendgrid|ses/i.test(n) && n !== "Postmark")).toEqual([]);
  });
});

describe("the mail service a Rails environment's Action Mailer delivery method sends through", () => {
  it("aws-sdk-rails' :ses names Amazon SES (its gem names no AWS service), :postmark Postmark; :smtp and a comment nothing", async () => {
    const gemfile = 'source "https://rubygems.org"\ngem "rails", "~> 7.1.3"\ngem "aws-sdk-rails"\n';
    const production = "Rails.application.configure do\n  config.action_mailer.delivery_method = :ses_v2\n  # config.action_mailer.delivery_method = :mailgun\nend\n";
    const staging = "Rails.application.configure do\n  config.action_mailer.delivery_method = :postmark\nend\n";
    const development = "Rails.application.configure do\n  config.action_mailer.delivery_method = :smtp\n  config.action_mailer.smtp_settings = { address: 'localhost', port: 1025 }\nend\n";
    const tools = await toolsOf({ Gemfile: gemfile, "config/environments/production.rb": production, "config/environments/staging.rb": staging, "config/environments/development.rb": development });
    expect(tools.get("Amazon SES")).toMatchObject({ detection_source: "config/environments/production.rb" });
    expect(tools.get("Amazon SES")?.version).toBeUndefined();
    expect(tools.has("Postmark")).toBe(true);
    expect(tools.has("Mailgun")).toBe(false);
  });
});
