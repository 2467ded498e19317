# Build and run pan-cocreation (used by docker-compose.yml with the postgres profile). Base images pinned to a
# release: a rebuild gets the same JDK and Maven.
FROM maven:3.9.11-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17.0.16_8-jre
# Fonts: the report's charts (JFreeChart, drawn by AWT from the system's fonts) need DejaVu for accented Latin and
# Noto for Arabic and Tifinagh labels. The PDFs use openhtmltopdf's built-in fonts and load none of these.
# curl: for the HEALTHCHECK below (a few hundred kB; a JVM started every 30 s would cost 100 MB and a CPU second).
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-dejavu-core fonts-noto-core curl \
    && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 1001 pan
WORKDIR /app
COPY --from=build /src/target/pan-cocreation-*.jar app.jar
USER pan
EXPOSE 8080
# /actuator/health is public and answers 503 until the start-up (demo load, first deployment) has ended
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
    CMD curl -fsS -o /dev/null http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
