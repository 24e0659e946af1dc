package io.article28.incidents;

/** An incident is open until it is closed with its root cause and remediation. */
public enum IncidentStatus {

	OPEN, CLOSED

}
