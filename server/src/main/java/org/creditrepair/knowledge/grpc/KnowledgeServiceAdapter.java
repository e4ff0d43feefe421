package org.creditrepair.knowledge.grpc;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Supplier;
import org.creditrepair.knowledge.IndexStats;
import org.creditrepair.knowledge.KnowledgeSearch;
import org.creditrepair.knowledge.SearchHit;
import org.creditrepair.knowledge.SearchMode;
import org.creditrepair.knowledge.SearchQuery;
import org.creditrepair.knowledge.SearchResult;
import org.creditrepair.proto.knowledge.v1.Hit;
import org.creditrepair.proto.knowledge.v1.KnowledgeService;
import org.creditrepair.proto.knowledge.v1.SearchRequest;
import org.creditrepair.proto.knowledge.v1.SearchResponse;
import org.creditrepair.proto.knowledge.v1.Source;
import org.creditrepair.proto.knowledge.v1.StatsRequest;
import org.creditrepair.proto.knowledge.v1.StatsResponse;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;
import org.creditrepair.shared.IsoDates;

/**
 * 知识检索服务（进程内实现）：the in-process {@link KnowledgeService}; maps proto messages to the feature's
 * records and runs the blocking search on a worker thread.
 */
public final class KnowledgeServiceAdapter implements KnowledgeService {
  private final Vertx vertx;
  private final Supplier<KnowledgeSearch> search;
  private final Clock clock;

  /**
   * @param search gives the open index, or null while it is still being opened (then calls fail
   *     with {@link ErrorCode#NOT_READY})
   */
  public KnowledgeServiceAdapter(Vertx vertx, Supplier<KnowledgeSearch> search, Clock clock) {
    this.vertx = vertx;
    this.search = search;
    this.clock = clock;
  }

  @Override
  public Future<SearchResponse> search(SearchRequest request) {
    SearchQuery query;
    try {
      query = toQuery(request);
    } catch (CreditRepairException e) {
      return Future.failedFuture(e);
    }
    KnowledgeSearch open = search.get();
    if (open == null) {
      return Future.failedFuture(notReady());
    }
    return vertx.executeBlocking(() -> toResponse(open.search(query)), false);
  }

  @Override
  public Future<StatsResponse> stats(StatsRequest request) {
    KnowledgeSearch open = search.get();
    if (open == null) {
      return Future.failedFuture(notReady());
    }
    IndexStats s = open.stats();
    return Future.succeededFuture(
        StatsResponse.newBuilder()
            .setDocuments(s.documents())
            .setOfficialDocuments(s.officialDocuments())
            .setGuideDocuments(s.guideDocuments())
            .setChunks(s.chunks())
            .setContentHash(s.contentHash())
            .setBuiltAt(s.builtAt().toString())
            .build());
  }

  private SearchQuery toQuery(SearchRequest r) {
    int topK = r.getTopK() == 0 ? SearchQuery.DEFAULT_TOP_K : r.getTopK();
    LocalDate asOf = IsoDates.today(clock);
    if (!r.getAsOf().isBlank()) {
      try {
        asOf = LocalDate.parse(r.getAsOf().strip());
      } catch (DateTimeParseException e) {
        throw new CreditRepairException(
            ErrorCode.INVALID_DATE,
            "asOf 必须是 YYYY-MM-DD 格式的日期",
            Map.of("field", "asOf", "value", r.getAsOf()));
      }
    }
    SearchMode mode =
        switch (r.getMode()) {
          case BM25 -> SearchMode.BM25;
          case DENSE -> SearchMode.DENSE;
          default -> SearchMode.HYBRID;
        };
    String region = r.getRegion().isBlank() ? null : r.getRegion();
    java.util.Set<org.creditrepair.knowledge.Source> sources =
        java.util.EnumSet.noneOf(org.creditrepair.knowledge.Source.class);
    for (Source s : r.getSourcesList()) {
      switch (s) {
        case OFFICIAL -> sources.add(org.creditrepair.knowledge.Source.OFFICIAL);
        case GUIDE -> sources.add(org.creditrepair.knowledge.Source.GUIDE);
        default ->
            throw new CreditRepairException(
                ErrorCode.INVALID_FIELD_TYPE,
                "sources 只能是 OFFICIAL 或 GUIDE",
                Map.of("field", "sources"));
      }
    }
    return new SearchQuery(r.getQuery(), topK, region, asOf, mode, sources);
  }

  private static SearchResponse toResponse(SearchResult result) {
    SearchResponse.Builder b = SearchResponse.newBuilder().setTookMs(result.tookMs());
    for (SearchHit h : result.hits()) {
      b.addHits(
          Hit.newBuilder()
              .setChunkId(h.chunkId())
              .setDocId(h.docId())
              .setTitle(h.title())
              .setArticle(nz(h.article()))
              .setText(h.text())
              .setScore(h.score())
              .setSource(
                  h.source() == org.creditrepair.knowledge.Source.GUIDE
                      ? Source.GUIDE
                      : Source.OFFICIAL)
              .setIssuer(nz(h.issuer()))
              .setDocumentNumber(nz(h.documentNumber()))
              .setRegion(nz(h.region()))
              .setEffectiveFrom(h.effectiveFrom() == null ? "" : h.effectiveFrom().toString())
              .setEffectiveTo(h.effectiveTo() == null ? "" : h.effectiveTo().toString())
              .setPath(nz(h.path()))
              .setExact(h.exact())
              .build());
    }
    return b.build();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static CreditRepairException notReady() {
    return new CreditRepairException(ErrorCode.NOT_READY, "知识库索引正在加载，请稍后再试");
  }
}
