package org.creditrepair.reminder.grpc;

import io.vertx.core.Vertx;
import io.vertx.grpc.server.Service;
import java.util.Map;
import org.creditrepair.audit.AuditLog;
import org.creditrepair.gateway.auth.JwtTokens;
import org.creditrepair.grpc.GrpcUnary;
import org.creditrepair.proto.reminder.v1.DeadLetter;
import org.creditrepair.proto.reminder.v1.ListDeadLettersResponse;
import org.creditrepair.proto.reminder.v1.ListRemindersResponse;
import org.creditrepair.proto.reminder.v1.ReminderServiceGrpcService;
import org.creditrepair.proto.reminder.v1.SentReminder;
import org.creditrepair.proto.reminder.v1.UpcomingReminder;
import org.creditrepair.reminder.DeadReminder;
import org.creditrepair.reminder.Reminder;
import org.creditrepair.reminder.ReminderList;
import org.creditrepair.reminder.ReminderService;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;
import org.creditrepair.shared.auth.Role;

/**
 * 提醒 gRPC 服务：an enterprise's upcoming and sent reminders and the dead letters, with the same access
 * rules as HTTP (caller from the {@code authorization} metadata, staff name the enterprise and are
 * audit-logged, dead letters for ADMIN only).
 */
public final class ReminderGrpcService {
  private ReminderGrpcService() {}

  public static Service of(
      Vertx vertx, ReminderService reminders, AuditLog audit, JwtTokens tokens) {
    return Service.service(
            ReminderServiceGrpcService.SERVICE_NAME, ReminderServiceGrpcService.SERVICE_DESCRIPTOR)
        .bind(
            ReminderServiceGrpcService.ListReminders,
            GrpcUnary.authenticated(
                vertx,
                tokens,
                (p, r) -> {
                  String tenant = p.tenant(r.getUscc());
                  audit.record(p, "reminder.list", tenant, null, r.getAuditReason());
                  return list(reminders.list(tenant));
                }))
        .bind(
            ReminderServiceGrpcService.ListDeadLetters,
            GrpcUnary.authenticated(
                vertx,
                tokens,
                (p, r) -> {
                  if (p.role() != Role.ADMIN) {
                    throw new CreditRepairException(
                        ErrorCode.FORBIDDEN, "只有管理员能查看死信", Map.of("role", p.role().name()));
                  }
                  int limit = r.getLimit() == 0 ? 100 : Math.max(1, Math.min(1000, r.getLimit()));
                  ListDeadLettersResponse.Builder b = ListDeadLettersResponse.newBuilder();
                  for (DeadReminder d : reminders.deadLetters(limit)) {
                    b.addDeadLetters(
                        DeadLetter.newBuilder()
                            .setId(d.id())
                            .setReminder(reminder(d.reminder()))
                            .setAttempts(d.attempts())
                            .setReason(nz(d.reason()))
                            .setAt(d.at() == null ? "" : d.at().toString()));
                  }
                  return b.build();
                }))
        .build();
  }

  private static ListRemindersResponse list(ReminderList l) {
    ListRemindersResponse.Builder b = ListRemindersResponse.newBuilder().setUscc(l.tenant());
    l.upcoming()
        .forEach(
            u ->
                b.addUpcoming(
                    UpcomingReminder.newBuilder()
                        .setReminder(reminder(u.reminder()))
                        .setStatus(nz(u.status()))));
    l.sent()
        .forEach(
            s ->
                b.addSent(
                    SentReminder.newBuilder()
                        .setReminder(reminder(s.reminder()))
                        .setStatus(nz(s.status()))
                        .setAt(s.at() == null ? "" : s.at().toString())
                        .addAllChannels(s.channels())
                        .setReason(nz(s.reason()))));
    return b.build();
  }

  private static org.creditrepair.proto.reminder.v1.Reminder reminder(Reminder r) {
    return org.creditrepair.proto.reminder.v1.Reminder.newBuilder()
        .setId(r.id())
        .setSourceId(r.sourceId())
        .setKind(r.kind().name())
        .setDueAt(r.dueAt().toString())
        .setTitle(nz(r.title()))
        .setMessage(nz(r.message()))
        .putAllData(r.data() == null ? Map.of() : r.data())
        .build();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
