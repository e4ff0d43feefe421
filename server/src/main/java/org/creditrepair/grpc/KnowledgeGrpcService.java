package org.creditrepair.grpc;

import io.vertx.grpc.server.Service;
import org.creditrepair.proto.knowledge.v1.KnowledgeService;
import org.creditrepair.proto.knowledge.v1.KnowledgeServiceGrpcService;

/**
 * 知识检索 gRPC 服务：binds a {@link KnowledgeService} implementation to the generated method descriptors,
 * with errors mapped by {@link org.creditrepair.shared.grpc.GrpcErrors}.
 *
 * <p>The generated {@code KnowledgeServiceGrpcService.of(...)} ends a failed call through {@code
 * response.fail(...)}, which in Vert.x 5.0.7 can carry neither a message nor trailers for an
 * arbitrary exception; this binding uses the same service name, descriptor (so reflection and
 * health see it) and method constants, and answers errors through the one mapper.
 */
public final class KnowledgeGrpcService {
  private KnowledgeGrpcService() {}

  /** The gRPC service for {@code implementation}. */
  public static Service of(KnowledgeService implementation) {
    return Service.service(
            KnowledgeServiceGrpcService.SERVICE_NAME,
            KnowledgeServiceGrpcService.SERVICE_DESCRIPTOR)
        .bind(KnowledgeServiceGrpcService.Search, GrpcUnary.handler(implementation::search))
        .bind(KnowledgeServiceGrpcService.Stats, GrpcUnary.handler(implementation::stats))
        .build();
  }
}
