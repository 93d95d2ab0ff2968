package org.gpr.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;
import org.gpr.gpr.Format;

/**
 * Only formats are visible across files: rows, columns and tables are found through the format
 * a report names, never by a global name.
 */
public class GprResourceDescriptionStrategy extends DefaultResourceDescriptionStrategy {

	@Override
	public boolean createEObjectDescriptions(EObject object, IAcceptor<IEObjectDescription> acceptor) {
		if (object instanceof Format) {
			super.createEObjectDescriptions(object, acceptor);
			return false;
		}
		return object.eContainer() == null;
	}
}
