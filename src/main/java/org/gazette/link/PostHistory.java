package org.gazette.link;

import java.util.List;

/**
 * A post in an organisation ({@code 永州市司法局} + {@code 副局长}) and who held it when.
 *
 * @param tenures oldest first; gaps between them are times the notices say nothing about
 */
public record PostHistory(String id, String organization, String organizationId, String post, String jurisdiction,
                          List<Tenure> tenures) {

    public PostHistory {
        tenures = List.copyOf(tenures);
    }
}
