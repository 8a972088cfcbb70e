package dev.waymark.model;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** A rereadable text dropped by the collector is read again; a file that changed since is quoted blank. */
class SourceTextTest {
    private static final String TEXT = "journey j {\r\n  owner @a\r  x-b \"c\"\n}";

    @Test
    void aDroppedTextIsReadAgainOnce() {
        AtomicInteger reads = new AtomicInteger();
        SourceText t = new SourceText("f.journey", TEXT).rereadable(() -> {
            reads.incrementAndGet();
            return Optional.of(new String(TEXT.toCharArray()));
        });
        assertThat(t.line(2)).isEqualTo("  owner @a");
        assertThat(reads).hasValue(0);
        t.dropText();
        assertThat(t.line(3)).isEqualTo("  x-b \"c\"");
        assertThat(t.text()).isEqualTo(TEXT);
        assertThat(reads).hasValue(1);
    }

    @Test
    void aFileChangedSinceIsQuotedBlankWithItsLinesInPlace() {
        SourceText t = new SourceText("f.journey", TEXT).rereadable(() -> Optional.of(TEXT.replace("@a", "@b")));
        t.dropText();
        assertThat(t.lineCount()).isEqualTo(4);
        assertThat(t.line(2)).isBlank().hasSize("  owner @a".length());
        assertThat(t.line(4)).isEqualTo(" ");
        assertThat(t.text()).hasSize(TEXT.length());
    }

    @Test
    void aTextThatCannotBeReadAgainIsBlankToo() {
        SourceText t = new SourceText("f.journey", TEXT).rereadable(Optional::empty);
        t.dropText();
        assertThat(t.line(1)).isBlank();
    }
}
