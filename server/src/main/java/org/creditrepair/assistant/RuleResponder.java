package org.creditrepair.assistant;

/**
 * 规则应答器：the offline responder — streams the grounded answer as it is, sentence by sentence, so a
 * client shows the first words at once; used when no model is configured and as every model's
 * fallback.
 */
public final class RuleResponder implements Responder {
  @Override
  public Reply respond(Turn turn, ChatSink sink) {
    Reply r = turn.grounded();
    for (String piece : pieces(r.text())) {
      sink.accept(new ChatEvent.Delta(piece));
    }
    return r;
  }

  @Override
  public String name() {
    return "rules";
  }

  /** The text cut after each line break and each 。！？; nothing lost, nothing added. */
  static java.util.List<String> pieces(String text) {
    java.util.List<String> out = new java.util.ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '。' || c == '！' || c == '？') {
        out.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      out.add(text.substring(start));
    }
    return out;
  }
}
