package io.article28.trail.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import io.article28.accounts.AccountManagement;
import io.article28.accounts.OrganizationId;
import io.article28.accounts.UserId;
import io.article28.trail.ActorType;
import io.article28.trail.TrailEntry;

/**
 * Trail entries as a person reads them: the action in words, who acted by name (staff
 * read every name; a customer reads its members' names, the provider's staff as "the
 * provider's staff"), an erased person by its pseudonym, the object by what it is and,
 * for a person or an organization, its name.
 */
@Component
class TrailRows {

	/** One entry, with what the page shows of it. */
	record TrailRow(TrailEntry entry, String action, String actor, String object) {
	}

	private static final String PERSON = "user";

	private static final String ORGANIZATION = "organization";

	private final AccountManagement accounts;

	private final MessageSource messages;

	TrailRows(AccountManagement accounts, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	List<TrailRow> of(List<TrailEntry> entries, boolean staffView) {
		Map<UserId, String> people = accounts.userNames(Stream
			.concat(entries.stream().filter(entry -> entry.actorType().isPerson()).map(TrailEntry::actorId),
					entries.stream().filter(entry -> PERSON.equals(entry.objectType())).map(TrailEntry::objectId))
			.map(TrailRows::userId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet()));
		Set<OrganizationId> organizationIds = entries.stream()
			.filter(entry -> ORGANIZATION.equals(entry.objectType()))
			.map(entry -> organizationId(entry.objectId()))
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		Map<OrganizationId, String> organizations = organizationIds.isEmpty() ? Map.of()
				: accounts.organizationNames(organizationIds);
		return entries.stream()
			.map(entry -> new TrailRow(entry, action(entry.action()), actor(entry, people, staffView),
					object(entry, people, organizations)))
			.toList();
	}

	private String action(String code) {
		String label = messages.getMessage("trail.action." + code, null, null, Locale.ENGLISH);
		if (label != null) {
			return label;
		}
		String words = code.replace('.', ' ').replace('-', ' ');
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	private String actor(TrailEntry entry, Map<UserId, String> people, boolean staffView) {
		String type = text("actor." + entry.actorType());
		if (!entry.actorType().isPerson()) {
			return type;
		}
		if (entry.actorId() == null || userId(entry.actorId()) == null) {
			return entry.actorPseudonym() == null ? type : erased(entry.actorPseudonym());
		}
		if (entry.actorType() == ActorType.STAFF && !staffView) {
			return type;
		}
		String name = people.get(userId(entry.actorId()));
		return name == null ? type : name + " (" + type + ")";
	}

	private String object(TrailEntry entry, Map<UserId, String> people, Map<OrganizationId, String> organizations) {
		if (entry.objectType() == null) {
			return "";
		}
		String kind = messages.getMessage("trail.object." + entry.objectType(), null, entry.objectType(),
				Locale.ENGLISH);
		if (entry.objectId() == null || entry.objectId().equals(entry.objectPseudonym())) {
			return entry.objectPseudonym() == null ? kind : kind + " " + erased(entry.objectPseudonym());
		}
		String name = PERSON.equals(entry.objectType()) ? people.get(userId(entry.objectId()))
				: ORGANIZATION.equals(entry.objectType()) ? organizations.get(organizationId(entry.objectId())) : null;
		return name != null ? kind + ": " + name : kind + " " + shortened(entry.objectId());
	}

	/** An erased person, by the start of its pseudonym. */
	private String erased(String pseudonym) {
		return text("trail.erased", pseudonym.substring(0, Math.min(12, pseudonym.length())));
	}

	private static String shortened(String id) {
		return id.length() > 13 ? id.substring(0, 8) + "…" : id;
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.ENGLISH);
	}

	private static UserId userId(String value) {
		UUID id = uuid(value);
		return id == null ? null : new UserId(id);
	}

	private static OrganizationId organizationId(String value) {
		UUID id = uuid(value);
		return id == null ? null : new OrganizationId(id);
	}

	private static UUID uuid(String value) {
		if (value == null) {
			return null;
		}
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
