package org.creditrepair.assistant;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.creditrepair.application.ApplicationService;
import org.creditrepair.application.ApplicationStatus;
import org.creditrepair.application.Deadline;
import org.creditrepair.diagnosis.Blocker;
import org.creditrepair.diagnosis.CitationRef;
import org.creditrepair.diagnosis.CreditRecord;
import org.creditrepair.diagnosis.Diagnosis;
import org.creditrepair.diagnosis.Finding;
import org.creditrepair.kb.rules.Platform;
import org.creditrepair.plan.ChecklistItem;
import org.creditrepair.plan.PlanStep;
import org.creditrepair.plan.RepairPlan;
import org.creditrepair.precheck.PrecheckHistory;
import org.creditrepair.reminder.AnnualReportWindow;
import org.creditrepair.reminder.ReminderList;
import org.creditrepair.reminder.UpcomingReminder;

/**
 * 答复组织：composes the Chinese answers of the rule-based assistant from rule findings, plans,
 * application deadlines, reminders and retrieved passages; every legal statement it writes names
 * the citation it comes from, and nothing else.
 */
final class Answers {
  static final int MAX_PASSAGES = 3;
  static final int EXCERPT_CHARS = 140;
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final AssistantToolkit tools;

  Answers(AssistantToolkit tools) {
    this.tools = tools;
  }

  static Reply reply(
      Intent intent,
      String text,
      List<ChatCitation> citations,
      List<ToolCall> calls,
      List<ChatAction> actions,
      boolean grounded) {
    return new Reply(intent, text, dedupe(citations), calls, actions, grounded, false);
  }

  static List<ChatCitation> dedupe(List<ChatCitation> in) {
    List<ChatCitation> out = new ArrayList<>();
    for (ChatCitation c : in) {
      int same = -1;
      for (int i = 0; i < out.size(); i++) {
        if (out.get(i).sameReference(c)) {
          same = i;
        }
      }
      if (same < 0) {
        out.add(c);
      } else if (out.get(same).verified() && !c.verified()) {
        out.set(same, c); // verified only when every source citing it is
      }
    }
    return out;
  }

  Reply greeting() {
    return reply(
        Intent.GREETING,
        "您好，我是信用修复助手。我可以帮您：\n"
            + "1. 诊断信用记录能否修复、最早什么时候可以申请；\n"
            + "2. 排出修复步骤和材料清单；\n"
            + "3. 预审要上传的材料；\n"
            + "4. 查询修复申请的进度和提醒；\n"
            + "5. 解答信用修复的政策问题。\n"
            + "请直接说说您的情况，比如“我们公司去年被罚款了，能修复吗”。需要人工时说“转人工”。",
        List.of(),
        List.of(),
        List.of(ChatAction.of("SUGGEST", "text", "我们公司被罚款了，能修复吗")),
        false);
  }

  Reply unknown() {
    return reply(
        Intent.UNKNOWN,
        "抱歉，我没太明白您的意思。您可以告诉我：被处罚或被列入名单的情况（我来诊断能否修复）、"
            + "想了解的修复流程和材料、要预审的材料、申请进度，或直接问信用修复的政策。需要人工时说“转人工”。",
        List.of(),
        List.of(),
        List.of(ChatAction.of("OFFER_HANDOFF")),
        false);
  }

  Reply handoff() {
    return reply(
        Intent.HANDOFF,
        "好的，已为您转接信用合规服务站的工作人员，他们会在这个对话里回复您。等待期间您也可以继续问我。",
        List.of(),
        List.of(),
        List.of(ChatAction.of("HANDOFF", "status", "ESCALATED")),
        false);
  }

  Reply askUscc(boolean invalid) {
    String text =
        invalid
            ? "这个统一社会信用代码的校验位不对，请核对营业执照上的 18 位代码后再发给我。"
            : "请告诉我企业的统一社会信用代码（营业执照上的 18 位代码），我再帮您查。";
    return ask(Slot.USCC, text);
  }

  private static Reply ask(Slot slot, String text) {
    return reply(
        Intent.DIAGNOSE,
        text,
        List.of(),
        List.of(),
        List.of(ChatAction.of("ASK", "field", slot.name())),
        false);
  }

  Reply ask(Slot slot, RecordDraft draft, boolean retry) {
    String prefix = retry ? "没能从您的回答里识别出来，" : "";
    String text =
        switch (slot) {
          case USCC -> "请告诉我企业的统一社会信用代码（18 位）。";
          case RECORD_TYPE -> "请问是哪一类信用记录？例如：行政处罚、经营异常名录、严重违法失信名单、纳税信用D级、失信被执行人。";
          case SANCTIONS -> "处罚决定书上的处罚种类是什么？例如警告、罚款、没收违法所得、责令停产停业、吊销许可证。";
          case DECISION_DATE -> "处罚决定书上的作出决定日期是哪天？（例如 2025年3月10日）";
          case LISTED_DATE ->
              draft.type() == org.creditrepair.kb.rules.RecordType.TAX_CREDIT_D
                  ? "纳税信用D级是哪天评定（公布）的？（例如 2025年4月30日）"
                  : "是哪天被列入的？（例如 2025年3月10日）";
          case FULFILLED ->
              switch (draft.type()) {
                case ADMIN_PENALTY -> "处罚决定规定的义务是否都已履行完毕（例如罚款已缴清、已整改）？请回答“是”或“还没有”。";
                case ABNORMAL_OPERATION -> "被列入经营异常名录的原因是否已经纠正（例如已补报年报、已变更住所）？请回答“是”或“还没有”。";
                case COURT_DEFAULTER -> "生效法律文书确定的义务是否已经履行完毕？请回答“是”或“还没有”。";
                default -> "相关义务是否已经履行完毕（例如已缴清税款、罚款，已整改）？请回答“是”或“还没有”。";
              };
          case FULFILLED_DATE -> "是哪天履行完毕的（例如缴清罚款、补报年报的日期）？";
        };
    String retryHint =
        retry
                && (slot == Slot.DECISION_DATE
                    || slot == Slot.LISTED_DATE
                    || slot == Slot.FULFILLED_DATE)
            ? "请按“2025年3月10日”这样的格式写日期。"
            : "";
    return ask(slot, prefix + text + retryHint);
  }

  Reply invalidFact(String message, Slot ask, RecordDraft draft) {
    Reply q = ask(ask, draft, false);
    return reply(
        Intent.DIAGNOSE,
        "您提供的信息有矛盾：" + message + "。请核对后重新告诉我。" + q.text(),
        List.of(),
        List.of(),
        q.actions(),
        false);
  }

  Reply diagnosis(Diagnosis d, List<CreditRecord> records, Map<String, String> args) {
    StringBuilder sb = new StringBuilder("诊断结果（按 " + d.asOf() + " 的规定判断）：\n");
    List<ChatCitation> citations = new ArrayList<>();
    boolean unverified = false;
    for (Finding f : d.findings()) {
      sb.append("· ").append(recordLabel(f.recordId(), records));
      sb.append("【").append(platform(f.platform())).append("】");
      sb.append(status(f, d.asOf())).append("。");
      if (f.authority() != null && !f.authority().isBlank()) {
        sb.append("受理：").append(f.authority()).append("。");
      }
      boolean routeMatters =
          f.status() == org.creditrepair.diagnosis.FindingStatus.NOT_APPLICABLE
              || f.status() == org.creditrepair.diagnosis.FindingStatus.REPAIRABLE_NOW;
      if (routeMatters && f.route() != null && !f.route().isBlank()) {
        sb.append("途径：").append(f.route()).append("。");
      }
      for (Blocker b : f.blockers()) {
        sb.append("需要注意：").append(b.message()).append("。");
      }
      List<ChatCitation> own = new ArrayList<>();
      f.citations().forEach(c -> own.add(AssistantToolkit.of(c, null)));
      if (!own.isEmpty()) {
        sb.append("（依据：").append(labels(own)).append("）");
      }
      citations.addAll(own);
      unverified |= !f.unverifiedRules().isEmpty();
      sb.append("\n");
    }
    if (unverified) {
      sb.append("提示：以上部分结论所依据的规则尚未与官方原文逐条核对，请以受理部门的答复为准。\n");
    }
    sb.append(d.summary()).append("\n需要的话，我可以接着排出修复步骤和材料清单。");
    ToolCall call = new ToolCall("diagnose_records", args, true, d.findings().size() + " 项结论");
    return reply(
        Intent.DIAGNOSE,
        sb.toString().replace("。。", "。"),
        citations,
        List.of(call),
        List.of(ChatAction.of("SUGGEST", "text", "帮我排一下修复步骤和材料清单")),
        true);
  }

  Reply plan(RepairPlan plan, List<CreditRecord> records, Map<String, String> args) {
    StringBuilder sb = new StringBuilder("修复步骤（日期按官方工作日历计算）：\n");
    int i = 1;
    for (PlanStep s : plan.steps()) {
      sb.append(i++).append(". ").append(s.title());
      if (s.earliestStart() != null) {
        sb.append("（最早 ").append(s.earliestStart()).append(" 起");
        sb.append(s.due() != null ? "，" + s.due() + " 前）" : "）");
      } else if (s.due() != null) {
        sb.append("（").append(s.due()).append(" 前）");
      }
      if (s.authority() != null && !s.authority().isBlank()) {
        sb.append("：").append(s.authority());
      }
      sb.append("\n");
    }
    if (plan.checklist().isEmpty()) {
      sb.append("这些记录目前不需要提交申请材料。\n");
    } else {
      sb.append("材料清单（多条记录共用的材料已合并，共 ")
          .append(plan.materialsAfterDedup())
          .append(" 项")
          .append(
              plan.materialsBeforeDedup() > plan.materialsAfterDedup()
                  ? "，合并前 " + plan.materialsBeforeDedup() + " 项"
                  : "")
          .append("）：\n");
      for (ChecklistItem c : plan.checklist()) {
        sb.append("· ").append(c.name());
        if (c.template() != null) {
          sb.append("（可用模板生成）");
        }
        if (c.spec() != null && !c.spec().isBlank()) {
          sb.append("：").append(c.spec());
        }
        sb.append("\n");
      }
    }
    List<ChatCitation> citations = new ArrayList<>();
    plan.citations().forEach(c -> citations.add(AssistantToolkit.of(c, null)));
    if (!citations.isEmpty()) {
      sb.append("依据：").append(labels(citations)).append("。");
    }
    if (plan.citations().stream().anyMatch(c -> !c.verified())) {
      sb.append("\n提示：部分依据尚未与官方原文逐条核对，请以受理部门的要求为准。");
    }
    ToolCall call =
        new ToolCall(
            "build_plan",
            args,
            true,
            plan.steps().size() + " 个步骤、" + plan.checklist().size() + " 项材料");
    return reply(
        Intent.PLAN,
        sb.toString(),
        citations,
        List.of(call),
        List.of(ChatAction.of("OPEN_PLAN", "planId", plan.planId())),
        true);
  }

  Reply uploads(PrecheckHistory.Summary last, RepairPlan plan) {
    StringBuilder sb = new StringBuilder();
    List<ToolCall> calls = new ArrayList<>();
    List<ChatCitation> citations = new ArrayList<>();
    if (last != null) {
      calls.add(new ToolCall("last_precheck", Map.of(), true, "最近一次预审：" + verdict(last.verdict())));
      sb.append("您最近一次材料预审（")
          .append(last.at().atZone(CHINA).toLocalDate())
          .append("，")
          .append(last.files().size())
          .append(" 份文件）的结论是：")
          .append(verdict(last.verdict()))
          .append("。\n");
      last.issues().stream()
          .limit(6)
          .forEach(
              x ->
                  sb.append("· ")
                      .append(x.file() == null ? "材料之间" : x.file())
                      .append("：")
                      .append(x.message())
                      .append(x.hint() == null || x.hint().isBlank() ? "" : "（" + x.hint() + "）")
                      .append("\n"));
      if (last.issues().size() > 6) {
        sb.append("……另有 ").append(last.issues().size() - 6).append(" 个问题，详见预审报告。\n");
      }
      if (!last.missing().isEmpty()) {
        sb.append("还缺少：")
            .append(String.join("、", last.missing().stream().map(tools::materialName).toList()))
            .append("。\n");
      }
      sb.append("改好后可以在“材料预审”页面重新上传检查。");
    } else {
      sb.append(
          "提交前可以先做材料预审：在“材料预审”页面上传 PDF 或照片（每个文件不超过 "
              + (org.creditrepair.precheck.IntakeLimits.DEFAULT.maxFileBytes() >> 20)
              + " MB，一次最多 "
              + org.creditrepair.precheck.IntakeLimits.DEFAULT.maxFiles()
              + " 个），"
              + "系统会检查文件能否读取、是哪类材料、统一社会信用代码和文号是否一致、金额和日期是否对得上、签字盖章是否齐全，并列出缺少的材料。");
      if (plan != null) {
        sb.append("\n按您描述的记录，需要准备：");
        sb.append(String.join("、", plan.checklist().stream().map(ChecklistItem::name).toList()));
        sb.append("。");
        plan.citations().forEach(c -> citations.add(AssistantToolkit.of(c, null)));
        if (!citations.isEmpty()) {
          sb.append("（依据：").append(labels(citations)).append("）");
        }
        calls.add(new ToolCall("build_plan", Map.of(), true, plan.checklist().size() + " 项材料"));
      }
    }
    return reply(
        Intent.CHECK_UPLOADS,
        sb.toString(),
        citations,
        calls,
        List.of(ChatAction.of("OPEN_PRECHECK", "path", "/api/v1/prechecks")),
        last != null || !citations.isEmpty());
  }

  Reply applications(List<ApplicationService.View> views, LocalDate today) {
    ToolCall call = new ToolCall("application_status", Map.of(), true, views.size() + " 件申请");
    if (views.isEmpty()) {
      return reply(
          Intent.APPLICATION_STATUS,
          "还没有查到修复申请。如果您已在“信用中国”或国家企业信用信息公示系统上提交，请在对应平台查询进度；" + "也可以先让我诊断记录、排出步骤，再在这里创建申请跟踪。",
          List.of(),
          List.of(call),
          List.of(ChatAction.of("SUGGEST", "text", "帮我看看记录能不能修复")),
          false);
    }
    ApplicationService.View v = views.getFirst();
    var app = v.application();
    StringBuilder sb =
        new StringBuilder("您的申请 ")
            .append(app.id())
            .append(" 当前状态：")
            .append(app.status().label())
            .append("。");
    List<ChatCitation> citations = new ArrayList<>();
    for (Deadline d : app.deadlines()) {
      Deadline.State st = d.state(today);
      if (d.due() == null || st == Deadline.State.MET || st == Deadline.State.MET_LATE) {
        continue;
      }
      List<ChatCitation> own = new ArrayList<>();
      d.ruleIds().forEach(id -> tools.ruleCitation(id).ifPresent(own::add));
      sb.append("\n· ")
          .append(deadlineLabel(d))
          .append("：")
          .append(d.due())
          .append(st == Deadline.State.OVERDUE ? "（已逾期，可以向受理部门询问）" : " 前");
      if (!own.isEmpty()) {
        sb.append("（依据：").append(labels(own)).append("）");
      }
      if (!d.verified()) {
        sb.append("（该期限的依据尚未与官方原文核对）");
      }
      citations.addAll(own);
    }
    if (!v.nextStatuses().isEmpty()) {
      sb.append("\n下一步可能是：")
          .append(
              String.join("、", v.nextStatuses().stream().map(ApplicationStatus::label).toList()))
          .append("。");
    }
    if (views.size() > 1) {
      sb.append("\n另有 ").append(views.size() - 1).append(" 件较早的申请，可在“我的申请”里查看。");
    }
    return reply(
        Intent.APPLICATION_STATUS,
        sb.toString(),
        citations,
        List.of(call),
        List.of(ChatAction.of("OPEN_APPLICATION", "id", app.id())),
        !citations.isEmpty());
  }

  Reply reminders(Optional<ReminderList> list, boolean annual, LocalDate today) {
    StringBuilder sb = new StringBuilder();
    List<ToolCall> calls = new ArrayList<>();
    List<ChatCitation> citations = new ArrayList<>();
    List<UpcomingReminder> upcoming = list.map(ReminderList::upcoming).orElse(List.of());
    if (list.isPresent()) {
      calls.add(new ToolCall("list_reminders", Map.of(), true, upcoming.size() + " 条待发提醒"));
    }
    if (!upcoming.isEmpty()) {
      sb.append("接下来的提醒：\n");
      upcoming.stream()
          .limit(5)
          .forEach(
              u ->
                  sb.append("· ")
                      .append(u.reminder().dueAt().atZone(CHINA).toLocalDate())
                      .append(" ")
                      .append(u.reminder().title())
                      .append("：")
                      .append(u.reminder().message())
                      .append("\n"));
      if (upcoming.size() > 5) {
        sb.append("……共 ").append(upcoming.size()).append(" 条，可在“提醒”页面查看全部。\n");
      }
    } else {
      sb.append(list.isPresent() ? "目前没有待发的提醒。创建修复申请后，补正期限、可申请日期、公示期满等提醒会自动安排。\n" : "提醒服务暂未开启。\n");
    }
    boolean annualListed =
        upcoming.stream()
            .limit(5)
            .anyMatch(
                u -> u.reminder().kind() == org.creditrepair.reminder.ReminderKind.ANNUAL_REPORT);
    if (annual || upcoming.isEmpty() || annualListed) {
      AnnualReportWindow w = tools.annualReport();
      ChatCitation window = tools.documentCitation(w.doc(), w.windowArticle(), w.verified());
      ChatCitation consequence =
          tools.documentCitation(w.doc(), w.consequenceArticle(), w.verified());
      int year = today.getYear();
      LocalDate last = w.lastDay(year);
      sb.append("企业年报：每年 ")
          .append(w.from().getMonthValue())
          .append("月")
          .append(w.from().getDayOfMonth())
          .append("日至")
          .append(w.to().getMonthValue())
          .append("月")
          .append(w.to().getDayOfMonth())
          .append("日报送上一年度报告")
          .append(
              today.isAfter(last)
                  ? "（今年的报送期已过，下一次截止 " + w.lastDay(year + 1) + "）"
                  : "（今年截止 " + last + "）")
          .append("（依据：")
          .append(window.label())
          .append("）；")
          .append(w.consequence())
          .append("（依据：")
          .append(consequence.label())
          .append("）。");
      citations.add(window);
      citations.add(consequence);
    }
    return reply(
        Intent.REMINDERS,
        sb.toString().strip(),
        citations,
        calls,
        List.of(ChatAction.of("OPEN_REMINDERS")),
        !citations.isEmpty());
  }

  Reply notFound(ToolCall search) {
    return reply(
        Intent.POLICY_QUESTION,
        "这个问题我在现有的法规和办事指南里没有找到依据，不能凭印象回答您。要不要我转给信用合规服务站的工作人员？回复“好的”即可转接。",
        List.of(),
        List.of(search),
        List.of(ChatAction.of("OFFER_HANDOFF")),
        false);
  }

  Reply notFoundHandedOff(ToolCall search) {
    return reply(
        Intent.POLICY_QUESTION,
        "这个问题我仍然没有在法规和办事指南里找到依据。我已经把您的问题转给信用合规服务站的工作人员，他们会在这个对话里回复您。",
        List.of(),
        List.of(search),
        List.of(ChatAction.of("HANDOFF", "status", "ESCALATED")),
        false);
  }

  /**
   * The passages shown: the best {@link #MAX_PASSAGES}, with the best official text among them when
   * one is relevant (our guides explain, the official text is what a citation should rest on).
   */
  static List<PolicySearch.Passage> shown(List<PolicySearch.Passage> relevant) {
    List<PolicySearch.Passage> out =
        new ArrayList<>(relevant.subList(0, Math.min(MAX_PASSAGES, relevant.size())));
    if (out.stream().noneMatch(PolicySearch.Passage::official)) {
      relevant.stream()
          .filter(PolicySearch.Passage::official)
          .findFirst()
          .ifPresent(
              o -> {
                if (out.size() == MAX_PASSAGES) {
                  out.removeLast();
                }
                out.add(o);
              });
    }
    return out;
  }

  Reply passages(AssistantToolkit.Search search) {
    StringBuilder sb = new StringBuilder("根据检索到的规定和指南：\n");
    List<ChatCitation> cited = new ArrayList<>();
    for (PolicySearch.Passage p : shown(search.relevant())) {
      ChatCitation c =
          new ChatCitation(
              p.docId(), p.title(), p.article(), p.official(), ChatCitation.Origin.RETRIEVAL, null);
      cited.add(c);
      sb.append("· ").append(c.label());
      sb.append(p.official() ? "：" : "（本助手整理的办事指南）：");
      sb.append(excerpt(p.text())).append("\n");
    }
    sb.append("以上为原文摘录，具体办理以受理部门的解释为准。想知道您的记录能不能修复，可以把情况告诉我。");
    return reply(
        Intent.POLICY_QUESTION, sb.toString(), cited, List.of(search.call()), List.of(), true);
  }

  /** Bare article references inside the excerpts of {@code search}: the quoted text's own. */
  static Set<CitationValidator.Allowed> quotedReferences(AssistantToolkit.Search search) {
    Set<CitationValidator.Allowed> out = new java.util.HashSet<>();
    shown(search.relevant())
        .forEach(
            p -> {
              var m = BARE_ARTICLE.matcher(excerpt(p.text()));
              while (m.find()) {
                out.add(new CitationValidator.Allowed(p.title(), m.group()));
              }
            });
    return out;
  }

  private static final java.util.regex.Pattern BARE_ARTICLE =
      java.util.regex.Pattern.compile("第[一二三四五六七八九十百零〇两0-9]+条");

  /**
   * The start of a passage, cut at a sentence end; titles of other documents inside it become plain
   * quotes, since the answer does not cite them.
   */
  static String excerpt(String text) {
    String t = text.replaceAll("\\s+", " ").strip().replace('《', '“').replace('》', '”');
    if (t.codePointCount(0, t.length()) <= EXCERPT_CHARS) {
      return t;
    }
    int end = t.offsetByCodePoints(0, EXCERPT_CHARS);
    int stop = Math.max(t.lastIndexOf('。', end), t.lastIndexOf('；', end));
    return (stop > EXCERPT_CHARS / 2 ? t.substring(0, stop + 1) : t.substring(0, end)) + "……";
  }

  static String labels(List<ChatCitation> cs) {
    Set<String> out = new LinkedHashSet<>();
    cs.forEach(c -> out.add(c.label()));
    return String.join("、", out);
  }

  private static String recordLabel(String id, List<CreditRecord> records) {
    for (CreditRecord r : records) {
      if (r.id().equals(id)) {
        String n = records.size() > 1 ? "记录" + id.substring(1) + "（" : "";
        return n + type(r) + (records.size() > 1 ? "）" : "");
      }
    }
    return id;
  }

  private static String type(CreditRecord r) {
    return switch (r.type()) {
      case ADMIN_PENALTY -> "行政处罚";
      case ABNORMAL_OPERATION -> "经营异常名录";
      case SERIOUS_ILLEGAL_DISHONEST -> "严重违法失信名单";
      case SERIOUS_DISHONEST_ENTITY -> "严重失信主体名单";
      case TAX_MAJOR_VIOLATION -> "重大税收违法失信主体";
      case TAX_CREDIT_D -> "纳税信用D级";
      case COURT_DEFAULTER -> "失信被执行人";
      case CREDIT_REPORT -> "征信不良记录";
    };
  }

  static String platform(Platform p) {
    if (p == null) {
      return "相关平台";
    }
    return switch (p) {
      case CREDIT_CHINA -> "信用中国";
      case GSXT -> "国家企业信用信息公示系统";
      case TAX -> "税务";
      case COURT -> "法院（中国执行信息公开网）";
      case PBOC -> "人民银行征信系统";
      default -> p.name();
    };
  }

  private static String status(Finding f, LocalDate today) {
    if (f.autoEndDate() != null
        && f.autoEndDate().isBefore(today)
        && (f.status() == org.creditrepair.diagnosis.FindingStatus.AUTO_EXPIRES
            || f.status() == org.creditrepair.diagnosis.FindingStatus.NOT_REPAIRABLE)) {
      return "公示期已于 " + f.autoEndDate() + " 届满，应已停止公示；如仍在公示，可以请受理部门核实处理";
    }
    return switch (f.status()) {
      case REPAIRABLE_NOW -> "现在就可以申请信用修复";
      case NOT_YET ->
          f.earliestDate() != null ? "暂时还不能申请，最早 " + f.earliestDate() + " 起可以申请" : "暂时还不能申请";
      case NOT_REPAIRABLE ->
          f.autoEndDate() != null ? "按规定不能提前修复，公示期满（" + f.autoEndDate() + "）后停止公示" : "按规定不能提前修复";
      case AUTO_EXPIRES ->
          f.autoEndDate() != null
              ? "无需申请，公示期满后于 " + f.autoEndDate() + " 自动停止公示"
              : "无需申请，公示期满后自动停止公示";
      case NOT_APPLICABLE -> "不适用信用修复申请，按下面说明的途径办理";
    };
  }

  private static String verdict(String v) {
    return switch (v) {
      case "PASS" -> "通过";
      case "FAIL" -> "不通过，需要修改";
      default -> "需要人工复核";
    };
  }

  private static String deadlineLabel(Deadline d) {
    return switch (d.kind()) {
      case REVIEW -> "审核答复期限";
      case SUPPLEMENT -> "补正材料期限";
      case PUBLIC_NOTICE_END -> "公示结束";
      case SYNC -> "同步到平台期限";
    };
  }

  /** Citations of the rules engine, converted. */
  static List<ChatCitation> of(List<CitationRef> refs) {
    return refs.stream().map(c -> AssistantToolkit.of(c, null)).toList();
  }
}
