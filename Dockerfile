# Build stage: the Maven wrapper builds the jar (tests run in CI, not here), which is then unpacked into the
# layout the JVM's AOT cache needs: /app/aanboord.jar with its libraries in /app/lib
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package \
	&& cp target/aanboord-*.jar /tmp/aanboord.jar \
	&& java -Djarmode=tools -jar /tmp/aanboord.jar extract --destination /app

# Run stage: a JRE and the unpacked jar, as an unprivileged user
FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 aanboord
WORKDIR /app
COPY --from=build /app /app
# JVM defaults for a container of 1 GB and 1-2 cores: heap at most half the container's memory (the live heap after
# the benchmark's load is under 100 MB), the serial collector (the one the JVM picks by itself below 2 cores or
# 1.8 GB of memory), and bounds on metaspace (about 115 MB used) and code cache (about 70 MB used), so that heap and
# native memory stay under the container's limit. Replace the whole variable to change them, e.g.
#   docker run -e JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=60 -XX:+UseSerialGC" ...
# (the AOT cache below is trained with these options; with others the JVM may use it only in part or not at all)
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=50 -XX:+UseSerialGC -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=128m"
# AOT cache (JDK 25, JEP 483/514/515): a training run starts the application context without a database (profile
# aot-training) and exits once it is refreshed; the JVM stores the classes it loaded and linked, and method
# profiles, in /app/aanboord.aot. The cache holds only for this JVM, these JVM options and this class path; with
# others the JVM warns and starts without it.
RUN java -XX:AOTCacheOutput=/app/aanboord.aot -Dspring.context.exit=onRefresh \
	-Dspring.profiles.active=aot-training -jar /app/aanboord.jar >/tmp/aot-training.log 2>&1 \
	|| { tail -n 50 /tmp/aot-training.log; exit 1; }; rm -f /tmp/aot-training.log
USER aanboord
EXPOSE 8080 8081
ENTRYPOINT ["java", "-XX:AOTCache=/app/aanboord.aot", "-jar", "/app/aanboord.jar"]
