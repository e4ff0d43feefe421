package org.creditrepair.precheck;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 单份材料检查：defects of one document on its own — file format and name, page quality (unreadable,
 * blurred, rotated, blank, low resolution, missing pages), type, seal, signature, USCC, dates,
 * amounts and 文号.
 */
final class DocumentChecks {
  private static final Set<DocumentType> NEED_USCC =
      EnumSet.of(
          DocumentType.PENALTY_DECISION,
          DocumentType.BUSINESS_LICENSE,
          DocumentType.COMMITMENT_LETTER,
          DocumentType.REPAIR_APPLICATION);
  private static final Set<DocumentType> NEED_DATE =
      EnumSet.of(
          DocumentType.PENALTY_DECISION,
          DocumentType.FINE_RECEIPT,
          DocumentType.COMMITMENT_LETTER,
          DocumentType.REPAIR_APPLICATION,
          DocumentType.SITUATION_STATEMENT,
          DocumentType.POWER_OF_ATTORNEY);

  private final DefectCatalogue catalogue;
  private final ReaderSettings settings;

  DocumentChecks(DefectCatalogue catalogue, ReaderSettings settings) {
    this.catalogue = catalogue;
    this.settings = settings;
  }

  List<Defect> check(
      Upload upload,
      FileKind kind,
      DocumentType type,
      DocumentFields f,
      List<PageResult> pages,
      LocalDate applicationDate) {
    List<Defect> out = new ArrayList<>();
    // 信用中国 upload: PDF or JPG (catalogue.yaml upload.formats, seed 000)
    if (kind == FileKind.PNG) {
      out.add(d(DefectCode.FILE_FORMAT, null, "found", "PNG"));
    }
    if (!kind.matchesExtension(upload.extension())) {
      out.add(d(DefectCode.FILE_NAME_MISMATCH, null, "found", kind.name()));
    }
    pages(pages, out);
    pageNumbers(f, pages.size(), out);
    if (type == DocumentType.OTHER) {
      out.add(d(DefectCode.DOC_UNCLASSIFIED, null));
    }
    String label = type.label();
    if (type.sealRequired() && pages.stream().allMatch(p -> p.seals().isEmpty())) {
      out.add(d(DefectCode.SEAL_MISSING, null, "type", label));
    }
    for (DocumentFields.SignatureLine s : f.signatures()) {
      if (!s.signed()) {
        out.add(d(DefectCode.SIGNATURE_MISSING, null, "type", label, "found", s.role()));
      }
    }
    if (type.signatureRequired() && f.signatures().isEmpty()) {
      out.add(d(DefectCode.SIGNATURE_MISSING, null, "type", label, "found", "法定代表人签字"));
    }
    if (Boolean.FALSE.equals(f.usccValid())) {
      out.add(d(DefectCode.USCC_INVALID, null, "found", f.uscc()));
    }
    if (f.uscc() == null && NEED_USCC.contains(type)) {
      out.add(d(DefectCode.USCC_MISSING, null, "type", label));
    }
    if (f.dates().isEmpty() && NEED_DATE.contains(type)) {
      out.add(d(DefectCode.DATE_MISSING, null, "type", label));
    }
    if (NEED_DATE.contains(type)
        && f.documentDate() != null
        && f.documentDate().isAfter(applicationDate)) {
      out.add(
          d(
              DefectCode.DATE_IN_FUTURE,
              null,
              "type",
              label,
              "found",
              f.documentDate().toString(),
              "expected",
              applicationDate.toString()));
    }
    if (f.amountWordsMismatch()) {
      out.add(d(DefectCode.AMOUNT_WORDS_MISMATCH, null, "found", amounts(f)));
    }
    if (type == DocumentType.PENALTY_DECISION && f.decisionNo() == null) {
      out.add(d(DefectCode.DECISION_NO_MISSING, null));
    }
    return out;
  }

  private void pages(List<PageResult> pages, List<Defect> out) {
    for (PageResult p : pages) {
      if (p.blank()) {
        out.add(d(DefectCode.PAGE_BLANK, p.page()));
        continue;
      }
      if (p.source() != PageResult.Source.OCR) {
        continue;
      }
      if (p.sharpness() != null && p.sharpness() < settings.blurThreshold()) {
        out.add(
            d(
                DefectCode.PAGE_BLURRED,
                p.page(),
                "found",
                String.valueOf(Math.round(p.sharpness())),
                "expected",
                String.valueOf(Math.round(settings.blurThreshold()))));
      } else if (p.ocrConfidence() != null
          && (p.ocrConfidence() < settings.unreadableConfidence()
              || Texts.visibleChars(p.text()) < 10)) {
        out.add(
            d(
                DefectCode.PAGE_UNREADABLE,
                p.page(),
                "found",
                String.valueOf(Math.round(p.ocrConfidence()))));
      }
      if (p.rotation() != 0) {
        out.add(d(DefectCode.PAGE_ROTATED, p.page(), "found", String.valueOf(p.rotation())));
      }
      if (p.dpi() > 0 && p.dpi() < settings.lowResolutionDpi()) {
        out.add(d(DefectCode.PAGE_LOW_RESOLUTION, p.page(), "found", String.valueOf(p.dpi())));
      }
    }
  }

  /** 缺页: a "共 N 页" marker with fewer physical pages, or a gap in the numbers. */
  private void pageNumbers(DocumentFields f, int physical, List<Defect> out) {
    if (f.pageNumbers().isEmpty()) {
      return;
    }
    int total = f.pageNumbers().stream().mapToInt(DocumentFields.PageNumber::total).max().orElse(0);
    Set<Integer> seen = new java.util.TreeSet<>();
    f.pageNumbers().forEach(p -> seen.add(p.page()));
    List<Integer> absent = new ArrayList<>();
    for (int i = 1; i <= total; i++) {
      if (!seen.contains(i)) {
        absent.add(i);
      }
    }
    if (physical < total || (!absent.isEmpty() && seen.size() == physical)) {
      String found = physical + " 页" + (absent.isEmpty() ? "" : "（缺第 " + join(absent) + " 页）");
      out.add(d(DefectCode.PAGE_MISSING, null, "expected", String.valueOf(total), "found", found));
    }
  }

  private static String join(List<Integer> pages) {
    return String.join("、", pages.stream().map(String::valueOf).toList());
  }

  private static String amounts(DocumentFields f) {
    return String.join(" / ", f.amounts().stream().map(a -> a.toPlainString() + " 元").toList());
  }

  private Defect d(DefectCode code, Integer page, String... kv) {
    Map<String, String> values = new java.util.LinkedHashMap<>();
    for (int i = 0; i + 1 < kv.length; i += 2) {
      values.put(kv[i], kv[i + 1]);
    }
    return catalogue.defect(code, page, values);
  }
}
