// A template directory with only a stylesheet, and one whose book.ftlh (the built-in one) has a drawing of its own:
// an ellipse, which the book does not draw itself.
import java.nio.file.*
def base = basedir.toPath()
Files.createDirectories(base.resolve('src/plain-template/assets'))
Files.writeString(base.resolve('src/plain-template/assets/brand.css'), '.brand { color: teal; }\n')
def builtIn = base.resolve('../../../../site-template/src/main/resources/dev/bscportal/site/templates/book.ftlh').normalize()
def book = Files.readString(builtIn)
assert book.contains('<body>')
Files.createDirectories(base.resolve('src/svg-template/templates'))
Files.writeString(base.resolve('src/svg-template/templates/book.ftlh'), book.replaceFirst('<body>',
        '<body>\n<svg class="seal" viewBox="0 0 20 10" width="40" height="20" role="img" aria-label="Seal"><ellipse cx="10" cy="5" rx="9" ry="4" fill="#1f5fa8"/></svg>'))
return true
