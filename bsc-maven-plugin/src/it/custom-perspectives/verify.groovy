// A strategy with its own perspectives (residents on top) builds; the scorecard page, the home page and
// strategy.json show perspectives and themes in the order strategy.yaml declares them, not by id.
import org.jsoup.Jsoup
import groovy.json.JsonSlurper

def site = new File(basedir, 'target/site')
def log = new File(basedir, 'build.log').text
assert log =~ /: 0 error\(s\), \d+ warning\(s\)/ : 'the strategy must build without errors'
assert !log.contains('BSC103') : 'an upward arrow was reported as pointing down'

def names = ['Residents & community', 'Financial stewardship', 'Internal processes', 'Organisational capacity']
def ids = ['citizens', 'stewardship', 'processes', 'capacity']
def themes = ['safe-streets', 'homes', 'green-city', 'digital-services', 'resilient-finances']

def scorecard = Jsoup.parse(new File(site, 'scorecard.html'), 'UTF-8')
def rows = scorecard.select('table.scorecard tr.row-perspective th a').collect { it.text() }
assert rows == names : 'scorecard perspective rows: ' + rows

// objectives of the top row by their `order` keys (1, 2, 3), not by file name
def firstBody = scorecard.select('table.scorecard tbody').first()
def top = firstBody.select('tr.row-objective th a').collect { it.attr('href') }
assert top == ['objectives/safe-neighbourhoods.html', 'objectives/affordable-homes.html', 'objectives/trusted-services.html'] : 'top row: ' + top

def home = Jsoup.parse(new File(site, 'index.html'), 'UTF-8')
def cards = home.select('.theme-card h3 a').collect { it.attr('href') }
assert cards == themes.collect { 'themes/' + it + '.html' } : 'theme cards: ' + cards
def colours = home.select('.theme-card').collect { it.attr('style') }
assert colours.unique(false).size() == 5 : 'themes without a colour get five different colours: ' + colours

def json = new JsonSlurper().parse(new File(site, 'strategy.json'))
assert json.company.perspectives*.id == ids : 'strategy.json perspectives: ' + json.company.perspectives*.id
assert json.company.perspectives*.name == names
assert json.company.themes*.id == themes : 'strategy.json themes: ' + json.company.themes*.id
def perspectiveOfObjectives = json.company.objectives*.perspective
assert perspectiveOfObjectives == perspectiveOfObjectives.sort(false) { ids.indexOf(it) } : 'objectives grouped by declared perspective'

// the map's rows are labelled top to bottom in declared order
def svg = new File(site, 'maps/strategy-map.svg').text
def rowY = ids.collect { id ->
    def m = (svg =~ /(?s)<title>row_${id}<\/title>.*?<text[^>]*? y="(-?[0-9.]+)"/)
    assert m.find() : 'row label ' + id
    Double.parseDouble(m.group(1))
}
assert rowY == rowY.sort(false) : 'map rows not top to bottom in declared order: ' + rowY
true
