package org.creditrepair.assistant;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.creditrepair.knowledge.KnowledgeSearch;
import org.creditrepair.knowledge.SearchMode;
import org.creditrepair.knowledge.SearchQuery;
import org.creditrepair.knowledge.Source;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;

/** 进程内检索：policy search over the in-process index (null while it is opening). */
public final class IndexPolicySearch implements PolicySearch {
  private final Supplier<KnowledgeSearch> index;

  public IndexPolicySearch(Supplier<KnowledgeSearch> index) {
    this.index = index;
  }

  @Override
  public List<Passage> search(String query, String region, LocalDate asOf, int topK) {
    KnowledgeSearch s = index.get();
    if (s == null) {
      throw new CreditRepairException(ErrorCode.NOT_READY, "知识库索引尚未就绪");
    }
    String q =
        query.length() > SearchQuery.MAX_QUERY_CHARS
            ? query.substring(0, SearchQuery.MAX_QUERY_CHARS)
            : query;
    List<org.creditrepair.knowledge.SearchHit> hits;
    try {
      hits = s.search(new SearchQuery(q, topK, region, asOf, SearchMode.HYBRID)).hits();
    } catch (CreditRepairException e) {
      if (region == null || e.code() != ErrorCode.INVALID_REGION) {
        throw e;
      }
      hits =
          s.search(new SearchQuery(q, topK, null, asOf, SearchMode.HYBRID))
              .hits(); // a place we have no texts for
    }
    return hits.stream()
        .map(
            h ->
                new Passage(
                    h.docId(),
                    h.title(),
                    h.article(),
                    h.text(),
                    h.source() == Source.OFFICIAL,
                    h.score()))
        .toList();
  }
}
