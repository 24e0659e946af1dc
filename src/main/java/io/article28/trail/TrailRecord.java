package io.article28.trail;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import io.article28.accounts.OrganizationId;

/**
 * What a module asks the trail to record: a stable action code ({@code dpa.signed}), the
 * organization concerned if any, the object acted on, and a few details — ids and codes,
 * never personal data.
 */
public record TrailRecord(String action, OrganizationId organizationId, String objectType, String objectId,
		Map<String, String> detail) {

	private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

	public TrailRecord {
		if (action == null || !ACTION.matcher(action).matches() || action.length() > 100) {
			throw new IllegalArgumentException("an action is a dotted lower-case code such as dpa.signed");
		}
		detail = detail == null ? Map.of() : Map.copyOf(detail);
		Objects.requireNonNull(detail);
	}

	public static TrailRecord of(String action, OrganizationId organizationId, String objectType, Object objectId) {
		return new TrailRecord(action, organizationId, objectType, objectId == null ? null : objectId.toString(),
				Map.of());
	}

	public TrailRecord with(String key, Object value) {
		var copy = new java.util.HashMap<>(detail);
		copy.put(key, String.valueOf(value));
		return new TrailRecord(action, organizationId, objectType, objectId, copy);
	}
}
