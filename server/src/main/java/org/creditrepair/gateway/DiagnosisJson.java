package org.creditrepair.gateway;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.creditrepair.proto.diagnosis.v1.Blocker;
import org.creditrepair.proto.diagnosis.v1.Citation;
import org.creditrepair.proto.diagnosis.v1.DiagnoseResponse;
import org.creditrepair.proto.diagnosis.v1.Finding;
import org.creditrepair.proto.plan.v1.ChecklistItem;
import org.creditrepair.proto.plan.v1.PlanResponse;
import org.creditrepair.proto.plan.v1.RenderTemplateResponse;
import org.creditrepair.proto.plan.v1.Step;
import org.creditrepair.proto.plan.v1.TemplateInfo;

/**
 * 诊断与方案 JSON：diagnosis, plan and template responses in the shape of DESIGN §4 (absent dates and
 * articles are null, never empty strings).
 */
final class DiagnosisJson {
  private DiagnosisJson() {}

  static Map<String, Object> diagnosis(DiagnoseResponse d) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("diagnosisId", d.getDiagnosisId());
    out.put("asOf", d.getAsOf());
    List<Object> findings = new ArrayList<>();
    d.getFindingsList().forEach(f -> findings.add(finding(f)));
    out.put("findings", findings);
    out.put("summary", d.getSummary());
    return out;
  }

  private static Map<String, Object> finding(Finding f) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("recordId", f.getRecordId());
    out.put("platform", f.getPlatform().name());
    out.put("status", f.getStatus().name());
    out.put("earliestDate", orNull(f.getEarliestDate()));
    out.put("autoEndDate", orNull(f.getAutoEndDate()));
    out.put("route", orNull(f.getRoute()));
    out.put("authority", orNull(f.getAuthority()));
    out.put("regime", f.getRegime());
    List<Object> blockers = new ArrayList<>();
    for (Blocker b : f.getBlockersList()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("code", b.getCode());
      m.put("message", b.getMessage());
      m.put("ruleId", orNull(b.getRuleId()));
      blockers.add(m);
    }
    out.put("blockers", blockers);
    out.put("citations", citations(f.getCitationsList()));
    out.put("ruleIds", f.getRuleIdsList());
    out.put("unverifiedRules", f.getUnverifiedRulesList());
    out.put("notes", f.getNotesList());
    return out;
  }

  private static List<Object> citations(List<Citation> citations) {
    List<Object> out = new ArrayList<>();
    for (Citation c : citations) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("docId", c.getDocId());
      m.put("docTitle", c.getDocTitle());
      m.put("article", orNull(c.getArticle()));
      m.put("verified", c.getVerified());
      out.add(m);
    }
    return out;
  }

  static Map<String, Object> plan(PlanResponse p) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("planId", p.getPlanId());
    out.put("asOf", p.getAsOf());
    List<Object> steps = new ArrayList<>();
    for (Step s : p.getStepsList()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", s.getId());
      m.put("kind", s.getKind());
      m.put("title", s.getTitle());
      m.put("recordIds", s.getRecordIdsList());
      m.put("authority", orNull(s.getAuthority()));
      m.put("channel", orNull(s.getChannel()));
      m.put("earliestStart", s.getEarliestStart());
      m.put("due", orNull(s.getDue()));
      m.put("dependsOn", s.getDependsOnList());
      m.put("notes", s.getNotesList());
      steps.add(m);
    }
    out.put("steps", steps);
    List<Object> checklist = new ArrayList<>();
    for (ChecklistItem i : p.getChecklistList()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("materialId", i.getMaterialId());
      m.put("name", i.getName());
      m.put("spec", i.getSpec());
      m.put("forRecords", i.getForRecordsList());
      m.put("copies", i.getCopies());
      m.put("template", orNull(i.getTemplate()));
      m.put("verified", i.getVerified());
      m.put("note", orNull(i.getNote()));
      checklist.add(m);
    }
    out.put("checklist", checklist);
    out.put(
        "materialCount",
        Map.of(
            "beforeDedup", p.getMaterialsBeforeDedup(), "afterDedup", p.getMaterialsAfterDedup()));
    out.put("citations", citations(p.getCitationsList()));
    out.put("diagnosis", diagnosis(p.getDiagnosis()));
    return out;
  }

  static Map<String, Object> templates(List<TemplateInfo> templates) {
    List<Object> list = new ArrayList<>();
    for (TemplateInfo t : templates) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", t.getId());
      m.put("title", t.getTitle());
      m.put("placeholders", t.getPlaceholdersList());
      list.add(m);
    }
    return Map.of("templates", list);
  }

  static Map<String, Object> rendered(RenderTemplateResponse r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("templateId", r.getTemplateId());
    out.put("title", r.getTitle());
    out.put("markdown", r.getMarkdown());
    out.put("blanks", r.getBlanksList());
    return out;
  }

  private static String orNull(String s) {
    return s.isEmpty() ? null : s;
  }
}
