// Compose files the tests about a tool's kept source share: a repository whose techstack.yml named
// docker-compose.yml for Docker Compose before a compose.yaml (which sorts first) came beside it.

/** The docker-compose.yml a techstack.yml was first written with: PostgreSQL and the app's own build. */
export const DATABASE_AND_WEB_COMPOSE = `services:
  db:
    image: postgres:16.2
    environment:
      POSTGRES_PASSWORD: example
  web:
    build: .
    ports:
      - "8080:8080"
    depends_on:
      - db
`;
