# Builds and runs Advocacy Ledger. Used by docker-compose.yml (app + MongoDB).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
# No Node in this image: frontend-maven-plugin downloads its own.
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app ledger && mkdir -p /app && chown ledger /app
COPY --from=build /src/backend/target/advocacy-ledger.jar /app/advocacy-ledger.jar
USER ledger
WORKDIR /app
ENV AXONIQ_UPDATE_CHECKER_DISABLED=true
# A fixed heap, as README recommends: enough for a store of about 1,000,000 events (docs/benchmarks.md).
# Override it with the container's JAVA_TOOL_OPTIONS, e.g. -Xmx768m for a larger store.
ENV JAVA_TOOL_OPTIONS=-Xmx448m
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/advocacy-ledger.jar"]
