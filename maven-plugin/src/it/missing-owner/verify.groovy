def log = new File(basedir, 'build.log').text
assert log.contains('Waymark check failed (failOn=error)')
assert log =~ /src\/main\/journeys\/unowned\.journey:1:\d+ missing-owner /
assert log =~ /Waymark: 1 file, 1 journey: [1-9]\d* errors?/
assert !new File(basedir, 'target/waymark/check.index').exists() : 'a failed check must run again'
return true
