package org.creditrepair.assistant;

import java.util.List;
import java.util.Optional;

/**
 * 一轮事件：the events one turn streamed, read back — the answer text, the tool calls, the citations,
 * the done event and the fact it asked for; used by the JSON answer, the tests and the evaluation.
 */
public record TurnEvents(List<ChatEvent> events) {
  public TurnEvents {
    events = List.copyOf(events);
  }

  /** The answer: every delta, in order. */
  public String text() {
    StringBuilder sb = new StringBuilder();
    events.forEach(
        e -> {
          if (e instanceof ChatEvent.Delta d) {
            sb.append(d.text());
          }
        });
    return sb.toString();
  }

  public List<ToolCall> calls() {
    return events.stream()
        .filter(e -> e instanceof ChatEvent.Tool)
        .map(e -> ((ChatEvent.Tool) e).call())
        .toList();
  }

  /** The names of the tools called, each once, in order. */
  public List<String> tools() {
    return calls().stream().map(ToolCall::name).distinct().toList();
  }

  public List<ChatCitation> citations() {
    return events.stream()
        .filter(e -> e instanceof ChatEvent.Citation)
        .map(e -> ((ChatEvent.Citation) e).citation())
        .toList();
  }

  /** The done event, if the turn got that far. */
  public Optional<ChatEvent.Done> done() {
    return events.isEmpty() || !(events.getLast() instanceof ChatEvent.Done d)
        ? Optional.empty()
        : Optional.of(d);
  }

  /** The fact the answer asks for (an {@link Slot} name), if any. */
  public Optional<String> asked() {
    return done().stream()
        .flatMap(d -> d.actions().stream())
        .filter(a -> a.type().equals("ASK"))
        .map(a -> a.data().get("field"))
        .findFirst();
  }
}
