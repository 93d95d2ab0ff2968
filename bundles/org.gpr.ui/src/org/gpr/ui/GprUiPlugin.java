package org.gpr.ui;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.gpr.ide.GprIdeSetup;
import org.osgi.framework.BundleContext;

import com.google.inject.Injector;

/**
 * The gpr UI bundle: holds the language's injector (runtime + IDE-neutral services) that every
 * adapter of the editor, the builder and the wizard takes its services from.
 */
public class GprUiPlugin extends AbstractUIPlugin {

	public static final String PLUGIN_ID = "org.gpr.ui";
	public static final String EDITOR_ID = "org.gpr.ui.editor";

	private static GprUiPlugin plugin;

	private static volatile Injector injector;

	private static final Set<String> logged = ConcurrentHashMap.newKeySet();

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		plugin = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		plugin = null;
		super.stop(context);
	}

	public static GprUiPlugin getDefault() {
		return plugin;
	}

	/** The language's injector, created on first use. */
	public static Injector injector() {
		Injector result = injector;
		if (result == null) {
			synchronized (GprUiPlugin.class) {
				result = injector;
				if (result == null) {
					result = new GprIdeSetup().createInjectorAndDoEMFRegistration();
					injector = result;
				}
			}
		}
		return result;
	}

	/** Replaces the injector (tests bind a test generator this way); null restores the default. */
	public static void setInjector(Injector replacement) {
		injector = replacement;
	}

	/**
	 * Logs an error to the error log once per kind of failure (class, message and place), never in
	 * a dialog: a failure that repeats on every keystroke is logged the first time only.
	 */
	public static void logOnce(String where, Throwable error) {
		StackTraceElement[] trace = error.getStackTrace();
		String key = where + "|" + error.getClass().getName() + "|" + error.getMessage() + "|"
				+ (trace.length > 0 ? trace[0] : "");
		if (!logged.add(key)) {
			return;
		}
		IStatus status = new Status(IStatus.ERROR, PLUGIN_ID, "gpr: " + where + " failed: " + error, error);
		GprUiPlugin current = plugin;
		if (current != null) {
			current.getLog().log(status);
		} else {
			ILog.of(GprUiPlugin.class).log(status);
		}
	}

	/** How many distinct failures have been logged (for tests). */
	public static int loggedCount() {
		return logged.size();
	}
}
