package org.creditrepair.diagnosis.grpc;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.creditrepair.diagnosis.CreditRecord;
import org.creditrepair.diagnosis.Enterprise;
import org.creditrepair.diagnosis.PriorRepair;
import org.creditrepair.kb.rules.Platform;
import org.creditrepair.kb.rules.RecordType;
import org.creditrepair.kb.rules.Sanction;
import org.creditrepair.kb.rules.Severity;
import org.creditrepair.proto.diagnosis.v1.DiagnoseRequest;
import org.creditrepair.proto.diagnosis.v1.Record;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;
import org.creditrepair.shared.IsoDates;
import org.creditrepair.shared.uscc.Uscc;

/**
 * 诊断请求校验：turns a {@link DiagnoseRequest} (from gRPC, or parsed from HTTP JSON) into validated
 * domain input; every rejection is a coded client error naming the field path as the JSON body
 * spells it ({@code records[2].publishedDate}).
 */
public final class DiagnosisRequests {
  /** Most records one request may carry. */
  public static final int MAX_RECORDS = 200;

  /** Longest record id. */
  public static final int MAX_ID_CHARS = 64;

  /** Longest free-text field (name, authority, reason, decision number, domain). */
  public static final int MAX_TEXT_CHARS = 500;

  /** Earliest date accepted anywhere (older records are long out of publicity). */
  static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

  private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

  private DiagnosisRequests() {}

  /** The validated input of one diagnosis or plan. */
  public record Input(Enterprise enterprise, List<CreditRecord> records, LocalDate asOf) {
    public Input {
      records = List.copyOf(records);
    }
  }

  /** Validates {@code request}; {@code clock} gives today when {@code asOf} is empty. */
  public static Input toInput(DiagnoseRequest request, Clock clock) {
    LocalDate asOf =
        request.getAsOf().isBlank()
            ? IsoDates.today(clock)
            : inRange(IsoDates.parse(request.getAsOf(), "asOf"), "asOf");
    if (!request.hasEnterprise()) {
      throw missing("enterprise", "缺少企业信息 enterprise（name、uscc）");
    }
    Enterprise enterprise = enterprise(request.getEnterprise());
    if (request.getRecordsCount() == 0) {
      throw missing("records", "缺少记录 records（至少一条）");
    }
    if (request.getRecordsCount() > MAX_RECORDS) {
      throw new CreditRepairException(
          ErrorCode.TOO_MANY_RECORDS,
          "一次最多诊断 " + MAX_RECORDS + " 条记录，请分批提交",
          Map.of(
              "field",
              "records",
              "max",
              String.valueOf(MAX_RECORDS),
              "actual",
              String.valueOf(request.getRecordsCount())));
    }
    return new Input(enterprise, records(request.getRecordsList(), asOf), asOf);
  }

  /** The validated enterprise (name, 统一社会信用代码 with its check character, region). */
  public static Enterprise enterprise(org.creditrepair.proto.diagnosis.v1.Enterprise e) {
    String name = text(e.getName(), "enterprise.name", MAX_TEXT_CHARS);
    if (name == null) {
      throw missing("enterprise.name", "缺少企业名称 enterprise.name");
    }
    String uscc = Uscc.normalize(e.getUscc());
    if (uscc.isEmpty()) {
      throw missing("enterprise.uscc", "缺少统一社会信用代码 enterprise.uscc");
    }
    Uscc.check(uscc)
        .ifPresent(
            p -> {
              throw new CreditRepairException(
                  ErrorCode.INVALID_USCC,
                  p.message(),
                  Map.of(
                      "field",
                      "enterprise.uscc",
                      "problem",
                      p.name(),
                      "value",
                      IsoDates.abbreviate(e.getUscc())));
            });
    return new Enterprise(
        name,
        uscc,
        text(e.getRegion(), "enterprise.region", 100),
        text(e.getLegalRepresentative(), "enterprise.legalRepresentative", 100));
  }

  /** Validated records; ids unique, dates consistent and not after {@code asOf}. */
  public static List<CreditRecord> records(List<Record> records, LocalDate asOf) {
    List<CreditRecord> out = new ArrayList<>(records.size());
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < records.size(); i++) {
      CreditRecord r = record(records.get(i), "records[" + i + "]", asOf);
      if (!ids.add(r.id())) {
        throw new CreditRepairException(
            ErrorCode.DUPLICATE_RECORD_ID,
            "记录编号重复：" + r.id(),
            Map.of("field", "records[" + i + "].id", "value", r.id()));
      }
      out.add(r);
    }
    return out;
  }

  private static CreditRecord record(Record r, String path, LocalDate asOf) {
    String id = text(r.getId(), path + ".id", MAX_ID_CHARS);
    if (id == null) {
      throw missing(path + ".id", "缺少记录编号 " + path + ".id");
    }
    RecordType type = recordType(r.getType(), path + ".type", true);
    LocalDate decision = past(r.getDecisionDate(), path + ".decisionDate", asOf);
    LocalDate published = past(r.getPublishedDate(), path + ".publishedDate", asOf);
    LocalDate fulfilled = past(r.getFulfilledDate(), path + ".fulfilledDate", asOf);
    LocalDate listed = past(r.getListedDate(), path + ".listedDate", asOf);
    notBefore(published, decision, path + ".publishedDate", "公示日期早于决定日期");
    notBefore(fulfilled, decision, path + ".fulfilledDate", "履行日期早于决定日期");
    Boolean obligations = r.hasObligationsFulfilled() ? r.getObligationsFulfilled() : null;
    if (fulfilled != null && Boolean.FALSE.equals(obligations)) {
      throw new CreditRepairException(
          ErrorCode.INCONSISTENT_DATES,
          path + " 填写了履行日期 fulfilledDate，却说义务未履行（obligationsFulfilled: false）",
          Map.of("field", path + ".obligationsFulfilled"));
    }
    if (fulfilled != null) {
      obligations = Boolean.TRUE;
    }
    return new CreditRecord(
        id,
        type,
        severity(r, path),
        sanctions(r, path),
        text(r.getDomain(), path + ".domain", 100),
        text(r.getAuthority(), path + ".authority", MAX_TEXT_CHARS),
        text(r.getDecisionNo(), path + ".decisionNo", MAX_TEXT_CHARS),
        decision,
        published,
        amount(r.getFineAmount(), path + ".fineAmount"),
        obligations,
        fulfilled,
        text(r.getReason(), path + ".reason", MAX_TEXT_CHARS),
        listed,
        platforms(r, path),
        priorRepairs(r, path, asOf));
  }

  private static RecordType recordType(
      org.creditrepair.proto.diagnosis.v1.RecordType t, String field, boolean required) {
    if (t == org.creditrepair.proto.diagnosis.v1.RecordType.RECORD_TYPE_UNSPECIFIED) {
      if (required) {
        throw missing(field, "缺少记录类型 " + field);
      }
      return null;
    }
    if (t == org.creditrepair.proto.diagnosis.v1.RecordType.UNRECOGNIZED) {
      throw invalidValue(field, "未知的记录类型", RecordType.values());
    }
    return RecordType.valueOf(t.name());
  }

  private static Severity severity(Record r, String path) {
    return switch (r.getSeverity()) {
      case SEVERITY_UNSPECIFIED -> null;
      case UNRECOGNIZED -> throw invalidValue(path + ".severity", "未知的严重程度", Severity.values());
      default -> Severity.valueOf(r.getSeverity().name());
    };
  }

  private static Set<Sanction> sanctions(Record r, String path) {
    Set<Sanction> out = EnumSet.noneOf(Sanction.class);
    for (int i = 0; i < r.getSanctionsCount(); i++) {
      var s = r.getSanctions(i);
      if (s == org.creditrepair.proto.diagnosis.v1.Sanction.SANCTION_UNSPECIFIED
          || s == org.creditrepair.proto.diagnosis.v1.Sanction.UNRECOGNIZED) {
        throw invalidValue(path + ".sanctions[" + i + "]", "未知的处罚种类", Sanction.values());
      }
      out.add(Sanction.valueOf(s.name()));
    }
    return out;
  }

  private static Set<Platform> platforms(Record r, String path) {
    Set<Platform> out = EnumSet.noneOf(Platform.class);
    for (int i = 0; i < r.getPlatformsCount(); i++) {
      var p = r.getPlatforms(i);
      if (p == org.creditrepair.proto.diagnosis.v1.Platform.PLATFORM_UNSPECIFIED
          || p == org.creditrepair.proto.diagnosis.v1.Platform.UNRECOGNIZED) {
        throw invalidValue(path + ".platforms[" + i + "]", "未知的公示平台", Platform.values());
      }
      out.add(Platform.valueOf(p.name()));
    }
    return out;
  }

  private static List<PriorRepair> priorRepairs(Record r, String path, LocalDate asOf) {
    List<PriorRepair> out = new ArrayList<>();
    for (int i = 0; i < r.getPriorRepairsCount(); i++) {
      var p = r.getPriorRepairs(i);
      String at = path + ".priorRepairs[" + i + "]";
      LocalDate date = past(p.getDate(), at + ".date", asOf);
      if (date == null) {
        throw missing(at + ".date", "缺少既往修复日期 " + at + ".date");
      }
      out.add(new PriorRepair(recordType(p.getType(), at + ".type", true), date));
    }
    return out;
  }

  private static LocalDate past(String text, String field, LocalDate asOf) {
    LocalDate d = IsoDates.parseOptional(text, field);
    if (d == null) {
      return null;
    }
    inRange(d, field);
    if (d.isAfter(asOf)) {
      throw new CreditRepairException(
          ErrorCode.FUTURE_DATE,
          field + "（" + d + "）晚于诊断日期 " + asOf + "，请核对",
          Map.of("field", field, "value", d.toString(), "asOf", asOf.toString()));
    }
    return d;
  }

  private static LocalDate inRange(LocalDate d, String field) {
    if (d.isBefore(EARLIEST) || d.getYear() > 2100) {
      throw new CreditRepairException(
          ErrorCode.INVALID_DATE,
          field + " 超出可处理的日期范围（" + EARLIEST + " 至 2100-12-31）",
          Map.of("field", field, "value", d.toString()));
    }
    return d;
  }

  private static void notBefore(LocalDate later, LocalDate earlier, String field, String what) {
    if (later != null && earlier != null && later.isBefore(earlier)) {
      throw new CreditRepairException(
          ErrorCode.INCONSISTENT_DATES,
          what + "（" + later + " 早于 " + earlier + "），请核对",
          Map.of("field", field, "value", later.toString(), "decisionDate", earlier.toString()));
    }
  }

  private static BigDecimal amount(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    BigDecimal v;
    try {
      v = new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new CreditRepairException(
          ErrorCode.INVALID_AMOUNT,
          field + " 必须是以元为单位的数字",
          Map.of("field", field, "value", IsoDates.abbreviate(text)));
    }
    if (v.signum() < 0 || v.compareTo(MAX_AMOUNT) > 0 || v.scale() > 2) {
      throw new CreditRepairException(
          ErrorCode.INVALID_AMOUNT,
          field + " 必须在 0 至 1,000,000,000,000 元之间，最多两位小数",
          Map.of("field", field, "value", IsoDates.abbreviate(text)));
    }
    return v;
  }

  private static String text(String value, String field, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    if (v.codePointCount(0, v.length()) > max) {
      throw new CreditRepairException(
          ErrorCode.FIELD_TOO_LONG,
          field + " 过长，最多 " + max + " 个字符",
          Map.of("field", field, "max", String.valueOf(max)));
    }
    return v;
  }

  private static CreditRepairException missing(String field, String message) {
    return CreditRepairException.field(ErrorCode.MISSING_FIELD, field, message);
  }

  private static CreditRepairException invalidValue(String field, String what, Enum<?>[] allowed) {
    List<String> names = java.util.Arrays.stream(allowed).map(Enum::name).toList();
    return new CreditRepairException(
        ErrorCode.INVALID_VALUE,
        what + "（" + field + "），可选：" + String.join("、", names),
        Map.of("field", field, "allowed", String.join(",", names)));
  }
}
