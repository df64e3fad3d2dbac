// Links git would carry in a repository: src/strategy and src/site-template point out of the project.
import java.nio.file.Files
def outside = new File(basedir, '../roots-outside-project-elsewhere').toPath()
Files.createDirectories(outside.resolve('strategy'))
Files.createDirectories(outside.resolve('site-template/assets'))
Files.writeString(outside.resolve('strategy/strategy.yaml'), 'name: SECRET-OUTSIDE\n')
Files.writeString(outside.resolve('site-template/assets/secret.txt'), 'SECRET-OUTSIDE\n')
Files.createSymbolicLink(new File(basedir, 'src/strategy').toPath(), outside.resolve('strategy'))
Files.createSymbolicLink(new File(basedir, 'src/site-template').toPath(), outside.resolve('site-template'))
return true
