// A siteUrl that is not an http(s) address fails the build with the parameter's name and what to write,
// before anything is written.
def log = new File(basedir, 'build.log').text
assert log.contains("siteUrl 'javascript:alert(document.domain)//' must start with https:// or http://") : 'the message names the parameter'
assert log.contains('e.g. https://example.github.io/strategy/') : 'the message says what to write'
assert !log.contains('\tat ') && !log.contains('Caused by') : 'no stack trace'
assert !new File(basedir, 'target/strategy-site').exists() : 'nothing was published'
return true
