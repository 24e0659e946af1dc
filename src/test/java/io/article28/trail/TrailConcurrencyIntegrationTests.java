package io.article28.trail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.article28.IntegrationTest;

/**
 * Writers on separate connections append at the same moment, as two instances of the
 * application would: the chain must not fork and no sequence number may repeat. CI runs
 * this on PostgreSQL too.
 */
@IntegrationTest
class TrailConcurrencyIntegrationTests {

	private static final int WRITERS = 4;

	private static final int APPENDS_EACH = 25;

	@Autowired
	TrailManagement trail;

	@Test
	void concurrentAppendsNeverForkTheChainNorRepeatASequence() throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
		List<Future<List<TrailEntry>>> results = new ArrayList<>();
		for (int writer = 0; writer < WRITERS; writer++) {
			String name = "writer-" + writer;
			Callable<List<TrailEntry>> appends = () -> {
				start.await();
				List<TrailEntry> written = new ArrayList<>();
				for (int i = 0; i < APPENDS_EACH; i++) {
					written.add(trail.record(Actor.system(name),
							TrailRecord.of("test.concurrent-append", null, "writer", name).with("i", i)));
				}
				return written;
			};
			results.add(pool.submit(appends));
		}
		start.countDown();
		List<TrailEntry> all = new ArrayList<>();
		for (Future<List<TrailEntry>> result : results) {
			all.addAll(result.get(60, TimeUnit.SECONDS));
		}
		pool.shutdown();

		assertThat(all).hasSize(WRITERS * APPENDS_EACH);
		assertThat(all).extracting(TrailEntry::sequence).doesNotHaveDuplicates();
		assertThat(all).extracting(TrailEntry::previousHash).doesNotHaveDuplicates();
		assertThat(trail.verify().valid()).isTrue();
	}

}
