import org.eclipse.jgit.api.Git
import org.eclipse.jgit.lib.PersonIdent
import java.time.LocalDate
import java.time.ZoneOffset

// history: the map as reviewed on 2026-01-15, then a content change on 2026-03-01
def on = { String day ->
    new PersonIdent('Ana Author', 'ana@example.com', LocalDate.parse(day).atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC)
}
def map = new File(basedir, 'src/main/journeys/checkout.journey')
def git = Git.init().setDirectory(basedir).setInitialBranch('main').call()
try {
    git.add().addFilepattern('.').call()
    git.commit().setMessage('Checkout map, reviewed with Dana').setAuthor(on('2026-01-15')).setCommitter(on('2026-01-15')).call()
    map.text = map.text.replace('emotion +1', 'emotion -2')
    git.add().addFilepattern('.').call()
    git.commit().setMessage('Paying hurts more').setAuthor(on('2026-03-01')).setCommitter(on('2026-03-01')).call()
} finally {
    git.close()
}
return true
