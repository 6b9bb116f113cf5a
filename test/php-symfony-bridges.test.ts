import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

describe("Packagist: the services behind Symfony's mailer, messenger and notifier bridges", () => {
  it("each bridge names its service and Symfony, neither at the bridge's release", async () => {
    // A Symfony app whose mail, queue and notification transports are hosted services
    // (config/packages/mailer.yaml, messenger.yaml and notifier.yaml select them; the bridges install them).
    const composer = {
      type: "project",
      require: {
        php: ">=8.2", "symfony/framework-bundle": "7.1.*", "symfony/amazon-mailer": "7.1.*", "symfony/mailjet-mailer": "7.1.*",
        "symfony/mailchimp-mailer": "7.1.*", "symfony/brevo-mailer": "7.1.*", "symfony/amazon-sqs-messenger": "7.1.*",
        "symfony/beanstalkd-messenger": "7.1.*", "symfony/slack-notifier": "7.1.*", "symfony/twilio-notifier": "7.1.*",
        "symfony/telegram-notifier": "7.1.*", "symfony/discord-notifier": "7.1.*", "symfony/amazon-sns-notifier": "7.1.*",
      },
    };
    const lock = {
      packages: [
        ["symfony/framework-bundle", "v7.1.2"], ["symfony/amazon-mailer", "v7.1.1"], ["symfony/mailjet-mailer", "v7.1.1"],
        ["symfony/mailchimp-mailer", "v7.1.1"], ["symfony/brevo-mailer", "v7.1.1"], ["symfony/amazon-sqs-messenger", "v7.1.1"],
        ["symfony/beanstalkd-messenger", "v7.1.1"], ["symfony/slack-notifier", "v7.1.1"], ["symfony/twilio-notifier", "v7.1.1"],
        ["symfony/telegram-notifier", "v7.1.1"], ["symfony/discord-notifier", "v7.1.1"], ["symfony/amazon-sns-notifier", "v7.1.1"],
      ].map(([name, version]) => ({ name, version, license: ["MIT"], type: "symfony-bridge" })),
      "packages-dev": [],
    };
    const { document } = await scan(new MemorySource({ "composer.json": JSON.stringify(composer, null, 4), "composer.lock": JSON.stringify(lock, null, 4) }), { git: false });
    const tool = (name: string) => document.tools.find((t) => t.name === name && !t.package_url);
    expect(tool("Symfony")?.version).toBe("7.1.2");
    for (const name of ["Amazon SES", "Mailjet", "Mandrill", "SendinBlue", "Amazon SQS", "Beanstalkd", "Slack", "Twilio", "Telegram Bot API", "Discord", "Amazon SNS"]) {
      expect(tool(name), name).toMatchObject({ detection_source: "composer.json" });
      expect(tool(name)?.version, name).toBeUndefined();
    }
  });

  it("laravel/vonage-notification-channel names Nexmo, Vonage's API", async () => {
    const composer = { require: { php: "^8.2", "laravel/framework": "^11.9", "laravel/vonage-notification-channel": "^3.3" } };
    const { document } = await scan(new MemorySource({ "composer.json": JSON.stringify(composer, null, 4) }), { git: false });
    expect(document.tools.find((t) => t.name === "Nexmo" && !t.package_url)).toMatchObject({ detection_source: "composer.json" });
  });
});
