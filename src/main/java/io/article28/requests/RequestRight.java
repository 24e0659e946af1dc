package io.article28.requests;

/**
 * The right a person exercises (GDPR Art. 15 to 22, withdrawal of consent, a complaint).
 */
public enum RequestRight {

	ACCESS, RECTIFICATION, ERASURE, RESTRICTION, PORTABILITY, OBJECTION, WITHDRAW_CONSENT, COMPLAINT

}
