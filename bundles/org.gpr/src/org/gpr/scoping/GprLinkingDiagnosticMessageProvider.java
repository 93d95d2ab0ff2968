package org.gpr.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.gpr.Messages;
import org.gpr.gpr.CellRef;
import org.gpr.gpr.Format;
import org.gpr.gpr.GprPackage;
import org.gpr.gpr.Report;
import org.gpr.gpr.ReportSection;
import org.gpr.gpr.Table;
import org.gpr.gpr.Term;
import org.gpr.validation.IssueCodes;

import com.google.inject.Inject;

/**
 * Says, in the author's language, which format, section or table lacks the name that was typed,
 * and suggests the closest name it does have.
 */
public class GprLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	private static final GprPackage P = GprPackage.eINSTANCE;

	@Inject
	private IScopeProvider scopes;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EObject object = context.getContext();
		EReference reference = context.getReference();
		String name = context.getLinkText();
		List<String> candidates = candidates(object, reference);
		String formatName = formatName(object, reference);
		String message;
		String code;
		if (reference == P.getReport_Format() || reference == P.getFormat_Base()) {
			message = Messages.get("unknown.format", name, Messages.list(candidates));
			code = IssueCodes.UNKNOWN_FORMAT;
		} else if (reference == P.getReportSection_Section() || reference == P.getSectionExtension_Section()) {
			message = Messages.get("unknown.section", formatName, name, Messages.list(candidates));
			code = IssueCodes.UNKNOWN_SECTION;
		} else if (reference == P.getTable_Table()) {
			ReportSection section = EcoreUtil2.getContainerOfType(object, ReportSection.class);
			String sectionName = section == null || section.getSection() == null || section.getSection().eIsProxy()
					? "?" : section.getSection().getName();
			message = Messages.get("unknown.table", formatName, sectionName, name, Messages.list(candidates));
			code = IssueCodes.UNKNOWN_TABLE;
		} else if (reference == P.getCellRef_Table() || reference == P.getTableExtension_Table()) {
			message = Messages.get("unknown.table.any", formatName, name, Messages.list(candidates));
			code = IssueCodes.UNKNOWN_TABLE;
		} else if (reference == P.getTableRow_Row() || reference == P.getCellRef_Row()) {
			message = suggest(Messages.get("unknown.row", formatName, tableName(object), name), name, candidates);
			code = IssueCodes.UNKNOWN_ROW;
		} else if (reference == P.getCellRef_Column()) {
			message = suggest(Messages.get("unknown.column", formatName, tableName(object), name), name, candidates);
			code = IssueCodes.UNKNOWN_COLUMN;
		} else if (reference == P.getTerm_Element() && object instanceof Term) {
			message = suggest(Messages.get("unknown.name", name), name, candidates);
			code = IssueCodes.UNKNOWN_NAME;
		} else {
			message = suggest(Messages.get("unknown.name", name), name, candidates);
			code = IssueCodes.UNKNOWN_NAME;
		}
		return new DiagnosticMessage(message, Severity.ERROR, code, name);
	}

	/**
	 * The name of the format a name was looked up in, found without computing any effective
	 * format: this runs while a link is being resolved, and the effective format of the file
	 * being linked may depend on that very link.
	 */
	private static String formatName(EObject object, EReference reference) {
		if (reference == P.getReport_Format() || reference == P.getFormat_Base()) {
			return "?";
		}
		Report report = EcoreUtil2.getContainerOfType(object, Report.class);
		Format format = report != null ? report.getFormat() : EcoreUtil2.getContainerOfType(object, Format.class);
		if (format != null && report == null && EcoreUtil2.getContainerOfType(object, Term.class) == null) {
			format = format.getBase();
		}
		return format == null || format.eIsProxy() ? "?" : format.getName();
	}

	private static String tableName(EObject object) {
		Table table = EcoreUtil2.getContainerOfType(object, Table.class);
		if (table != null && table.getTable() != null && !table.getTable().eIsProxy()) {
			return table.getTable().getName();
		}
		CellRef ref = EcoreUtil2.getContainerOfType(object, CellRef.class);
		if (ref != null && ref.getTable() != null && !ref.getTable().eIsProxy()) {
			return ref.getTable().getName();
		}
		return "?";
	}

	private List<String> candidates(EObject object, EReference reference) {
		List<String> names = new ArrayList<>();
		try {
			IScope scope = scopes.getScope(object, reference);
			for (IEObjectDescription description : scope.getAllElements()) {
				String name = description.getName().toString();
				if (!names.contains(name)) {
					names.add(name);
				}
			}
		} catch (RuntimeException e) {
			// an incomplete model: no candidates to offer
		}
		return names;
	}

	/** Adds "did you mean" when a name is within two edits of the typed one. */
	private static String suggest(String message, String typed, List<String> candidates) {
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (String candidate : candidates) {
			int distance = distance(typed, candidate);
			if (distance < bestDistance) {
				best = candidate;
				bestDistance = distance;
			}
		}
		if (best != null && bestDistance <= Math.max(1, Math.min(2, typed.length() / 2))) {
			return Messages.get("unknown.suggest", message, best);
		}
		return message;
	}

	/** The edit distance (insertions, deletions, substitutions) of two names or labels. */
	public static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
