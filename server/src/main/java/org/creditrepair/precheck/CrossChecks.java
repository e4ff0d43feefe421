package org.creditrepair.precheck;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.creditrepair.diagnosis.CreditRecord;
import org.creditrepair.plan.ChecklistItem;
import org.creditrepair.shared.uscc.Uscc;

/**
 * 交叉核对：checks across the documents and against the applicant and its records — USCC and name
 * identical, 文号, fine and decision date as recorded, paid ≥ fine + 加处罚款, payment after the
 * decision, 承诺书 after payment, signer is the legal representative or an authorised agent, agent's
 * ID present, required materials present, minimum publicity period reached (DOMAIN.md §5).
 */
final class CrossChecks {
  private static final Set<String> AGENT_MATERIALS =
      Set.of("MAT-POWER-OF-ATTORNEY", "MAT-AGENT-ID-COPY");

  private final DefectCatalogue catalogue;
  private final Eligibility eligibility;

  CrossChecks(DefectCatalogue catalogue, Eligibility eligibility) {
    this.catalogue = catalogue;
    this.eligibility = eligibility;
  }

  /** The checks and the ids of missing materials (appended to {@code missing}). */
  List<CrossCheck> check(
      PrecheckContext ctx, List<DocumentReport> docs, LocalDate date, List<String> missing) {
    List<CrossCheck> out = new ArrayList<>();
    out.add(uscc(ctx, docs));
    out.add(names(ctx, docs));
    out.add(decisionNumbers(ctx, docs));
    out.add(decisionFacts(ctx, docs));
    out.add(amountPaid(ctx, docs));
    out.add(paymentAfterDecision(ctx, docs));
    out.add(commitmentAfterPayment(docs));
    out.add(signer(ctx, docs));
    out.add(agentId(docs));
    out.add(materials(ctx, docs, missing));
    out.add(publicity(ctx, date));
    return out;
  }

  private CrossCheck uscc(PrecheckContext ctx, List<DocumentReport> docs) {
    List<Defect> defects = new ArrayList<>();
    Map<String, List<String>> byCode = group(docs, d -> d.fields().uscc());
    String expected = Uscc.normalize(ctx.enterprise().uscc());
    if (byCode.size() > 1) {
      defects.add(d(DefectCode.USCC_MISMATCH_DOCUMENTS, "found", describe(byCode)));
    }
    for (Map.Entry<String, List<String>> e : byCode.entrySet()) {
      if (!expected.isEmpty() && !e.getKey().equals(expected)) {
        defects.add(d(DefectCode.USCC_MISMATCH_RECORD, "found", e.getKey(), "expected", expected));
      }
    }
    return result("uscc", "统一社会信用代码一致", byCode, defects);
  }

  private CrossCheck names(PrecheckContext ctx, List<DocumentReport> docs) {
    List<Defect> defects = new ArrayList<>();
    Map<String, List<String>> byName = group(docs, d -> d.fields().companyName());
    String expected = Texts.normalizeName(ctx.enterprise().name());
    if (byName.size() > 1) {
      defects.add(d(DefectCode.NAME_MISMATCH_DOCUMENTS, "found", describe(byName)));
    }
    for (String name : byName.keySet()) {
      if (expected != null && !expected.isEmpty() && !name.equals(expected)) {
        defects.add(d(DefectCode.NAME_MISMATCH_RECORD, "found", name, "expected", expected));
      }
    }
    return result("company-name", "企业名称一致", byName, defects);
  }

  private CrossCheck decisionNumbers(PrecheckContext ctx, List<DocumentReport> docs) {
    Set<String> recorded = new LinkedHashSet<>();
    for (CreditRecord r : ctx.records()) {
      if (r.decisionNo() != null && !r.decisionNo().isBlank()) {
        recorded.add(normalizeNo(r.decisionNo()));
      }
    }
    List<DocumentReport> decisions = ofType(docs, DocumentType.PENALTY_DECISION);
    List<Defect> defects = new ArrayList<>();
    List<String> files = new ArrayList<>();
    for (DocumentReport d : decisions) {
      String no = d.fields().decisionNo();
      if (no == null || recorded.isEmpty()) {
        continue;
      }
      files.add(d.fileName());
      if (recorded.stream().noneMatch(r -> sameNo(r, no))) {
        defects.add(
            d(
                DefectCode.DECISION_NO_MISMATCH,
                "found",
                no,
                "expected",
                String.join("、", recorded)));
      }
    }
    return outcome("decision-number", "决定书文号与记录一致", files, defects);
  }

  private CrossCheck decisionFacts(PrecheckContext ctx, List<DocumentReport> docs) {
    List<Defect> defects = new ArrayList<>();
    List<String> files = new ArrayList<>();
    for (DocumentReport d : ofType(docs, DocumentType.PENALTY_DECISION)) {
      CreditRecord r = recordFor(ctx, d.fields().decisionNo());
      if (r == null) {
        continue;
      }
      files.add(d.fileName());
      BigDecimal fine = d.fields().fineAmount();
      if (fine != null && r.fineAmount() != null && fine.compareTo(r.fineAmount()) != 0) {
        defects.add(
            d(
                DefectCode.FINE_MISMATCH_RECORD,
                "found",
                fine.toPlainString(),
                "expected",
                r.fineAmount().toPlainString()));
      }
      LocalDate date = d.fields().decisionDate();
      if (date != null && r.decisionDate() != null && !date.equals(r.decisionDate())) {
        defects.add(
            d(
                DefectCode.DECISION_DATE_MISMATCH,
                "found",
                date.toString(),
                "expected",
                r.decisionDate().toString()));
      }
    }
    return outcome("decision-facts", "决定书罚款与日期和记录一致", files, defects);
  }

  private CrossCheck amountPaid(PrecheckContext ctx, List<DocumentReport> docs) {
    List<DocumentReport> receipts = ofType(docs, DocumentType.FINE_RECEIPT);
    BigDecimal due = BigDecimal.ZERO;
    boolean known = false;
    List<DocumentReport> decisions = ofType(docs, DocumentType.PENALTY_DECISION);
    Set<String> counted = new java.util.HashSet<>();
    for (DocumentReport d : decisions) {
      String no = d.fields().decisionNo();
      if (no != null && !counted.add(normalizeNo(no))) {
        continue; // the same decision uploaded twice is one fine
      }
      if (d.fields().fineAmount() != null) {
        due = due.add(d.fields().fineAmount());
        known = true;
      }
      if (d.fields().surcharge() != null) {
        due = due.add(d.fields().surcharge());
      }
    }
    if (!known) {
      for (CreditRecord r : ctx.records()) {
        if (r.fineAmount() != null) {
          due = due.add(r.fineAmount());
          known = true;
        }
      }
    }
    BigDecimal paid = BigDecimal.ZERO;
    boolean anyPaid = false;
    for (DocumentReport r : receipts) {
      if (r.fields().paidAmount() != null) {
        paid = paid.add(r.fields().paidAmount());
        anyPaid = true;
      }
    }
    List<String> files = files(receipts, decisions);
    if (!known || !anyPaid) {
      return outcome("amount-paid", "缴款金额不少于罚款", List.of(), List.of());
    }
    List<Defect> defects = new ArrayList<>();
    if (paid.compareTo(due) < 0) {
      defects.add(
          d(
              DefectCode.AMOUNT_BELOW_FINE,
              "found",
              paid.stripTrailingZeros().toPlainString(),
              "expected",
              due.stripTrailingZeros().toPlainString()));
    }
    return outcome("amount-paid", "缴款金额不少于罚款", files, defects);
  }

  private CrossCheck paymentAfterDecision(PrecheckContext ctx, List<DocumentReport> docs) {
    LocalDate decided = null;
    List<DocumentReport> decisions = ofType(docs, DocumentType.PENALTY_DECISION);
    for (DocumentReport d : decisions) {
      decided = min(decided, d.fields().decisionDate());
    }
    if (decided == null) {
      for (CreditRecord r : ctx.records()) {
        decided = min(decided, r.decisionDate());
      }
    }
    List<DocumentReport> receipts = ofType(docs, DocumentType.FINE_RECEIPT);
    List<Defect> defects = new ArrayList<>();
    List<String> files = new ArrayList<>();
    for (DocumentReport r : receipts) {
      LocalDate paid = r.fields().paymentDate();
      if (paid == null || decided == null) {
        continue;
      }
      files.add(r.fileName());
      if (paid.isBefore(decided)) {
        defects.add(
            d(
                DefectCode.PAYMENT_BEFORE_DECISION,
                "found",
                paid.toString(),
                "expected",
                decided.toString()));
      }
    }
    return outcome("payment-after-decision", "缴款在处罚决定之后", files, defects);
  }

  private CrossCheck commitmentAfterPayment(List<DocumentReport> docs) {
    LocalDate lastPayment = null;
    for (DocumentReport r : ofType(docs, DocumentType.FINE_RECEIPT)) {
      LocalDate p = r.fields().paymentDate();
      if (p != null && (lastPayment == null || p.isAfter(lastPayment))) {
        lastPayment = p;
      }
    }
    List<Defect> defects = new ArrayList<>();
    List<String> files = new ArrayList<>();
    for (DocumentReport c : ofType(docs, DocumentType.COMMITMENT_LETTER)) {
      LocalDate signed = c.fields().documentDate();
      if (signed == null || lastPayment == null) {
        continue;
      }
      files.add(c.fileName());
      if (signed.isBefore(lastPayment)) {
        defects.add(
            d(
                DefectCode.COMMITMENT_BEFORE_PAYMENT,
                "found",
                signed.toString(),
                "expected",
                lastPayment.toString()));
      }
    }
    return outcome("commitment-after-payment", "承诺书落款在缴款之后", files, defects);
  }

  private CrossCheck signer(PrecheckContext ctx, List<DocumentReport> docs) {
    String rep = legalRepresentative(ctx, docs);
    List<Defect> defects = new ArrayList<>();
    List<String> files = new ArrayList<>();
    if (rep == null) {
      return outcome("signer", "签字人为法定代表人或受托人", files, defects);
    }
    Set<String> agents = new LinkedHashSet<>();
    for (DocumentReport p : ofType(docs, DocumentType.POWER_OF_ATTORNEY)) {
      if (p.fields().agent() != null) {
        agents.add(p.fields().agent());
      }
    }
    for (DocumentReport d : docs) {
      String stated = d.fields().legalRepresentative();
      boolean identity =
          d.detectedType() == DocumentType.BUSINESS_LICENSE
              || d.detectedType() == DocumentType.LEGAL_REP_CERTIFICATE;
      String expected = ctx.enterprise().legalRepresentative();
      if (identity && stated != null && expected != null && !stated.equals(expected)) {
        defects.add(d(DefectCode.LEGAL_REP_MISMATCH, "found", stated, "expected", expected));
        files.add(d.fileName());
      }
      if (d.detectedType() == DocumentType.POWER_OF_ATTORNEY) {
        continue; // its 受托人 line is the agent's own
      }
      for (DocumentFields.SignatureLine s : d.fields().signatures()) {
        if (!s.signed()) {
          continue;
        }
        files.add(d.fileName());
        if (!s.signer().equals(rep) && !agents.contains(s.signer())) {
          defects.add(d(DefectCode.SIGNER_NOT_LEGAL_REP, "found", s.signer(), "expected", rep));
        }
      }
    }
    return outcome("signer", "签字人为法定代表人或受托人", dedupe(files), defects);
  }

  private static String legalRepresentative(PrecheckContext ctx, List<DocumentReport> docs) {
    if (ctx.enterprise().legalRepresentative() != null
        && !ctx.enterprise().legalRepresentative().isBlank()) {
      return ctx.enterprise().legalRepresentative().strip();
    }
    for (DocumentReport d : docs) {
      if ((d.detectedType() == DocumentType.BUSINESS_LICENSE
              || d.detectedType() == DocumentType.LEGAL_REP_CERTIFICATE)
          && d.fields().legalRepresentative() != null) {
        return d.fields().legalRepresentative();
      }
    }
    return null;
  }

  private CrossCheck agentId(List<DocumentReport> docs) {
    List<DocumentReport> poa = ofType(docs, DocumentType.POWER_OF_ATTORNEY);
    if (poa.isEmpty()) {
      return outcome("agent-id", "委托办理附经办人身份证", List.of(), List.of());
    }
    List<Defect> defects = new ArrayList<>();
    if (ofType(docs, DocumentType.ID_CARD).isEmpty()) {
      defects.add(d(DefectCode.AGENT_ID_MISSING));
    }
    return outcome("agent-id", "委托办理附经办人身份证", files(poa, List.of()), defects);
  }

  private CrossCheck materials(
      PrecheckContext ctx, List<DocumentReport> docs, List<String> missing) {
    boolean agentInvolved = !ofType(docs, DocumentType.POWER_OF_ATTORNEY).isEmpty();
    List<Defect> defects = new ArrayList<>();
    for (ChecklistItem item : ctx.requiredMaterials()) {
      if (AGENT_MATERIALS.contains(item.materialId()) && !agentInvolved) {
        continue; // only when someone other than the legal representative applies
      }
      DocumentType type = DocumentType.forMaterial(item.materialId());
      if (type == null) {
        defects.add(d(DefectCode.MATERIAL_UNCHECKED, "material", item.name()));
        continue;
      }
      long have = docs.stream().filter(d -> d.detectedType() == type).count();
      if (have < Math.max(1, item.copies())) {
        missing.add(item.materialId());
        String name =
            item.name() + (have > 0 ? "（需 " + item.copies() + " 份，找到 " + have + " 份）" : "");
        defects.add(d(DefectCode.MATERIAL_MISSING, "material", name));
      }
    }
    return outcome(
        "materials", "材料齐全", ctx.requiredMaterials().isEmpty() ? List.of() : List.of("*"), defects);
  }

  private CrossCheck publicity(PrecheckContext ctx, LocalDate date) {
    List<Defect> defects = new ArrayList<>();
    for (Eligibility.NotYet n : eligibility.notYet(ctx.enterprise(), ctx.records(), date)) {
      defects.add(
          d(
              DefectCode.PUBLICITY_PERIOD_NOT_REACHED,
              "found",
              n.recordId(),
              "expected",
              n.earliestDate().toString()));
    }
    return outcome(
        "publicity-period",
        "申请日已满最短公示期",
        ctx.records().isEmpty() ? List.of() : List.of("*"),
        defects);
  }

  /** 文号 compared without spaces and with 〔〕 brackets: 杭市监处罚[2025]12号 = 杭市监处罚〔2025〕12号. */
  static String normalizeNo(String no) {
    String s = Texts.compact(no).strip();
    s = s.replaceAll("[\\[［【(（〈《]", "〔").replaceAll("[\\]］】)）〉》]", "〕");
    return s.replaceAll("〕0*(\\d)", "〕$1");
  }

  /** Same 文号, allowing words the extractor kept before the issuer's abbreviation. */
  static boolean sameNo(String a, String b) {
    String x = normalizeNo(a);
    String y = normalizeNo(b);
    return x.endsWith(y) || y.endsWith(x);
  }

  private static CreditRecord recordFor(PrecheckContext ctx, String decisionNo) {
    if (decisionNo != null) {
      for (CreditRecord r : ctx.records()) {
        if (r.decisionNo() != null && sameNo(r.decisionNo(), decisionNo)) {
          return r;
        }
      }
    }
    return ctx.records().size() == 1 ? ctx.records().getFirst() : null;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isBefore(b) ? a : b;
  }

  private static List<DocumentReport> ofType(List<DocumentReport> docs, DocumentType type) {
    return docs.stream().filter(d -> d.detectedType() == type).toList();
  }

  private static List<String> files(List<DocumentReport> a, List<DocumentReport> b) {
    List<String> out = new ArrayList<>();
    a.forEach(d -> out.add(d.fileName()));
    b.forEach(d -> out.add(d.fileName()));
    return dedupe(out);
  }

  private static List<String> dedupe(List<String> files) {
    return List.copyOf(new LinkedHashSet<>(files));
  }

  private static Map<String, List<String>> group(
      List<DocumentReport> docs, Function<DocumentReport, String> key) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (DocumentReport d : docs) {
      String k = key.apply(d);
      if (k != null) {
        out.computeIfAbsent(k, x -> new ArrayList<>()).add(d.fileName());
      }
    }
    return out;
  }

  private static String describe(Map<String, List<String>> groups) {
    List<String> parts = new ArrayList<>();
    groups.forEach((k, files) -> parts.add(k + "（" + String.join("、", files) + "）"));
    return String.join("；", parts);
  }

  private CrossCheck result(
      String id, String title, Map<String, List<String>> groups, List<Defect> defects) {
    List<String> files = new ArrayList<>();
    groups.values().forEach(files::addAll);
    return outcome(id, title, files, defects);
  }

  private static CrossCheck outcome(
      String id, String title, List<String> files, List<Defect> defects) {
    CrossCheck.Outcome o;
    if (defects.stream().anyMatch(x -> x.severity() == Defect.DefectSeverity.ERROR)) {
      o = CrossCheck.Outcome.FAILED;
    } else if (!defects.isEmpty()) {
      o = CrossCheck.Outcome.WARNED;
    } else {
      o = files.isEmpty() ? CrossCheck.Outcome.SKIPPED : CrossCheck.Outcome.PASSED;
    }
    return new CrossCheck(id, title, o, files, defects);
  }

  private Defect d(DefectCode code, String... kv) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i + 1 < kv.length; i += 2) {
      values.put(kv[i], Objects.toString(kv[i + 1], ""));
    }
    return catalogue.defect(code, null, values);
  }
}
