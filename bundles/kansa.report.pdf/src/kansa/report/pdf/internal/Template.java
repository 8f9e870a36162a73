package kansa.report.pdf.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.itextpdf.io.image.ImageData;
import com.itextpdf.kernel.colors.DeviceRgb;

import kansa.core.report.ReportException;
import kansa.core.text.LocalizedText;
import kansa.core.text.Message;

/**
 * The consultant's firm branding, set once per workspace in a template folder:
 *
 * <pre>
 * template/report.json   {"firmName": "…", "accentColour": "#0F5E4C", "coverWording": "…", "footerText": "…"}
 * template/logo.png      optional; another file can be named with "logo"
 * </pre>
 *
 * Texts are a string or {"ja": "…", "en": "…"}. Every field is optional; without a template the report keeps its
 * own indigo look. A mistake is reported with the file and the field, never silently ignored.
 */
record Template(LocalizedText firmName, LocalizedText coverWording, LocalizedText footerText, DeviceRgb accent,
		ImageData logo) {

	static final String FILE = "report.json";
	static final String DEFAULT_LOGO = "logo.png";
	private static final Set<String> FIELDS = Set.of("firmName", "accentColour", "coverWording", "footerText",
			"logo");
	private static final Pattern COLOUR = Pattern.compile("#([0-9A-Fa-f]{6})");
	/** White header text on the accent must stay readable (WCAG's 3:1 for large and bold text). */
	private static final double MIN_CONTRAST = 3.0;

	static final Template NONE = new Template(LocalizedText.EMPTY, LocalizedText.EMPTY, LocalizedText.EMPTY, null,
			null);

	/** Reads the template folder; a missing folder or report.json is an error (the user asked for it). */
	static Template read(Path folder) throws ReportException {
		Path file = folder.resolve(FILE);
		JsonNode root;
		try {
			root = new ObjectMapper().readTree(Files.readString(file));
		} catch (NoSuchFileException e) {
			throw error(file, null, Files.isDirectory(folder) ? "ファイルがありません / the file does not exist"
					: "テンプレートのフォルダがありません / the template folder does not exist");
		} catch (JsonProcessingException e) {
			JsonLocation at = e.getLocation();
			String where = at == null ? "" : "（" + at.getLineNr() + " 行 " + at.getColumnNr() + " 列 / line "
					+ at.getLineNr() + ", column " + at.getColumnNr() + "）";
			throw error(file, null, "JSON として読めません / not valid JSON" + where + ": " + e.getOriginalMessage());
		} catch (IOException e) {
			throw error(file, null, "読み込めません / cannot be read: " + e.getMessage());
		}
		if (root == null || !root.isObject()) {
			throw error(file, null, "JSON オブジェクト {…} ではありません / not a JSON object {…}");
		}
		for (Iterator<String> names = root.fieldNames(); names.hasNext();) {
			String name = names.next();
			if (!FIELDS.contains(name)) {
				throw error(file, name, "知らない項目です / unknown field (known: " + String.join(", ",
						FIELDS.stream().sorted().toList()) + ")");
			}
		}
		return new Template(text(file, root, "firmName"), text(file, root, "coverWording"),
				text(file, root, "footerText"), colour(file, root), logo(folder, file, root));
	}

	private static LocalizedText text(Path file, JsonNode root, String field) throws ReportException {
		JsonNode n = root.get(field);
		if (n == null || n.isNull()) {
			return LocalizedText.EMPTY;
		}
		if (n.isTextual()) {
			return LocalizedText.ja(n.asText());
		}
		if (n.isObject() && (n.has("ja") || n.has("en")) && n.size() <= 2 && textOrAbsent(n.get("ja"))
				&& textOrAbsent(n.get("en"))) {
			return LocalizedText.of(n.path("ja").asText(""), n.path("en").asText(""));
		}
		throw error(file, field, "文字列か {\"ja\": …, \"en\": …} を指定してください / must be a string or {\"ja\": …, \"en\": …}");
	}

	private static boolean textOrAbsent(JsonNode n) {
		return n == null || n.isTextual();
	}

	private static DeviceRgb colour(Path file, JsonNode root) throws ReportException {
		JsonNode n = root.get("accentColour");
		if (n == null || n.isNull()) {
			return null;
		}
		Matcher m = COLOUR.matcher(n.asText(""));
		if (!n.isTextual() || !m.matches()) {
			throw error(file, "accentColour", "「#RRGGBB」形式の色ではありません / is not a colour of the form #RRGGBB: " + n);
		}
		int rgb = Integer.parseInt(m.group(1), 16);
		int r = rgb >> 16 & 0xFF;
		int g = rgb >> 8 & 0xFF;
		int b = rgb & 0xFF;
		double contrast = 1.05 / (luminance(r, g, b) + 0.05);
		if (contrast < MIN_CONTRAST) {
			throw error(file, "accentColour", String.format(
					"%s は明るすぎて、見出しの白い文字が読めません（白とのコントラスト比 %.1f:1、%.0f:1 以上が必要）"
							+ " / %s is too light for the white heading text on it (contrast %.1f:1 with white, at least %.0f:1 needed)",
					n.asText(), contrast, MIN_CONTRAST, n.asText(), contrast, MIN_CONTRAST));
		}
		return new DeviceRgb(r, g, b);
	}

	/** Relative luminance as WCAG defines it. */
	private static double luminance(int r, int g, int b) {
		return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
	}

	private static double linear(int channel) {
		double c = channel / 255.0;
		return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

	private static ImageData logo(Path folder, Path file, JsonNode root) throws ReportException {
		JsonNode n = root.get("logo");
		String name;
		if (n == null || n.isNull()) {
			if (!Files.isRegularFile(folder.resolve(DEFAULT_LOGO))) {
				return null; // no logo is fine
			}
			name = DEFAULT_LOGO;
		} else if (!n.isTextual() || n.asText().isBlank()) {
			throw error(file, "logo", "画像ファイル名を文字列で指定してください / must be an image file name");
		} else {
			name = n.asText().strip();
		}
		Path image = folder.resolve(name).normalize();
		// a template comes from elsewhere (a colleague, a download): it may only name files inside its own folder
		if (!image.toAbsolutePath().startsWith(folder.toAbsolutePath().normalize()) || outsideByLink(folder, image)) {
			throw new ReportException(Message.of(Template.class, "template.logoOutside", file, image));
		}
		if (!Files.isRegularFile(image)) {
			throw new ReportException(Message.of(Template.class, "template.logoMissing", file, image));
		}
		return LogoImage.read(image);
	}

	/** Whether the existing image, or a folder on its way, is a link leading out of the template folder. */
	private static boolean outsideByLink(Path folder, Path image) {
		try {
			return Files.exists(image) && !image.toRealPath().startsWith(folder.toRealPath());
		} catch (IOException e) {
			return false; // unreadable: reported as missing or unreadable next
		}
	}

	private static ReportException error(Path file, String field, String problem) {
		String at = field == null ? file.toString() : file + " の " + field;
		String atEn = field == null ? file.toString() : file + ", field " + field;
		return new ReportException("報告書テンプレートの誤り: " + at + " / report template " + atEn + ": " + problem);
	}
}
