package org.gpr.review;

import java.util.ArrayList;
import java.util.List;

import org.gpr.format.EffectiveFormat;
import org.gpr.gpr.BodyKind;
import org.gpr.gpr.Deadline;
import org.gpr.gpr.Format;
import org.gpr.gpr.FormatMember;

/**
 * The review rules a format declares (deadlines, template leftovers, topics, what counts as 无,
 * the powers of bodies, magnitudes of money), with those of the formats it extends: the facts of
 * a format are data in its file, not Java.
 */
public final class ReviewRules {

	private ReviewRules() {
	}

	/** The rules of this type of the format and the formats it extends, the nearest format's first. */
	public static <T> List<T> of(EffectiveFormat format, Class<T> type) {
		if (format == null) {
			return List.of();
		}
		// the same for every report of the format: collected once per parse of the format
		return format.memo(org.eclipse.xtext.util.Tuples.create(ReviewRules.class, type), () -> collect(format, type));
	}

	private static <T> List<T> collect(EffectiveFormat format, Class<T> type) {
		List<T> result = new ArrayList<>();
		List<Format> chain = format.getChain();
		for (int i = chain.size() - 1; i >= 0; i--) {
			for (FormatMember member : chain.get(i).getMembers()) {
				if (type.isInstance(member)) {
					result.add(type.cast(member));
				}
			}
		}
		return java.util.Collections.unmodifiableList(result);
	}

	/**
	 * The deadline for a body of this kind: the nearest format's declaration for the kind (a
	 * project's format extension may set an earlier local date). When the kind is not declared,
	 * the latest deadline of the nearest format that declares any, so that no report is called
	 * late that may not be. Null when no format declares a deadline.
	 */
	public static Deadline deadline(EffectiveFormat format, BodyKind kind) {
		if (format == null) {
			return null;
		}
		List<Format> chain = format.getChain();
		for (int i = chain.size() - 1; i >= 0; i--) {
			Deadline latest = null;
			for (FormatMember member : chain.get(i).getMembers()) {
				if (member instanceof Deadline deadline && MonthDay.parse(deadline.getDate()) != null) {
					if (kind != null && deadline.getKinds().contains(kind)) {
						return deadline;
					}
					if (kind == null && (latest == null
							|| MonthDay.parse(deadline.getDate()).isAfter(MonthDay.parse(latest.getDate())))) {
						latest = deadline;
					}
				}
			}
			if (latest != null) {
				return latest;
			}
		}
		return null;
	}

	/** A month and day as a format writes it: 01-31. */
	public record MonthDay(int month, int day) {

		private static final java.util.regex.Pattern TEXT = java.util.regex.Pattern.compile("\\d{1,2}-\\d{1,2}");

		public static MonthDay parse(String text) {
			if (text == null || !TEXT.matcher(text).matches()) {
				return null;
			}
			String[] parts = text.split("-");
			int month = Integer.parseInt(parts[0]);
			int day = Integer.parseInt(parts[1]);
			if (month < 1 || month > 12 || day < 1 || day > java.time.Month.of(month).maxLength()) {
				return null;
			}
			return new MonthDay(month, day);
		}

		boolean isAfter(MonthDay other) {
			return month > other.month || (month == other.month && day > other.day);
		}
	}
}
