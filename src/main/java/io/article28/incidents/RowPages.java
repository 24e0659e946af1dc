package io.article28.incidents;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.article28.core.Page;
import io.article28.core.PageRequest;

/**
 * A page of a table's rows, chosen by a where-clause and an order: counted, the ids of
 * the page read, then the rows loaded by those ids (with what hangs on them) and given
 * back in that order.
 */
final class RowPages {

	private RowPages() {
	}

	static <T> Page<T> page(JdbcClient jdbc, String table, String where, String order, Map<String, Object> params,
			PageRequest page, Function<List<UUID>, Map<UUID, T>> load) {
		long total = jdbc.sql("select count(*) from " + table + where).params(params).query(Long.class).single();
		List<UUID> ids = jdbc
			.sql("select id from " + table + where + " order by " + order + " limit :limit offset :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(UUID.class)
			.list();
		if (ids.isEmpty()) {
			return new Page<>(List.of(), page.page(), page.size(), total);
		}
		Map<UUID, T> found = load.apply(ids);
		return new Page<>(ids.stream().map(found::get).toList(), page.page(), page.size(), total);
	}

}
