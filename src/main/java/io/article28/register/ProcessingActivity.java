package io.article28.register;

import java.util.Objects;
import java.util.UUID;

import io.article28.core.Fields;

/**
 * One processing the provider carries out on behalf of its customers: whose data, what
 * for, how, on which legal basis, which categories of data, and how long they are kept.
 */
public record ProcessingActivity(UUID id, String dataSubjects, String purpose, String nature, String legalBasis,
		String dataCategories, String retention) {

	public ProcessingActivity {
		Objects.requireNonNull(id);
		dataSubjects = Fields.required("dataSubjects", dataSubjects, 1000);
		purpose = Fields.required("purpose", purpose, 1000);
		nature = Fields.required("nature", nature, 1000);
		legalBasis = Fields.required("legalBasis", legalBasis, 500);
		dataCategories = Fields.required("dataCategories", dataCategories, 1000);
		retention = Fields.required("retention", retention, 1000);
	}

	static ProcessingActivity of(UUID id, ActivityDescription description) {
		if (description == null) {
			throw io.article28.core.RejectedException.invalid("activity", "describe the processing activity");
		}
		return new ProcessingActivity(id, description.dataSubjects(), description.purpose(), description.nature(),
				description.legalBasis(), description.dataCategories(), description.retention());
	}

}
