package io.article28.agreements;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Enumeration;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The provider's signing key and certificate, from the PKCS#12 keystore named by
 * DPA_SIGNING_KEYSTORE (with DPA_SIGNING_PASSWORD). Without one, a self-signed
 * certificate is made once in the data directory, and the log says so: fine for a trial,
 * not for production.
 */
@Component
class SigningKey {

	private static final Logger log = LoggerFactory.getLogger(SigningKey.class);

	private static final String GENERATED = "dpa-signing.p12";

	final PrivateKey privateKey;

	final X509Certificate[] chain;

	SigningKey(@Value("${article28.dpa.signing.keystore:}") String keystore,
			@Value("${article28.dpa.signing.password:}") String password,
			@Value("${article28.data-dir:./data}") String dataDirectory) throws IOException, GeneralSecurityException {
		KeyStore store = keystore.isBlank() ? generatedIn(Path.of(dataDirectory)) : load(Path.of(keystore), password);
		char[] secret = keystore.isBlank() ? generatedPassword(Path.of(dataDirectory)) : password.toCharArray();
		String alias = keyAlias(store);
		this.privateKey = (PrivateKey) store.getKey(alias, secret);
		Certificate[] certificates = store.getCertificateChain(alias);
		this.chain = new X509Certificate[certificates.length];
		for (int i = 0; i < certificates.length; i++) {
			chain[i] = (X509Certificate) certificates[i];
		}
	}

	X509Certificate certificate() {
		return chain[0];
	}

	private static KeyStore load(Path file, String password) throws IOException, GeneralSecurityException {
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(file)) {
			store.load(in, password.toCharArray());
		}
		return store;
	}

	private static String keyAlias(KeyStore store) throws GeneralSecurityException {
		Enumeration<String> aliases = store.aliases();
		while (aliases.hasMoreElements()) {
			String alias = aliases.nextElement();
			if (store.isKeyEntry(alias)) {
				return alias;
			}
		}
		throw new IllegalStateException("the DPA signing keystore holds no private key");
	}

	private static KeyStore generatedIn(Path directory) throws IOException, GeneralSecurityException {
		Path file = directory.resolve(GENERATED);
		if (Files.exists(file)) {
			return load(file, new String(generatedPassword(directory)));
		}
		Files.createDirectories(directory);
		String password = Base64.getUrlEncoder().withoutPadding().encodeToString(new SecureRandom().generateSeed(24));
		Files.writeString(directory.resolve(GENERATED + ".password"), password, StandardCharsets.UTF_8);
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(3072);
		KeyPair pair = generator.generateKeyPair();
		X509Certificate certificate = selfSigned(pair);
		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(null, null);
		store.setKeyEntry("dpa", pair.getPrivate(), password.toCharArray(), new Certificate[] { certificate });
		try (OutputStream out = Files.newOutputStream(file)) {
			store.store(out, password.toCharArray());
		}
		log.warn(
				"Generated a self-signed DPA signing certificate in {}: signatures verify, but no reader trusts "
						+ "their signer; set DPA_SIGNING_KEYSTORE and DPA_SIGNING_PASSWORD for the provider's own",
				file.toAbsolutePath());
		return store;
	}

	private static char[] generatedPassword(Path directory) throws IOException {
		return Files.readString(directory.resolve(GENERATED + ".password"), StandardCharsets.UTF_8).toCharArray();
	}

	private static X509Certificate selfSigned(KeyPair pair) throws GeneralSecurityException {
		X500Name subject = new X500Name("CN=Article 28 DPA signature (self-signed), O=Article 28");
		Instant now = Instant.now();
		try {
			var builder = new JcaX509v3CertificateBuilder(subject, new BigInteger(64, new SecureRandom()),
					Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))), subject,
					pair.getPublic());
			builder.addExtension(Extension.keyUsage, true,
					new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
			return new JcaX509CertificateConverter()
				.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
		}
		catch (OperatorCreationException | IOException ex) {
			throw new GeneralSecurityException("could not make the self-signed certificate", ex);
		}
	}

}
