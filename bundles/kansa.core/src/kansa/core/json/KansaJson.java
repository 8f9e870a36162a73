package kansa.core.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Reads and writes Kansa's model records as JSON. Every document carries a {@code schemaVersion} as its first
 * field; a document of a newer schema than this Kansa knows is refused rather than half understood.
 */
public final class KansaJson {

	/** The schema this version of Kansa writes and the newest it reads. */
	public static final int SCHEMA_VERSION = 1;

	/** Largest document read: far above any real audit, far below what would exhaust a small heap. */
	public static final int MAX_DOCUMENT_BYTES = 64 << 20;

	static final String SCHEMA_FIELD = "schemaVersion";

	/**
	 * Built on first read or write, not when the class loads: catalogs call {@link #lazyResource} while the workbench
	 * opens, and setting Jackson up there cost the window a tenth of a second.
	 */
	private static final class Mapper {
		static final ObjectMapper INSTANCE = JsonMapper.builder()
				.addModule(new JavaTimeModule())
				.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
				.enable(SerializationFeature.INDENT_OUTPUT)
				.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
				.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
				// a value of the wrong JSON type is an error, never read as something else: "id": 12345 is not
				// the text "12345", "12" is not a number, "status": 1 is not the second constant
				.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
				.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
				.withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
				// records only: helpers such as isEmpty() are not data
				.disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
				// absent, not null, in values and in the contents of lists and maps
				.defaultPropertyInclusion(
						JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
				.addHandler(new SchemaFieldSkipper())
				.build();
	}

	private KansaJson() {
	}

	/** Serialises a record as a JSON document with its schema version. */
	public static byte[] write(Object value) {
		ObjectNode body = Mapper.INSTANCE.valueToTree(value);
		ObjectNode doc = Mapper.INSTANCE.createObjectNode();
		doc.put(SCHEMA_FIELD, SCHEMA_VERSION);
		doc.setAll(body);
		try {
			byte[] json = Mapper.INSTANCE.writeValueAsBytes(doc);
			byte[] withNewline = java.util.Arrays.copyOf(json, json.length + 1);
			withNewline[json.length] = '\n';
			return withNewline;
		} catch (JsonProcessingException e) {
			throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
		}
	}

	/**
	 * Reads a document.
	 *
	 * @param source name of the file or resource, used in messages
	 * @throws KansaDataException naming source, line, column and field when the document is not valid
	 */
	public static <T> T read(byte[] json, Class<T> type, String source) throws KansaDataException {
		if (json.length > MAX_DOCUMENT_BYTES) {
			throw tooLarge(source);
		}
		checkSchemaVersion(json, source);
		try {
			return Mapper.INSTANCE.readValue(json, type);
		} catch (JsonProcessingException e) {
			throw translate(e, source);
		} catch (IOException e) {
			throw new KansaDataException(source, 0, 0, "", "cannot be read: " + e.getMessage(), e);
		}
	}

	public static <T> T read(InputStream in, Class<T> type, String source) throws KansaDataException {
		try {
			byte[] json = in.readNBytes(MAX_DOCUMENT_BYTES + 1);
			if (json.length > MAX_DOCUMENT_BYTES) {
				throw tooLarge(source);
			}
			return read(json, type, source);
		} catch (IOException e) {
			throw new KansaDataException(source, 0, 0, "", "cannot be read: " + e.getMessage(), e);
		}
	}

	/**
	 * Reads a document shipped inside a bundle, e.g. a built-in checklist. A broken resource is a defect of the
	 * bundle that ships it, so it fails loudly with the resource's name.
	 */
	public static <T> T readResource(Class<?> anchor, String path, Class<T> type) {
		String source = anchor.getPackageName() + ":" + path;
		try (InputStream in = anchor.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException(source + ": resource not found");
			}
			return read(in, type, source);
		} catch (IOException e) {
			throw new IllegalStateException(source + ": " + e.getMessage(), e);
		} catch (KansaDataException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
	}

	/**
	 * {@link #readResource} on first use, once, by whichever thread asks first. A component that ships data
	 * activates in no time with it, so that the workbench does not parse catalogs on its UI thread while it opens.
	 */
	public static <T> Supplier<T> lazyResource(Class<?> anchor, String path, Class<T> type) {
		return new Supplier<>() {
			private volatile T value;

			@Override
			public T get() {
				T v = value;
				if (v == null) {
					synchronized (this) {
						v = value;
						if (v == null) {
							value = v = readResource(anchor, path, type);
						}
					}
				}
				return v;
			}
		};
	}

	/** Looks only at the top-level schemaVersion, so a newer file is refused before its content is judged. */
	private static void checkSchemaVersion(byte[] json, String source) throws KansaDataException {
		try (JsonParser p = Mapper.INSTANCE.createParser(json)) {
			if (p.nextToken() != JsonToken.START_OBJECT) {
				throw error(source, p.currentLocation(), "", "a Kansa document must be a JSON object");
			}
			while (p.nextToken() == JsonToken.FIELD_NAME) {
				String name = p.currentName();
				JsonToken value = p.nextToken();
				if (SCHEMA_FIELD.equals(name)) {
					if (value != JsonToken.VALUE_NUMBER_INT) {
						throw error(source, p.currentLocation(), SCHEMA_FIELD, "must be a whole number");
					}
					int version = p.getIntValue();
					if (version > SCHEMA_VERSION) {
						throw error(source, p.currentLocation(), SCHEMA_FIELD, "written by a newer Kansa (schema "
								+ version + "); this version reads schema " + SCHEMA_VERSION
								+ " and older. Update Kansa to open it.");
					}
					if (version < 1) {
						throw error(source, p.currentLocation(), SCHEMA_FIELD, "invalid version " + version);
					}
					return;
				}
				p.skipChildren();
			}
			throw new KansaDataException(source, 0, 0, SCHEMA_FIELD, "missing: not a Kansa document", null);
		} catch (JsonProcessingException e) {
			throw translate(e, source);
		} catch (IOException e) {
			throw new KansaDataException(source, 0, 0, "", "cannot be read: " + e.getMessage(), e);
		}
	}

	private static KansaDataException tooLarge(String source) {
		return new KansaDataException(source, 0, 0, "", "ファイルが大きすぎます（上限 " + (MAX_DOCUMENT_BYTES >> 20)
				+ " MB） / the file is larger than Kansa reads (" + (MAX_DOCUMENT_BYTES >> 20) + " MB)", null);
	}

	private static KansaDataException error(String source, JsonLocation at, String field, String problem) {
		return new KansaDataException(source, at.getLineNr(), at.getColumnNr(), field, problem, null);
	}

	private static KansaDataException translate(JsonProcessingException e, String source) {
		JsonLocation at = e.getLocation();
		int line = at == null ? 0 : at.getLineNr();
		int column = at == null ? 0 : at.getColumnNr();
		JsonParser parser = e.getProcessor() instanceof JsonParser p ? p : null;
		String field = e instanceof JsonMappingException m && !m.getPath().isEmpty() ? path(m.getPath())
				: parser == null ? "" : path(parser.getParsingContext());
		String problem;
		if (e instanceof ValueInstantiationException && e.getCause() instanceof IllegalArgumentException iae) {
			problem = iae.getMessage(); // a record constructor's validation message
		} else if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u) {
			problem = "unknown field '" + u.getPropertyName() + "'";
		} else if (e instanceof InvalidFormatException f && f.getTargetType() != null) {
			problem = "must be " + expected(f.getTargetType()) + ", not " + quoted(String.valueOf(f.getValue()));
		} else if (e instanceof MismatchedInputException m && m.getTargetType() != null && parser != null) {
			problem = "must be " + expected(m.getTargetType()) + ", not " + found(parser);
		} else {
			problem = withoutClassNames(firstLine(e.getOriginalMessage()));
		}
		return new KansaDataException(source, line, column, field, problem, e);
	}

	/** What belongs in a field of this type, in words. */
	private static String expected(Class<?> type) {
		if (type.isEnum()) {
			return "one of " + String.join(", ", java.util.Arrays.stream(type.getEnumConstants())
					.map(c -> ((Enum<?>) c).name()).toList());
		}
		if (CharSequence.class.isAssignableFrom(type)) {
			return "text in quotes";
		}
		if (type == int.class || type == long.class || type == short.class || type == Integer.class
				|| type == Long.class || type == Short.class) {
			return "a whole number";
		}
		if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
			return "a number";
		}
		if (type == boolean.class || type == Boolean.class) {
			return "true or false";
		}
		if (type == java.time.LocalDate.class) {
			return "a date in quotes (YYYY-MM-DD)";
		}
		if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
			return "a date and time in quotes (ISO 8601)";
		}
		if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "a list [ ... ]";
		}
		return "an object { ... }";
	}

	/** The value the parser stopped at, in words. */
	private static String found(JsonParser p) {
		JsonToken t = p.currentToken();
		if (t == null) {
			return "nothing";
		}
		try {
			return switch (t) {
				case VALUE_STRING -> "the text " + quoted(p.getText());
				case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + p.getText();
				case VALUE_TRUE, VALUE_FALSE -> p.getText();
				case VALUE_NULL -> "null";
				case START_ARRAY, END_ARRAY -> "a list";
				default -> "an object";
			};
		} catch (IOException e) {
			return "this value";
		}
	}

	private static String quoted(String text) {
		String oneLine = text.replaceAll("\\p{Cntrl}", " ");
		return "\"" + (oneLine.length() > 40 ? oneLine.substring(0, 40) + "…" : oneLine) + "\"";
	}

	/** Jackson names types as `java.util.ArrayList<...>`; the user is shown the simple name. */
	private static String withoutClassNames(String message) {
		return message.replaceAll("`(?:[\\w$]+\\.)*([\\w$]+)(?:<[^`]*>)?`", "$1");
	}

	/** The field a syntax error is in, from where the parser was. */
	private static String path(JsonStreamContext context) {
		java.util.Deque<String> parts = new java.util.ArrayDeque<>();
		for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
			if (c.inObject() && c.getCurrentName() != null) {
				parts.push((parts.isEmpty() || parts.peek().startsWith("[") ? "" : ".") + c.getCurrentName());
			} else if (c.inArray()) {
				parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
			}
		}
		String p = String.join("", parts);
		return p.startsWith(".") ? p.substring(1) : p;
	}

	private static String path(List<JsonMappingException.Reference> refs) {
		StringBuilder b = new StringBuilder();
		for (JsonMappingException.Reference r : refs) {
			if (r.getFieldName() != null) {
				if (!b.isEmpty()) {
					b.append('.');
				}
				b.append(r.getFieldName());
			} else if (r.getIndex() >= 0) {
				b.append('[').append(r.getIndex()).append(']');
			}
		}
		return b.toString();
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "invalid JSON";
		}
		int nl = message.indexOf('\n');
		return nl < 0 ? message : message.substring(0, nl);
	}

	/** Lets the schemaVersion field pass while every other unknown field still fails. */
	private static final class SchemaFieldSkipper extends DeserializationProblemHandler {
		@Override
		public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
				JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName) throws IOException {
			if (SCHEMA_FIELD.equals(propertyName) && p.getParsingContext().getParent().inRoot()) {
				p.skipChildren();
				return true;
			}
			return false;
		}
	}
}
