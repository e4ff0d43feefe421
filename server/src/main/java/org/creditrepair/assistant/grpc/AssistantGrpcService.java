package org.creditrepair.assistant.grpc;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.grpc.server.GrpcServerResponse;
import io.vertx.grpc.server.Service;
import java.lang.System.Logger.Level;
import org.creditrepair.assistant.AssistantService;
import org.creditrepair.assistant.ChatCitation;
import org.creditrepair.assistant.ChatEvent;
import org.creditrepair.assistant.ChatSessions;
import org.creditrepair.gateway.auth.JwtTokens;
import org.creditrepair.proto.assistant.v1.Action;
import org.creditrepair.proto.assistant.v1.AssistantServiceGrpcService;
import org.creditrepair.proto.assistant.v1.ChatRequest;
import org.creditrepair.proto.assistant.v1.Citation;
import org.creditrepair.proto.assistant.v1.Done;
import org.creditrepair.proto.assistant.v1.ToolCall;
import org.creditrepair.shared.auth.Principal;
import org.creditrepair.shared.grpc.GrpcErrors;

/**
 * 智能助手 gRPC 服务：{@code AssistantService.Chat} as a server stream with the same events, checks and
 * session rules as {@code POST /api/v1/chat}.
 */
public final class AssistantGrpcService {
  private static final System.Logger LOG = System.getLogger(AssistantGrpcService.class.getName());

  private AssistantGrpcService() {}

  public static Service of(Vertx vertx, AssistantService assistant, JwtTokens tokens) {
    return Service.service(
            AssistantServiceGrpcService.SERVICE_NAME,
            AssistantServiceGrpcService.SERVICE_DESCRIPTOR)
        .bind(
            AssistantServiceGrpcService.Chat,
            request ->
                request.handler(
                    message -> {
                      var response = request.response();
                      Context context = vertx.getOrCreateContext();
                      var chat =
                          new AssistantService.ChatRequest(
                              message.getSessionId().isBlank() ? null : message.getSessionId(),
                              message.getMessage(),
                              message.getUscc());
                      tokens
                          .verifyAuthorization(request.headers().get("authorization"))
                          .compose(
                              p ->
                                  vertx.executeBlocking(
                                      () -> {
                                        ChatSessions.Stored opened = assistant.open(p, chat);
                                        run(assistant, p, opened, chat, response, context);
                                        return Boolean.TRUE;
                                      },
                                      false))
                          .onComplete(
                              done ->
                                  context.runOnContext(
                                      v -> {
                                        try {
                                          if (done.failed()) {
                                            GrpcErrors.fail(response, done.cause());
                                          } else {
                                            response.end();
                                          }
                                        } catch (IllegalStateException closed) {
                                          LOG.log(Level.DEBUG, "调用已结束：{0}", closed.getMessage());
                                        }
                                      }));
                    }))
        .build();
  }

  private static void run(
      AssistantService assistant,
      Principal p,
      ChatSessions.Stored opened,
      AssistantService.ChatRequest chat,
      GrpcServerResponse<ChatRequest, org.creditrepair.proto.assistant.v1.ChatEvent> response,
      Context context) {
    assistant.chat(
        p,
        opened,
        chat,
        e -> {
          var proto = toProto(e);
          context.runOnContext(
              v -> {
                try {
                  response.write(proto);
                } catch (IllegalStateException closed) {
                  LOG.log(Level.DEBUG, "客户端已离开：{0}", closed.getMessage());
                }
              });
        });
  }

  static org.creditrepair.proto.assistant.v1.ChatEvent toProto(ChatEvent e) {
    var b = org.creditrepair.proto.assistant.v1.ChatEvent.newBuilder();
    switch (e) {
      case ChatEvent.Delta d -> b.setDelta(d.text());
      case ChatEvent.Tool t ->
          b.setTool(
              ToolCall.newBuilder()
                  .setName(t.call().name())
                  .putAllArguments(t.call().arguments())
                  .setOk(t.call().ok())
                  .setSummary(nz(t.call().summary())));
      case ChatEvent.Citation c -> b.setCitation(citation(c.citation()));
      case ChatEvent.Done d -> {
        Done.Builder done =
            Done.newBuilder()
                .setSessionId(d.sessionId())
                .setMessageId(d.messageId())
                .setIntent(d.intent().name())
                .setStatus(d.status())
                .addAllRemovedReferences(d.removedReferences())
                .setFallback(d.fallback())
                .setResponder(nz(d.responder()));
        d.actions()
            .forEach(
                a -> done.addActions(Action.newBuilder().setType(a.type()).putAllData(a.data())));
        b.setDone(done);
      }
    }
    return b.build();
  }

  private static Citation citation(ChatCitation c) {
    return Citation.newBuilder()
        .setDocId(nz(c.docId()))
        .setDocTitle(c.docTitle())
        .setArticle(nz(c.article()))
        .setVerified(c.verified())
        .setOrigin(c.origin().name())
        .setRuleId(nz(c.ruleId()))
        .build();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
