def md = new File(basedir, 'target/waymark/diff.md')
assert md.isFile() : 'diff.md was not written'
def text = md.text
assert text.contains('checkout') : text
assert text.contains('@checkout-squad') : 'the removed owner is not named:\n' + text
assert text.contains('-2') && text.contains('0') : 'the emotion change is not shown:\n' + text
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/waymark/diff.json'))
assert json.changes.any { it.level == 'breaking' } : 'no breaking change in diff.json'
def log = new File(basedir, 'build.log').text
assert log.contains("Waymark diff: changes at or above 'breaking' since base") : 'the failing build does not say why'
return true
