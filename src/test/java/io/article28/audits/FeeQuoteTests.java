package io.article28.audits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import io.article28.core.RejectedException;

class FeeQuoteTests {

	@Test
	void aCentIsTheSmallestAmountAndZeroIsRefused() {
		assertThat(FeeQuote.cents(new BigDecimal("0.01"))).isEqualTo(1);
		assertThatThrownBy(() -> FeeQuote.cents(BigDecimal.ZERO)).isInstanceOf(RejectedException.class);
	}

	@Test
	void theMaximumIsAcceptedAndACentMoreIsRefused() {
		assertThat(FeeQuote.cents(FeeQuote.MAX_AMOUNT)).isEqualTo(100_000_000L);
		assertThatThrownBy(() -> FeeQuote.cents(FeeQuote.MAX_AMOUNT.add(new BigDecimal("0.01"))))
			.isInstanceOfSatisfying(RejectedException.class, ex -> assertThat(ex.field()).isEqualTo("amount"));
	}

	@Test
	void anAmountHasAtMostTwoDecimals() {
		assertThat(FeeQuote.cents(new BigDecimal("12.50"))).isEqualTo(1250);
		assertThat(FeeQuote.cents(new BigDecimal("12.5000"))).isEqualTo(1250);
		assertThatThrownBy(() -> FeeQuote.cents(new BigDecimal("12.505"))).isInstanceOf(RejectedException.class);
	}

	@Test
	void theApprovedDigestCoversTheAmountAndTheAssistance() {
		FeeQuote quote = FeeQuote.propose("Two days on site", new BigDecimal("1800"), AuditRequestTests.DPO,
				AuditRequestTests.NOW);
		FeeQuote other = new FeeQuote(quote.id(), quote.proposedAt(), quote.proposedBy(), quote.assistance(),
				quote.amountCents() + 1, quote.currency(), quote.status(), null);
		assertThat(quote.wording()).contains("1800.00 EUR").contains("Two days on site");
		assertThat(other.sha256()).isNotEqualTo(quote.sha256());
	}

}
