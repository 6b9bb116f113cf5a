import { describe, expect, it } from "vitest";
import { dockerDetector } from "../detectors/docker/index.js";
import { infraDetector } from "../detectors/infra/index.js";
import { scan } from "../src/index.js";
import { MemorySource } from "../src/sources/memory.js";
import { byFile, detectorFindings } from "./detector-findings.js";

// Web servers and proxies revealed by what runs them: an application image's Apache variant, and
// the ingress controller an Ingress asks for by its class.

const names = async (files: Record<string, string>) => {
  const { document } = await scan(new MemorySource(files), { git: false, disable: ["languages"] });
  return document.tools.filter((t) => !t.package_url).map((t) => [t.name, t.version ?? null, t.detection_source]);
};

describe("an image's Apache variant", () => {
  it("a Dockerfile stage or a compose service on php:*-apache or wordpress:*-apache reports the variant; other tags do not", async () => {
    const { findings } = await detectorFindings(dockerDetector, {
      Dockerfile: "FROM composer:2 AS deps\nFROM php:8.3-apache\nRUN a2enmod rewrite\n",
      "docker-compose.yml": "services:\n  wp:\n    image: wordpress:6.5-apache\n  db:\n    image: mariadb:11.2\n",
      "worker/Dockerfile": "FROM php:8.3-fpm-alpine\n",
    });
    expect(byFile(findings)["Dockerfile"]).toContain("image-variant:apache@2");
    expect(byFile(findings)["docker-compose.yml"]).toContain("image-variant:apache@3");
    expect(byFile(findings)["worker/Dockerfile"]).not.toContain("image-variant:apache@1");
  });

  it("names Apache HTTP Server without a version (the tag is PHP's release)", async () => {
    const tools = await names({ Dockerfile: "FROM php:8.3-apache\nCOPY . /var/www/html\n" });
    expect(tools).toContainEqual(["Apache HTTP Server", null, "Dockerfile"]);
    expect(await names({ Dockerfile: "FROM php:8.3-fpm\n" })).not.toContainEqual(expect.arrayContaining(["Apache HTTP Server"]));
  });
});

describe("an Ingress's class", () => {
  const ingress = (cls: string) =>
    `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\nspec:\n  ingressClassName: ${cls}\n  rules:\n    - host: shop.example.com\n`;

  it("reports spec.ingressClassName, or the older annotation, of an Ingress in a manifest folder or, networking.k8s.io/v1, anywhere", async () => {
    const { findings } = await detectorFindings(infraDetector, {
      "deploy/ingress.yaml": ingress("nginx"),
      "ops/edge.yaml": ingress("kong"),
      "k8s/legacy.yaml": "apiVersion: extensions/v1beta1\nkind: Ingress\nmetadata:\n  name: old\n  annotations:\n    kubernetes.io/ingress.class: Traefik\n",
      "deploy/service.yaml": "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ingressClassName: nginx\n",
    });
    expect(byFile(findings)["deploy/ingress.yaml"]).toContain("ingress-class:nginx@6");
    expect(byFile(findings)["k8s/legacy.yaml"]).toContain("ingress-class:traefik");
    expect(byFile(findings)["ops/edge.yaml"]).toEqual(["k8s-api:networking.k8s.io", "ingress-class:kong@6"]);
    expect(byFile(findings)["deploy/service.yaml"]).toEqual(["k8s-kind:Service"]);
  });

  it("names the controller's tool: NGINX from the nginx class, nothing from a class of its own", async () => {
    expect(await names({ "k8s/ingress.yaml": ingress("nginx") })).toContainEqual(["NGINX", null, "k8s/ingress.yaml"]);
    expect((await names({ "k8s/ingress.yaml": ingress("internal-lb") })).map((t) => t[0])).toEqual(["Kubernetes"]);
  });
});

describe("a cert-manager issuer on Let's Encrypt", () => {
  const issuer = (server: string) =>
    `apiVersion: cert-manager.io/v1\nkind: ClusterIssuer\nmetadata:\n  name: le\nspec:\n  acme:\n    server: ${server}\n    email: ops@example.com\n    privateKeySecretRef:\n      name: le\n`;

  it("names Let's Encrypt from its ACME server, production or staging, and nothing from another CA's", async () => {
    expect(await names({ "deploy/issuer.yaml": issuer("https://acme-v02.api.letsencrypt.org/directory") })).toContainEqual(["Let's Encrypt", null, "deploy/issuer.yaml"]);
    expect(await names({ "ops/issuer.yaml": issuer("https://acme-staging-v02.api.letsencrypt.org/directory") })).toContainEqual(["Let's Encrypt", null, "ops/issuer.yaml"]);
    expect((await names({ "deploy/issuer.yaml": issuer("https://acme.zerossl.com/v2/DV90") })).map((t) => t[0])).toEqual(["Kubernetes"]);
  });
});

describe("Kubernetes development and release tools by their one file", () => {
  it("a Tiltfile names Tilt; helmfile.yaml or a helmfile.d folder names Helmfile beside Helm and Kubernetes", async () => {
    const tilt = await names({ Tiltfile: "docker_build('acme/api', '.')\nk8s_yaml('k8s/deployment.yaml')\n" });
    expect(tilt).toContainEqual(["Tilt", null, "Tiltfile"]);
    const helmfile = (await names({ "helmfile.yaml": "releases:\n  - name: db\n    chart: bitnami/postgresql\n    version: 15.2.5\n" })).map((t) => t[0]);
    expect(helmfile).toEqual(expect.arrayContaining(["Helmfile", "Helm", "Kubernetes", "PostgreSQL"]));
    const folder = (await names({ "deploy/helmfile.d/10-cache.yaml": "releases:\n  - name: cache\n    chart: bitnami/redis\n" })).map((t) => t[0]);
    expect(folder).toEqual(expect.arrayContaining(["Helmfile", "Helm", "Redis"]));
  });
});

describe("servers' configuration files under their other names", () => {
  it("an NGINX folder's .conf files, envoy.yml, apache2.conf, Caddyfile.dev and *.caddyfile, kong.conf, docker-bake.hcl", async () => {
    const cases: Array<[string, string]> = [
      ["deploy/nginx/conf.d/app.conf", "NGINX"],
      ["nginx/default.conf", "NGINX"],
      ["proxy/envoy.yml", "Envoy"],
      ["deploy/apache/apache2.conf", "Apache HTTP Server"],
      ["Caddyfile.dev", "Caddy"],
      ["caddy/site.caddyfile", "Caddy"],
      ["kong/kong.conf", "Kong"],
      ["docker-bake.hcl", "Docker"],
    ];
    for (const [path, tool] of cases) expect(await names({ [path]: "x\n" }), path).toContainEqual([tool, null, path]);
    // A .conf outside an NGINX folder names none.
    expect(await names({ "deploy/supervisor/app.conf": "[program:app]\n" })).toEqual([]);
  });
});

describe("a compose service's labels", () => {
  it("Traefik's router labels, in list or map form, name Traefik without its own service; other labels name nothing", async () => {
    const { findings } = await detectorFindings(dockerDetector, {
      "docker-compose.yml": "services:\n  api:\n    image: ghcr.io/acme/api:1.4.0\n    labels:\n      - traefik.enable=true\n      - traefik.http.routers.api.rule=Host(`api.example.com`)\n      - com.example.team=web\n",
      "compose.prod.yaml": "services:\n  web:\n    build: .\n    deploy:\n      labels:\n        traefik.http.routers.web.rule: Host(`example.com`)\n",
    });
    expect(byFile(findings)["docker-compose.yml"]).toContain("compose-label:traefik@5");
    expect(byFile(findings)["docker-compose.yml"]).not.toContain("compose-label:com");
    expect(byFile(findings)["compose.prod.yaml"]).toContain("compose-label:traefik@6");
    const tools = await names({ "docker-compose.yml": "services:\n  api:\n    image: ghcr.io/acme/api:1.4.0\n    labels:\n      traefik.enable: \"true\"\n" });
    expect(tools).toContainEqual(["Traefik", null, "docker-compose.yml"]);
  });
});
