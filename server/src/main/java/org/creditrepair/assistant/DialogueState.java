package org.creditrepair.assistant;

import java.util.List;

/**
 * 对话状态：what the conversation is collecting and has collected — the task in progress, the fact being
 * asked, the record being described and the records already described.
 *
 * @param pending DIAGNOSE or PLAN while facts are still being collected, else null
 * @param asked the fact the last answer asked for, or null
 * @param uscc the enterprise the conversation is about (staff consultations), or null
 * @param region the region the user named, or null
 * @param records records already complete, oldest first
 * @param misses consecutive questions nothing relevant was found for
 * @param handoffOffered whether the last answer offered a hand-off
 */
public record DialogueState(
    Intent pending,
    Slot asked,
    String uscc,
    String region,
    RecordDraft current,
    List<RecordDraft> records,
    int misses,
    boolean handoffOffered) {
  /** Records kept per conversation. */
  static final int MAX_RECORDS = 10;

  public DialogueState {
    current = current == null ? RecordDraft.empty() : current;
    records = records == null ? List.of() : List.copyOf(records);
  }

  public static DialogueState initial() {
    return new DialogueState(null, null, null, null, RecordDraft.empty(), List.of(), 0, false);
  }

  DialogueState withTask(Intent task, Slot ask, RecordDraft draft) {
    return new DialogueState(task, ask, uscc, region, draft, records, misses, false);
  }

  DialogueState withUscc(String u) {
    return new DialogueState(pending, asked, u, region, current, records, misses, handoffOffered);
  }

  DialogueState withRegion(String r) {
    return new DialogueState(pending, asked, uscc, r, current, records, misses, handoffOffered);
  }

  /** Done with the current record: it joins the described ones (the same one is not kept twice). */
  DialogueState completed(RecordDraft done) {
    List<RecordDraft> all = new java.util.ArrayList<>(records);
    all.remove(done);
    all.add(done);
    while (all.size() > MAX_RECORDS) {
      all.removeFirst();
    }
    return new DialogueState(null, null, uscc, region, RecordDraft.empty(), all, 0, false);
  }

  DialogueState idle(int newMisses, boolean offered) {
    return new DialogueState(null, null, uscc, region, current, records, newMisses, offered);
  }
}
