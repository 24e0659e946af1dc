package io.article28.datastores;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Paths are the shortest, cycles end, and a chain longer than six hops stops there. */
class DataMapTests {

	@Test
	void aCycleOfForeignKeysEndsAndEachTableKeepsItsShortestPath() {
		Catalog catalog = new Catalog(
				List.of(table("people", List.of()), table("teams", List.of(fk("lead_id", "people"))),
						table("memberships", List.of(fk("team_id", "teams"), fk("person_id", "people"))),
						table("people_teams", List.of(fk("team_id", "teams")))));
		DataMap map = DataMap.of(catalog, List.of(new DataMap.Subject("s", "people", List.of("id"))), List.of(),
				Set.of());
		assertThat(map.reached()).extracting(DataMap.Reach::table)
			.containsExactly("people", "teams", "memberships", "people_teams");
		assertThat(map.reached().get(2).path()).hasSize(1);
		assertThat(map.reached().get(3).path()).hasSize(2);
	}

	@Test
	void aChainIsFollowedSixHopsAndNoFurther() {
		List<Catalog.Table> chain = new java.util.ArrayList<>(List.of(table("t0", List.of())));
		for (int i = 1; i <= 7; i++) {
			chain.add(table("t" + i, List.of(fk("up", "t" + (i - 1)))));
		}
		DataMap map = DataMap.of(new Catalog(chain), List.of(new DataMap.Subject("s", "t0", List.of("id"))), List.of(),
				Set.of("s.t7"));
		assertThat(map.reached()).extracting(DataMap.Reach::table).contains("t6").doesNotContain("t7");
		assertThat(map.flags()).extracting(DataMap.Flag::kind).contains(DataMap.FlagKind.UNREACHED);
	}

	private static Catalog.Table table(String name, List<Catalog.ForeignKey> keys) {
		return new Catalog.Table("s", name, Catalog.Kind.TABLE, 10L,
				List.of(new Catalog.Column("id", 1, "bigint", false, null)), List.of("id"), keys, List.of());
	}

	private static Catalog.ForeignKey fk(String column, String table) {
		return new Catalog.ForeignKey(column + "_fk", List.of(column), "s", table, List.of("id"));
	}

}
