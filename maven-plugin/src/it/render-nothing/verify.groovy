// maps that render nothing fail the build, as `waymark render` exits 1, and write no files
def log = new File(basedir, 'build.log').text
assert log.contains('Waymark render failed')
assert log.contains('nothing rendered: the 2 files declare no journey; target/waymark was left as it was')
assert !log.contains('Rendered 0 journeys')
assert !new File(basedir, 'target/waymark/index.html').exists()
return true
