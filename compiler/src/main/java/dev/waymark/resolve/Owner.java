package dev.waymark.resolve;

import dev.waymark.model.Located;

import java.util.Locale;

/**
 * Who owns a step or stage, and where that comes from: its own `owner` line, its stage's or
 * its journey's. Computed once by the binder; `missing-owner`, the map, the JSON, the pages
 * and the hover all read it.
 */
public record Owner(Located<String> handle, Source source) {

    public enum Source {
        STEP, STAGE, JOURNEY;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The handle as written, with `@`. */
    public String value() {
        return handle.value();
    }

    /** True when the element names no owner of its own and inherits this one. */
    public boolean inherited(Source own) {
        return source != own;
    }
}
