package org.creditrepair.grpc;

import io.vertx.core.net.SocketAddress;
import io.vertx.grpc.client.GrpcClient;
import io.vertx.grpc.common.GrpcMessageDecoder;
import io.vertx.grpc.common.GrpcMessageEncoder;
import io.vertx.grpc.common.GrpcStatus;
import io.vertx.grpc.common.ServiceMethod;
import io.vertx.grpc.common.ServiceName;
import io.vertx.grpc.health.v1.HealthCheckRequest;
import io.vertx.grpc.health.v1.HealthCheckResponse;
import io.vertx.grpc.reflection.v1.ServerReflectionRequest;
import io.vertx.grpc.reflection.v1.ServerReflectionResponse;
import io.vertx.grpc.reflection.v1.ServiceResponse;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/** 测试探针：calls gRPC health and reflection as grpcurl would, through a Vert.x client. */
public final class GrpcProbes {
  static final ServiceMethod<HealthCheckResponse, HealthCheckRequest> HEALTH_CHECK =
      ServiceMethod.client(
          ServiceName.create("grpc.health.v1.Health"),
          "Check",
          GrpcMessageEncoder.encoder(),
          GrpcMessageDecoder.decoder(HealthCheckResponse.newBuilder()));

  static final ServiceMethod<ServerReflectionResponse, ServerReflectionRequest> REFLECTION =
      ServiceMethod.client(
          ServiceName.create("grpc.reflection.v1.ServerReflection"),
          "ServerReflectionInfo",
          GrpcMessageEncoder.encoder(),
          GrpcMessageDecoder.decoder(ServerReflectionResponse.newBuilder()));

  private GrpcProbes() {}

  /** The serving status of {@code service} ("" = the server), or null when it is unknown. */
  public static HealthCheckResponse.ServingStatus health(
      GrpcClient client, int port, String service) throws Exception {
    return client
        .request(SocketAddress.inetSocketAddress(port, "127.0.0.1"), HEALTH_CHECK)
        .compose(req -> req.send(HealthCheckRequest.newBuilder().setService(service).build()))
        .compose(
            resp ->
                resp.last()
                    .map(HealthCheckResponse::getStatus)
                    .recover(
                        e ->
                            resp.status() == GrpcStatus.NOT_FOUND
                                ? io.vertx.core.Future.succeededFuture(null)
                                : io.vertx.core.Future.failedFuture(e)))
        .await(10, TimeUnit.SECONDS);
  }

  /** The services the server lists through reflection. */
  public static Set<String> listServices(GrpcClient client, int port) throws Exception {
    ServerReflectionResponse response =
        client
            .request(SocketAddress.inetSocketAddress(port, "127.0.0.1"), REFLECTION)
            .compose(
                req -> req.send(ServerReflectionRequest.newBuilder().setListServices("*").build()))
            .compose(resp -> resp.last())
            .await(10, TimeUnit.SECONDS);
    Set<String> names = new TreeSet<>();
    for (ServiceResponse s : response.getListServicesResponse().getServiceList()) {
      names.add(s.getName());
    }
    return names;
  }
}
