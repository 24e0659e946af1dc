package io.article28.register.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import io.article28.core.CsvOutput;
import io.article28.register.ProcessingRegister;
import io.article28.register.ProcessingRegister.Controller;
import io.article28.register.ProcessingRegister.SubprocessorLink;
import io.article28.register.ProcessingRegister.Transfer;
import io.article28.register.StreamedRegister;

/**
 * The register as a spreadsheet reads it: one row per customer and sub-processor of its
 * chain (one row without a sub-processor when its chain is empty), the customer's columns
 * repeated so that every row can be filtered on its own (among them its data stores and
 * the categories of personal data found in them). The activities and security measures,
 * the same for every customer, are in the JSON and PDF exports.
 */
final class RegisterCsv {

	static final String[] HEADER = { "organization", "organization_id", "dpo_name", "dpo_email", "dpa_version",
			"dpa_state", "regions", "data_locations", "data_stores", "data_categories_found", "subprocessor",
			"subprocessor_purpose", "subprocessor_data", "subprocessor_country", "subprocessor_location",
			"transfer_outside_eea", "transfer_destination", "safeguard", "transfer_flag" };

	private RegisterCsv() {
	}

	/**
	 * Writes the rows to {@code out} a controller at a time, leaving the stream open.
	 */
	static void write(StreamedRegister register, OutputStream out) {
		try {
			CsvOutput csv = CsvOutput.of(new OutputStreamWriter(out, StandardCharsets.UTF_8), HEADER);
			register.forEachController(controller -> {
				try {
					write(controller, csv);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			csv.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Controller controller, CsvOutput csv) throws IOException {
		List<Object> common = common(controller);
		if (controller.subprocessors().isEmpty()) {
			csv.row(row(common, null, null));
		}
		for (SubprocessorLink link : controller.subprocessors()) {
			Transfer transfer = controller.transfers()
				.stream()
				.filter(t -> t.subprocessor().equals(link.name()))
				.findFirst()
				.orElse(null);
			csv.row(row(common, link, transfer));
		}
	}

	private static List<Object> common(Controller controller) {
		return Arrays.asList(controller.name(), controller.organizationId(), controller.dpo().name(),
				controller.dpo().email(), controller.agreement().version(), controller.agreement().state(),
				controller.regions().stream().map(ProcessingRegister.RegionUse::code).collect(Collectors.joining("; ")),
				controller.regions()
					.stream()
					.map(region -> region.code() + ": " + String.join(", ", region.datacenters())
							+ (region.backupLocation() == null ? "" : "; backups: " + region.backupLocation()))
					.collect(Collectors.joining(" | ")),
				controller.dataStores()
					.stream()
					.map(store -> store.app() + "/" + store.label() + " (" + store.region() + ")")
					.collect(Collectors.joining("; ")),
				controller.categoriesFound().stream().map(Enum::name).collect(Collectors.joining("; ")));
	}

	private static List<Object> row(List<Object> common, SubprocessorLink link, Transfer transfer) {
		List<Object> row = new ArrayList<>(common);
		row.add(link == null ? "" : link.name());
		row.add(link == null ? "" : link.purpose());
		row.add(link == null ? "" : link.dataCategories());
		row.add(link == null ? "" : link.country());
		row.add(link == null ? "" : link.location());
		row.add(link == null ? "" : transfer == null ? "no" : "yes");
		row.add(transfer == null ? "" : transfer.destination());
		row.add(transfer == null ? "" : transfer.safeguard());
		row.add(transfer == null || !transfer.flagged() ? "" : transfer.flag());
		return row;
	}

}
