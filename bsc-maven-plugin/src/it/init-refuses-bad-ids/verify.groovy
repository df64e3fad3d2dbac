// bsc:init refuses ids that are no Maven id or no folder name on every system, with the reason and an example,
// and creates nothing; a good id then creates its project.
def log = new File(basedir, 'build.log').text
assert log.contains("bsc.init.artifactId 'CON' names a Windows device") : 'CON refused with its reason'
assert log.contains("bsc.init.artifactId '-x' must start with a letter or digit") : '-x refused with its reason'
assert log.contains("bsc.init.artifactId 'a/b' is not a Maven id") : 'a/b refused with its reason'
assert log.contains("bsc.init.groupId 'com.nul' names a Windows device") : 'com.nul refused with its reason'
assert log.contains('e.g. -Dbsc.init.artifactId=acme-strategy') : 'the message gives an example'
assert !log.contains('ScaffoldException') && !log.contains('\tat ') : 'no exception class or stack trace in the log'
['CON', '-x', 'a', 'fine'].each { assert !new File(basedir, it).exists() : it + ' must not be created' }
assert new File(basedir, 'acme-strategy/pom.xml').isFile() : 'a good id creates its project'
return true
