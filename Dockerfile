# Multi-stage build: compile and test-free package with Maven, run on a slim JRE.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY conf conf
COPY src src
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 scoop
WORKDIR /app
COPY --from=build /src/target/scoop.jar /app/scoop.jar
COPY conf/config.json /app/conf/config.json
USER scoop
# 8080: HTTP; 5701: Hazelcast, between cluster members only
EXPOSE 8080 5701
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/scoop.jar"]
CMD ["serve", "--config", "/app/conf/config.json"]
