package io.article28.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The contrast ratio of WCAG 2.1 between two colours as a browser computes them
 * ({@code rgb(r, g, b)} or {@code rgba(r, g, b, a)}; the alpha is ignored): from 1 (the
 * same) to 21 (black on white).
 */
final class Contrast {

	private static final Pattern RGB = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)");

	private Contrast() {
	}

	static double ratio(String one, String other) {
		double a = luminance(one);
		double b = luminance(other);
		return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
	}

	private static double luminance(String colour) {
		Matcher rgb = RGB.matcher(colour);
		if (!rgb.lookingAt()) {
			throw new IllegalArgumentException("not a computed colour: " + colour);
		}
		return 0.2126 * channel(rgb.group(1)) + 0.7152 * channel(rgb.group(2)) + 0.0722 * channel(rgb.group(3));
	}

	private static double channel(String value) {
		double c = Integer.parseInt(value) / 255.0;
		return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

}
