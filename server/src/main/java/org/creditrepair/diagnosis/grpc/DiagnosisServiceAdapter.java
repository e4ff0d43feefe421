package org.creditrepair.diagnosis.grpc;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import org.creditrepair.diagnosis.DiagnosisEngine;
import org.creditrepair.proto.diagnosis.v1.DiagnoseRequest;
import org.creditrepair.proto.diagnosis.v1.DiagnoseResponse;
import org.creditrepair.proto.diagnosis.v1.DiagnosisService;

/**
 * 诊断服务（进程内实现）：validates the request and runs the rules engine on a worker thread (a large request
 * is a few milliseconds of CPU, kept off the event loop).
 */
public final class DiagnosisServiceAdapter implements DiagnosisService {
  private final Vertx vertx;
  private final DiagnosisEngine engine;
  private final Clock clock;

  public DiagnosisServiceAdapter(Vertx vertx, DiagnosisEngine engine, Clock clock) {
    this.vertx = vertx;
    this.engine = engine;
    this.clock = clock;
  }

  @Override
  public Future<DiagnoseResponse> diagnose(DiagnoseRequest request) {
    return vertx.executeBlocking(
        () -> {
          DiagnosisRequests.Input in = DiagnosisRequests.toInput(request, clock);
          return DiagnosisResponses.of(engine.diagnose(in.enterprise(), in.records(), in.asOf()));
        },
        false);
  }
}
