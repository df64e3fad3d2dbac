// bsc:fetch wrote each working source's CSV sorted and stable, kept the failing source's file, failed the goal
// naming it at file:line with its code, sent the credentials to the server but never wrote them to the log or
// the site; bsc:validate and bsc:build made no request (each source was requested once per fetch, twice in all).
def server = System.properties.get('bsc.it.fetch.server')
def counts = System.properties.get('bsc.it.fetch.counts')
def authorizations = System.properties.get('bsc.it.fetch.authorizations')
try {
    def measurements = new File(basedir, 'src/strategy/measurements')
    assert new File(measurements, 'kpi-api.csv').text == 'measure,period,value,note\ndefects,2026-04,3,\nrevenue,2026-04,121.5,\nrevenue,2026-05,130,\n'
    assert new File(measurements, 'nps-survey.csv').text == 'measure,period,value,note\nnps,2026-04,41,\nnps,2026-05,44,wave 5\n'
    assert new File(measurements, 'broken.csv').text == 'measure,period,value,note\ntraining,2025-Q4,5,\n' : 'the failing source keeps its file'
    assert counts.get('/kpi.json') == 2 && counts.get('/nps.csv') == 2 && counts.get('/broken') == 2 :
            'one request per source and fetch (404 is not retried), none by validate or build: ' + counts
    assert authorizations.contains('Bearer it-Env-T0ken-4711')
    def log = new File(basedir, 'build.log').text
    assert log.contains('src/strategy/sources/broken.yaml:2: BSC179') : 'the failing source at file:line with its code'
    assert log.contains('1 source(s) failed; their CSV files are left as they were')
    assert log.contains('unchanged measurements/kpi-api.csv (3 values)') : 'the second fetch found nothing new'
    def secrets = ['it-Env-T0ken-4711', 'it-Server-Passw0rd',
                   Base64.encoder.encodeToString('robot:it-Server-Passw0rd'.getBytes('UTF-8'))]
    secrets.each { assert !log.contains(it) : 'a credential in build.log' }
    def site = new File(basedir, 'target/strategy-site')
    assert new File(site, 'index.html').exists()
    assert new File(site, 'strategy.json').text.contains('"2026-05"') : 'the fetched values reach the portal'
    site.eachFileRecurse { f ->
        if (f.isFile()) {
            def text = new String(f.bytes, 'ISO-8859-1')
            secrets.each { assert !text.contains(it) : 'a credential in ' + f }
        }
    }
} finally {
    server.stop(0)
}
return true
