package io.article28.datarights;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.article28.accounts.AccountManagement;
import io.article28.accounts.OrganizationId;
import io.article28.core.PdfTemplates;
import io.article28.core.RejectedException;
import io.article28.platform.AppId;
import io.article28.platform.BackupsHeld;
import io.article28.platform.PlatformManagement;
import io.article28.requests.RequestAttachment;
import io.article28.requests.RequestManagement;
import io.article28.requests.RightsRequest;
import io.article28.trail.TrailManagement;
import io.article28.trail.TrailRecord;

/**
 * The certificate of a completed erasure, a PDF attached to the answer: what was erased,
 * where and when, what was kept and why, and which of the platform's backups still hold
 * the data. It names the request by its reference and no one by name or address.
 */
@Service
public class ErasureCertificates {

	private final PersonErasures erasures;

	private final ErasurePlans plans;

	private final RequestManagement requests;

	private final AccountManagement accounts;

	private final PlatformManagement platform;

	private final PdfTemplates pdf;

	private final TrailManagement trail;

	ErasureCertificates(PersonErasures erasures, ErasurePlans plans, RequestManagement requests,
			AccountManagement accounts, PlatformManagement platform, PdfTemplates pdf, TrailManagement trail) {
		this.erasures = erasures;
		this.plans = plans;
		this.requests = requests;
		this.accounts = accounts;
		this.platform = platform;
		this.pdf = pdf;
		this.trail = trail;
	}

	/** The certificate's PDF, for the plan of a completed erasure. */
	public byte[] render(OrganizationId owner, UUID requestId, UUID planId) {
		ErasurePlan plan = completed(owner, requestId, planId);
		RightsRequest request = requests.request(owner, requestId);
		BackupsHeld backups = platform.backupsTakenBefore(owner, new AppId(plan.appId()), plan.finishedAt());
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("plan", plan);
		variables.put("request", request);
		variables.put("controller", accounts.organization(owner).name());
		variables.put("backups", backups);
		return pdf.render("datarights/erasure-certificate-pdf", variables);
	}

	/**
	 * Attaches the certificate to the request's answer, once: the person downloads it
	 * through its private link.
	 */
	@Transactional
	public RequestAttachment attach(OrganizationId owner, UUID requestId, UUID planId) {
		ErasurePlan plan = completed(owner, requestId, planId);
		if (plan.certificateId() != null) {
			throw RejectedException.conflict("plan", "the certificate is attached to the answer already");
		}
		byte[] certificate = render(owner, requestId, planId);
		RequestAttachment attachment = requests.attach(owner, requestId,
				"erasure-certificate-" + plan.finishedAt().atZone(ZoneOffset.UTC).toLocalDate() + ".pdf",
				"application/pdf", certificate);
		if (!plans.certify(plan.id(), attachment.id())) {
			throw RejectedException.conflict("plan", "the certificate is attached to the answer already");
		}
		trail.record(TrailRecord.of("datarights.certificate-attached", owner, "rights-request", requestId)
			.with("plan", plan.id())
			.with("attachment", attachment.id())
			.with("sha256", attachment.sha256()));
		return attachment;
	}

	private ErasurePlan completed(OrganizationId owner, UUID requestId, UUID planId) {
		ErasurePlan plan = erasures.get(owner, requestId, planId);
		if (plan.kind() != ErasurePlan.Kind.ERASURE) {
			throw RejectedException.conflict("plan", "a certificate of erasure is for an erasure");
		}
		if (plan.status() != ErasurePlan.Status.COMPLETED) {
			throw RejectedException.conflict("plan", "only a completed erasure has a certificate");
		}
		return plan;
	}

}
