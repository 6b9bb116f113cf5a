import { describe, expect, it } from "vitest";
import { readEmailSettings } from "../detectors/python/django-settings.js";
import { deliveryMethods, smtpHosts } from "../detectors/ruby/index.js";
import { jvmOtherDetector } from "../detectors/jvm-other/index.js";
import { detectorFindings } from "./detector-findings.js";
import { expectFinishesWithin } from "./work-budget.js";
import { blankComments } from "../src/kit.js";

// Review of stop 39's new readers and engine fields: hostile and oddly typed input.

describe("the mail settings readers report each value once", () => {
  it("a Django settings module repeating EMAIL_HOST (or one statement listing it again and again) gives one setting, at its first line", () => {
    const repeated = 'EMAIL_HOST = "smtp.sendgrid.net"\n'.repeat(1000);
    expect(readEmailSettings(repeated)).toEqual([{ kind: "host", value: "smtp.sendgrid.net", line: 1 }]);
    const listed = `EMAIL_HOST = ("SMTP.sendgrid.net", ${'"smtp.sendgrid.net", '.repeat(1000)})\nEMAIL_BACKEND = "django_ses.SESBackend"\nEMAIL_BACKEND = "django_ses.SESBackend"\n`;
    expect(readEmailSettings(listed)).toEqual([
      { kind: "host", value: "smtp.sendgrid.net", line: 1 },
      { kind: "backend", value: "django_ses.SESBackend", line: 2 },
    ]);
  });

  it("a Rails environment repeating its delivery method or SMTP address gives each once", () => {
    expect(deliveryMethods("config.action_mailer.delivery_method = :ses\n".repeat(500) + "config.action_mailer.delivery_method = :postmark\n")).toEqual([
      { method: "ses", line: 1 },
      { method: "postmark", line: 501 },
    ]);
    expect(smtpHosts('config.action_mailer.smtp_settings = { address: "smtp.sendgrid.net" }\n'.repeat(500))).toEqual([{ host: "smtp.sendgrid.net", line: 1 }]);
  });

  it("a statement left open is not read on into the next setting's line, which is its own statement", () => {
    const text = 'EMAIL_HOST = env(  # opened, never closed\nEMAIL_BACKEND = "anymail.backends.mailgun.EmailBackend"\nEMAIL_HOST = "smtp.mailgun.org"\n';
    expect(readEmailSettings(text)).toEqual([
      { kind: "backend", value: "anymail.backends.mailgun.EmailBackend", line: 2 },
      { kind: "host", value: "smtp.mailgun.org", line: 3 },
    ]);
  });

  it("reads 5 MB of unclosed `EMAIL_HOST = (` lines, each full of strings, in linear time", () => {
    // Each line was joined to the eight before it: 1.2 s for this file alone.
    const text = `EMAIL_HOST = ( ${"'a'".repeat(330)}\n`.repeat(5000);
    expect(expectFinishesWithin(() => readEmailSettings(text), 30, "5,000 unclosed EMAIL_HOST lines")).toEqual([]);
  });
});

describe("comments of a Django settings module, read as the kit reads Python's", () => {
  it("a `#` after a string holding an escaped quote starts a comment, whose server names nothing", () => {
    const text = 'EMAIL_HOST = os.environ.get("EMAIL_HOST", "smtp.sendgrid.net") if SEP != "\\"" else ""  # was \'smtp.mailgun.org\'\n';
    expect(readEmailSettings(text)).toEqual([{ kind: "host", value: "smtp.sendgrid.net", line: 1 }]);
  });

  it("blanking 5 MB of comments takes a run at a time, not a character", () => {
    const text = `EMAIL_HOST = "x"  #${'"'.repeat(1000)}\n`.repeat(5000) + `# ${"#".repeat(5_000_000)}\n`;
    const blanked = expectFinishesWithin(() => blankComments(text, { line: ["#"], quotes: `"'` }), 8, "5 MB of comments");
    expect(blanked.length).toBe(text.length);
    expect(blanked.split("\n")[0]).toBe(`EMAIL_HOST = "x"  ${" ".repeat(1001)}`);
    expect(readEmailSettings(text)).toEqual([]);
  });
});

describe("a Spring Boot configuration's mail host", () => {
  it("is placed on the line that sets it, not on a commented-out line above naming the same server", async () => {
    const properties = "# spring.mail.host=smtp.sendgrid.net (old)\nspring.application.name=shop\nspring.mail.host=${MAIL_HOST:smtp.sendgrid.net}\n";
    const yaml = "spring:\n  mail:\n    # host: smtp.postmarkapp.com\n    host: smtp.postmarkapp.com\n";
    const { findings } = await detectorFindings(jvmOtherDetector, { "src/main/resources/application.properties": properties, "src/main/resources/application-prod.yml": yaml });
    expect(findings.filter((f) => f.ref === "smtp-host:smtp.postmarkapp.com").map((f) => f.line)).toEqual([4]);
    expect(findings.filter((f) => f.ref === "smtp-host:smtp.sendgrid.net").map((f) => f.line)).toEqual([3]);
  });
});

describe("a Spring Boot application.properties' key", () => {
  it("ends at white space as well as at = or :, as java.util.Properties reads it", async () => {
    const { mailHostsOfProperties } = await import("../detectors/jvm-other/index.js");
    expect(mailHostsOfProperties("spring.mail.host smtp.sendgrid.net\nspring.mail.host\t: smtp.mailgun.org\nspring.mail.hostname=x.example.com\n")).toEqual(["smtp.sendgrid.net", "smtp.mailgun.org"]);
  });
});
