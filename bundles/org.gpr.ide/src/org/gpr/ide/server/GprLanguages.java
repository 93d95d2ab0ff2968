package org.gpr.ide.server;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.eclipse.emf.common.util.URI;
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
 * server's own bindings ({@link GprServerLanguageModule}). gpr's injector (the grammar, the
 * parser, the validators, the EMF registration: the largest part of the server's start) is
 * created on a thread of its own as soon as the server asks for its languages, while the server
 * itself is created and the client's {@code initialize} is read; the registry waits for it only
 * when it is first used.
 */
@Singleton
public class GprLanguages implements Provider<IResourceServiceProvider.Registry> {

	private IResourceServiceProvider.Registry registry;

	@Override
	public synchronized IResourceServiceProvider.Registry get() {
		if (registry == null) {
			CompletableFuture<IResourceServiceProvider.Registry> creating = new CompletableFuture<>();
			Thread thread = new Thread(() -> {
				try {
					creating.complete(create());
				} catch (Throwable e) {
					creating.completeExceptionally(e);
				}
			}, "gpr-language");
			thread.setDaemon(true);
			thread.start();
			registry = new Later(creating);
		}
		return registry;
	}

	private static IResourceServiceProvider.Registry create() {
		Injector injector = new GprIdeSetup() {
			@Override
			public Injector createInjector() {
				return Guice.createInjector(
						Modules2.mixin(new GprRuntimeModule(), new GprIdeModule(), new GprServerLanguageModule()));
			}
		}.createInjectorAndDoEMFRegistration();
		IResourceServiceProvider.Registry languages = new ResourceServiceProviderRegistryImpl();
		languages.getExtensionToFactoryMap().put("gpr", injector.getInstance(IResourceServiceProvider.class));
		StartTimes.mark("language");
		return languages;
	}

	/** The registry once created; each method waits for it. */
	private static final class Later implements IResourceServiceProvider.Registry {

		private final CompletableFuture<IResourceServiceProvider.Registry> registry;

		Later(CompletableFuture<IResourceServiceProvider.Registry> registry) {
			this.registry = registry;
		}

		private IResourceServiceProvider.Registry registry() {
			try {
				return registry.join();
			} catch (CompletionException e) {
				if (e.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				if (e.getCause() instanceof Error error) {
					throw error;
				}
				throw e;
			}
		}

		@Override
		public IResourceServiceProvider getResourceServiceProvider(URI uri, String contentType) {
			return registry().getResourceServiceProvider(uri, contentType);
		}

		@Override
		public IResourceServiceProvider getResourceServiceProvider(URI uri) {
			return registry().getResourceServiceProvider(uri);
		}

		@Override
		public Map<String, Object> getContentTypeToFactoryMap() {
			return registry().getContentTypeToFactoryMap();
		}

		@Override
		public Map<String, Object> getExtensionToFactoryMap() {
			return registry().getExtensionToFactoryMap();
		}

		@Override
		public Map<String, Object> getProtocolToFactoryMap() {
			return registry().getProtocolToFactoryMap();
		}
	}
}
