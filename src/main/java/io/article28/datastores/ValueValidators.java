package io.article28.datastores;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

/**
 * What a sampled value looks like, with the checksum of its format where it has one:
 * e-mail addresses, phone numbers (libphonenumber), IBANs (mod 97), payment cards (Luhn
 * and the networks' prefixes), French social security numbers (NIR, key mod 97), EU VAT
 * numbers (the French key checked), IP and MAC addresses, coordinate pairs, password
 * hashes and tokens. Values are tested in memory and never kept.
 */
final class ValueValidators {

	private static final Pattern EMAIL = Pattern
		.compile("[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9-]{1,63}(\\.[A-Za-z0-9-]{1,63})*\\.[A-Za-z]{2,24}");

	private static final Pattern PHONE_INSIDE = Pattern.compile("(\\+|\\b0)[0-9][0-9 .()-]{7,16}[0-9]");

	private static final Pattern PHONE_SHAPE = Pattern.compile("\\+?[0-9 .()/-]{8,20}");

	private static final Pattern IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");

	private static final Pattern CARD = Pattern.compile("[0-9]{13,19}");

	private static final Pattern NIR = Pattern
		.compile("[12][0-9]{2}(0[1-9]|1[0-2]|[2-9][0-9])(2[AB]|[0-9]{2})[0-9]{8}");

	private static final Pattern VAT = Pattern.compile(
			"(AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL" + "|PL|PT|RO|SE|SI|SK)[0-9A-Z]{8,12}");

	private static final Pattern IPV4 = Pattern
		.compile("((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])");

	private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:]{2,39}(%[0-9a-zA-Z]+)?");

	private static final Pattern MAC = Pattern.compile("([0-9a-fA-F]{2}[:-]){5}[0-9a-fA-F]{2}");

	private static final Pattern COORDINATES = Pattern
		.compile("\\(?\\s*-?[0-9]{1,3}\\.[0-9]{3,}\\s*[,; ]\\s*-?[0-9]{1,3}\\.[0-9]{3,}\\s*\\)?");

	private static final Pattern PASSWORD_HASH = Pattern
		.compile("\\$(2[abxy]?|argon2(id|i|d)|pbkdf2(-sha[0-9]+)?|[156]|scrypt)\\$.{8,}");

	private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{5,}\\.eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]*");

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	private ValueValidators() {
	}

	static boolean email(String value) {
		return EMAIL.matcher(value).matches();
	}

	/**
	 * A phone number a person would write (international, or national in France), that
	 * libphonenumber finds valid; digits alone, such as an order number, are not one.
	 */
	static boolean phone(String value) {
		if (!PHONE_SHAPE.matcher(value).matches() || !(value.startsWith("+") || value.startsWith("0"))) {
			return false;
		}
		try {
			return PHONES.isValidNumber(PHONES.parse(value, "FR"));
		}
		catch (NumberParseException ex) {
			return false;
		}
	}

	/** An IBAN of a known length pattern whose mod-97 check holds. */
	static boolean iban(String value) {
		String compact = value.replace(" ", "").toUpperCase(Locale.ROOT);
		if (!IBAN.matcher(compact).matches()) {
			return false;
		}
		String rearranged = compact.substring(4) + compact.substring(0, 4);
		StringBuilder digits = new StringBuilder();
		for (char c : rearranged.toCharArray()) {
			digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
		}
		return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
	}

	/**
	 * A card number of a known network (Visa, Mastercard, Amex, Discover, CB) whose Luhn
	 * check holds.
	 */
	static boolean paymentCard(String value) {
		String digits = value.replace(" ", "").replace("-", "");
		if (!CARD.matcher(digits).matches() || !knownNetwork(digits)) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digits.charAt(digits.length() - 1 - i) - '0';
			if (i % 2 == 1) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
		}
		return sum % 10 == 0;
	}

	private static boolean knownNetwork(String digits) {
		int two = Integer.parseInt(digits.substring(0, 2));
		int four = Integer.parseInt(digits.substring(0, 4));
		return digits.startsWith("4") || (two >= 51 && two <= 55) || (four >= 2221 && four <= 2720) || two == 34
				|| two == 37 || digits.startsWith("6011") || two == 65;
	}

	/**
	 * A French social security number (NIR): 13 digits (Corsica's 2A and 2B counted as 19
	 * and 18) and a key of 97 minus their remainder mod 97.
	 */
	static boolean frenchNir(String value) {
		String compact = value.replace(" ", "").toUpperCase(Locale.ROOT);
		if (compact.length() != 15 || !NIR.matcher(compact).matches()) {
			return false;
		}
		String body = compact.substring(0, 13).replace("2A", "19").replace("2B", "18");
		long number = Long.parseLong(body);
		int key = Integer.parseInt(compact.substring(13));
		return key == 97 - (int) (number % 97);
	}

	/**
	 * An EU VAT number's shape; for a French one, its key: (12 + 3 × (SIREN mod 97)) mod
	 * 97.
	 */
	static boolean euVat(String value) {
		String compact = value.replace(" ", "").toUpperCase(Locale.ROOT);
		if (!VAT.matcher(compact).matches()) {
			return false;
		}
		if (compact.startsWith("FR")) {
			if (compact.length() != 13 || !compact.substring(2).chars().allMatch(Character::isDigit)) {
				return false;
			}
			long siren = Long.parseLong(compact.substring(4));
			return Integer.parseInt(compact.substring(2, 4)) == (12 + 3 * (siren % 97)) % 97;
		}
		return true;
	}

	static boolean ipAddress(String value) {
		if (IPV4.matcher(value).matches()) {
			return true;
		}
		if (!value.contains(":") || !IPV6.matcher(value).matches() || value.chars().filter(c -> c == ':').count() < 2) {
			return false;
		}
		try {
			// a literal of hexadecimal digits and colons: parsed, never resolved
			return java.net.InetAddress.getByName(value) instanceof java.net.Inet6Address;
		}
		catch (java.net.UnknownHostException ex) {
			return false;
		}
	}

	static boolean macAddress(String value) {
		return MAC.matcher(value).matches();
	}

	/** A latitude and longitude written together, each within its range. */
	static boolean coordinates(String value) {
		if (!COORDINATES.matcher(value).matches()) {
			return false;
		}
		String[] parts = value.replaceAll("[()]", "").trim().split("\\s*[,; ]\\s*");
		double latitude = Double.parseDouble(parts[0]);
		double longitude = Double.parseDouble(parts[1]);
		return Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180;
	}

	static boolean credential(String value) {
		return PASSWORD_HASH.matcher(value).matches() || JWT.matcher(value).matches();
	}

	/** Whether a text holds an e-mail address or a phone number somewhere in it. */
	static boolean holdsPersonalData(String text) {
		if (EMAIL.matcher(text).find()) {
			return true;
		}
		var phones = PHONE_INSIDE.matcher(text);
		while (phones.find()) {
			if (phone(phones.group().strip())) {
				return true;
			}
		}
		return false;
	}

}
