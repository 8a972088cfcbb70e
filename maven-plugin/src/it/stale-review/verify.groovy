def log = new File(basedir, 'build.log').text
assert log =~ /src\/main\/journeys\/checkout\.journey:\d+:\d+ stale-review /
return true
