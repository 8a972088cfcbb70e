package dev.waymark.lsp;

import dev.waymark.model.Journey;
import dev.waymark.model.Located;
import dev.waymark.model.Reference;

import java.util.List;

/** What the cursor stands on: a declared id, a reference to one, or a handle. */
sealed interface Hit {

    /** The id where an element (team, persona, journey, stage, step, pain, opportunity) is declared. */
    record Declared(Object element) implements Hit {
    }

    /** A `persona(s)`, `next` or `addresses` reference, with the journey it was written in. */
    record Ref(Reference reference, Journey journey, Kind kind) implements Hit {
    }

    /** Where a reference is written: a persona list, `next` (a step) or `addresses` (a pain, step or stage). */
    enum Kind {
        PERSONA, NEXT, ADDRESSES
    }

    /** An `owner`, `reviewed ... by`, `members` or `escalates-to` handle, `@` included. */
    record Handle(Located<String> handle) implements Hit {
    }
}
