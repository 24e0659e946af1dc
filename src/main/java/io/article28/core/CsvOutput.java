package io.article28.core;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way the product writes CSV. A spreadsheet takes a cell starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return for a formula, and the
 * cells hold what people typed (names, subjects, addresses): such a cell is written with
 * a leading apostrophe. Numbers are written as they are, a negative one included.
 */
public final class CsvOutput implements Closeable, Flushable {

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private final CSVPrinter printer;

	private CsvOutput(CSVPrinter printer) {
		this.printer = printer;
	}

	/** A CSV with the header as its first row, written to {@code writer}. */
	public static CsvOutput of(Writer writer, String... header) throws IOException {
		return new CsvOutput(new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(header).get()));
	}

	public void row(Object... values) throws IOException {
		row(Arrays.asList(values));
	}

	public void row(Iterable<?> values) throws IOException {
		List<Object> cells = new ArrayList<>();
		values.forEach(value -> cells.add(cell(value)));
		printer.printRecord(cells);
	}

	/** The value as it is written: text a spreadsheet would run is neutralised. */
	static Object cell(Object value) {
		if (value == null || value instanceof Number) {
			return value;
		}
		String text = value.toString();
		return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}

	@Override
	public void flush() throws IOException {
		printer.flush();
	}

	@Override
	public void close() throws IOException {
		printer.close();
	}

}
