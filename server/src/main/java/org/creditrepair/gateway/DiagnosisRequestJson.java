package org.creditrepair.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.buffer.Buffer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.creditrepair.diagnosis.grpc.DiagnosisRequests;
import org.creditrepair.proto.diagnosis.v1.DiagnoseRequest;
import org.creditrepair.proto.diagnosis.v1.Enterprise;
import org.creditrepair.proto.diagnosis.v1.Platform;
import org.creditrepair.proto.diagnosis.v1.PriorRepair;
import org.creditrepair.proto.diagnosis.v1.Record;
import org.creditrepair.proto.diagnosis.v1.RecordType;
import org.creditrepair.proto.diagnosis.v1.Sanction;
import org.creditrepair.proto.diagnosis.v1.Severity;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;

/**
 * 诊断请求解析：the JSON body of {@code POST /api/v1/diagnoses} and {@code /plans} (DESIGN §4) as a {@link
 * DiagnoseRequest}; JSON types and enum names are checked here with their field paths, the rest
 * (codes, dates, limits) by {@link DiagnosisRequests}, the same for HTTP and gRPC.
 */
final class DiagnosisRequestJson {
  static final List<String> FIELDS = List.of("enterprise", "records", "asOf");
  static final List<String> ENTERPRISE_FIELDS =
      List.of("name", "uscc", "region", "legalRepresentative");
  static final List<String> RECORD_FIELDS =
      List.of(
          "id",
          "type",
          "severity",
          "sanctions",
          "domain",
          "authority",
          "decisionNo",
          "decisionDate",
          "publishedDate",
          "fineAmount",
          "obligationsFulfilled",
          "fulfilledDate",
          "reason",
          "listedDate",
          "platforms",
          "priorRepairs");
  static final List<String> PRIOR_REPAIR_FIELDS = List.of("type", "date");

  private DiagnosisRequestJson() {}

  static DiagnoseRequest parse(Buffer body) {
    ObjectNode json = JsonFields.object(body);
    JsonFields.rejectUnknown(json, FIELDS, "");
    DiagnoseRequest.Builder b =
        DiagnoseRequest.newBuilder().setAsOf(JsonFields.string(json.get("asOf"), "asOf"));
    ObjectNode enterprise = JsonFields.childObject(json.get("enterprise"), "enterprise");
    if (enterprise != null) {
      b.setEnterprise(enterprise(enterprise));
    }
    b.addAllRecords(records(json.get("records")));
    return b.build();
  }

  static Enterprise enterprise(ObjectNode e) {
    JsonFields.rejectUnknown(e, ENTERPRISE_FIELDS, "enterprise.");
    return Enterprise.newBuilder()
        .setName(JsonFields.string(e.get("name"), "enterprise.name"))
        .setUscc(JsonFields.string(e.get("uscc"), "enterprise.uscc"))
        .setRegion(JsonFields.string(e.get("region"), "enterprise.region"))
        .setLegalRepresentative(
            JsonFields.string(e.get("legalRepresentative"), "enterprise.legalRepresentative"))
        .build();
  }

  /** The records array; TOO_MANY_RECORDS before any element is read when it is too long. */
  static List<Record> records(JsonNode node) {
    ArrayNode array = JsonFields.array(node, "records");
    if (array.size() > DiagnosisRequests.MAX_RECORDS) {
      throw new CreditRepairException(
          ErrorCode.TOO_MANY_RECORDS,
          "一次最多提交 " + DiagnosisRequests.MAX_RECORDS + " 条记录，请分批提交",
          Map.of(
              "field",
              "records",
              "max",
              String.valueOf(DiagnosisRequests.MAX_RECORDS),
              "actual",
              String.valueOf(array.size())));
    }
    List<Record> out = new java.util.ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      String path = "records[" + i + "]";
      ObjectNode r = JsonFields.childObject(array.get(i), path);
      if (r == null) {
        throw JsonFields.wrongType(path, "object", path + " 必须是 JSON 对象");
      }
      out.add(record(r, path));
    }
    return out;
  }

  private static Record record(ObjectNode r, String path) {
    JsonFields.rejectUnknown(r, RECORD_FIELDS, path + ".");
    Record.Builder b =
        Record.newBuilder()
            .setId(JsonFields.string(r.get("id"), path + ".id"))
            .setType(
                enumOf(r.get("type"), path + ".type", RecordType::valueOf, RecordType.values()))
            .setSeverity(
                enumOf(r.get("severity"), path + ".severity", Severity::valueOf, Severity.values()))
            .setDomain(JsonFields.string(r.get("domain"), path + ".domain"))
            .setAuthority(JsonFields.string(r.get("authority"), path + ".authority"))
            .setDecisionNo(JsonFields.string(r.get("decisionNo"), path + ".decisionNo"))
            .setDecisionDate(JsonFields.string(r.get("decisionDate"), path + ".decisionDate"))
            .setPublishedDate(JsonFields.string(r.get("publishedDate"), path + ".publishedDate"))
            .setFineAmount(JsonFields.decimal(r.get("fineAmount"), path + ".fineAmount"))
            .setFulfilledDate(JsonFields.string(r.get("fulfilledDate"), path + ".fulfilledDate"))
            .setReason(JsonFields.string(r.get("reason"), path + ".reason"))
            .setListedDate(JsonFields.string(r.get("listedDate"), path + ".listedDate"));
    Boolean fulfilled =
        JsonFields.bool(r.get("obligationsFulfilled"), path + ".obligationsFulfilled");
    if (fulfilled != null) {
      b.setObligationsFulfilled(fulfilled);
    }
    b.addAllSanctions(
        enumList(r.get("sanctions"), path + ".sanctions", Sanction::valueOf, Sanction.values()));
    b.addAllPlatforms(
        enumList(r.get("platforms"), path + ".platforms", Platform::valueOf, Platform.values()));
    ArrayNode prior = JsonFields.array(r.get("priorRepairs"), path + ".priorRepairs");
    for (int i = 0; i < prior.size(); i++) {
      String at = path + ".priorRepairs[" + i + "]";
      ObjectNode p = JsonFields.childObject(prior.get(i), at);
      if (p == null) {
        throw JsonFields.wrongType(at, "object", at + " 必须是 JSON 对象");
      }
      JsonFields.rejectUnknown(p, PRIOR_REPAIR_FIELDS, at + ".");
      b.addPriorRepairs(
          PriorRepair.newBuilder()
              .setType(
                  enumOf(p.get("type"), at + ".type", RecordType::valueOf, RecordType.values()))
              .setDate(JsonFields.string(p.get("date"), at + ".date")));
    }
    return b.build();
  }

  /** The proto constants named by the array at {@code path} (each checked as {@link #enumOf}). */
  private static <E extends Enum<E> & com.google.protobuf.ProtocolMessageEnum> List<E> enumList(
      JsonNode node, String path, Function<String, E> byName, E[] values) {
    ArrayNode array = JsonFields.array(node, path);
    List<E> out = new java.util.ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      out.add(enumOf(array.get(i), path + "[" + i + "]", byName, values));
    }
    return out;
  }

  /**
   * The proto constant named at {@code path}; the UNSPECIFIED (0) constant when absent, so the
   * shared validation reports a missing required value; INVALID_VALUE for any other name.
   */
  private static <E extends Enum<E> & com.google.protobuf.ProtocolMessageEnum> E enumOf(
      JsonNode node, String path, Function<String, E> byName, E[] values) {
    String name = JsonFields.enumName(node, path);
    if (name.isEmpty()) {
      return values[0];
    }
    List<String> allowed =
        java.util.Arrays.stream(values)
            .filter(v -> v.ordinal() > 0 && !v.name().equals("UNRECOGNIZED"))
            .map(Enum::name)
            .toList();
    if (!allowed.contains(name)) {
      throw new CreditRepairException(
          ErrorCode.INVALID_VALUE,
          path
              + " 的取值不正确："
              + org.creditrepair.shared.IsoDates.abbreviate(name)
              + "，可选："
              + String.join("、", allowed),
          Map.of("field", path, "allowed", String.join(",", allowed)));
    }
    return byName.apply(name);
  }
}
