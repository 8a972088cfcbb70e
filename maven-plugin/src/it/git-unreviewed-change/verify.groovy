def log = new File(basedir, 'build.log').text
assert log =~ /src\/main\/journeys\/checkout\.journey:3:3 unreviewed-change journey `checkout` changed after its review on 2026-01-15/
assert log.contains('Paying hurts more')
return true
