def log = new File(basedir, 'build.log').text
// `maps/**/*.journey` finds maps/checkout.journey (no folder between) and maps/deep/returns.journey
assert log =~ /maps\/deep\/returns\.journey:1:\d+ missing-owner /
assert log =~ /Waymark: 2 files, 2 journeys: [1-9]\d* errors?/
assert !log.contains('No journey maps')
assert !log.contains('notes/draft.journey') : 'a file the glob does not match is not read'
return true
