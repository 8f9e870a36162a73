package kansa.incidents.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import kansa.core.incident.DatePrecision;
import kansa.core.json.KansaDataException;

/**
 * Measures the extractor on a folder of notices: each {@code NAME.txt} beside a {@code NAME.json} of the fields a
 * reader takes from it. Per field it counts the notices where the draft is right (an empty field is right when the
 * notice does not state it), and precision and recall of what the draft gives; every wrong field is a miss.
 */
public final class ExtractionEval {

	/** The fields compared, in the order of the expected files and of the printed table. */
	public static final List<String> FIELDS = List.of("organization", "contractor", "count", "subCounts",
			"incidentStart", "incidentEnd", "discovered", "announced", "reportedToPpc", "reportedToPolice",
			"discoveryRoute", "cause", "dataTypes");

	/**
	 * What a reader takes from a notice. Dates are {@code yyyy-mm-dd}, {@code yyyy-mm} or {@code yyyy} as precise as
	 * the notice; counts are the number and the unit it uses ({@code 1862名}, {@code 340件}); null when not stated.
	 */
	public record Expected(String organization, String contractor, String count, List<String> subCounts,
			String incidentStart, String incidentEnd, String discovered, String announced, String reportedToPpc,
			String reportedToPolice, String discoveryRoute, String cause, List<String> dataTypes) {

		public Expected {
			subCounts = subCounts == null ? List.of() : List.copyOf(subCounts);
			dataTypes = dataTypes == null ? List.of() : List.copyOf(dataTypes);
		}

		List<String> values(String field) {
			return switch (field) {
				case "organization" -> one(organization);
				case "contractor" -> one(contractor);
				case "count" -> one(count);
				case "subCounts" -> subCounts;
				case "incidentStart" -> one(incidentStart);
				case "incidentEnd" -> one(incidentEnd);
				case "discovered" -> one(discovered);
				case "announced" -> one(announced);
				case "reportedToPpc" -> one(reportedToPpc);
				case "reportedToPolice" -> one(reportedToPolice);
				case "discoveryRoute" -> one(discoveryRoute);
				case "cause" -> one(cause);
				case "dataTypes" -> dataTypes;
				default -> throw new IllegalArgumentException(field);
			};
		}
	}

	/** A field the draft got wrong in one notice. */
	public record Miss(String notice, String field, List<String> expected, List<String> found) {
	}

	/**
	 * One field over the folder. {@code right}: notices where the draft equals the expected value (both empty
	 * counts); {@code matched}, {@code given}, {@code stated}: values found and expected, found, and expected (one
	 * per notice for single fields, one per element for lists).
	 */
	public record FieldScore(String field, int right, int notices, int matched, int given, int stated) {

		/** Share of the values the draft gives that are right; 1 when it gives none. */
		public double precision() {
			return given == 0 ? 1 : (double) matched / given;
		}

		/** Share of the stated values the draft finds; 1 when nothing is stated. */
		public double recall() {
			return stated == 0 ? 1 : (double) matched / stated;
		}

		public double accuracy() {
			return notices == 0 ? 1 : (double) right / notices;
		}
	}

	/** The figures of a folder. */
	public record Report(Path folder, int notices, List<FieldScore> fields, List<Miss> misses) {

		public Report {
			fields = List.copyOf(fields);
			misses = List.copyOf(misses);
		}

		public FieldScore field(String name) {
			return fields.stream().filter(f -> f.field().equals(name)).findFirst().orElseThrow();
		}

		/** All fields of all notices taken together. */
		public FieldScore overall() {
			int right = 0;
			int matched = 0;
			int given = 0;
			int stated = 0;
			for (FieldScore f : fields) {
				right += f.right();
				matched += f.matched();
				given += f.given();
				stated += f.stated();
			}
			return new FieldScore("overall", right, notices * fields.size(), matched, given, stated);
		}
	}

	private static final Pattern DATE = Pattern.compile("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?");
	private static final Pattern COUNT = Pattern.compile("[0-9]+[^0-9\\s]{1,4}");

	/**
	 * Expected files are plain JSON a firm writes by hand, not Kansa documents with a schema version; still, a
	 * misspelt field or a value of the wrong type is refused rather than read as empty.
	 */
	private static final ObjectMapper JSON = JsonMapper.builder()
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
			.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
			.build();

	private final ArticleExtractor extractor;

	public ExtractionEval(ArticleExtractor extractor) {
		this.extractor = Objects.requireNonNull(extractor);
	}

	/**
	 * @throws KansaDataException naming the file (and field) when a notice has no expected file, an expected file
	 *             no notice, or an expected file is not valid
	 */
	public Report run(Path folder) throws IOException, KansaDataException {
		List<Path> texts;
		List<Path> jsons;
		try (Stream<Path> files = Files.list(folder)) {
			List<Path> all = files.filter(Files::isRegularFile).sorted().toList();
			texts = all.stream().filter(p -> p.getFileName().toString().endsWith(".txt")).toList();
			jsons = all.stream().filter(p -> p.getFileName().toString().endsWith(".json")).toList();
		}
		for (Path j : jsons) {
			if (!Files.isRegularFile(sibling(j, ".json", ".txt"))) {
				throw new KansaDataException(j.toString(), 0, 0, "", "has no notice " + sibling(j, ".json", ".txt")
						.getFileName() + " beside it", null);
			}
		}
		int[][] tally = new int[FIELDS.size()][4];
		List<Miss> misses = new ArrayList<>();
		for (Path t : texts) {
			Path j = sibling(t, ".txt", ".json");
			if (!Files.isRegularFile(j)) {
				throw new KansaDataException(t.toString(), 0, 0, "", "has no expected fields " + j.getFileName()
						+ " beside it", null);
			}
			Expected expected = read(j);
			IncidentDraft draft = extractor.extract(Files.readString(t, StandardCharsets.UTF_8));
			String notice = t.getFileName().toString().replaceFirst("\\.txt$", "");
			for (int i = 0; i < FIELDS.size(); i++) {
				String field = FIELDS.get(i);
				List<String> want = expected.values(field);
				List<String> got = values(draft, field);
				Set<String> w = new LinkedHashSet<>(want);
				Set<String> g = new LinkedHashSet<>(got);
				int matched = (int) g.stream().filter(w::contains).count();
				boolean right = w.equals(g);
				tally[i][0] += right ? 1 : 0;
				tally[i][1] += matched;
				tally[i][2] += g.size();
				tally[i][3] += w.size();
				if (!right) {
					misses.add(new Miss(notice, field, want, got));
				}
			}
		}
		List<FieldScore> scores = new ArrayList<>();
		for (int i = 0; i < FIELDS.size(); i++) {
			scores.add(new FieldScore(FIELDS.get(i), tally[i][0], texts.size(), tally[i][1], tally[i][2], tally[i][3]));
		}
		return new Report(folder, texts.size(), scores, misses);
	}

	/** A draft's field in the form of the expected files. */
	public static List<String> values(IncidentDraft d, String field) {
		return switch (field) {
			case "organization" -> one(text(d.organization()));
			case "contractor" -> one(text(d.contractor()));
			case "count" -> one(d.recordsAffected() == null ? null : count(d.recordsAffected().value(),
					d.recordsAffected().unit()));
			case "subCounts" -> d.dataAmounts().stream().map(a -> count(a.value().amount(), a.value().unit()))
					.filter(c -> d.recordsAffected() == null
							|| !c.equals(count(d.recordsAffected().value(), d.recordsAffected().unit())))
					.distinct().toList();
			case "incidentStart" -> one(date(d.incidentStart()));
			case "incidentEnd" -> one(date(d.incidentEnd()));
			case "discovered" -> one(date(d.discovered()));
			case "announced" -> one(date(d.announced()));
			case "reportedToPpc" -> one(date(d.reportedToPpc()));
			case "reportedToPolice" -> one(date(d.reportedToPolice()));
			case "discoveryRoute" -> one(text(d.discoveryRoute()));
			case "cause" -> one(text(d.cause()));
			case "dataTypes" -> d.dataTypes().stream().map(Found::value).distinct().toList();
			default -> throw new IllegalArgumentException(field);
		};
	}

	private static Expected read(Path json) throws IOException, KansaDataException {
		Expected e;
		try {
			e = JSON.readValue(Files.readAllBytes(json), Expected.class);
		} catch (JsonProcessingException bad) {
			JsonLocation at = bad.getLocation();
			String field = bad instanceof JsonMappingException m ? m.getPath().stream()
					.map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
					.reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("") : "";
			throw new KansaDataException(json.toString(), at == null ? 0 : at.getLineNr(),
					at == null ? 0 : at.getColumnNr(), field, bad.getOriginalMessage(), bad);
		}
		if (e == null) {
			throw new KansaDataException(json.toString(), 0, 0, "", "is empty: expected a JSON object of fields", null);
		}
		for (String field : FIELDS) {
			for (String v : e.values(field)) {
				boolean ok = switch (field) {
					case "count", "subCounts" -> COUNT.matcher(v).matches();
					case "incidentStart", "incidentEnd", "discovered", "announced", "reportedToPpc", "reportedToPolice" ->
						DATE.matcher(v).matches();
					default -> !v.isBlank();
				};
				if (!ok) {
					throw new KansaDataException(json.toString(), 0, 0, field, "'" + v + "' is not " + form(field), null);
				}
			}
		}
		return e;
	}

	private static String form(String field) {
		return switch (field) {
			case "count", "subCounts" -> "a count such as 1862名";
			case "incidentStart", "incidentEnd", "discovered", "announced", "reportedToPpc", "reportedToPolice" ->
				"a date yyyy-mm-dd, yyyy-mm or yyyy";
			default -> "a name or label";
		};
	}

	private static Path sibling(Path p, String from, String to) {
		String name = p.getFileName().toString();
		return p.resolveSibling(name.substring(0, name.length() - from.length()) + to);
	}

	private static List<String> one(String v) {
		return v == null ? List.of() : List.of(v);
	}

	private static String text(Found<String> f) {
		return f == null || f.value().isBlank() ? null : f.value();
	}

	private static String count(long value, String unit) {
		return value + unit;
	}

	private static String date(FoundDate d) {
		if (d == null) {
			return null;
		}
		String day = d.value().toString();
		return d.precision() == DatePrecision.YEAR ? day.substring(0, 4)
				: d.precision() == DatePrecision.MONTH ? day.substring(0, 7) : day;
	}
}
