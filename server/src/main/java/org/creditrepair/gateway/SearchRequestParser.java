package org.creditrepair.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.creditrepair.knowledge.SearchMode;
import org.creditrepair.knowledge.SearchQuery;
import org.creditrepair.proto.knowledge.v1.SearchRequest;
import org.creditrepair.proto.knowledge.v1.Source;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;

/**
 * 检索请求解析：turns the JSON body of {@code POST /api/v1/search} into a validated {@link SearchRequest};
 * JSON types are checked here, limits by {@link SearchQuery} itself.
 */
final class SearchRequestParser {
  static final List<String> FIELDS = List.of("query", "topK", "region", "asOf", "sources");

  /** Exactly YYYY-MM-DD, a real calendar date (no sign, no 5-digit years, no 2023-02-29). */
  private static final DateTimeFormatter ISO_DATE =
      new DateTimeFormatterBuilder()
          .appendValue(ChronoField.YEAR, 4)
          .appendLiteral('-')
          .appendValue(ChronoField.MONTH_OF_YEAR, 2)
          .appendLiteral('-')
          .appendValue(ChronoField.DAY_OF_MONTH, 2)
          .toFormatter(Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);

  private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
  private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

  private final Clock clock;

  SearchRequestParser(Clock clock) {
    this.clock = clock;
  }

  /** The request for {@code body}; throws {@link CreditRepairException} for bad input. */
  SearchRequest parse(Buffer body) {
    ObjectNode json = object(body);
    rejectUnknownFields(json);
    String text = query(json);
    int topK = topK(json);
    String region = string(json, "region");
    String asOfText = string(json, "asOf");
    LocalDate asOf = asOfText == null ? LocalDate.now(clock) : date(asOfText);
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

  private static ObjectNode object(Buffer body) {
    JsonNode node;
    try {
      node = body == null ? null : GatewayJson.MAPPER.readTree(body.getBytes());
    } catch (IOException | RuntimeException e) {
      throw new CreditRepairException(ErrorCode.INVALID_JSON, "请求体不是合法的 JSON");
    }
    if (node == null || node.isMissingNode()) {
      throw new CreditRepairException(ErrorCode.INVALID_JSON, "请求体为空，需要一个 JSON 对象");
    }
    if (!(node instanceof ObjectNode object)) {
      throw new CreditRepairException(
          ErrorCode.INVALID_JSON, "请求体必须是 JSON 对象", Map.of("expected", "object"));
    }
    return object;
  }

  private static void rejectUnknownFields(ObjectNode json) {
    for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new CreditRepairException(
            ErrorCode.UNKNOWN_FIELD,
            "不支持的字段：" + abbreviate(name),
            Map.of("field", abbreviate(name), "allowed", String.join(",", FIELDS)));
      }
    }
  }

  /** Optional {@code sources}: an array of "OFFICIAL" / "GUIDE". */
  private static List<Source> sources(ObjectNode json) {
    JsonNode node = json.get("sources");
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw wrongType("sources", "array", "sources 必须是数组，如 [\"OFFICIAL\"]");
    }
    List<Source> out = new java.util.ArrayList<>();
    for (JsonNode item : node) {
      String v = item.isTextual() ? item.textValue() : "";
      switch (v) {
        case "OFFICIAL" -> out.add(Source.OFFICIAL);
        case "GUIDE" -> out.add(Source.GUIDE);
        default -> throw wrongType("sources", "OFFICIAL|GUIDE", "sources 的取值只能是 OFFICIAL 或 GUIDE");
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
      throw wrongType("query", "string", "检索内容 query 必须是字符串");
    }
    return node.textValue();
  }

  private static int topK(ObjectNode json) {
    JsonNode node = json.get("topK");
    if (node == null || node.isNull()) {
      return SearchQuery.DEFAULT_TOP_K;
    }
    if (!node.isNumber()) {
      throw wrongType("topK", "integer", "topK 必须是整数");
    }
    BigDecimal value = node.decimalValue();
    if (value.compareTo(INT_MAX) > 0) {
      return Integer.MAX_VALUE;
    }
    if (value.compareTo(INT_MIN) < 0) {
      return Integer.MIN_VALUE;
    }
    if (value.stripTrailingZeros().scale() > 0) {
      throw wrongType("topK", "integer", "topK 必须是整数");
    }
    return value.intValueExact();
  }

  private static String string(ObjectNode json, String field) {
    JsonNode node = json.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw wrongType(field, "string", field + " 必须是字符串");
    }
    return node.textValue();
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text.strip(), ISO_DATE);
    } catch (DateTimeParseException e) {
      throw new CreditRepairException(
          ErrorCode.INVALID_DATE,
          "asOf 必须是 YYYY-MM-DD 格式的有效日期",
          Map.of("field", "asOf", "value", abbreviate(text)));
    }
  }

  private static CreditRepairException wrongType(String field, String expected, String message) {
    return new CreditRepairException(
        ErrorCode.INVALID_FIELD_TYPE, message, Map.of("field", field, "expected", expected));
  }

  private static String abbreviate(String s) {
    return s.length() > 100 ? s.substring(0, 100) + "…" : s;
  }
}
