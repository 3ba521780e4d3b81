#!/usr/bin/env bash
# Starts the packaged service the way it starts fastest (./mvnw -Pserve runs this after packaging):
#  - from the jar extracted into target/app (Spring Boot's `-Djarmode=tools extract`), so classes load from plain
#    jar files instead of jars nested in a jar;
#  - with a class data sharing archive (CDS) of every class a start loads: the first run after a build writes it when
#    the service stops (-XX:ArchiveClassesAtExit), and every later start maps it instead of loading and verifying
#    some 28,000 classes again. The measurements are in docs/decisions/0008-start-up.md.
# Arguments go to the service (e.g. --server.port=8081); JAVA_OPTS replaces the heap settings.
set -euo pipefail

cd "$(dirname "$0")/../../.."
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jar=target/cluster-graph.jar
app=target/app
archive="$app/cluster-graph.jsa"

if [[ ! -f "$jar" ]]; then
	echo "No $jar: build it first with ./mvnw -DskipTests package (./mvnw -Pserve does both)." >&2
	exit 1
fi

# A new build is extracted again, and its archive written again: an archive only fits the jars it was made from.
if [[ ! -f "$app/cluster-graph.jar" || "$jar" -nt "$app/cluster-graph.jar" ]]; then
	# ... but not under a service that runs from those files (another data directory and port can share them)
	running=$(pgrep -f -- "-jar $app/cluster-graph.jar" || true)
	if [[ -n "$running" ]]; then
		echo "A service runs from $app (pid $(echo $running | tr '\n' ' ')): stop it before starting a new build," \
			"whose files would replace the ones it runs from." >&2
		exit 1
	fi
	rm -rf "$app"
	"$java" -Djarmode=tools -jar "$jar" extract --destination "$app" >/dev/null
	touch "$app/cluster-graph.jar"
fi

heap=(${JAVA_OPTS:--Xms1g -Xmx2g})
# Classes CDS cannot keep (from signed jars, or never linked) are skipped with a warning each: not worth a screen.
quiet=(-Xlog:cds=off -Xlog:cds+dynamic=off)

if [[ -f "$archive" && "$archive" -nt "$app/cluster-graph.jar" ]]; then
	cds=(-XX:SharedArchiveFile="$archive")
else
	# No archive for this build yet: this run writes one when the service stops. A half-written archive would crash
	# the next JVM that maps it, so it is written beside, and moved into place once the JVM has said it is complete.
	part="$archive.$$.part"
	rm -f "$archive" "$part" "$app/cds.$$.log"
	cds=(-XX:ArchiveClassesAtExit="$part" -Xlog:cds+dynamic=info:file="$app/cds.$$.log")
	echo "This first run of a new build writes a class data sharing archive when the service stops;" \
		"later starts use it." >&2
fi

"$java" "${heap[@]}" "${cds[@]}" "${quiet[@]}" -jar "$app/cluster-graph.jar" "$@" &
service=$!
# A script's background job ignores Ctrl-C, so a stop is passed on as SIGTERM: Spring's graceful shutdown.
trap 'kill -TERM "$service" 2>/dev/null || true' INT TERM
if [[ -n "${SERVE_STOP_WITH_PARENT:-}" ]]; then
	# Maven does not stop what exec:exec started when it is itself stopped (an IDE's stop button): this does.
	parent=$PPID
	(while kill -0 "$parent" 2>/dev/null && kill -0 "$service" 2>/dev/null; do sleep 1; done
	 kill -TERM "$service" 2>/dev/null || true) &
fi
status=0
wait "$service" || status=$?
while kill -0 "$service" 2>/dev/null; do
	wait "$service" || status=$?
done
if [[ -n "${part:-}" && -f "$part" ]]; then
	if grep -q "Written dynamic archive" "$app/cds.$$.log" 2>/dev/null; then
		mv "$part" "$archive"
	else
		rm -f "$part"
	fi
fi
exit "$status"
