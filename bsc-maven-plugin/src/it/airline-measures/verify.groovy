// The airline strategy builds without errors; its rank is shown as #1, its glide path runs to 2031, and every
// value carries its unit the way the locale writes it (tables and charts alike).
import org.jsoup.Jsoup

def log = new File(basedir, 'build.log').text
assert log =~ /: 0 error\(s\), \d+ warning\(s\)/ : 'the airline strategy has no errors'

def page = { String site, String path -> Jsoup.parse(new File(basedir, 'target/' + site + '/' + path), 'UTF-8') }
def nbsp = '\u00a0'
// jsoup's text() turns a no-break space into a space; wholeText() keeps it
def exact = { el -> el.wholeText().trim() }

// the rank: "#1" in the summary, in the table and on the chart, whose axis runs from #1 at the top with no 0
def rank = page('site-en', 'measures/on-time-rank.html')
assert rank.select('.summary strong').first().text() == '#1' : 'rank summary: ' + rank.select('.summary').text()
def rows = rank.select('table.values tbody tr')
assert rows.first().select('td.num').collect { it.text() } == ['#1', '#1'] : 'latest row: ' + rows.first().text()
def ticks = rank.select('svg.chart-measure .y-axis text.tick-label').collect { it.text() }
assert ticks.first() == '#1' && !ticks.contains('0') && !ticks.contains('#0') : 'rank axis: ' + ticks
def yOf = { label -> rank.select('svg.chart-measure .y-axis text.tick-label').find { it.text() == label }.attr('y') as double }
assert yOf('#1') < yOf(ticks.last()) : '#1 is at the top of the axis'
assert rank.select('.summary .chip, .summary [class*=status]').text().toLowerCase().contains('exceeds') || rank.text().contains('10.0') :
        'rank #1 scores the top score'

// the glide path: the chart's time axis runs on to 2031 and the target line steps three times after 2026
def glide = page('site-en', 'measures/on-time-flights.html')
def xLabels = glide.select('svg.chart-measure .x-axis text.tick-label').collect { it.text() }
assert xLabels.last() == '2031' : 'time axis: ' + xLabels
assert glide.select('svg.chart-measure .x-axis line.tick').size() == 8 : '2024 to 2031'
def d = glide.select('svg.chart-measure path.line-target').attr('d')
assert d.count('V') == 3 : 'the target line steps up in 2027, 2029 and 2031: ' + d
// each period target lists the levels scoring uses: 2029 leaves out the threshold, so the default's (60) applies
def pts = glide.select('p.period-target').collect { it.text() }
assert pts.size() == 3 : pts
assert pts[1].contains('Threshold 60.0%') && pts[1].contains('Target 90.0%') : '2029 omits the threshold; scoring uses the default 60%: ' + pts[1]
// percentages are written alike in the table and the chart
assert glide.select('table.values tbody tr').first().select('td.num').collect { it.text() } == ['67.5%', '65.0%']
assert glide.select('svg.chart-measure .value-latest').text() == '67.5%'

// currencies and minutes
assert page('site-en', 'measures/revenue.html').select('.summary strong').first().text() == '$1,215,000'
assert page('site-en', 'measures/fare-gap.html').select('.summary strong').first().text() == '-€6.00'
assert exact(page('site-en', 'measures/turnaround.html').select('.summary strong').first()) == '21' + nbsp + 'min'

// German: CLDR places: 67,5 %, 1.215.000 $, and the rank stays #1
def glideDe = page('site-de', 'measures/on-time-flights.html')
assert exact(glideDe.select('table.values tbody tr').first().select('td.num').first()) == '67,5' + nbsp + '%'
assert exact(glideDe.select('svg.chart-measure .value-latest').first()) == '67,5' + nbsp + '%'
assert exact(page('site-de', 'measures/revenue.html').select('.summary strong').first()) == '1.215.000' + nbsp + '$'
assert page('site-de', 'measures/on-time-rank.html').select('.summary strong').first().text() == '#1'
