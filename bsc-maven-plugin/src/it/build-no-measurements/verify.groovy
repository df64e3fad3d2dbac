// A strategy with no measurement at all builds into a portal that shows the strategy (map, objectives, themes)
// and says in words that there are no scores yet: no score hero, no "–/10", no table of zero counts, no empty
// value columns, no navigation entries for sections with nothing in them, no footer starting with a separator.
import org.jsoup.Jsoup

def site = new File(basedir, 'target/strategy-site')
def log = new File(basedir, 'build.log').text
assert log =~ /Strategy site: \d+ pages, \d+ maps/ : 'summary line missing'
assert !log.contains('Exception') : 'no stack trace in the log'

def home = Jsoup.parse(new File(site, 'index.html'), 'UTF-8')
assert home.select('.org-score').isEmpty() : 'no score hero without data'
assert !home.text().contains('–/10') : 'no dash out of ten'
assert home.select('table.counts').isEmpty() : 'no table of zero counts'
assert home.select('.notice-nodata').text().startsWith('No measurements yet.')
assert home.select('figure.map .map-canvas svg').size() == 1 : 'the strategy map is on the home page'
assert home.select('.map-list li').size() == 15 : 'every objective is listed by perspective'
assert home.select('.theme-card').size() == 5 : 'the five themes'
assert home.select('.attention-nodata summary').text() == 'Measures without data yet (18)'
assert !home.text().contains('all data is current')

def nav = home.select('nav.mainnav a').eachText()
assert !nav.contains('OKRs') && !nav.contains('Reviews') : 'empty sections are not in the navigation: ' + nav
assert nav.contains('Initiatives') : 'the five initiatives are: ' + nav
def footer = home.select('footer.footer p').text()
assert !footer.startsWith('·') && !footer.endsWith('·') : 'footer: ' + footer

def scorecard = Jsoup.parse(new File(site, 'scorecard.html'), 'UTF-8')
assert scorecard.select('table.scorecard thead th').eachText() == ['Objective / Measure', 'Status', 'Target']
assert scorecard.select('table.scorecard svg').isEmpty() : 'no empty sparklines'
assert !scorecard.text().contains('–/10')
assert new File(site, 'maps/strategy-map.svg').isFile()
