package org.gpr.ide.server;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.build.BuildRequest;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * A workspace folder whose first build only indexes its files (parses them and records what they
 * declare, so that formats beside a report and {@code previous} reports resolve) and does not
 * validate them: the document the client opens is validated first, by its own build, and the
 * files indexed at the start are validated after it ({@link #takeUnvalidated()}, see
 * {@link GprLanguageServer}). Without this, the first diagnostics of the opened report waited for
 * every file of the folder to be validated, and the opened report itself twice (from disk, then
 * as opened).
 */
public class GprProjectManager extends ProjectManager {

	private boolean initialBuild;

	/** The files indexed by the initial build and not validated since. */
	private List<URI> unvalidated = new ArrayList<>();

	@Override
	public IncrementalBuilder.Result doInitialBuild(CancelIndicator cancelIndicator) {
		initialBuild = true;
		try {
			IncrementalBuilder.Result result = super.doInitialBuild(cancelIndicator);
			List<URI> indexed = new ArrayList<>();
			for (IResourceDescription.Delta delta : result.getAffectedResources()) {
				if (delta.getNew() != null) {
					indexed.add(delta.getUri());
				}
			}
			unvalidated = indexed;
			return result;
		} finally {
			initialBuild = false;
		}
	}

	@Override
	protected BuildRequest newBuildRequest(List<URI> changedFiles, List<URI> deletedFiles,
			List<IResourceDescription.Delta> externalDeltas, CancelIndicator cancelIndicator) {
		BuildRequest request = super.newBuildRequest(changedFiles, deletedFiles, externalDeltas, cancelIndicator);
		if (initialBuild) {
			request.setIndexOnly(true);
		}
		return request;
	}

	/** Files taken with {@link #takeUnvalidated()} and not validated after all (a change came first). */
	public synchronized void giveBack(List<URI> uris) {
		unvalidated.addAll(uris);
	}

	/** The files indexed but not validated by the initial build, once (an empty list afterwards). */
	public synchronized List<URI> takeUnvalidated() {
		List<URI> result = unvalidated;
		unvalidated = new ArrayList<>();
		return result;
	}
}
