package org.creditrepair.knowledge;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;

/**
 * 检索请求：a validated search over the knowledge base.
 *
 * @param text the user's question or reference, 1–2,000 characters after trimming
 * @param topK number of hits, 1–50
 * @param region region name as the client gave it (e.g. "上海", "台州"), or null for no filter
 * @param asOf the date the answer must hold on; documents not yet in force are excluded and
 *     repealed ones ranked after those in force
 * @param mode ranking mode
 * @param sources which sources to search (official texts, our guides); empty means both
 */
public record SearchQuery(
    String text, int topK, String region, LocalDate asOf, SearchMode mode, Set<Source> sources) {
  public static final int MAX_QUERY_CHARS = 2_000;
  public static final int DEFAULT_TOP_K = 5;
  public static final int MAX_TOP_K = 50;

  public SearchQuery {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(mode, "mode");
    sources = sources == null || sources.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sources));
    if (text == null) {
      throw CreditRepairException.field(ErrorCode.MISSING_FIELD, "query", "缺少检索内容 query");
    }
    text = text.strip();
    if (text.isEmpty()) {
      throw CreditRepairException.field(ErrorCode.EMPTY_QUERY, "query", "检索内容 query 不能为空");
    }
    if (text.codePointCount(0, text.length()) > MAX_QUERY_CHARS) {
      throw new CreditRepairException(
          ErrorCode.QUERY_TOO_LONG,
          "检索内容过长，最多 " + MAX_QUERY_CHARS + " 个字符",
          Map.of("field", "query", "max", String.valueOf(MAX_QUERY_CHARS)));
    }
    if (topK < 1 || topK > MAX_TOP_K) {
      throw new CreditRepairException(
          ErrorCode.TOP_K_OUT_OF_RANGE,
          "topK 必须在 1 到 " + MAX_TOP_K + " 之间",
          Map.of("field", "topK", "min", "1", "max", String.valueOf(MAX_TOP_K)));
    }
    if (region != null) {
      region = region.strip();
      if (region.isEmpty()) {
        region = null;
      }
    }
  }

  /** A query over both official texts and guides. */
  public SearchQuery(String text, int topK, String region, LocalDate asOf, SearchMode mode) {
    this(text, topK, region, asOf, mode, Set.of());
  }
}
