package org.gpr.tests;

import java.util.Locale;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/** Runs each test with gpr's default, Chinese, messages and gives the JVM its locale back after it. */
public class ChineseLocale implements BeforeEachCallback, AfterEachCallback {

	private static final Namespace NAMESPACE = Namespace.create(ChineseLocale.class);

	@Override
	public void beforeEach(ExtensionContext context) {
		context.getStore(NAMESPACE).put("saved", Locale.getDefault());
		Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		Locale.setDefault(context.getStore(NAMESPACE).get("saved", Locale.class));
	}
}
