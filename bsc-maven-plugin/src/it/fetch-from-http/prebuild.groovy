// A real HTTP server on a free loopback port for this IT's sources: /kpi.json (JSON, wants the bearer token from the
// environment), /nps.csv (CSV, wants the basic credentials of the settings.xml server it-kpi-api) and /broken (404).
// It counts every request; verify.groovy reads the counts and stops it.
import com.sun.net.httpserver.HttpServer
import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.CopyOnWriteArrayList

def counts = new ConcurrentHashMap<String, Integer>()
def authorizations = new CopyOnWriteArrayList<String>()
def server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0)
def answer = { exchange, int status, String type, String body ->
    byte[] bytes = body.getBytes('UTF-8')
    exchange.responseHeaders.add('Content-Type', type)
    exchange.sendResponseHeaders(status, bytes.length)
    exchange.responseBody.withCloseable { it.write(bytes) }
}
server.createContext('/') { exchange ->
    def path = exchange.requestURI.path
    counts.merge(path, 1, Integer::sum)
    def auth = exchange.requestHeaders.getFirst('Authorization') ?: ''
    authorizations.add(auth)
    if (path == '/kpi.json') {
        if (auth == 'Bearer it-Env-T0ken-4711') {
            answer(exchange, 200, 'application/json', '{"items": [{"id": "revenue", "month": "2026-04", "amount": 121.50},'
                    + ' {"id": "defects", "month": "2026-04", "amount": 3}, {"id": "revenue", "month": "2026-05", "amount": 1.3E2}]}')
        } else {
            answer(exchange, 401, 'text/plain', 'no')
        }
    } else if (path == '/nps.csv') {
        def expected = 'Basic ' + Base64.encoder.encodeToString('robot:it-Server-Passw0rd'.getBytes('UTF-8'))
        if (auth == expected) {
            answer(exchange, 200, 'text/csv', 'period,value,note\n2026-05,44,"wave 5"\n2026-04,41.0,\n')
        } else {
            answer(exchange, 401, 'text/plain', 'no')
        }
    } else {
        answer(exchange, 404, 'text/plain', 'not here')
    }
    exchange.close()
}
server.start()
def port = server.address.port
def sources = new File(basedir, 'src/strategy/sources')
sources.mkdirs()
new File(sources, 'kpi-api.yaml').text = """# JSON rows; the token comes from the environment
type: http
url: http://127.0.0.1:${port}/kpi.json
rows: /items
fields:
  measure: /id
  period: /month
  value: /amount
headers:
  Authorization: Bearer \${env.KPI_API_TOKEN}
"""
new File(sources, 'nps-survey.yaml').text = """# CSV for one measure; credentials from the settings.xml server it-kpi-api
type: http
url: http://127.0.0.1:${port}/nps.csv
format: csv
measure: nps
server: it-kpi-api
"""
new File(sources, 'broken.yaml').text = """type: http
url: http://127.0.0.1:${port}/broken
measure: training
"""
new File(basedir, 'src/strategy/measurements/broken.csv').text = 'measure,period,value,note\ntraining,2025-Q4,5,\n'
System.properties.put('bsc.it.fetch.server', server)
System.properties.put('bsc.it.fetch.counts', counts)
System.properties.put('bsc.it.fetch.authorizations', authorizations)
return true
