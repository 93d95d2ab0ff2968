package org.gpr.ide.server;

import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.service.AbstractGenericModule;

/**
 * gpr's bindings for the language server, over {@code GprRuntimeModule} and {@code GprIdeModule}:
 * hover from {@code Hovers}, formatting as in Eclipse ({@link GprFormattingService}), URIs percent-encoded ({@link GprUriExtensions}), and no generation on build — the server checks, it never writes the
 * HTML and tables into the workspace (that is {@code gpr generate}, asked for by the user).
 */
public class GprServerLanguageModule extends AbstractGenericModule {

	public Class<? extends IHoverService> bindIHoverService() {
		return GprHoverService.class;
	}

	public Class<? extends FormattingService> bindFormattingService() {
		return GprFormattingService.class;
	}

	public Class<? extends UriExtensions> bindUriExtensions() {
		return GprUriExtensions.class;
	}

	public Class<? extends IShouldGenerate> bindIShouldGenerate() {
		return Never.class;
	}

	/** Generation on build: never. */
	public static class Never implements IShouldGenerate {
		@Override
		public boolean shouldGenerate(org.eclipse.emf.ecore.resource.Resource resource,
				org.eclipse.xtext.util.CancelIndicator cancelIndicator) {
			return false;
		}
	}
}
