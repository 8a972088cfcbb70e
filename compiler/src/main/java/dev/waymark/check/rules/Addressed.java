package dev.waymark.check.rules;

import dev.waymark.model.Journey;
import dev.waymark.model.Located;
import dev.waymark.model.Opportunity;
import dev.waymark.model.Reference;
import dev.waymark.resolve.Workspace;

import java.util.HashSet;
import java.util.Set;

/**
 * What the live opportunities of a workspace address, as `journey.element` keys. A `dropped`
 * opportunity addresses nothing any more.
 */
final class Addressed {
    private final Set<String> keys = new HashSet<>();

    Addressed(Workspace workspace) {
        for (Journey journey : workspace.allJourneys()) {
            for (Opportunity o : journey.opportunities()) {
                if (o.status().map(Located::value).orElse("").equals("dropped")) continue;
                for (Reference r : o.addresses()) keys.add(r.journey().orElse(journey.id()) + "." + r.id());
            }
        }
    }

    /** True when some live opportunity addresses one of these elements of the journey. */
    boolean any(String journey, String... elements) {
        for (String e : elements) if (keys.contains(journey + "." + e)) return true;
        return false;
    }
}
