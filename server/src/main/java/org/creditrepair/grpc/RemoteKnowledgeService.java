package org.creditrepair.grpc;

import io.vertx.core.Future;
import io.vertx.core.net.SocketAddress;
import io.vertx.grpc.client.GrpcClient;
import io.vertx.grpc.client.GrpcClientResponse;
import io.vertx.grpc.common.ServiceMethod;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.creditrepair.proto.knowledge.v1.KnowledgeService;
import org.creditrepair.proto.knowledge.v1.KnowledgeServiceGrpcClient;
import org.creditrepair.proto.knowledge.v1.SearchRequest;
import org.creditrepair.proto.knowledge.v1.SearchResponse;
import org.creditrepair.proto.knowledge.v1.StatsRequest;
import org.creditrepair.proto.knowledge.v1.StatsResponse;
import org.creditrepair.shared.grpc.GrpcErrors;

/**
 * 远程知识检索服务：{@link KnowledgeService} over a Vert.x gRPC client; every call carries a deadline and a
 * remote error comes back as the same {@link org.creditrepair.shared.CreditRepairException} the
 * service raised.
 */
public final class RemoteKnowledgeService implements KnowledgeService {
  private final GrpcClient client;
  private final SocketAddress address;
  private final Duration deadline;

  /** Calls the service at {@code address} through {@code client} with a per-call deadline. */
  public RemoteKnowledgeService(GrpcClient client, SocketAddress address, Duration deadline) {
    this.client = client;
    this.address = address;
    this.deadline = deadline;
  }

  @Override
  public Future<SearchResponse> search(SearchRequest request) {
    return call(KnowledgeServiceGrpcClient.Search, request);
  }

  @Override
  public Future<StatsResponse> stats(StatsRequest request) {
    return call(KnowledgeServiceGrpcClient.Stats, request);
  }

  private <Req, Resp> Future<Resp> call(ServiceMethod<Resp, Req> method, Req message) {
    long start = System.nanoTime();
    return client
        .request(address, method)
        .compose(
            request -> {
              request.timeout(deadline.toMillis(), TimeUnit.MILLISECONDS);
              return request.send(message);
            })
        .compose(RemoteKnowledgeService::single)
        .recover(
            error ->
                Future.failedFuture(GrpcErrors.fromTransportFailure(error, deadlinePassed(start))));
  }

  private static <Req, Resp> Future<Resp> single(GrpcClientResponse<Req, Resp> response) {
    return response
        .last()
        .recover(
            error ->
                response.status() == null
                    ? Future.failedFuture(error)
                    : Future.failedFuture(
                        GrpcErrors.fromResponse(
                            response.status(),
                            response.statusMessage(),
                            response.headers(),
                            response.trailers())));
  }

  private boolean deadlinePassed(long startNanos) {
    return System.nanoTime() - startNanos >= deadline.toNanos();
  }
}
