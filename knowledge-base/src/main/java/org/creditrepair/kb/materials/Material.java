package org.creditrepair.kb.materials;

import org.creditrepair.kb.rules.Citation;

/**
 * 申请材料：one material of the catalogue, with its specification and source.
 *
 * @param template id of the template that drafts it (TPL-…), or null
 * @param shareable one copy can serve several records or applications (营业执照 …)
 * @param verified true only when the source was read in an official text in the corpus
 */
public record Material(
    String id,
    String name,
    MaterialSpec spec,
    String template,
    boolean shareable,
    Citation source,
    boolean verified,
    String note) {}
