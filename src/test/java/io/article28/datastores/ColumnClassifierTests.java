package io.article28.datastores;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * The classifier's rules: names in English and French, weak names only about a person,
 * types that rule a category out, the sample's share from 30%, and agreeing rules adding
 * up; never a value in the evidence.
 */
class ColumnClassifierTests {

	private static final ColumnClassifier.Context PERSON = new ColumnClassifier.Context(true, true);

	private static final ColumnClassifier.Context ELSEWHERE = new ColumnClassifier.Context(false, false);

	private final ColumnClassifier classifier = new ColumnClassifier(JsonMapper.builder().build());

	@Test
	void namesInEnglishAndFrenchGiveTheirCategory() {
		assertThat(category("email", "varchar(200)", ELSEWHERE)).isEqualTo(Category.EMAIL);
		assertThat(category("adresse_mail", "varchar(200)", ELSEWHERE)).isEqualTo(Category.EMAIL);
		assertThat(category("prénom", "varchar(100)", ELSEWHERE)).isEqualTo(Category.PERSON_NAME);
		assertThat(category("dateOfBirth", "date", ELSEWHERE)).isEqualTo(Category.DATE_OF_BIRTH);
		assertThat(category("date_naissance", "date", ELSEWHERE)).isEqualTo(Category.DATE_OF_BIRTH);
		assertThat(category("numero_secu", "varchar(15)", ELSEWHERE)).isEqualTo(Category.NATIONAL_ID);
		assertThat(category("client_ip", "inet", ELSEWHERE)).isEqualTo(Category.IP_ADDRESS);
		assertThat(category("password_hash", "varchar(100)", ELSEWHERE)).isEqualTo(Category.CREDENTIAL);
		assertThat(category("diagnosis", "text", ELSEWHERE)).isEqualTo(Category.SPECIAL);
	}

	@Test
	void aNameThatSaysLittleCountsOnlyAboutAPerson() {
		assertThat(category("name", "varchar(200)", PERSON)).isEqualTo(Category.PERSON_NAME);
		assertThat(category("name", "varchar(200)", ELSEWHERE)).isEqualTo(Category.NONE);
		assertThat(category("city", "varchar(100)", PERSON)).isEqualTo(Category.POSTAL_ADDRESS);
		assertThat(category("description", "text", ELSEWHERE)).isEqualTo(Category.NONE);
		assertThat(category("comment", "text", PERSON)).isEqualTo(Category.FREE_TEXT);
	}

	@Test
	void aTypeThatCannotHoldTheCategoryRulesItOut() {
		assertThat(category("email_verified", "boolean", PERSON)).isEqualTo(Category.NONE);
		assertThat(category("token_expires_at", "timestamp", PERSON)).isEqualTo(Category.NONE);
		assertThat(category("comment", "varchar(40)", PERSON)).as("too short for free text").isEqualTo(Category.NONE);
		assertThat(category("has_disability", "boolean", PERSON)).as("a special category whatever the type")
			.isEqualTo(Category.SPECIAL);
	}

	@Test
	void technicalColumnsAreNotPersonal() {
		for (String name : List.of("id", "created_at", "status", "quantity", "sku", "total_cents", "line_no")) {
			assertThat(category(name, name.endsWith("_at") ? "timestamp" : "bigint", PERSON)).as(name)
				.isEqualTo(Category.NONE);
		}
	}

	@Test
	void theSampleFindsWhatTheNameHidesFromThirtyPercent() {
		List<String> ibans = List.of("FR76 3000 6000 0112 3456 7890 189", "DE89370400440532013000",
				"FR76 3000 6000 0112 3456 7890 189", "x", "y", "z", "w", "v", "u", "t");
		Suggestion found = classifier.classify(column("extra", "varchar(100)"), ELSEWHERE, false, ibans);
		assertThat(found.category()).isEqualTo(Category.BANK_PAYMENT);
		assertThat(found.confidence()).isEqualTo(60);
		assertThat(found.evidence()).singleElement()
			.asString()
			.contains("30% of 10 sampled values")
			.doesNotContain("FR76");
		List<String> fewer = List.of("FR76 3000 6000 0112 3456 7890 189", "DE89370400440532013000", "a", "b", "c", "d",
				"e", "f", "g", "h");
		assertThat(classifier.classify(column("extra", "varchar(100)"), ELSEWHERE, false, fewer).category())
			.as("20% is not enough")
			.isEqualTo(Category.NONE);
	}

	@Test
	void aNameAndASampleThatAgreeAddUp() {
		List<String> emails = Collections.nCopies(20, "lea.moreau@example.fr");
		Suggestion both = classifier.classify(column("email", "varchar(200)"), ELSEWHERE, false, emails);
		assertThat(both.confidence()).isEqualTo(99);
		assertThat(both.evidence()).hasSize(2);
		assertThat(classifier.classify(column("contact", "varchar(200)"), ELSEWHERE, false, emails).category())
			.isEqualTo(Category.EMAIL);
	}

	@Test
	void freeTextAndJsonThatHoldAddressesAreFreeText() {
		List<String> texts = List.of("The parcel never came, write to me at lea@example.fr please", "Broken on arrival",
				"Please call 06 12 34 56 78 about the refund", "Thanks for the quick answer", "Where is my order",
				"Wrong size sent");
		assertThat(classifier.classify(column("details", "text"), ELSEWHERE, false, texts).category())
			.isEqualTo(Category.FREE_TEXT);
		List<String> documents = Collections.nCopies(6, "{\"contact\":{\"mail\":\"lea@example.fr\"},\"n\":1}");
		assertThat(classifier.classify(column("payload", "jsonb"), ELSEWHERE, false, documents).category())
			.isEqualTo(Category.FREE_TEXT);
	}

	@Test
	void theKeyOfAPersonsTableAndWhatPointsAtItAreAccountIdentifiers() {
		assertThat(classifier.classify(column("id", "bigint"), PERSON, true, List.of()).category())
			.isEqualTo(Category.ACCOUNT_ID);
		assertThat(classifier.classify(column("referred_by", "bigint"), PERSON, true, List.of()).category())
			.isEqualTo(Category.ACCOUNT_ID);
	}

	private Category category(String name, String type, ColumnClassifier.Context context) {
		return classifier.classify(column(name, type), context, false, List.of()).category();
	}

	private static Catalog.Column column(String name, String type) {
		java.util.regex.Matcher length = java.util.regex.Pattern.compile("\\((\\d+)\\)").matcher(type);
		return new Catalog.Column(name, 1, type, true, length.find() ? Integer.valueOf(length.group(1)) : null);
	}

}
