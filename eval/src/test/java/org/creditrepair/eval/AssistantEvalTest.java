package org.creditrepair.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.creditrepair.assistant.Intent;
import org.creditrepair.eval.DialogueSet.DialogueCase;
import org.creditrepair.eval.DialogueSet.TurnCase;
import org.creditrepair.shared.auth.Role;
import org.creditrepair.shared.uscc.Uscc;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the labelled dialogues and runs them through the rule-based assistant over the shared
 * corpus and seeds (skipped when ../shared is not beside the checkout): every citation valid, no
 * personal data echoed, and no metric below {@code baselines/assistant.properties}.
 */
class AssistantEvalTest {
  private static final Path DATA = Path.of("dialogues");
  private static final Path BASELINE = Path.of("baselines", "assistant.properties");

  @Test
  @DisplayName("对话集本身：至少60段、id 唯一、覆盖每个意图、信用代码有效、有工作人员和个人信息的对话")
  void dialogue_set_is_well_formed() throws Exception {
    List<DialogueCase> dialogues = DialogueSet.load(DATA);
    assertTrue(dialogues.size() >= 60, "at least 60 dialogues, have " + dialogues.size());
    Set<String> ids = new HashSet<>();
    Set<Intent> intents = EnumSet.noneOf(Intent.class);
    int refusals = 0;
    int lawfulLookAlikes = 0;
    int staff = 0;
    int withPii = 0;
    for (DialogueCase d : dialogues) {
      assertTrue(ids.add(d.id()), "duplicate id " + d.id());
      assertTrue(d.turns().size() >= 1 && d.turns().size() <= 6, d.id());
      assertTrue(Uscc.isValid(d.tenant()), d.id() + " " + d.tenant());
      staff += d.role() == Role.STATION_STAFF ? 1 : 0;
      boolean pii = false;
      for (TurnCase t : d.turns()) {
        if (t.intent() != null) {
          intents.add(t.intent());
        }
        refusals += t.refuse() ? 1 : 0;
        lawfulLookAlikes += d.id().startsWith("lawful-") && !t.refuse() ? 1 : 0;
        pii |= !AssistantEval.personalData(t.user()).isEmpty();
      }
      withPii += pii ? 1 : 0;
    }
    assertEquals(EnumSet.allOf(Intent.class), intents, "every intent labelled somewhere");
    assertTrue(refusals >= 8 && lawfulLookAlikes >= 5, refusals + " / " + lawfulLookAlikes);
    assertTrue(staff >= 5, "staff consultations: " + staff);
    assertTrue(withPii >= 3, "dialogues with personal data: " + withPii);
  }

  @Test
  @DisplayName("助手评测：引用全部有效、不回显个人信息、各项指标不低于基线")
  void assistant_holds_the_baseline(@TempDir Path tmp) throws Exception {
    Path shared = Path.of(System.getProperty("cr.shared.dir", "../../shared"));
    assumeTrue(
        Files.isDirectory(shared.resolve("corpus")),
        "skipped: ../shared (official corpus and seeds) is not beside this checkout");
    List<Path> dirs = List.of(shared.resolve("corpus/regulations"), shared.resolve("seeds"));
    boolean embeddings = Boolean.getBoolean("assistant.embeddings");
    AssistantEval.Report r;
    try (AssistantEval eval = AssistantEval.open(dirs, tmp, embeddings)) {
      r = eval.run(DialogueSet.load(DATA));
    }
    AssistantEval.print(r, System.out);
    if (Boolean.getBoolean("assistant.writeBaseline")) {
      AssistantEval.writeBaseline(r, BASELINE);
      return;
    }
    assertTrue(Files.isRegularFile(BASELINE), "no baseline " + BASELINE);
    Properties baseline = AssistantEval.readBaseline(BASELINE);
    for (String waived : AssistantEval.waived(baseline, "waived.citationValidity")) {
      if (!r.citationDefects().contains(waived)) {
        System.out.println("waived citation defect no longer seen, remove it: " + waived);
      }
    }
    for (String waived : AssistantEval.waived(baseline, "waived.piiEcho")) {
      if (!r.piiDefects().contains(waived)) {
        System.out.println("waived personal-data defect no longer seen, remove it: " + waived);
      }
    }
    // citation validity 1.0 and no personal data echoed, except the waived known defects
    assertEquals(List.of(), AssistantEval.belowBaseline(r, baseline));
  }
}
