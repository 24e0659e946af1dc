package io.article28.trail;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.article28.accounts.OrganizationId;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.core.Timestamps;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records evidence, reads it back, verifies the chain and purges what is past retention.
 * Recording joins the caller's transaction: the entry exists if and only if the change it
 * describes does.
 */
@Service
@Transactional
public class TrailManagement {

	private static final Logger log = LoggerFactory.getLogger(TrailManagement.class);

	private static final int BATCH = 1000;

	private static final int MAX_DETAIL = 2000;

	private final TrailEntries entries;

	private final Actors actors;

	private final TrailKey key;

	private final JsonMapper json;

	private final Clock clock;

	TrailManagement(TrailEntries entries, Actors actors, TrailKey key, JsonMapper json, Clock clock) {
		this.entries = entries;
		this.actors = actors;
		this.key = key;
		this.json = json;
		this.clock = clock;
	}

	/** Records on behalf of whoever is acting now. */
	public TrailEntry record(TrailRecord record) {
		return record(actors.current(), record);
	}

	public TrailEntry record(Actor actor, TrailRecord record) {
		return recordAll(actor, List.of(record)).get(0);
	}

	/**
	 * Records apart from the caller's transaction, which is about to roll back: the
	 * evidence of a refused attempt, such as an objection after its window closed.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public TrailEntry recordRefusal(TrailRecord record) {
		return record(actors.current(), record);
	}

	/**
	 * Records many entries under one lock of the chain's head and with one batch of
	 * inserts: the evidence of a change that concerns thousands of organizations.
	 */
	public List<TrailEntry> recordAll(List<TrailRecord> records) {
		return recordAll(actors.current(), records);
	}

	private List<TrailEntry> recordAll(Actor actor, List<TrailRecord> records) {
		TrailEntries.Head head = entries.lockHead();
		// Stored with microsecond precision, as both databases keep it, so that the hash
		// survives a round trip.
		Instant now = Timestamps.stored(clock.instant());
		List<TrailEntry> chained = new ArrayList<>(records.size());
		long sequence = head.sequence();
		String previous = head.hash();
		for (TrailRecord record : records) {
			TrailEntry entry = TrailEntry.chain(++sequence, now, actor,
					record.organizationId() == null ? null : record.organizationId().value(), record.action(),
					record.objectType(), record.objectId(), detail(record), previous, key::pseudonym);
			chained.add(entry);
			previous = entry.hash();
		}
		entries.append(chained);
		return chained;
	}

	private String detail(TrailRecord record) {
		String detail = json.writeValueAsString(new TreeMap<>(record.detail()));
		if (detail.length() > MAX_DETAIL) {
			throw new IllegalArgumentException(
					"trail details are a few ids and codes, not " + detail.length() + " characters");
		}
		return detail;
	}

	@Transactional(readOnly = true)
	public Page<TrailEntry> entries(TrailFilter filter, PageRequest page) {
		return entries.page(filter, page);
	}

	/**
	 * The organization's latest entries about one object ({@code rights-request} and its
	 * id…) whose action starts with {@code actions}, newest first, at most {@code limit}.
	 */
	@Transactional(readOnly = true)
	public List<TrailEntry> about(OrganizationId organization, String objectType, Object objectId, String actions,
			int limit) {
		return entries.about(organization.value(), objectType, objectId.toString(), actions, limit);
	}

	/** Every matching entry, oldest first, in batches: for exports of any size. */
	@Transactional(readOnly = true)
	public void forEach(TrailFilter filter, Consumer<TrailEntry> action) {
		long after = 0;
		List<TrailEntry> batch;
		do {
			batch = entries.after(filter, after, BATCH);
			batch.forEach(action);
			after = batch.isEmpty() ? after : batch.get(batch.size() - 1).sequence();
		}
		while (batch.size() == BATCH);
	}

	/**
	 * Recomputes the chain from its start (or from the signed checkpoint a purge left)
	 * and names the first entry that does not hold: a changed field, a broken link, a gap
	 * in the sequence.
	 */
	@Transactional(readOnly = true)
	public Verification verify() {
		// The head is read first: entries appended while the check runs are left for the
		// next one.
		TrailEntries.Head head = entries.head();
		var checkpoint = entries.latestCheckpoint();
		if (checkpoint.isPresent() && !key.verify(checkpoint.get())) {
			return new Verification(false, 0, checkpoint.get().sequence());
		}
		long expectedSequence = checkpoint.map(c -> c.sequence() + 1).orElse(1L);
		String expectedPrevious = checkpoint.map(TrailEntries.Checkpoint::hash).orElse(TrailEntry.GENESIS);
		long checked = 0;
		List<TrailEntry> batch;
		do {
			batch = entries.after(TrailFilter.all(), expectedSequence - 1, BATCH);
			for (TrailEntry entry : batch) {
				if (entry.sequence() > head.sequence()) {
					break;
				}
				checked++;
				if (entry.sequence() != expectedSequence || !entry.previousHash().equals(expectedPrevious)
						|| !entry.intact() || !entry.boundTo(key::pseudonym)) {
					return new Verification(false, checked, Math.min(entry.sequence(), expectedSequence));
				}
				expectedSequence++;
				expectedPrevious = entry.hash();
			}
		}
		while (batch.size() == BATCH && expectedSequence <= head.sequence());
		// Entries removed from the end of the chain leave it shorter than its head says.
		if (expectedSequence <= head.sequence() || !expectedPrevious.equals(head.hash())) {
			return new Verification(false, checked, expectedSequence);
		}
		// A row written beyond the head behind the application's back would stop every
		// later append.
		var beyond = entries.firstBeyondHead();
		if (beyond.isPresent()) {
			return new Verification(false, checked, beyond.get());
		}
		return new Verification(true, checked, null);
	}

	/**
	 * Erases people from the trail: wherever they acted or were acted on, their
	 * identifier gives way to its keyed pseudonym. The entries stay, in the chain, and
	 * the chain still verifies. Records how many entries changed, under the organization.
	 */
	public int pseudonymize(OrganizationId organization, Collection<String> people) {
		entries.lockHead();
		int changed = entries.pseudonymize(people);
		record(Actor.system("account-purge"),
				TrailRecord.of("trail.pseudonymized", organization, "organization", organization)
					.with("people", people.size())
					.with("entries", changed));
		log.info("Trail: {} people of organization {} replaced by pseudonyms in {} entries", people.size(),
				organization, changed);
		return changed;
	}

	/**
	 * Deletes the oldest entries recorded before the cutoff and leaves a signed
	 * checkpoint where the chain now starts; the purge itself is recorded.
	 */
	public long purgeBefore(Instant cutoff) {
		TrailEntries.Head head = entries.lockHead();
		var last = entries.lastSequenceBefore(cutoff);
		if (last.isEmpty()) {
			return 0;
		}
		TrailEntry lastPurged = entries.find(last.get()).orElseThrow();
		int purged = entries.deleteUpTo(lastPurged.sequence());
		var unsigned = new TrailEntries.Checkpoint(lastPurged.sequence(), lastPurged.hash(), purged,
				Timestamps.stored(clock.instant()), "");
		entries.saveCheckpoint(new TrailEntries.Checkpoint(unsigned.sequence(), unsigned.hash(),
				unsigned.purgedEntries(), unsigned.createdAt(), key.sign(unsigned)));
		log.info("Trail retention: purged {} entries up to sequence {} (head at {})", purged, lastPurged.sequence(),
				head.sequence());
		record(Actor.system("trail-retention"), new TrailRecord("trail.purged", null, "trail", null,
				Map.of("entries", String.valueOf(purged), "upToSequence", String.valueOf(lastPurged.sequence()))));
		return purged;
	}

}
