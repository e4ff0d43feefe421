package org.creditrepair.application;

import java.time.Instant;

/**
 * 办理记录：one transition of an application — the status entered, when, by whom, and the note.
 *
 * @param actor the principal's subject
 * @param role the principal's role
 */
public record TimelineEntry(
    ApplicationStatus status, Instant at, String actor, String role, String note) {}
