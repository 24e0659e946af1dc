package io.article28.agreements;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.article28.accounts.OrganizationId;
import io.article28.core.Timestamps;

/**
 * The documents shown to customers, kept as evidence of what each one was asked to sign.
 */
@Repository
class DpaDocuments {

	private final JdbcClient jdbc;

	DpaDocuments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(OrganizationId organization, DpaDocument document, String contentSha256) {
		jdbc.sql("""
				insert into dpa_document (id, organization_id, version_id, sha256, pdf, created_at, content_sha256)
				values (:id, :org, :version, :sha256, :pdf, :createdAt, :content)""")
			.param("id", document.id())
			.param("org", organization.value())
			.param("version", document.versionId().value())
			.param("sha256", document.sha256())
			.param("pdf", document.pdf())
			.param("createdAt", Timestamps.of(document.createdAt()))
			.param("content", contentSha256)
			.update();
	}

	/**
	 * The document with these exact bytes, already shown to this organization for this
	 * version.
	 */
	/** The PDFs the organization was given for the version, as it could download them. */
	List<byte[]> pdfs(OrganizationId organization, DpaVersionId version) {
		return jdbc.sql("select pdf from dpa_document where organization_id = :org and version_id = :version")
			.param("org", organization.value())
			.param("version", version.value())
			.query(byte[].class)
			.list();
	}

	Optional<DpaDocument> find(OrganizationId organization, DpaVersionId version, String sha256) {
		return findBy("sha256", organization, version, sha256);
	}

	/** The document already made from this unsigned content, if any. */
	Optional<DpaDocument> findByContent(OrganizationId organization, DpaVersionId version, String contentSha256) {
		return findBy("content_sha256", organization, version, contentSha256);
	}

	private Optional<DpaDocument> findBy(String column, OrganizationId organization, DpaVersionId version,
			String hash) {
		return jdbc
			.sql("select * from dpa_document where organization_id = :org and version_id = :version and " + column
					+ " = :hash order by created_at desc limit 1")
			.param("org", organization.value())
			.param("version", version.value())
			.param("hash", hash)
			.query((rs, row) -> new DpaDocument(rs.getObject("id", UUID.class),
					new DpaVersionId(rs.getString("version_id")), rs.getString("sha256"), rs.getBytes("pdf"),
					Timestamps.read(rs, "created_at")))
			.optional();
	}

}
