package org.creditrepair.gateway;

import static org.creditrepair.app.TestHttp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.creditrepair.app.Application;
import org.creditrepair.app.TestHttp;
import org.creditrepair.app.TestServers;
import org.creditrepair.precheck.DocumentType;
import org.creditrepair.precheck.pdf.SampleMaterials;
import org.creditrepair.shared.auth.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 材料预审接口：multipart uploads through the live HTTP API, with coded refusals. */
class PrecheckApiIT {
  static final SampleMaterials.Party PARTY = SampleMaterials.party();
  static final SampleMaterials.Case CASE = SampleMaterials.sampleCase(PARTY);
  static final String BOUNDARY = "----cr-test-boundary-7d1";

  @TempDir static Path tmp;
  static Application app;
  static TestHttp http;
  static String token;
  static String other;

  @BeforeAll
  static void start() throws Exception {
    app = TestServers.inProcess(tmp, false);
    http = new TestHttp(app.httpPort());
    token =
        TestServers.token(tmp.resolve("data"), Role.ENTERPRISE, PARTY.uscc(), Duration.ofHours(1));
    other =
        TestServers.token(
            tmp.resolve("data"),
            Role.ENTERPRISE,
            org.creditrepair.shared.uscc.Uscc.withCheckCharacter("91330106MA2B00002"),
            Duration.ofHours(1));
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  static String context() {
    return """
        {"enterprise": {"name": "%s", "uscc": "%s", "legalRepresentative": "%s"},
         "applicationDate": "2025-12-01",
         "records": [{"id": "R1", "type": "ADMIN_PENALTY", "sanctions": ["FINE"], "platforms": ["GSXT"],
           "authority": "%s", "decisionNo": "%s", "decisionDate": "%s", "publishedDate": "%s",
           "fineAmount": "%s", "fulfilledDate": "%s"}]}
        """
        .formatted(
            PARTY.company(),
            PARTY.uscc(),
            PARTY.legalRep(),
            CASE.authority(),
            CASE.decisionNo(),
            CASE.decisionDate(),
            CASE.decisionDate().plusDays(5),
            CASE.fine().toPlainString(),
            CASE.paymentDate());
  }

  static byte[] multipart(String context, Map<String, byte[]> files) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (context != null) {
      out.writeBytes(
          ("--"
                  + BOUNDARY
                  + "\r\nContent-Disposition: form-data; name=\"context\"\r\n"
                  + "Content-Type: application/json; charset=utf-8\r\n\r\n"
                  + context
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    files.forEach(
        (name, bytes) -> {
          out.writeBytes(
              ("--"
                      + BOUNDARY
                      + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                      + name
                      + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                  .getBytes(StandardCharsets.UTF_8));
          out.writeBytes(bytes);
          out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
    out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  static HttpResponse<String> post(String bearer, byte[] body) {
    var b =
        http.request("/api/v1/prechecks")
            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (bearer != null) {
      b.header("Authorization", "Bearer " + bearer);
    }
    return http.send(b.build());
  }

  static byte[] pdf(DocumentType type) {
    return SampleMaterials.textPdf(SampleMaterials.sheet(type, CASE));
  }

  @Test
  @DisplayName("决定书与缴款凭证一致：逐份识别类型和字段，缺少的材料按修复方案的清单列出")
  void should_check_uploaded_materials_against_the_record() {
    assumeTrue(SampleMaterials.fontsAvailable(), "skipped: fonts-wqy-zenhei missing");
    HttpResponse<String> r =
        post(
            token,
            multipart(
                context(),
                Map.of(
                    "决定书.pdf", pdf(DocumentType.PENALTY_DECISION),
                    "回单.pdf", pdf(DocumentType.FINE_RECEIPT))));
    assertEquals(200, r.statusCode(), r.body());
    JsonNode report = json(r);
    Set<String> types = new HashSet<>();
    for (JsonNode d : report.get("documents")) {
      types.add(d.get("detectedType").asText());
      if (d.get("detectedType").asText().equals("PENALTY_DECISION")) {
        assertEquals(PARTY.uscc(), d.at("/fields/uscc").asText(), d.toString());
        assertEquals(CASE.decisionNo(), d.at("/fields/decisionNo").asText(), d.toString());
      }
    }
    assertEquals(Set.of("PENALTY_DECISION", "FINE_RECEIPT"), types);
    List<String> missing = TestHttp.JSON.convertValue(report.get("missing"), List.class);
    assertTrue(missing.contains("MAT-COMMITMENT-LETTER"), missing.toString());
    assertFalse(report.get("verdict").asText().equals("PASS"), "materials are missing");
  }

  @Test
  void should_refuse_what_it_cannot_read_with_codes() {
    HttpResponse<String> r =
        post(token, multipart(context(), Map.of("decision.pdf", "not a pdf at all".getBytes())));
    assertEquals(415, r.statusCode(), r.body());
    assertEquals("UNSUPPORTED_FILE_TYPE", json(r).get("code").asText());

    r = post(token, multipart(null, Map.of("a.pdf", new byte[] {1})));
    assertEquals(400, r.statusCode(), r.body());
    assertEquals("MISSING_FIELD", json(r).get("code").asText());

    r = http.postJson("/api/v1/prechecks", "{}");
    assertTrue(r.statusCode() == 415 || r.statusCode() == 401, r.body());
  }

  @Test
  void should_require_a_token_and_the_enterprise_itself() {
    assertEquals(401, post(null, multipart(context(), Map.of())).statusCode());
    HttpResponse<String> r = post(other, multipart(context(), Map.of()));
    assertEquals(403, r.statusCode(), r.body());
  }
}
