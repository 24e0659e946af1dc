package io.article28.agreements;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.article28.accounts.OrganizationId;
import io.article28.accounts.UserId;
import io.article28.core.Timestamps;

/** The signatures of the DPA. */
@Repository
class DpaSignatures {

	private final JdbcClient jdbc;

	DpaSignatures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(DpaSignature s) {
		CustomerBlock c = s.customer();
		jdbc.sql("""
				insert into dpa_signature (id, organization_id, version_id, document_id, document_sha256, signer_id,
				  signed_at, ip_address, user_agent, company_name, company_address, signer_name, signer_title,
				  dpo_name, dpo_email, signed_pdf, signed_pdf_sha256)
				values (:id, :org, :version, :document, :documentSha256, :signer, :signedAt, :ip, :agent, :company,
				  :address, :signerName, :signerTitle, :dpoName, :dpoEmail, :pdf, :pdfSha256)""")
			.param("id", s.id())
			.param("org", s.organizationId().value())
			.param("version", s.versionId().value())
			.param("document", s.documentId())
			.param("documentSha256", s.documentSha256())
			.param("signer", s.signerId().value())
			.param("signedAt", Timestamps.of(s.signedAt()))
			.param("ip", s.ipAddress())
			.param("agent", s.userAgent())
			.param("company", c.companyName())
			.param("address", c.companyAddress())
			.param("signerName", c.signerName())
			.param("signerTitle", c.signerTitle())
			.param("dpoName", c.dpoName())
			.param("dpoEmail", c.dpoEmail())
			.param("pdf", s.signedPdf())
			.param("pdfSha256", s.signedPdfSha256())
			.update();
	}

	boolean exists(OrganizationId organization, DpaVersionId version) {
		return jdbc.sql("select count(*) from dpa_signature where organization_id = :org and version_id = :version")
			.param("org", organization.value())
			.param("version", version.value())
			.query(Long.class)
			.single() > 0;
	}

	/** The organization's signatures, newest first. */
	List<DpaSignature> of(OrganizationId organization) {
		return jdbc.sql("select * from dpa_signature where organization_id = :org order by signed_at desc")
			.param("org", organization.value())
			.query(DpaSignatures::map)
			.list();
	}

	Optional<DpaSignature> find(OrganizationId organization, UUID id) {
		return jdbc.sql("select * from dpa_signature where organization_id = :org and id = :id")
			.param("org", organization.value())
			.param("id", id)
			.query(DpaSignatures::map)
			.optional();
	}

	private static DpaSignature map(ResultSet rs, int row) throws SQLException {
		return new DpaSignature(rs.getObject("id", UUID.class),
				new OrganizationId(rs.getObject("organization_id", UUID.class)),
				new DpaVersionId(rs.getString("version_id")), rs.getObject("document_id", UUID.class),
				rs.getString("document_sha256"), new UserId(rs.getObject("signer_id", UUID.class)),
				Timestamps.read(rs, "signed_at"), rs.getString("ip_address"), rs.getString("user_agent"),
				new CustomerBlock(rs.getString("company_name"), rs.getString("company_address"),
						rs.getString("signer_name"), rs.getString("signer_title"), rs.getString("dpo_name"),
						rs.getString("dpo_email")),
				rs.getBytes("signed_pdf"), rs.getString("signed_pdf_sha256"));
	}

}
