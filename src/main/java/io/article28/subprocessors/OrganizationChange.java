package io.article28.subprocessors;

import java.util.List;

import io.article28.agreements.ObjectionGround;

/**
 * A change as one organization sees it: its notice, where it stands, and the grounds on
 * which its DPA lets it object, in the DPA's order.
 */
public record OrganizationChange(ChangeDetails details, ChangeNotice notice, NoticeStatus status,
		List<ObjectionGround> grounds) {

	public boolean mayObject() {
		return status == NoticeStatus.OPEN;
	}

	public boolean mayConsent() {
		return status == NoticeStatus.AWAITING_CONSENT;
	}
}
