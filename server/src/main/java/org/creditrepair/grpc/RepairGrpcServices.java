package org.creditrepair.grpc;

import io.vertx.grpc.server.Service;
import org.creditrepair.proto.diagnosis.v1.DiagnosisService;
import org.creditrepair.proto.diagnosis.v1.DiagnosisServiceGrpcService;
import org.creditrepair.proto.plan.v1.PlanService;
import org.creditrepair.proto.plan.v1.PlanServiceGrpcService;

/**
 * 诊断与方案 gRPC 服务：binds the diagnosis and plan implementations to their generated descriptors, errors
 * mapped by {@link org.creditrepair.shared.grpc.GrpcErrors} (see {@link KnowledgeGrpcService} for
 * why the generated binding is not used).
 */
public final class RepairGrpcServices {
  private RepairGrpcServices() {}

  public static Service diagnosis(DiagnosisService implementation) {
    return Service.service(
            DiagnosisServiceGrpcService.SERVICE_NAME,
            DiagnosisServiceGrpcService.SERVICE_DESCRIPTOR)
        .bind(DiagnosisServiceGrpcService.Diagnose, GrpcUnary.handler(implementation::diagnose))
        .build();
  }

  public static Service plans(PlanService implementation) {
    return Service.service(
            PlanServiceGrpcService.SERVICE_NAME, PlanServiceGrpcService.SERVICE_DESCRIPTOR)
        .bind(PlanServiceGrpcService.CreatePlan, GrpcUnary.handler(implementation::createPlan))
        .bind(
            PlanServiceGrpcService.ListTemplates, GrpcUnary.handler(implementation::listTemplates))
        .bind(
            PlanServiceGrpcService.RenderTemplate,
            GrpcUnary.handler(implementation::renderTemplate))
        .build();
  }
}
