package io.article28.exports;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.article28.accounts.OrganizationErased;

/**
 * Erases an erased organization's exports: the rows in the erasing transaction, the files
 * once it has committed (a rolled-back purge keeps them).
 */
@Component
class ExportErasure {

	private static final Logger log = LoggerFactory.getLogger(ExportErasure.class);

	private final JdbcClient jdbc;

	private final ExportFiles files;

	ExportErasure(JdbcClient jdbc, ExportFiles files) {
		this.jdbc = jdbc;
		this.files = files;
	}

	@EventListener
	void on(OrganizationErased event) {
		List<UUID> exports = jdbc.sql("select id from account_export where organization_id = :organization")
			.param("organization", event.organizationId().value())
			.query(UUID.class)
			.list();
		jdbc.sql("delete from account_export where organization_id = :organization")
			.param("organization", event.organizationId().value())
			.update();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				exports.forEach(ExportErasure.this::deleteFile);
			}
		});
	}

	private void deleteFile(UUID export) {
		try {
			files.delete(export);
		}
		catch (IOException ex) {
			log.warn("Export {} of an erased organization: its file could not be deleted", export, ex);
		}
	}

}
