package io.article28.subprocessors;

/** Where one organization stands with one change. */
public enum NoticeStatus {

	/** It may still object: the window is open and it has not objected. */
	OPEN(true),
	/** The window closed without an objection: the change applies to it. */
	NO_OBJECTION(true),
	/** It objected; staff have not decided yet. */
	OBJECTED(false),
	/** Staff upheld its objection: the change does not apply to it. */
	UPHELD(false),
	/** Staff dismissed its objection, with a reason: the change applies to it. */
	DISMISSED(true),
	/** Its DPA asks for its prior written consent, which it has not given yet. */
	AWAITING_CONSENT(false),
	/** It consented: the change applies to it. */
	CONSENTED(true),
	/** It refused: the change does not apply to it. */
	REFUSED(false);

	private final boolean changeApplies;

	NoticeStatus(boolean changeApplies) {
		this.changeApplies = changeApplies;
	}

	/** Whether the change applies to the organization, as things stand. */
	public boolean changeApplies() {
		return changeApplies;
	}

}
