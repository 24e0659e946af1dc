package io.article28.datastores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.article28.core.RejectedException;
import io.article28.datastores.ErasureRule.Action;
import io.article28.datastores.ErasureRule.ColumnAction;
import io.article28.datastores.ErasureRule.ColumnRule;

/**
 * A deletion takes rows whole, keeping them needs the law's reason, an anonymization says
 * what it does to each column once, and every column kept says why.
 */
class ErasureRuleTests {

	@Test
	void keepingRowsNeedsAReasonAndTakesNoColumn() {
		assertThatThrownBy(() -> new ErasureRule("public", "invoices", Action.KEEP, " ", List.of()))
			.isInstanceOfSatisfying(RejectedException.class, ex -> assertThat(ex.field()).isEqualTo("reason"));
		assertThat(new ErasureRule("public", "invoices", Action.KEEP, "Accounting law: 10 years", List.of()).reason())
			.isEqualTo("Accounting law: 10 years");
		assertThatThrownBy(() -> new ErasureRule("public", "invoices", Action.KEEP, "law",
				List.of(new ColumnRule("email", ColumnAction.NULL, null, null))))
			.isInstanceOf(RejectedException.class);
	}

	@Test
	void anAnonymizationNamesEachColumnOnceAndAKeptColumnSaysWhy() {
		assertThatThrownBy(() -> new ErasureRule("public", "orders", Action.ANONYMIZE, null, List.of()))
			.isInstanceOfSatisfying(RejectedException.class, ex -> assertThat(ex.field()).isEqualTo("columns"));
		assertThatThrownBy(() -> new ErasureRule("public", "orders", Action.ANONYMIZE, null,
				List.of(new ColumnRule("email", ColumnAction.NULL, null, null),
						new ColumnRule("email", ColumnAction.PSEUDONYM, null, null))))
			.isInstanceOf(RejectedException.class);
		assertThatThrownBy(() -> new ColumnRule("invoice_no", ColumnAction.KEEP, null, null))
			.isInstanceOf(RejectedException.class);
		assertThatThrownBy(() -> new ColumnRule("email", ColumnAction.FIXED, null, null))
			.isInstanceOf(RejectedException.class);
		assertThat(new ColumnRule("email", ColumnAction.NULL, "ignored", "ignored")).satisfies(rule -> {
			assertThat(rule.value()).isNull();
			assertThat(rule.reason()).isNull();
		});
	}

	@Test
	void aDeletionTakesNoColumn() {
		assertThatThrownBy(() -> new ErasureRule("public", "orders", Action.DELETE, null,
				List.of(new ColumnRule("email", ColumnAction.NULL, null, null))))
			.isInstanceOf(RejectedException.class);
	}

	@Test
	void theFormWritesAColumnALine() {
		assertThat(ErasureRule.columnsFromLines("email: FIXED erased@example.invalid\n full_name: null \n\n"
				+ "customer_ref: PSEUDONYM\ninvoice_no: KEEP accounting law (10 years)"))
			.containsExactly(new ColumnRule("email", ColumnAction.FIXED, "erased@example.invalid", null),
					new ColumnRule("full_name", ColumnAction.NULL, null, null),
					new ColumnRule("customer_ref", ColumnAction.PSEUDONYM, null, null),
					new ColumnRule("invoice_no", ColumnAction.KEEP, null, "accounting law (10 years)"));
		assertThatThrownBy(() -> ErasureRule.columnsFromLines("email FIXED x")).isInstanceOf(RejectedException.class);
		assertThatThrownBy(() -> ErasureRule.columnsFromLines("email: SHRED")).isInstanceOf(RejectedException.class);
	}

}
