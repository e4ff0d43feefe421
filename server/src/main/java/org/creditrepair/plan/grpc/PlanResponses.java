package org.creditrepair.plan.grpc;

import static org.creditrepair.diagnosis.grpc.DiagnosisResponses.date;
import static org.creditrepair.diagnosis.grpc.DiagnosisResponses.nz;

import com.google.protobuf.ByteString;
import org.creditrepair.diagnosis.CitationRef;
import org.creditrepair.diagnosis.grpc.DiagnosisResponses;
import org.creditrepair.plan.ChecklistItem;
import org.creditrepair.plan.DocumentTemplate;
import org.creditrepair.plan.PlanStep;
import org.creditrepair.plan.RenderedDocument;
import org.creditrepair.plan.RepairPlan;
import org.creditrepair.proto.plan.v1.ListTemplatesResponse;
import org.creditrepair.proto.plan.v1.PlanResponse;
import org.creditrepair.proto.plan.v1.RenderTemplateResponse;
import org.creditrepair.proto.plan.v1.Step;
import org.creditrepair.proto.plan.v1.TemplateInfo;

/** 方案结果转换：plans, template lists and filled documents as proto messages. */
final class PlanResponses {
  private PlanResponses() {}

  static PlanResponse of(RepairPlan p) {
    PlanResponse.Builder b =
        PlanResponse.newBuilder()
            .setPlanId(p.planId())
            .setAsOf(p.asOf().toString())
            .setMaterialsBeforeDedup(p.materialsBeforeDedup())
            .setMaterialsAfterDedup(p.materialsAfterDedup())
            .setDiagnosis(DiagnosisResponses.of(p.diagnosis()));
    for (PlanStep s : p.steps()) {
      b.addSteps(
          Step.newBuilder()
              .setId(s.id())
              .setKind(s.kind())
              .setTitle(s.title())
              .addAllRecordIds(s.recordIds())
              .setAuthority(nz(s.authority()))
              .setChannel(nz(s.channel()))
              .setEarliestStart(date(s.earliestStart()))
              .setDue(date(s.due()))
              .addAllDependsOn(s.dependsOn())
              .addAllNotes(s.notes()));
    }
    for (ChecklistItem i : p.checklist()) {
      b.addChecklist(
          org.creditrepair.proto.plan.v1.ChecklistItem.newBuilder()
              .setMaterialId(i.materialId())
              .setName(i.name())
              .setSpec(nz(i.spec()))
              .addAllForRecords(i.forRecords())
              .setCopies(i.copies())
              .setTemplate(nz(i.template()))
              .setVerified(i.verified())
              .setNote(nz(i.note())));
    }
    for (CitationRef c : p.citations()) {
      b.addCitations(DiagnosisResponses.citation(c));
    }
    return b.build();
  }

  static ListTemplatesResponse templates(Iterable<DocumentTemplate> templates) {
    ListTemplatesResponse.Builder b = ListTemplatesResponse.newBuilder();
    for (DocumentTemplate t : templates) {
      b.addTemplates(
          TemplateInfo.newBuilder()
              .setId(t.id())
              .setTitle(t.title())
              .addAllPlaceholders(t.placeholders()));
    }
    return b.build();
  }

  static RenderTemplateResponse rendered(RenderedDocument d) {
    RenderTemplateResponse.Builder b =
        RenderTemplateResponse.newBuilder()
            .setTemplateId(d.templateId())
            .setTitle(d.title())
            .setMarkdown(d.markdown())
            .addAllBlanks(d.blanks());
    if (d.pdf() != null) {
      b.setPdf(ByteString.copyFrom(d.pdf()));
    }
    return b.build();
  }
}
