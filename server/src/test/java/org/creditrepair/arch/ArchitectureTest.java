package org.creditrepair.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 架构约束 (DESIGN §2): feature code does not import Vert.x, gRPC, protobuf, Lucene, LangChain4j,
 * Lettuce or JDBC/SQLite; only adapters do, in packages named after their technology or role.
 */
class ArchitectureTest {
  /** A package with one of these segments is an adapter and may use the frameworks. */
  static final Set<String> ADAPTER_SEGMENTS =
      Set.of(
          "gateway",
          "app",
          "grpc",
          "lucene",
          "embedding",
          "pdf",
          "ocr",
          "redis",
          "embedded",
          "llm");

  static final String[] FRAMEWORKS = {
    "io.vertx..",
    "io.grpc..",
    "com.google.protobuf..",
    "org.creditrepair.proto..",
    "org.apache.lucene..",
    "dev.langchain4j..",
    "io.lettuce..",
    "java.sql..",
    "org.sqlite.."
  };

  private static JavaClasses server;

  @BeforeAll
  static void importServerClasses() {
    server =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.creditrepair");
  }

  static final DescribedPredicate<JavaClass> FEATURE_CODE =
      new DescribedPredicate<>("feature code (not in an adapter package)") {
        @Override
        public boolean test(JavaClass c) {
          String pkg = c.getPackageName();
          return pkg.startsWith("org.creditrepair.")
              && !pkg.startsWith("org.creditrepair.proto")
              && Arrays.stream(pkg.split("\\.")).noneMatch(ADAPTER_SEGMENTS::contains);
        }
      };

  @Test
  void should_keep_frameworks_out_of_feature_code() {
    ArchRule rule =
        noClasses()
            .that(FEATURE_CODE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FRAMEWORKS)
            .because("DESIGN §2: only adapters and *.grpc mappers use framework types");
    rule.check(server);
  }

  @Test
  void should_find_feature_and_adapter_classes_to_check() {
    long feature = server.stream().filter(FEATURE_CODE).count();
    long adapters = server.stream().filter(c -> !FEATURE_CODE.test(c)).count();
    if (feature == 0 || adapters == 0) {
      throw new AssertionError(
          "imported " + feature + " feature and " + adapters + " adapter classes");
    }
  }

  @Test
  void should_not_let_the_gateway_reach_into_knowledge_internals() {
    noClasses()
        .that()
        .resideInAPackage("org.creditrepair.gateway..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.creditrepair.knowledge.lucene..",
            "org.creditrepair.knowledge.embedding..",
            "org.creditrepair.knowledge.grpc..",
            "org.creditrepair.app..")
        .because("the gateway talks to the proto KnowledgeService interface only")
        .check(server);
  }

  @Test
  void should_keep_store_adapters_behind_the_store_port() {
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "org.creditrepair.store.embedded..", "org.creditrepair.store.redis..")
        .and()
        .resideOutsideOfPackage("org.creditrepair.app..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.creditrepair.store.embedded..", "org.creditrepair.store.redis..")
        .because("features use the Store port; only the composition root picks an adapter")
        .check(server);
    noClasses()
        .that()
        .resideInAPackage("org.creditrepair.store.embedded..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.creditrepair.store.redis..", "io.lettuce..")
        .check(server);
    noClasses()
        .that()
        .resideInAPackage("org.creditrepair.store.redis..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.creditrepair.store.embedded..", "java.sql..", "org.sqlite..")
        .check(server);
  }

  @Test
  void should_treat_the_store_port_as_feature_code() {
    JavaClass port = server.get("org.creditrepair.store.Store");
    if (!FEATURE_CODE.test(port)
        || FEATURE_CODE.test(server.get("org.creditrepair.store.redis.RedisStore"))
        || FEATURE_CODE.test(server.get("org.creditrepair.store.embedded.SqliteStore"))) {
      throw new AssertionError("the store port must be checked as feature code, its adapters not");
    }
  }
}
