def log = new File(basedir, 'build.log').text
assert !(log =~ /:\d+ stale-review /)
assert log.contains('Waymark: 1 file, 1 journey: 0 errors')
return true
