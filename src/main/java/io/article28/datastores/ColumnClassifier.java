package io.article28.datastores;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Suggests a category of personal data for a column from its name (dictionaries in
 * English and French), the table it sits in, its type, and the share of a sample of its
 * values that passes a validator. Names that say little on their own ({@code name},
 * {@code city}, {@code comment}) count only in a table that describes a person or points
 * at one; a type that cannot hold the category (a boolean {@code email_verified}) rules
 * it out. The sample is scored here and dropped: the suggestion says which rule matched
 * and the share, never a value.
 */
@Component
class ColumnClassifier {

	/** The table names that describe a person. */
	static final Set<String> PERSON_TABLES = Set.of("user", "users", "customer", "customers", "client", "clients",
			"person", "persons", "people", "member", "members", "employee", "employees", "contact", "contacts",
			"patient", "patients", "account", "accounts", "subscriber", "subscribers", "profile", "profiles",
			"utilisateur", "utilisateurs", "personne", "personnes", "salarie", "salaries", "adherent", "adherents",
			"abonne", "abonnes", "candidat", "candidats", "eleve", "eleves", "student", "students");

	/** Names that say the category on their own. */
	private static final Map<Category, Set<String>> STRONG = new EnumMap<>(Map.ofEntries(
			Map.entry(Category.EMAIL, Set.of("email", "emails", "mail", "courriel", "emailaddress", "adressemail")),
			Map.entry(Category.PHONE,
					Set.of("phone", "telephone", "tel", "mobile", "cellphone", "portable", "gsm", "fax", "msisdn",
							"phonenumber")),
			Map.entry(Category.PERSON_NAME,
					Set.of("fullname", "firstname", "lastname", "surname", "givenname", "familyname", "middlename",
							"prenom", "nomdefamille", "nomcomplet", "maidenname", "nomdenaissance", "displayname")),
			Map.entry(Category.POSTAL_ADDRESS,
					Set.of("address", "street", "adresse", "rue", "zip", "zipcode", "postcode", "postalcode",
							"codepostal", "addressline", "streetaddress", "line1", "line2")),
			Map.entry(Category.IP_ADDRESS,
					Set.of("ip", "ipaddress", "ipv4", "ipv6", "ipaddr", "remoteaddr", "clientip", "adresseip", "mac",
							"macaddress")),
			Map.entry(Category.DATE_OF_BIRTH,
					Set.of("birth", "birthday", "birthdate", "dob", "naissance", "dateofbirth", "datenaissance",
							"datedenaissance")),
			Map.entry(Category.NATIONAL_ID,
					Set.of("ssn", "nir", "insee", "passport", "nationalid", "vat", "vatnumber", "taxid", "nif",
							"socialsecurity", "numerosecu", "securitesociale", "idcard", "cartedidentite",
							"tvaintracommunautaire", "numerotva")),
			Map.entry(Category.BANK_PAYMENT,
					Set.of("iban", "bic", "swift", "rib", "cardnumber", "pan", "creditcard", "accountnumber",
							"numerocarte", "cvv", "cvc")),
			Map.entry(Category.LOCATION,
					Set.of("lat", "latitude", "lng", "lon", "longitude", "geolocation", "gps", "coordinates", "coords",
							"geom", "geometry", "geopoint")),
			Map.entry(Category.ACCOUNT_ID,
					Set.of("username", "userid", "login", "accountid", "customerid", "clientid", "memberid",
							"employeeid", "patientid", "pseudo", "nickname", "identifiant", "subscriberid")),
			Map.entry(Category.CREDENTIAL,
					Set.of("password", "passwd", "pwd", "passwordhash", "motdepasse", "mdp", "secret", "token",
							"apikey", "otp", "totp", "accesstoken", "refreshtoken")),
			Map.entry(Category.SPECIAL,
					Set.of("health", "medical", "diagnosis", "diagnostic", "allergy", "allergies", "disability",
							"handicap", "religion", "religious", "ethnic", "ethnicity", "sexual", "orientation",
							"political", "tradeunion", "syndicat", "biometric", "genetic", "bloodtype", "pregnancy",
							"grossesse", "sante", "maladie", "pathology", "pathologie", "medication", "medicament",
							"criminal", "conviction", "offence", "casierjudiciaire"))));

	/**
	 * Names that count only where a person is about: in a person's table or one pointing
	 * at it.
	 */
	private static final Map<Category, Set<String>> WEAK = new EnumMap<>(
			Map.of(Category.PERSON_NAME, Set.of("name", "nom", "contactname"), Category.POSTAL_ADDRESS,
					Set.of("city", "ville", "town", "country", "pays", "region", "cp", "commune"), Category.LOCATION,
					Set.of("location", "localisation"), Category.FREE_TEXT,
					Set.of("body", "comment", "comments", "note", "notes", "message", "messages", "remark", "remarks",
							"commentaire", "commentaires", "remarque", "texte", "content", "description", "bio",
							"about", "feedback", "subject")));

	private static final int STRONG_NAME = 85;

	private static final int WEAK_NAME = 60;

	/** The fewest non-empty sampled values from which a share is worth anything. */
	static final int MIN_SAMPLE = 5;

	/**
	 * What a table means for its columns: a person's own, pointing at one, or neither.
	 */
	record Context(boolean personTable, boolean aboutPerson) {
	}

	private enum Family {

		TEXT, NUMBER, DATE, BOOLEAN, BINARY, JSON, OTHER

	}

	private final JsonMapper json;

	ColumnClassifier(JsonMapper json) {
		this.json = json;
	}

	/**
	 * The suggestion for one column: {@code referencesPerson} when it is, or points at,
	 * the key of a person's table.
	 */
	Suggestion classify(Catalog.Column column, Context context, boolean referencesPerson, List<String> sample) {
		Family family = family(column.type());
		Map<Category, Integer> scores = new EnumMap<>(Category.class);
		Map<Category, List<String>> evidence = new EnumMap<>(Category.class);
		Set<String> terms = terms(column.name());
		STRONG.forEach((category, names) -> names.stream()
			.filter(terms::contains)
			.findFirst()
			.ifPresent(name -> score(scores, evidence, category, STRONG_NAME, "the name says " + name)));
		if (context.aboutPerson()) {
			WEAK.forEach((category, names) -> names.stream()
				.filter(terms::contains)
				.findFirst()
				.ifPresent(name -> score(scores, evidence, category, WEAK_NAME,
						"the name says " + name + ", in a table about a person")));
		}
		if (referencesPerson) {
			score(scores, evidence, Category.ACCOUNT_ID, STRONG_NAME,
					context.personTable() ? "a key of a person's table" : "points at a person's table");
		}
		scores.keySet().removeIf(category -> !fits(category, family, column));
		if (family == Family.TEXT || family == Family.JSON) {
			scoreSample(sample, scores, evidence);
		}
		return scores.entrySet()
			.stream()
			.max((a, b) -> a.getValue() != b.getValue().intValue() ? Integer.compare(a.getValue(), b.getValue())
					: Boolean.compare(a.getKey() == Category.SPECIAL, b.getKey() == Category.SPECIAL))
			.filter(best -> best.getValue() >= Suggestion.THRESHOLD)
			.map(best -> new Suggestion(best.getKey(), Math.min(99, best.getValue()), evidence.get(best.getKey())))
			.orElseGet(() -> Suggestion.none(List.of("no rule matched the name, the type or the sample")));
	}

	private void scoreSample(List<String> sample, Map<Category, Integer> scores, Map<Category, List<String>> evidence) {
		List<String> values = sample.stream().map(String::strip).filter(value -> !value.isEmpty()).toList();
		if (values.size() < MIN_SAMPLE) {
			return;
		}
		Map<Category, Predicate<String>> validators = new EnumMap<>(Map.of(Category.EMAIL, ValueValidators::email,
				Category.PHONE, ValueValidators::phone, Category.BANK_PAYMENT,
				value -> ValueValidators.iban(value) || ValueValidators.paymentCard(value), Category.NATIONAL_ID,
				value -> ValueValidators.frenchNir(value) || ValueValidators.euVat(value), Category.IP_ADDRESS,
				value -> ValueValidators.ipAddress(value) || ValueValidators.macAddress(value), Category.LOCATION,
				ValueValidators::coordinates, Category.CREDENTIAL, ValueValidators::credential));
		validators.forEach((category, validator) -> {
			long passed = values.stream().filter(validator).count();
			int score = shareScore(passed, values.size());
			if (score > 0) {
				score(scores, evidence, category, score, percent(passed, values.size()) + " of " + values.size()
						+ " sampled values are " + plural(category) + " (validator" + checksum(category) + ")");
			}
		});
		long texts = values.stream().filter(value -> value.indexOf(' ') > 0).count();
		long holding = values.stream()
			.filter(value -> value.indexOf(' ') > 0 && ValueValidators.holdsPersonalData(value))
			.count();
		if (texts * 2 >= values.size() && holding > 0 && holding * 20 >= values.size()) {
			score(scores, evidence, Category.FREE_TEXT, holding * 5 >= values.size() ? 90 : 75,
					percent(holding, values.size()) + " of " + values.size()
							+ " sampled texts hold an e-mail address or a phone number");
		}
		long inJson = values.stream().filter(this::jsonHoldsPersonalData).count();
		if (inJson > 0 && inJson * 20 >= values.size()) {
			score(scores, evidence, Category.FREE_TEXT, 80, percent(inJson, values.size()) + " of " + values.size()
					+ " sampled JSON documents hold an e-mail address or a phone number");
		}
	}

	private boolean jsonHoldsPersonalData(String value) {
		if (!(value.startsWith("{") || value.startsWith("["))) {
			return false;
		}
		try {
			return holds(json.readTree(value));
		}
		catch (RuntimeException notJson) {
			return false;
		}
	}

	private static boolean holds(JsonNode node) {
		if (node.isString()) {
			String text = node.asString();
			return ValueValidators.email(text) || ValueValidators.phone(text)
					|| ValueValidators.holdsPersonalData(text);
		}
		for (JsonNode child : node) {
			if (holds(child)) {
				return true;
			}
		}
		return false;
	}

	/** The score a share of the sample gives: nothing under 30%, 95 from 90%. */
	static int shareScore(long passed, int of) {
		if (passed * 10 >= of * 9L) {
			return 95;
		}
		if (passed * 10 >= of * 6L) {
			return 80;
		}
		return passed * 10 >= of * 3L ? 60 : 0;
	}

	private static void score(Map<Category, Integer> scores, Map<Category, List<String>> evidence, Category category,
			int score, String why) {
		Integer before = scores.get(category);
		// a second rule agreeing adds to the first
		scores.put(category, before == null ? score : Math.min(99, Math.max(before, score) + 10));
		evidence.computeIfAbsent(category, ignored -> new ArrayList<>()).add(why);
	}

	private static boolean fits(Category category, Family family, Catalog.Column column) {
		return switch (category) {
			case SPECIAL -> true;
			case EMAIL, PERSON_NAME -> family == Family.TEXT;
			case DATE_OF_BIRTH -> family == Family.DATE || family == Family.TEXT;
			case FREE_TEXT -> (family == Family.TEXT && (column.maxLength() == null || column.maxLength() >= 200))
					|| family == Family.JSON;
			case CREDENTIAL -> family == Family.TEXT || family == Family.BINARY;
			case LOCATION, IP_ADDRESS, ACCOUNT_ID -> family != Family.BOOLEAN && family != Family.DATE;
			default -> family == Family.TEXT || family == Family.NUMBER || family == Family.JSON;
		};
	}

	private static Family family(String type) {
		String t = type.toLowerCase(Locale.ROOT);
		if (t.contains("json")) {
			return Family.JSON;
		}
		if (t.contains("char") || t.contains("text") || t.contains("clob") || t.contains("enum")
				|| t.contains("character") || t.equals("name")) {
			return Family.TEXT;
		}
		if (t.contains("bool") || t.equals("bit") || t.equals("bit(1)") || t.equals("tinyint(1)")) {
			return Family.BOOLEAN;
		}
		if (t.contains("date") || t.contains("time")) {
			return Family.DATE;
		}
		if (t.contains("int") || t.contains("numeric") || t.contains("decimal") || t.contains("double")
				|| t.contains("real") || t.contains("float") || t.contains("number")) {
			return Family.NUMBER;
		}
		if (t.contains("bytea") || t.contains("blob") || t.contains("binary")) {
			return Family.BINARY;
		}
		return Family.OTHER;
	}

	/** Whether the column's type is one a sample of text is read from. */
	static boolean sampled(Catalog.Column column) {
		Family family = family(column.type());
		return family == Family.TEXT || family == Family.JSON;
	}

	/**
	 * The words of a name, without accents, and every run of adjacent words joined:
	 * {@code dateOfBirth} gives date, of, birth, dateof, ofbirth, dateofbirth.
	 */
	static Set<String> terms(String name) {
		String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String spaced = plain.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
		String[] words = spaced.split("[^a-z0-9]+");
		List<String> tokens = new ArrayList<>();
		for (String word : words) {
			if (!word.isEmpty()) {
				tokens.add(word);
			}
		}
		Set<String> terms = new LinkedHashSet<>();
		for (int from = 0; from < tokens.size(); from++) {
			StringBuilder joined = new StringBuilder();
			for (int to = from; to < tokens.size() && to < from + 4; to++) {
				joined.append(tokens.get(to));
				terms.add(joined.toString());
			}
		}
		return terms;
	}

	/**
	 * The suggestions for every column of the catalog, each table's sample read through
	 * the connection and dropped once scored.
	 */
	Classified classify(Catalog catalog, java.sql.Connection connection, Dialect dialect) throws java.sql.SQLException {
		long rows = 0;
		Set<String> persons = new java.util.HashSet<>();
		catalog.tables()
			.stream()
			.filter(table -> personTable(table.name()))
			.forEach(table -> persons.add(table.qualifiedName()));
		Map<ColumnClassification.Ref, Suggestion> suggestions = new java.util.LinkedHashMap<>();
		for (Catalog.Table table : catalog.tables()) {
			boolean person = persons.contains(table.qualifiedName());
			Set<String> pointing = new java.util.HashSet<>(person ? table.primaryKey() : List.of());
			table.foreignKeys()
				.stream()
				.filter(key -> persons.contains(key.referencedSchema() + "." + key.referencedTable()))
				.forEach(key -> pointing.addAll(key.columns()));
			Context context = new Context(person, person || !pointing.isEmpty());
			ColumnSampler.Sample sample = ColumnSampler.sample(connection, dialect, table);
			rows += sample.rows();
			Map<String, List<String>> samples = sample.values();
			for (Catalog.Column column : table.columns()) {
				suggestions.put(new ColumnClassification.Ref(table.schema(), table.name(), column.name()),
						classify(column, context, pointing.contains(column.name()),
								samples.getOrDefault(column.name(), List.of())));
			}
		}
		return new Classified(suggestions, rows);
	}

	/** The suggestions of a catalog's columns, and how many rows the samples read. */
	record Classified(Map<ColumnClassification.Ref, Suggestion> suggestions, long rowsRead) {
	}

	/** Whether a table's name says it describes a person. */
	static boolean personTable(String table) {
		return terms(table).stream().anyMatch(PERSON_TABLES::contains);
	}

	private static String percent(long part, int of) {
		return Math.round(100.0 * part / of) + "%";
	}

	private static String plural(Category category) {
		return switch (category) {
			case EMAIL -> "e-mail addresses";
			case PHONE -> "phone numbers";
			case BANK_PAYMENT -> "IBANs or payment cards";
			case NATIONAL_ID -> "national or VAT identifiers";
			case IP_ADDRESS -> "IP or MAC addresses";
			case LOCATION -> "coordinates";
			case CREDENTIAL -> "password hashes or tokens";
			default -> category.description();
		};
	}

	private static String checksum(Category category) {
		return switch (category) {
			case BANK_PAYMENT -> ", with the mod-97 or Luhn check";
			case NATIONAL_ID -> ", with the key";
			case PHONE -> ", libphonenumber";
			default -> "";
		};
	}

}
