package dev.waymark.fuzz;

import dev.waymark.syntax.ParseResult;
import dev.waymark.syntax.SourceParser;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** A well-formed second file for the fuzzed one to reference, clash with and be checked beside. */
public final class Companion {
    public static final String FILE = "companion.journey";
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
    public static final byte[] BYTES = """
            team @cx "Customer experience" { members @ana, @ben }
            persona shopper "Shopper" { age 25..40 }
            journey other "Other" {
              owner @cx
              personas shopper
              reviewed 2026-10-01
              review every 90d
              stage s "S" {
                step a "A" {
                  emotion -1 "slow"
                  pain p "Too slow" severity high
                  next b 40%, end
                }
                step b "B" { emotion +2 }
              }
              opportunity o "Faster" { addresses p owner @cx due 2026-12-31 }
            }
            """.getBytes(StandardCharsets.UTF_8);

    private Companion() {
    }

    public static ParseResult parsed() {
        return SourceParser.parse(FILE, BYTES);
    }
}
