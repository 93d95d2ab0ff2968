package org.gpr.ide.server;

import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.eclipse.xtext.util.Modules2;
import org.gpr.GprRuntimeModule;
import org.gpr.ide.GprIdeModule;
import org.gpr.ide.GprIdeSetup;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Provider;
import com.google.inject.Singleton;

/**
 * The languages of the server: gpr alone, with its IDE services ({@link GprIdeModule}) and the
 * server's own bindings ({@link GprServerLanguageModule}).
 */
@Singleton
public class GprLanguages implements Provider<IResourceServiceProvider.Registry> {

	private IResourceServiceProvider.Registry registry;

	@Override
	public synchronized IResourceServiceProvider.Registry get() {
		if (registry == null) {
			Injector injector = new GprIdeSetup() {
				@Override
				public Injector createInjector() {
					return Guice.createInjector(
							Modules2.mixin(new GprRuntimeModule(), new GprIdeModule(), new GprServerLanguageModule()));
				}
			}.createInjectorAndDoEMFRegistration();
			IResourceServiceProvider.Registry languages = new ResourceServiceProviderRegistryImpl();
			languages.getExtensionToFactoryMap().put("gpr", injector.getInstance(IResourceServiceProvider.class));
			registry = languages;
		}
		return registry;
	}
}
