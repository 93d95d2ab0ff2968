package org.gpr;

import java.io.IOException;
import java.io.Writer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.serializer.impl.Serializer;
import org.eclipse.xtext.util.ReplaceRegion;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * The serializer, made when it is first used. Xtext injects an {@link ISerializer} into every
 * resource it creates, and Xtext's {@link Serializer} is a graph of a dozen objects (sequencers,
 * context finders, the grammar's constraints) built by reflection; a {@code gpr check} never
 * serializes, and over 1,000 reports that graph was made 1,000 times for nothing. This one holds
 * only the injector until a caller (saving a resource, a quick fix, the formatter) serializes:
 * then it asks the injector for Xtext's serializer once and hands every call to it.
 */
public class LazySerializer implements ISerializer {

	@Inject
	private Injector injector;

	private final LazyService<ISerializer> delegate = new LazyService<>(Serializer.class);

	/** Whether Xtext's serializer has been made (for the tests). */
	public boolean isMade() {
		return delegate.isMade();
	}

	private ISerializer delegate() {
		return delegate.get(injector);
	}

	@Override
	public String serialize(EObject obj) {
		return delegate().serialize(obj);
	}

	@Override
	public String serialize(EObject obj, SaveOptions options) {
		return delegate().serialize(obj, options);
	}

	@Override
	public void serialize(EObject obj, Writer writer, SaveOptions options) throws IOException {
		delegate().serialize(obj, writer, options);
	}

	@Override
	public ReplaceRegion serializeReplacement(EObject obj, SaveOptions options) {
		return delegate().serializeReplacement(obj, options);
	}
}
