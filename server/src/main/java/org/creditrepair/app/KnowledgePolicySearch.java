package org.creditrepair.app;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.creditrepair.assistant.PolicySearch;
import org.creditrepair.proto.knowledge.v1.KnowledgeService;
import org.creditrepair.proto.knowledge.v1.SearchMode;
import org.creditrepair.proto.knowledge.v1.SearchRequest;
import org.creditrepair.proto.knowledge.v1.Source;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;

/**
 * 助手检索适配：the assistant's policy search through the knowledge service interface — the in-process
 * adapter or the remote gRPC client alike, with the service's deadline; blocking, for worker
 * threads.
 */
final class KnowledgePolicySearch implements PolicySearch {
  private final KnowledgeService knowledge;
  private final long timeoutMillis;

  KnowledgePolicySearch(KnowledgeService knowledge, long timeoutMillis) {
    this.knowledge = knowledge;
    this.timeoutMillis = timeoutMillis;
  }

  @Override
  public List<Passage> search(String query, String region, LocalDate asOf, int topK) {
    try {
      return hits(query, region, asOf, topK);
    } catch (CreditRepairException e) {
      if (region != null && e.code() == ErrorCode.INVALID_REGION) {
        return hits(query, null, asOf, topK); // a place we hold no texts for
      }
      throw e;
    }
  }

  private List<Passage> hits(String query, String region, LocalDate asOf, int topK) {
    SearchRequest.Builder b =
        SearchRequest.newBuilder()
            .setQuery(query.length() > 2_000 ? query.substring(0, 2_000) : query)
            .setTopK(topK)
            .setAsOf(asOf.toString())
            .setMode(SearchMode.HYBRID);
    if (region != null) {
      b.setRegion(region);
    }
    try {
      return knowledge
          .search(b.build())
          .await(timeoutMillis, TimeUnit.MILLISECONDS)
          .getHitsList()
          .stream()
          .map(
              h ->
                  new Passage(
                      h.getDocId(),
                      h.getTitle(),
                      h.getArticle().isBlank() ? null : h.getArticle(),
                      h.getText(),
                      h.getSource() == Source.OFFICIAL,
                      h.getScore()))
          .toList();
    } catch (CreditRepairException e) {
      throw e;
    } catch (java.util.concurrent.TimeoutException e) {
      throw new CreditRepairException(ErrorCode.UPSTREAM_UNAVAILABLE, "知识检索超时");
    } catch (Exception e) {
      if (e.getCause() instanceof CreditRepairException c) {
        throw c;
      }
      throw new CreditRepairException(ErrorCode.UPSTREAM_UNAVAILABLE, "知识检索不可用");
    }
  }
}
