// The example strategy of this repository, and a copy with the edit an author makes between two builds: one
// measurement value of the Sales unit.
import java.nio.file.*
def example = new File(basedir, '../../../../example-strategy/src/strategy').toPath().normalize()
def copy = { Path from, Path to ->
    Files.walk(from).forEach { f ->
        def target = to.resolve(from.relativize(f).toString())
        if (Files.isDirectory(f)) { Files.createDirectories(target) } else { Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING) }
    }
}
copy(example, new File(basedir, 'src/strategy').toPath())
def to = new File(basedir, 'src/strategy-edited').toPath()
copy(example, to)
def csv = to.resolve('units/sales/measurements/sales.csv')
def text = new String(Files.readAllBytes(csv), 'UTF-8')
def edited = text.replace('pipeline-value,2024-12,8.5,', 'pipeline-value,2024-12,9.5,')
assert edited != text : 'the edit changes a measurement of the Sales unit'
Files.write(csv, edited.getBytes('UTF-8'))
return true
