package org.creditrepair.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.ProtoUtils;
import io.vertx.core.Vertx;
import io.vertx.core.net.SocketAddress;
import io.vertx.grpc.client.GrpcClient;
import io.vertx.grpc.health.v1.HealthCheckResponse.ServingStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.creditrepair.app.Application;
import org.creditrepair.app.TestServers;
import org.creditrepair.proto.common.v1.ErrorCode;
import org.creditrepair.proto.common.v1.ErrorDetail;
import org.creditrepair.proto.knowledge.v1.KnowledgeServiceGrpc;
import org.creditrepair.proto.knowledge.v1.SearchRequest;
import org.creditrepair.proto.knowledge.v1.SearchResponse;
import org.creditrepair.proto.knowledge.v1.StatsRequest;
import org.creditrepair.proto.knowledge.v1.StatsResponse;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.grpc.GrpcErrors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gRPC endpoint through real channels: grpc-java stubs and the Vert.x client. */
class GrpcServiceIT {
  static final Metadata.Key<ErrorDetail> DETAIL =
      Metadata.Key.of(
          GrpcErrors.TRAILER, ProtoUtils.metadataMarshaller(ErrorDetail.getDefaultInstance()));

  @TempDir static Path tmp;
  static Application app;
  static ManagedChannel channel;
  static Vertx vertx;
  static GrpcClient client;

  @BeforeAll
  static void start() throws Exception {
    app = TestServers.inProcess(tmp, false);
    channel = ManagedChannelBuilder.forAddress("127.0.0.1", app.grpcPort()).usePlaintext().build();
    vertx = Vertx.vertx();
    client = GrpcClient.client(vertx);
  }

  @AfterAll
  static void stop() throws Exception {
    if (channel != null) {
      channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
    if (vertx != null) {
      vertx.close().await();
    }
    if (app != null) {
      app.close();
    }
  }

  static KnowledgeServiceGrpc.KnowledgeServiceBlockingStub stub() {
    return KnowledgeServiceGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS);
  }

  static RemoteKnowledgeService remote() {
    return new RemoteKnowledgeService(
        client,
        SocketAddress.inetSocketAddress(app.grpcPort(), "127.0.0.1"),
        Duration.ofSeconds(10));
  }

  static SearchRequest query(String text, int topK) {
    return SearchRequest.newBuilder().setQuery(text).setTopK(topK).build();
  }

  @Test
  void should_search_through_the_grpc_java_blocking_stub() {
    SearchResponse response = stub().search(query("信用修复申请书", 5));
    assertTrue(response.getHitsCount() > 0 && response.getHitsCount() <= 5);
    assertTrue(response.getHits(0).getDocId().length() > 0);
  }

  @Test
  void should_give_index_stats_through_the_stub() {
    StatsResponse stats = stub().stats(StatsRequest.getDefaultInstance());
    assertTrue(stats.getDocuments() >= 2 && stats.getChunks() > 0, stats.toString());
    assertEquals(stats.getDocuments(), stats.getOfficialDocuments() + stats.getGuideDocuments());
  }

  @Test
  void should_return_the_same_hits_through_the_vertx_client() throws Exception {
    SearchRequest request = query("异议申请 标注", 5);
    SearchResponse viaStub = stub().search(request);
    SearchResponse viaVertx = remote().search(request).await(10, TimeUnit.SECONDS);
    assertEquals(viaStub.getHitsList(), viaVertx.getHitsList());
  }

  @Test
  void should_send_invalid_argument_with_error_detail_trailer_for_bad_input() {
    assertDetail(query("", 5), Status.Code.INVALID_ARGUMENT, ErrorCode.EMPTY_QUERY, "query");
    assertDetail(
        query("信用", 51), Status.Code.INVALID_ARGUMENT, ErrorCode.TOP_K_OUT_OF_RANGE, "topK");
    assertDetail(
        query("信用", -1), Status.Code.INVALID_ARGUMENT, ErrorCode.TOP_K_OUT_OF_RANGE, "topK");
    assertDetail(
        query("信用", 5).toBuilder().setAsOf("2023-02-30").build(),
        Status.Code.INVALID_ARGUMENT,
        ErrorCode.INVALID_DATE,
        "asOf");
    assertDetail(
        query("字".repeat(2_001), 5),
        Status.Code.INVALID_ARGUMENT,
        ErrorCode.QUERY_TOO_LONG,
        "query");
  }

  private static void assertDetail(
      SearchRequest request, Status.Code status, ErrorCode code, String field) {
    StatusRuntimeException e =
        assertThrows(StatusRuntimeException.class, () -> stub().search(request));
    assertEquals(status, e.getStatus().getCode());
    assertNotNull(e.getStatus().getDescription(), "status message");
    ErrorDetail detail = e.getTrailers().get(DETAIL);
    assertNotNull(detail, "trailer " + GrpcErrors.TRAILER + " missing");
    assertEquals(code, detail.getCode());
    assertEquals(field, detail.getDetailsMap().get("field"));
    assertEquals(e.getStatus().getDescription(), detail.getMessage());
  }

  @Test
  void should_turn_a_remote_error_back_into_the_same_exception_on_the_vertx_client() {
    Exception e =
        assertThrows(
            Exception.class, () -> remote().search(query("信用", 99)).await(10, TimeUnit.SECONDS));
    CreditRepairException cre = assertInstanceOf(CreditRepairException.class, e);
    assertEquals(org.creditrepair.shared.ErrorCode.TOP_K_OUT_OF_RANGE, cre.code());
    assertEquals("topK", cre.details().get("field"));
    assertEquals("50", cre.details().get("max"));
  }

  @Test
  void should_answer_grpc_health_for_the_server_and_the_knowledge_service() throws Exception {
    assertEquals(ServingStatus.SERVING, GrpcProbes.health(client, app.grpcPort(), ""));
    assertEquals(
        ServingStatus.SERVING,
        GrpcProbes.health(client, app.grpcPort(), "creditrepair.knowledge.v1.KnowledgeService"));
    assertEquals(null, GrpcProbes.health(client, app.grpcPort(), "no.such.Service"));
  }

  @Test
  void should_list_services_through_reflection() throws Exception {
    assertTrue(
        GrpcProbes.listServices(client, app.grpcPort())
            .containsAll(
                java.util.Set.of(
                    "creditrepair.knowledge.v1.KnowledgeService",
                    "grpc.health.v1.Health",
                    "grpc.reflection.v1.ServerReflection")));
  }
}
