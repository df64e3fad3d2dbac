// bsc:sheets wrote the workbook; importing it untouched changed nothing; the conflicting sheet failed at its cell and
// changed nothing; the filled sheet added exactly its three values (one into a new file); the build published them.
def strategy = new File(basedir, 'src/strategy')
def book = new File(basedir, 'target/bsc-sheets/no-owner.xlsx')
assert book.isFile() : 'bsc:sheets wrote target/bsc-sheets/no-owner.xlsx'
assert new File(strategy, 'measurements/first.csv').text == '''measure,period,value,note
four-hour,2026-08,71.2,
four-hour,2026-09,73.9,
four-hour,2026-10,75.1,Winter plan started
surplus,2026-Q3,-0.4,
friends-and-family,2026-Q3,91,
friends-and-family,2026-Q4,92,
length-of-stay,2026-09,5.6,First month on the new system
'''
assert new File(strategy, 'measurements/agency-cost.csv').text == 'measure,period,value,note\nagency-cost,2026-09,12.5,\n'
assert strategy.list().sort() == ['measurements', 'measures', 'objectives', 'strategy.yaml'] : 'no other file: ' + strategy.list()
assert new File(strategy, 'measurements').list().sort() == ['agency-cost.csv', 'first.csv'] : 'no temporary file left behind'
def log = new File(basedir, 'build.log').text
assert log.contains('no-owner.xlsx: (no owner), 20 measure(s), 20 value(s) due')
assert log.contains('No new values: every measurement file stays as it is.') : 'the untouched sheet changed nothing'
assert log.contains('filled/conflict.xlsx!Update!D11: BSC163') : 'the conflict at its cell'
assert log.contains('but 73.9 is recorded at measurements/first.csv:3')
assert log.contains('no measurement file was changed')
assert log.contains('measurements/first.csv: 2 new value(s)')
assert !(log =~ /(?m)^\s+at \S+\(/) : 'no stack trace'
// the portal is as of 2026-Q3: the imported 2026-09 value of agency-cost is its actual now
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/strategy-site/strategy.json'))
def agency = json.company.measures.find { it.id == 'agency-cost' }
assert agency.actual == 12.5 && agency.latestPeriod == '2026-09' : 'the imported value reaches the portal: ' + agency
assert log.contains('filled/conflict.xlsx!Update!D11: BSC163') && !log.contains('src/strategy//') : 'the workbook named as it is, not inside the strategy'
return true
