// The example strategy builds with a measure fed from an Excel workbook and two calculated measures: the values of
// the workbook are on the measure's page, and each calculated measure's page shows its expression and its trail
// (inputs and result per period, or why there is none), with the result as the measure's actual.
import org.jsoup.Jsoup

def site = new File(basedir, 'target/strategy-site')
def log = new File(basedir, 'build.log').text
assert log =~ /Strategy site: \d+ pages, \d+ maps/ : 'summary line missing'
assert !log.contains('Exception') : 'no stack trace in the log'
assert !log.contains('[ERROR]') : 'no error'

def cells = { page, selector -> page.select(selector).eachText().collect { it.replace('\u00a0', ' ') } }

// values read from measurements/devices.xlsx
def devices = Jsoup.parse(new File(site, 'measures/connected-devices.html'), 'UTF-8')
def deviceValues = cells(devices, 'table.values tbody td.num')
assert deviceValues.contains('54.5 thousand') && deviceValues.contains('22.0 thousand') : deviceValues

// a monthly calculation of two monthly measures
def perSensor = Jsoup.parse(new File(site, 'measures/contracts-per-thousand-sensors.html'), 'UTF-8')
assert perSensor.selectFirst('code.calc-expression').text() == 'service-contracts / connected-devices'
assert perSensor.select('table.calc-trail thead th').eachText() == ['Period', 'service-contracts', 'connected-devices', 'Calculated value']
def latest = cells(perSensor, 'table.calc-trail tbody tr:first-child th, table.calc-trail tbody tr:first-child td')
assert latest == ['October 2026', '352', '54.5', '6.46 contracts'] : latest

// a quarterly calculation: monthly revenue summed (aggregation sum), ARR at the quarter's end (last)
def arr = Jsoup.parse(new File(site, 'measures/arr-to-revenue.html'), 'UTF-8')
def rows = arr.select('table.calc-trail tbody tr').collect { tr -> tr.select('th, td').eachText().collect { it.replace('\u00a0', ' ') } }
def q3 = rows.find { it[0].contains('Q3 2026') || it[0].contains('2026-Q3') || it[0].contains('Q3') && it[0].contains('2026') }
assert q3 != null : rows
assert q3[1..3] == ['21.2', '23.94', '88.6%'] : q3
def q4 = rows[0]
assert q4[3].startsWith('no value') : 'October alone is no quarter: ' + q4

// strategy.json carries the expression and trail
def json = new File(site, 'strategy.json').text.replaceAll(/\s+/, '')
assert json.contains('"calc":{"expression":"round(service-arr/revenue*100,1)","inputs":["service-arr","revenue"]')
