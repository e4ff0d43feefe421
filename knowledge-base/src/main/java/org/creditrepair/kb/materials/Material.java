package org.creditrepair.kb.materials;

import org.creditrepair.kb.rules.Citation;

/**
 * 申请材料：one material of the catalogue, with its specification and source.
 *
 * @param template id of the template that drafts it (TPL-…), or null
 * @param shareable one copy can serve several records or applications (营业执照 …)
 * @param source the registered document it rests on, or null when only a seed file says it
 * @param seed the seed file number when a seed is the source, else null
 * @param verified true only when the source was read in an official text in the corpus
 */
public record Material(
    String id,
    String name,
    MaterialSpec spec,
    String template,
    boolean shareable,
    Citation source,
    String seed,
    boolean verified,
    String note) {}
