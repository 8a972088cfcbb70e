package dev.waymark.render;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTest {
    @Test
    void aPlainIdNamesItsFilesAsItIs() {
        assertThat(FileNames.base("checkout")).isEqualTo("checkout");
        assertThat(FileNames.base("gift_wrap-2")).isEqualTo("gift_wrap-2");
    }

    @Test
    void idsThatDifferOnlyInCaseNeverShareAFileOnACaseInsensitiveFileSystem() {
        FileNames names = FileNames.of(List.of("Foo", "foo", "FOO"));
        Set<String> folded = new HashSet<>();
        for (String id : List.of("Foo", "foo", "FOO")) assertThat(folded.add(names.of(id).toLowerCase(Locale.ROOT))).as(id).isTrue();
        assertThat(names.of("foo")).isEqualTo("foo");
        assertThat(names.of("Foo")).matches("Foo-[0-9a-f]{10}");
    }

    @Test
    void aLongIdIsShortenedWithAStableHash() {
        String id = "a".repeat(237);
        String base = FileNames.base(id);
        assertThat(base).hasSize(48 + 1 + 10).startsWith("a".repeat(48)).isEqualTo(FileNames.base(id));
        assertThat(FileNames.base("a".repeat(236) + "b")).isNotEqualTo(base);
        // a name and its extensions stay far below the 255 bytes a file system allows
        assertThat(RenderFormat.FLOW.fileName(base).length()).isLessThan(80);
    }

    @Test
    void namesAFileSystemOrTheSiteReservesAreHashed() {
        for (String id : List.of("con", "nul", "aux", "com1", "lpt9", "index")) {
            assertThat(FileNames.base(id)).as(id).startsWith(id + "-").hasSize(id.length() + 11);
        }
    }

    @Test
    void anIdThatSpellsAnotherIdsHashedNameStillGetsAFileOfItsOwn() {
        String hashed = FileNames.base("Foo");
        FileNames names = FileNames.of(List.of("Foo", hashed.toLowerCase(Locale.ROOT)));
        assertThat(names.of("Foo").toLowerCase(Locale.ROOT)).isNotEqualTo(names.of(hashed.toLowerCase(Locale.ROOT)).toLowerCase(Locale.ROOT));
    }

    @Test
    void aNameDoesNotDependOnTheOtherJourneys() {
        assertThat(FileNames.of(List.of("Checkout")).of("Checkout")).isEqualTo(FileNames.of(List.of("Checkout", "checkout", "zeta")).of("Checkout"));
    }
}
