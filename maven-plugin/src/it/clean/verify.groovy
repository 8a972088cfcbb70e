def log = new File(basedir, 'build.log').text
assert log.contains('Journey maps up to date: 1 file unchanged since the last passing check')
def index = new File(basedir, 'target/waymark/check.index').text
assert index.contains('file src/main/journeys/checkout.journey = ')
assert index.contains('setting asOf = 2026-02-01')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/waymark/check.json'))
assert report.summary.files == 1
assert report.summary.errors == 0
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/waymark/check.sarif'))
assert sarif.version == '2.1.0'
def junit = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new File(basedir, 'target/waymark/TEST-waymark.xml'))
assert junit.documentElement.tagName == 'testsuites'
// the Ant schema allows no attributes on <testsuites>: the counts are on each suite
def suite = junit.getElementsByTagName('testsuite').item(0)
assert suite.getAttribute('failures') == '0'
assert suite.getAttribute('package') == 'src.main.journeys'
assert suite.getAttribute('name') == 'src.main.journeys.checkout'
assert sarif.runs[0].results.every { it.locations[0].physicalLocation.artifactLocation.uri == 'src/main/journeys/checkout.journey' }
return true
