package io.article28.platform;

import java.io.Serializable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.article28.accounts.AccountManagement;
import io.article28.accounts.Organization;
import io.article28.accounts.OrganizationId;
import io.article28.core.NotFoundException;
import io.article28.core.RejectedException;
import io.article28.core.TextInput;

/**
 * CSV import of regions, apps and invoices for a standalone installation, where no host
 * platform calls the API. A file is taken whole or not at all: every faulty line is
 * reported and nothing is written.
 */
@Service
public class PlatformImport {

	public static final int MAX_ROWS = 10_000;

	public enum Kind {

		REGIONS(0, "code", "infrastructure_provider", "provider_region", "datacenters", "backup_location"),
		/** The last column, the custom domains separated by ";", may be left out. */
		APPS(1, "organization", "name", "region", "contact_url", "domains"),
		INVOICES(0, "organization", "number", "amount_cents", "currency", "due_date", "status");

		private final String[] columns;

		private final int optional;

		Kind(int optional, String... columns) {
			this.optional = optional;
			this.columns = columns;
		}

		public List<String> columns() {
			return List.of(columns);
		}

	}

	/**
	 * One refused line: its number in the file (the header is line 1), the column and
	 * why.
	 */
	public record LineError(long line, String column, String message) implements Serializable {
	}

	/** The file was refused; nothing of it was written. */
	public static class ImportRejected extends RuntimeException {

		private final transient List<LineError> errors;

		ImportRejected(List<LineError> errors) {
			super(errors.size() + " line(s) refused");
			this.errors = List.copyOf(errors);
		}

		public List<LineError> errors() {
			return errors;
		}

	}

	private final PlatformManagement platform;

	private final AccountManagement accounts;

	PlatformImport(PlatformManagement platform, AccountManagement accounts) {
		this.platform = platform;
		this.accounts = accounts;
	}

	/** Imports the file and returns how many rows were written. */
	@Transactional(rollbackFor = Exception.class)
	public int importCsv(Kind kind, Reader csv) {
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader(kind.columns)
			.setSkipHeaderRecord(true)
			.setIgnoreSurroundingSpaces(true)
			.setIgnoreEmptyLines(true)
			.get();
		List<LineError> errors = new ArrayList<>();
		int written = 0;
		try (CSVParser parser = format.parse(csv)) {
			for (CSVRecord row : parser) {
				if (row.getRecordNumber() > MAX_ROWS) {
					throw new ImportRejected(List
						.of(new LineError(row.getRecordNumber() + 1, null, "at most " + MAX_ROWS + " rows per file")));
				}
				long line = row.getRecordNumber() + 1;
				if (row.size() > kind.columns.length || row.size() < kind.columns.length - kind.optional) {
					errors.add(new LineError(line, null,
							"expected " + kind.columns.length + " columns: " + String.join(",", kind.columns)));
					continue;
				}
				LineError refused = refusedCell(kind, row, line);
				if (refused != null) {
					errors.add(refused);
					continue;
				}
				try {
					importRow(kind, row);
					written++;
				}
				catch (RejectedException ex) {
					errors.add(new LineError(line, columnOf(kind, ex.field()), ex.getMessage()));
				}
				catch (NotFoundException ex) {
					errors.add(new LineError(line, "organization", "no such organization"));
				}
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException ex) {
			throw new ImportRejected(List.of(new LineError(0, null, "not a readable CSV file: " + ex.getMessage())));
		}
		if (!errors.isEmpty()) {
			throw new ImportRejected(errors);
		}
		return written;
	}

	/** The first cell holding a character no text may hold, as a line error; or null. */
	private static LineError refusedCell(Kind kind, CSVRecord row, long line) {
		for (int column = 0; column < row.size(); column++) {
			String refusal = TextInput.refusal(row.get(column));
			if (refusal != null) {
				return new LineError(line, kind.columns[column], refusal);
			}
		}
		return null;
	}

	private void importRow(Kind kind, CSVRecord row) {
		switch (kind) {
			case REGIONS -> platform.defineRegion(
					new Region(row.get("code"), row.get("infrastructure_provider"), row.get("provider_region"),
							Arrays.stream(row.get("datacenters").split(";"))
								.map(String::strip)
								.filter(location -> !location.isEmpty())
								.toList(),
							row.get("backup_location")));
			case APPS -> platform.registerApp(organization(row.get("organization")), row.get("name"), row.get("region"),
					row.get("contact_url"), row.isSet("domains") ? list(row.get("domains")) : List.of());
			case INVOICES -> platform.recordInvoice(organization(row.get("organization")), row.get("number"),
					amount(row.get("amount_cents")), row.get("currency"), date(row.get("due_date")),
					status(row.get("status")));
		}
	}

	/** An organization is named by its id or by its exact name. */
	private OrganizationId organization(String reference) {
		try {
			return accounts.organization(new OrganizationId(UUID.fromString(reference.strip()))).id();
		}
		catch (IllegalArgumentException notAnId) {
			return accounts.organizationNamed(reference)
				.map(Organization::id)
				.orElseThrow(() -> RejectedException.invalid("organization", "no such organization"));
		}
	}

	private static List<String> list(String value) {
		return Arrays.stream(value.split(";")).map(String::strip).filter(item -> !item.isEmpty()).toList();
	}

	private static long amount(String value) {
		try {
			return Long.parseLong(value.strip());
		}
		catch (NumberFormatException ex) {
			throw RejectedException.invalid("amountCents", "must be a whole number of cents");
		}
	}

	private static LocalDate date(String value) {
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw RejectedException.invalid("dueDate", "must be a date (YYYY-MM-DD)");
		}
	}

	private static InvoiceStatus status(String value) {
		try {
			return InvoiceStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw RejectedException.invalid("status", "must be PAID or UNPAID");
		}
	}

	private static String columnOf(Kind kind, String field) {
		if (field == null) {
			return null;
		}
		String snake = field.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
		if (kind == Kind.APPS && "contact_url".equals(snake)) {
			return snake;
		}
		return kind.columns().contains(snake) ? snake : field;
	}

}
