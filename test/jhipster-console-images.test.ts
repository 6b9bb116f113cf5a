import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

// A JHipster monolith's production compose file with the JHipster Console log stack beside MySQL
// (modelled on a JHipster 5 training project deployed with Rancher).
const compose = `version: '2'
services:
    shop-app:
        image: acme/shop
        environment:
            - SPRING_PROFILES_ACTIVE=prod,swagger
            - JHIPSTER_LOGGING_LOGSTASH_ENABLED=true
            - JHIPSTER_LOGGING_LOGSTASH_HOST=jhipster-logstash
        ports:
            - 8080:8080
    shop-mysql:
        image: mysql:5.7.20
        environment:
            - MYSQL_ALLOW_EMPTY_PASSWORD=yes
    jhipster-elasticsearch:
        image: jhipster/jhipster-elasticsearch:v3.0.1
        ports:
            - 9200:9200
    jhipster-logstash:
        image: jhipster/jhipster-logstash:v3.0.1
        command: logstash -f /conf/logstash.conf
    jhipster-console:
        image: jhipster/jhipster-console:v3.0.1
        ports:
            - 5601:5601
`;

describe("JHipster Console's images", () => {
  it("name Elasticsearch and Logstash without the console stack's release", async () => {
    const { document } = await scan(new MemorySource({ "docker-compose.yml": compose }), { git: false });
    const elasticsearch = tool(document.tools, "Elasticsearch");
    const logstash = tool(document.tools, "Logstash");
    expect(elasticsearch).toMatchObject({ detection_source: "docker-compose.yml" });
    expect(logstash).toMatchObject({ detection_source: "docker-compose.yml" });
    expect(elasticsearch?.version).toBeUndefined();
    expect(logstash?.version).toBeUndefined();
    expect(tool(document.tools, "Kibana")).toBeUndefined();
    expect(tool(document.tools, "MySQL")).toMatchObject({ version: "5.7.20" });
  });
});
