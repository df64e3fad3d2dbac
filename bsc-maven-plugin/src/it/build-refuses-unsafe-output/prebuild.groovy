// A folder of the project that is a symbolic link into the strategy sources (git can hold such a link), and the
// template directory whose assets are copied into every site.
import java.nio.file.*
def base = basedir.toPath()
Files.createDirectories(base.resolve('src/site-template/assets'))
Files.writeString(base.resolve('src/site-template/assets/brand.css'), '.brand { color: teal; }\n')
Files.createSymbolicLink(base.resolve('linked'), Paths.get('src/strategy'))
return true
