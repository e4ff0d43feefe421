package org.creditrepair.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vertx.core.buffer.Buffer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.creditrepair.knowledge.SearchQuery;
import org.creditrepair.proto.knowledge.v1.SearchRequest;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchRequestParserTest {
  private final SearchRequestParser parser =
      new SearchRequestParser(Clock.fixed(Instant.parse("2025-03-01T00:00:00Z"), ZoneOffset.UTC));

  private SearchRequest parse(String json) {
    return parser.parse(Buffer.buffer(json));
  }

  private CreditRepairException error(String json) {
    return assertThrows(CreditRepairException.class, () -> parse(json));
  }

  @Test
  void should_default_top_k_and_leave_region_and_date_to_the_service() {
    SearchRequest r = parse("{\"query\":\"  信用修复  \"}");
    assertEquals("信用修复", r.getQuery());
    assertEquals(SearchQuery.DEFAULT_TOP_K, r.getTopK());
    assertEquals("", r.getRegion());
    assertEquals("", r.getAsOf());
  }

  @Test
  void should_pass_all_fields() {
    SearchRequest r =
        parse("{\"query\":\"异议\",\"topK\":50,\"region\":\"上海\",\"asOf\":\"2024-02-29\"}");
    assertEquals(50, r.getTopK());
    assertEquals("上海", r.getRegion());
    assertEquals("2024-02-29", r.getAsOf());
  }

  @Test
  void should_pass_source_filter_and_reject_unknown_sources() {
    SearchRequest r = parse("{\"query\":\"q\",\"sources\":[\"OFFICIAL\",\"GUIDE\"]}");
    assertEquals(
        java.util.List.of(
            org.creditrepair.proto.knowledge.v1.Source.OFFICIAL,
            org.creditrepair.proto.knowledge.v1.Source.GUIDE),
        r.getSourcesList());
    assertEquals(
        ErrorCode.INVALID_FIELD_TYPE, error("{\"query\":\"q\",\"sources\":\"OFFICIAL\"}").code());
    assertEquals(
        ErrorCode.INVALID_FIELD_TYPE, error("{\"query\":\"q\",\"sources\":[\"WIKI\"]}").code());
    assertEquals("sources", error("{\"query\":\"q\",\"sources\":[1]}").details().get("field"));
  }

  @Test
  void should_treat_null_optional_fields_as_absent_and_accept_integral_floats() {
    SearchRequest r = parse("{\"query\":\"q\",\"topK\":2.0,\"region\":null,\"asOf\":null}");
    assertEquals(2, r.getTopK());
    assertEquals(1, parse("{\"query\":\"q\",\"topK\":1e0}").getTopK());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "{|INVALID_JSON",
        "``|INVALID_JSON",
        "{\"query\":\"a\"} x|INVALID_JSON",
        "{\"query\":\"a\",\"query\":\"b\"}|INVALID_JSON",
        "{'query':'a'}|INVALID_JSON",
        "{\"query\":\"a\",\"topK\":NaN}|INVALID_JSON",
        "[]|INVALID_JSON",
        "\"query\"|INVALID_JSON",
        "null|INVALID_JSON",
        "{}|MISSING_FIELD",
        "{\"query\":null}|MISSING_FIELD",
        "{\"query\":\"\"}|EMPTY_QUERY",
        "{\"query\":\" \\t\\n \"}|EMPTY_QUERY",
        "{\"query\":5}|INVALID_FIELD_TYPE",
        "{\"query\":[\"a\"]}|INVALID_FIELD_TYPE",
        "{\"query\":\"a\",\"topK\":\"x\"}|INVALID_FIELD_TYPE",
        "{\"query\":\"a\",\"topK\":\"5\"}|INVALID_FIELD_TYPE",
        "{\"query\":\"a\",\"topK\":1.5}|INVALID_FIELD_TYPE",
        "{\"query\":\"a\",\"topK\":true}|INVALID_FIELD_TYPE",
        "{\"query\":\"a\",\"region\":[]}|INVALID_FIELD_TYPE",
        "{\"query\":\"a\",\"region\":1}|INVALID_FIELD_TYPE",
        "{\"query\":\"a\",\"asOf\":7}|INVALID_FIELD_TYPE",
        "{\"query\":\"a\",\"asOf\":{}}|INVALID_FIELD_TYPE",
        "{\"query\":\"a\",\"topK\":0}|TOP_K_OUT_OF_RANGE",
        "{\"query\":\"a\",\"topK\":-3}|TOP_K_OUT_OF_RANGE",
        "{\"query\":\"a\",\"topK\":51}|TOP_K_OUT_OF_RANGE",
        "{\"query\":\"a\",\"topK\":99999999999999999999999}|TOP_K_OUT_OF_RANGE",
        "{\"query\":\"a\",\"topK\":1e999999999}|TOP_K_OUT_OF_RANGE",
        "{\"query\":\"a\",\"topK\":-1e999999999}|TOP_K_OUT_OF_RANGE",
        "{\"query\":\"a\",\"mode\":\"BM25\"}|UNKNOWN_FIELD",
        "{\"Query\":\"a\"}|UNKNOWN_FIELD",
        "{\"query\":\"a\",\"asOf\":\"\"}|INVALID_DATE",
        "{\"query\":\"a\",\"asOf\":\"2023-02-29\"}|INVALID_DATE",
        "{\"query\":\"a\",\"asOf\":\"2023-13-01\"}|INVALID_DATE",
        "{\"query\":\"a\",\"asOf\":\"2023/01/01\"}|INVALID_DATE",
        "{\"query\":\"a\",\"asOf\":\"20230101\"}|INVALID_DATE",
        "{\"query\":\"a\",\"asOf\":\"+12023-01-01\"}|INVALID_DATE",
        "{\"query\":\"a\",\"asOf\":\"2023-01-01T00:00:00Z\"}|INVALID_DATE",
      })
  void should_reject_bad_input_with_a_specific_code(String body, ErrorCode expected) {
    assertEquals(expected, error(body).code());
  }

  @Test
  void should_name_the_field_of_a_wrong_type() {
    assertEquals("query", error("{\"query\":5}").details().get("field"));
    assertEquals("topK", error("{\"query\":\"a\",\"topK\":\"x\"}").details().get("field"));
    assertEquals("topK", error("{\"query\":\"a\",\"topK\":1.5}").details().get("field"));
    assertEquals("region", error("{\"query\":\"a\",\"region\":[]}").details().get("field"));
    assertEquals("asOf", error("{\"query\":\"a\",\"asOf\":7}").details().get("field"));
    assertEquals("mode", error("{\"query\":\"a\",\"mode\":1}").details().get("field"));
  }

  @Test
  void should_limit_query_length_by_the_search_query_record() {
    String max = "字".repeat(SearchQuery.MAX_QUERY_CHARS);
    assertEquals(max, parse("{\"query\":\"" + max + "\"}").getQuery());
    assertEquals(ErrorCode.QUERY_TOO_LONG, error("{\"query\":\"" + max + "字\"}").code());
  }

  @Test
  void should_reject_deeply_nested_json_as_invalid_json_not_crash() {
    String deep = "{\"query\":" + "[".repeat(20_000) + "]".repeat(20_000) + "}";
    CreditRepairException e = error(deep);
    assertEquals(ErrorCode.INVALID_JSON, e.code());
  }

  @Test
  void should_reject_invalid_utf8_as_invalid_json() {
    byte[] bad = {'{', '"', 'q', 'u', 'e', 'r', 'y', '"', ':', '"', (byte) 0xC3, '"', '}'};
    CreditRepairException e =
        assertThrows(CreditRepairException.class, () -> parser.parse(Buffer.buffer(bad)));
    assertEquals(ErrorCode.INVALID_JSON, e.code());
  }
}
