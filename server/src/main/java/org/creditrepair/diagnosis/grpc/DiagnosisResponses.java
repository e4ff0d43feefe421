package org.creditrepair.diagnosis.grpc;

import java.time.LocalDate;
import org.creditrepair.diagnosis.Blocker;
import org.creditrepair.diagnosis.CitationRef;
import org.creditrepair.diagnosis.Diagnosis;
import org.creditrepair.diagnosis.Finding;
import org.creditrepair.proto.diagnosis.v1.Citation;
import org.creditrepair.proto.diagnosis.v1.DiagnoseResponse;
import org.creditrepair.proto.diagnosis.v1.FindingStatus;
import org.creditrepair.proto.diagnosis.v1.Platform;

/** 诊断结果转换：a {@link Diagnosis} as the proto {@link DiagnoseResponse}. */
public final class DiagnosisResponses {
  private DiagnosisResponses() {}

  public static DiagnoseResponse of(Diagnosis d) {
    DiagnoseResponse.Builder b =
        DiagnoseResponse.newBuilder()
            .setDiagnosisId(d.diagnosisId())
            .setAsOf(d.asOf().toString())
            .setSummary(d.summary());
    for (Finding f : d.findings()) {
      b.addFindings(finding(f));
    }
    return b.build();
  }

  static org.creditrepair.proto.diagnosis.v1.Finding finding(Finding f) {
    var b =
        org.creditrepair.proto.diagnosis.v1.Finding.newBuilder()
            .setRecordId(f.recordId())
            .setPlatform(Platform.valueOf(f.platform().name()))
            .setStatus(FindingStatus.valueOf(f.status().name()))
            .setEarliestDate(date(f.earliestDate()))
            .setAutoEndDate(date(f.autoEndDate()))
            .setRoute(nz(f.route()))
            .setAuthority(nz(f.authority()))
            .setRegime(nz(f.regime()))
            .addAllRuleIds(f.ruleIds())
            .addAllUnverifiedRules(f.unverifiedRules())
            .addAllNotes(f.notes());
    for (Blocker x : f.blockers()) {
      b.addBlockers(
          org.creditrepair.proto.diagnosis.v1.Blocker.newBuilder()
              .setCode(x.code())
              .setMessage(x.message())
              .setRuleId(nz(x.ruleId())));
    }
    for (CitationRef c : f.citations()) {
      b.addCitations(citation(c));
    }
    return b.build();
  }

  /** One citation (document + article + verified). */
  public static Citation citation(CitationRef c) {
    return Citation.newBuilder()
        .setDocId(c.docId())
        .setDocTitle(nz(c.docTitle()))
        .setArticle(nz(c.article()))
        .setVerified(c.verified())
        .build();
  }

  /** ISO text of a date, empty for null. */
  public static String date(LocalDate d) {
    return d == null ? "" : d.toString();
  }

  /** The empty string for null. */
  public static String nz(String s) {
    return s == null ? "" : s;
  }
}
