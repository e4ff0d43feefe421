package org.creditrepair.gateway;

import static org.creditrepair.app.TestHttp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.creditrepair.app.Application;
import org.creditrepair.app.TestHttp;
import org.creditrepair.app.TestServers;
import org.creditrepair.shared.uscc.Uscc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 诊断、方案与文书接口：the live HTTP contract of DESIGN §4, including every coded rejection. */
class RepairApiIT {
  static final String USCC = Uscc.withCheckCharacter("91330106MA2B00001");
  static final String ENTERPRISE =
      "{\"name\":\"杭州某某贸易有限公司\",\"uscc\":\"" + USCC + "\",\"region\":\"浙江\"}";

  /** A fined market-regulation penalty on GSXT, paid, and the company on the abnormal list. */
  static final String PENALTY_AND_ABNORMAL =
      """
      {"enterprise": %s, "asOf": "2026-11-24", "records": [
        {"id": "r1", "type": "ADMIN_PENALTY", "sanctions": ["FINE"], "platforms": ["GSXT"],
         "authority": "杭州市西湖区市场监督管理局", "decisionNo": "杭西市监处罚〔2026〕12号",
         "decisionDate": "2026-01-05", "publishedDate": "2026-01-12", "fineAmount": 20000,
         "fulfilledDate": "2026-01-20"},
        {"id": "r2", "type": "ABNORMAL_OPERATION", "authority": "杭州市西湖区市场监督管理局",
         "listedDate": "2025-07-15", "reason": "未按期报送2024年度年报", "obligationsFulfilled": false}
      ]}
      """
          .formatted(ENTERPRISE);

  @TempDir static Path tmp;
  static Application app;
  static TestHttp http;

  @BeforeAll
  static void start() throws Exception {
    app = TestServers.inProcess(tmp, false);
    http = new TestHttp(app.httpPort());
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  static JsonNode finding(JsonNode diagnosis, String recordId) {
    for (JsonNode f : diagnosis.get("findings")) {
      if (f.get("recordId").asText().equals(recordId)) {
        return f;
      }
    }
    throw new AssertionError("no finding for " + recordId + ": " + diagnosis);
  }

  static Set<String> codes(JsonNode blockers) {
    Set<String> out = new HashSet<>();
    blockers.forEach(b -> out.add(b.get("code").asText()));
    return out;
  }

  @Test
  @DisplayName("在经营异常名录中的企业：处罚信息须先移出名录才能提前停止公示（45号令第十四条）")
  void should_block_early_end_while_on_the_abnormal_list() {
    HttpResponse<String> r = http.postJson("/api/v1/diagnoses", PENALTY_AND_ABNORMAL);
    assertEquals(200, r.statusCode(), r.body());
    JsonNode d = json(r);
    assertTrue(d.get("diagnosisId").asText().startsWith("dg_"), d.toString());
    assertEquals("2026-11-24", d.get("asOf").asText());
    JsonNode penalty = finding(d, "r1");
    assertEquals("GSXT", penalty.get("platform").asText());
    assertEquals("NOT_YET", penalty.get("status").asText());
    assertTrue(codes(penalty.get("blockers")).contains("ON_ABNORMAL_LIST"), penalty.toString());
    assertTrue(penalty.get("regime").asText().contains("45号"), penalty.toString());
    boolean cited = false;
    for (JsonNode c : penalty.get("citations")) {
      cited |= c.get("article").asText("").equals("第十四条") && c.get("verified").asBoolean();
      assertFalse(c.get("docTitle").asText().isBlank(), c.toString());
    }
    assertTrue(cited, "第十四条 cited and verified: " + penalty.get("citations"));
    assertEquals("NOT_YET", finding(d, "r2").get("status").asText());
    assertTrue(d.get("summary").asText().contains("经营异常名录"), d.get("summary").asText());
  }

  @Test
  @DisplayName("方案：先消除异常原因、移出名录，再申请提前停止公示；材料清单去重")
  void should_plan_leaving_the_abnormal_list_before_the_early_end() {
    HttpResponse<String> r = http.postJson("/api/v1/plans", PENALTY_AND_ABNORMAL);
    assertEquals(200, r.statusCode(), r.body());
    JsonNode p = json(r);
    assertTrue(p.get("planId").asText().startsWith("pl_"));
    JsonNode leave = null;
    JsonNode apply = null;
    for (JsonNode s : p.get("steps")) {
      if (s.get("kind").asText().equals("LEAVE_ABNORMAL_LIST")) {
        leave = s;
      }
      if (s.get("kind").asText().equals("APPLY") && s.get("recordIds").toString().contains("r1")) {
        apply = s;
      }
      assertTrue(s.get("earliestStart").asText().matches("\\d{4}-\\d{2}-\\d{2}"), s.toString());
    }
    assertNotNull(leave, p.toString());
    assertNotNull(apply, p.toString());
    List<String> deps = new ArrayList<>();
    apply.get("dependsOn").forEach(x -> deps.add(x.asText()));
    assertTrue(deps.contains(leave.get("id").asText()), apply.toString());
    assertTrue(
        apply.get("earliestStart").asText().compareTo(leave.get("earliestStart").asText()) > 0,
        "apply after leaving: " + apply + " / " + leave);
    JsonNode count = p.get("materialCount");
    assertTrue(
        count.get("afterDedup").asInt() <= count.get("beforeDedup").asInt(), count.toString());
    assertTrue(p.get("checklist").size() > 0);
    assertEquals(2, p.get("diagnosis").get("findings").size());
  }

  @ParameterizedTest(name = "{0} → {1} {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          enterprise.uscc=91330106MA2B00001X  | INVALID_USCC       | enterprise.uscc
          records[0].type=WHATEVER            | INVALID_VALUE      | records[0].type
          records[0].sanctions=[FINE,FLOGGING]| INVALID_VALUE      | records[0].sanctions[1]
          records[0].publishedDate=2027-01-01 | FUTURE_DATE        | records[0].publishedDate
          records[0].publishedDate=2026-02-30 | INVALID_DATE       | records[0].publishedDate
          records[0].publishedDate=2026/01/12 | INVALID_DATE       | records[0].publishedDate
          records[0].fulfilledDate=2025-12-01 | INCONSISTENT_DATES | records[0].fulfilledDate
          records[0].fineAmount=-5            | INVALID_AMOUNT     | records[0].fineAmount
          records[0].fineAmount="很多"         | INVALID_AMOUNT     | records[0].fineAmount
          records[0].obligationsFulfilled="是" | INVALID_FIELD_TYPE | records[0].obligationsFulfilled
          records[0].colour="red"             | UNKNOWN_FIELD      | records[0].colour
          records[0].id=                      | MISSING_FIELD      | records[0].id
          records[0].type=                    | MISSING_FIELD      | records[0].type
          asOf=24-11-2026                     | INVALID_DATE       | asOf
          enterprise.region=火星               | INVALID_REGION     | enterprise.region
          """)
  void should_reject_bad_records_with_a_code_and_the_field_path(
      String change, String code, String field) {
    String body = mutate(change);
    HttpResponse<String> r = http.postJson("/api/v1/diagnoses", body);
    assertEquals(400, r.statusCode(), body + " → " + r.body());
    JsonNode e = json(r);
    assertEquals(code, e.get("code").asText(), r.body());
    assertEquals(field, e.get("details").get("field").asText(), r.body());
    assertFalse(e.get("message").asText().isBlank());
  }

  /** One record valid on its own, changed by {@code key=value} (value is raw JSON or a string). */
  static String mutate(String change) {
    String[] kv = change.split("=", 2);
    String key = kv[0].strip();
    String value = kv[1].strip();
    String json = value.isEmpty() ? "null" : raw(value);
    String record =
        "{\"id\":\"r1\",\"type\":\"ADMIN_PENALTY\",\"sanctions\":[\"FINE\"],"
            + "\"decisionDate\":\"2026-01-05\",\"publishedDate\":\"2026-01-12\"%s}";
    String enterprise = "{\"name\":\"某公司\",\"uscc\":\"" + USCC + "\"%s}";
    String extraRecord = "";
    String extraEnterprise = "";
    String asOf = "\"2026-11-24\"";
    if (key.startsWith("records[0].")) {
      String f = key.substring("records[0].".length());
      record = record.replace("\"" + f + "\":", "\"_" + f + "\":");
      extraRecord = ",\"" + f + "\":" + json;
      record = record.replaceAll(",?\"_" + f + "\":(\\[[^]]*]|\"[^\"]*\")", "");
    } else if (key.startsWith("enterprise.")) {
      String f = key.substring("enterprise.".length());
      enterprise = enterprise.replaceAll(",?\"" + f + "\":\"[^\"]*\"", "");
      extraEnterprise = ",\"" + f + "\":" + json;
    } else if (key.equals("asOf")) {
      asOf = json;
    }
    String e = enterprise.formatted(extraEnterprise).replace("{,", "{");
    String rec = record.formatted(extraRecord).replace("{,", "{");
    return "{\"enterprise\":" + e + ",\"asOf\":" + asOf + ",\"records\":[" + rec + "]}";
  }

  private static String raw(String value) {
    if (value.startsWith("[")) {
      String inner = value.substring(1, value.length() - 1);
      List<String> items = new ArrayList<>();
      for (String s : inner.split(",")) {
        items.add("\"" + s.strip() + "\"");
      }
      return "[" + String.join(",", items) + "]";
    }
    if (value.startsWith("\"") || value.matches("-?\\d+(\\.\\d+)?|true|false")) {
      return value;
    }
    return "\"" + value + "\"";
  }

  @Test
  void should_accept_the_unmutated_record() {
    HttpResponse<String> r = http.postJson("/api/v1/diagnoses", mutate("records[0].reason=超范围经营"));
    assertEquals(200, r.statusCode(), r.body());
  }

  @Test
  void should_name_the_record_index_in_the_path() {
    String body =
        ("{\"enterprise\":%s,\"asOf\":\"2026-11-24\",\"records\":["
                + "{\"id\":\"a\",\"type\":\"ADMIN_PENALTY\",\"publishedDate\":\"2026-01-01\"},"
                + "{\"id\":\"b\",\"type\":\"ADMIN_PENALTY\",\"publishedDate\":\"2026-01-01\"},"
                + "{\"id\":\"c\",\"type\":\"ADMIN_PENALTY\",\"publishedDate\":\"2026-12-01\"}]}")
            .formatted(ENTERPRISE);
    JsonNode e = json(http.postJson("/api/v1/diagnoses", body));
    assertEquals("FUTURE_DATE", e.get("code").asText());
    assertEquals("records[2].publishedDate", e.at("/details/field").asText());
  }

  @Test
  void should_reject_duplicate_record_ids() {
    String body =
        ("{\"enterprise\":%s,\"records\":[{\"id\":\"a\",\"type\":\"TAX_CREDIT_D\"},"
                + "{\"id\":\"a\",\"type\":\"COURT_DEFAULTER\"}]}")
            .formatted(ENTERPRISE);
    HttpResponse<String> r = http.postJson("/api/v1/diagnoses", body);
    assertEquals(400, r.statusCode());
    assertEquals("DUPLICATE_RECORD_ID", json(r).get("code").asText());
    assertEquals("records[1].id", json(r).at("/details/field").asText());
  }

  @Test
  void should_reject_more_than_200_records_with_413() {
    StringBuilder records = new StringBuilder();
    for (int i = 0; i < 201; i++) {
      records.append(i == 0 ? "" : ",").append("{\"id\":\"r").append(i).append("\"}");
    }
    String body = "{\"enterprise\":" + ENTERPRISE + ",\"records\":[" + records + "]}";
    HttpResponse<String> r = http.postJson("/api/v1/plans", body);
    assertEquals(413, r.statusCode(), r.body());
    assertEquals("TOO_MANY_RECORDS", json(r).get("code").asText());
    assertEquals("200", json(r).at("/details/max").asText());
  }

  @Test
  void should_diagnose_200_records_in_one_request() {
    StringBuilder records = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      records
          .append(i == 0 ? "" : ",")
          .append(
              "{\"id\":\"r%d\",\"type\":\"ADMIN_PENALTY\",\"sanctions\":[\"FINE\"],\"authority\":\"某市市场监督管理局\",\"publishedDate\":\"2026-0%d-1%d\",\"fulfilledDate\":\"2026-0%d-2%d\"}"
                  .formatted(i, 1 + i % 9, i % 10, 1 + i % 9, i % 8));
    }
    String body =
        "{\"enterprise\":" + ENTERPRISE + ",\"asOf\":\"2026-11-24\",\"records\":[" + records + "]}";
    HttpResponse<String> r = http.postJson("/api/v1/plans", body);
    assertEquals(200, r.statusCode(), r.body().substring(0, Math.min(500, r.body().length())));
    assertEquals(400, json(r).at("/diagnosis/findings").size(), "GSXT and 信用中国 per record");
  }

  @Test
  void should_reject_a_body_over_the_limit_with_413() {
    String huge = "x".repeat(GatewayRouter.MAX_RECORDS_BODY_BYTES + 10);
    HttpResponse<String> r =
        http.postJson("/api/v1/diagnoses", "{\"enterprise\":{\"name\":\"" + huge + "\"}}");
    assertEquals(413, r.statusCode());
    assertEquals("PAYLOAD_TOO_LARGE", json(r).get("code").asText());
    assertEquals(
        String.valueOf(GatewayRouter.MAX_RECORDS_BODY_BYTES),
        json(r).at("/details/maxBytes").asText());
  }

  @Test
  void should_require_the_enterprise_and_records() {
    JsonNode e = json(http.postJson("/api/v1/diagnoses", "{\"records\":[]}"));
    assertEquals("MISSING_FIELD", e.get("code").asText());
    assertEquals("enterprise", e.at("/details/field").asText());
    e = json(http.postJson("/api/v1/diagnoses", "{\"enterprise\":" + ENTERPRISE + "}"));
    assertEquals("MISSING_FIELD", e.get("code").asText());
    assertEquals("records", e.at("/details/field").asText());
    e =
        json(
            http.postJson(
                "/api/v1/diagnoses", "{\"enterprise\":" + ENTERPRISE + ",\"records\":{}}"));
    assertEquals("INVALID_FIELD_TYPE", e.get("code").asText());
  }

  @Test
  void should_list_the_templates() {
    JsonNode t = json(http.get("/api/v1/templates"));
    Set<String> ids = new HashSet<>();
    t.get("templates").forEach(x -> ids.add(x.get("id").asText()));
    assertTrue(
        ids.containsAll(
            Set.of(
                "TPL-COMMITMENT-LETTER", "TPL-SITUATION-STATEMENT", "TPL-THIRD-PARTY-SYNC-LETTER")),
        ids.toString());
  }

  static final String RENDER_BODY =
      """
      {"enterprise": {"name": "杭州某某贸易有限公司", "uscc": "%s", "legalRepresentative": "张三"},
       "date": "2026-11-24",
       "records": [{"id": "r1", "type": "ADMIN_PENALTY", "sanctions": ["FINE"], "platforms": ["GSXT"],
         "authority": "杭州市西湖区市场监督管理局", "decisionNo": "杭西市监处罚〔2026〕12号",
         "decisionDate": "2026-01-05", "publishedDate": "2026-01-12", "fineAmount": 20000,
         "fulfilledDate": "2026-01-20"}],
       "values": {"incident": "2025年12月销售标签不规范的商品"}}
      """
          .formatted(USCC);

  @Test
  @DisplayName("情况说明：填入企业名称、代码、法定代表人、记录、缴款明细与合计")
  void should_fill_the_situation_statement() {
    HttpResponse<String> r =
        http.postJson("/api/v1/templates/TPL-SITUATION-STATEMENT/render", RENDER_BODY);
    assertEquals(200, r.statusCode(), r.body());
    JsonNode d = json(r);
    String md = d.get("markdown").asText();
    assertTrue(md.contains("杭州某某贸易有限公司"), md);
    assertTrue(md.contains(USCC), md);
    assertTrue(md.contains("张三"), md);
    assertTrue(md.contains("杭西市监处罚〔2026〕12号"), md);
    assertTrue(md.contains("合计缴纳 20000 元"), md);
    assertTrue(md.contains("2026年11月24日"), md);
    assertTrue(md.contains("杭州市西湖区市场监督管理局"), "authority from the plan: " + md);
    assertFalse(md.contains("{{"), md);
    assertFalse(md.contains("其他情况（选填）"), "empty optional section removed: " + md);
    List<String> blanks = new ArrayList<>();
    d.get("blanks").forEach(b -> blanks.add(b.asText()));
    assertTrue(blanks.contains("prevention"), blanks.toString());
    assertFalse(blanks.contains("incident"), blanks.toString());
  }

  @Test
  void should_render_markdown_and_pdf_by_accept_header() throws Exception {
    HttpResponse<String> md =
        http.send(
            http.request("/api/v1/templates/TPL-COMMITMENT-LETTER/render")
                .header("Content-Type", "application/json")
                .header("Accept", "text/markdown")
                .POST(HttpRequest.BodyPublishers.ofString(RENDER_BODY))
                .build());
    assertEquals(200, md.statusCode(), md.body());
    assertTrue(md.headers().firstValue("Content-Type").orElse("").startsWith("text/markdown"));
    assertTrue(md.body().startsWith("# 信用修复承诺书"), md.body());

    assumeTrue(
        Files.isRegularFile(Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")),
        "skipped: CJK font missing (apt-get install fonts-wqy-zenhei; .ci/run installs it)");
    HttpResponse<byte[]> pdf =
        java.net.http.HttpClient.newHttpClient()
            .send(
                http.request("/api/v1/templates/TPL-COMMITMENT-LETTER/render")
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/pdf")
                    .POST(HttpRequest.BodyPublishers.ofString(RENDER_BODY))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("信用修复承诺书"), text);
      assertTrue(text.contains("杭州某某贸易有限公司"), text);
    }
  }

  @Test
  void should_answer_404_for_an_unknown_template() {
    HttpResponse<String> r = http.postJson("/api/v1/templates/TPL-NOPE/render", RENDER_BODY);
    assertEquals(404, r.statusCode());
    assertEquals("TEMPLATE_NOT_FOUND", json(r).get("code").asText());
    r = http.postJson("/api/v1/templates/..%2F..%2Fetc/render", RENDER_BODY);
    assertTrue(r.statusCode() == 404 || r.statusCode() == 400, r.body());
  }

  @Test
  @DisplayName("规则清单：列出依据未核实的规则及其出处，供服务站核对")
  void should_list_the_unverified_rules_with_their_sources() {
    JsonNode all = json(http.get("/api/v1/rules"));
    JsonNode unverified = json(http.get("/api/v1/rules?verified=false"));
    assertEquals(all.get("unverified").asInt(), unverified.get("rules").size());
    assertTrue(all.get("total").asInt() > unverified.get("rules").size());
    Set<String> ids = new HashSet<>();
    for (JsonNode r : unverified.get("rules")) {
      assertFalse(r.get("verified").asBoolean(), r.toString());
      assertFalse(r.get("docTitle").asText().isBlank(), r.toString());
      ids.add(r.get("id").asText());
    }
    assertTrue(ids.contains("RULE-SAMR-REPAIR-MIN-6M"), ids.toString());
    JsonNode samr = json(http.get("/api/v1/rules?regime=REGIME-SAMR-45&verified=true"));
    for (JsonNode r : samr.get("rules")) {
      assertEquals("REG-SAMR-45", r.get("docId").asText(), r.toString());
      assertFalse(r.get("article").isNull(), r.toString());
    }
    assertEquals(400, http.get("/api/v1/rules?verified=maybe").statusCode());
  }
}
