package org.creditrepair.gateway;

import java.util.List;
import org.creditrepair.proto.knowledge.v1.Hit;
import org.creditrepair.proto.knowledge.v1.SearchResponse;
import org.creditrepair.proto.knowledge.v1.Source;

/**
 * 检索响应：the JSON body of {@code POST /api/v1/search}; empty optional strings of the proto become
 * null.
 */
record SearchResponseJson(List<HitJson> hits, long tookMs) {

  /** One hit as JSON; {@code source} is "OFFICIAL" or "GUIDE". */
  record HitJson(
      String docId,
      String title,
      String article,
      String text,
      double score,
      String source,
      String chunkId,
      String issuer,
      String documentNumber,
      String region,
      String effectiveFrom,
      String effectiveTo,
      String path,
      boolean exact) {}

  static SearchResponseJson of(SearchResponse response, long tookMs) {
    return new SearchResponseJson(
        response.getHitsList().stream().map(SearchResponseJson::hit).toList(), tookMs);
  }

  private static HitJson hit(Hit h) {
    return new HitJson(
        h.getDocId(),
        h.getTitle(),
        emptyToNull(h.getArticle()),
        h.getText(),
        h.getScore(),
        h.getSource() == Source.GUIDE ? "GUIDE" : "OFFICIAL",
        h.getChunkId(),
        emptyToNull(h.getIssuer()),
        emptyToNull(h.getDocumentNumber()),
        emptyToNull(h.getRegion()),
        emptyToNull(h.getEffectiveFrom()),
        emptyToNull(h.getEffectiveTo()),
        h.getPath(),
        h.getExact());
  }

  private static String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }
}
