package org.creditrepair.grpc;

import io.vertx.core.Future;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.creditrepair.proto.knowledge.v1.KnowledgeService;
import org.creditrepair.proto.knowledge.v1.SearchRequest;
import org.creditrepair.proto.knowledge.v1.SearchResponse;
import org.creditrepair.proto.knowledge.v1.StatsRequest;
import org.creditrepair.proto.knowledge.v1.StatsResponse;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;

/**
 * 调用时限：bounds every call to a {@link KnowledgeService} (in-process or remote) by a deadline,
 * failing with {@link ErrorCode#DEADLINE_EXCEEDED} when it passes.
 */
public final class DeadlineKnowledgeService implements KnowledgeService {
  private final KnowledgeService delegate;
  private final Duration deadline;

  /** Wraps {@code delegate}; each call fails once {@code deadline} has passed. */
  public DeadlineKnowledgeService(KnowledgeService delegate, Duration deadline) {
    this.delegate = delegate;
    this.deadline = deadline;
  }

  @Override
  public Future<SearchResponse> search(SearchRequest request) {
    return bounded(delegate.search(request));
  }

  @Override
  public Future<StatsResponse> stats(StatsRequest request) {
    return bounded(delegate.stats(request));
  }

  private <T> Future<T> bounded(Future<T> call) {
    return call.timeout(deadline.toMillis(), TimeUnit.MILLISECONDS)
        .recover(
            error ->
                error instanceof TimeoutException
                    ? Future.failedFuture(
                        new CreditRepairException(ErrorCode.DEADLINE_EXCEEDED, "知识检索超时，请稍后再试"))
                    : Future.failedFuture(error));
  }
}
