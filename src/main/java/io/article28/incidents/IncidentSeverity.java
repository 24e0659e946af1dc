package io.article28.incidents;

/** How bad an incident is, as its declarer judges it. */
public enum IncidentSeverity {

	LOW, MEDIUM, HIGH, CRITICAL

}
