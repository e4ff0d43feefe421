package org.creditrepair.assistant.llm;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.CompleteToolCall;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.PartialThinking;
import dev.langchain4j.model.chat.response.PartialThinkingContext;
import dev.langchain4j.model.chat.response.PartialToolCall;
import dev.langchain4j.model.chat.response.PartialToolCallContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.langchain4j.model.output.FinishReason;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * 模型流式调用：one streamed model call turned into a blocking one with a first-token and an overall
 * deadline; the model's callbacks (on the HTTP client's threads) only enqueue, the caller's thread
 * handles the text, so a sink is only ever called from the responder's thread.
 */
final class ModelStream {
  /** A model call that failed; its message is a fixed description, never model or user text. */
  static final class Failure extends Exception {
    Failure(String reason) {
      super(reason, null, false, false);
    }
  }

  private sealed interface Signal {}

  private record Text(String text) implements Signal {}

  private record Started() implements Signal {}

  private record Complete(ChatResponse response) implements Signal {}

  private record Failed(Throwable error) implements Signal {}

  private ModelStream() {}

  /**
   * Calls {@code model}, passes each text fragment to {@code onText} and returns the complete
   * response.
   *
   * @param firstTokenBy {@link System#nanoTime()} by which anything must have arrived
   * @param doneBy {@link System#nanoTime()} by which the response must be complete
   */
  static ChatResponse call(
      StreamingChatModel model,
      ChatRequest request,
      long firstTokenBy,
      long doneBy,
      Consumer<String> onText)
      throws Failure {
    BlockingQueue<Signal> queue = new LinkedBlockingQueue<>();
    AtomicReference<StreamingHandle> handle = new AtomicReference<>();
    try {
      model.chat(request, handler(queue, handle));
    } catch (RuntimeException e) {
      throw new Failure("request rejected: " + describe(e));
    }
    boolean started = false;
    try {
      while (true) {
        long by = started ? doneBy : Math.min(firstTokenBy, doneBy);
        Signal s = queue.poll(by - System.nanoTime(), TimeUnit.NANOSECONDS);
        if (s == null) {
          cancel(handle);
          throw new Failure(started ? "overall timeout" : "first-token timeout");
        }
        switch (s) {
          case Text t -> {
            started = true;
            onText.accept(t.text());
          }
          case Started x -> started = true;
          case Failed f -> {
            cancel(handle);
            throw new Failure(describe(f.error()));
          }
          case Complete c -> {
            return checked(c.response());
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cancel(handle);
      throw new Failure("interrupted");
    }
  }

  private static ChatResponse checked(ChatResponse r) throws Failure {
    if (r == null || r.aiMessage() == null) {
      throw new Failure("malformed stream: no message");
    }
    FinishReason reason = r.finishReason();
    if (reason == null) {
      throw new Failure("malformed stream: ended without a finish reason");
    }
    if (reason == FinishReason.CONTENT_FILTER) {
      throw new Failure("content filter");
    }
    return r;
  }

  private static StreamingChatResponseHandler handler(
      BlockingQueue<Signal> queue, AtomicReference<StreamingHandle> handle) {
    return new StreamingChatResponseHandler() {
      @Override
      public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
        handle.compareAndSet(null, context.streamingHandle());
        queue.add(new Text(partial.text()));
      }

      @Override
      public void onPartialThinking(PartialThinking thinking, PartialThinkingContext context) {
        handle.compareAndSet(null, context.streamingHandle());
        queue.add(new Started());
      }

      @Override
      public void onPartialToolCall(PartialToolCall call, PartialToolCallContext context) {
        handle.compareAndSet(null, context.streamingHandle());
        queue.add(new Started());
      }

      @Override
      public void onCompleteToolCall(CompleteToolCall call) {
        queue.add(new Started());
      }

      @Override
      public void onCompleteResponse(ChatResponse response) {
        queue.add(new Complete(response));
      }

      @Override
      public void onError(Throwable error) {
        queue.add(new Failed(error));
      }
    };
  }

  private static void cancel(AtomicReference<StreamingHandle> handle) {
    StreamingHandle h = handle.get();
    if (h != null) {
      try {
        h.cancel();
      } catch (RuntimeException ignored) {
        // the stream is abandoned either way
      }
    }
  }

  /** A description of a model failure without its message (which may echo the request). */
  static String describe(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof HttpException h) {
        return "HTTP " + h.statusCode();
      }
      if (c instanceof TimeoutException || c instanceof java.net.http.HttpTimeoutException) {
        return "timeout";
      }
      if (c.getCause() == null || c.getCause() == c) {
        return c.getClass().getSimpleName();
      }
    }
    return "unknown";
  }
}
