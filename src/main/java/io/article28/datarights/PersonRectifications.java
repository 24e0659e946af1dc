package io.article28.datarights;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import io.article28.accounts.OrganizationId;
import io.article28.accounts.UserId;
import io.article28.core.RejectedException;

/**
 * The rectification of a requester's rows (GDPR art. 16): new values for chosen columns,
 * planned read-only and shown, then confirmed with the app's name, the plan's digest and
 * the same values, and run at once — the values never stored, so no job could run them
 * later — one transaction per store, committed when every row of the person holds them.
 */
@Service
public class PersonRectifications {

	private final PersonErasures erasures;

	private final PersonErasureJob job;

	PersonRectifications(PersonErasures erasures, PersonErasureJob job) {
		this.erasures = erasures;
		this.job = job;
	}

	public ErasurePlan plan(OrganizationId owner, UUID requestId, List<Rectification> changes, UserId by) {
		return erasures.planRectification(owner, requestId, changes, by);
	}

	/**
	 * Confirms the plan with its values and runs it; a plan whose rows changed is
	 * replaced by a new one to read, not run.
	 */
	public PersonErasures.Confirmation rectify(OrganizationId owner, UUID requestId, UUID planId, String typedName,
			String digest, List<Rectification> changes, UserId by) {
		ErasurePlan plan = erasures.get(owner, requestId, planId, ErasurePlan.Kind.RECTIFICATION);
		Rectifications rectifications = erasures.rectifications(owner, changes);
		if (!rectifications.digest().equals(plan.valuesDigest())) {
			throw RejectedException.conflict("changes",
					"these are not the new values of the plan shown: plan the rectification with them");
		}
		PersonErasures.Confirmation confirmation = erasures.confirm(plan, typedName, digest, rectifications, by);
		if (!confirmation.confirmed()) {
			return confirmation;
		}
		return new PersonErasures.Confirmation(job.runNow(confirmation.plan(), rectifications), true);
	}

}
