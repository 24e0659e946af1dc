package io.article28.datastores;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Each validator takes the value whose checksum holds and refuses the one a digit away.
 */
class ValueValidatorsTests {

	@Test
	void anIbanPassesOnlyWithItsMod97Check() {
		assertThat(ValueValidators.iban("FR76 3000 6000 0112 3456 7890 189")).isTrue();
		assertThat(ValueValidators.iban("FR76 3000 6000 0112 3456 7890 188")).isFalse();
		assertThat(ValueValidators.iban("DE89370400440532013000")).isTrue();
		assertThat(ValueValidators.iban("not an iban")).isFalse();
	}

	@Test
	void aCardPassesOnlyWithTheLuhnCheckAndAKnownNetwork() {
		assertThat(ValueValidators.paymentCard("4111 1111 1111 1111")).isTrue();
		assertThat(ValueValidators.paymentCard("4111 1111 1111 1112")).isFalse();
		assertThat(ValueValidators.paymentCard("5555555555554444")).isTrue();
		// Luhn holds, but no network starts with 9
		assertThat(ValueValidators.paymentCard("9111111111111111")).isFalse();
	}

	@Test
	void aFrenchNirPassesOnlyWithItsKey() {
		assertThat(ValueValidators.frenchNir("1 85 05 78 006 084 91")).isTrue();
		assertThat(ValueValidators.frenchNir("185057800608490")).isFalse();
		assertThat(ValueValidators.frenchNir("385057800608491")).as("a first digit other than 1 or 2").isFalse();
	}

	@Test
	void aFrenchVatNumberPassesOnlyWithItsKey() {
		assertThat(ValueValidators.euVat("FR83404833048")).isTrue();
		assertThat(ValueValidators.euVat("FR84404833048")).isFalse();
		assertThat(ValueValidators.euVat("FR44 732829320")).isTrue();
	}

	@Test
	void phonesAreNumbersAPersonWritesNotBareDigits() {
		assertThat(ValueValidators.phone("+33 6 12 34 56 78")).isTrue();
		assertThat(ValueValidators.phone("06 12 34 56 78")).isTrue();
		assertThat(ValueValidators.phone("12345678")).isFalse();
		assertThat(ValueValidators.phone("+33 6 12")).isFalse();
	}

	@Test
	void addressesCoordinatesAndSecretsAreRecognised() {
		assertThat(ValueValidators.email("léa@example.fr")).isFalse();
		assertThat(ValueValidators.email("lea.moreau+shop@example.fr")).isTrue();
		assertThat(ValueValidators.ipAddress("192.168.1.20")).isTrue();
		assertThat(ValueValidators.ipAddress("256.1.1.1")).isFalse();
		assertThat(ValueValidators.ipAddress("2001:db8::1")).isTrue();
		assertThat(ValueValidators.ipAddress("deadbeef")).isFalse();
		assertThat(ValueValidators.macAddress("00:1A:2b:3c:4D:5e")).isTrue();
		assertThat(ValueValidators.coordinates("48.8566, 2.3522")).isTrue();
		assertThat(ValueValidators.coordinates("98.8566, 2.3522")).isFalse();
		assertThat(ValueValidators.credential("$2b$12$abcdefghijklmnopqrstuv")).isTrue();
		assertThat(ValueValidators.credential("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig")).isTrue();
		assertThat(ValueValidators.credential("plain words")).isFalse();
		assertThat(ValueValidators.holdsPersonalData("Please call me on 06 12 34 56 78 tomorrow")).isTrue();
		assertThat(ValueValidators.holdsPersonalData("Order 12345678 arrived damaged")).isFalse();
	}

}
