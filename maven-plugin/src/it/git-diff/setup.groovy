import org.eclipse.jgit.api.Git

// the base commit, tagged; then an uncommitted edit: the stage loses its owner, an emotion improves
def map = new File(basedir, 'src/main/journeys/checkout.journey')
def git = Git.init().setDirectory(basedir).setInitialBranch('main').call()
try {
    git.add().addFilepattern('.').call()
    git.commit().setMessage('Checkout map').setAuthor('Ana', 'ana@example.com').setCommitter('Ana', 'ana@example.com').call()
    git.tag().setName('base').call()
} finally {
    git.close()
}
map.text = map.text.replace('    owner @checkout-squad\n', '').replace('emotion -2 "Annoyed"', 'emotion 0 "Calm"')
return true
