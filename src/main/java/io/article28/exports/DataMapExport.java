package io.article28.exports;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.LongConsumer;

import org.springframework.stereotype.Component;

import io.article28.accounts.OrganizationId;
import io.article28.core.PageRequest;
import io.article28.datastores.ColumnClassification;
import io.article28.datastores.DataMapManagement;
import io.article28.datastores.DataStore;
import io.article28.datastores.DataStoreManagement;
import io.article28.datastores.StoreInventory;

/**
 * The data-map part of an export: each data store as provisioned (its password stays
 * out), what its data map found and the people's reviews, the subjects, links and paths.
 * Names of the customer's schema and categories only: no value of its databases is read
 * for the export.
 */
@Component
class DataMapExport {

	static final String[] COLUMNS = { "schema", "table", "column", "data_type", "suggested_category", "confidence",
			"evidence", "reviewed_category", "reviewed_at", "missing" };

	private static final DataMapManagement.ColumnFilter NO_FILTER = new DataMapManagement.ColumnFilter(null, null,
			false);

	/** A store as the export states it, without its credentials. */
	record StoreView(UUID id, UUID appId, String label, String engine, String host, int port, String database,
			String username, String tlsMode, Instant createdAt, Instant discoveredAt, List<String> categories,
			long columnsToReview, List<String> subjectTables, Long approximatePeople, String columns, String map) {
	}

	record StoresView(String about, List<StoreView> stores) {
	}

	private final DataStoreManagement dataStores;

	private final DataMapManagement dataMaps;

	DataMapExport(DataStoreManagement dataStores, DataMapManagement dataMaps) {
		this.dataStores = dataStores;
		this.dataMaps = dataMaps;
	}

	/** The stores and their classified columns: the rows the part writes. */
	long count(OrganizationId organization) {
		long rows = 0;
		for (StoreInventory store : dataMaps.inventories(List.of(organization))) {
			rows += 1 + dataMaps.columns(organization, store.id(), NO_FILTER, PageRequest.of(0, 1)).totalItems();
		}
		return rows;
	}

	void write(OrganizationId organization, ExportArchive zip, LongConsumer rows) throws IOException {
		List<StoreView> views = new java.util.ArrayList<>();
		for (StoreInventory inventory : dataMaps.inventories(List.of(organization))) {
			DataStore store = dataStores.get(organization, inventory.id());
			String folder = "data_map/" + store.id() + "/";
			zip.csv(folder + "columns.csv", ExportPart.DATA_MAP, COLUMNS,
					csv -> ExportWriter.pages(page -> dataMaps.columns(organization, store.id(), NO_FILTER, page),
							(ColumnClassification column) -> {
								csv.row(column.schema(), column.table(), column.column(), column.type(),
										column.suggestion().category(), column.suggestion().confidence(),
										String.join("; ", column.suggestion().evidence()), column.reviewed(),
										column.reviewedAt(), column.missing());
								rows.accept(1);
							}));
			var map = dataMaps.dataMap(organization, store.id());
			if (map.isPresent()) {
				zip.json(folder + "map.json", ExportPart.DATA_MAP, map.get());
			}
			DataStore.Definition definition = store.definition();
			views.add(new StoreView(store.id().value(), store.appId().value(), definition.label(),
					definition.engine().name(), definition.host(), definition.port(), definition.database(),
					definition.username(), definition.tlsMode().name(), store.createdAt(), inventory.discoveredAt(),
					inventory.categories().stream().map(Enum::name).toList(), inventory.columnsToReview(),
					inventory.subjectTables(), inventory.approximatePersons(), folder + "columns.csv",
					map.isPresent() ? folder + "map.json" : null));
			rows.accept(1);
		}
		zip.json("data_map/stores.json", ExportPart.DATA_MAP, new StoresView(
				"Your apps' data stores and what their data maps found: the columns' categories of personal data, "
						+ "your reviews, the tables that describe a person and the paths that reach the others. "
						+ "Names and categories only: none of the stores' data is in this file, nor their passwords.",
				views));
	}

}
