package org.creditrepair.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.buffer.Buffer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.creditrepair.knowledge.SearchMode;
import org.creditrepair.knowledge.SearchQuery;
import org.creditrepair.proto.knowledge.v1.SearchRequest;
import org.creditrepair.proto.knowledge.v1.Source;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;
import org.creditrepair.shared.IsoDates;

/**
 * 检索请求解析：turns the JSON body of {@code POST /api/v1/search} into a validated {@link SearchRequest};
 * JSON types are checked here, limits by {@link SearchQuery} itself.
 */
final class SearchRequestParser {
  static final List<String> FIELDS = List.of("query", "topK", "region", "asOf", "sources");

  private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
  private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

  private final Clock clock;

  SearchRequestParser(Clock clock) {
    this.clock = clock;
  }

  /** The request for {@code body}; throws {@link CreditRepairException} for bad input. */
  SearchRequest parse(Buffer body) {
    ObjectNode json = JsonFields.object(body);
    JsonFields.rejectUnknown(json, FIELDS, "");
    String text = query(json);
    int topK = topK(json);
    String region = string(json, "region");
    String asOfText = string(json, "asOf");
    LocalDate asOf = asOfText == null ? IsoDates.today(clock) : IsoDates.parse(asOfText, "asOf");
    List<Source> sources = sources(json);
    SearchQuery query = new SearchQuery(text, topK, region, asOf, SearchMode.HYBRID);
    SearchRequest.Builder request =
        SearchRequest.newBuilder()
            .setQuery(query.text())
            .setTopK(query.topK())
            .addAllSources(sources);
    if (query.region() != null) {
      request.setRegion(query.region());
    }
    if (asOfText != null) {
      request.setAsOf(asOf.toString());
    }
    return request.build();
  }

  /** Optional {@code sources}: an array of "OFFICIAL" / "GUIDE". */
  private static List<Source> sources(ObjectNode json) {
    JsonNode node = json.get("sources");
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw JsonFields.wrongType("sources", "array", "sources 必须是数组，如 [\"OFFICIAL\"]");
    }
    List<Source> out = new java.util.ArrayList<>();
    for (JsonNode item : node) {
      String v = item.isTextual() ? item.textValue() : "";
      switch (v) {
        case "OFFICIAL" -> out.add(Source.OFFICIAL);
        case "GUIDE" -> out.add(Source.GUIDE);
        default ->
            throw JsonFields.wrongType(
                "sources", "OFFICIAL|GUIDE", "sources 的取值只能是 OFFICIAL 或 GUIDE");
      }
    }
    return out;
  }

  private static String query(ObjectNode json) {
    JsonNode node = json.get("query");
    if (node == null || node.isNull()) {
      throw CreditRepairException.field(ErrorCode.MISSING_FIELD, "query", "缺少检索内容 query");
    }
    if (!node.isTextual()) {
      throw JsonFields.wrongType("query", "string", "检索内容 query 必须是字符串");
    }
    return node.textValue();
  }

  private static int topK(ObjectNode json) {
    JsonNode node = json.get("topK");
    if (node == null || node.isNull()) {
      return SearchQuery.DEFAULT_TOP_K;
    }
    if (!node.isNumber()) {
      throw JsonFields.wrongType("topK", "integer", "topK 必须是整数");
    }
    BigDecimal value = node.decimalValue();
    if (value.compareTo(INT_MAX) > 0) {
      return Integer.MAX_VALUE;
    }
    if (value.compareTo(INT_MIN) < 0) {
      return Integer.MIN_VALUE;
    }
    if (value.stripTrailingZeros().scale() > 0) {
      throw JsonFields.wrongType("topK", "integer", "topK 必须是整数");
    }
    return value.intValueExact();
  }

  private static String string(ObjectNode json, String field) {
    JsonNode node = json.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw JsonFields.wrongType(field, "string", field + " 必须是字符串");
    }
    return node.textValue();
  }
}
