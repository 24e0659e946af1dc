package io.article28.requests;

/**
 * What a request is about: an app the person names, the provider itself, or an app the
 * person cannot name, which the provider's support finds.
 */
public enum RequestAbout {

	APP, PROVIDER, UNKNOWN_APP

}
