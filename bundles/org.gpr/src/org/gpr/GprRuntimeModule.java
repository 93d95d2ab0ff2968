package org.gpr;

import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.parser.IEncodingProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.service.DispatchingProvider;
import org.gpr.parser.GprSyntaxErrorMessageProvider;
import org.gpr.scoping.GprLinkingDiagnosticMessageProvider;
import org.gpr.scoping.GprResourceDescriptionStrategy;

import com.google.inject.Binder;

/** Guice bindings of the gpr runtime. */
public class GprRuntimeModule extends AbstractGprRuntimeModule {

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return GprLinkingDiagnosticMessageProvider.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return GprSyntaxErrorMessageProvider.class;
	}

	public Class<? extends IDefaultResourceDescriptionStrategy> bindIDefaultResourceDescriptionStrategy() {
		return GprResourceDescriptionStrategy.class;
	}

	/** .gpr files are UTF-8, whatever the platform's default. */
	public void configureRuntimeEncodingProvider(Binder binder) {
		binder.bind(IEncodingProvider.class).annotatedWith(DispatchingProvider.Runtime.class)
				.toInstance(uri -> "UTF-8");
	}
}
