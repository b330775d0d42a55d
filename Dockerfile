# Build stage: the Maven wrapper builds the jar (tests run in CI, not here)
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package

# Run stage: a JRE and the jar, as an unprivileged user
FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 aanboord
WORKDIR /app
COPY --from=build /src/target/aanboord-*.jar /app/aanboord.jar
USER aanboord
EXPOSE 8080 8081
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/aanboord.jar"]
