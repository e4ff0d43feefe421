package org.creditrepair.assistant;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * 模型可调用的工具：the services a configured model may call by function calling — retrieval, application
 * status and reminders — each answering with the same rule-based text and citations the offline
 * assistant gives, so a model can only pass on facts the services produced.
 */
public final class ModelTools {
  private ModelTools() {}

  /** The tools over {@code toolkit} and the answers of {@code dialogue}. */
  public static List<AssistantTool> of(AssistantToolkit toolkit) {
    Answers answers = new Answers(toolkit);
    return List.of(
        tool(
            "search_regulations",
            "检索信用修复相关的法规条文和办事指南，返回相关段落及其文件名、条号",
            List.of(new AssistantTool.Parameter("query", "要检索的问题或关键词（中文）", true)),
            (turn, args) -> {
              String q = args.getOrDefault("query", turn.redactedMessage());
              AssistantToolkit.Search s =
                  toolkit.searchRegulations(Redactor.redact(q), null, turn.today());
              Reply r = s.relevant().isEmpty() ? answers.notFound(s.call()) : answers.passages(s);
              return new AssistantTool.Result(s.call(), r.text(), r.citations());
            }),
        tool(
            "application_status",
            "查询本企业最近的信用修复申请的状态和法定期限",
            List.of(),
            (turn, args) -> {
              if (turn.tenant() == null) {
                return failed("application_status", "尚不知道是哪家企业，请先询问统一社会信用代码");
              }
              Reply r =
                  answers.applications(
                      toolkit.applications(turn.principal(), turn.tenant()), turn.today());
              return new AssistantTool.Result(r.tools().getFirst(), r.text(), r.citations());
            }),
        tool(
            "list_reminders",
            "查询本企业接下来的提醒（补正期限、可申请日期、公示期满、年报）",
            List.of(),
            (turn, args) -> {
              if (turn.tenant() == null) {
                return failed("list_reminders", "尚不知道是哪家企业，请先询问统一社会信用代码");
              }
              Reply r =
                  answers.reminders(
                      toolkit.reminders(turn.principal(), turn.tenant()), true, turn.today());
              ToolCall call =
                  r.tools().isEmpty()
                      ? new ToolCall("list_reminders", Map.of(), true, "提醒服务未开启")
                      : r.tools().getFirst();
              return new AssistantTool.Result(call, r.text(), r.citations());
            }));
  }

  private static AssistantTool.Result failed(String name, String why) {
    return new AssistantTool.Result(new ToolCall(name, Map.of(), false, why), why, List.of());
  }

  private static AssistantTool tool(
      String name,
      String description,
      List<AssistantTool.Parameter> parameters,
      BiFunction<Turn, Map<String, String>, AssistantTool.Result> body) {
    return new AssistantTool() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String description() {
        return description;
      }

      @Override
      public List<Parameter> parameters() {
        return parameters;
      }

      @Override
      public Result call(Turn turn, Map<String, String> arguments) {
        try {
          return body.apply(turn, arguments == null ? Map.of() : arguments);
        } catch (RuntimeException e) {
          return failed(name, "调用失败：" + e.getMessage());
        }
      }
    };
  }
}
