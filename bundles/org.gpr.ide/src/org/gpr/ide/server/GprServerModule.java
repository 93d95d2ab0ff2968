package org.gpr.ide.server;

import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.util.IFileSystemScanner;

import com.google.inject.AbstractModule;
import com.google.inject.util.Modules;

/**
 * The language server's Guice module: Xtext's {@link ServerModule}, with gpr's server
 * ({@link GprLanguageServer}), gpr registered directly rather than found through
 * {@code META-INF/services/org.eclipse.xtext.ISetup} (which OSGi cannot see), and a file-system
 * scanner that leaves out files the command line would refuse (over 16 MB, binary), URIs
 * written percent-encoded ({@link GprUriExtensions}), and a workspace folder indexed, not
 * validated, by its first build ({@link GprProjectManager}).
 */
public class GprServerModule extends AbstractModule {

	@Override
	protected void configure() {
		install(Modules.override(new ServerModule()).with(new AbstractModule() {
			@Override
			protected void configure() {
				bind(LanguageServerImpl.class).to(GprLanguageServer.class);
				bind(IResourceServiceProvider.Registry.class).toProvider(GprLanguages.class);
				bind(IFileSystemScanner.class).to(GprFileSystemScanner.class);
				bind(UriExtensions.class).to(GprUriExtensions.class);
				bind(ProjectManager.class).to(GprProjectManager.class);
			}
		}));
	}
}
