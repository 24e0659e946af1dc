package io.article28.accounts;

import java.io.Serializable;
import java.util.UUID;

/** A token just created: the only moment its value is known. */
public record IssuedApiToken(UUID id, String token) implements Serializable {
}
