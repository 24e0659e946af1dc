package io.article28.datastores;

/**
 * What kind of personal data a column holds, or none. The special categories of GDPR art.
 * 9 (health, religion, …) and the data on offences of art. 10 are one category, always
 * reviewed by a person.
 */
public enum Category {

	EMAIL("e-mail address"), PHONE("phone number"), PERSON_NAME("person's name"), POSTAL_ADDRESS("postal address"),
	IP_ADDRESS("IP or MAC address"), DATE_OF_BIRTH("date of birth"), NATIONAL_ID("national or tax identifier"),
	BANK_PAYMENT("bank or payment data"), LOCATION("location"), FREE_TEXT("free text that may hold personal data"),
	ACCOUNT_ID("account identifier"), CREDENTIAL("password hash or token"),
	SPECIAL("special category (GDPR art. 9 or 10)"), NONE("not personal data");

	private final String description;

	Category(String description) {
		this.description = description;
	}

	public String description() {
		return description;
	}

	public boolean personal() {
		return this != NONE;
	}

}
