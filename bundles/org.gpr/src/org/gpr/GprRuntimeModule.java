package org.gpr;

import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.linking.ILinkingService;
import org.eclipse.xtext.parser.IEncodingProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.service.DispatchingProvider;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.eclipse.xtext.validation.IConcreteSyntaxValidator;
import org.eclipse.xtext.validation.IDiagnosticConverter;
import org.gpr.parser.GprSyntaxErrorMessageProvider;
import org.gpr.scoping.GprLinkingDiagnosticMessageProvider;
import org.gpr.scoping.GprLinkingService;
import org.gpr.scoping.GprResourceDescriptionManager;
import org.gpr.scoping.GprResourceDescriptionStrategy;
import org.gpr.validation.GprDiagnosticConverter;
import org.gpr.validation.GprDiagnostician;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/** Guice bindings of the gpr runtime. */
public class GprRuntimeModule extends AbstractGprRuntimeModule {

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return GprLinkingDiagnosticMessageProvider.class;
	}

	/** Finds no imported-names adapter for references resolved within a format (see {@link GprLinkingService}). */
	@Override
	public Class<? extends ILinkingService> bindILinkingService() {
		return GprLinkingService.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return GprSyntaxErrorMessageProvider.class;
	}

	public Class<? extends IResourceDescription.Manager> bindIResourceDescription$Manager() {
		return GprResourceDescriptionManager.class;
	}

	public Class<? extends IDefaultResourceDescriptionStrategy> bindIDefaultResourceDescriptionStrategy() {
		return GprResourceDescriptionStrategy.class;
	}

	/** Links its cross-references in a walk of its own before validation (see {@link GprResource}). */
	@Override
	public Class<? extends XtextResource> bindXtextResource() {
		return GprResource.class;
	}

	/** Made when first used: every resource is given one, and reading or checking never serializes. */
	@Override
	public Class<? extends ISerializer> bindISerializer() {
		return LazySerializer.class;
	}

	/** Made when first used: every resource is given one, and only saving a model uses it. */
	@Override
	public Class<? extends IConcreteSyntaxValidator> bindConcreteSyntaxValidator() {
		return LazyConcreteSyntaxValidator.class;
	}

	/**
	 * EMF's generic constraints (multiplicities and the like) say nothing the grammar does not
	 * already guarantee, and checking them on every cell costs as much as gpr's own checks.
	 */
	public void configureUseEObjectValidator(Binder binder) {
		binder.bind(Boolean.class).annotatedWith(Names.named(CompositeEValidator.USE_EOBJECT_VALIDATOR)).toInstance(false);
	}

	/** Xtext's diagnostician without the unread label of the diagnostic that collects the issues. */
	@Override
	public Class<? extends org.eclipse.emf.ecore.util.Diagnostician> bindDiagnostician() {
		return GprDiagnostician.class;
	}

	/** Xtext's conversion of diagnostics into issues, reading each diagnostic's object once (see {@link GprDiagnosticConverter}). */
	public Class<? extends IDiagnosticConverter> bindIDiagnosticConverter() {
		return GprDiagnosticConverter.class;
	}

	/** Fragments of URIs of gpr's objects written in one string (see {@link GprFragmentProvider}). */
	@Override
	public Class<? extends org.eclipse.xtext.resource.IFragmentProvider> bindIFragmentProvider() {
		return GprFragmentProvider.class;
	}

	/** .gpr files are UTF-8, whatever the platform's default. */
	public void configureRuntimeEncodingProvider(Binder binder) {
		binder.bind(IEncodingProvider.class).annotatedWith(DispatchingProvider.Runtime.class)
				.toInstance(uri -> "UTF-8");
	}
}
