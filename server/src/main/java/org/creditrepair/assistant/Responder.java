package org.creditrepair.assistant;

/**
 * 应答器：phrases the answer of a turn and streams it. The rule-based one sends the grounded answer as
 * it is; a model-backed one may rephrase it and call tools, but states no legal fact the rules or
 * retrieval did not produce.
 */
public interface Responder {
  /**
   * Streams the answer of {@code turn} to {@code sink} as {@link ChatEvent.Delta} (and {@link
   * ChatEvent.Tool} for calls it makes itself) and returns it; never throws for a model failure (it
   * falls back to {@code turn.grounded()}).
   */
  Reply respond(Turn turn, ChatSink sink);

  /** A short name for the done event and metrics ("rules", "openai", "ollama"). */
  String name();
}
