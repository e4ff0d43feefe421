package org.creditrepair.app;

/** The failsafe JVM runs with the no-call-home variables set too. */
class NoCallHomeEnvironmentIT extends NoCallHomeEnvironmentTest {}
