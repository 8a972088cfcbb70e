def log = new File(basedir, 'build.log').text
assert log.contains('thread count of 2')
assert log.contains('No journey maps')  // the parent has none, and says so
assert log.findAll('Waymark: 1 file, 1 journey: 0 errors').size() == 2
assert new File(basedir, 'orders/target/waymark/check.index').exists()
assert new File(basedir, 'returns/target/waymark/check.index').exists()
// names start at the reactor root, so they say which module
assert new File(basedir, 'orders/target/waymark/check.index').text.contains('file orders/src/main/journeys/checkout.journey = ')
return true
