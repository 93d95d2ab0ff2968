package org.gpr.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.PlatformUI;
import org.gpr.ide.editor.HighlightingStyles;
import org.gpr.ui.GprUiPlugin;
import org.gpr.ui.UiMessages;
import org.gpr.ui.wizard.NewReportWizard;
import org.junit.jupiter.api.Test;

/**
 * Everything the Eclipse UI shows an author is Chinese first, with English available: every text
 * has both variants, every key the code or plugin.xml uses exists, and the running workbench
 * (started with -nl zh_CN) shows the Chinese labels.
 */
class LocalizationTest {

	private static final Pattern PERCENT_KEY = Pattern.compile("\"%([\\w.]+)\"|>%([\\w.]+)<");
	private static final Pattern UI_KEY = Pattern.compile("UiMessages\\.get\\(\"([\\w.]+)\"");

	@Test
	void everyTextHasAChineseAndAnEnglishVariant() throws IOException {
		Path root = Ui.repository();
		List<String> problems = new ArrayList<>();
		pair(root, "bundles/org.gpr.ui/plugin.properties", "bundles/org.gpr.ui/plugin_en.properties", problems);
		pair(root, "bundles/org.gpr.ui/src/org/gpr/ui/messages.properties",
				"bundles/org.gpr.ui/src/org/gpr/ui/messages_en.properties", problems);
		pair(root, "bundles/org.gpr.ide/src/org/gpr/ide/messages.properties",
				"bundles/org.gpr.ide/src/org/gpr/ide/messages_en.properties", problems);
		pair(root, "features/org.gpr.feature/feature.properties", "features/org.gpr.feature/feature_en.properties",
				problems);
		assertEquals(List.of(), problems);
	}

	@Test
	void everyKeyInUseIsDefined() throws IOException {
		Path root = Ui.repository();
		Set<String> plugin = keys(root.resolve("bundles/org.gpr.ui/plugin.properties"));
		Set<String> used = new TreeSet<>();
		Matcher m = PERCENT_KEY.matcher(Ui.read(root.resolve("bundles/org.gpr.ui/plugin.xml")));
		while (m.find()) {
			used.add(m.group(1) != null ? m.group(1) : m.group(2));
		}
		used.add("bundleName");
		assertTrue(used.size() > 10, used.toString());
		used.removeAll(plugin);
		assertEquals(Set.of(), used, "plugin.xml keys missing from plugin.properties");

		Set<String> messages = keys(root.resolve("bundles/org.gpr.ui/src/org/gpr/ui/messages.properties"));
		Set<String> inCode = new TreeSet<>();
		try (Stream<Path> files = Files.walk(root.resolve("bundles/org.gpr.ui/src"))) {
			for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				Matcher k = UI_KEY.matcher(Ui.read(file));
				while (k.find()) {
					inCode.add(k.group(1));
				}
			}
		}
		assertTrue(inCode.size() > 15, inCode.toString());
		Set<String> missing = new TreeSet<>(inCode);
		missing.removeAll(messages);
		assertEquals(Set.of(), missing, "UiMessages keys missing from messages.properties");
		Set<String> unused = new TreeSet<>(messages);
		unused.removeAll(inCode);
		assertEquals(Set.of(), unused, "keys of messages.properties no code uses");
	}

	@Test
	void theWorkbenchShowsChineseLabels() {
		IEditorDescriptor editor = PlatformUI.getWorkbench().getEditorRegistry().findEditor(GprUiPlugin.EDITOR_ID);
		assertEquals("gpr 编辑器", editor.getLabel());
		IContentType type = Platform.getContentTypeManager().getContentType("org.gpr.ui.gpr");
		assertEquals("gpr 报告或格式", type.getName());
		assertEquals("政府信息公开工作年度报告",
				PlatformUI.getWorkbench().getNewWizardRegistry().findWizard("org.gpr.ui.newReport").getLabel());
		assertEquals("行名", HighlightingStyles.find(HighlightingStyles.ROW).label());
	}

	@Test
	void theWizardSpeaksChineseAndEnglish() throws Exception {
		Locale saved = Locale.getDefault();
		try {
			Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
			assertEquals("新建政府信息公开工作年度报告", wizardTitle());
			assertEquals("没有名为“x”的格式。", UiMessages.get("wizard.error.unknownFormat", "x"));
			Locale.setDefault(Locale.ENGLISH);
			assertEquals("New Government Information Disclosure Annual Report", wizardTitle());
			assertEquals("There is no format named \"x\".", UiMessages.get("wizard.error.unknownFormat", "x"));
			assertEquals("Row names", HighlightingStyles.find(HighlightingStyles.ROW).label());
			assertEquals("Embedded references {table.row.column}",
					HighlightingStyles.find(HighlightingStyles.REFERENCE).label());
		} finally {
			Locale.setDefault(saved);
		}
	}

	private static String wizardTitle() {
		NewReportWizard wizard = new NewReportWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.create();
		try {
			assertEquals(wizard.getWindowTitle(), wizard.getPage().getTitle());
			assertFalse(wizard.getPage().getDescription().isBlank());
			return dialog.getShell().getText();
		} finally {
			dialog.close();
		}
	}

	private static void pair(Path root, String chinese, String english, List<String> problems) throws IOException {
		Properties zh = load(root.resolve(chinese));
		Properties en = load(root.resolve(english));
		if (!zh.keySet().equals(en.keySet())) {
			problems.add(chinese + " and " + english + " have different keys: " + new TreeSet<>(zh.stringPropertyNames())
					+ " / " + new TreeSet<>(en.stringPropertyNames()));
		}
		for (String key : zh.stringPropertyNames()) {
			String text = zh.getProperty(key);
			boolean han = text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
			boolean sameAsEnglish = text.equals(en.getProperty(key));
			if (!han && !sameAsEnglish) {
				problems.add(chinese + ": " + key + " is not Chinese: " + text);
			}
		}
		for (String key : en.stringPropertyNames()) {
			if (en.getProperty(key).codePoints()
					.anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
				problems.add(english + ": " + key + " is not English: " + en.getProperty(key));
			}
		}
	}

	private static Set<String> keys(Path file) throws IOException {
		return new TreeSet<>(load(file).stringPropertyNames());
	}

	/** Reads a properties file as Java's resource bundles do (UTF-8; \\u escapes decoded). */
	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file);
				java.io.Reader reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
