def out = new File(basedir, 'target/waymark')
def log = new File(basedir, 'build.log').text
assert log.contains('Rendered 1 journey into target/waymark')

def xml = { String name -> javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(out, name)) }
def svg = xml('checkout.svg')
assert svg.documentElement.tagName == 'svg'
assert svg.documentElement.textContent.contains('Checkout')

def json = new groovy.json.JsonSlurper().parse(new File(out, 'checkout.json'))
assert json.id == 'checkout'
assert json.owner == '@shop'
assert json.review.status == 'current'   // as of 2026-02-01, reviewed 2026-01-15 every 90d
assert json.stages*.id == ['buy']

assert new File(out, 'checkout.mmd').text.startsWith('journey')
def index = new File(out, 'index.html').text
assert index.contains('href="checkout.html"')
assert !new File(out, 'checkout.flow.svg').exists()  // not asked for
return true
