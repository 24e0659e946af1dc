package io.article28.agreements;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.article28.accounts.OrganizationId;
import io.article28.accounts.UserId;
import io.article28.core.NotFoundException;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.core.RejectedException;
import io.article28.trail.TrailManagement;
import io.article28.trail.TrailRecord;

/**
 * The other way to sign the DPA: a copy signed by hand, uploaded by the customer,
 * accepted or rejected by staff. An accepted copy binds like an online signature.
 */
@Service
@Transactional
public class DpaUploadManagement {

	/** A scan of a signed DPA fits comfortably; anything larger is not what we expect. */
	public static final int MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

	private final AgreementManagement agreements;

	private final DpaUploads uploads;

	private final DpaDocuments documents;

	private final TrailManagement trail;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DpaUploadManagement(AgreementManagement agreements, DpaUploads uploads, DpaDocuments documents,
			TrailManagement trail, ApplicationEventPublisher events, Clock clock) {
		this.agreements = agreements;
		this.documents = documents;
		this.uploads = uploads;
		this.trail = trail;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Takes a DPA signed by hand: a real PDF of at most {@link #MAX_UPLOAD_BYTES}, for
	 * the version to sign, which staff will accept or reject.
	 */
	public DpaUpload upload(OrganizationId organization, UserId by, String filename, byte[] pdf) {
		if (pdf == null || pdf.length == 0) {
			throw RejectedException.invalid("file", "the file is empty");
		}
		if (pdf.length > MAX_UPLOAD_BYTES) {
			throw RejectedException.invalid("file",
					"the file is larger than " + MAX_UPLOAD_BYTES / (1024 * 1024) + " MiB");
		}
		requirePdf(pdf);
		DpaVersion version = agreements.currentOrFail();
		agreements.requireNotSigned(organization, version);
		if (uploads.pendingOrAccepted(organization, version.id())) {
			throw RejectedException.conflict("file", "a signed copy of this version already waits for review");
		}
		DocumentMatch match = DocumentMatch.of(pdf, documents.pdfs(organization, version.id()),
				DocumentMatch.reference(organization, version.id()));
		if (match == DocumentMatch.OTHER_REFERENCE) {
			throw RejectedException.conflict("file",
					"this copy is of another document than the one given to sign " + "version " + version.id()
							+ " (another version, or another organization's): download the "
							+ "document to sign again");
		}
		String name = filename == null || filename.isBlank() ? "dpa.pdf" : AgreementManagement.truncate(filename, 200);
		DpaUpload upload = new DpaUpload(UUID.randomUUID(), organization, version.id(), by, clock.instant(), name,
				DpaDocument.hexSha256(pdf), match, DpaUpload.Status.PENDING, null, null, null);
		uploads.insert(upload, pdf);
		trail.record(TrailRecord.of("dpa.uploaded", organization, "dpa-upload", upload.id())
			.with("version", version.id())
			.with("sha256", upload.sha256())
			.with("match", match));
		return upload;
	}

	/** Staff accept a hand-signed DPA, which then binds, or reject it with a reason. */
	public DpaUpload review(UUID uploadId, boolean accept, String reason, UserId reviewer) {
		DpaUpload upload = uploads.find(uploadId).orElseThrow(() -> new NotFoundException("Upload"));
		DpaUpload reviewed = upload.review(accept, reason, reviewer, clock.instant());
		uploads.saveReview(reviewed);
		trail.record(
				TrailRecord
					.of(accept ? "dpa.upload-accepted" : "dpa.upload-rejected", upload.organizationId(), "dpa-upload",
							upload.id())
					.with("version", upload.versionId()));
		events.publishEvent(new DpaUploadReviewed(upload.organizationId(), upload.id(), upload.versionId(), accept));
		return reviewed;
	}

	@Transactional(readOnly = true)
	public List<DpaUpload> uploads(OrganizationId organization) {
		return uploads.of(organization);
	}

	@Transactional(readOnly = true)
	public Page<DpaUpload> pendingUploads(PageRequest page) {
		return uploads.pending(page);
	}

	@Transactional(readOnly = true)
	public DpaUpload upload(UUID uploadId) {
		return uploads.find(uploadId).orElseThrow(() -> new NotFoundException("Upload"));
	}

	/** A copy the organization uploaded, for its own members: 404 for another's. */
	@Transactional(readOnly = true)
	public byte[] uploadedPdf(OrganizationId organization, UUID uploadId) {
		uploads.find(uploadId)
			.filter(upload -> upload.organizationId().equals(organization))
			.orElseThrow(() -> new NotFoundException("Upload"));
		return uploadedPdf(uploadId);
	}

	@Transactional(readOnly = true)
	public byte[] uploadedPdf(UUID uploadId) {
		return uploads.pdf(uploadId).orElseThrow(() -> new NotFoundException("Upload"));
	}

	/**
	 * A PDF whose page tree, walked, gives as many distinct pages as it says it has: a
	 * tree that loops back on itself, or says more pages than it holds, is refused.
	 */
	static void requirePdf(byte[] bytes) {
		boolean header = bytes.length > 5
				&& new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-");
		if (header) {
			try (var document = org.apache.pdfbox.Loader.loadPDF(bytes)) {
				int declared = document.getNumberOfPages();
				var walked = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
				for (var page : document.getPages()) {
					// PDFBox hands a page of a looping tree out again
					if (page == null || !walked.add(page.getCOSObject()) || walked.size() > declared) {
						break;
					}
				}
				if (declared > 0 && walked.size() == declared) {
					return;
				}
			}
			catch (java.io.IOException | RuntimeException ex) {
				// falls through to the refusal below: PDFBox meets a loop or a broken
				// tree
			}
		}
		throw RejectedException.invalid("file", "the file is not a readable PDF");
	}

}
