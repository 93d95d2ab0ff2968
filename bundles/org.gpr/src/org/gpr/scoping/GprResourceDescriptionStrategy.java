package org.gpr.scoping;

import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;
import org.gpr.gpr.Format;
import org.gpr.gpr.Report;
import org.gpr.gpr.Roster;

/**
 * Only formats are visible across files by name (with a fingerprint of their text, as reports): rows, columns and tables are found through the
 * format a report names. A report is exported under its file's URI, with a fingerprint of its
 * text, so that next year's report (which imports that name through its {@code previous} link) is
 * validated again whenever this one changes.
 */
public class GprResourceDescriptionStrategy extends DefaultResourceDescriptionStrategy {

	/** The first segment of the name a report is exported under; the second is its URI. */
	public static final String REPORT_NAME = "gpr-report";

	public static QualifiedName reportName(URI uri) {
		return QualifiedName.create(REPORT_NAME, uri.toString());
	}

	@Override
	public boolean createEObjectDescriptions(EObject object, IAcceptor<IEObjectDescription> acceptor) {
		if (object instanceof Format format) {
			// with a fingerprint of its text, so that a change inside the format (a row renamed, a
			// rule added) is a change of its description: the reports that name it are checked again
			ICompositeNode node = NodeModelUtils.getNode(format);
			QualifiedName name = getQualifiedNameProvider().getFullyQualifiedName(format);
			if (name != null) {
				acceptor.accept(EObjectDescription.create(name, format,
						Map.of("text", node == null ? "" : Integer.toHexString(node.getText().hashCode()))));
			}
			return false;
		}
		if ((object instanceof Report || object instanceof Roster) && object.eResource() != null) {
			// a roster too, so that the aggregate report that names it is checked again when it changes
			ICompositeNode node = NodeModelUtils.getNode(object);
			String fingerprint = node == null ? "" : Integer.toHexString(node.getText().hashCode());
			acceptor.accept(EObjectDescription.create(reportName(object.eResource().getURI()), object,
					Map.of("text", fingerprint)));
			return false;
		}
		return object.eContainer() == null;
	}
}
