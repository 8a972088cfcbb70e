# Sourced by the bench scripts (after `root` is set and the working folder is the checkout):
# builds the CLI jar and the benchmark classes when they are missing, and generates a workspace.

# the CLI jar and compiler/target/test-classes (the generator and the benchmark drivers)
bench_built() {
  [ -f compiler/target/waymark-cli.jar ] && [ -f compiler/target/test-classes/dev/waymark/bench/WorkspaceGenerator.class ] \
    || mvn -B -q -DskipTests package -pl compiler -am >/dev/null
}

# bench_workspace FOLDER JOURNEYS: JOURNEYS generated journeys of 60 steps in FOLDER, unless it exists
bench_workspace() {
  [ -d "$1" ] || java -cp compiler/target/test-classes dev.waymark.bench.WorkspaceGenerator "$1" "$2" 10
}
