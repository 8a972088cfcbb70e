def log = new File(basedir, 'build.log').text
assert log.contains('Waymark check skipped (waymark.skip)')
assert !log.contains('missing-owner')
return true
