package io.article28.agreements;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Hashtable;
import java.util.Map;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.springframework.stereotype.Component;

/**
 * Seals a PDF with a PAdES baseline signature (ETSI.CAdES.detached): a CMS signature over
 * the whole file but its own contents, naming the signing certificate by its hash, as any
 * PDF reader and pdfsig can verify.
 */
@Component
class PadesSigner {

	private final SigningKey key;

	PadesSigner(SigningKey key) {
		this.key = key;
	}

	byte[] sign(byte[] pdf, String reason, Instant at) {
		try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDSignature signature = new PDSignature();
			signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
			signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
			signature.setName(key.certificate().getSubjectX500Principal().getName());
			signature.setReason(reason);
			signature.setSignDate(calendar(at));
			try (SignatureOptions options = new SignatureOptions()) {
				options.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE * 2);
				document.addSignature(signature, this::cms, options);
				document.saveIncremental(out);
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("sealing the DPA failed", ex);
		}
	}

	private byte[] cms(InputStream content) throws IOException {
		try {
			CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
			generator.addSignerInfoGenerator(
					new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
						.setSignedAttributeGenerator(new PadesAttributes(signingCertificateV2()))
						.build(new JcaContentSignerBuilder("SHA256withRSA").build(key.privateKey), key.certificate()));
			generator.addCertificates(new JcaCertStore(Arrays.asList(key.chain)));
			CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false);
			return signed.getEncoded(ASN1Encoding.DER);
		}
		catch (GeneralSecurityException | OperatorCreationException | CMSException ex) {
			throw new IOException("could not build the CMS signature", ex);
		}
	}

	/** PAdES names the signer's certificate by its SHA-256 in the signed attributes. */
	private AttributeTable signingCertificateV2() throws GeneralSecurityException {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.certificate().getEncoded());
			IssuerSerial issuer = new IssuerSerial(
					new GeneralNames(new GeneralName(
							X500Name.getInstance(key.certificate().getIssuerX500Principal().getEncoded()))),
					key.certificate().getSerialNumber());
			ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash, issuer);
			Hashtable<ASN1ObjectIdentifier, Attribute> attributes = new Hashtable<>();
			attributes.put(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
					new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
							new DERSet(new SigningCertificateV2(new ESSCertIDv2[] { id }))));
			return new AttributeTable(attributes);
		}
		catch (CertificateEncodingException ex) {
			throw new GeneralSecurityException(ex);
		}
	}

	/**
	 * The standard signed attributes less the signing time, which PAdES leaves to the PDF
	 * dictionary.
	 */
	private static final class PadesAttributes extends DefaultSignedAttributeTableGenerator {

		PadesAttributes(AttributeTable attributes) {
			super(attributes);
		}

		@Override
		@SuppressWarnings({ "rawtypes", "unchecked" })
		protected Hashtable createStandardAttributeTable(Map parameters) {
			Hashtable table = super.createStandardAttributeTable(parameters);
			table.remove(CMSAttributes.signingTime);
			return table;
		}

	}

	private static Calendar calendar(Instant instant) {
		GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
		calendar.setTimeInMillis(instant.toEpochMilli());
		return calendar;
	}

}
