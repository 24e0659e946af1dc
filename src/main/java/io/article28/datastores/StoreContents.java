package io.article28.datastores;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * What a data store holds in the product beside its row: its discoveries and snapshots,
 * its columns' classifications, its data map. Forgotten together when the store goes.
 */
@Component
class StoreContents {

	private final Discoveries discoveries;

	private final Snapshots snapshots;

	private final Classifications classifications;

	private final DataMaps maps;

	private final ErasureRules erasureRules;

	private final RestrictionColumns restrictionColumns;

	StoreContents(Discoveries discoveries, Snapshots snapshots, Classifications classifications, DataMaps maps,
			ErasureRules erasureRules, RestrictionColumns restrictionColumns) {
		this.erasureRules = erasureRules;
		this.restrictionColumns = restrictionColumns;
		this.discoveries = discoveries;
		this.snapshots = snapshots;
		this.classifications = classifications;
		this.maps = maps;
	}

	void erase(DataStoreId store) {
		snapshots.keepOnly(store, List.of());
		discoveries.deleteOf(store);
		classifications.deleteOf(store);
		maps.deleteOf(store);
		erasureRules.deleteOf(store);
		restrictionColumns.deleteOf(store);
	}

}
