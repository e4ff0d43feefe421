package org.creditrepair.eval;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.creditrepair.diagnosis.CreditRecord;
import org.creditrepair.diagnosis.Enterprise;
import org.creditrepair.kb.KnowledgeBundle;
import org.creditrepair.kb.rules.Platform;
import org.creditrepair.kb.rules.RecordType;
import org.creditrepair.kb.rules.Sanction;
import org.creditrepair.plan.RepairServices;
import org.creditrepair.shared.uscc.Uscc;

/**
 * 诊断与方案基准：prints in-process latency of diagnosis and of diagnosis + plan for 1, 10 and 50 records,
 * and — with {@code --server-jar} — HTTP throughput and latency of {@code POST /api/v1/diagnoses}
 * and {@code /plans} at concurrency 1 and 16 against the real server on 127.0.0.1. Usage: {@code
 * RepairBenchmark [--iterations N] [--requests N] [--server-jar JAR]}.
 */
public final class RepairBenchmark {
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
  static final String USCC = Uscc.withCheckCharacter("91330106MA2B00001");

  private RepairBenchmark() {}

  public static void main(String[] args) throws Exception {
    int iterations = 2000;
    int requests = 20000;
    Path jar = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--iterations" -> iterations = Integer.parseInt(args[++i]);
        case "--requests" -> requests = Integer.parseInt(args[++i]);
        case "--server-jar" -> jar = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    long t0 = System.nanoTime();
    RepairServices services = RepairServices.load(KnowledgeBundle.fromClasspath(), List.of());
    System.out.printf(
        Locale.ROOT,
        "rules loaded: %d regimes, %d rules, calendar %d–%d, in %.0f ms%n",
        services.rules().regimes().size(),
        services.rules().all().size(),
        services.calendar().years().getFirst().year(),
        services.calendar().lastPublishedYear(),
        (System.nanoTime() - t0) / 1e6);
    Enterprise acme = new Enterprise("杭州某某贸易有限公司", USCC, "浙江");
    for (int n : new int[] {1, 10, 50}) {
      List<CreditRecord> records = records(n);
      long[] diag = time(iterations, () -> services.engine().diagnose(acme, records, AS_OF));
      long[] plan = time(iterations, () -> services.plans().plan(acme, records, AS_OF));
      System.out.printf(
          Locale.ROOT,
          "in-process diagnosis, %2d records: %s%n",
          n,
          new Percentiles(diag).summary());
      System.out.printf(
          Locale.ROOT,
          "in-process diagnosis + plan, %2d records: %s%n",
          n,
          new Percentiles(plan).summary());
    }
    if (jar != null) {
      http(jar, requests);
    }
  }

  private static long[] time(int iterations, Runnable call) {
    for (int i = 0; i < iterations; i++) {
      call.run(); // warm-up
    }
    long[] lat = new long[iterations];
    for (int i = 0; i < iterations; i++) {
      long s = System.nanoTime();
      call.run();
      lat[i] = System.nanoTime() - s;
    }
    return lat;
  }

  /** A realistic mix: market-regulation and other penalties, lists, tax, court, credit report. */
  static List<CreditRecord> records(int n) {
    List<CreditRecord> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      LocalDate published = AS_OF.minusDays(30 + (i * 37L) % 900);
      LocalDate decided = published.minusDays(10);
      boolean paid = i % 4 != 3;
      RecordType type =
          switch (i % 8) {
            case 0, 1, 2, 3 -> RecordType.ADMIN_PENALTY;
            case 4 -> RecordType.ABNORMAL_OPERATION;
            case 5 -> RecordType.TAX_CREDIT_D;
            case 6 -> RecordType.SERIOUS_ILLEGAL_DISHONEST;
            default -> RecordType.COURT_DEFAULTER;
          };
      Set<Sanction> sanctions =
          type != RecordType.ADMIN_PENALTY
              ? Set.of()
              : i % 3 == 0 ? Set.of(Sanction.LOW_FINE) : Set.of(Sanction.FINE);
      String authority = i % 2 == 0 ? "杭州市西湖区市场监督管理局" : "杭州市生态环境局";
      out.add(
          new CreditRecord(
              "r" + i,
              type,
              null,
              sanctions,
              i % 5 == 0 ? "FOOD" : null,
              authority,
              "杭西处罚〔2026〕" + i + "号",
              decided,
              published,
              new BigDecimal(5000 + i * 100),
              paid,
              paid ? decided.plusDays(7) : null,
              null,
              type == RecordType.ABNORMAL_OPERATION ? published : null,
              type == RecordType.ADMIN_PENALTY && i % 2 == 0
                  ? Set.of(Platform.GSXT, Platform.CREDIT_CHINA)
                  : Set.of(),
              List.of()));
    }
    return out;
  }

  /** The JSON body of a diagnosis/plan request with {@code n} records. */
  static String body(int n) {
    StringBuilder sb =
        new StringBuilder(
            "{\"enterprise\":{\"name\":\"杭州某某贸易有限公司\",\"uscc\":\""
                + USCC
                + "\",\"region\":\"浙江\"},\"asOf\":\""
                + AS_OF
                + "\",\"records\":[");
    List<CreditRecord> records = records(n);
    for (int i = 0; i < n; i++) {
      CreditRecord r = records.get(i);
      sb.append(i == 0 ? "" : ",")
          .append("{\"id\":\"")
          .append(r.id())
          .append("\",\"type\":\"")
          .append(r.type())
          .append("\",\"sanctions\":[")
          .append(String.join(",", r.sanctions().stream().map(s -> "\"" + s + "\"").toList()))
          .append("],\"authority\":\"")
          .append(r.authority())
          .append("\",\"decisionDate\":\"")
          .append(r.decisionDate())
          .append("\",\"publishedDate\":\"")
          .append(r.publishedDate())
          .append("\",\"fineAmount\":")
          .append(r.fineAmount())
          .append(",\"obligationsFulfilled\":")
          .append(r.fulfilled())
          .append('}');
    }
    return sb.append("]}").toString();
  }

  private static void http(Path jar, int requests) throws Exception {
    Path data = Files.createTempDirectory("cr-repair-bench-");
    try (ServerProcess server = ServerProcess.start(jar, data, "--embeddings", "off")) {
      System.out.printf(Locale.ROOT, "server start to ready: %.2f s%n", server.startSeconds);
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      for (String path : new String[] {"/api/v1/diagnoses", "/api/v1/plans"}) {
        URI uri = server.uri(path);
        for (int records : new int[] {3, 10}) {
          String body = body(records);
          HttpLoad.run(client, uri, i -> body, Math.min(requests, 5000), 16); // warm-up
          for (int concurrency : new int[] {1, 16}) {
            int n = concurrency == 1 ? Math.min(requests, 5000) : requests;
            long begin = System.nanoTime();
            long[] lat = HttpLoad.run(client, uri, i -> body, n, concurrency);
            double secs = (System.nanoTime() - begin) / 1e9;
            System.out.printf(
                Locale.ROOT,
                "HTTP %s, %2d records, concurrency %2d: %s, %.0f req/s%n",
                path,
                records,
                concurrency,
                new Percentiles(lat).summary(),
                n / secs);
          }
        }
      }
      System.out.printf(Locale.ROOT, "server resident memory (VmRSS): %d MB%n", server.rssMb());
    }
  }
}
