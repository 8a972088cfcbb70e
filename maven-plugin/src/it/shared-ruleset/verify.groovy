def log = new File(basedir, 'build.log').text
// the ruleset came from the jar in the plugin's <dependencies>: its level fails the build
assert log.contains('Waymark check failed')
assert log.contains('missing-evidence')
assert !log.contains('there is no `acme/waymark-ruleset.yaml` on the class path')
return true
