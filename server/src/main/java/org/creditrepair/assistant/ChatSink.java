package org.creditrepair.assistant;

/** 事件出口：receives a turn's events as they are ready (called from one thread at a time). */
@FunctionalInterface
public interface ChatSink {
  void accept(ChatEvent event);
}
